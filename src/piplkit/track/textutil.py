"""Small text helpers shared by the extractors: sentences, cue matching, normalisation."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

import ahocorasick

_ABBREVIATIONS = frozenset(
    {"mr", "ms", "mrs", "dr", "co", "no", "art", "vs", "st", "inc", "e.g", "i.e", "etc", "re"}
)
#: an abbreviated month before its day ("on Oct. 17. They take effect …", fix16n) ends nothing
_MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
_SENT = re.compile(r"(?=[.!?。！？；])(?:[.!?][”\"’)]?\s+(?=[A-Z“\"(\d\u4e00-\u9fff])|[。！？；])")
_LAST_WORD = re.compile(r"([\w.]+)$")
_PUNCT = re.compile(r"[^\w\s'+\u4e00-\u9fff]")
_SPACES = re.compile(r"\s+")
_PUNCT_OR_SPACE = re.compile(r"[^\w'+\u4e00-\u9fff]+")
_WORD = re.compile(r"[A-Za-z0-9][\w'’\-]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: curly quotes and dashes as straight ones (six ``str.replace`` scans in C are several times
#: faster than ``str.translate`` with a mapping, which looks up every character in Python)
_QUOTES = (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"))


@lru_cache(maxsize=256)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) spans of the sentences of a paragraph ("Co." and the like do not end one)."""
    spans = []
    start = 0
    for m in _SENT.finditer(text):
        if text[m.start()] == ".":
            word = _LAST_WORD.search(text, max(0, m.start() - 6), m.start())
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            if (
                word
                and word.group(1).lower() in _MONTH_ABBREVIATIONS
                and text[m.end() : m.end() + 1].isdigit()
            ):
                continue
        cut = m.start() + 1
        if cut > start:
            spans.append((start, cut))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    for start, end in sentences(text):
        if start <= pos < end:
            return start, end
    return 0, len(text)


def trie_regex(phrases: Iterable[str]) -> str:
    """An alternation of literal phrases arranged as a prefix tree.

    Python's ``re`` tries alternatives one by one at every position; sharing prefixes makes a
    failed position cost one character test instead of one per phrase. A space in a phrase
    matches any run of whitespace; an apostrophe matches both ' and ’.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            atom = r"\s+" if ch == " " else "['’]" if ch in "'’" else re.escape(ch)
            branches.append(atom + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


#: (fast pattern, the pattern it stands for, flags) of every ``leading`` pattern, for the test
#: that checks each one finds exactly what its plain form finds
LEADING: list[tuple[re.Pattern[str], str, int]] = []


def leading(pattern: str, first: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for the characters a match can start with (``first``, the
    inside of a character class).

    Python's ``re`` has a fast scan only for patterns that open with a literal or a character
    class; one that opens with ``\\b``, an alternation of classes or a case-insensitive word list
    is tried at every position of the text. The one-character lookahead rejects most positions
    at once: such scans run 2-5 times faster and find the same matches.
    """
    compiled = re.compile(f"(?=[{first}])(?:{pattern})", flags)
    LEADING.append((compiled, pattern, flags))
    return compiled


def cue_pattern(cues: Iterable[str]) -> re.Pattern[str]:
    """One regex for a lower-cased cue list, applied by ``cue_matches`` to lower-cased text.

    Cues ending in a stem ("violat", "implement") also match longer words. Matching lower-cased
    text with a case-sensitive pattern keeps the regex engine on its fast path.
    """
    cues = {c.lower() for c in cues}
    stems = {c for c in cues if c.endswith(("violat", "implement"))}
    latin = [c for c in cues if c.isascii() and c not in stems]
    parts = []
    # No leading \b: a pattern that starts with a character class is scanned in C; the left
    # boundary is checked by ``cue_matches``.
    if latin:
        parts.append(rf"{trie_regex(latin)}(?!\w)")
    if stems:
        parts.append(trie_regex(stems))
    chinese = [c for c in cues if not c.isascii()]
    if chinese:
        parts.append(trie_regex(chinese))
    return re.compile("|".join(parts))


_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*")


