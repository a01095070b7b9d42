"""Obligations that follow from each transfer's route: the filing or assessment itself.

The route decision is in :mod:`piplkit.rules.cross_border`; this turns each transfer that needs
an assessment or a standard contract into one obligation, dated by its earliest deadline.
"""

from __future__ import annotations

from collections.abc import Sequence

from piplkit.rules.context import EvalContext
from piplkit.rules.profile import Profile
from piplkit.rules.registry import RuleSet
from piplkit.rules.result import Obligation, TransferResult

FILING = RuleSet()
rule = FILING.rule


@rule("cross_border.route")
def route_obligations(
    p: Profile, ctx: EvalContext, transfers: Sequence[TransferResult]
) -> list[Obligation]:
    out: list[Obligation] = []
    for t in transfers:
        if t.route not in ("security_assessment", "standard_contract_or_certification"):
            continue
        dated = [d for d in t.deadlines if d.due is not None]
        due = "; ".join(f"{d.what}: {d.rule}" for d in t.deadlines) or None
        if t.route == "security_assessment":
            title, title_zh = "Pass the CAC security assessment", "申报数据出境安全评估"
        else:
            title = (
                "Conclude and file the CAC standard contract, or obtain PI protection certification"
            )
            title_zh = "订立个人信息出境标准合同并备案，或通过个人信息保护认证"
        out.append(
            Obligation(
                f"cross_border.{t.route}[{t.name}]",
                f"{title} — {t.name}",
                f"{title_zh}——{t.name}",
                t.citations,
                (f"transfers[{t.name}]",),
                due=due,
                due_date=min((d.due for d in dated), default=None),
            )
        )
    return out
