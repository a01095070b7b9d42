"""PIPL duties every handler carries, and those of large platforms and ordered audits.

PIPL Art. 17 (notice content), Art. 30 (the further notice for sensitive PI), Art. 51 (security
measures), Art. 58 (large platforms) and Art. 64 with the Compliance Audit Measures (audits an
authority orders). From 2025-01-01 NDSMR Art. 21 adds what published processing rules contain.
Wording of the PIPL and NDSMR articles was read in the LawRefBook mirror of the official texts.
"""

from __future__ import annotations

from collections.abc import Sequence

from piplkit.assess.law.models import Citation
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.registry import RuleSet
from piplkit.assess.rules.result import Obligation, TransferResult

DUTIES = RuleSet()
rule = DUTIES.rule


@rule("notice")
def notice(p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]) -> list[Obligation]:
    cites: list[Citation] = [ctx.cite("pipl", "Art. 17")]
    why = ["handler (every PI handler)"]
    title = (
        "Tell individuals, before processing, the handler's name and contact, the purposes, "
        "methods, PI categories and retention, and how to exercise their rights; notify changes"
    )
    title_zh = (
        "处理前告知处理者名称和联系方式、处理目的、处理方式、个人信息种类、保存期限"
        "及行使权利的方式，变更时告知"
    )
    if ctx.fact("processing.sensitive_categories", list(p.processing.sensitive_categories)):
        cites.append(ctx.cite("pipl", "Art. 30"))
        why = ["processing.sensitive_categories"]
        title += "; for sensitive PI also why it is necessary and its impact on their rights"
        title_zh += "；处理敏感个人信息的，还应告知必要性及对个人权益的影响"
    if ctx.in_force("ndsmr"):
        cites.append(ctx.cite("ndsmr", "Art. 21"))
        title += (
            "; published processing rules are shown together, easy to reach, and list the "
            "purposes, categories and recipients"
        )
        title_zh += "；个人信息处理规则应集中公开展示、易于访问，并以清单等形式列明"
    return [
        Obligation("notice", title, title_zh, tuple(cites), tuple(why), due="before the processing")
    ]


@rule("security_measures")
def security_measures(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    return [
        Obligation(
            "security_measures",
            "Internal rules and procedures, classified management of PI, encryption and "
            "de-identification, access rights and regular training, an incident response plan",
            "制定内部管理制度和操作规程，实行分类管理，采取加密、去标识化等安全技术措施，合理确定操作权限并定期培训，制定并组织实施个人信息安全事件应急预案",
            (ctx.cite("pipl", "Art. 51"),),
            ("handler (every PI handler)",),
        )
    ]


@rule("large_platform")
def large_platform(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    if not ctx.fact("handler.large_platform", p.handler.large_platform):
        return []
    return [
        Obligation(
            "large_platform",
            "Large platform duties: a PI protection compliance system with an independent body "
            "mostly of external members; fair platform rules; stop serving in-platform providers "
            "that seriously break the law; publish PI protection social-responsibility reports "
            "regularly",
            "建立健全个人信息保护合规制度体系，成立主要由外部成员组成的独立机构进行监督；制定平台规则；对严重违法的平台内产品或者服务提供者停止提供服务；定期发布个人信息保护社会责任报告",
            (ctx.cite("pipl", "Art. 58"),),
            ("handler.large_platform",),
            due="periodically (social-responsibility reports)",
        )
    ]


@rule("compliance_audit.ordered")
def ordered_audit(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    ordered = ctx.fact("handler.audit_ordered_on", p.handler.audit_ordered_on)
    if ordered is None or ordered > ctx.as_of:
        return []
    cites = [ctx.cite("pipl", "Art. 64")]
    if ctx.in_force("pi_audit_measures_2025"):
        cites.append(
            ctx.cite(
                "pi_audit_measures_2025",
                "Art. 5",
                False,
                "the grounds (serious risks, many individuals' rights, incidents) are reported by "
                "official summaries; the article text and its numbers were not read",
            )
        )
    return [
        Obligation(
            "compliance_audit.ordered",
            "Have a professional institution audit the PI processing as the authority required, "
            "and rectify what it finds",
            "按照履行个人信息保护职责的部门的要求，委托专业机构对个人信息处理活动进行合规审计，并进行整改",
            tuple(cites),
            (f"handler.audit_ordered_on={ordered}",),
            due=f"as the authority required (ordered {ordered})",
        )
    ]
