"""Zip-based office files (XLSX, DOCX, and any later one) read safely and in bounded memory.

Every reader of a zip container goes through :func:`zipguard.open_zip`, which inspects the
central directory before a byte is inflated (total and per-member inflated size, compression
ratio, member count) and refuses a zip bomb with one line naming the file. The XML parts are
then streamed with expat (:mod:`xmlstream`), so that memory does not grow with the size of a
sheet or document even under the limits. Pure: no I/O beyond the file being read.
"""

from piplkit.discover.containers.zipguard import ContainerError, ZipLimitError, ZipLimits, open_zip

__all__ = ["ContainerError", "ZipLimitError", "ZipLimits", "open_zip"]
