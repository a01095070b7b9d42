"""How set 18 turns one report kind into the exports its system makes of it.

A kind's column is one line ``vendor;workbook;data;legacy;gen;gold``: the header as the system's
own CSV export writes it, as the workbook an operator downloads writes it (marks and hints such as
``手机号*``, bilingual ``姓名 Name``, flattened two-level ``收货人-姓名``), as the data team's copy
names it (``column(comment)`` dumps, snake_case, API fields) and as an older or downstream system
writes it (short Chinese, ``Tel.``/``DOB``/``Addr1``, pinyin). A leading ``~`` marks a colloquial
header, ``^`` pinyin initials, ``%`` full pinyin, ``@`` a vendor prefix; an empty header means
that export leaves the column out. ``gen`` is one maker or four joined by ``,`` (one per export).
The gold never depends on which export a column is in (set 16's choice 31, kept).
"""

from __future__ import annotations

from dataclasses import dataclass

from piplkit.discover.evaluation.heldout6.spec import ColSpec, Table, table

_MARKS = {"~": "zh_colloquial", "^": "pinyin_initials", "%": "pinyin_full", "@": "vendor"}
_OPAQUE = ("field_{}", "字段{}", "col{}", "F{:02d}", "列{}")
#: Golds a column's values decide alone (checked digits, fixed shapes, closed vocabularies).
_DECIDABLE = frozenset(
    {
        "-",
        "cn_resident_id",
        "cn_mobile",
        "email",
        "bank_card",
        "imei",
        "vin",
        "license_plate",
        "cn_uscc",
        "ipv4",
        "mac_address",
        "ethnicity",
        "marital_status",
    }
)
_LEGACY = (("csv", "gb18030", False), ("tsv", "utf-8", False), ("csv", "utf-8-sig", True),
           ("csv", "gb18030", True))  # fmt: skip


@dataclass(frozen=True)
class Kind:
    """One report kind: file stem, domain, the workbook's title, columns, and the people's ages.
    ``opaque`` names how many columns of the legacy export lose their header (values decide)."""

    stem: str
    domain: str
    title: str
    cols: tuple[str, ...]
    p_ages: tuple[int, int] = (20, 65)
    q_ages: tuple[int, int] = (25, 60)
    opaque: int = 1


def _col(header: str, gen: str, gold: str) -> ColSpec:
    if header[:1] in _MARKS:
        return (header[1:], gen, gold, _MARKS[header[0]])
    return (header, gen, gold)


def _is_short_chinese(header: str) -> bool:
    return 1 <= len(header) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in header)


def _opaque_positions(kind: Kind, index: int) -> set[int]:
    """Which columns lose their header in the legacy export: only columns whose values decide
    the type (the conventions' rule for opaque headers), chosen by rotation over the kind."""
    eligible = [j for j, line in enumerate(kind.cols) if line.rsplit(";", 1)[1] in _DECIDABLE]
    if not eligible:
        return set()
    start = index % len(eligible)
    return {
        eligible[(start + k * 3) % len(eligible)] for k in range(min(kind.opaque, len(eligible)))
    }


def _columns(kind: Kind, variant: int, index: int) -> list[ColSpec]:
    out: list[ColSpec] = []
    opaque_at = _opaque_positions(kind, index)
    for position, line in enumerate(kind.cols):
        parts = line.split(";")
        if len(parts) != 6:
            raise ValueError(f"{kind.stem}: a column needs six fields: {line!r}")
        header = parts[variant]
        if not header:
            continue
        gens = parts[4].split(",")
        gen = gens[variant % len(gens)]
        if variant == 3 and position in opaque_at:
            out.append((_OPAQUE[index % len(_OPAQUE)].format(len(out) + 1), gen, parts[5],
                        "opaque"))  # fmt: skip
            continue
        if variant == 3 and _is_short_chinese(header) and header != parts[0]:
            out.append((header, gen, parts[5], "zh_colloquial"))  # choice 6: clerks' shorthand
            continue
        out.append(_col(header, gen, parts[5]))
    return out


def exports(kind: Kind, index: int) -> list[Table]:
    """The kind's four exports; ``index`` (its place in the set) varies formats and layout."""
    ages = {"p_ages": kind.p_ages, "q_ages": kind.q_ages}
    first = table(f"{kind.stem}_导出.csv", kind.domain, _columns(kind, 0, index),
                  encoding="utf-8-sig" if index % 2 else "utf-8", **ages)  # fmt: skip
    cols = _columns(kind, 1, index)
    half = len(cols) // 2
    groups = (("基本信息", half), ("业务信息", len(cols) - half)) if index % 3 == 0 else ()
    book = table(f"{kind.stem}.xlsx", kind.domain, cols, fmt="xlsx", encoding=None,
                 sheet="Sheet1" if index % 2 else "导出数据",
                 title_rows=(kind.title, "导出时间：2026-12-07 10:15:02") if index % 3 != 2 else (),
                 groups=groups, totals_row=index % 4 == 1, **ages)  # fmt: skip
    fmt = "parquet" if index % 2 == 0 else "jsonl"
    data = table(f"ods_{kind.stem}.{fmt}", kind.domain, _columns(kind, 2, index), fmt=fmt,
                 encoding=None, **ages)  # fmt: skip
    lfmt, enc, quoted = _LEGACY[index % len(_LEGACY)]
    legacy = table(f"{kind.stem}_old.{lfmt}", kind.domain, _columns(kind, 3, index), fmt=lfmt,
                   encoding=enc, quote_all=quoted, **ages)  # fmt: skip
    return [first, book, data, legacy]


def plain(file: str, domain: str, lines: tuple[str, ...], **kw: object) -> Table:
    """A table written once (no-PI tables, wide exports, lookups) from ``header;gen;gold``."""
    cols = [_col(*line.split(";")) for line in lines]
    if file.endswith(".xlsx"):
        kw.setdefault("fmt", "xlsx")
        kw.setdefault("encoding", None)
        kw.setdefault("sheet", "Sheet1")
    elif file.endswith((".parquet", ".jsonl")):
        kw.setdefault("fmt", file.rsplit(".", 1)[1])
        kw.setdefault("encoding", None)
    elif file.endswith(".tsv"):
        kw.setdefault("fmt", "tsv")
    return table(file, domain, cols, **kw)
