"""Set 12's template expander: one domain written once (its fields with a Chinese header, an
English name and sometimes a colloquial header) becomes four exports of the same report, as
four branches or systems would write it: formal Chinese, English in the domain's case
(snake, camel, Title, CAPS or a Kingdee-style ``F`` prefix), 繁體 with a few mixed-language
headers, and pinyin or colloquial headers with some opaque ones. Each variant takes its own
file format and its own value variant (clean, masked, messy, typed), so a classifier cannot
lean on one spelling or one format."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from opencc import OpenCC
from pypinyin import Style, lazy_pinyin

from piplkit.discover.evaluation.heldout6.spec import ColSpec, Table, table

_T2 = OpenCC("s2t")


@dataclass(frozen=True)
class Domain:
    """A report written once: ``fields`` are ``("中文|english|口语", "gen/gen_v2/...", gold)``."""

    key: str
    title: str
    fields: tuple[tuple[str, str, str], ...]
    p_ages: tuple[int, int] = (20, 65)
    q_ages: tuple[int, int] = (25, 60)
    variants: int = 4
    kw: dict[str, object] = field(default_factory=dict)


#: (format, encoding, quote_all) cycled over the set's variants; ``xlsx`` layouts vary apart.
FORMATS = (
    ("csv", "utf-8", False), ("xlsx", None, False), ("csv", "gb18030", False),
    ("parquet", None, False), ("tsv", "utf-8", False), ("csv", "utf-8-sig", True),
    ("jsonl", None, False), ("xlsx", None, False), ("tsv", "gb18030", False),
    ("csv", "utf-8", True), ("tsv", "utf-8-sig", False), ("xlsx", None, False),
    ("csv", "gb18030", True),
)  # fmt: skip
_EXT = {"csv": "csv", "tsv": "tsv", "xlsx": "xlsx", "parquet": "parquet", "jsonl": "jsonl"}


def _bare(zh: str) -> str:
    return re.sub(r"[（(【\[].*?[）)】\]]", "", zh).strip() or zh


def _english(en: str, case: int) -> tuple[str, str]:
    words = en.split("_")
    if case == 0:
        return en, "snake"
    if case == 1:
        return words[0] + "".join(w.capitalize() for w in words[1:]), "camel"
    if case == 2:
        return " ".join(w.capitalize() for w in words), "title"
    if case == 3:
        return en.upper(), "caps"
    return "F" + "".join(w.capitalize() for w in words), "vendor"


def _opaque(j: int, k: int) -> str:
    return (f"col_{j + 1}", f"字段{j + 1}", f"F{j + 1:02d}")[k % 3]


def header(spec: str, v: int, j: int, idx: int) -> tuple[str, str | None]:
    """The header of field ``j`` in variant ``v`` of domain ``idx`` and its style (``None``: read
    from the spelling)."""
    parts = spec.split("|")
    zh, en = parts[0], parts[1]
    colloq = parts[2] if len(parts) > 2 else ""
    if v == 0:
        return zh, None
    if v == 1:
        return _english(en, idx % 5)
    if v == 2:
        if j % 5 == 3:
            return f"{_bare(zh)}({en.split('_')[0].upper()})", "mixed"
        return _T2.convert(zh), None
    if j % 6 == 4:
        return _opaque(j, idx), "opaque"
    mode = idx % 3
    if mode == 1 and colloq and colloq != zh:
        return colloq, "zh_colloquial"
    if mode == 0:
        letters = "".join(lazy_pinyin(_bare(zh), style=Style.FIRST_LETTER))
        return (letters.upper() if idx % 2 else letters), "pinyin_initials"
    if mode == 2:
        return "".join(lazy_pinyin(_bare(zh))), "pinyin_full"
    return zh, None


def expand(d: Domain, idx: int, start: int) -> list[Table]:
    """The domain's variants as tables; ``start`` places them in the set's format cycle."""
    out = []
    book = idx % 4 == 0 and d.variants >= 4  # variants 3 and 4 share a two-sheet workbook
    for v in range(d.variants):
        cols: list[ColSpec] = []
        seen: set[str] = set()
        for j, (spec, gens, gold) in enumerate(d.fields):
            alts = gens.split("/")
            gen = alts[v % len(alts)]
            h, style = header(spec, v, j, idx) if not gen.startswith("seq") or v != 3 else (
                spec.split("|")[0], None)  # fmt: skip
            while h in seen:
                h += str(j)
            seen.add(h)
            cols.append((h, gen, gold, style) if style else (h, gen, gold))
        fmt, enc, quote = FORMATS[(start + v) % len(FORMATS)]
        if book and v >= 2:
            fmt, enc, quote = "xlsx", None, False
        kw: dict[str, object] = {"quote_all": quote, "p_ages": d.p_ages, "q_ages": d.q_ages}
        if fmt in ("csv", "tsv"):
            kw["encoding"] = enc
        else:
            kw["encoding"] = None
        name = f"{d.key}_{v + 1}.{_EXT[fmt]}"
        if fmt == "xlsx":
            kw["sheet"] = f"{d.title[:20]}{v + 1}"
            if book and v >= 2:
                name = f"{d.key}_book.xlsx"
            layout = (start + v + idx) % 3
            n = len(cols)
            if layout == 0:
                kw["title_rows"] = (f"{d.title}导出", "导出日期：2026-12-07  操作员：admin")
            elif layout == 1 and n >= 4:
                kw["groups"] = (("基本信息", n // 2), ("业务信息", n - n // 2))
            else:
                kw["totals_row"] = True
        kw.update(d.kw)
        out.append(table(name, d.key, cols, fmt=fmt, **kw))
    return out
