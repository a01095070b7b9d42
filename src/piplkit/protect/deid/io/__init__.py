"""De-identify whole files, streaming, one format per module.

Every writer writes into a temporary file next to the target and renames it over the target only
when the whole input was read and written; on any error the temporary file is removed and nothing
appears at the target path. Inputs are opened read-only.
"""

from piplkit.protect.deid.io.atomic import DeidIOError, atomic_output, same_file
from piplkit.protect.deid.io.files import FORMATS, TEXT_FORMATS, deidentify_file, format_of

__all__ = [
    "FORMATS",
    "TEXT_FORMATS",
    "DeidIOError",
    "atomic_output",
    "deidentify_file",
    "format_of",
    "same_file",
]
