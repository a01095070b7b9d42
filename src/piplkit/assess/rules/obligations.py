"""PIPL obligations of the processing itself: PIPIA, consent, notice, minors, special processing.

Small declarative functions from facts to obligations with citations (see
:mod:`piplkit.assess.rules.registry` for how rules are declared and run).
"""

from __future__ import annotations

from collections.abc import Sequence

from piplkit.assess.law.consent_purposes import BY_KEY, PURPOSES
from piplkit.assess.law.models import Citation
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.registry import RuleSet, active_transfers
from piplkit.assess.rules.result import Obligation, TransferResult

CORE = RuleSet()
rule = CORE.rule
_active_transfers = active_transfers


# -- PIPIA ---------------------------------------------------------------------------------
@rule("pipia")
def pipia(p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]) -> list[Obligation]:
    pr = p.processing
    cites: list[Citation] = []
    why: list[str] = []
    if ctx.fact("processing.sensitive_categories", list(pr.sensitive_categories)) or ctx.fact(
        "processing.minors_under_14", pr.minors_under_14
    ):
        cites.append(ctx.cite("pipl", "Art. 55(1)"))
        why.append("processing.sensitive_categories")
    if ctx.fact("processing.automated_decision_making", pr.automated_decision_making):
        cites.append(ctx.cite("pipl", "Art. 55(2)"))
        why.append("processing.automated_decision_making")
    sharing = [
        name
        for name, on in (
            ("processing.entrusted_processing", pr.entrusted_processing),
            ("processing.provides_to_other_handlers", pr.provides_to_other_handlers),
            ("processing.publishes_pi", pr.publishes_pi),
        )
        if ctx.fact(name, on)
    ]
    if sharing:
        cites.append(ctx.cite("pipl", "Art. 55(3)"))
        why += sharing
    active = _active_transfers(transfers)
    if active:
        cites.append(ctx.cite("pipl", "Art. 55(4)"))
        why += [f"transfers[{t.name}]" for t in active]
    frt = pr.facial_recognition
    if frt and frt.stored_individuals and ctx.in_force("frt_measures_2025"):
        cites.append(
            ctx.cite("frt_measures_2025", "processing rules", False, "article number not read")
        )
        why.append("processing.facial_recognition")
    if not cites:
        return []
    years = ctx.param("pipia.record_retention_years")
    assert years is not None and years.value is not None
    cites.append(ctx.cite("pipl", "Art. 56"))
    return [
        Obligation(
            "pipia",
            "Personal information protection impact assessment (PIPIA) before the processing",
            "事前进行个人信息保护影响评估",
            tuple(cites),
            tuple(why),
            due="before the processing starts",
        ),
        Obligation(
            "pipia.records",
            f"Keep PIPIA reports and processing records for at least {years.value} years",
            f"个人信息保护影响评估报告和处理情况记录至少保存{years.value}年",
            (years.citation,),
            tuple(why),
            due=f"retain ≥ {years.value} years",
        ),
    ]


# -- consent -------------------------------------------------------------------------------
#: The purposes the profile flags directly (``processing.<flag>``); sensitive PI and transfers
#: abroad follow from other facts below. Defined once in :mod:`piplkit.assess.law.consent_purposes`.
_SEPARATE_CONSENT = tuple(
    (flag, p.article, p.what_en, p.what_zh) for p in PURPOSES if (flag := p.profile_flag)
)


