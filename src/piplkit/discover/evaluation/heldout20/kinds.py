"""How set 20 turns one report kind into the files its system and its users make of it.

A kind's column is one line ``export;workbook;copy;legacy;gen;gold``: the header as the vendor's
own CSV export writes it, as the workbook an operator downloads or translates (Chinese headers,
marks such as ``手机号*``, bilingual ``姓名 Name``), as the data team's warehouse copy names it
(snake_case, camelCase, dotted BigQuery paths) and as an older or downstream system writes it
(short Chinese, pinyin, upper-case). A leading ``~`` marks a colloquial header, ``^`` pinyin
initials, ``%`` full pinyin, ``@`` a vendor prefix; an empty header means that file leaves the
column out. ``gen`` is one maker or four joined by ``,`` (one per file). A column's gold never
depends on the file it is in (choice 2).
"""

from __future__ import annotations

from dataclasses import dataclass

from piplkit.discover.evaluation.heldout6.spec import ColSpec, Table, table

_MARKS = {"~": "zh_colloquial", "^": "pinyin_initials", "%": "pinyin_full", "@": "vendor"}
_OPAQUE = ("col_{}", "字段{}", "F{:02d}", "field{}", "列{}", "Unnamed: {}")
#: Golds a column's values decide alone (check digits, fixed shapes, closed vocabularies): only
#: these lose their header in a legacy file (the conventions' rule for opaque headers).
_DECIDABLE = frozenset(
    {
        "-",
        "cn_resident_id",
        "cn_mobile",
        "email",
        "bank_card",
        "imei",
        "imsi",
        "vin",
        "license_plate",
        "cn_uscc",
        "ipv4",
        "ipv6",
        "mac_address",
        "ethnicity",
        "marital_status",
    }
)
#: The legacy file's (format, encoding, every field quoted), by the kind's place in the set.
_LEGACY = (("csv", "gb18030", False), ("tsv", "utf-8", False), ("csv", "gb18030", True),
           ("csv", "utf-8-sig", True), ("csv", "gb18030", False))  # fmt: skip


@dataclass(frozen=True)
class Kind:
    """One report kind: file stem, domain, the workbook's title, its columns, the people's ages,
    how many legacy columns lose their header, and the workbook's sheets (one, or two months)."""

    stem: str
    domain: str
    title: str
    cols: tuple[str, ...]
    p_ages: tuple[int, int] = (20, 60)
    q_ages: tuple[int, int] = (25, 60)
    opaque: int = 1
    sheets: tuple[str, ...] = ("Sheet1",)


def col(header: str, gen: str, gold: str) -> ColSpec:
    """A column tuple; a marked header names its style (pinyin and colloquial look alike)."""
    if header[:1] in _MARKS:
        return (header[1:], gen, gold, _MARKS[header[0]])
    return (header, gen, gold)


def _opaque_positions(kind: Kind, index: int) -> set[int]:
    eligible = [j for j, line in enumerate(kind.cols) if line.rsplit(";", 1)[1] in _DECIDABLE]
    if not eligible:
        return set()
    start = (index * 5) % len(eligible)
    picks = min(kind.opaque, len(eligible))
    return {eligible[(start + k * 2) % len(eligible)] for k in range(picks)}


def _columns(kind: Kind, variant: int, index: int) -> list[ColSpec]:
    out: list[ColSpec] = []
    opaque_at = _opaque_positions(kind, index) if variant == 3 else set()
    for position, line in enumerate(kind.cols):
        parts = line.split(";")
        if len(parts) != 6:
            raise ValueError(f"{kind.stem}: a column needs six fields: {line!r}")
        header = parts[variant]
        if not header:
            continue
        gens = parts[4].split(",")
        gen = gens[variant % len(gens)]
        if position in opaque_at:
            name = _OPAQUE[index % len(_OPAQUE)].format(len(out) + 1)
            out.append((name, gen, parts[5], "opaque"))
            continue
        out.append(col(header, gen, parts[5]))
    return out


def exports(kind: Kind, index: int) -> list[Table]:
    """The kind's files; ``index`` (its place in the set) varies formats and layouts."""
    ages = {"p_ages": kind.p_ages, "q_ages": kind.q_ages}
    first = table(f"{kind.stem}_export.csv", kind.domain, _columns(kind, 0, index),
                  encoding="utf-8-sig" if index % 3 == 1 else "utf-8", **ages)  # fmt: skip
    cols = _columns(kind, 1, index)
    half = len(cols) // 2
    groups = (("客户信息", half), ("业务信息", len(cols) - half)) if index % 4 == 2 else ()
    titles = (kind.title, "导出时间：2026-12-07 09:30:00") if index % 4 in (0, 1) else ()
    books = [
        table(f"{kind.stem}.xlsx", kind.domain, cols, fmt="xlsx", encoding=None, sheet=sheet,
              title_rows=titles, groups=groups, totals_row=index % 5 == 3, **ages)
        for sheet in kind.sheets
    ]  # fmt: skip
    fmt = "parquet" if index % 3 != 2 else "jsonl"
    copy = table(f"dw_{kind.stem}.{fmt}", kind.domain, _columns(kind, 2, index), fmt=fmt,
                 encoding=None, **ages)  # fmt: skip
    lfmt, enc, quoted = _LEGACY[index % len(_LEGACY)]
    legacy = table(f"{kind.stem}_legacy.{lfmt}", kind.domain, _columns(kind, 3, index),
                   fmt=lfmt, encoding=enc, quote_all=quoted, **ages)  # fmt: skip
    return [first, *books, copy, legacy]


def plain(file: str, domain: str, lines: tuple[str, ...], **kw: object) -> Table:
    """A table written once (no-PI tables, wide exports, lookups) from ``header;gen;gold``."""
    cols = [col(*line.split(";")) for line in lines]
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
