"""docs/assess.md states what the engine does (issue 13 item 7: working days use the calendar)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from helpers_assess import profile, xfer

from piplkit.assess.rules import evaluate

DOC = Path(__file__).resolve().parents[2] / "docs" / "assess.md"


def test_doc_does_not_claim_monday_to_friday_counting() -> None:
    text = DOC.read_text("utf-8")
    assert "count Monday–Friday only" not in text
    assert "holiday" in text and "never a\nMonday–Friday guess" in text


def test_doc_working_day_example_is_what_the_engine_gives() -> None:
    text = DOC.read_text("utf-8")
    m = re.search(r"takes effect on (\d{4}-\d\d-\d\d) must be filed by (\d{4}-\d\d-\d\d)", text)
    assert m, "the worked example is missing from docs/assess.md"
    effective, due = (dt.date.fromisoformat(x) for x in m.groups())
    p = profile(xfer(volumes={2024: 200_000}, contract_effective_on=effective.isoformat()))
    t = evaluate(p, dt.date(2024, 7, 1)).transfer("T1")
    (d,) = [x for x in t.deadlines if "standard contract" in x.what]
    assert d.due == due and not d.approximate


def test_doc_examples_run_as_written() -> None:
    import doctest

    result = doctest.testfile(str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 5 and result.failed == 0
