"""Set 15 assembled: every report kind drawn in its variants (header spelling, format, layout),
then written with set 7's writers into one folder with its manifest.

Each table has its own ``random.Random`` and seeded Faker (from the seed, the kind and the
variant), so one seed writes the same bytes and a table does not change when another is added."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout6.spec import Table, draw_people_table, style_of, table
from piplkit.discover.evaluation.heldout7 import writers
from piplkit.discover.evaluation.heldout15.headers import render
from piplkit.discover.evaluation.heldout15.kinds import Kind, variant
from piplkit.discover.evaluation.heldout15.kinds_a import KINDS_A
from piplkit.discover.evaluation.heldout15.kinds_b import KINDS_B
from piplkit.discover.evaluation.heldout15.kinds_c import KINDS_C
from piplkit.discover.evaluation.heldout15.kinds_d import NARROW, NO_PI, WIDE
from piplkit.discover.evaluation.heldout15.person import context, make_person
from piplkit.discover.evaluation.heldout15.values_biz import resolve
from piplkit.discover.evaluation.heldout_files import write_set

DEFAULT_SEED = 1520261207
REFERENCE_DATE = date(2026, 12, 7)
ROWS = 60
PLACEHOLDERS = ("", "-", "无", "N/A", "/", "NULL", "——", "暂无", " ")
ALL_KINDS: list[Kind] = [*KINDS_A, *KINDS_B, *KINDS_C, *WIDE, *NARROW, *NO_PI]
_GROUP_LABELS = ("基本信息", "业务信息", "其他")


def _groups(n: int) -> tuple[tuple[str, int], ...]:
    first = max(1, n // 3)
    second = max(1, (n - first) // 2)
    return ((_GROUP_LABELS[0], first), (_GROUP_LABELS[1], second),
            (_GROUP_LABELS[2], n - first - second))  # fmt: skip


def _title_rows(kind: Kind, k: int) -> tuple[str, ...]:
    rows = (kind.title, f"导出时间：{REFERENCE_DATE:%Y-%m-%d} 09:{10 + k:02d}  导出人：admin")
    return (*rows, "说明：本表仅供内部核对，请勿外传") if k % 2 else rows


def build_table(kind: Kind, k: int) -> Table:
    """The ``k``-th export of ``kind`` as a set-6 :class:`Table` (headers rendered, styles
    named)."""
    v = variant(kind, k)
    rng = random.Random(f"{DEFAULT_SEED}:{kind.key}:{k}:headers")
    specs: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for pos, col in enumerate(kind.cols):
        header, style = render(col, v.mode, v.opaque, pos, rng, kind.key)
        while header in seen:
            header += "2"
            style = style_of(header)
        seen.add(header)
        specs.append((header, col[3], col[4], style))
    extra: dict[str, Any] = {}
    if v.title:
        extra["title_rows"] = _title_rows(kind, k)
    if v.groups:
        extra["groups"] = _groups(len(specs))
    return table(
        v.file, kind.domain, specs, fmt=v.fmt, encoding=v.encoding, sheet=v.sheet,
        p_ages=kind.p_ages, q_ages=kind.q_ages, totals_row=v.totals, quote_all=v.quote,
        blank=kind.blank, **extra,
    )  # fmt: skip


def all_tables() -> list[Table]:
    return [build_table(kd, k) for kd in ALL_KINDS for k in range(len(kd.variants))]


def _streams(seed: int, kind: Kind, k: int) -> tuple[random.Random, Any]:
    rng = random.Random(f"{seed}:{kind.key}:{k}")
    fake = Faker("zh_CN")
    fake.seed_instance(rng.randrange(2**31))
    return rng, fake


def generate(out: Path, seed: int = DEFAULT_SEED, rows: int = ROWS) -> dict[str, Any]:
    """Write set 15 into ``out`` and return its manifest."""
    built = []
    for kd in ALL_KINDS:
        for k in range(len(kd.variants)):
            tab = build_table(kd, k)
            grid, entry = draw_people_table(
                tab, rows, _streams(seed, kd, k), resolve=resolve, make_person=make_person,
                context=context, placeholders=PLACEHOLDERS, reference_date=REFERENCE_DATE,
            )  # fmt: skip
            built.append((tab, grid, entry))
    header = {"name": "piplkit-business-columns", "seed": seed,
              "reference_date": REFERENCE_DATE.isoformat(), "set": "heldout15"}  # fmt: skip
    return write_set(Path(out), built, writers, REFERENCE_DATE, header)
