"""The shape of a set-5 table: its file, format, layout and columns, each column with its gold.

A column is written ``(header, generator, gold)`` or ``(header, generator, gold, style)``; the
header style is derived from the header's spelling unless given (pinyin and colloquial Chinese
cannot be told apart from the spelling, so those columns say it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ColSpec = tuple[str, ...]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_OPAQUE = re.compile(r"^(col_?\d+|field_?\d+|字段\d+|c\d+|attr\d+|ext\d+)$", re.IGNORECASE)
_VENDOR = re.compile(r"^(F_|C_|t_|T_|fld|ZD_|u_)")


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
    encoding: str | None = "utf-8"
    sheet: str | None = None
    p_ages: tuple[int, int] = (18, 70)
    q_ages: tuple[int, int] = (25, 60)
    title_rows: tuple[str, ...] = ()
    totals_row: bool = False
    groups: tuple[tuple[str, int], ...] = ()  # merged header cells above the header row
    mess: float = 0.04  # share of placeholder cells in every column
    extra: dict[str, str] = field(default_factory=dict)


def style_of(header: str) -> str:
    """The header style label from the spelling alone."""
    if _OPAQUE.match(header):
        return "opaque"
    has_cjk = bool(_CJK.search(header))
    has_latin = bool(re.search(r"[A-Za-z]", header))
    if has_cjk and has_latin:
        return "mixed_zh_en"
    if has_cjk:
        return "zh_bracket" if re.search(r"[()（）\[\]【】/]", header) else "zh"
    if _VENDOR.match(header):
        return "vendor_prefix"
    if header.isupper() or re.fullmatch(r"[A-Z0-9_]+", header):
        return "all_caps"
    if "_" in header:
        return "snake"
    if re.search(r"[a-z][A-Z]", header):
        return "camel"
    return "lower_en"


def table(file: str, domain: str, cols: list[ColSpec], **kw: object) -> Table:
    """A :class:`Table` from compact column tuples; the gold ``"-"`` means not PI."""
    columns = []
    for spec in cols:
        header, gen, gold = spec[0], spec[1], spec[2]
        style = spec[3] if len(spec) > 3 else style_of(header)
        columns.append(Column(header, gen, None if gold == "-" else gold, style))
    return Table(file=file, domain=domain, columns=tuple(columns), **kw)  # type: ignore[arg-type]
