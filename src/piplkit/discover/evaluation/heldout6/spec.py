"""The shape of a set-6 table: file, format, encoding, layout, and its columns with their gold.

A column is written ``(header, generator, gold)`` or ``(header, generator, gold, style)``; the
gold ``"-"`` means not PI. The header style is read from the spelling unless given: pinyin,
colloquial Chinese and vendor-prefixed headers cannot be told from the spelling, so those
columns name their style.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ColSpec = tuple[str, ...]

#: The header styles this set counts (docs/evaluation.md, set 6).
STYLES = (
    "zh_formal", "zh_colloquial", "zh_unit", "snake", "camel", "caps", "title", "vendor",
    "pinyin_initials", "pinyin_full", "opaque", "mixed",
)  # fmt: skip

_CJK = re.compile(r"[\u4e00-\u9fff]")
_OPAQUE = re.compile(r"^(col_?\d+|字段\d+|F\d{2}|field_?\d+|c\d+|Unnamed: \d+|列\d+)$")


@dataclass(frozen=True)
class Column:
    header: str
    gen: str
    gold: str | None
    style: str


@dataclass(frozen=True)
class Table:
    file: str
    domain: str
    columns: tuple[Column, ...]
    fmt: str = "csv"  # csv, tsv, xlsx, parquet, jsonl
    encoding: str | None = "utf-8"  # utf-8, utf-8-sig, gbk, gb18030 (csv/tsv only)
    sheet: str | None = None
    p_ages: tuple[int, int] = (20, 65)  # the row's subject
    q_ages: tuple[int, int] = (25, 60)  # a second person (guardian, staff, agent)
    title_rows: tuple[str, ...] = ()
    groups: tuple[tuple[str, int], ...] = ()  # merged cells above the header row
    totals_row: bool = False
    blank: float = 0.03  # share of placeholder cells per column
    quote_all: bool = False  # CSV/TSV with every field quoted
    has_pi: bool = True


def style_of(header: str) -> str:
    """The style label from the spelling alone."""
    if _OPAQUE.match(header):
        return "opaque"
    cjk = bool(_CJK.search(header))
    latin = bool(re.search(r"[A-Za-z]", header))
    if cjk and latin:
        return "mixed"
    if cjk:
        return "zh_unit" if re.search(r"[()（）\[\]【】/]", header) else "zh_formal"
    if " " in header.strip():
        return "title"
    if re.fullmatch(r"[A-Z0-9_]+", header):
        return "caps"
    if "_" in header:
        return "snake"
    if re.search(r"[a-z][A-Z]", header):
        return "camel"
    return "snake"  # a single lower-case word reads as a snake_case DB column


def table(file: str, domain: str, cols: list[ColSpec], **kw: object) -> Table:
    """A :class:`Table` from compact column tuples."""
    columns = []
    for spec in cols:
        header, gen, gold = spec[0], spec[1], spec[2]
        style = spec[3] if len(spec) > 3 else style_of(header)
        if style not in STYLES:
            raise ValueError(f"unknown header style {style!r} for {header!r}")
        columns.append(Column(header, gen, None if gold == "-" else gold, style))
    has_pi = any(c.gold not in (None, "cn_uscc") for c in columns)
    return Table(file=file, domain=domain, columns=tuple(columns), has_pi=has_pi, **kw)  # type: ignore[arg-type]


def format_label(table: Table) -> str:
    """The manifest's format of a table: ``csv_gbk``, ``tsv_utf-8``, ``xlsx``, ``parquet`` ..."""
    return f"{table.fmt}_{table.encoding}" if table.fmt in ("csv", "tsv") else table.fmt


def manifest_entry(table: Table, rows: int, columns: list[dict[str, Any]]) -> dict[str, Any]:
    """A table's manifest entry (sets 6 and 7 share this spec, so they share its layout)."""
    return {
        "file": table.file, "sheet": table.sheet if table.fmt == "xlsx" else None,
        "format": format_label(table),
        "encoding": table.encoding if table.fmt in ("csv", "tsv") else None,
        "delimiter": "\t" if table.fmt == "tsv" else ",", "domain": table.domain,
        "rows": rows, "has_pi": table.has_pi,
        "title_rows": len(table.title_rows) + (1 if table.groups else 0),
        "merged_groups": bool(table.groups), "totals_row": table.totals_row, "columns": columns,
    }  # fmt: skip


#: Gold types whose columns record the youngest birth in the manifest (the scorer's minors).
AGE_TYPES = frozenset({"cn_resident_id", "birth_date"})


def draw_rows(
    table: Table,
    rows: int,
    rng: Any,
    row_context: Callable[[int], Any],
    makers: list[Callable[[Any], Any]],
    placeholders: tuple[str, ...],
) -> tuple[list[list[Any]], list[dict[str, Any]]]:
    """A table's grid (header first) and its manifest columns, drawn row by row as sets 6, 7
    and 8 draw them: ``row_context(i)`` makes the row's people and context (with its ``p`` and
    ``q`` persons), each column's maker draws a value, and a cell is blanked with a placeholder
    at the table's blank rate (row numbers never). The youngest birth of a resident-ID or
    birth-date column is kept for the manifest, from the person (``p``, or ``q`` for makers
    ending in ``_q``) the value was made for."""
    grid: list[list[Any]] = [[c.header for c in table.columns]]
    youngest = [""] * len(table.columns)  # ISO dates compare as dates
    blanks = [0] * len(table.columns)
    for i in range(rows):
        ctx = row_context(i)
        row: list[Any] = []
        for j, (col, make) in enumerate(zip(table.columns, makers, strict=True)):
            value = make(ctx)
            if not col.gen.startswith("seq") and rng.random() < table.blank:
                row.append(rng.choice(placeholders))
                blanks[j] += 1
                continue
            row.append(value)
            if col.gold in AGE_TYPES:
                born = ctx.q.birth if col.gen.endswith("_q") else ctx.p.birth
                youngest[j] = max(born.isoformat(), youngest[j])
        grid.append(row)
    columns = [
        {"position": pos, "header": col.header, "gold": col.gold, "style": col.style,
         "generator": col.gen, "blank_rate": round(blanks[pos] / rows, 3) if rows else 0.0,
         "youngest_birth": youngest[pos] or None}
        for pos, col in enumerate(table.columns)
    ]  # fmt: skip
    return grid, columns


def draw_people_table(
    table: Table,
    rows: int,
    streams: tuple[Any, Any],
    *,
    resolve: Callable[[str], Callable[[Any], Any]],
    make_person: Callable[[Any, Any, Any, Any], Any],
    context: Callable[..., Any],
    placeholders: tuple[str, ...],
    reference_date: Any,
) -> tuple[list[list[Any]], dict[str, Any]]:
    """A table's grid and manifest entry as sets 6 to 9 build them: two persons a row (``p``
    and ``q``, of the table's age ranges) made by the set's own ``make_person``, the set's
    ``context`` around them, its makers (``resolve``) and placeholders. ``streams`` is the
    table's ``(random.Random, Faker)`` pair; each set seeds its own, so the bytes a set wrote
    before this function existed stay the same."""
    rng, fake = streams
    makers = [resolve(c.gen) for c in table.columns]

    def row_context(i: int) -> Any:
        p = make_person(rng, fake, reference_date, table.p_ages)
        q = make_person(rng, fake, reference_date, table.q_ages)
        return context(rng, fake, p, q, i, reference_date)

    grid, columns = draw_rows(table, rows, rng, row_context, makers, placeholders)
    return grid, manifest_entry(table, rows, columns)
