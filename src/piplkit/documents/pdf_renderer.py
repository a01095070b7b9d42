"""Render a report to PDF with WeasyPrint, from the same HTML as ``render_html``.

Chinese text needs a CJK font: the stylesheet names "Noto Sans CJK SC" (Debian package
``fonts-noto-cjk``). Without it WeasyPrint would silently draw empty boxes, so a missing font
is an error, not a quietly unreadable regulator filing.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache

from piplkit.documents.html_renderer import render_html
from piplkit.documents.model import Report

CJK_FONT = "Noto Sans CJK SC"


class PdfUnavailable(RuntimeError):
    """PDF output cannot be produced on this machine (library or font missing)."""


@cache
def cjk_font_installed() -> bool:
    """True when fontconfig knows the CJK font the stylesheet asks for."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    try:
        out = subprocess.run(
            [fc_list, f":family={CJK_FONT}", "family"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return CJK_FONT in out


def _has_cjk(text: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in text)


def check_pdf_support(needs_cjk: bool) -> None:
    """Raise PdfUnavailable with the fix when WeasyPrint or a needed CJK font is missing."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint without Pango
        raise PdfUnavailable(
            f"PDF output needs WeasyPrint and Pango ({exc.__class__.__name__}: {exc}); "
            "pip install weasyprint; apt-get install libpango-1.0-0 libpangoft2-1.0-0"
        ) from None
    if needs_cjk and not cjk_font_installed():
        raise PdfUnavailable(
            f"the font {CJK_FONT!r} is not installed, Chinese text would not render; "
            "install it (Debian: apt-get install fonts-noto-cjk) or use --report FILE.html"
        )


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes (A4, page numbers, CJK font embedded)."""
    html = render_html(report)
    check_pdf_support(needs_cjk=_has_cjk(html))
    from weasyprint import HTML

    pdf = HTML(string=html).write_pdf()
    assert pdf is not None
    return bytes(pdf)
