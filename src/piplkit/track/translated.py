"""A paragraph's unmarked translation right under it (heldout14, branch fixtrack14).

A bilingual 快讯 prints each development's Chinese paragraph and then its English translation
with no "[EN]" or "English:" mark (``cues.translation`` reads marked ones). The English paragraph
named the same court, law and regulator again in English, so the item reported each body and
instrument twice. A translation repeats the figures of the text it translates: a paragraph in
Latin script whose every number (days, amounts, counts; years aside, as "10月17日" leaves its
year out) already stands in the Chinese paragraph above it reports nothing new. A Latin
paragraph with a number of its own, or with no number to compare, adds to the item as before.
"""

from __future__ import annotations

import re

from piplkit.track.model import Block, RawItem

#: a figure, with the scale a Chinese or English amount is written in ("50万元" is "RMB 500,000",
#: "1.2亿" is "120 million")
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万|亿|million\b|billion\b)?")
_SCALE = {"万": 10_000, "亿": 100_000_000, "million": 1_000_000, "billion": 1_000_000_000}
_CJK = re.compile(r"[\u3400-\u9fff]")
#: a year: "2025年" is often left out of the Chinese ("10月17日"), so years are not compared
_YEAR = re.compile(r"(?:19|20)\d{2}")


def _numbers(text: str) -> set[str]:
    found: set[str] = set()
    for figure, scale in _NUMBER.findall(text):
        figure = figure.replace(",", "")
        if scale:
            figure = f"{round(float(figure) * _SCALE[scale])}"
        if figure and not _YEAR.fullmatch(figure):
            found.add(figure)
    return found


def unmarked_translation(above: str, text: str) -> bool:
    """``text`` (Latin script) translates ``above`` (Chinese): it has numbers, and each of them
    is among the Chinese paragraph's."""
    if not text[:1].isascii() or above.isascii() or _CJK.search(text):
        return False
    if len(_CJK.findall(above)) * 2 < len(above):
        return False  # the paragraph above is not mostly Chinese
    latin = _numbers(text)
    return bool(latin) and latin <= _numbers(above)


def translates_item(current: RawItem | None, block: Block) -> bool:
    """The paragraph (no heading) translates the last paragraph of the open item."""
    if current is None or not current.body or block.heading is not None:
        return False
    return unmarked_translation(current.body[-1], block.text)
