"""Free text (a request's note, an incident's description) with its PI masked before storage.

Whatever lands in a respond table is copied into the append-only audit trail, which can never
be cleaned up afterwards, so notes are passed through ``piplkit.discover.detect`` first and every
finding is replaced by its masked preview. Detection is not perfect: the CLI and docs say so, and
tell people to keep identifiers out of notes. Control characters are refused first (the same rule as
every input schema, :mod:`piplkit.inputs.text`), since the web forms and the CLI call the core
functions with the strings they were given.
"""

from __future__ import annotations

from functools import cache

from piplkit.discover.detect.engine import Detector
from piplkit.map.register.checks import check
from piplkit.map.register.errors import InvalidInputError

MAX_TEXT = 4000


@cache
def _detector() -> Detector:
    return Detector()


def redact(value: str | None, *, field: str, multiline: bool = True) -> str | None:
    """``value`` with each detected PI span replaced by its masked preview (None stays None).

    ``multiline=False`` is for one-line fields (a title, a method): no tab or line break either.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInputError(f"{field}: must be text")
    text = value.strip()
    if not text:
        return None
    if len(text) > MAX_TEXT:
        raise InvalidInputError(f"{field}: longer than {MAX_TEXT} characters")
    check(text, field, multiline=multiline)
    out: list[str] = []
    cursor = 0
    for finding in sorted(_detector().detect(text), key=lambda f: f.start):
        if finding.start < cursor:
            continue
        out.append(text[cursor : finding.start])
        out.append(finding.preview)
        cursor = finding.end
    out.append(text[cursor:])
    return "".join(out)