@rule("separate_consent")
def separate_consent(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    pr = p.processing
    if ctx.fact("processing.lawful_basis", pr.lawful_basis) != "consent":
        return []
    out: list[Obligation] = []
    for attr, article, what, what_zh in _SEPARATE_CONSENT:
        if ctx.fact(f"processing.{attr}", getattr(pr, attr)):
            out.append(
                Obligation(
                    f"separate_consent.{attr}",
                    f"Separate consent for {what}",
                    f"{what_zh}应取得单独同意",
                    (ctx.cite("pipl", article),),
                    (f"processing.{attr}", "processing.lawful_basis=consent"),
                    due="before the processing",
                )
            )
    if pr.sensitive_categories:
        out.append(
            Obligation(
                "separate_consent.sensitive_pi",
                "Separate consent for sensitive PI (written where laws require)",
                "处理敏感个人信息应取得单独同意",
                (ctx.cite("pipl", BY_KEY["sensitive_pi"].article),),
                ("processing.sensitive_categories", "processing.lawful_basis=consent"),
                due="before the processing",
            )
        )
    active = _active_transfers(transfers)
    if active:
        out.append(
            Obligation(
                "separate_consent.cross_border",
                "Separate consent for providing PI abroad",
                "向境外提供个人信息应取得单独同意",
                (ctx.cite("pipl", BY_KEY["cross_border"].article),),
                (*tuple(f"transfers[{t.name}]" for t in active), "processing.lawful_basis=consent"),
                due="before the transfer",
            )
        )
    frt = pr.facial_recognition
    if frt and frt.stored_individuals and ctx.in_force("frt_measures_2025"):
        out.append(
            Obligation(
                "separate_consent.facial_recognition",
                "Separate consent for processing face information",
                "基于个人同意处理人脸信息应取得单独同意",
                (
                    ctx.cite(
                        "frt_measures_2025", "processing rules", False, "article number not read"
                    ),
                ),
                ("processing.facial_recognition", "processing.lawful_basis=consent"),
                due="before the processing",
            )
        )
    return out


@rule("cross_border.notice")
def cross_border_notice(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    active = _active_transfers(transfers)
    if not active:
        return []
    return [
        Obligation(
            "cross_border.notice",
            "Inform individuals of the foreign recipient, purpose, method, PI categories and how "
            "to "
            "exercise rights against it",
            "告知境外接收方名称、联系方式、处理目的、处理方式、个人信息种类及行使权利的方式",
            (ctx.cite("pipl", "Art. 39"),),
            tuple(f"transfers[{t.name}]" for t in active),
            due="before the transfer",
        )
    ]


@rule("minors.guardian_consent")
def guardian_consent(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    if not ctx.fact("processing.minors_under_14", p.processing.minors_under_14):
        return []
    age = ctx.param("minors.guardian_consent_age")
    assert age is not None
    cites = [ctx.cite(age.instrument, age.article)]
    out = [
        Obligation(
            "minors.guardian_consent",
            f"Consent of a parent or guardian for PI of minors under {age.value}; special "
            "processing rules",
            f"处理不满{age.value}周岁未成年人个人信息应取得父母或其他监护人同意，并制定专门处理规则",
            tuple(cites),
            ("processing.minors_under_14",),
            due="before the processing",
        )
    ]
    if ctx.in_force("children_pi_provisions_2019") and ctx.fact(
        "handler.network_operator", p.handler.network_operator
    ):
        out.append(
            Obligation(
                "minors.children_rules_and_officer",
                "Dedicated children's PI rules and user agreement; designate a person responsible "
                "for children's PI",
                "制定专门的儿童个人信息保护规则和用户协议，并指定专人负责",
                (ctx.cite("children_pi_provisions_2019", "Art. 8"),),
                ("processing.minors_under_14", "handler.network_operator"),
            )
        )
    return out


# -- special processing ----------------------------------------------------------------------
@rule("automated_decision_making")
def automated_decisions(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    if not ctx.fact("processing.automated_decision_making", p.processing.automated_decision_making):
        return []
    return [
        Obligation(
            "automated_decision_making",
            "Transparent, fair automated decisions; non-personalised option or easy refusal for "
            "targeted push; explanation and refusal for decisions with significant impact",
            "自动化决策透明、公平公正；提供不针对个人特征的选项或便捷拒绝方式",
            (ctx.cite("pipl", "Art. 24"),),
            ("processing.automated_decision_making",),
        )
    ]


@rule("entrusted_processing")
def entrusted(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    if not ctx.fact("processing.entrusted_processing", p.processing.entrusted_processing):
        return []
    return [
        Obligation(
            "entrusted_processing",
            "Agreement with the entrusted party (purpose, term, method, PI categories, measures) "
            "and supervision; no sub-entrustment without consent",
            "与受托人约定委托处理的目的、期限、处理方式、个人信息种类、保护措施等，并监督",
            (ctx.cite("pipl", "Art. 21"),),
            ("processing.entrusted_processing",),
            due="before entrusting",
        )
    ]
