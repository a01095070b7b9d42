"""Cybersecurity review: listing abroad by large online platforms; CIIO procurement.

Cybersecurity Review Measures (2022) Art. 7: an online platform operator holding PI of more
than 1 million users (超过, strictly more) must apply for review before listing abroad; the
2020 Measures in force until 2022-02-14 had no such trigger. A CIIO procuring network products
or services that affect or may affect national security applies for review (both editions).
"""

from __future__ import annotations

from collections.abc import Sequence

from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.registry import RuleSet, meets
from piplkit.assess.rules.result import Obligation, TransferResult

REVIEW = RuleSet()
rule = REVIEW.rule
USERS = "review.foreign_listing_users"


@rule("cybersecurity_review.foreign_listing", requires=("cybersecurity_review_measures_2022",))
def foreign_listing(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    h = p.handler
    if not (
        ctx.fact("handler.online_platform", h.online_platform)
        and ctx.fact("handler.plans_foreign_listing", h.plans_foreign_listing)
    ):
        return []
    threshold = ctx.param(USERS)
    users = ctx.fact("handler.individuals_processed", h.individuals_processed)
    if threshold is None or not meets(users, threshold, ctx.kb.parameters[USERS].comparison):
        return []
    return [
        Obligation(
            "cybersecurity_review.foreign_listing",
            f"Apply to the Cybersecurity Review Office for a cybersecurity review before listing "
            f"abroad (PI of more than {threshold.value:,} users)",
            "掌握超过100万用户个人信息的网络平台运营者赴国外上市，向网络安全审查办公室申报网络安全审查",
            (ctx.cite(threshold.instrument, threshold.article),),
            (
                "handler.online_platform",
                "handler.plans_foreign_listing",
                f"handler.individuals_processed={users}",
            ),
            due="before applying to list abroad",
        )
    ]


@rule("cybersecurity_review.ciio_procurement", requires=("csl",))
def ciio_procurement(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    h = p.handler
    if not (
        ctx.fact("handler.ciio", h.ciio)
        and ctx.fact(
            "handler.ciio_procurement_national_security_risk",
            h.ciio_procurement_national_security_risk,
        )
    ):
        return []
    measures = (
        "cybersecurity_review_measures_2022"
        if ctx.in_force("cybersecurity_review_measures_2022")
        else "cybersecurity_review_measures_2020"
    )
    if not ctx.in_force(measures):
        return []
    return [
        Obligation(
            "cybersecurity_review.ciio_procurement",
            "Apply for cybersecurity review of network products and services that affect or may "
            "affect national security before procuring them",
            "关键信息基础设施运营者采购影响或者可能影响国家安全的网络产品和服务，应当申报网络安全审查",
            (
                ctx.cite("csl", "Art. 35", False, "article number of the 2017 text; not re-read"),
                ctx.cite(measures, "Art. 5", False, "article text not read; rule as summarised"),
            ),
            ("handler.ciio", "handler.ciio_procurement_national_security_risk"),
            due="before the procurement",
        )
    ]
