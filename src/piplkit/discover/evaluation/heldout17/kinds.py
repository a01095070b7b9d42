"""A report kind of set 17 and its exports: one system's report, written up to four ways as the
same data leaves that system and its neighbours.

A kind lists its columns once as rows ``(gold, generators, header0, header1, header2, header3)``:
``generators`` is one maker for every export or one per export joined by commas, and a
header of ``""`` leaves the column out of that export. A header may end in a style mark the
spelling cannot show (``|c`` colloquial Chinese, ``|pi`` pinyin initials, ``|pf`` full pinyin,
``|v`` a vendor's prefix). The four exports are:

0. the vendor's own CSV (UTF-8, or UTF-8 with a BOM for Excel users);
1. a workbook (title lines, merged group cells over the header, or a 合计 row);
2. a data team's Parquet or JSON Lines copy;
3. an older or downstream system's GB18030 CSV or TSV.
"""

from __future__ import annotations

from dataclasses import dataclass

from piplkit.discover.evaluation.heldout6.spec import ColSpec, Table, table

Row = tuple[str, str, str, str, str, str]
_MARKS = {"c": "zh_colloquial", "pi": "pinyin_initials", "pf": "pinyin_full", "v": "vendor"}


@dataclass(frozen=True)
class Kind:
    """One report kind: its files (without extension, one per export), domain, columns."""

    domain: str
    files: tuple[str, str, str, str]
    title: str
    rows: tuple[Row, ...]
    p_ages: tuple[int, int] = (20, 65)
    q_ages: tuple[int, int] = (25, 60)
    sheet: str = "Sheet1"
    groups: tuple[str, str] = ("基本信息", "业务信息")


def _col(header: str, gen: str, gold: str) -> ColSpec:
    if "|" in header:
        text, mark = header.rsplit("|", 1)
        return (text, gen, gold, _MARKS[mark])
    return (header, gen, gold)


def columns(kind: Kind, variant: int) -> list[ColSpec]:
    """The columns one export of ``kind`` writes (its headers and makers)."""
    out = []
    for gold, gens, *headers in kind.rows:
        header = headers[variant]
        if not header:
            continue
        parts = gens.split(",")
        out.append(_col(header, parts[variant] if len(parts) > 1 else parts[0], gold))
    return out


def exports(kind: Kind, index: int) -> list[Table]:
    """The kind's exports; ``index`` spreads encodings, layouts and formats over the kinds."""
    ages = {"p_ages": kind.p_ages, "q_ages": kind.q_ages}
    out: list[Table] = []
    cols = columns(kind, 0)
    if cols:
        enc = "utf-8-sig" if index % 2 else "utf-8"
        out.append(table(kind.files[0] + ".csv", kind.domain, cols, encoding=enc, **ages))
    cols = columns(kind, 1)
    if cols:
        layout = index % 3
        extra: dict[str, object] = {}
        if layout == 0:
            extra["title_rows"] = (kind.title, "导出时间：2026-12-07 09:30:12")
        elif layout == 1:
            half = len(cols) // 2
            extra["groups"] = ((kind.groups[0], half), (kind.groups[1], len(cols) - half))
        else:
            extra["title_rows"] = (kind.title,)
            extra["totals_row"] = True
        out.append(table(kind.files[1] + ".xlsx", kind.domain, cols, fmt="xlsx", encoding=None,
                         sheet=kind.sheet, **ages, **extra))  # fmt: skip
    cols = columns(kind, 2)
    if cols:
        fmt = "parquet" if index % 2 == 0 else "jsonl"
        out.append(
            table(f"{kind.files[2]}.{fmt}", kind.domain, cols, fmt=fmt, encoding=None, **ages)
        )
    cols = columns(kind, 3)
    if cols:
        tsv = index % 2 == 1
        out.append(table(kind.files[3] + (".tsv" if tsv else ".csv"), kind.domain, cols,
                         fmt="tsv" if tsv else "csv", encoding="utf-8" if tsv else "gb18030",
                         quote_all=index % 4 == 1, **ages))  # fmt: skip
    return out
