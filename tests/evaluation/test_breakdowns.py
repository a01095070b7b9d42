"""The held-out sets' own breakdowns (``evaluation.breakdowns``), on a hand-written manifest and
report: each set tallies its own axes and names its own variants."""

from __future__ import annotations

from typing import Any

from piplkit.discover.evaluation.breakdowns import SET_5, SET_6


def _manifest() -> dict[str, Any]:
    def col(header: str, generator: str, gold: str | None) -> dict[str, Any]:
        return {"header": header, "generator": generator, "gold": gold}

    return {
        "tables": [
            {"file": "a.xlsx", "sheet": "s1", "title_rows": 2, "totals_row": True, "has_pi": True,
             "columns": [col("姓名", "name_masked", "person_name"),
                         col("手机", "phone_masked", "cn_mobile"),
                         col("身份证", "rid_messy", "cn_resident_id")]},
            {"file": "a.xlsx", "sheet": "s2", "merged_groups": [[0, 1]], "has_pi": False,
             "columns": [col("单号", "order_no", None), col("金额", "amount", None)]},
            {"file": "b.csv", "sheet": None, "columns": [col("备注", "mixed_docs", None)]},
        ]
    }  # fmt: skip


def _is_pi(gold: str | None) -> bool:
    return gold not in (None, "cn_uscc")


REPORT = {
    "errors": [
        {"file": "a.xlsx", "sheet": "s2", "column": "单号", "gold": None,
         "predicted": "bank_card", "problem": "type"},
        {"file": "a.xlsx", "sheet": "s1", "column": "手机", "gold": "cn_mobile",
         "predicted": "cn_mobile", "problem": "sensitivity"},
    ]
}  # fmt: skip


def test_set5_names_its_masked_generators_and_has_no_sheet_or_table_axes() -> None:
    data = SET_5.breakdowns(_manifest(), REPORT, _is_pi)
    assert set(data) == {"layout", "variant", "gold kind", "non_pi_reported_as_pi"}
    # phone_masked is not one of set 5's masked generators; mixed_docs is messy there
    assert data["variant"] == {
        "clean": {"columns": 3, "right": 2},
        "masked": {"columns": 1, "right": 1},
        "messy": {"columns": 2, "right": 2},
    }
    assert data["layout"] == {
        "merged header cells": {"columns": 2, "right": 1},
        "plain": {"columns": 1, "right": 1},
        "title rows + totals row": {"columns": 3, "right": 3},
    }
    assert data["non_pi_reported_as_pi"] == [
        {"file": "a.xlsx", "sheet": "s2", "column": "单号", "predicted": "bank_card"}
    ]
    text = SET_5.format_breakdowns(data)
    assert "Set 5 breakdowns" in text and "a.xlsx [s2] [单号] -> bank_card" in text
    assert "by table kind" not in text


def test_set6_takes_every_masked_suffix_sheets_and_table_kinds() -> None:
    data = SET_6.breakdowns(_manifest(), REPORT, _is_pi)
    assert data["variant"]["masked"] == {"columns": 2, "right": 2}
    assert data["variant"]["messy (Excel, full-width, mixed spellings, typed numbers)"] == {
        "columns": 1,
        "right": 1,
    }
    assert data["layout"]["title rows + totals row + several sheets"] == {"columns": 3, "right": 3}
    assert data["layout"]["merged header cells + several sheets"] == {"columns": 2, "right": 1}
    assert data["table kind"] == {
        "table with PI": {"columns": 4, "right": 4},
        "table without PI": {"columns": 2, "right": 1},
    }
    assert data["gold kind"] == {
        "PI": {"columns": 3, "right": 3},
        "not PI": {"columns": 3, "right": 2},
    }
    assert "by table kind:" in SET_6.format_breakdowns(data)
