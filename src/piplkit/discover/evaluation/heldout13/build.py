"""Set 13 assembled: every report kind drawn in its variants (header spellings, formats, layouts,
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
from piplkit.discover.evaluation.heldout13.kinds import Kind, c, header_and_style
from piplkit.discover.evaluation.heldout13.kinds_a import KINDS_A
from piplkit.discover.evaluation.heldout13.kinds_b import KINDS_B
from piplkit.discover.evaluation.heldout13.kinds_c import NARROW, NO_PI, WIDE
from piplkit.discover.evaluation.heldout13.kinds_d import KINDS_D
from piplkit.discover.evaluation.heldout13.person import context, make_person
from piplkit.discover.evaluation.heldout13.values_biz import BIZ
from piplkit.discover.evaluation.heldout13.values_pi import PI
from piplkit.discover.evaluation.heldout_files import write_set

DEFAULT_SEED = 1320261207
REFERENCE_DATE = date(2026, 12, 7)
ROWS = 60
PLACEHOLDERS = ("", "-", "无", "N/A", "/", "——", " ")
FORMATS: tuple[tuple[str, str | None], ...] = (
    ("csv", "utf-8"), ("xlsx", None), ("csv", "utf-8-sig"), ("parquet", None),
    ("csv", "gb18030"), ("jsonl", None), ("tsv", "utf-8"), ("xlsx", None),
)  # fmt: skip
_EXT = {"csv": "csv", "tsv": "tsv", "xlsx": "xlsx", "parquet": "parquet", "jsonl": "jsonl"}
#: All-capital headers that are English abbreviations; other all-capital Latin headers of this
#: set are pinyin initials (``XM``, ``SFZH``).
_ENGLISH_CAPS = frozenset({
    "BIB", "NAME", "WAVE", "KTV", "IMEI", "IMSI", "QQ", "SKU", "EAN", "USCC", "ID", "UID", "BOX",
    "FEE", "DOB", "IPV6", "IP", "OAID",
})  # fmt: skip
_SUMMARY = (
    c("统计日期", "date"),
    c("门店", "store"),
    c("笔数", "int:count"),
    c("金额(元)", "num:amount"),
)
ALL_KINDS: list[Kind] = [*KINDS_A, *KINDS_B, *NO_PI, *WIDE, *NARROW, *KINDS_D]


def _style(header: str, named: str | None) -> str:
    if named:
        return named
    style = style_of(header)
    if style == "caps" and header not in _ENGLISH_CAPS and not re.fullmatch(r"Q\d", header):
        return "pinyin_initials"
    if style == "snake" and re.fullmatch(r"[A-Z][a-z]+", header):
        return "title"
    return style


def _specs(kind: Kind, k: int, drop: bool) -> list[tuple[str, str, str, str]]:
    rng = random.Random(f"{DEFAULT_SEED}:{kind.key}:{k}")
    out = []
    for col in kind.cols:
        if drop and k and rng.random() < 0.15:
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
            stem = kind.title if k % 2 == 0 else f"{kind.key}_{k + 1}"
            file = f"{stem}_{k + 1}.{_EXT[fmt]}" if k % 2 == 0 else f"{stem}.{_EXT[fmt]}"
            cols = _specs(kind, k, kind not in WIDE + NARROW and kind.key != "campus_survey")
            xl = fmt == "xlsx"
            amounts = any(g.startswith("num:") for _, g, _, _ in cols)
            half = len(cols) // 2
            groups = (("基本信息", half), ("业务信息", len(cols) - half))
            extra_sheet = xl and ki % 3 == 0 and kind in KINDS_A + KINDS_B + KINDS_D
            tables.append(table(
                file, kind.domain, list(cols), fmt=fmt, encoding=enc if not xl else None,
                sheet=("明细" if extra_sheet else kind.title[:28]) if xl else None,
                p_ages=kind.p_ages, q_ages=kind.q_ages,
                title_rows=(kind.title, "导出时间：2026-12-07 09:12") if xl and ki % 2 == 0 else (),
                groups=groups if xl and k == 3 and ki % 2 else (),
                totals_row=xl and k % 2 == 1 and amounts,
                blank=0.05 if k == 2 else 0.03,
                quote_all=fmt in ("csv", "tsv") and ki % 4 == 1,
            ))  # fmt: skip
            if extra_sheet:
                summary = [(h, g, gold, _style(h, None)) for col in _SUMMARY
                           for h, g, gold in [(col.headers[0], col.gen, col.gold)]]  # fmt: skip
                tables.append(table(file, "summary", list(summary), fmt="xlsx", encoding=None,
                                    sheet="汇总", totals_row=True, blank=0.0))  # fmt: skip
    return tables


def _resolve(gen: str) -> Any:
    return PI[gen] if gen in PI else BIZ[gen]


def generate(out: Path, seed: int = DEFAULT_SEED, rows: int = ROWS) -> dict[str, Any]:
    """Write the set into ``out`` and return its manifest."""
    built = []
    for idx, t in enumerate(all_tables()):
        fake = Faker("zh_CN")
        fake.seed_instance(seed + idx)
        streams = (random.Random(seed * 1000 + idx), fake)
        grid, entry = draw_people_table(
            t, rows, streams, resolve=_resolve, make_person=make_person, context=context,
            placeholders=PLACEHOLDERS, reference_date=REFERENCE_DATE,
        )  # fmt: skip
        built.append((t, grid, entry))
    header = {"name": "piplkit-business-columns", "seed": seed,
              "reference_date": REFERENCE_DATE.isoformat()}  # fmt: skip
    return write_set(out, built, writers, REFERENCE_DATE, header)
