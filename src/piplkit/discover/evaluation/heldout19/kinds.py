"""How set 19 turns one system's report into the four files a privacy officer finds of it.

A kind's column is one line ``vendor;workbook;data;legacy;gen;gold``: the header as the system's
own CSV export writes it; as the workbook an operator downloads writes it (required-field marks,
hints in brackets, bilingual headers, two-level headers flattened); as the data team's copy
names it (warehouse snake_case, API camelCase, ``column(comment)`` dumps); and as an older or
downstream system writes it (short Chinese, pinyin, English abbreviations). A leading ``~``
marks a colloquial header, ``^`` pinyin initials, ``%`` full pinyin, ``@`` a vendor prefix; an
empty header leaves the column out of that file. ``gen`` is one maker, or several joined by
``,`` taken in turn by the four files. The gold never depends on the file (choice 2).
"""

from __future__ import annotations

from dataclasses import dataclass

from piplkit.discover.evaluation.heldout6.spec import ColSpec, Table, table

_MARKS = {"~": "zh_colloquial", "^": "pinyin_initials", "%": "pinyin_full", "@": "vendor"}
#: How legacy exports name a column they lost the header of.
_OPAQUE = ("col{}", "字段{}", "F{:02d}", "field_{}", "列{}")
#: Golds whose values decide the type without a header (check digits, fixed shapes).
_DECIDABLE = frozenset({"cn_resident_id", "cn_mobile", "email", "bank_card", "vin", "imei",
                        "license_plate", "cn_uscc", "ipv4", "mac_address",
                        "ethnicity"})  # fmt: skip
#: The legacy file's (format, encoding, every field quoted), by the kind's place in the set.
_LEGACY = (("csv", "gb18030", False), ("tsv", "utf-8", False), ("csv", "gb18030", True),
           ("csv", "utf-8-sig", True))  # fmt: skip


@dataclass(frozen=True)
class Kind:
    """One system's report: file stem, domain, workbook title, columns, the people's ages, and
    how many columns of the legacy file lose their header (values decide, choice 3)."""

    stem: str
    domain: str
    title: str
    cols: tuple[str, ...]
    p_ages: tuple[int, int] = (22, 60)
    q_ages: tuple[int, int] = (25, 60)
    opaque: int = 1


def _col(header: str, gen: str, gold: str) -> ColSpec:
    if header[:1] in _MARKS:
        return (header[1:], gen, gold, _MARKS[header[0]])
    return (header, gen, gold)


def _opaque_at(kind: Kind, index: int) -> set[int]:
    """Columns of the legacy file written without a header: decidable golds only, by rotation."""
    ok = [j for j, line in enumerate(kind.cols) if line.rsplit(";", 1)[1] in _DECIDABLE]
    if not ok:
        return set()
    return {ok[(index + 2 * k) % len(ok)] for k in range(min(kind.opaque, len(ok)))}


def _short_zh(header: str) -> bool:
    return 1 <= len(header) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in header)


def columns(kind: Kind, variant: int, index: int) -> list[ColSpec]:
    """The columns of one of the kind's files (``variant`` 0-3, see the module docstring)."""
    out: list[ColSpec] = []
    blind = _opaque_at(kind, index) if variant == 3 else set()
    for position, line in enumerate(kind.cols):
        parts = line.split(";")
        if len(parts) != 6:
            raise ValueError(f"{kind.stem}: a column has six fields: {line!r}")
        header, gold = parts[variant], parts[5]
        if not header:
            continue
        gens = parts[4].split(",")
        gen = gens[variant % len(gens)]
        if position in blind:
            out.append((_OPAQUE[index % len(_OPAQUE)].format(len(out) + 1), gen, gold, "opaque"))
        elif variant == 3 and _short_zh(header) and header != parts[0]:
            out.append((header, gen, gold, "zh_colloquial"))  # choice 4: a clerk's shorthand
        else:
            out.append(_col(header, gen, gold))
    return out


def exports(kind: Kind, index: int) -> list[Table]:
    """The kind's four files; ``index`` (its place in the set) varies formats and layout."""
    ages = {"p_ages": kind.p_ages, "q_ages": kind.q_ages}
    vendor = table(f"{kind.stem}.csv", kind.domain, columns(kind, 0, index),
                   encoding="utf-8-sig" if index % 2 == 0 else "utf-8", **ages)  # fmt: skip
    cols = columns(kind, 1, index)
    half = (len(cols) + 1) // 2
    groups = (("人员信息", half), ("业务信息", len(cols) - half)) if index % 4 == 1 else ()
    title = (kind.title, "导出人：系统管理员  导出时间：2026-12-07 09:30") if index % 3 else ()
    book = table(f"{kind.stem}_导出.xlsx", kind.domain, cols, fmt="xlsx", encoding=None,
                 sheet="明细" if index % 2 else "Sheet1", title_rows=title, groups=groups,
                 totals_row=index % 5 == 2, **ages)  # fmt: skip
    fmt = "jsonl" if index % 3 == 2 else "parquet"
    data = table(f"dwd_{kind.stem}.{fmt}", kind.domain, columns(kind, 2, index), fmt=fmt,
                 encoding=None, **ages)  # fmt: skip
    lfmt, enc, quoted = _LEGACY[index % len(_LEGACY)]
    legacy = table(f"{kind.stem}_旧系统.{lfmt}", kind.domain, columns(kind, 3, index), fmt=lfmt,
                   encoding=enc, quote_all=quoted, **ages)  # fmt: skip
    return [vendor, book, data, legacy]


def plain(file: str, domain: str, lines: tuple[str, ...], **kw: object) -> Table:
    """A table written once (no-PI tables, wide exports, lookups) from ``header;gen;gold``."""
    cols = [_col(*line.split(";")) for line in lines]
    ext = file.rsplit(".", 1)[1]
    if ext == "xlsx":
        kw.setdefault("fmt", "xlsx")
        kw.setdefault("encoding", None)
        kw.setdefault("sheet", "Sheet1")
    elif ext in ("parquet", "jsonl"):
        kw.setdefault("fmt", ext)
        kw.setdefault("encoding", None)
    elif ext == "tsv":
        kw.setdefault("fmt", "tsv")
    return table(file, domain, cols, **kw)
