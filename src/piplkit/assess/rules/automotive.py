"""Automobile data: Several Provisions on Automobile Data Security Management (Trial), 2021.

A handler of automobile data whose PI concerns more than 100,000 individuals (Art. 3, 重要数据
item 5, read in the text) processes important data, which the router sends to the security
assessment for export. Handlers processing important data report their automobile data
security management each year by 15 December (provincial CAC notices citing the Provisions; the
article itself was not read, so the citation is flagged).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.registry import RuleSet, meets
from piplkit.assess.rules.result import Obligation, TransferResult

AUTOMOTIVE = RuleSet()
rule = AUTOMOTIVE.rule
PROVISIONS = "auto_data_provisions_2021"
AUTO_PI = "grading.automotive_important_pi_individuals"


def next_report_date(as_of: dt.date, month_day: str) -> dt.date:
    """The next MM-DD on or after ``as_of``."""
    month, day = (int(x) for x in month_day.split("-"))
    this_year = dt.date(as_of.year, month, day)
    return this_year if this_year >= as_of else dt.date(as_of.year + 1, month, day)


@rule("automotive.annual_report", requires=(PROVISIONS,))
def annual_report(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    h = p.handler
    if not ctx.fact("handler.automotive_data_handler", h.automotive_data_handler):
        return []
    why: list[str] = ["handler.automotive_data_handler"]
    cites = []
    if ctx.fact("handler.important_data_handler", h.important_data_handler):
        why.append("handler.important_data_handler")
    else:
        pv = ctx.param(AUTO_PI)
        n = ctx.fact("handler.individuals_processed", h.individuals_processed)
        if pv is None or not meets(n, pv, ctx.kb.parameters[AUTO_PI].comparison):
            return []
        cites.append(ctx.cite(pv.instrument, pv.article))
        why.append(f"handler.individuals_processed={n}")
    due = ctx.param("automotive.annual_report_due")
    if due is None or due.value is None:
        return []
    cites.append(ctx.cite(due.instrument, due.article, due.verified, due.note or ""))
    return [
        Obligation(
            "automotive.annual_report",
            "Report the year's automobile data security management (rules, bodies, processing, "
            "PIPIAs, incidents, exports, complaints) to the provincial CAC and departments",
            "向省、自治区、直辖市网信部门和有关部门报送年度汽车数据安全管理情况",
            tuple(cites),
            tuple(why),
            due=f"every year by {due.value} (month-day)",
            due_date=next_report_date(ctx.as_of, str(due.value)),
        )
    ]
