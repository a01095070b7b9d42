"""How set 21 turns one report kind into the files its system and its users make of it.

A kind's column is a tuple ``(gold, gen, csv, workbook, data, legacy)``: the gold type (``-`` for
not PI), the maker (one, or four joined by ``,``: one per export), and the header as each of
four exports writes it: the system's own CSV download, the workbook an operator keeps (marks and
hints such as ``手机号*``, ``身份证号码（18位）``, bilingual ``姓名 Name``), the data team's copy
(snake_case, camelCase, ``column(comment)``) and an older or downstream system's file (short
Chinese, pinyin initials, upper-case names). A header starting ``~`` is colloquial Chinese,
``^`` pinyin initials, ``%`` full pinyin, ``@`` a vendor's prefix; an empty header leaves the
column out of that export. The gold never depends on the export (choice 1).
"""

from __future__ import annotations

from dataclasses import dataclass

from piplkit.discover.evaluation.heldout6.spec import ColSpec, Table, table

Col = tuple[str, str, str, str, str, str]
_MARKS = {"~": "zh_colloquial", "^": "pinyin_initials", "%": "pinyin_full", "@": "vendor"}
_OPAQUE = ("col_{}", "字段{}", "F{:02d}", "field{}", "列{}", "c{}")
#: Golds a column's values decide without a header: shapes with check digits or fixed forms,
#: closed vocabularies, and every column that is not PI (the conventions' rule for opaque headers).
_DECIDABLE = frozenset({"-", "cn_resident_id", "cn_mobile", "email", "bank_card", "imei", "vin",
                        "license_plate", "cn_uscc", "ipv4", "ipv6", "mac_address", "ethnicity",
                        "marital_status", "education", "gender"})  # fmt: skip
_LEGACY = (("csv", "gb18030", False), ("csv", "gb18030", True), ("tsv", "utf-8", False),
           ("csv", "gb18030", False), ("csv", "utf-8-sig", True))  # fmt: skip
EXPORTED_AT = "导出时间：2026-12-08 09:30:15"
#: Columns the data team's load job adds to every copy (choice 3).
_ETL: list[ColSpec] = [("etl_time", "dt:0:1", "-"), ("dt", "const:2026-12-07", "-"),
                       ("batch_id", "int:100000:999999", "-"),
                       ("tenant_id", "code:T:6", "-")]  # fmt: skip
#: The system's own download ends with the record's last change (choice 3).
_UPDATED: ColSpec = ("更新时间", "dt:0:30", "-")


@dataclass(frozen=True)
class Kind:
    """One report kind: file stem, data-copy name, domain, workbook title, columns, the ages of
    the row's two people, how many legacy columns lose their header, and whether the workbook
    holds two monthly sheets."""

    stem: str
    code: str
    domain: str
    title: str
    cols: tuple[Col, ...]
    p_ages: tuple[int, int] = (20, 60)
    q_ages: tuple[int, int] = (25, 60)
    opaque: int = 2
    two_months: bool = False


def spec(header: str, gen: str, gold: str) -> ColSpec:
    """A column tuple for :func:`heldout6.spec.table`, its style read from the header's mark."""
    if header[:1] in _MARKS:
        return (header[1:], gen, gold, _MARKS[header[0]])
    return (header, gen, gold)


def _opaque_at(kind: Kind, index: int) -> set[int]:
    eligible = [j for j, col in enumerate(kind.cols) if col[0] in _DECIDABLE and col[5]]
    if not eligible:
        return set()
    start = index % len(eligible)
    return {
        eligible[(start + 3 * k) % len(eligible)] for k in range(min(kind.opaque, len(eligible)))
    }


def columns(kind: Kind, variant: int, index: int) -> list[ColSpec]:
    """The columns of one export (``variant`` 0-3) of a kind."""
    out: list[ColSpec] = []
    hidden = _opaque_at(kind, index) if variant == 3 else set()
    for position, col in enumerate(kind.cols):
        if len(col) != 6:
            raise ValueError(f"{kind.stem}: a column needs six fields: {col!r}")
        gold, gens, header = col[0], col[1].split(","), col[2 + variant]
        if not header:
            continue
        gen = gens[variant % len(gens)]
        if position in hidden:
            name = _OPAQUE[index % len(_OPAQUE)].format(len(out) + 1)
            out.append((name, gen, gold, "opaque"))
        else:
            out.append(spec(header, gen, gold))
    return out


def exports(kind: Kind, index: int) -> list[Table]:
    """The kind's exports; ``index`` (its place in the set) varies encodings and layout."""
    ages = {"p_ages": kind.p_ages, "q_ages": kind.q_ages}
    out = [table(f"{kind.stem}.csv", kind.domain, [*columns(kind, 0, index), _UPDATED],
                 encoding="utf-8" if index % 2 == 0 else "utf-8-sig", **ages)]  # fmt: skip
    cols = columns(kind, 1, index)
    half = len(cols) // 2
    layout = {
        "title_rows": (kind.title, EXPORTED_AT) if index % 3 != 2 else (),
        "groups": (("基本信息", half), ("业务信息", len(cols) - half)) if index % 3 == 0 else (),
        "totals_row": index % 4 == 1,
    }
    sheets = (
        ("2026年11月", "2026年10月")
        if kind.two_months
        else ("导出数据" if index % 2 else "Sheet1",)
    )
    for sheet in sheets:
        out.append(table(f"{kind.stem}.xlsx", kind.domain, cols, fmt="xlsx", encoding=None,
                         sheet=sheet, **layout, **ages))  # fmt: skip
    fmt = "jsonl" if index % 4 == 3 else "parquet"
    data = [*columns(kind, 2, index), *_ETL]
    out.append(table(f"dwd_{kind.code}.{fmt}", kind.domain, data, fmt=fmt,
                     encoding=None, **ages))  # fmt: skip
    lfmt, enc, quoted = _LEGACY[index % len(_LEGACY)]
    out.append(table(f"{kind.stem}_旧系统.{lfmt}", kind.domain, columns(kind, 3, index), fmt=lfmt,
                     encoding=enc, quote_all=quoted, **ages))  # fmt: skip
    return out


def plain(file: str, domain: str, cols: list[tuple[str, str, str]], **kw: object) -> Table:
    """A table written once (tables without PI, wide exports, lookups) from
    ``(header, gen, gold)`` triples; the format follows the file's extension."""
    specs = [spec(h, g, gold) for h, g, gold in cols]
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
    return table(file, domain, specs, **kw)
