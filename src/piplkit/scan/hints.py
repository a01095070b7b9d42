"""Header-name hints: which PI type a column header suggests (data in ``data/header_hints.yaml``).

Hints are data so that new spellings (pinyin initials, English, Chinese) are added without code.
They only steer the classifier; values decide (see :mod:`piplkit.scan.columns`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

#: Types whose recognizers cannot be sure from a short cell alone; a header hint carries weight.
WEAK_TYPES = frozenset({"person_name", "address"})

_STRIP = re.compile(r"[\s_\-./:：()（）\[\]【】#]+")


def normalise_header(name: str) -> str:
    """Lower-case and drop separators: ``"ID Card No."`` and ``id_card_no`` compare equal."""
    return _STRIP.sub("", name.lower())


@dataclass(frozen=True, slots=True)
class Plausible:
    """The shape a value of a weak type must have: a full-match pattern and length bounds."""

    pattern: str
    min_length: int = 1
    max_length: int = 10_000

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.pattern)

    def fullmatch(self, text: str) -> bool:
        return (
            self.min_length <= len(text) <= self.max_length
            and self.regex.fullmatch(text) is not None
        )


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@dataclass(frozen=True, slots=True)
class HintTable:
    exact: dict[str, str]
    contains: tuple[tuple[str, str], ...]
    negative: tuple[str, ...]
    plausible: dict[str, Plausible]

    def type_for(self, header: str) -> str | None:
        """The PI type suggested by ``header``, or ``None``."""
        key = normalise_header(header)
        if not key:
            return None
        if key in self.exact:
            return self.exact[key]
        # Compound headers put the head noun last (联系人电话 is a phone, mailing_address an
        # address): prefer the hint that ends latest, then the longest.
        best: tuple[int, int, str] | None = None
        for word, type_id in self.contains:
            pos = key.rfind(word)
            if pos >= 0:
                rank = (pos + len(word), len(word), type_id)
                if best is None or rank[:2] > best[:2]:
                    best = rank
        return best[2] if best else None

    def is_negative(self, header: str) -> bool:
        """True when the header names a machine identifier (order number, serial, amount)."""
        key = normalise_header(header)
        return any(word in key for word in self.negative)

    def plausible_for(self, type_id: str) -> Plausible | None:
        return self.plausible.get(type_id)


@cache
def load_hints() -> HintTable:
    text = resources.files("piplkit.scan").joinpath("data/header_hints.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    exact: dict[str, str] = {}
    contains: list[tuple[str, str]] = []
    for type_id, body in raw["hints"].items():
        for word in body.get("exact", []):
            exact.setdefault(normalise_header(str(word)), type_id)
        contains.extend((normalise_header(str(w)), type_id) for w in body.get("contains", []))
    negative = tuple(normalise_header(str(w)) for w in raw.get("negative", []))
    plausible = {t: Plausible(**body) for t, body in raw.get("plausible", {}).items()}
    return HintTable(exact, tuple(contains), negative, plausible)
