"""Rules-engine date arithmetic on the official calendar; unknown years give no date, no crash."""

from __future__ import annotations

import datetime as dt

from helpers_assess import profile, xfer

from piplkit.assess.law import load_knowledge_base
from piplkit.assess.law.models import Citation
from piplkit.assess.rules import evaluate
from piplkit.assess.rules.calendar import add_working_days, add_years, working_day_due
from piplkit.assess.rules.context import EvalContext

D = dt.date.fromisoformat
SCC_ART7 = Citation(instrument="cac_scc_measures_2023", article="Art. 7")


def test_working_days_skip_holidays_and_count_make_up_days() -> None:
    # 国办发明电〔2025〕7号: rest 2026-02-15..23, Saturdays 2/14 and 2/28 are working days
    assert add_working_days(D("2026-02-12"), 10) == D("2026-03-04")
    assert add_working_days(D("2026-03-04"), -10) == D("2026-02-12")


def test_unknown_year_gives_none_not_a_weekday_guess() -> None:
    # 2026-12-24 (Thu) + 10 working days runs into 2027, whose schedule is not known
    assert add_working_days(D("2026-12-24"), 10) is None
    assert add_working_days(D("2026-12-24"), 5) == D("2026-12-31")


def test_working_day_due_flags_the_gap_as_unverified() -> None:
    ctx = EvalContext(load_knowledge_base(), D("2026-11-25"))
    assert working_day_due(ctx, D("2026-12-01"), 10, "SCC filing", SCC_ART7) == D("2026-12-15")
    assert ctx.unverified == ()
    assert working_day_due(ctx, D("2026-12-24"), 10, "SCC filing", SCC_ART7) is None
    (u,) = ctx.unverified
    assert u.subject == "working-day deadline: SCC filing"
    assert (u.instrument, u.article) == ("cac_scc_measures_2023", "Art. 7")
    assert "2027" in u.note and "holiday_schedules.yaml" in u.note


def test_engine_does_not_crash_when_a_deadline_reaches_an_unknown_year() -> None:
    scc_profile = profile(xfer(volumes={2026: 200_000}, contract_effective_on="2026-12-24"))
    a = evaluate(scc_profile, D("2026-11-25"))
    (scc,) = [d for d in a.transfer("T1").deadlines if "standard contract" in d.what]
    assert scc.due is None  # 10 working days after 2026-12-24 reach 2027
    assert a.to_dict()["transfers"][0]["deadlines"]  # serialises without error
    sa_profile = profile(xfer(volumes={2026: 2_000_000}, assessment_result_issued_on="2024-06-01"))
    sa = {d.what: d.due for d in evaluate(sa_profile, D("2026-11-25")).transfer("T1").deadlines}
    assert sa["assessment result expires"] == D("2027-06-01")  # plain years, no calendar
    # 60 working days back from 2027-06-01 lie in 2027: the window's first day is unknown
    assert sa["extension application window opens (apply to extend the result)"] is None


def test_add_years_keeps_the_day_or_falls_back_from_29_february() -> None:
    assert add_years(D("2024-02-29"), 1) == D("2025-02-28")
    assert add_years(D("2024-06-01"), 3) == D("2027-06-01")
