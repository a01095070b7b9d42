"""How set 11 turns a domain template into tables: each template is one kind of export
(``Tpl``); its variants are the same report exported by different branches or systems, each
with its own header dialect (formal or colloquial Chinese, 繁體, English, pinyin, opaque), its
own format and layout. A column is ``(generator, gold, header0, header1, ...)``; variant ``k``
takes header ``k`` modulo the number given. A header ending in ``|style`` names its style."""

from __future__ import annotations

from dataclasses import dataclass

from piplkit.discover.evaluation.heldout6.spec import Table, table

Col = tuple[str, ...]

_STYLE = {"c": "zh_colloquial", "pi": "pinyin_initials", "pf": "pinyin_full", "v": "vendor"}

#: (format, encoding, layout) per variant slot, cycled over the whole set.
FORMATS = (
    ("csv", "utf-8", ""), ("xlsx", None, "title"), ("csv", "utf-8-sig", ""),
    ("parquet", None, ""), ("csv", "gb18030", ""), ("tsv", "utf-8", ""), ("jsonl", None, ""),
    ("xlsx", None, "groups"), ("csv", "utf-8", "quote"), ("tsv", "gb18030", ""),
    ("xlsx", None, ""), ("csv", "gb18030", "quote"), ("xlsx", None, "totals"),
    ("tsv", "utf-8-sig", ""),
)  # fmt: skip
_EXT = {"csv": "csv", "tsv": "tsv", "xlsx": "xlsx", "parquet": "parquet", "jsonl": "jsonl"}


@dataclass(frozen=True)
class Tpl:
    """One kind of export of one domain."""

    slug: str
    domain: str
    title: str
    cols: tuple[Col, ...]
    variants: int = 4
    p_ages: tuple[int, int] = (20, 65)
    q_ages: tuple[int, int] = (25, 60)
    book: bool = False  # variants 0 and 1 as two sheets of one workbook


def _spec(col: Col, k: int) -> tuple[str, ...]:
    gen, gold, *headers = col
    header = headers[k % len(headers)]
    if "|" in header:
        text, style = header.rsplit("|", 1)
        return (text, gen, gold, _STYLE[style])
    return (header, gen, gold)


def expand(templates: list[Tpl], start: int) -> list[Table]:
    """Every variant of every template as a :class:`Table`; ``start`` offsets the format cycle
    so the modules of the set do not all begin with the same format."""
    out: list[Table] = []
    slot = start
    for tpl in templates:
        for k in range(tpl.variants):
            cols = [_spec(c, k) for c in tpl.cols]
            fmt, enc, layout = FORMATS[slot % len(FORMATS)]
            slot += 1
            file = f"{tpl.slug}_{k + 1}.{_EXT[fmt]}"
            kw: dict[str, object] = {"p_ages": tpl.p_ages, "q_ages": tpl.q_ages}
            if tpl.book and k < 2:
                fmt, enc, file = "xlsx", None, f"{tpl.slug}_book.xlsx"
                kw["sheet"] = ("明细", "Sheet2")[k]
            elif fmt == "xlsx":
                kw["sheet"] = "Sheet1"
            kw["fmt"], kw["encoding"] = fmt, enc
            if fmt == "xlsx" and layout == "title":
                kw["title_rows"] = (tpl.title, "导出时间：2026-12-07 08:30  导出人：系统管理员")
            if fmt == "xlsx" and layout == "groups":
                half = len(cols) // 2
                kw["groups"] = (("基本信息", half), ("业务信息", len(cols) - half))
            if fmt == "xlsx" and layout == "totals":
                kw["totals_row"] = True
            if layout == "quote":
                kw["quote_all"] = True
            out.append(table(file, tpl.domain, list(cols), **kw))
    return out
