"""How set 15 writes a report kind: its columns once, with a Chinese, an English and (often) a
pinyin-initials header, and its exports as variants, each a header spelling, a format and a
layout. A variant is written ``mode.fmt[.flags][@book]``:

* mode: ``zh`` formal Chinese, ``zhc`` colloquial, ``tw`` 繁體, ``snake``, ``camel``, ``caps``,
  ``title``, ``py`` pinyin initials, ``pyfull`` full pinyin, ``vendor`` (a system's prefix),
  ``mixed`` (Chinese with the English in brackets);
* fmt: ``c8`` CSV UTF-8, ``cb`` CSV UTF-8 with BOM, ``cg`` CSV GB18030, ``t8`` TSV, ``x`` XLSX,
  ``pq`` Parquet, ``jl`` JSON Lines;
* flags: ``T`` title and note rows, ``G`` merged group cells, ``S`` a 合计 row, ``Q`` every field
  quoted, ``O`` opaque headers on the columns whose values decide the type;
* ``@book``: the workbook file shared with another kind (one sheet each).
"""

from __future__ import annotations

from dataclasses import dataclass

#: A column: Chinese header, English snake_case header, pinyin initials ("" = none), generator,
#: gold type id ("-" = not PI).
Col = tuple[str, str, str, str, str]

FORMATS = {
    "c8": ("csv", "utf-8"), "cb": ("csv", "utf-8-sig"), "cg": ("csv", "gb18030"),
    "t8": ("tsv", "utf-8"), "x": ("xlsx", None), "pq": ("parquet", None), "jl": ("jsonl", None),
}  # fmt: skip
_EXT = {"csv": "csv", "tsv": "tsv", "xlsx": "xlsx", "parquet": "parquet", "jsonl": "jsonl"}


@dataclass(frozen=True)
class Kind:
    key: str
    domain: str
    title: str  # the report's Chinese title (title rows, sheet name)
    cols: tuple[Col, ...]
    variants: tuple[str, ...]
    p_ages: tuple[int, int] = (20, 65)
    q_ages: tuple[int, int] = (22, 60)
    blank: float = 0.03


@dataclass(frozen=True)
class Variant:
    mode: str
    fmt: str
    encoding: str | None
    file: str
    sheet: str | None
    title: bool
    groups: bool
    totals: bool
    quote: bool
    opaque: bool


def variant(kind: Kind, k: int) -> Variant:
    """The ``k``-th export of a kind, read from its variant string."""
    spec, _, book = kind.variants[k].partition("@")
    parts = spec.split(".")
    mode, code, flags = parts[0], parts[1], "".join(parts[2:])
    fmt, enc = FORMATS[code]
    if fmt == "xlsx":
        file = f"{book or kind.key}.xlsx"
        sheet: str | None = kind.title[:28] if book else (kind.title[:28] if k % 2 else "Sheet1")
    else:
        file = f"{kind.key}_{k + 1}.{_EXT[fmt]}"
        sheet = None
    return Variant(mode, fmt, enc, file, sheet, "T" in flags, "G" in flags, "S" in flags,
                   "Q" in flags, "O" in flags)  # fmt: skip


def kind(key: str, domain: str, title: str, cols: list[Col], variants: str, **kw: object) -> Kind:
    """A :class:`Kind` from compact parts (variants separated by spaces)."""
    return Kind(key, domain, title, tuple(cols), tuple(variants.split()), **kw)  # type: ignore[arg-type]
