"""Deadlines of a transfer's route: declaration, result expiry, extension, filing, certificates.

Validity periods are those of the rules in force on the issue date (a result or certificate
keeps what it was issued with); what must be done before an expiry follows the rules in force
on the day one acts. Working days use the official holiday calendar; a count into a year whose
schedule is unknown gives no date and is flagged, never guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from piplkit.assess.law.models import Parameter, ParameterValue
from piplkit.assess.rules.calendar import add_years, working_day_due
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Transfer
from piplkit.assess.rules.result import Deadline

SA = "cac_sa_measures_2022"
PROV = "cac_cbdf_provisions_2024"


class Collector(Protocol):
    """What a router collects while deciding: deadlines and reasons for one transfer."""

    ctx: EvalContext
    t: Transfer
    deadlines: list[Deadline]
    reasons: list[str]


def assessment_deadlines(r: Collector) -> None:
    """Declare before export; then the result's expiry, extension window and re-declaration."""
    ctx = r.ctx
    basis = ctx.cite(PROV, "Art. 7") if ctx.in_force(PROV) else None
    if basis is None and ctx.in_force(SA):
        basis = ctx.cite(SA, "Art. 4")
    if basis is None:
        basis = ctx.cite("pipl", "Art. 40")
    r.deadlines.append(
        Deadline(
            what="declare the security assessment to the national CAC via the provincial CAC",
            rule="before the data is provided abroad",
            rule_zh="向境外提供数据前",
            citation=basis,
        )
    )
    if r.t.assessment_result_issued_on is not None:
        result_deadlines(r, r.t.assessment_result_issued_on)


def result_deadlines(r: Collector, issued: dt.date) -> None:
    """Expiry of an assessment result, and what may or must be done before it.

    The 2024 Provisions Art. 9 open an extension window 60 working days before expiry (an
    earliest date); the 2022 Measures Art. 14 require a new declaration at the latest 60
    working days before expiry (a latest date). Both are shown as what they are.
    """
    ctx = r.ctx
    years = ctx.param("cross_border.assessment.validity_years", on=issued)
    if years is None or years.value is None:
        return
    expiry = add_years(issued, years.number)
    r.deadlines.append(
        Deadline(
            what="assessment result expires",
            rule=f"valid {years.value} years from issue ({issued})",
            rule_zh=f"自评估结果出具之日（{issued}）起{years.value}年内有效",
            citation=years.citation,
            due=expiry,
            kind="event",
        )
    )
    later = ctx.param("cross_border.assessment.validity_years")
    if later is not None and later.value != years.value and later.start > issued:
        ctx.flag(
            "assessment validity of results issued under the 2-year rule",
            later.instrument,
            later.article,
            f"the result was issued {issued} under the {years.value}-year rule; whether such "
            f"results got {later.value} years from {later.start} is not stated, so the "
            f"{years.value}-year expiry is shown",
        )
        r.reasons.append(
            f"the result issued {issued} keeps the {years.value}-year validity of the rules in "
            "force on its issue date (a longer validity for it is not stated)"
        )
    window = ctx.kb.parameters["cross_border.assessment.extension_window_working_days"]
    redeclare = ctx.kb.parameters["cross_border.assessment.redeclare_lead_working_days"]
    opens = _working_days_before(ctx, expiry, window, "extension window opens")
    if opens is not None:
        pv, day = opens
        r.deadlines.append(
            Deadline(
                what="extension application window opens (apply to extend the result)",
                rule=f"within {pv.value} working days before expiry, until expiry",
                rule_zh=f"有效期届满前{pv.value}个工作日内至届满",
                citation=ctx.cite(pv.instrument, pv.article, pv.verified, pv.note or ""),
                due=day,
                kind="earliest",
            )
        )
    latest = _working_days_before(ctx, expiry, redeclare, "re-declaration")
    if latest is not None:
        pv, day = latest
        what = "re-declare the assessment to keep exporting after expiry"
        if opens is not None:
            what += " (if no extension is granted)"
            ctx.flag(
                "re-declaration alongside the extension window",
                pv.instrument,
                pv.article,
                "the 2024 Provisions add an extension (Art. 9) without repealing Art. 14's "
                "re-declaration; reading both as available is an interpretation",
            )
        r.deadlines.append(
            Deadline(
                what=what,
                rule=f"at the latest {pv.value} working days before expiry",
                rule_zh=f"最迟于有效期届满{pv.value}个工作日前",
                citation=ctx.cite(pv.instrument, pv.article, pv.verified, pv.note or ""),
                due=day,
                kind="latest",
            )
        )
    if expiry <= ctx.as_of:
        r.reasons.append(f"the assessment result issued {issued} has expired")


def _working_days_before(
    ctx: EvalContext, expiry: dt.date, parameter: Parameter, what: str
) -> tuple[ParameterValue, dt.date | None] | None:
    """The value that governs acting before ``expiry`` and the date it gives.

    The rule is the one in force on the day of acting, and that day depends on the rule, so
    each period is tried from the latest and kept if its own date falls within it. An unknown
    holiday year gives the period whose span holds the expiry, with no date.
    """
    for pv in reversed(parameter.values):
        if pv.value is None:
            continue
        ctx.param(parameter.id, on=pv.start)  # recorded in the trace
        day = working_day_due(ctx, expiry, -pv.number, what, pv.citation)
        if pv.covers(day or expiry):
            return pv, day
    return None


def scc_filing_deadline(r: Collector) -> None:
    """File the standard contract within N working days after it takes effect."""
    ctx, t = r.ctx, r.t
    days = ctx.param("cross_border.scc.filing_deadline_working_days")
    if days is None or days.value is None:
        return
    what = "file the standard contract and PIPIA report with the provincial CAC"
    due = None
    if t.contract_effective_on is not None:
        due = working_day_due(ctx, t.contract_effective_on, days.number, what, days.citation)
    r.deadlines.append(
        Deadline(
            what=what,
            rule=f"within {days.value} working days after the contract takes effect",
            rule_zh=f"标准合同生效之日起{days.value}个工作日内",
            citation=days.citation,
            due=due,
        )
    )


def certificate_expiry(r: Collector) -> None:
    t = r.t
    if t.certified_on is None:
        return
    years = r.ctx.param("certification.validity_years", on=t.certified_on)
    if years is None or years.value is None:
        return
    r.deadlines.append(
        Deadline(
            what="PI protection certificate expires",
            rule=f"certificate valid {years.value} years",
            rule_zh=f"认证证书有效期为{years.value}年",
            citation=years.citation,
            due=add_years(t.certified_on, years.number),
            kind="event",
        )
    )
