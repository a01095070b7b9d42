"""Documents are scanned as prose; table columns are not (issue 12).

A free-text file (a note, a ticket export, a transcript) is running text, so ``piplkit scan``
judges its place mentions with the sentence rules of ``detect/ner/address_context.py``, as
``piplkit detect`` does: a division inside an organisation's name or before a copula is no
address. A column of a table holding the same sentences is classified without those rules, so
column classification never depends on them. Synthetic sentences written for this test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from piplkit.discover.scan.options import ScanOptions
from piplkit.discover.scan.progress import NoProgress
from piplkit.discover.scan.scanner import _Run, scan

AS_OF = date(2026, 12, 1)
PLACE_MENTIONS = [
    "湖北省武汉市人民政府发布通知。",
    "该案由江苏省南京市中级人民法院审理。",
    "他在国家税务总局杭州高新区税务局工作。",
    "《上海市城市绿化管理条例》今天发布。",
]
ADDRESS = "我住在杭州市西湖区文三路。"


def _document(tmp_path: Path, lines: list[str]) -> dict[str, int]:
    path = tmp_path / "notes.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = scan([str(path)], ScanOptions(as_of=AS_OF)).to_json_dict()
    (file,) = report["files"]
    return dict(file["findings_by_type"])


def test_place_mentions_in_a_document_are_not_addresses(tmp_path: Path) -> None:
    assert "address" not in _document(tmp_path, PLACE_MENTIONS)


def test_addresses_in_a_document_are_still_found(tmp_path: Path) -> None:
    assert _document(tmp_path, [*PLACE_MENTIONS, ADDRESS]).get("address") == 1


def test_table_cells_are_judged_without_the_prose_rules() -> None:
    """Tables go through the cell detector, which must not run the sentence rules."""
    run = _Run(ScanOptions(as_of=AS_OF), NoProgress())
    assert run.text_detector.context.prose
    assert not run.cell_detector.context.prose
