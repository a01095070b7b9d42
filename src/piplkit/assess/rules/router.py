"""The route of one transfer on one date: security assessment, contract/certification, exempt.

The router reads the dated parameters through the evaluation context and collects citations,
reasons and deadlines as it decides. It takes the counts to decide on as arguments, so the same
decision serves the volumes already exported and the volumes planned (``planning.py``).

Order of the decision (each step cites the article that makes it):
1. no PI in the data: important data is still assessed; otherwise not applicable (2024
   Provisions Art. 3 names trade, transport, academic and manufacturing data as exempt);
2. nothing exported in the window and no important data: not applicable;
3. important data (declared, or automobile PI of more than 100,000 individuals) → assessment;
4. scenario exemptions (2024 Provisions Arts. 4, 5) and free-trade-zone lists (Art. 6);
5. CIIO → assessment; 6. volume thresholds; 7. small-volume exemption; 8. the contract band.
"""

from __future__ import annotations

from piplkit.assess.law.free_trade_zones import load_free_trade_zones
from piplkit.assess.law.models import Citation
from piplkit.assess.rules import transfer_deadlines as deadlines
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile, Transfer
from piplkit.assess.rules.registry import meets
from piplkit.assess.rules.result import Deadline, Route

EXEMPTION_PARAMETERS = {
    "contract_with_individual": "cross_border.exemption.contract_with_individual",
    "hr_management": "cross_border.exemption.hr_management",
    "emergency": "cross_border.exemption.emergency",
    "collected_abroad_returned": "cross_border.exemption.collected_abroad_returned",
}
AUTO_PI = "grading.automotive_important_pi_individuals"
FTZ = "cross_border.exemption.ftz_negative_list"

SA = "cac_sa_measures_2022"
SCC = "cac_scc_measures_2023"
PROV = "cac_cbdf_provisions_2024"


def purpose_exemption(transfer: Transfer, ctx: EvalContext) -> Citation | None:
    """The citation exempting this transfer's purpose on the as-of date, if any."""
    parameter = EXEMPTION_PARAMETERS.get(transfer.purpose)
    if parameter is None:
        return None
    pv = ctx.param(parameter)
    if pv is None or pv.value is not True:
        return None
    return ctx.cite(pv.instrument, pv.article, pv.verified, pv.note or "")


def outside_ftz_list(profile: Profile, transfer: Transfer, ctx: EvalContext) -> bool:
    """A non-CIIO in a zone with a list in force, whose data is stated to be outside it."""
    zone = profile.handler.free_trade_zone
    if zone is None or transfer.negative_list_categories != () or profile.handler.ciio:
        return False
    pv = ctx.param(FTZ)
    return bool(pv and pv.value) and load_free_trade_zones().list_on(zone, ctx.as_of) is not None


