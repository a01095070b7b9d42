"""PDF output through WeasyPrint: Chinese glyphs embedded, text extractable, pages numbered.

Needs WeasyPrint; the CJK font comes from the justmytype-intl-cjk package (or the system's
fonts-noto-cjk); skipped with the reason when they are missing. Each (profile, language) PDF is
rendered once per module.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from piplkit.assess.documents.writer import ReportError, render

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


def test_chinese_pdf_embeds_the_packaged_cjk_font() -> None:
    fonts = _fonts(pdf("example.yaml", "zh"))
    assert any("Noto-Sans-SC" in f for f in fonts), fonts


def test_chinese_text_extracts_with_pypdf() -> None:
    data = pdf("example.yaml", "zh")
    text = _squash("".join(page.extract_text() or "" for page in _reader(data).pages))
    assert "个人信息保护影响评估" in text and "《个人信息保护法》第56条" in text


def test_html_report_carries_no_local_font_path() -> None:
    """The @font-face rule with a file URL is for WeasyPrint only, never in a shared HTML."""
    from piplkit.assess.documents.html_renderer import render_html

    html = render_html(report("example.yaml", "zh"))
    assert "file:" not in html and "@font-face" not in html
    assert '"Noto Sans SC", "Noto Sans CJK SC"' in html


_FRESH_MACHINE = """
import sys
from piplkit.assess.documents.pdf_renderer import html_to_pdf
html = "<html lang='zh-CN'><body style='font-family: sans-serif'><h1>{text}</h1></body></html>"
sys.stdout.buffer.write(html_to_pdf(html))
"""


def test_chinese_pdf_renders_where_fontconfig_knows_no_font(tmp_path: Path) -> None:
    """A fresh machine: fontconfig with no font folder at all, so only the packaged font exists."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        "utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "PYTHONPATH": os.pathsep.join(sys.path)}
    fc_list = shutil.which("fc-list")
    if fc_list:  # the system's CJK font (if any) is hidden indeed
        hidden = subprocess.run([fc_list, ":lang=zh"], env=env, capture_output=True, text=True)
        assert hidden.stdout.strip() == ""
    text = "个人信息处理者：上海测试有限公司"
    done = subprocess.run(
        [sys.executable, "-c", _FRESH_MACHINE.replace("{text}", text)],
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    data = done.stdout
    assert any("Noto-Sans-SC" in f for f in _fonts(data)), _fonts(data)
    assert text in _squash(_reader(data).pages[0].extract_text() or "")


def test_without_packaged_font_the_system_font_is_the_fallback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from piplkit.assess.documents import fonts

    monkeypatch.setattr(fonts, "packaged_cjk_font", lambda: None)
    assert fonts.font_face_css() == ""
    assert fonts.cjk_font_available() == fonts.system_cjk_font_installed()


def test_pdf_without_the_font_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from piplkit.assess.documents import fonts, pdf_renderer

    monkeypatch.setattr(fonts, "packaged_cjk_font", lambda: None)
    monkeypatch.setattr(fonts, "system_cjk_font_installed", lambda: False)
    with pytest.raises(ReportError, match="pip install justmytype-intl-cjk"):
        render(report("example.yaml", "zh"), "pdf")
    # a document without Chinese text needs no CJK font (an English report usually quotes the
    # Chinese titles of its sources, so it does)
    assert pdf_renderer._has_cjk(pdf_renderer.render_html(report("example.yaml", "zh")))
    assert not pdf_renderer._has_cjk("<p>Hypothetical Retail Ltd. as of 2025-12-01</p>")
    pdf_renderer.check_pdf_support(needs_cjk=False)


def test_assessment_facts_reach_the_pdf() -> None:
    _, result = assessed("retail_platform.yaml")
    text = text_of("retail_platform.yaml", "zh")
    assert "标准合同或认证" in text and "240,000" in text
    assert "出境备案、申报材料清单" in text  # Annex A: standard contract and assessment routes
    assert _squash(result.obligations[0].title_zh) in text
