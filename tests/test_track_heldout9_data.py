"""The blind set heldout9 is well formed, without running the tracker on it.

heldout9 was written and labelled blind (see docs/track.md, "heldout9"): its documents and gold
had to be committed before the tracker first ran on them, so these checks stay outside
``tests/track`` and never import the tracker. They guard what a labeller can get wrong by hand:
a document that does not open, a gold line with a field the scorer would misread (a date that is
not ISO, a kind or stage outside the vocabularies of docs/track.md), a title or source that is not
in its document, a manifest that misses a file, and shipped DOCX/PDF files that no longer match
their generator.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parent / "data" / "track"
DOCS = DATA / "docs"
GOLD = DATA / "gold"
FILES = sorted(DOCS.glob("blind9_*"))
GOLD_FILES = sorted(GOLD.glob("blind9_*.jsonl"))
# The field vocabularies of docs/track.md ("Ingest", the output table and the stages paragraph).
KINDS = {"legislation", "enforcement", "judicial", "industry", "other"}
STAGES = {"draft", "adopted", "in_force", "plan", "other"}
FIELDS = {
    "title",
    "date",
    "authorities",
    "instruments",
    "kind",
    "penalty_cny",
    "footnotes",
    "summary",
    "sources",
}
ISO = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")
FORMATS = {".txt": "text", ".md": "markdown", ".html": "html", ".pdf": "pdf", ".docx": "docx"}


def _docx_text(data: bytes) -> str:
    import docx

    doc = docx.Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            parts += re.findall(r"<w:t[^>]*>([^<]*)</w:t>", rel.target_part.blob.decode("utf-8"))
    return "\n".join(parts)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".docx":
        return _docx_text(data)
    if path.suffix == ".pdf":
        return _pdf_text(data)
    return data.decode("utf-8")


def _squash(text: str) -> str:
    """Text without whitespace or HTML escapes, so a title wrapped over PDF lines still matches."""
    return re.sub(r"\s+", "", text.replace("&amp;", "&").replace("&#39;", "'"))


def _gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _manifest() -> dict[str, dict[str, str]]:
    data = yaml.safe_load((DATA / "manifest.yaml").read_text("utf-8"))
    return {k: v for k, v in data["documents"].items() if v.get("set") == "heldout9"}


def test_the_set_has_the_size_the_brief_asks_for() -> None:
    languages = [entry["language"] for entry in _manifest().values()]
    formats = [path.suffix for path in FILES]
    assert len(FILES) >= 10
    assert languages.count("zh") >= 4 and languages.count("en") >= 4
    assert set(formats) == set(FORMATS)
    assert len({entry["layout"] for entry in _manifest().values()}) >= 7
    assert sum(len(_gold(path)) for path in GOLD_FILES) >= 45


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_document_opens_and_has_text(path: Path) -> None:
    text = _text(path)
    assert len(text) > 300
    # the disclaimer line every document carries (虛構 in the traditional-Chinese documents)
    assert "fictional" in text or "虚构" in text or "虛構" in text


def test_documents_keep_their_non_development_parts() -> None:
    # The outlook of the work report and the advisory points of the Japanese alert name
    # instruments and dates but report no development; they are part of what the set tests.
    assert "2026年工作安排" in _text(DOCS / "blind9_gongzuo_zh_2025_12.pdf")
    assert "Points to Note for Japanese Companies" in _text(DOCS / "blind9_jpalert_en_2025_11.docx")


def test_two_documents_are_in_traditional_chinese() -> None:
    for name in ("blind9_hk_zhtw_2025_11.docx", "blind9_tw_dianzibao_2025_11.txt"):
        assert "個人信息" in _text(DOCS / name), name


def test_manifest_covers_every_file_and_gold_file() -> None:
    manifest = _manifest()
    assert sorted(manifest) == [path.name for path in FILES]
    assert sorted(Path(name).stem for name in manifest) == [path.stem for path in GOLD_FILES]
    for name, entry in manifest.items():
        assert entry["format"] == FORMATS[Path(name).suffix], name
        assert entry["language"] in {"en", "zh"}, name


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_gold_lines_are_valid(path: Path) -> None:
    rows = _gold(path)
    assert rows
    for row in rows:
        assert set(row) == FIELDS, row["title"]
        assert row["title"].strip() and row["summary"].strip()
        assert row["date"] is None or ISO.match(row["date"]), row["date"]
        assert row["kind"] in KINDS
        assert all(isinstance(a, str) and a.strip() for a in row["authorities"])
        assert len(set(row["authorities"])) == len(row["authorities"])
        for instrument in row["instruments"]:
            assert set(instrument) == {"name", "stage", "effective_date"}
            assert instrument["stage"] in STAGES
            effective = instrument["effective_date"]
            assert effective is None or ISO.match(effective), effective
        assert row["penalty_cny"] is None or (
            isinstance(row["penalty_cny"], int) and row["penalty_cny"] > 0
        )
        assert all(isinstance(n, int) for n in row["footnotes"])
        assert all(url.startswith("https://") for url in row["sources"])
    titles = [row["title"] for row in rows]
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_gold_titles_and_sources_are_in_their_document(path: Path) -> None:
    (document,) = [p for p in FILES if p.stem == path.stem]
    text = _squash(_text(document))
    for row in _gold(path):
        assert _squash(row["title"]) in text, row["title"]
        for url in row["sources"]:
            assert _squash(url) in text, url


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("make_docs_blind9", DATA / "make_docs_blind9.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(DATA))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(DATA))
    return module


def test_generator_reproduces_the_shipped_docx_and_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("reportlab")
    pytest.importorskip("docx")
    module = _generator()
    monkeypatch.setattr(module, "DOCS", tmp_path)
    module.main([])
    built = sorted(p.name for p in tmp_path.iterdir())
    assert built == sorted(p.name for p in FILES if p.suffix in {".docx", ".pdf"})
    for name in built:
        assert _text(tmp_path / name) == _text(DOCS / name), name