class CueIndex:
    """Find phrases from a fixed list in text by word n-grams instead of one big regex.

    Latin phrases are looked up as sequences of lower-cased word tokens (punctuation ignored, so
    "Co., Ltd." is "co ltd"); phrases listed as stems ("violat") also match words they begin;
    Chinese phrases are found as substrings. One tokenising pass plus dictionary lookups is
    several times faster than a regex alternation of hundreds of phrases in Python's ``re``.
    """

    def __init__(
        self, phrases: Iterable[str], stems: Iterable[str] = (), case_sensitive: bool = False
    ) -> None:
        self.case_sensitive = case_sensitive
        #: first word -> [(following words, listed phrase)], longest first
        self.starts: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.chinese: list[str] = []
        for phrase in phrases:
            if phrase.isascii():
                words = self._words(phrase)
                if words:
                    self.starts.setdefault(words[0], []).append((tuple(words[1:]), phrase))
            else:
                self.chinese.append(phrase)
        for options in self.starts.values():
            options.sort(key=lambda o: -len(o[0]))
        self.stems = tuple(s.lower() for s in stems)
        #: every Chinese phrase in one Aho-Corasick automaton: one pass over a text instead of
        #: a ``str.find`` scan per phrase (about 20 times faster on a Chinese sentence)
        self._automaton: ahocorasick.Automaton | None = None
        if self.chinese:
            self._automaton = ahocorasick.Automaton()
            for phrase in self.chinese:
                self._automaton.add_word(phrase, phrase)
            self._automaton.make_automaton()

    def _words(self, text: str) -> list[str]:
        found = _TOKEN.findall(text)
        return found if self.case_sensitive else [w.lower() for w in found]

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, listed phrase) for every occurrence, longest phrase first at a position."""
        end = len(text) if end is None else end
        token_starts, token_ends, all_words, has_han = _tokenised(text, not self.case_sensitive)
        lo = bisect_left(token_starts, start)
        hi = bisect_right(token_ends, end)
        words = all_words[lo:hi]
        out = [
            (token_starts[lo + i], token_ends[lo + j], phrase)
            for i, j, phrase in self._latin(words)
        ]
        if has_han:
            out.extend(self._chinese(text, start, end))
        out.sort()
        return out

    def _chinese(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, phrase) of the Chinese phrases in ``text[start:end]``: as repeated
        ``str.find`` reports them, each phrase's occurrences left to right without overlapping
        one another."""
        if self._automaton is None or start >= end:
            return []
        out = []
        free: dict[str, int] = {}  # per phrase, where its next occurrence may start
        for last, phrase in self._automaton.iter(text, start, end):
            first = last + 1 - len(phrase)
            if first >= free.get(phrase, 0):
                out.append((first, last + 1, phrase))
                free[phrase] = last + 1
        return out

    def phrases(self, text: str) -> set[str]:
        """The listed phrases (and stems) ``find`` reports anywhere in the text, as a set."""
        words, has_han = _words_of(text, not self.case_sensitive)
        found = {phrase for _, _, phrase in self._latin(words)}
        if has_han and self._automaton is not None:
            found.update(phrase for _, phrase in self._automaton.iter(text))
        return found

    def _latin(self, words: list[str]) -> list[tuple[int, int, str]]:
        """(first word, last word, phrase) of each phrase, left to right; a phrase's words are
        not looked at again, the longest phrase at a word wins."""
        starts = self.starts
        stems = self.stems
        out: list[tuple[int, int, str]] = []
        # only the words that open a phrase or begin with a stem need a look (a set lookup per
        # word, in a comprehension, is several times cheaper than a loop over every word)
        if stems:
            candidates = [
                i for i, word in enumerate(words) if word in starts or word.startswith(stems)
            ]
        else:
            candidates = [i for i, word in enumerate(words) if word in starts]
        after = 0
        for i in candidates:
            if i < after:
                continue
            options = starts.get(words[i])
            if options is None:  # a word a stem begins
                stem = next(s for s in stems if words[i].startswith(s))
                out.append((i, i, stem))
                continue
            for rest, phrase in options:
                n = len(rest)
                if n == 0 or tuple(words[i + 1 : i + 1 + n]) == rest:
                    out.append((i, i + n, phrase))
                    after = i + n + 1
                    break
        return out


@lru_cache(maxsize=512)
def _tokenised(text: str, lower: bool) -> tuple[list[int], list[int], list[str], bool]:
    """Word tokens of a text (start and end offsets, words), once per text: kinds and stage
    cues both look up the same body, the stage cues once per instrument sentence."""
    source = text.lower() if lower else text
    if len(source) != len(text):  # a few characters change length when lower-cased
        source = text
    words, has_han = _words_of(text, lower)
    # Each token's offset is where ``str.find`` next finds its word: a token opens with an
    # ASCII letter or digit, and no such character stands between two tokens (a match could
    # start at any of them), so the first occurrence after the previous token is the token
    # itself. One ``find`` per word costs a fraction of a match object per word.
    starts: list[int] = []
    ends: list[int] = []
    find = source.find
    at = 0
    for word in words:
        at = find(word, at)
        starts.append(at)
        at += len(word)
        ends.append(at)
    return starts, ends, words, has_han


@lru_cache(maxsize=512)
def _words_of(text: str, lower: bool) -> tuple[list[str], bool]:
    """The word tokens alone (what a lookup without positions needs: one scan in C)."""
    source = text.lower() if lower else text
    if len(source) != len(text):  # as ``_tokenised``
        source = text
    return _TOKEN.findall(source), not text.isascii() and bool(_HAN.search(text))


def cue_matches(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> list[re.Match[str]]:
    """Matches of a ``cue_pattern`` that start on a word boundary."""
    end = len(text) if end is None else end
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = text
    return [
        m
        for m in pattern.finditer(low, start, end)
        if m.start() == 0 or not (low[m.start() - 1].isalnum() and m.group(0)[0].isascii())
    ]


def normalise(text: str) -> str:
    """Lower-case, straight quotes and dashes, single spaces: for comparing names and titles."""
    if not text.isascii():
        for curly, straight in _QUOTES:
            text = text.replace(curly, straight)
    # a run of punctuation and spaces is one space (one pass instead of two)
    return _PUNCT_OR_SPACE.sub(" ", text.lower()).strip()


@lru_cache(maxsize=4096)
def words(text: str) -> int:
    """Length in words; a CJK character counts as half a word."""
    latin = len(_WORD.findall(text))
    cjk = 0 if text.isascii() else len(_HAN.findall(text))
    return latin + cjk // 2
