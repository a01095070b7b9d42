"""Recognizers for values that only a cue word makes PI: "QQ 12345678", "密码：abc123".

A QQ number is 5-11 digits, a password is any printable string, a birth date is a date: without
the word in front of them they are order numbers, tokens and dates like any other. Such a
recognizer looks for its cue words first (one literal alternation, which the regex engine skips
through quickly because the words start with a few known characters) and parses the value in a
short window after each cue, so that text without cues costs one fast scan and nothing else.

Some of these types also have a telling shape as a *whole* input (a table cell that is just a
UUID or an IMEI): ``base_score`` is what such a cell scores without a cue; 0 means never. The
shape-driven paths of the scanner (``regex``/``validate``/``score`` on whole cells) then work as
for every other pattern recognizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar, Protocol

from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer

#: Separators between a cue and its value.
_SEPARATORS = r"[ \t\u3000:：=＝#＃>\"'“‘,，]"
#: Verbs of assignment ("是", "为", "改成", "分别为") and Chinese labels ("号码", "编号").
_CN_GAP = (
    "是|为|為|就是|改成|改为|换成|重置为|设为|设置为|分别为|分别是|叫|证件号码|证件号|证号|编号"
    "|字段为|字段|号码|號碼|号|號|码|碼|账号|帳號"
)
#: What may stand between a cue and its value: separators, a verb of assignment, a label,
#: "No.", an "ID".
_GAP = re.compile(rf"(?:{_SEPARATORS}|{_CN_GAP}|ID|Id|id|No\.?|is(?![A-Za-z]))*")
#: ``_GAP`` for values that may themselves start with ``ID``, ``No`` or ``is`` (a password such as
#: ``No00`` or ``id12345``): there those Latin labels count only with a separator after them
#: (``密码ID：…``), and ``No`` only with its full stop.
LATIN_LABEL_NEEDS_SEPARATOR_GAP = re.compile(
    rf"(?:{_SEPARATORS}|{_CN_GAP}|No\.|(?:ID|Id|id|No|is)(?={_SEPARATORS}))*"
)
#: What joins two values after one cue: "串号分别为86…和35…", "QQ 12345、67890".
_CHAIN = re.compile(r"[ \u3000]?(?:和|及|与|或|、|/|／|,|，)[ \u3000]?")
#: A label between a cue and its value: a bracketed note, a SIM slot number, "/MEID".
_FILLER = re.compile(r"[（(【\[][^（()）【】\[\]\n]{1,10}[)）】\]]|[12](?=[:：])|/[A-Za-z]{2,6}")
#: Most characters between the end of a cue and its value.
_MAX_GAP = 16


def cue_alternatives(words: Iterable[str]) -> list[str]:
    """Regex alternatives for ``words``: Latin letters match in either case, and a word that
    begins or ends with a Latin letter must not be part of a longer Latin word ("pin" is not
    in "pinyin"), longest words first.

    Every alternative starts with a literal character (a word starting with a Latin letter is
    written twice, once per case of that letter): only then does the regex engine skip straight
    to the positions holding one of those characters; a character class first, or a leading
    lookbehind, makes it try every position (measured: 10x slower on Chinese text). The left
    boundary is therefore checked after the first character (``p(?<![A-Za-z]p)in``).
    """
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        rest = "".join(
            f"[{c.upper()}{c.lower()}]" if c.isascii() and c.isalpha() else re.escape(c)
            for c in word[1:]
        )
        if word[-1].isascii() and word[-1].isalpha():
            rest += "(?![A-Za-z])"
        first = word[0]
        if first.isascii() and first.isalpha():
            for variant in dict.fromkeys((first.upper(), first.lower())):
                parts.append(f"{variant}(?<![A-Za-z]{variant}){rest}")
        else:
            parts.append(re.escape(first) + rest)
    return parts


def cue_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for ``words`` (see :func:`cue_alternatives`), the alternatives grouped by
    their first character (``微(?:信号|信)|…``): at each candidate position the regex engine then
    tries one group instead of every word."""
    groups: dict[str, list[str]] = {}
    for alternative in cue_alternatives(words):
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return re.compile(
        "|".join(
            first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
            for first, rests in groups.items()
        )
    )


