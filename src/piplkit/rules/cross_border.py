"""Cross-border transfer routes: security assessment, standard contract/certification, exempt.

The decision follows the instrument in force on the as-of date, read through dated parameters:
- before 2022-09-01 only PIPL Arts. 38/40 (no thresholds set yet);
- 2022-09-01 .. 2024-03-21 the Security Assessment Measures (and from 2023-06-01 the Standard
  Contract Measures): window since 1 January of the previous year, 1M processed / 100k / 10k;
- from 2024-03-22 the Provisions on Promoting and Regulating Cross-border Data Flows: window
  since 1 January of the current year, scenario exemptions, <100k exempt, >=1M / >=10k SPI
  assessment, the band in between standard contract or certification.
Volumes aggregate over the handler's non-exempt transfers (the thresholds speak of what the
handler has provided abroad in total, and the "no splitting" rule forbids per-transfer counting).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from piplkit.law.models import Citation, Parameter, ParameterValue
from piplkit.rules.calendar import add_years, working_day_due
from piplkit.rules.context import EvalContext
from piplkit.rules.profile import Profile, Transfer
from piplkit.rules.result import Deadline, Route, TransferResult, Volumes

EXEMPTION_PARAMETERS = {
    "contract_with_individual": "cross_border.exemption.contract_with_individual",
    "hr_management": "cross_border.exemption.hr_management",
    "emergency": "cross_border.exemption.emergency",
    "collected_abroad_returned": "cross_border.exemption.collected_abroad_returned",
}

SA = "cac_sa_measures_2022"
SCC = "cac_scc_measures_2023"
PROV = "cac_cbdf_provisions_2024"


@dataclass(frozen=True)
class Window:
    label: str
    years: tuple[int, ...]


def counting_window(ctx: EvalContext) -> Window:
    kind = ctx.value("cross_border.counting_window")
    year = ctx.as_of.year
    if kind == "previous_year":
        return Window("since 1 January of the previous year", (year - 1, year))
    if kind == "current_year":
        return Window("since 1 January of the current year", (year,))
    return Window("calendar year of the as-of date (no statutory counting window yet)", (year,))


def _in_window(transfer: Transfer, window: Window) -> tuple[int, int]:
    individuals = sum(v.individuals for v in transfer.volumes if v.year in window.years)
    sensitive = sum(v.sensitive_individuals for v in transfer.volumes if v.year in window.years)
    return individuals, sensitive


def _exemption(transfer: Transfer, ctx: EvalContext) -> Citation | None:
    """The citation exempting this transfer's purpose on the as-of date, if any."""
    parameter = EXEMPTION_PARAMETERS.get(transfer.purpose)
    if parameter is None:
        return None
    pv = ctx.param(parameter)
    if pv is None or pv.value is not True:
        return None
    return ctx.cite(pv.instrument, pv.article, pv.verified, pv.note or "")


