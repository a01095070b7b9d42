"""Chinese personal names in running text.

Evidence, strongest first:

* the character CRF trained on CLUENER2020 (``piplkit.discover.detect.ner``) tags a span as a name;
its mean
  marginal probability is the base confidence;
* the span starts with a known surname (Faker's zh_CN list plus compound surnames) and has the
  2–4 characters of a Chinese name;
* a cue word sits next to it: a form label before (姓名、联系人、收件人 …) or an honorific or title
  after (先生、女士、经理 …).

A surname followed by one or two characters directly after a form label (``联系人：王芳``) is a
name even when the model hesitates. Spans that are division names (江苏, 常州) are never names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import ClassVar

from piplkit.discover.detect.masking import MASK_CHAR
from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.ner.latin_names import latin_name_spans
from piplkit.discover.detect.ner.lexicon import Lexicon, lexicon
from piplkit.discover.detect.ner.spans import NAME
from piplkit.discover.detect.ner.tagger import UNSURE_BELOW, Tagged, prime, tagged
from piplkit.discover.detect.recognizer import AnalysisContext, Recognizer
from piplkit.discover.detect.registry import register

_CJK_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Label, optional colon/space, then the candidate (surname + up to 2 chars) right after it.
_LABELLED = r"(?:{labels})[\s:：是为]{{0,2}}(?P<v>[\u4e00-\u9fff]{{2,4}})"
# Characters that end a name when they follow it: particles, verbs, pronouns, honorific starts.
#: Conjunctions that join two nouns: a model span that starts with one right after another
#: Chinese character (``登记者[和海归]``, ``油画家[和蛋彩]画``) is the joint, not a name with the
#: rare surname 和 (issue 12; CLUENER tune half).
_JOINING = frozenset("和与及或跟")
#: A Latin-script name written in brackets right after a name (``阿特金森（martinatkinson）``):
#: the original spelling of the name before it, whatever its case.
_LATIN_ALIAS = re.compile(r"\s*[(（]\s*(?P<v>[A-Za-z][A-Za-z .'·-]*[A-Za-z])\s*[)）]")
_NOT_IN_GIVEN_NAME = frozenset(
    "的了是在和与及或等到从向对把被为就也都而但我你他她它们这那有先女小于签说称"
    "谈讲问道笑已将让给带去来要会又还却只便则不没很最更收凭约诉"
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to exclude surrounding whitespace and punctuation."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] != "·":
        end -= 1
    return start, end


def _score_span(
    value: str, confidence: float, surname: str | None, cue: bool, latin_base: float = 0.1
) -> float:
    """Confidence of a CRF span: surname-initial Chinese names need less model certainty."""
    if surname and 2 <= len(value) <= 4 and _CJK_NAME.fullmatch(value):
        score = 0.45 + 0.5 * confidence
    elif _CJK.search(value):
        score = 0.2 + 0.55 * confidence  # transliterated or unusual names
    else:
        score = latin_base + 0.5 * confidence
    if cue:
        score += 0.2
    return min(1.0, score)


def _ends_with_any(text: str, words: frozenset[str], longest: int) -> bool:
    """Whether ``text`` ends with one of ``words`` (set look-ups of its tails, not a scan; a
    loop rather than ``any`` over a generator, which cost more than the look-ups)."""
    for k in range(1, min(longest, len(text)) + 1):  # noqa: SIM110 (see above)
        if text[-k:] in words:
            return True
    return False


def _starts_with_any(text: str, words: frozenset[str], longest: int) -> bool:
    """Whether ``text`` starts with one of ``words``."""
    for k in range(1, min(longest, len(text)) + 1):  # noqa: SIM110 (a loop: faster)
        if text[:k] in words:
            return True
    return False


def _first_char_alternation(words: Iterable[str]) -> str:
    """An alternation of literal ``words`` grouped by first character (``联(?:系人|系)|…``), so
    that a position costs one test per first character, not one per word."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        re.escape(first) + ("(?:" + "|".join(rests) + ")" if len(rests) > 1 else rests[0])
        for first, rests in groups.items()
    )


def mask_person_name(value: str, surname: str | None) -> str:
    """Keep the surname (or the first character), star the given name."""
    keep = surname if surname and len(surname) < len(value) else value[:1]
    return keep + MASK_CHAR * (len(value) - len(keep))