class CueDriven(Protocol):
    """A recognizer whose work starts at its cue words; the engine finds the cues of all such
    recognizers in one pass (:class:`CueIndex`) and hands each its own."""

    cues: ClassVar[tuple[str, ...]]
    needs_digit: ClassVar[bool]

    def needs_scan(self, text: str) -> bool:
        """Whether ``text`` must be analysed even without a cue in it (a whole-cell shape, a
        writing found by its own scan)."""

    def analyze_with_cues(
        self, text: str, hits: list[re.Match[str]], ctx: AnalysisContext
    ) -> Iterable[Finding]:
        """Findings in ``text``, given the matches of this recognizer's cues in it."""


class CueIndex:
    """The cue words of several recognizers in one pattern, so that text is scanned for cues
    once, not once per recognizer: hits are handed out by the word matched."""

    def __init__(self, recognizers: Sequence[CueDriven]) -> None:
        self.recognizers = list(recognizers)
        self._owners: dict[str, list[int]] = {}
        for i, recognizer in enumerate(self.recognizers):
            for word in recognizer.cues:
                owners = self._owners.setdefault(word.lower(), [])
                if i not in owners:
                    owners.append(i)
        self._regex = cue_pattern(self._owners) if self._owners else None

    def hits(self, text: str) -> list[list[re.Match[str]]]:
        """Per recognizer (in the order given), the matches of its cue words in ``text``."""
        out: list[list[re.Match[str]]] = [[] for _ in self.recognizers]
        if self._regex is None:
            return out
        owners = self._owners
        for m in self._regex.finditer(text):
            for i in owners[m.group().lower()]:
                out[i].append(m)
        return out

    def hit_map(self, text: str) -> dict[int, list[re.Match[str]]]:
        """:meth:`hits` as a map from recognizer index to its (non-empty) matches: most text
        has no cue at all, and an empty map costs nothing to build or read."""
        out: dict[int, list[re.Match[str]]] = {}
        if self._regex is None:
            return out
        owners = self._owners
        for m in self._regex.finditer(text):
            for i in owners[m.group().lower()]:
                out.setdefault(i, []).append(m)
        return out


def whole_gate(recognizer: CuedRecognizer) -> Callable[[str], object] | None:
    """A search that matches whenever ``recognizer.analyze_with_cues(text, [], ctx)`` may find
    something (its pattern over the whole text: without cues only :meth:`CuedRecognizer.whole`
    can), or ``None`` when the recognizer changes that path."""
    kind = type(recognizer)
    plain = kind.analyze_with_cues is CuedRecognizer.analyze_with_cues or kind.__dict__.get(
        "whole_only_without_cues", False
    )
    if not plain or kind.whole is not CuedRecognizer.whole:
        return None
    return recognizer.regex().fullmatch


