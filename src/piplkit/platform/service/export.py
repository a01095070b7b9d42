"""Files made for download: a writer that wants a path turned into bytes, and their headers.

The RoPA, double-list and request-package writers write files atomically to a path; the HTTP
faces answer with the bytes. Kept here so the web pages and the REST API share one way of doing
it instead of the web reaching into the API's private helpers.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv; charset=utf-8"


def file_bytes(write: Callable[[Path], object], suffix: str) -> bytes:
    """Run ``write`` on a path in a private temporary folder and return the file's bytes."""
    with tempfile.TemporaryDirectory(prefix="piplkit-") as folder:
        path = Path(folder) / f"out{suffix}"
        write(path)
        return path.read_bytes()


def attachment_headers(filename: str) -> dict[str, str]:
    """``Content-Disposition`` for a download named ``filename`` (RFC 6266, UTF-8 encoded)."""
    return {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}"}
