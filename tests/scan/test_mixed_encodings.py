"""Issue 18 item 10: files whose encoding changes inside them are read, and what was done said.

Before: a UTF-8 CSV with one GBK line failed or was read in a Cyrillic code page (garbled
Chinese headers), a text file with a UTF-16 part was refused as binary, and Big5 was read as
GB18030 (garbled). Binary files must still be refused.
"""

from __future__ import annotations

import codecs
import gzip
import json
from pathlib import Path

from tests.scan.helpers import AS_OF, HEADER, people_rows

from piplkit.discover.scan import ScanOptions, scan

OPTIONS = ScanOptions(as_of=AS_OF, sample_rows=200)
FULL = ScanOptions(as_of=AS_OF, full=True, jobs=2)


def _lines(rows: list[list[str]]) -> list[str]:
    return [",".join(HEADER), *(",".join(r) for r in rows)]


def _write(path: Path, lines: list[str], codec_of: dict[int, str], main: str = "utf-8") -> Path:
    path.write_bytes(b"".join(f"{t}\n".encode(codec_of.get(i, main)) for i, t in enumerate(lines)))
    return path


def _types(report_file) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {c.name: c.pi_type for c in report_file.columns}


def test_a_utf8_csv_with_one_gbk_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "one_gbk.csv", _lines(people_rows(30)), {15: "gb18030"})
    [f] = scan([str(path)], OPTIONS).files
    assert f.encoding == "utf-8"
    assert [c.name for c in f.columns] == HEADER
    types = _types(f)
    assert (types["sfzh"], types["手机号"], types["姓名"]) == (
        "cn_resident_id",
        "cn_mobile",
        "person_name",
    )
    assert f.columns[0].matches == 30, "the GBK row is read, not replaced"
    assert "1 line(s) decoded as GB18030 in a UTF-8 file" in f.warnings


def test_gbk_lines_beyond_the_sniffed_head_in_a_full_scan(tmp_path: Path) -> None:
    rows = people_rows(4000, seed=3)
    gbk = {2500, 3100, 3999}
    path = _write(tmp_path / "late.csv", _lines(rows), dict.fromkeys(gbk, "gb18030"))
    assert path.stat().st_size > 256 * 1024 * 2
    [f] = scan([str(path)], FULL).files
    assert f.encoding == "utf-8" and f.rows == 4000
    assert f.columns[0].matches == 4000
    assert f.warnings.count("3 line(s) decoded as GB18030 in a UTF-8 file") == 1
    assert not any("replaced" in w for w in f.warnings)


def test_a_text_file_with_a_utf16_part_is_read_not_refused(tmp_path: Path) -> None:
    rows = people_rows(20)
    say = [f"客户{r[1]}的手机是{r[2]}，身份证{r[0]}\n" for r in rows]
    part = "".join(say[10:]).replace("\n", "\r\n")
    path = tmp_path / "notes.log"
    path.write_bytes("".join(say[:10]).encode() + codecs.BOM_UTF16_LE + part.encode("utf-16-le"))
    [f] = scan([str(path)], OPTIONS).files
    assert f.findings_by_type["cn_resident_id"] == 20
    assert f.findings_by_type["cn_mobile"] == 20
    assert "10 line(s) decoded as UTF-16LE in a UTF-8 file" in f.warnings


def test_a_utf16_part_without_a_byte_order_mark_in_a_csv(tmp_path: Path) -> None:
    lines = _lines(people_rows(20))
    data = "".join(f"{t}\n" for t in lines[:11]).encode("gb18030")
    data += "".join(f"{t}\r\n" for t in lines[11:]).encode("utf-16-le")
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    [f] = scan([str(path)], OPTIONS).files
    assert f.encoding == "gb18030"
    assert _types(f)["sfzh"] == "cn_resident_id" and f.columns[0].matches == 20
    assert "10 line(s) decoded as UTF-16LE in a GB18030 file" in f.warnings


def test_big5_is_read_as_big5(tmp_path: Path) -> None:
    text = "姓名,手機,地址\n" + "".join(
        f"陳大文,09{i:08d},臺北市信義區市府路{i}號\n" for i in range(20)
    )
    path = tmp_path / "tw.csv"
    path.write_bytes(text.encode("big5"))
    [f] = scan([str(path)], OPTIONS).files
    assert f.encoding == "big5"
    assert [c.name for c in f.columns] == ["姓名", "手機", "地址"]
    assert _types(f)["地址"] == "address"


def test_jsonl_with_a_gbk_record(tmp_path: Path) -> None:
    rows = people_rows(12)
    records = [json.dumps({"name": r[1], "phone": r[2]}, ensure_ascii=False) for r in rows]
    path = _write(tmp_path / "events.jsonl", records, {4: "gb18030", 9: "gb18030"})
    [f] = scan([str(path)], OPTIONS).files
    assert _types(f) == {"name": "person_name", "phone": "cn_mobile"}
    assert "2 line(s) decoded as GB18030 in a UTF-8 file" in f.warnings


def test_binaries_are_still_refused(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(gzip.compress(("张三,13812345678\n" * 500).encode()))
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    report = scan([str(tmp_path / "a.csv"), str(tmp_path / "b.txt")], OPTIONS)
    assert not report.files
    assert all("binary" in e.message for e in report.summary.errors)
