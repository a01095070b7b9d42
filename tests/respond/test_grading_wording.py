"""Issue 13 item 6: a leak count below the numeric criterion is not a finding of non-reportability.

Incident Reporting Measures Annex (Grading Guide): the relatively-major grade has a numeric
criterion (泄露100万人以上公民个人信息) and non-numeric ones (outage, CII, important data,
losses), so below the count piplkit says "not reportable by count alone", not "not reportable".
"""

from __future__ import annotations

import datetime as dt

import pytest

from piplkit.respond.enums import IncidentGrade
from piplkit.respond.grading import grade_incident

DAY = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("count", "assessed", "reportable", "wording"),
    [
        (999_999, None, False, "not reportable by count alone"),
        (0, None, False, "not reportable by count alone"),
        (999_999, IncidentGrade.GENERAL, False, "not reportable under Art. 4 (graded general"),
        (1_000_000, None, True, "reportable (relatively major or above)"),
        (10, IncidentGrade.RELATIVELY_MAJOR, True, "reportable (relatively major or above)"),
    ],
)
def test_wording_below_and_above_the_count(
    count: int, assessed: IncidentGrade | None, reportable: bool, wording: str
) -> None:
    g = grade_incident(DAY, leaked_individuals=count, assessed=assessed)
    assert g.reportable is reportable
    assert wording in g.explanation
    if not reportable and assessed is None:
        assert "not reportable under Art. 4" not in g.explanation
