"""Value profiles: what the cells of each PI type look like (data in ``data/value_profiles.yaml``).

A profile has a *strong* matcher (values that point to the type by themselves: 汉族, 已婚, a
bcrypt hash) and a *loose* one (values that fit the type but could be many things: a number, a
file path); loose matches count only under a header that names the type. Each matcher exists
twice with the same meaning: per cell in Python (sampling) and per column in Arrow (full scans);
tests hold the two equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick
import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from piplkit.inputs.yaml_data import load_yaml

#: One flag per cell of a string array: does the cell match?
Mask = npt.NDArray[np.bool_]

_VOCAB = "data/vocab"
_NUMBER = r"[-+]?[0-9]+(?:\.[0-9]+)?"


@cache
def vocabulary(name: str) -> frozenset[str]:
    """The words of ``data/vocab/<name>.txt`` (lower-cased, ``_`` for a space), or of a built-in
    list (``countries``, from Faker's locale data)."""
    if name == "countries":
        return _countries()
    text = (
        resources.files("piplkit.discover.scan").joinpath(f"{_VOCAB}/{name}.txt").read_text("utf-8")
    )
    words: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        words.update(w.replace("_", " ").lower() for w in line.split())
    return frozenset(words)


def _countries() -> frozenset[str]:
    from faker.providers.address import Provider as Base
    from faker.providers.address.en_US import Provider as English
    from faker.providers.address.zh_CN import Provider as Chinese

    words = {c.lower() for c in (*Chinese.countries, *English.countries)}
    words.update(c.lower() for c in (*Base.alpha_2_country_codes, *Base.alpha_3_country_codes))
    words.update(vocabulary("countries_extra"))
    return frozenset(words)


@dataclass(frozen=True)
class NumberRule:
    """A number, optionally followed by a unit, in ``[min, max]`` with ``decimals`` places."""

    min: float
    max: float
    decimals: int = 0
    units: tuple[str, ...] = ()

    @property
    def pattern(self) -> str:
        places = f"\\.[0-9]{{{self.decimals},}}" if self.decimals else "(?:\\.[0-9]+)?"
        units = "|".join(re.escape(u) for u in sorted(self.units, key=len, reverse=True))
        unit = f" ?(?i:{units})?" if units else ""
        return f"[-+]?[0-9]+{places}{unit}"

    def value_of(self, text: str) -> float | None:
        m = _LEADING_NUMBER.match(text)
        return float(m.group(1)) if m else None

    def fits(self, value: float) -> bool:
        return self.min <= value <= self.max


_LEADING_NUMBER = re.compile(f"({_NUMBER})")


@dataclass(frozen=True)
class Matcher:
    """One side (strong or loose) of a profile; see the data file for the parts."""

    words: frozenset[str] = frozenset()
    contains: tuple[str, ...] = ()
    pattern: str | None = None
    number: NumberRule | None = None
    length: tuple[int, int] = (1, 100_000)
    kind: str = "shape"
    _regex: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    _number_regex: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    _automaton: Any = field(default=None, compare=False, repr=False)

    @classmethod
    def from_data(cls, body: Mapping[str, Any]) -> Matcher:
        words: set[str] = {str(w).lower() for w in body.get("words", ())}
        for name in body.get("vocabulary", ()):
            words |= vocabulary(name)
        contains: list[str] = []
        for name in body.get("contains", ()):
            contains.extend(sorted(vocabulary(name)))
        number = NumberRule(**_number_args(body["number"])) if "number" in body else None
        pattern = body.get("pattern")
        if "after_surname" in body:
            named = f"(?:{_surname_alternation()})(?:{body['after_surname']})"
            pattern = f"{named}|{pattern}" if pattern else named
        if body.get("romanised_name"):
            roman = _romanised_name()
            pattern = f"{roman}|{pattern}" if pattern else roman
        length = tuple(body.get("length", (1, 100_000)))
        kind = body.get("kind") or (
            "vocabulary" if (words or contains) and not pattern and not number else "shape"
        )
        automaton = _automaton(contains) if contains else None
        return cls(
            frozenset(words),
            tuple(contains),
            pattern,
            number,
            (int(length[0]), int(length[1])),
            kind,
            re.compile(pattern) if pattern else None,
            re.compile(number.pattern) if number else None,
            automaton,
        )

    def match(self, text: str) -> bool:
        """Whether the trimmed, non-empty cell ``text`` matches."""
        low, high = self.length
        if not low <= len(text) <= high:
            return False
        if self.words and text.lower() in self.words:
            return True
        if self._automaton is not None and _contains_any(self._automaton, text.lower()):
            return True
        if self._regex is not None and self._regex.fullmatch(text):
            return True
        if self.number is None or self._number_regex is None:
            return False
        if not self._number_regex.fullmatch(text):
            return False
        value = self.number.value_of(text)
        return value is not None and self.number.fits(value)

    def mask(self, text: pa.Array) -> Mask:
        """:meth:`match` for every cell of a trimmed string array (nulls and "" never match)."""
        size = len(text)
        out = np.zeros(size, dtype=np.bool_)
        if size == 0:
            return out
        length = pc.utf8_length(text)
        within = np.asarray(
            pc.and_(
                pc.greater_equal(length, self.length[0]), pc.less_equal(length, self.length[1])
            ).fill_null(False),
            dtype=np.bool_,
        )
        # lower-cased only for the word lists (a pattern-only matcher, such as an address or
        # name shape, would pay for a copy of the column it never reads)
        lowered = pc.utf8_lower(text) if self.words or self.contains else text
        if self.words:
            out |= np.asarray(
                pc.is_in(lowered, value_set=_value_set(self.words)).fill_null(False), np.bool_
            )
        if self.contains:
            out |= np.asarray(
                pc.match_substring_regex(lowered, _alternation(self.contains)).fill_null(False),
                np.bool_,
            )
        if self.pattern is not None:
            out |= _fullmatch(text, self.pattern)
        if self.number is not None:
            out |= self._number_mask(text)
        return out & within

    def _number_mask(self, text: pa.Array) -> Mask:
        assert self.number is not None
        shaped = _fullmatch(text, self.number.pattern)
        if not shaped.any():
            return shaped
        positions = np.flatnonzero(shaped)
        subset = text.take(pa.array(positions))
        digits = pc.extract_regex(subset, f"^(?P<n>{_NUMBER})").field("n")
        values = np.asarray(pc.cast(digits, pa.float64()).fill_null(np.nan), dtype=float)
        ok = (values >= self.number.min) & (values <= self.number.max)
        out = np.zeros(len(text), dtype=np.bool_)
        out[positions[ok]] = True
        return out


def _number_args(body: Mapping[str, Any]) -> dict[str, Any]:
    args = dict(body)
    args["units"] = tuple(str(u).lower() for u in args.get("units", ()))
    return args


def _automaton(words: Iterable[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word.lower(), word.lower())
    automaton.make_automaton()
    return automaton


def _contains_any(automaton: Any, text: str) -> bool:
    for end, word in automaton.iter(text):
        if not word.isascii() or _whole_ascii_word(text, end - len(word) + 1, end + 1):
            return True
    return False


def _whole_ascii_word(text: str, start: int, end: int) -> bool:
    """ASCII words count only whole: ``hiv`` is not in ``archive``."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


@cache
def _surname_alternation() -> str:
    from piplkit.discover.detect.ner.lexicon import surnames

    return "|".join(re.escape(s) for s in sorted(surnames(), key=len, reverse=True))


#: One Hanyu Pinyin syllable without tone marks: an optional initial and a final.
_PINYIN_SYLLABLE = (
    "(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu"
    "|ua|uo|ui|ue|ve|a|o|e|i|u|v))"
)


@cache
def _romanised_name() -> str:
    """A romanised Chinese name as passports and remittances write it: a pinyin surname (from
    ``vocab/pinyin_surnames.txt``), a space, slash or comma, then a given name of one to three
    syllables, written together or apart (``WANG HAOYU``, ``ZHAO/MIN``, ``Liu Xiao Ming``); or
    the given name first, in one word, then the surname after a slash or a space, as Western
    forms and lounge or baggage systems write it (``XIULAN/LONG``, ``Haoyu Wang``).
    Case-insensitive; RE2-compatible, because full scans match it with Arrow."""
    surnames = "|".join(sorted(vocabulary("pinyin_surnames"), key=len, reverse=True))
    given = f"{_PINYIN_SYLLABLE}{{1,3}}(?:[ -]{_PINYIN_SYLLABLE}{{1,2}}){{0,2}}"
    first = f"{_PINYIN_SYLLABLE}{{1,3}}(?: ?/ ?| )(?:{surnames})"
    return f"(?i:(?:{surnames})(?: ?/ ?| |, ?){given}|{first})"


@cache
def _alternation(words: tuple[str, ...]) -> str:
    parts = []
    for word in words:
        escaped = re.escape(word.lower())
        if word.isascii():
            escaped = f"(?:^|[^a-z0-9]){escaped}(?:[^a-z0-9]|$)"
        parts.append(escaped)
    return "|".join(parts)


@cache
def _value_set(words: frozenset[str]) -> pa.Array:
    """``words`` as an Arrow array for ``is_in``, built once (a vocabulary holds thousands)."""
    return pa.array(sorted(words), pa.string())


def _fullmatch(text: pa.Array, pattern: str) -> Mask:
    return np.asarray(
        pc.match_substring_regex(text, f"^(?:{pattern})$").fill_null(False), dtype=np.bool_
    )


@dataclass(frozen=True)
class Profile:
    """How the values of one type look, and how many must look so (see the data file)."""

    type_id: str
    strong: Matcher | None = None
    loose: Matcher | None = None
    alone: float | None = None
    with_header: float = 0.6
    opaque_only: bool = False
    #: Validated types this type wins over when the header names it (a 微信号 column of phone
    #: numbers holds WeChat ids).
    overrides: frozenset[str] = frozenset()
    #: Under a header naming the type, a "no" (无) is an answer that fits (无犯罪记录).
    absence_is_answer: bool = False
    #: Values that fit only under a header naming a measurement of the type (a bare number
    #: under 血糖 or hba1c is a result; under 住院天数 or 病历 it is not).
    measured: Matcher | None = None

    def is_strong(self, text: str) -> bool:
        return self.strong is not None and self.strong.match(text)

    def fits(self, text: str) -> bool:
        """Strong or loose: what counts under a header naming the type."""
        return self.is_strong(text) or (self.loose is not None and self.loose.match(text))

    def fits_measured(self, text: str) -> bool:
        """What counts under a header naming a measurement of the type: its fits, and the
        measured side (a bare number)."""
        return self.fits(text) or (self.measured is not None and self.measured.match(text))

    def strong_mask(self, text: pa.Array) -> Mask:
        if self.strong is None:
            return np.zeros(len(text), dtype=np.bool_)
        return self.strong.mask(text)

    def fits_mask(self, text: pa.Array) -> Mask:
        out = self.strong_mask(text)
        if self.loose is not None:
            out = out | self.loose.mask(text)
        return out

    @property
    def strong_kind(self) -> str:
        return self.strong.kind if self.strong is not None else "shape"

    @property
    def strong_vocabulary(self) -> bool:
        """Whether the strong side holds words of the type's own vocabulary (a health term, an
        ethnic group), whatever shapes it also holds."""
        return self.strong is not None and bool(self.strong.words or self.strong.contains)

    @property
    def loose_kind(self) -> str:
        return self.loose.kind if self.loose is not None else "shape"


@dataclass(frozen=True)
class ProfileTable:
    profiles: Mapping[str, Profile]
    null_tokens: frozenset[str]
    header_only_recognizers: frozenset[str]
    negative_answers: frozenset[str] = frozenset()

    def get(self, type_id: str) -> Profile | None:
        return self.profiles.get(type_id)

    @property
    def strong_types(self) -> tuple[str, ...]:
        """Types with a strong matcher: checked on every sampled cell."""
        return tuple(t for t, p in self.profiles.items() if p.strong is not None)

    @property
    def longest_null(self) -> int:
        """Characters in the longest "no value" token: a longer cell is never one."""
        return max((len(t) for t in self.null_tokens), default=0)

    def is_null(self, text: str) -> bool:
        return text.lower() in self.null_tokens

    def is_negative_answer(self, text: str) -> bool:
        return text.lower() in self.negative_answers

    def negative_mask(self, text: pa.Array) -> Mask:
        lowered = pc.utf8_lower(text)
        return np.asarray(
            pc.is_in(lowered, value_set=_value_set(self.negative_answers)).fill_null(False),
            dtype=np.bool_,
        )

    def null_mask(self, text: pa.Array) -> Mask:
        lowered = pc.utf8_lower(text)
        return np.asarray(
            pc.is_in(lowered, value_set=_value_set(self.null_tokens)).fill_null(False),
            dtype=np.bool_,
        )

    def with_profiles(self, extra: Iterable[Profile]) -> ProfileTable:
        """A table with more profiles (custom types)."""
        merged = dict(self.profiles)
        merged.update({p.type_id: p for p in extra})
        return ProfileTable(
            merged, self.null_tokens, self.header_only_recognizers, self.negative_answers
        )


def profile_from_data(type_id: str, body: Mapping[str, Any]) -> Profile:
    strong = Matcher.from_data(body["strong"]) if body.get("strong") else None
    loose = Matcher.from_data(body["loose"]) if body.get("loose") else None
    return Profile(
        type_id,
        strong,
        loose,
        float(body["alone"]) if body.get("alone") is not None else None,
        float(body.get("with_header", 0.6)),
        bool(body.get("opaque_only", False)),
        frozenset(body.get("overrides", ())),
        bool(body.get("absence_is_answer", False)),
        Matcher.from_data(body["measured"]) if body.get("measured") else None,
    )


@cache
def load_profiles() -> ProfileTable:
    text = (
        resources.files("piplkit.discover.scan")
        .joinpath("data/value_profiles.yaml")
        .read_text("utf-8")
    )
    raw = load_yaml(text)
    profiles = {t: profile_from_data(t, body) for t, body in raw["profiles"].items()}
    for type_id, pattern in raw.get("masked_loose", {}).items():
        masked = Matcher.from_data({"pattern": pattern, "kind": "masked"})
        strong_pattern = raw.get("masked_strong", {}).get(type_id)
        strong = (
            Matcher.from_data({"pattern": strong_pattern, "kind": "masked"})
            if strong_pattern
            else None
        )
        profiles[type_id] = Profile(
            type_id, strong=strong, loose=masked, alone=0.8 if strong else None, with_header=0.6
        )
    nulls = frozenset(str(w).lower() for w in raw.get("null_tokens", ()))
    header_only = frozenset(raw.get("header_only_recognizers", ()))
    negatives = frozenset(str(w).lower() for w in raw.get("negative_answers", ()))
    return ProfileTable(profiles, nulls, header_only, negatives)
