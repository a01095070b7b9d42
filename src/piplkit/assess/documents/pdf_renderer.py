"""Render a report to PDF with WeasyPrint, from the same HTML as ``render_html``.

Chinese text needs a CJK font: ``piplkit.assess.documents.fonts`` supplies Noto Sans SC from the
``justmytype-intl-cjk`` package (or the system's Noto Sans CJK SC). Without either WeasyPrint
would silently draw empty boxes, so a missing font is an error, not a quietly unreadable
regulator filing.
"""

from __future__ import annotations

from piplkit.assess.documents import fonts
from piplkit.assess.documents.html_renderer import render_html
from piplkit.assess.documents.model import Report


class PdfUnavailable(RuntimeError):
    """PDF output cannot be produced on this machine (library or font missing)."""


def cjk_font_installed() -> bool:
    """True when a CJK font (packaged or system) is there for Chinese PDFs."""
    return fonts.cjk_font_available()


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
            "no CJK font for Chinese text, it would not render; "
            f"install one: {fonts.FONT_FIX}, or use --report FILE.html"
        )


def html_to_pdf(html: str) -> bytes:
    """PDF bytes of an HTML document, with the packaged CJK font loaded when it is installed.

    Raises :class:`PdfUnavailable` when WeasyPrint is missing, or when the document holds Chinese
    text and no CJK font is available.
    """
    check_pdf_support(needs_cjk=_has_cjk(html))
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    face = fonts.font_face_css()
    stylesheets = [CSS(string=face, font_config=font_config)] if face else []
    pdf = HTML(string=html).write_pdf(stylesheets=stylesheets, font_config=font_config)
    assert pdf is not None
    return bytes(pdf)


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes (A4, page numbers, CJK font embedded)."""
    return html_to_pdf(render_html(report))
