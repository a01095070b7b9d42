"""Pass 3 of the splitter: drop items that repeat another item (a summary paragraph, a table of
contents line) and items that have nothing to do with data protection (scraped page text).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from piplkit.track import dates, instruments
from piplkit.track.authorities import has_authority
from piplkit.track.layout import first_sentence
from piplkit.track.model import RawItem, Skipped
from piplkit.track.roles import Skips
from piplkit.track.textutil import normalise

DOMAIN = re.compile(
    r"data|personal|privacy|cyber|network|internet|online|\bapps?\b|algorithm|"
    r"artificial intelligence|"
    r"\bAI\b|information|digital|security|platform|technolog|telecom|electronic|computer|facial|"
    r"biometric|surveillance|cookie|encrypt|cloud|software|数据|个人信息|隐私|网络|互联网|信息|算法|人工智能|"
    r"数字|平台|安全|电信|应用|APP|软件|人脸|生物识别|密码|云|在线",
    re.I,
)

_QUALIFIER = re.compile(r"[(（][^()（）]*[)）]")


def _signature(item: RawItem) -> tuple[tuple[int, int | None] | None, set[str], str]:
    """(month, day) of the first date, instrument titles and text of an item's first sentence."""
    sentence = first_sentence(item.body[0] if item.body else item.title)
    found = dates.find_dates(sentence) or dates.find_months(sentence)
    day = (found[0].month, found[0].day) if found else None
    names = {
        normalise(_QUALIFIER.sub("", f.name))
        for f in instruments.find_titles(sentence)
        if len(f.name) >= 8
    }
    return day, names, normalise(sentence)


def _same(a: RawItem, b: RawItem, sig_a, sig_b) -> bool:  # type: ignore[no-untyped-def]
    if not a.body or not b.body:  # a table-of-contents line or one-line summary
        return fuzz.ratio(normalise(a.title), normalise(b.title)) >= 90
    if normalise(a.title) == normalise(b.title):
        return True
    if sig_a[0] is not None and sig_a[0] == sig_b[0] and sig_a[1] & sig_b[1]:
        return True
    return len(sig_a[2]) > 40 and fuzz.token_sort_ratio(sig_a[2], sig_b[2]) >= 92


def drop_repeats(items: list[RawItem], skips: Skips) -> list[RawItem]:
    """Summary paragraphs and table-of-contents lines that repeat another item."""
    sigs = [_signature(i) for i in items]
    drop: set[int] = set()
    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            if a in drop or b in drop or not _same(items[a], items[b], sigs[a], sigs[b]):
                continue
            weaker = _weaker(items, a, b)
            drop.add(weaker)
            other = items[b if weaker == a else a]
            skips.entries.append(
                Skipped(
                    f"repeats the item '{other.title[:60]}' (summary or contents)",
                    items[weaker].title[:100],
                    items[weaker].line,
                )
            )
    return [item for i, item in enumerate(items) if i not in drop]


def _weaker(items: list[RawItem], a: int, b: int) -> int:
    """Of two reports of one development, the summary: no section, a derived title, less text."""
    first, second = items[a], items[b]
    if (first.section is None) != (second.section is None):
        return a if first.section is None else b
    if first.derived_title != second.derived_title:
        return a if first.derived_title else b
    return a if len(first.body_text) <= len(second.body_text) else b


def drop_unrelated(items: list[RawItem], skips: Skips) -> list[RawItem]:
    kept = []
    for item in items:
        text = f"{item.title} {item.body_text}"
        if (
            not DOMAIN.search(text)
            and not item.hints
            and not has_authority(text)
            and "《" not in text
        ):
            skips.entries.append(
                Skipped(
                    "unrelated to data protection or cybersecurity", item.title[:100], item.line
                )
            )
            continue
        kept.append(item)
    return kept
