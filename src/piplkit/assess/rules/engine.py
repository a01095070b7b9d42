"""Evaluate a profile on a date: transfer routes, obligations, unverified facts, rule trace.

Pure: no I/O, no clock unless ``as_of`` is omitted. The same profile on two dates can be
compared with :func:`piplkit.assess.rules.diff.diff`.
"""

from __future__ import annotations

import datetime as dt

from piplkit.assess.law.kb import KnowledgeBase, load_knowledge_base
from piplkit.assess.rules.algorithms import ALGORITHMS
from piplkit.assess.rules.automotive import AUTOMOTIVE
from piplkit.assess.rules.context import EvalContext
from piplkit.assess.rules.cross_border import assess_transfers
from piplkit.assess.rules.filing import FILING
from piplkit.assess.rules.governance import GOVERNANCE
from piplkit.assess.rules.minors import MINORS
from piplkit.assess.rules.obligations import CORE
from piplkit.assess.rules.pipl_duties import DUTIES
from piplkit.assess.rules.profile import Profile, ProfileError, pipl_effective
from piplkit.assess.rules.registry import run_rules
from piplkit.assess.rules.result import Assessment
from piplkit.assess.rules.review import REVIEW

#: every obligation rule, in the order obligations are listed
RULE_SETS = (CORE, DUTIES, GOVERNANCE, MINORS, REVIEW, ALGORITHMS, AUTOMOTIVE, FILING)


def check_as_of(as_of: dt.date) -> None:
    if as_of < pipl_effective():
        raise ProfileError(
            "as_of",
            f"{as_of} is before PIPL took effect ({pipl_effective()}); piplkit does not "
            "assess earlier dates",
        )


def evaluate(
    profile: Profile, as_of: dt.date | None = None, kb: KnowledgeBase | None = None
) -> Assessment:
    """Every transfer route and obligation that applies to ``profile`` on ``as_of``."""
    day = as_of or dt.date.today()
    check_as_of(day)
    kb = kb or load_knowledge_base()
    ctx = EvalContext(kb, day)
    transfers = assess_transfers(profile, ctx)
    obligations = run_rules(RULE_SETS, profile, ctx, transfers)
    in_force = kb.in_force_ids(day)
    return Assessment(
        as_of=day,
        handler=profile.handler.name,
        in_force=in_force,
        transfers=tuple(transfers),
        obligations=tuple(obligations),
        unverified=ctx.unverified,
        trace=tuple(ctx.trace),
    )
