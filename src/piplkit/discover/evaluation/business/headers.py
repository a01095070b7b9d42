"""Header styles and noise: how one table's columns get their names.

A system writes its headers mostly in one style (the table's *dominant* style, drawn from its
domain's habits) with strays in others; a share of value-decidable columns gets an opaque name
in the table's own opaque scheme (``col_7``, ``字段12``, ``F5`` …). Noise as seen in exports:
trailing spaces, full-width brackets around units, upper-case Oracle names, a SQL alias prefix.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from piplkit.discover.evaluation.business.kinds import NAMED_STYLES, Kind, Variant
from piplkit.discover.evaluation.business.templates import ColumnSpec

#: Chance a column follows the table's dominant style.
DOMINANT_SHARE = 0.65
#: Chance a value-decidable column is named opaquely (about 15 % of all columns).
OPAQUE_SHARE = 0.18

_OPAQUE_SCHEMES = (
    lambda i: f"col_{i + 1}",
    lambda i: f"field{i + 1}",
    lambda i: f"字段{i + 1}",
    lambda i: f"F{i + 1}",
    lambda i: f"c{i + 1:02d}",
    lambda i: f"Column{i + 1}",
    lambda i: f"Unnamed: {i}",
    lambda i: f"COL{i + 1:03d}",
)


@dataclass(slots=True)
class TableHeaderPlan:
    """Per-table choices: dominant style, opaque scheme, noise habits."""

    dominant: str
    opaque_scheme: int
    upper_snake: bool
    alias: str | None
    fullwidth: bool
    used: set[str] = field(default_factory=set)


def plan_table(rng: random.Random, style_weights: dict[str, float]) -> TableHeaderPlan:
    styles = list(style_weights)
    dominant = rng.choices(styles, weights=[style_weights[s] for s in styles])[0]
    return TableHeaderPlan(
        dominant=dominant,
        opaque_scheme=rng.randrange(len(_OPAQUE_SCHEMES)),
        upper_snake=rng.random() < 0.3,
        alias=rng.choice(("t.", "a.", "t1.")) if rng.random() < 0.08 else None,
        fullwidth=rng.random() < 0.4,
    )


def _pools(kind: Kind, spec: ColumnSpec) -> dict[str, tuple[str, ...]]:
    return {**kind.headers, **spec.headers}


def choose_style(
    rng: random.Random, plan: TableHeaderPlan, kind: Kind, spec: ColumnSpec, variant: Variant
) -> str:
    if variant.decidable and rng.random() < OPAQUE_SHARE:
        return "opaque"
    pools = _pools(kind, spec)
    if plan.dominant in pools and rng.random() < DOMINANT_SHARE:
        return plan.dominant
    return rng.choice([s for s in NAMED_STYLES if s in pools])


def name_column(
    rng: random.Random,
    plan: TableHeaderPlan,
    kind: Kind,
    spec: ColumnSpec,
    style: str,
    position: int,
) -> tuple[str, str, list[str]]:
    """``(header, style actually used, noise tags)``; headers are unique within the table."""
    noise: list[str] = []
    header: str | None
    if style == "opaque":
        header = _OPAQUE_SCHEMES[plan.opaque_scheme](position)
    else:
        header = _draw_unique(rng, plan, _pools(kind, spec), style)
        if header is None:  # every header of that style taken: any other style of the kind
            for other in NAMED_STYLES:
                header = _draw_unique(rng, plan, _pools(kind, spec), other)
                if header is not None:
                    style = other
                    break
        if header is None:
            base = rng.choice(_pools(kind, spec)[style])
            header = next(f"{base}{n}" for n in range(2, 99) if _key(f"{base}{n}") not in plan.used)
        if style == "en_snake":
            if plan.upper_snake:
                header, noise = header.upper(), [*noise, "upper_case"]
            if plan.alias:
                header, noise = plan.alias + header, [*noise, "sql_alias"]
        if plan.fullwidth and "(" in header:
            header, noise = (
                header.replace("(", "（").replace(")", "）"),
                [*noise, "fullwidth_brackets"],
            )
        if "(" in header or "（" in header:
            noise.append("unit_in_header")
    plan.used.add(_key(header))
    if rng.random() < 0.04:
        header, noise = header + rng.choice((" ", "  ")), [*noise, "trailing_space"]
    return header, style, noise


def _key(header: str) -> str:
    return header.strip().lower()


def _draw_unique(
    rng: random.Random, plan: TableHeaderPlan, pools: dict[str, tuple[str, ...]], style: str
) -> str | None:
    options = [h for h in pools.get(style, ()) if _key(_decorated(plan, style, h)) not in plan.used]
    return rng.choice(options) if options else None


def _decorated(plan: TableHeaderPlan, style: str, header: str) -> str:
    if style == "en_snake":
        header = (plan.alias or "") + (header.upper() if plan.upper_snake else header)
    if plan.fullwidth:
        header = header.replace("(", "（").replace(")", "）")
    return header


def diversify_styles(tables: list[Any], seed: int, min_styles: int = 3) -> None:
    """Give every gold type at least ``min_styles`` header styles across the set (or one per
    column when it has fewer columns), renaming columns whose style another column of the
    same type already shows. Values are untouched; only headers change, with their own seed."""
    rng = random.Random(seed ^ 0xD1CE)
    by_gold: dict[str, list[tuple[Any, Any]]] = {}
    for table in tables:
        for col in table.columns:
            by_gold.setdefault(col.gold or "", []).append((table, col))
    for gold in sorted(by_gold):
        members = by_gold[gold]
        want = min(min_styles, len(members))
        counts = Counter(col.style for _, col in members)
        candidates = [(t, c) for t, c in members if c.style != "opaque"]
        while len(counts) < want:
            shared = [(t, c) for t, c in candidates if counts[c.style] > 1]
            if not shared:
                break
            table, col = rng.choice(shared)
            pools = _pools(col.kind, col.spec)
            fresh = [s for s in NAMED_STYLES if s not in counts and s in pools]
            candidates.remove((table, col))
            if not fresh:
                continue
            counts[col.style] -= 1
            table.header_plan.used.discard(_key(col.header))
            header, style, noise = name_column(
                rng, table.header_plan, col.kind, col.spec, rng.choice(fresh), col.position
            )
            col.header, col.style, col.noise = header, style, noise
            counts[style] += 1