class CuedRecognizer(PatternRecognizer):
    """A value reported after one of its ``cues``, or as a whole input of a telling shape.

    ``pattern`` is the value alone, with its own boundary checks on both sides (a lookbehind at
    its start is fine: it is only tried in the short window after a cue, or on a whole input).
    """

    #: Cue words, matched as in :func:`cue_pattern`.
    cues: ClassVar[tuple[str, ...]] = ()
    #: Score of a valid value found after a cue.
    cue_score: ClassVar[float] = 0.8
    #: Whether a short label may stand between the cue and its value (see :meth:`value_after`).
    filler: ClassVar[bool] = False
    #: What may stand between a cue and its value (see :meth:`value_after`).
    gap: ClassVar[re.Pattern[str]] = _GAP
    #: Whole inputs longer than this are not tried as one value.
    max_whole: ClassVar[int] = 80
    #: Score of a whole input that is a valid value, without any cue (0: not reported).
    base_score: ClassVar[float] = 0.0
    needs_digit: ClassVar[bool] = False

    _cue_compiled: ClassVar[re.Pattern[str] | None] = None

    @classmethod
    def cue_regex(cls) -> re.Pattern[str]:
        compiled = cls.__dict__.get("_cue_compiled")
        if compiled is None:
            compiled = cue_pattern(cls.cues)
            cls._cue_compiled = compiled
        return compiled

    def score(self, value: str, attributes: dict[str, Any]) -> float:
        """Score of ``value`` as a whole input, without a cue."""
        return self.base_score

    def cue_value_score(self, value: str, attributes: dict[str, Any]) -> float:
        """Score of ``value`` found after a cue."""
        return self.cue_score

    @property
    def scans_without_cues(self) -> bool:
        """Whether text without a cue can hold a finding (a whole cell of a telling shape)."""
        return self.base_score > 0

    def needs_scan(self, text: str) -> bool:
        return self.base_score > 0 and len(text) <= self.max_whole

    def analyze(self, text: str, ctx: AnalysisContext) -> Iterator[Finding]:
        hits = list(self.cue_regex().finditer(text))
        if hits or self.needs_scan(text):
            yield from self.analyze_with_cues(text, hits, ctx)

    def analyze_with_cues(
        self, text: str, hits: list[re.Match[str]], ctx: AnalysisContext
    ) -> Iterator[Finding]:
        if self.needs_scan(text):
            whole = self.whole(text, ctx)
            if whole is not None:
                yield whole
                return
        regex = self.regex()
        end = -1
        for cue in hits:
            if cue.start() < end:
                continue
            m = self.value_after(text, cue.end(), regex)
            if m is None:
                continue
            value = m.group()
            attributes = self.validate(value, ctx)
            if attributes is not None:
                between = text[cue.end() : m.start()]
                attributes = self.after_cue(cue.group(), between, value, attributes)
            if attributes is None:
                continue
            end = m.end()
            score = min(1.0, self.cue_value_score(value, attributes))
            yield Finding(m.start(), end, self.type_id, score, self.mask(value), attributes)
            # a second value of the same shape joined to the first one: "86…和35…"
            while (join := _CHAIN.match(text, end)) is not None:
                m = regex.match(text, join.end())
                if m is None or (attributes := self.validate(m.group(), ctx)) is None:
                    break
                attributes = self.after_cue(
                    cue.group(), text[cue.end() : m.start()], m.group(), attributes
                )
                if attributes is None:
                    break
                end = m.end()
                score = min(1.0, self.cue_value_score(m.group(), attributes))
                yield Finding(m.start(), end, self.type_id, score, self.mask(m.group()), attributes)

    def after_cue(
        self, cue: str, between: str, value: str, attributes: dict[str, Any]
    ) -> dict[str, Any] | None:
        """Attributes of ``value`` found after ``cue`` with ``between`` (separators, a label) in
        between; ``None`` rejects it. By default those of :meth:`validate`."""
        return attributes

    def whole(self, text: str, ctx: AnalysisContext) -> Finding | None:
        """The finding for ``text`` taken as one value, if it is one and scores without a cue."""
        m = self.regex().fullmatch(text)
        if m is None:
            return None
        attributes = self.validate(text, ctx)
        if attributes is None:
            return None
        score = self.score(text, attributes)
        if score <= 0:
            return None
        return Finding(0, len(text), self.type_id, score, self.mask(text), attributes)

    def value_after(self, text: str, pos: int, regex: re.Pattern[str]) -> re.Match[str] | None:
        """The value that follows a cue ending at ``pos``, after the separators: right there,
        inside an opening bracket ("台胞证（12345678）"), or (types with ``filler``) after a
        short label: "IMEI（卡槽1）：86…", "IMEI1：86…", "IMEI/MEID：86…"."""
        start = self.gap.match(text, pos).end()  # type: ignore[union-attr]
        if start - pos > _MAX_GAP or start >= len(text):
            return None
        m = regex.match(text, start)
        if m is not None:
            return m
        if text[start] in "（(【[":
            m = regex.match(text, start + 1)
            if m is not None:
                return m
        if self.filler and (label := _FILLER.match(text, start)) is not None:
            start = self.gap.match(text, label.end()).end()  # type: ignore[union-attr]
            if start - pos <= _MAX_GAP:
                return regex.match(text, start)
        return None
