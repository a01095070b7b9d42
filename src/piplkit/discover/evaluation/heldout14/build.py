"""Set 14 assembled: every report kind drawn in its variants (header spellings, formats, layouts,
a few columns left out), then written with set 7's writers into one folder with its manifest.

Each table has its own ``random.Random`` and seeded Faker, so one seed writes the same bytes and
a table does not change when another is added."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

from faker import Faker

from piplkit.discover.evaluation.heldout6.spec import Table, draw_people_table, style_of, table
from piplkit.discover.evaluation.heldout7 import writers
from piplkit.discover.evaluation.heldout14.kinds import Kind, header_and_style
from piplkit.discover.evaluation.heldout14.kinds_a import KINDS_A
from piplkit.discover.evaluation.heldout14.kinds_b import KINDS_B
from piplkit.discover.evaluation.heldout14.kinds_c import KINDS_C
from piplkit.discover.evaluation.heldout14.kinds_d import NARROW, NO_PI, WIDE
from piplkit.discover.evaluation.heldout14.person import context, make_person
from piplkit.discover.evaluation.heldout14.values_biz import resolve
from piplkit.discover.evaluation.heldout_files import write_set

DEFAULT_SEED = 1420261207
REFERENCE_DATE = date(2026, 12, 7)
ROWS = 60
PLACEHOLDERS = ("", "-", "无", "N/A", "/", "——", " ")
FORMATS: tuple[tuple[str, str | None], ...] = (
    ("csv", "utf-8"), ("xlsx", None), ("csv", "gb18030"), ("parquet", None),
    ("csv", "utf-8-sig"), ("jsonl", None), ("tsv", "utf-8"),
)  # fmt: skip
ALL_KINDS: list[Kind] = [*KINDS_A, *KINDS_B, *KINDS_C, *NO_PI, *WIDE, *NARROW]
_SUMMARY = (
    ("日期", "date"),
    ("门店", "store"),
    ("笔数", "int:1-300"),
    ("金额(元)", "num:100-99999"),
)


def _style(header: str, named: str | None) -> str:
    if named:
        return named
    style = style_of(header)
    if style == "snake" and re.fullmatch(r"[A-Z][a-z]+", header):
        return "title"
    return style


def _specs(kind: Kind, k: int, drop: bool) -> list[tuple[str, ...]]:
    rng = random.Random(f"{DEFAULT_SEED}:{kind.key}:{k}")
    out: list[tuple[str, ...]] = []
    for col in kind.cols:
        if drop and k and rng.random() < 0.12:
            continue
        header, named = header_and_style(col.headers[k % len(col.headers)])
        out.append((header, col.gen, col.gold, _style(header, named)))
    return out


def all_tables() -> list[Table]:
    """Every table of the set, in build order (the manifest's order)."""
    tables: list[Table] = []
    n = 0
    for ki, kind in enumerate(ALL_KINDS):
        for k in range(kind.variants):
            fmt, enc = FORMATS[n % len(FORMATS)]
            n += 1
            xl = fmt == "xlsx"
            file = f"{kind.title}_{k + 1}.{fmt}" if k % 2 == 0 else f"{kind.key}_v{k + 1}.{fmt}"
            cols = _specs(kind, k, kind not in WIDE + NARROW)
            amounts = any(g.startswith("num:") for _, g, *_ in cols)
            half = len(cols) // 2
            extra = xl and ki % 3 == 0 and kind not in NARROW
            tables.append(table(
                file, kind.domain, cols, fmt=fmt, encoding=None if xl else enc,
                sheet=("明细" if extra else kind.title[:28]) if xl else None,
                p_ages=kind.p_ages, q_ages=kind.q_ages,
                title_rows=(kind.title, "导出时间：2026-12-07 08:30", "注：仅限内部使用")
                if xl and ki % 2 == 0 else (),
                groups=(("基本信息", half), ("业务信息", len(cols) - half)) if xl and ki % 4 == 1
                else (),
                totals_row=xl and k % 2 == 1 and amounts,
                blank=0.05 if k == 2 else 0.03,
                quote_all=fmt in ("csv", "tsv") and ki % 4 == 2,
            ))  # fmt: skip
            if extra:
                summary: list[tuple[str, ...]] = [(h, g, "-", _style(h, None)) for h, g in _SUMMARY]
                tables.append(table(file, "summary", summary, fmt="xlsx", encoding=None,
                                    sheet="汇总", totals_row=True, blank=0.0))  # fmt: skip
    return tables


def generate(out: Path, seed: int = DEFAULT_SEED, rows: int = ROWS) -> dict[str, Any]:
    """Write the set into ``out`` and return its manifest."""
    built = []
    for idx, t in enumerate(all_tables()):
        fake = Faker("zh_CN")
        fake.seed_instance(seed + idx)
        streams = (random.Random(seed * 1000 + idx), fake)
        grid, entry = draw_people_table(
            t, rows, streams, resolve=resolve, make_person=make_person, context=context,
            placeholders=PLACEHOLDERS, reference_date=REFERENCE_DATE,
        )  # fmt: skip
        built.append((t, grid, entry))
    header = {"name": "piplkit-business-columns", "seed": seed,
              "reference_date": REFERENCE_DATE.isoformat()}  # fmt: skip
    return write_set(out, built, writers, REFERENCE_DATE, header)