class Router:
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

    # -- the decision -----------------------------------------------------------------------
    def route(
        self, window_label: str, years: tuple[int, ...], agg_i: int, agg_s: int, own_i: int
    ) -> Route:
        ctx, h, t = self.ctx, self.profile.handler, self.t
        if not t.contains_personal_information:
            return self._without_pi(own_i)
        if own_i == 0 and not t.important_data:
            self.cite("pipl", "Art. 38")
            self.reasons.append(
                f"no individual's PI exported in the counting window ({window_label}: "
                f"{', '.join(map(str, years))}) and no important data"
            )
            return "not_applicable"
        if self._important_data(own_i):
            return "security_assessment"
        exemption = purpose_exemption(t, ctx)
        if exemption is not None:
            self.citations.append(exemption)
            self.reasons.append(
                f"purpose '{t.purpose}' is exempt from assessment, standard contract and "
                f"certification ({exemption.article})"
            )
            return "exempt"
        if t.purpose in EXEMPTION_PARAMETERS and ctx.param(EXEMPTION_PARAMETERS[t.purpose]):
            self.reasons.append(
                f"purpose '{t.purpose}' gives no exemption on {ctx.as_of} (scenario exemptions "
                "start with the 2024 Provisions)"
            )
        if self._free_trade_zone():
            return "exempt"
        if ctx.fact("handler.ciio", h.ciio):
            return self._ciio()
        return self._by_volume(window_label, agg_i, agg_s)

    def _by_volume(self, window_label: str, agg_i: int, agg_s: int) -> Route:
        ctx, h = self.ctx, self.profile.handler
        processed = ctx.param("cross_border.assessment.processed_individuals")
        if processed is not None and processed.value is not None:
            n = ctx.fact("handler.individuals_processed", h.individuals_processed)
            if n >= processed.value:
                self.cite(processed.instrument, processed.article)
                self.reasons.append(
                    f"handler processes PI of {n:,} individuals (≥ {processed.value:,})"
                )
                return self._assessment()
        pi_t = ctx.param("cross_border.assessment.exported_individuals")
        spi_t = ctx.param("cross_border.assessment.exported_sensitive_individuals")
        if pi_t is not None and pi_t.value is not None and agg_i >= pi_t.number:
            self.cite(pi_t.instrument, pi_t.article, pi_t.verified, pi_t.note or "")
            self.reasons.append(
                f"handler-wide {agg_i:,} individuals' PI exported {window_label} (≥ {pi_t.value:,})"
            )
            return self._assessment()
        if spi_t is not None and spi_t.value is not None and agg_s >= spi_t.number:
            self.cite(spi_t.instrument, spi_t.article, spi_t.verified, spi_t.note or "")
            self.reasons.append(
                f"handler-wide {agg_s:,} individuals' sensitive PI exported {window_label} "
                f"(≥ {spi_t.value:,})"
            )
            return self._assessment()
        small = ctx.param("cross_border.exemption.small_volume_individuals")
        if small is not None and small.value is not None and agg_i < small.number and agg_s == 0:
            self.cite(small.instrument, small.article)
            self.reasons.append(
                f"non-CIIO, handler-wide {agg_i:,} individuals' PI exported {window_label} "
                f"(< {small.value:,}) and no sensitive PI"
            )
            return "exempt"
        return self._contract_or_certification(window_label, agg_i, agg_s)

    def _without_pi(self, own_i: int) -> Route:
        ctx, t = self.ctx, self.t
        if self._important_data(own_i):
            return "security_assessment"
        pv = ctx.param("cross_border.exemption.no_pi_business_data")
        if t.purpose == "international_business" and pv is not None and pv.value:
            self.cite(pv.instrument, pv.article, pv.verified, pv.note or "")
            self.reasons.append(
                "business data without PI or important data (trade, transport, academic, "
                f"manufacturing or marketing): exempt ({pv.article})"
            )
            return "exempt"
        self.cite("pipl", "Art. 38")
        self.reasons.append(
            "no personal information and no important data: no PI export mechanism applies"
        )
        return "not_applicable"

    def _important_data(self, own_i: int) -> bool:
        ctx, t, h = self.ctx, self.t, self.profile.handler
        declared = ctx.fact(f"transfers[{t.name}].important_data", t.important_data)
        auto = None
        if not declared and h.automotive_data_handler:
            auto = ctx.param(AUTO_PI)
            if auto is None or not meets(own_i, auto, ctx.kb.parameters[AUTO_PI].comparison):
                auto = None
        if not declared and auto is None:
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
            if notified is None and auto is not None and not declared:
                ctx.flag(
                    "automobile PI as published important data",
                    PROV,
                    "Art. 2",
                    "the Automobile Data Provisions list such PI as important data; reading that "
                    "list as 'published' under Art. 2 is the stricter interpretation",
                )
            elif notified is None:
                self.reasons.append(
                    "important_data_notified not stated: treated as notified (the stricter reading)"
                )
        if auto is not None and not declared:
            self.cite(auto.instrument, auto.article, auto.verified, auto.note or "")
            self.reasons.append(
                f"automobile data handler: PI of {own_i:,} individuals (> {auto.value:,}) is "
                "important data"
            )
        if ctx.in_force(PROV):
            self.cite(PROV, "Art. 7(1)" if h.ciio else "Art. 7(2)")
        elif ctx.in_force(SA):
            self.cite(SA, "Art. 4(1)")
        else:
            self.cite(
                "dsl", "Art. 31", False, "export procedure for non-CIIO important data not yet set"
            )
            self.cite("csl", "Art. 37", False, "text not re-read")
        self.reasons.append("the transfer includes important data")
        deadlines.assessment_deadlines(self)
        return True

    def _free_trade_zone(self) -> bool:
        ctx, h, t = self.ctx, self.profile.handler, self.t
        zone = h.free_trade_zone
        if zone is None:
            return False
        pv = ctx.param(FTZ)
        if pv is None or not pv.value:
            return False
        lst = load_free_trade_zones().list_on(zone, ctx.as_of)
        if lst is None:
            self.reasons.append(f"the {zone} free trade zone has no negative list on {ctx.as_of}")
            return False
        cats = ctx.fact(f"transfers[{t.name}].negative_list_categories", t.negative_list_categories)
        short = ctx.kb.instrument(lst.instrument).short
        if cats is None:
            self.reasons.append(
                f"handler in the {zone} free trade zone: state negative_list_categories ([] if "
                f"the data is outside the {short}) to use {pv.article}"
            )
            return False
        if cats:
            self.cite(lst.instrument, "-")
            self.reasons.append(
                f"the data falls in the {short} ({', '.join(cats)}): the usual thresholds apply"
            )
            return False
        if h.ciio:
            self.reasons.append(
                f"CIIO: the {pv.article} exemption is not applied (Art. 7(1) requires an "
                "assessment for any PI a CIIO provides abroad)"
            )
            ctx.flag(
                "free trade zone lists and CIIOs",
                PROV,
                pv.article,
                "whether a CIIO's data outside a zone list is exempt is not stated; the "
                "stricter reading is applied",
            )
            return False
        self.cite(pv.instrument, pv.article, pv.verified, pv.note or "")
        self.cite(lst.instrument, "-", lst.verified, lst.note or "")
        self.reasons.append(
            f"data outside the {short}: exempt from assessment, standard contract and "
            f"certification ({pv.article})"
        )
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
        deadlines.assessment_deadlines(self)
        return "security_assessment"

    def _contract_or_certification(self, window_label: str, agg_i: int, agg_s: int) -> Route:
        ctx = self.ctx
        self.cite("pipl", "Art. 38")
        if ctx.in_force(PROV):
            self.cite(PROV, "Art. 8")
            self.reasons.append(
                f"handler-wide {agg_i:,} individuals' PI and {agg_s:,} individuals' sensitive PI "
                f"exported {window_label}: within the standard contract / certification band"
            )
        elif ctx.in_force(SCC):
            self.cite(SCC, "Art. 4")
            self.reasons.append(
                f"non-CIIO below the assessment thresholds ({agg_i:,} individuals, {agg_s:,} "
                f"sensitive, {window_label})"
            )
        elif ctx.in_force(SA) and ctx.in_force("pi_certification_rules_2022"):
            self.reasons.append(
                "below the assessment thresholds; the Standard Contract Measures take effect "
                "2023-06-01, so until then certification is the available mechanism"
            )
        elif ctx.in_force(SA):
            effective = ctx.kb.instrument("pi_certification_rules_2022").effective
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
        deadlines.scc_filing_deadline(self)
        deadlines.certificate_expiry(self)
        return "standard_contract_or_certification"
