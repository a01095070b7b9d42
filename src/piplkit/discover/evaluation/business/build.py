"""Building one table from its template: column plans, rows of coherent people, dirty cells.

Each table has its own seed (derived from the set's seed and the table's name), so adding a
domain or changing one template leaves every other table byte-identical.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from piplkit.discover.evaluation.business.context import CellValue, Ctx
from piplkit.discover.evaluation.business.fakerpool import PooledFaker
from piplkit.discover.evaluation.business.headers import (
    TableHeaderPlan,
    choose_style,
    name_column,
    plan_table,
)
from piplkit.discover.evaluation.business.kind_registry import registry
from piplkit.discover.evaluation.business.kinds import Kind, KindDataError, Variant
from piplkit.discover.evaluation.business.kinds_plain import MUST_PIN
from piplkit.discover.evaluation.business.person import make_person
from piplkit.discover.evaluation.business.templates import ColumnSpec, Domain, TableTemplate

#: How systems write an empty cell; one habit per column, as one system writes one way.
NULL_TOKENS: tuple[str, ...] = ("", "", "", "无", "-", "NULL", "N/A", "未知", " ", "null", "/")
#: Gold types whose cells carry a birth date (resident IDs, birth dates): minors are judged on them.
AGE_TYPES = frozenset({"cn_resident_id", "birth_date"})


@dataclass(slots=True)
class ColumnPlan:
    position: int
    spec: ColumnSpec
    kind: Kind
    variant: Variant
    header: str
    style: str
    noise: list[str]
    blank_rate: float
    null_token: str
    malformed_rate: float
    youngest_birth: date | None = None
    state: dict[str, Any] = field(default_factory=dict)

    @property
    def gold(self) -> str | None:
        return self.kind.gold


@dataclass(slots=True)
class BuiltTable:
    domain: Domain
    template: TableTemplate
    header_plan: TableHeaderPlan
    columns: list[ColumnPlan]
    rows: list[list[CellValue]]


def table_seed(seed: int, domain: str, table: str) -> int:
    digest = hashlib.sha256(f"{seed}/{domain}/{table}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _pick_variant(rng: random.Random, kind: Kind, pinned: str | None) -> Variant:
    if pinned is None and kind.id in MUST_PIN:
        raise KindDataError(f"column kind {kind.id!r} needs a pinned variant in its template")
    if pinned is not None:
        for variant in kind.variants:
            if variant.name == pinned:
                return variant
        raise KindDataError(f"column kind {kind.id!r} has no variant {pinned!r}")
    return rng.choices(kind.variants, weights=[v.weight for v in kind.variants])[0]


def plan_columns(
    rng: random.Random, domain: Domain, template: TableTemplate
) -> tuple[TableHeaderPlan, list[ColumnPlan]]:
    kinds = registry()
    header_plan = plan_table(rng, domain.styles)
    plans = []
    for position, spec in enumerate(template.columns):
        kind = kinds[spec.kind]
        variant = _pick_variant(rng, kind, spec.variant)
        style = choose_style(rng, header_plan, kind, spec, variant)
        header, style, noise = name_column(rng, header_plan, kind, spec, style, position)
        blank = (
            spec.blank if spec.blank is not None else rng.choice((0.0, 0.0, 0.01, 0.02, 0.04, 0.07))
        )
        malformed = 0.004 if kind.gold and variant.dtype == "str" and rng.random() < 0.5 else 0.0
        plans.append(
            ColumnPlan(
                position,
                spec,
                kind,
                variant,
                header,
                style,
                noise,
                blank,
                rng.choice(NULL_TOKENS),
                malformed,
            )
        )
    return header_plan, plans


_YMD = re.compile(r"^(\d{4})\D?(\d{1,2})\D?(\d{1,2})")


def birth_in(value: CellValue, gold: str | None) -> date | None:
    """The birth date a resident ID or birth-date cell states (``None`` when unreadable)."""
    try:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if not isinstance(value, str):
            return None
        if gold == "cn_resident_id":
            if len(value) == 18:
                return date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
            if len(value) == 15:
                return date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))
            return None
        found = _YMD.match(value)
        return date(*map(int, found.groups())) if found else None
    except ValueError:
        return None


def _malform(rng: random.Random, value: str) -> str:
    """A damaged value as found in exports: cut short, a stray space, a doubled character."""
    if len(value) < 4:
        return value
    how = rng.randrange(3)
    if how == 0:
        return value[: -rng.randint(1, 3)]
    if how == 1:
        cut = rng.randrange(1, len(value) - 1)
        return value[:cut] + " " + value[cut:]
    return value + value[-1]


def build_table(
    seed: int, domain: Domain, template: TableTemplate, reference: date, rows: int | None
) -> BuiltTable:
    rng = random.Random(table_seed(seed, domain.id, template.name))
    fake = PooledFaker(rng, seed)
    n_rows = rows if rows is not None else rng.randint(200, 800)
    header_plan, columns = plan_columns(rng, domain, template)
    low, high = domain.ages
    out: list[list[CellValue]] = []
    for _ in range(n_rows):
        ctx = Ctx(rng, fake, make_person(rng, fake, reference, low, high), reference)
        row: list[CellValue] = []
        for col in columns:
            ctx.column = col.state
            value = col.variant.make(ctx)
            roll = rng.random()
            if roll < col.blank_rate:
                value = col.null_token if rng.random() < 0.9 else rng.choice(NULL_TOKENS)
            elif roll < col.blank_rate + col.malformed_rate and isinstance(value, str):
                value = _malform(rng, value)
            if col.gold in AGE_TYPES:  # judged on what the file holds, after the dirt
                born = birth_in(value, col.gold)
                if born is not None and (col.youngest_birth is None or born > col.youngest_birth):
                    col.youngest_birth = born
            row.append(value)
        out.append(row)
    return BuiltTable(domain, template, header_plan, columns, out)
