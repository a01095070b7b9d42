"""How set 13 describes a report kind before it is drawn: a domain with its columns, each column
written as its header spellings (one per variant, separated by ``|``; a prefix ``zc:``, ``py:``,
``pyf:`` or ``v:`` names a colloquial, pinyin-initials, full-pinyin or vendor header, whose
style cannot be read from the spelling), its maker and its gold (``-`` is not PI)."""

from __future__ import annotations

from dataclasses import dataclass

PREFIX_STYLES = {
    "zc:": "zh_colloquial",
    "py:": "pinyin_initials",
    "pyf:": "pinyin_full",
    "v:": "vendor",
}


@dataclass(frozen=True)
class Col:
    headers: tuple[str, ...]
    gen: str
    gold: str


@dataclass(frozen=True)
class Kind:
    key: str
    domain: str
    title: str
    cols: tuple[Col, ...]
    p_ages: tuple[int, int] = (20, 65)
    q_ages: tuple[int, int] = (25, 60)
    variants: int = 4


def c(headers: str, gen: str, gold: str = "-") -> Col:
    return Col(tuple(headers.split("|")), gen, gold)


def kind(key: str, domain: str, title: str, cols: list[Col], **kw: object) -> Kind:
    return Kind(key, domain, title, tuple(cols), **kw)  # type: ignore[arg-type]


def header_and_style(spelling: str) -> tuple[str, str | None]:
    """A header without its style prefix, and the style the prefix names (or None)."""
    for prefix, style in PREFIX_STYLES.items():
        if spelling.startswith(prefix):
            return spelling[len(prefix) :], style
    return spelling, None
