"""Pass 3 of the splitter: drop items that repeat another item (a summary paragraph, a table of
contents line) and items that have nothing to do with data protection (scraped page text).
"""

from __future__ import annotations

import re
from functools import cache, cached_property

import ahocorasick
from rapidfuzz import fuzz

from piplkit.track import dates, instruments
from piplkit.track.authorities import has_authority
from piplkit.track.layout import first_sentence
from piplkit.track.model import RawItem, Skipped
from piplkit.track.roles import Skips
from piplkit.track.textutil import leading, normalise

#: words of the field; matched on lower-cased text (a case-insensitive pattern is far slower);
#: ``in_domain`` finds the same by ``_DOMAIN_WORDS`` and ``_AI``
_DOMAIN = leading(
    r"data|personal|privacy|cyber|network|internet|online|\bapps?\b|algorithm|"
    r"artificial intelligence|"
    r"\bai\b|information|digital|security|platform|technolog|telecom|electronic|computer|facial|"
    r"biometric|surveillance|cookie|encrypt|cloud|software|数据|个人信息|隐私|网络|互联网|信息|算法|人工智能|"
    r"数字|平台|安全|电信|应用|app|软件|人脸|生物识别|密码|云|在线|"
    r"个人资料|個人資料|资料外泄|資料外洩|保障资料|保障資料|资料保障|資料保障|私隐|私隱|隱私|數據|網絡|網路|"
    r"資訊|資安|數碼|數位",
    "abcdefinopst数个隐网互信算人平安电应软生密云在個资資保私隱數網",
)


#: the words of ``_DOMAIN`` that count wherever they stand ("app" also stands for its
#: "\bapps?\b"); "ai" counts only as a word of its own (``_AI``)
_DOMAIN_WORDS = (
    "data", "personal", "privacy", "cyber", "network", "internet", "online", "algorithm",
    "artificial intelligence", "information", "digital", "security", "platform", "technolog",
    "telecom", "electronic", "computer", "facial", "biometric", "surveillance", "cookie",
    "encrypt", "cloud", "software", "app", "数据", "个人信息", "隐私", "网络", "互联网", "信息",
    "算法", "人工智能", "数字", "平台", "安全", "电信", "应用", "软件", "人脸", "生物识别", "密码",
    "云", "在线",
    # Hong Kong's and Taiwan's words, in either script ("個人資料", "資料外洩", "私隱"): a LegCo
    # paper's data-breach investigation read as unrelated (heldout13, fix16z)
    "个人资料", "個人資料", "资料外泄", "資料外洩", "保障资料", "保障資料", "资料保障", "資料保障",
    "私隐", "私隱", "隱私", "數據", "網絡", "網路", "資訊", "資安", "數碼", "數位",
)  # fmt: skip
_AI = re.compile(r"\bai\b")


@cache
def _domain_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in _DOMAIN_WORDS:
        automaton.add_word(word, 0)
    automaton.make_automaton()
    return automaton


def in_domain(text: str) -> bool:
    """The text speaks of data, privacy, networks or technology (English or Chinese).

    What ``_DOMAIN`` finds, by one Aho-Corasick pass that stops at the first word: the
    pattern's alternatives open with letters as common as "a", "e", "i", "o", "s", "t", so
    the regex engine tries them at most positions of a text (about five times slower).
    """
    low = text.lower()
    if next(_domain_automaton().iter(low), None) is not None:
        return True
    return "ai" in low and _AI.search(low) is not None


_QUALIFIER = re.compile(r"[(（][^()（）]*[)）]")


class _Signature:
    """What identifies an item's development: the date and instrument titles of its first
    sentence, and that sentence (instrument titles are read only when two dates agree)."""

    def __init__(self, item: RawItem) -> None:
        self.item = item
        self._names: set[str] | None = None

    @cached_property
    def sentence_text(self) -> str:
        """Read only for items that are compared: most documents have no summary-like item,
        and then only items sharing a title are."""
        return first_sentence(self.item.body[0] if self.item.body else self.item.title)

    @cached_property
    def day(self) -> tuple[int, int | None] | None:
        found = dates.find_dates(self.sentence_text) or dates.find_months(self.sentence_text)
        return (found[0].month, found[0].day) if found else None

    @cached_property
    def title(self) -> str:
        return normalise(self.item.title)

    @cached_property
    def sentence(self) -> str:
        return normalise(self.sentence_text)

    @property
    def names(self) -> set[str]:
        if self._names is None:
            self._names = {
                normalise(_QUALIFIER.sub("", f.name))
                for f in instruments.find_titles(self.sentence_text)
                if len(f.name) >= 8
            }
        return self._names


def _same(a: RawItem, b: RawItem, sig_a: _Signature, sig_b: _Signature) -> bool:
    if not a.body or not b.body:  # a table-of-contents line or one-line summary
        return fuzz.ratio(sig_a.title, sig_b.title) >= 90
    if sig_a.title == sig_b.title:
        return True
    if sig_a.day is not None and sig_a.day == sig_b.day and sig_a.names & sig_b.names:
        return True
    short, long = sorted((len(sig_a.sentence), len(sig_b.sentence)))
    if short <= 40 or short < 0.8 * long:
        return False  # token_sort_ratio >= 92 is impossible between such lengths
    return fuzz.token_sort_ratio(sig_a.sentence, sig_b.sentence) >= 92


def _candidates(items: list[RawItem], sigs: list[_Signature]) -> list[tuple[int, int]]:
    """Pairs worth comparing: the same title; or a summary-like item (no body, or a paragraph
    without a headline outside any section) and another item of the same first date (or
    either without one)."""
    summary_like = {
        i
        for i, item in enumerate(items)
        if not item.body or (item.derived_title and item.section is None)
    }
    pairs: set[tuple[int, int]] = set()
    seen: dict[str, int] = {}
    for index, sig in enumerate(sigs):
        if sig.title in seen:
            pairs.add((seen[sig.title], index))
        seen.setdefault(sig.title, index)
    for a in summary_like:
        for b in range(len(items)):
            if a == b:
                continue
            if sigs[a].day is None or sigs[b].day is None or sigs[a].day == sigs[b].day:
                pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def drop_repeats(items: list[RawItem], skips: Skips) -> list[RawItem]:
    """Summary paragraphs and table-of-contents lines that repeat another item."""
    sigs = [_Signature(i) for i in items]
    drop: set[int] = set()
    for a, b in _candidates(items, sigs):
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
        if not in_domain(text) and not item.hints and not has_authority(text) and "《" not in text:
            skips.entries.append(
                Skipped(
                    "unrelated to data protection or cybersecurity", item.title[:100], item.line
                )
            )
            continue
        kept.append(item)
    return kept
