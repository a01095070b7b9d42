"""Counts in the scan reports a person reads (terminal and HTML) all have thousands separators,
and a column without a PI type whose values hold PI says so (issue 19, item 10).

Before, the summary printed ``2345`` beside ``1,234`` and such a column's type read ``- +``."""

from __future__ import annotations

import datetime as dt
import re

from rich.console import Console

from piplkit.discover.scan.render_html import render_html
from piplkit.discover.scan.render_table import column_type_label, render
from piplkit.discover.scan.report import ColumnReport, FileReport, ScanReport, Summary


def _column(name: str, pi_type: str | None, **kw: object) -> ColumnReport:
    base: dict[str, object] = {
        "name": name,
        "pi_type": pi_type,
        "confidence": 1.0 if pi_type else 0.0,
        "matches": 1_500 if pi_type else 0,
        "sampled": 1_500,
        "sensitive": False,
    }
    return ColumnReport.model_validate({**base, **kw})


NOTES = _column("备注", None, findings_by_type={"person_name": 2, "address": 14_000})
IPS = _column("client_ip", "ipv4", findings_by_type={"ipv6": 1_200})
IDS = _column("id_no", "cn_resident_id", sensitive=True, minors=1_200)
EMPTY = _column("ts", None)
REPORT = ScanReport(
    as_of=dt.date(2026, 6, 15),
    mode="sample",
    sample_rows=1_000,
    files=[
        FileReport(
            path="big.csv",
            kind="csv",
            encoding="utf-8",
            rows=1_234_567,
            columns=[NOTES, IPS, IDS, EMPTY],
            findings_by_type={"address": 14_000, "person_name": 2, "ipv6": 1_200},
        )
    ],
    summary=Summary(
        files_scanned=1_200,
        files_failed=1_000,
        tables_scanned=1_500,
        pi_columns=2_345,
        datasets_with_sensitive_pi=1_001,
        datasets_by_grade={"general": 1_499},
        totals_by_type={"address": 14_000, "cn_resident_id": 98_765},
        sensitive_by_type={"cn_resident_id": 98_765},
        sensitive_total=98_765,
        minors=1_200,
        errors=[],
    ),
)
RAW = ("1234567", "14000", "2345", "1200", "1500", "1000", "98765", "1001", "1499")


def _terminal() -> str:
    console = Console(record=True, width=220, highlight=False)
    render(REPORT, console)
    return console.export_text()


def test_terminal_counts_all_have_separators() -> None:
    text = _terminal()
    for expected in (
        "1,200 scanned, 1,000 failed, 1,500 tables",
        "2,345",
        "98,765",
        "sample (1,000 rows per table)",
        "rows 1,234,567",
        "一般数据 1,499",
    ):
        assert expected in text
    assert [n for n in RAW if re.search(rf"(?<![\d,]){n}(?![\d,])", text)] == []


def test_free_text_column_names_what_it_holds() -> None:
    assert column_type_label(NOTES) == "自由文本 free text: address×14,000, person_name×2"
    assert column_type_label(IPS).endswith("另含 also: ipv6×1,200[/]")
    assert "(minors 1,200)" in column_type_label(IDS)
    assert column_type_label(EMPTY) == "-"
    text = _terminal()
    assert "- +" not in text
    assert "自由文本 free text: address×14,000, person_name×2" in text


def test_html_counts_all_have_separators() -> None:
    html = render_html(REPORT)
    for expected in (">2,345<", ">1,200<", ">1,000<", ">98,765<", "1,234,567", "×14,000"):
        assert expected in html
    assert "(1,000 rows per table)" in html
    assert "自由文本 free text" in html
    visible = re.sub(r"<style.*?</style>", "", html, flags=re.S)
    assert [n for n in RAW if re.search(rf"(?<![\d,.#-]){n}(?![\d,])", visible)] == []
