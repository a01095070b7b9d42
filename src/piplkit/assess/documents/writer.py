"""Pick the output format from the file name and write the report without corrupting files.

The report is rendered fully in memory first and then moved into place atomically, so a failed
render (a missing font, a full disk) never leaves a half-written file over an existing report.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Literal

from piplkit.assess.documents.model import Report

Format = Literal["html", "pdf", "docx"]
FORMATS: dict[str, Format] = {".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}


class ReportError(ValueError):
    """The report cannot be written: unsupported suffix, missing renderer, unwritable path."""


def format_for(path: Path) -> Format:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise ReportError(
            f"{path}: unsupported report format {path.suffix or '(no suffix)'!r}; "
            f"use one of {', '.join(sorted(FORMATS))}"
        ) from None


def render(report: Report, fmt: Format) -> bytes:
    if fmt == "html":
        from piplkit.assess.documents.html_renderer import render_html

        return render_html(report).encode("utf-8")
    if fmt == "pdf":
        from piplkit.assess.documents.pdf_renderer import PdfUnavailable, render_pdf

        try:
            return render_pdf(report)
        except PdfUnavailable as exc:
            raise ReportError(str(exc)) from None
    from piplkit.assess.documents.docx_renderer import render_docx

    return render_docx(report)


def write_report(path: Path, report: Report) -> Format:
    """Render ``report`` in the format the suffix of ``path`` names and write it atomically."""
    fmt = format_for(path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ReportError(f"{path}: directory {parent} does not exist")
    if path.is_dir():
        raise ReportError(f"{path}: is a directory")
    data = render(report, fmt)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise ReportError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ReportError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return fmt
