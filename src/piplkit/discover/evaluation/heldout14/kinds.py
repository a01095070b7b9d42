"""A set-14 report kind: a domain's export as several systems would write it. Each column lists
its header spellings (variant ``k`` uses spelling ``k % len``); a spelling may end in ``|style``
to name a style the spelling cannot show (pinyin, colloquial Chinese, vendor prefixes)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Col:
    headers: tuple[str, ...]
    gen: str
    gold: str  # a catalogue type id, or "-" for not PI


@dataclass(frozen=True)
class Kind:
    key: str
    title: str
    domain: str
    cols: tuple[Col, ...]
    variants: int = 5
    p_ages: tuple[int, int] = (20, 65)
    q_ages: tuple[int, int] = (25, 60)


def c(headers: str, gen: str, gold: str = "-") -> Col:
    """A column from ``"头1;头2;..."`` spellings."""
    return Col(tuple(headers.split(";")), gen, gold)


def header_and_style(spelling: str) -> tuple[str, str | None]:
    """The header and the style it names, if any."""
    header, _, style = spelling.partition("|")
    return header, style or None