class _Router:
    """Routes one transfer; collects citations, reasons and deadlines as it decides."""

    def __init__(self, profile: Profile, transfer: Transfer, ctx: EvalContext) -> None:
        self.profile = profile
        self.t = transfer
        self.ctx = ctx
        self.citations: list[Citation] = []
        self.reasons: list[str] = []
        self.deadlines: list[Deadline] = []

    def cite(self, instrument: str, article: str, verified: bool = True, note: str = "") -> None:
        c = self.ctx.cite(instrument, article, verified, note)
        if c not in self.citations:
            self.citations.append(c)

    def cite_value(self, parameter: str) -> int | None:
        pv = self.ctx.param(parameter)
        if pv is None or pv.value is None:
            return None
        self.cite(pv.instrument, pv.article, pv.verified, pv.note or "")
        return int(pv.value)

    # -- routes -----------------------------------------------------------------------------
    def route(self, window: Window, agg_i: int, agg_s: int, own_i: int) -> Route:
        ctx, h, t = self.ctx, self.profile.handler, self.t
        if own_i == 0 and not t.important_data:
            self.cite("pipl", "Art. 38")
            self.reasons.append(
                f"no individual's PI exported in the counting window ({window.label}: "
                f"{', '.join(map(str, window.years))}) and no important data"
            )
            return "not_applicable"
        if self._important_data():
            return "security_assessment"
        exemption = _exemption(t, ctx)
        if exemption is not None:
            self.citations.append(exemption)
            self.reasons.append(
                f"purpose '{t.purpose}' is exempt from assessment, standard contract and "
                f"certification ({exemption.article})"
            )
            return "exempt"
        if t.purpose != "other" and ctx.param(EXEMPTION_PARAMETERS[t.purpose]) is not None:
            self.reasons.append(
                f"purpose '{t.purpose}' gives no exemption on {ctx.as_of} (scenario exemptions "
                "start with the 2024 Provisions)"
            )
        if ctx.fact("handler.ciio", h.ciio):
            return self._ciio()
        processed = self.ctx.param("cross_border.assessment.processed_individuals")
        if (
            processed is not None
            and processed.value is not None
            and (
                ctx.fact("handler.individuals_processed", h.individuals_processed)
                >= processed.value
            )
        ):
            self.cite(processed.instrument, processed.article)
            self.reasons.append(
                f"handler processes PI of {h.individuals_processed:,} individuals "
                f"(≥ {processed.value:,})"
            )
            return self._assessment()
        pi_t = ctx.param("cross_border.assessment.exported_individuals")
        spi_t = ctx.param("cross_border.assessment.exported_sensitive_individuals")
        if pi_t is not None and pi_t.value is not None and agg_i >= pi_t.value:
            self.cite(pi_t.instrument, pi_t.article, pi_t.verified, pi_t.note or "")
            self.reasons.append(
                f"handler-wide {agg_i:,} individuals' PI exported {window.label} (≥ {pi_t.value:,})"
            )
            return self._assessment()
        if spi_t is not None and spi_t.value is not None and agg_s >= spi_t.value:
            self.cite(spi_t.instrument, spi_t.article, spi_t.verified, spi_t.note or "")
            self.reasons.append(
                f"handler-wide {agg_s:,} individuals' sensitive PI exported {window.label} "
                f"(≥ {spi_t.value:,})"
            )
            return self._assessment()
        small = ctx.param("cross_border.exemption.small_volume_individuals")
        if small is not None and small.value is not None and agg_i < small.value and agg_s == 0:
            self.cite(small.instrument, small.article)
            self.reasons.append(
                f"non-CIIO, handler-wide {agg_i:,} individuals' PI exported {window.label} "
                f"(< {small.value:,}) and no sensitive PI"
            )
            return "exempt"
        return self._contract_or_certification(window, agg_i, agg_s)

    def _important_data(self) -> bool:
        ctx, t = self.ctx, self.t
        if not ctx.fact(f"transfers[{t.name}].important_data", t.important_data):
            return False
        notified_only = ctx.param("cross_border.important_data.notified_only")
        if notified_only is not None and notified_only.value:
            notified = ctx.fact(
                f"transfers[{t.name}].important_data_notified", t.important_data_notified
            )
            if notified is False:
                self.cite(notified_only.instrument, notified_only.article)
                self.reasons.append(
                    "data not notified or published as important data: no assessment as "
                    "important data"
                )
                return False
            if notified is None:
                self.reasons.append(
                    "important_data_notified not stated: treated as notified (the stricter reading)"
                )
        if ctx.in_force(PROV):
            self.cite(PROV, "Art. 7(1)" if self.profile.handler.ciio else "Art. 7(2)")
        elif ctx.in_force(SA):
            self.cite(SA, "Art. 4(1)")
        else:
            self.cite(
                "dsl", "Art. 31", False, "export procedure for non-CIIO important data not yet set"
            )
            self.cite("csl", "Art. 37", False, "text not re-read")
        self.reasons.append("the transfer includes important data")
        self._assessment()
        return True

    def _ciio(self) -> Route:
        ctx = self.ctx
        if ctx.in_force(PROV):
            self.cite(PROV, "Art. 7(1)")
        elif ctx.in_force(SA):
            self.cite(SA, "Art. 4(2)")
        else:
            self.cite("pipl", "Art. 40")
            self.cite("csl", "Art. 37", False, "text not re-read")
        self.reasons.append("the handler is a critical information infrastructure operator")
        return self._assessment()

    def _assessment(self) -> Route:
        ctx, t = self.ctx, self.t
        basis = ctx.cite(PROV, "Art. 7") if ctx.in_force(PROV) else None
        if basis is None and ctx.in_force(SA):
            basis = ctx.cite(SA, "Art. 4")
        if basis is None:
            basis = ctx.cite("pipl", "Art. 40")
        self.deadlines.append(
            Deadline(
                what="declare the security assessment to the national CAC via the provincial CAC",
                rule="before the data is provided abroad",
                citation=basis,
            )
        )
        if t.assessment_result_issued_on is not None:
            self._result_deadlines(t.assessment_result_issued_on)
        return "security_assessment"

    def _result_deadlines(self, issued: dt.date) -> None:
        """Expiry of an assessment result, and what may or must be done before it.

        The validity is that of the rules in force on the issue date (as for certificates).
        What is due before expiry follows the rules in force on the day one acts: the 2024
        Provisions Art. 9 open an extension window 60 working days before expiry (an earliest
        date); the 2022 Measures Art. 14 require a new declaration at the latest 60 working
        days before expiry (a latest date). Both are shown as what they are.
        """
        ctx = self.ctx
        years = ctx.param("cross_border.assessment.validity_years", on=issued)
        if years is None or years.value is None:
            return
        expiry = add_years(issued, int(years.value))
        self.deadlines.append(
            Deadline(
                what="assessment result expires",
                rule=f"valid {years.value} years from issue ({issued})",
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
            self.reasons.append(
                f"the result issued {issued} keeps the {years.value}-year validity of the rules in "
                "force on its issue date (a longer validity for it is not stated)"
            )
        window = ctx.kb.parameters["cross_border.assessment.extension_window_working_days"]
        redeclare = ctx.kb.parameters["cross_border.assessment.redeclare_lead_working_days"]
        opens = self._working_days_before(expiry, window, "extension window opens")
        if opens is not None:
            pv, day = opens
            self.deadlines.append(
                Deadline(
                    what="extension application window opens (apply to extend the result)",
                    rule=f"within {pv.value} working days before expiry, until expiry",
                    citation=ctx.cite(pv.instrument, pv.article, pv.verified, pv.note or ""),
                    due=day,
                    kind="earliest",
                )
            )
        latest = self._working_days_before(expiry, redeclare, "re-declaration")
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
            self.deadlines.append(
                Deadline(
                    what=what,
                    rule=f"at the latest {pv.value} working days before expiry",
                    citation=ctx.cite(pv.instrument, pv.article, pv.verified, pv.note or ""),
                    due=day,
                    kind="latest",
                )
            )
        if expiry <= ctx.as_of:
            self.reasons.append(f"the assessment result issued {issued} has expired")

    def _working_days_before(
        self, expiry: dt.date, parameter: Parameter, what: str
    ) -> tuple[ParameterValue, dt.date | None] | None:
        """The parameter value that governs acting before ``expiry`` and the date it gives.

        The rule is the one in force on the day of acting; that day depends on the rule, so
        each period of the parameter is tried from the latest and kept if its own date falls
        within it (or after it, for the open period). Unknown holiday years give ``None``.
        """
        for pv in reversed(parameter.values):
            if pv.value is None:
                continue
            ctx = self.ctx
            ctx.param(parameter.id, on=pv.start)  # recorded in the trace
            day = working_day_due(ctx, expiry, -int(pv.value), what, pv.citation)
            if pv.covers(day or expiry):
                return pv, day
        return None

    def _contract_or_certification(self, window: Window, agg_i: int, agg_s: int) -> Route:
        ctx, t = self.ctx, self.t
        self.cite("pipl", "Art. 38")
        if ctx.in_force(PROV):
            self.cite(PROV, "Art. 8")
            self.reasons.append(
                f"handler-wide {agg_i:,} individuals' PI and {agg_s:,} individuals' sensitive PI "
                f"exported {window.label}: within the standard contract / certification band"
            )
        elif ctx.in_force(SCC):
            self.cite(SCC, "Art. 4")
            self.reasons.append(
                f"non-CIIO below the assessment thresholds ({agg_i:,} individuals, {agg_s:,} "
                f"sensitive, {window.label})"
            )
        elif ctx.in_force(SA) and ctx.in_force("pi_certification_rules_2022"):
            self.reasons.append(
                "below the assessment thresholds; the Standard Contract Measures take effect "
                "2023-06-01, so until then certification is the available mechanism"
            )
        elif ctx.in_force(SA):
            effective = ctx.kb.instrument("pi_certification_rules_2022").effective
            self.cite("pipl", "Art. 38")
            self.reasons.append(
                "below the assessment thresholds, but neither mechanism was yet available: the "
                "Standard Contract Measures take effect 2023-06-01 and the PI protection "
                f"certification rules {effective}; PIPL Art. 38 still requires one before export"
            )
        else:
            self.cite("pipl", "Art. 38", False, "implementing measures not yet issued")
            self.reasons.append(
                "PIPL Art. 38 requires one of assessment, certification or the CAC standard "
                "contract; the implementing measures were not yet in force"
            )
        if ctx.in_force("pi_export_certification_measures_2025"):
            self.cite(
                "pi_export_certification_measures_2025",
                "scope",
                False,
                "article numbers of the 2025 Certification Measures not confirmed",
            )
        elif ctx.in_force("pi_certification_rules_2022"):
            self.cite("pi_certification_rules_2022", "§1-2 (scope, basis)")
        days = ctx.param("cross_border.scc.filing_deadline_working_days")
        if days is not None and days.value is not None:
            what = "file the standard contract and PIPIA report with the provincial CAC"
            due = None
            if t.contract_effective_on is not None:
                due = working_day_due(
                    ctx, t.contract_effective_on, int(days.value), what, days.citation
                )
            self.deadlines.append(
                Deadline(
                    what=what,
                    rule=f"within {days.value} working days after the contract takes effect",
                    citation=days.citation,
                    due=due,
                )
            )
        if t.certified_on is not None:
            years = ctx.param("certification.validity_years", on=t.certified_on)
            if years is not None and years.value is not None:
                self.deadlines.append(
                    Deadline(
                        what="PI protection certificate expires",
                        rule=f"certificate valid {years.value} years",
                        citation=years.citation,
                        due=add_years(t.certified_on, int(years.value)),
                    )
                )
        return "standard_contract_or_certification"


def assess_transfers(profile: Profile, ctx: EvalContext) -> list[TransferResult]:
    """Route every transfer of the profile on ``ctx.as_of``."""
    step = ctx.begin("cross_border.window")
    window = counting_window(ctx)
    step.outcome = "triggered"
    step.detail = f"{window.label}: years {', '.join(map(str, window.years))}"

    counts: dict[str, tuple[int, int]] = {}
    agg_i = agg_s = 0
    excluded: list[str] = []
    step = ctx.begin("cross_border.aggregate")
    for t in profile.transfers:
        counts[t.name] = _in_window(t, window)
        if _exemption(t, ctx) is not None:
            excluded.append(t.name)
            continue
        agg_i += counts[t.name][0]
        agg_s += counts[t.name][1]
    step.outcome = "triggered"
    step.detail = (
        f"aggregate over non-exempt transfers: {agg_i:,} individuals, {agg_s:,} sensitive; "
        f"excluded (exempt purposes): {', '.join(excluded) or 'none'}. Assumes each transfer's "
        "yearly counts are distinct individuals and transfers do not overlap"
    )
    if excluded:
        ctx.flag(
            "exempt volumes left out of the count",
            PROV,
            "Arts. 5, 7, 8",
            "commentators read exempt transfers as excluded from the cumulative count; not "
            "confirmed from the text",
        )

    results: list[TransferResult] = []
    for t in profile.transfers:
        step = ctx.begin(f"cross_border.route[{t.name}]")
        router = _Router(profile, t, ctx)
        own_i, own_s = counts[t.name]
        ctx.fact(f"transfers[{t.name}].purpose", t.purpose)
        ctx.fact(f"transfers[{t.name}].individuals_in_window", own_i)
        ctx.fact(f"transfers[{t.name}].sensitive_individuals_in_window", own_s)
        route = router.route(window, agg_i, agg_s, own_i)
        step.outcome = "triggered"
        step.detail = f"route = {route}: " + "; ".join(router.reasons)
        results.append(
            TransferResult(
                name=t.name,
                recipient_country=t.recipient.country,
                route=route,
                citations=tuple(router.citations),
                reasons=tuple(router.reasons),
                deadlines=tuple(router.deadlines),
                volumes=Volumes(window.label, window.years, own_i, own_s, agg_i, agg_s),
            )
        )
    return results


def routed(results: Sequence[TransferResult], *routes: Route) -> list[TransferResult]:
    return [r for r in results if r.route in routes]