@register
class PersonNameRecognizer(Recognizer):
    """Chinese person names (CRF + surname + cue words)."""

    type_id: ClassVar[str] = "person_name"
    #: Tag a batch of texts in one pass before they are analysed one by one.
    prepare_batch = staticmethod(prime)
    #: A model span that is a common word (高兴, 马上) is dropped unless the model is this sure:
    #: jieba's word list also holds famous names (奥巴马) and names that are words (马力 after
    #: 记者). 0.9 was chosen on the CLUENER tune half (person_name overlap F1 0.804 -> 0.810,
    #: carriers unchanged; docs/evaluation.md).
    word_veto_below: ClassVar[float] = 0.9
    #: A model span with a lower-case Latin word is dropped unless the model is this sure
    #: (``johnnolen`` in news text written without capitals; tune 0.810 -> 0.814).
    lower_latin_from: ClassVar[float] = 0.85
    #: Base score of a Latin-script model span (see ``_score_span``).
    latin_base: ClassVar[float] = 0.1
    #: Score of a Latin-script name of the lexicon in prose (see ``_latin_names``).
    latin_score: ClassVar[float] = 0.6
    #: Score of a name only the second opinion (LAC, off by default) found.
    opinion_score: ClassVar[float] = 0.6
    #: A LAC person overlapping a CRF organisation/address span this sure is not taken.
    opinion_other_from: ClassVar[float] = 0.5

    def __init__(self) -> None:
        self._lex: Lexicon = lexicon()
        #: Labels and roles that may stand right before a name.
        self._before: frozenset[str] = self._lex.name_left | self._lex.name_roles
        self._before_longest = max(map(len, self._before), default=0)
        self._before_last = frozenset(w[-1] for w in self._before)
        self._right: frozenset[str] = frozenset(self._lex.name_right)
        self._right_longest = max(map(len, self._right), default=0)
        labels = "|".join(sorted(self._before, key=len, reverse=True))
        self._labelled = re.compile(_LABELLED.format(labels=labels))
        verbs = "|".join(sorted(self._lex.name_verbs, key=len, reverse=True))
        self._after_verb = re.compile(f"(?:{verbs})(?P<v>[\u4e00-\u9fff]{{2,4}})")
        titles = sorted(self._lex.name_honorifics, key=len, reverse=True)
        self._titled = re.compile("|".join(titles))
        # Every word the three rules start from, in one pattern: most text has none of them, and
        # one search is cheaper than three.
        words = self._before | self._lex.name_verbs | self._lex.name_honorifics
        self._any_cue = re.compile(_first_char_alternation(words))

    def quick_reject(self, text: str) -> bool:
        return not _CJK.search(text)

    def analyze(self, text: str, ctx: AnalysisContext) -> Iterable[Finding]:
        found: list[Finding] = []
        result = tagged(text)
        for span in result.spans:
            if span.label != NAME:
                continue
            if (
                result.checked
                and span.confidence < UNSURE_BELOW
                and not any(s < span.end and span.start < e for s, e in result.persons)
            ):
                continue  # the second opinion (LAC) read this unsure span and saw no person
            finding = self._from_model(text, span.start, span.end, span.confidence, ctx.prose)
            if finding is not None:
                found.append(finding)
        if result.persons:
            found.extend(self._second_opinion(text, result, found))
            found.sort(key=lambda f: f.start)
        if ctx.prose and found and ("(" in text or "（" in text):
            found.extend(self._latin_aliases(text, found))
            found.sort(key=lambda f: f.start)
        letter = _LATIN_LETTER.search(text) if ctx.prose else None
        if letter is not None:  # (three lines in four of news text have no Latin letter)
            latin = list(self._latin_names(text, found, letter.start()))
            if latin:
                found.extend(latin)
                found.sort(key=lambda f: f.start)
        if self._any_cue.search(text) is None:
            return found
        extra = [
            *self._labelled_names(text, ctx.prose),
            *self._titled_names(text),
            *self._object_names(text),
        ]
        for finding in extra:
            if not any(finding.overlaps(f) for f in found):
                found.append(finding)
        found.sort(key=lambda f: f.start)
        return found

    def _second_opinion(self, text: str, result: Tagged, found: list[Finding]) -> Iterator[Finding]:
        """Names LAC found in the windows around unsure spans that no finding covers yet.

        Not taken: spans with a digit (LAC reads some postcodes as persons); a surname with a
        title, also when the window cut the title in half (李先 of 李先生: not a name in
        CLUENER's sense, and the honorific rule handles 李强先生); divisions, roles and common
        words (LAC tags 房东 and 纪要 as persons in business text); spans the CRF is sure are an
        organisation or address (LAC reads football clubs and bookmakers as persons)."""
        for start, end in result.persons:
            start, end = _trim(text, start, end)
            value = text[start:end]
            if (
                len(value) < 2
                or any(c.isdigit() for c in value)
                or any(
                    _ends_with_any(text[start : end + k], self._right, self._right_longest)
                    for k in range(3)
                )
                or value in self._lex.divisions
                or value in self._before
                or self._lex.is_word(value)
                or any(f.start < end and start < f.end for f in found)
                or any(
                    s.label != NAME
                    and s.confidence >= self.opinion_other_from
                    and s.start < end
                    and start < s.end
                    for s in result.spans
                )
            ):
                continue
            surname = self._lex.surname_of(value)
            score = self.opinion_score + (0.2 if self._has_cue(text, start, end) else 0.0)
            attributes = {"surname": surname, "source": "lac"} if surname else {"source": "lac"}
            yield Finding(
                start,
                end,
                self.type_id,
                min(1.0, score),
                mask_person_name(value, surname),
                attributes,
            )

    def _latin_aliases(self, text: str, found: list[Finding]) -> Iterator[Finding]:
        """The Latin spelling in brackets right after a found name: ``克里斯·莫瑞斯(ChrisMorris)``.

        CLUENER writes such spellings without spaces and often in lower case, where the model
        alone is unsure or calls them organisations; the name before the bracket says what they
        are. Scored like the name they follow, and never more than 0.8."""
        for name in list(found):
            m = _LATIN_ALIAS.match(text, name.end)
            if m is None:
                continue
            start, end = m.start("v"), m.end("v")
            score = min(0.8, name.score)
            weaker = [f for f in found if f.start < end and start < f.end]
            if any(f.score >= score or f.start < start or f.end > end for f in weaker):
                continue
            for f in weaker:  # the model's own unsure reading of the same spelling
                found.remove(f)
            yield Finding(
                start,
                end,
                self.type_id,
                score,
                text[start] + MASK_CHAR * (end - start - 1),
                {"source": "alias"},
            )

    def _latin_names(self, text: str, found: list[Finding], pos: int = 0) -> Iterator[Finding]:
        """Latin-script names of the lexicon (``Lampard``, ``DavidBeckham``; see
        :mod:`piplkit.discover.detect.ner.latin_names`) that no finding covers yet.

        A weaker finding inside the same letters (the model's unsure ``David`` of
        ``DavidBeckham``) gives way to the whole name; one reaching outside them is left alone."""
        for start, end in latin_name_spans(text, self._after_role(text), pos):
            score = self.latin_score + (0.2 if self._has_cue(text, start, end) else 0.0)
            inside = [f for f in found if f.start < end and start < f.end]
            if any(f.start < start or f.end > end or f.score >= score for f in inside):
                continue
            for f in inside:
                found.remove(f)
            yield Finding(
                start,
                end,
                self.type_id,
                min(1.0, score),
                text[start] + MASK_CHAR * (end - start - 1),
                {"source": "latin"},
            )

    def _after_role(self, text: str) -> Callable[[int], bool]:
        """A test of ``text``: does a label or role (``name_left``/``name_roles``) end right
        before ``start``? The last character is tested first, which rules out almost every run."""
        last, longest = self._before_last, self._before_longest
        return lambda start: (
            start > 0
            and text[start - 1] in last
            and _ends_with_any(text[max(0, start - longest) : start], self._before, longest)
        )

    def _has_cue(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 4) : start].rstrip(":： ")
        after = text[end : end + 3]
        return _ends_with_any(before, self._before, self._before_longest) or _starts_with_any(
            after, self._right, self._right_longest
        )

    def _from_model(
        self, text: str, start: int, end: int, confidence: float, prose: bool = False
    ) -> Finding | None:
        start, end = _trim(text, start, end)
        start = self._skip_left_cue(text, start, end)
        start = self._skip_word_across_start(text, start, end)
        end = self._cut_function_word(text, start, end)
        value = text[start:end]
        if len(value) < 2 or value in self._lex.divisions:
            return None
        if prose and value[0] in _JOINING and start > 0 and _CJK.match(text[start - 1]):
            return None
        if self._lex.is_word(value) and confidence < self.word_veto_below:
            return None
        if confidence < self.lower_latin_from and any(
            word[0].islower() for word in _LATIN_WORD.findall(value)
        ):
            return None  # Latin-script names are capitalised ("zip bomb" in a message is not)
        surname = self._lex.surname_of(value)
        if surname and len(value) > len(surname) + 1:
            # "宋健是大学", "刘杨于": the model ran past the name into a function word.
            for k in range(len(surname) + 1, len(value)):
                if value[k] in _NOT_IN_GIVEN_NAME:
                    end = start + k
                    value = value[:k]
                    break
        score = _score_span(
            value, confidence, surname, self._has_cue(text, start, end), self.latin_base
        )
        attributes = {"surname": surname} if surname else {}
        return Finding(
            start, end, self.type_id, score, mask_person_name(value, surname), attributes
        )

    def _word_then_fragment(self, text: str, start: int, end: int) -> bool:
        """``[银行上]海支行``, ``[文艺著]作``: a common word plus the first character of the next
        word, which a label rule took for surname + given name (a name does not end in the
        middle of a word that follows it)."""
        if end - start != 3 or end >= len(text):
            return False
        tail = text[end - 1 : end + 1]
        lex = self._lex
        return lex.is_word(text[start : start + 2]) and (lex.is_word(tail) or tail in lex.divisions)

    def _skip_left_cue(self, text: str, start: int, end: int) -> int:
        """``房东李桂芳`` -> ``李桂芳``, ``况且悲鸿`` -> ``悲鸿``: drop a role word or a function
        word (况且 is a conjunction, not 况 + 且) the model took into the name."""
        for size in (3, 2):
            head = text[start : start + size]
            if end - start - size >= 2 and (
                head in self._before or head in self._lex.function_words
            ):
                return start + size
        return start

    def _skip_word_across_start(self, text: str, start: int, end: int) -> int:
        """``师傅黄强`` tagged as ``傅黄强``: the first character belongs to the word before it."""
        before = text[max(0, start - 5) : start]
        if (
            start > 0
            and end - start >= 3
            and self._lex.is_word(text[start - 1 : start + 1])
            and self._lex.surname_of(text[start + 1 : end])
            and not _ends_with_any(before, self._before, self._before_longest)  # 业主|张桂芳
        ):
            return start + 1
        return start

    def _cut_function_word(self, text: str, start: int, end: int) -> int:
        """``胡强反映`` -> ``胡强``: the last character starts a frequent verb/adverb instead."""
        value = text[start:end]
        surname = self._lex.surname_of(value)
        if (
            surname
            and len(value) - len(surname) == 2
            and text[end - 1 : end + 1] in self._lex.function_words
        ):
            return end - 1
        return end

    def _titled_names(self, text: str) -> Iterator[Finding]:
        """``谢洁先生`` style names: surname + 1–2 characters right before an honorific."""
        for m in self._titled.finditer(text):
            cue = m.start()
            for size in (3, 2):
                start = cue - size
                if start < 0:
                    continue
                value = text[start:cue]
                surname = self._lex.surname_of(value)
                if (
                    surname
                    and len(value) > len(surname)
                    and _CJK_NAME.fullmatch(value)
                    and not any(c in _NOT_IN_GIVEN_NAME for c in value[len(surname) :])
                    and not self._lex.is_word(value)
                ):
                    yield self._finding(text, start, cue, surname, 0.7)
                    break

    def _labelled_names(self, text: str, prose: bool = False) -> Iterator[Finding]:
        """``姓名：王芳`` style names: surname + 1–2 characters right after a form label."""
        for m in self._labelled.finditer(text):
            start = m.start("v")
            candidate = m.group("v")
            surname = self._lex.surname_of(candidate)
            if surname is None or (
                prose and candidate[0] in _JOINING and _CJK.match(text[start - 1])
            ):
                continue  # 登记者和海归: the label's noun joined to another, not a name
            end = start + len(surname)
            limit = start + len(surname) + 2
            while end < min(limit, m.end("v")) and text[end] not in _NOT_IN_GIVEN_NAME:
                end += 1
            end = self._cut_function_word(text, start, end)
            if end - start < 2 or end - start == len(surname) or self._lex.is_word(text[start:end]):
                continue
            if prose and self._word_then_fragment(text, start, end):
                continue  # 法人银行上海: the label is followed by a word, not by a name
            yield self._finding(text, start, end, surname, 0.8)

    def _object_names(self, text: str) -> Iterator[Finding]:
        """``感谢王芳。``, ``请联系李强，电话…``: a name as the object of a verb of ``name_verbs``.

        Weaker evidence than a label, so the name must end at punctuation, the end of the text,
        的 or an honorific/title, and neither the surname with the next character (邀请相关国家)
        nor the given name (采访时表示) may read as a common word.
        """
        lex = self._lex
        for m in self._after_verb.finditer(text):
            start = m.start("v")
            surname = lex.surname_of(m.group("v"))
            if surname is None:
                continue
            given_at = start + len(surname)
            for size in (2, 1):
                end = given_at + size
                if end > m.end("v") and end != len(text):
                    continue
                given = text[given_at:end]
                if (
                    len(given) != size
                    or not self._ends_name(text, end)
                    or any(c in _NOT_IN_GIVEN_NAME for c in given)
                    or lex.is_word(text[start : start + 2])
                    or lex.is_word(given)
                    or given in lex.function_words
                    or lex.is_word(text[start:end])
                ):
                    continue
                yield self._finding(text, start, end, surname, 0.65)
                break

    def _finding(self, text: str, start: int, end: int, surname: str, score: float) -> Finding:
        """A rule-based name finding (label, honorific, verb object) with its fixed score."""
        preview = mask_person_name(text[start:end], surname)
        return Finding(start, end, self.type_id, score, preview, {"surname": surname})

    def _ends_name(self, text: str, end: int) -> bool:
        if end >= len(text):
            return True
        c = text[end]
        if not c.isalnum() or c == "的":
            return True
        return _starts_with_any(text[end : end + self._right_longest], self._right, 99)
