"""The shape of a set-6 table: file, format, encoding, layout, and its columns with their gold.

A column is written ``(header, generator, gold)`` or ``(header, generator, gold, style)``; the
gold ``"-"`` means not PI. The header style is read from the spelling unless given: pinyin,
colloquial Chinese and vendor-prefixed headers cannot be told from the spelling, so those
columns name their style.
"""

from __future__ import annotations

import re
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
