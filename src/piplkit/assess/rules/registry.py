"""How obligation rules are declared, compared against thresholds and run on a date.

Each rule names the instruments that must be in force for it to apply (its effective window
follows from their dates) and returns zero or more ``Obligation`` objects saying which facts
triggered it, what is due and which articles say so. Rules live in one module per regime, each
with its own :class:`RuleSet`; the engine runs the sets in a fixed order, so the order of
obligations in every output is stable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from piplkit.assess.law.models import ParameterValue
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.profile import Profile
from piplkit.assess.rules.result import Obligation, TransferResult

Check = Callable[[Profile, EvalContext, Sequence[TransferResult]], list[Obligation]]


@dataclass(frozen=True)
class ObligationRule:
    id: str
    requires: tuple[str, ...]
    check: Check = field(repr=False)


class RuleSet:
    """An ordered group of rules; ``@rules.rule("id", requires=(...))`` registers one."""

    def __init__(self) -> None:
        self._rules: list[ObligationRule] = []

    def rule(self, rule_id: str, requires: tuple[str, ...] = ("pipl",)) -> Callable[[Check], Check]:
        def register(fn: Check) -> Check:
            self._rules.append(ObligationRule(rule_id, requires, fn))
            return fn

        return register

    def __iter__(self) -> Iterator[ObligationRule]:
        return iter(self._rules)


def meets(count: int, pv: ParameterValue, comparison: str | None) -> bool:
    """Whether ``count`` reaches the threshold ``pv`` under the parameter's ``comparison``.

    Chinese drafting decides the boundary: 以上/达到 include the number (gte), 超过 means
    strictly more (gt), 不满 excludes it (lt). A rule never hard-codes the operator.
    """
    if pv.value is None:
        return False
    threshold = pv.number
    if comparison == "gt":
        return count > threshold
    if comparison == "lt":
        return count < threshold
    return count >= threshold


def active_transfers(results: Sequence[TransferResult]) -> list[TransferResult]:
    return [r for r in results if r.route != "not_applicable"]


def run_rules(
    rule_sets: Sequence[RuleSet],
    profile: Profile,
    ctx: EvalContext,
    transfers: Sequence[TransferResult],
) -> list[Obligation]:
    """Evaluate every rule of ``rule_sets`` on ``ctx.as_of`` and collect its obligations."""
    out: list[Obligation] = []
    kb = ctx.kb
    live = ctx.live
    instruments = kb.instruments
    for rules in rule_sets:
        for r in rules:
            step = ctx.begin(r.id)
            missing = [i for i in r.requires if i not in live]
            if missing:
                for i in missing:
                    kb.instrument(i)  # KeyError on a typo: rules must require known law
                step.outcome = "not_in_force"
                step.detail = "not in force on the as-of date: " + ", ".join(missing)
                continue
            findings = r.check(profile, ctx, transfers)
            if not findings:
                continue
            effective = kb.latest_effective(r.requires) or ctx.as_of
            step.outcome = "triggered"
            step.detail = ", ".join(f.id for f in findings)
            for f in findings:
                start = effective
                for c in f.citations:
                    cited = instruments[c.instrument].effective
                    if cited is not None and cited > start:
                        start = cited
                out.append(f.with_effective_from(start))
    return out
