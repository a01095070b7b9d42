"""PDF output through WeasyPrint: Chinese glyphs embedded, text extractable, pages numbered.

Needs WeasyPrint and the Debian packages fonts-noto-cjk (the CJK font) and fontconfig; skipped
with the reason when they are missing. Each (profile, language) PDF is rendered once per module.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from functools import cache

import pytest

from piplkit.documents.writer import ReportError, render

from .helpers import LANGS, SAMPLE_DATES, assessed, pdf_skip_reason, report

SKIP = pdf_skip_reason()
pytestmark = pytest.mark.skipif(SKIP is not None, reason=SKIP or "")


@cache
def pdf(name: str, lang: str) -> bytes:
    return render(report(name, lang), "pdf")


def _reader(data: bytes):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data))


@cache
def text_of(name: str, lang: str) -> str:
    """Whitespace-free text of the PDF (CJK extraction breaks lines anywhere).

    pdftotext (poppler-utils) is several times faster than pypdf; pypdf is the fallback.
    """
    data = pdf(name, lang)
    tool = shutil.which("pdftotext")
    if tool:
        raw = subprocess.run([tool, "-", "-"], input=data, capture_output=True, check=True).stdout
        text = raw.decode("utf-8")
    else:
        text = "".join(page.extract_text() or "" for page in _reader(data).pages)
    return re.sub(r"\s+", "", text)


def _fonts(data: bytes) -> set[str]:
    names: set[str] = set()
    for page in _reader(data).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("name", sorted(SAMPLE_DATES))
@pytest.mark.parametrize("lang", LANGS)
def test_pdf_text_has_cover_headings_and_citations(name: str, lang: str) -> None:
    data = pdf(name, lang)
    assert data.startswith(b"%PDF-")
    text = text_of(name, lang)
    r = report(name, lang)
    assert SAMPLE_DATES[name].isoformat() in text
    assert _squash(r.handler) in text
    for s in r.sections:
        if s.level == 1:
            assert _squash(s.title) in text, s.title
    citation = "《个人信息保护法》第56条" if lang == "zh" else "PIPLArt.56"
    assert citation in text
    assert len(_reader(data).pages) >= 6


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_marks_unverified_and_numbers_pages(lang: str) -> None:
    text = text_of("retail_platform.yaml", lang)
    if lang == "zh":
        assert "（待核实）" in text and "第2页，共" in text and "附件一" in text
    else:
        assert "(unverified)" in text and "Page2of" in text and "AnnexA" in text


def test_chinese_pdf_embeds_the_cjk_font() -> None:
    fonts = _fonts(pdf("example.yaml", "zh"))
    assert any("Noto-Sans-CJK-SC" in f for f in fonts), fonts


def test_pdf_without_the_font_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from piplkit.documents import pdf_renderer

    monkeypatch.setattr(pdf_renderer, "cjk_font_installed", lambda: False)
    with pytest.raises(ReportError, match="fonts-noto-cjk"):
        render(report("example.yaml", "zh"), "pdf")
    # an English report of a Latin-named handler needs no CJK font
    html = pdf_renderer.render_html(report("example.yaml", "en"))
    assert not pdf_renderer._has_cjk(html)
    pdf_renderer.check_pdf_support(needs_cjk=False)


def test_assessment_facts_reach_the_pdf() -> None:
    _, result = assessed("retail_platform.yaml")
    text = text_of("retail_platform.yaml", "zh")
    assert "标准合同或认证" in text and "240,000" in text
    assert "个人信息出境标准合同备案材料清单" in text
    assert _squash(result.obligations[0].title_zh) in text
