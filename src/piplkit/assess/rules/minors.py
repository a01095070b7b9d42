"""Minors' PI under the Regulations on the Protection of Minors Online (from 2024-01-01).

The Regulations speak of 未成年人, all minors under 18, not only children under 14 (whose PI
is sensitive and needs guardian consent under PIPL Arts. 28 and 31, in ``obligations.py``):
Art. 32 necessary PI only; Art. 34 requests by minors or guardians; Art. 35 incidents; Art. 36
least-privilege staff access; Art. 37 a compliance audit every year, reported to the CAC.
Text read in the LawRefBook mirror of the State Council text.
"""

from __future__ import annotations

from collections.abc import Sequence

from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.registry import RuleSet
from piplkit.assess.rules.result import Obligation, TransferResult

MINORS = RuleSet()
rule = MINORS.rule
REGS = "minors_online_regulations_2023"


def _minors(p: Profile, ctx: EvalContext) -> tuple[str, ...]:
    pr = p.processing
    facts = []
    if ctx.fact("processing.minors", pr.minors):
        facts.append("processing.minors")
    if ctx.fact("processing.minors_under_14", pr.minors_under_14):
        facts.append("processing.minors_under_14")
    return tuple(facts)


@rule("minors.compliance_audit", requires=(REGS,))
def annual_audit(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    why = _minors(p, ctx)
    if not why:
        return []
    years = ctx.param("minors.audit_interval_years")
    if years is None or years.value is None:
        return []
    return [
        Obligation(
            "minors.compliance_audit",
            "Audit the processing of minors' PI for compliance every year (in-house or by a "
            "professional institution) and report the audit to the CAC and other departments",
            "每年自行或者委托专业机构对处理未成年人个人信息遵守法律、行政法规的情况进行合规审计，并将审计情况及时报告网信等部门",
            (ctx.cite(years.instrument, years.article),),
            why,
            due="every year",
        )
    ]


@rule("minors.online_protection", requires=(REGS,))
def online_protection(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    why = _minors(p, ctx)
    if not why:
        return []
    return [
        Obligation(
            "minors.online_protection",
            "Minors' PI: only the necessary PI, and basic functions not refused for declining the "
            "rest; convenient access, copy, correction and deletion for minors and guardians "
            "(refusals in writing with reasons); on a leak, start the incident plan, report to "
            "the CAC and tell affected minors and guardians; least-privilege staff access with "
            "approval and logging",
            "仅处理必要个人信息，不得因拒绝非必要处理而拒绝提供基本功能服务；便利未成年人及其监护人查阅、复制、更正、补充、删除（拒绝的书面说明理由）；发生泄露等事件立即启动应急预案、及时向网信等部门报告并告知受影响的未成年人及其监护人；工作人员访问实行最小授权、审批并记录",
            (
                ctx.cite(REGS, "Art. 32"),
                ctx.cite(REGS, "Art. 34"),
                ctx.cite(REGS, "Art. 35"),
                ctx.cite(REGS, "Art. 36"),
            ),
            why,
        )
    ]
