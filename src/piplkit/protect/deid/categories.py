"""Category generalisation: a categorical value becomes the coarser class it belongs to.

Education levels become three bands, marital states "with / without spouse", the 56 ethnic
groups "Han / minority", nationalities "Chinese / foreign" (data in ``data/categories.yaml``).
The point is the same as for dates and places: many people share the class, few share the value.
A value in no class is not guessed at: :func:`generalize_category` returns ``None`` and the caller
suppresses the cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

#: Types with a category hierarchy (kept in step with ``data/categories.yaml`` by a test).
CATEGORY_TYPES = ("education", "marital_status", "ethnicity", "nationality")
_SPACES = re.compile(r"[\s_·・]+")


@dataclass(frozen=True, slots=True)
class Hierarchy:
    """One type's classes: normalised value -> class label, and suffixes that may be dropped."""

    classes: dict[str, str]
    suffixes: tuple[str, ...]

    def classify(self, value: str) -> str | None:
        key = _normalise(value)
        if not key:
            return None
        found = self.classes.get(key)
        if found is not None:
            return found
        for suffix in self.suffixes:
            if key.endswith(suffix) and len(key) > len(suffix):
                found = self.classes.get(key[: -len(suffix)])
                if found is not None:
                    return found
        return None


def _normalise(value: str) -> str:
    return _SPACES.sub(" ", value.strip().lower()).strip("()（）[]【】 ")


@cache
def hierarchy(type_id: str) -> Hierarchy:
    """The hierarchy of ``type_id`` (``KeyError`` for a type without one)."""
    raw = _raw()[type_id]
    classes: dict[str, str] = {}
    for label, words in raw["classes"].items():
        for word in [label, *words]:
            classes.setdefault(_normalise(str(word)), label)
    if type_id == "nationality":
        for country in _countries():
            classes.setdefault(country, "外国籍")
    suffixes = sorted((_normalise(s) for s in raw.get("suffixes", [])), key=len, reverse=True)
    return Hierarchy(classes, tuple(suffixes))


def generalize_category(value: str, type_id: str | None) -> str | None:
    """The class of ``value`` in its type's hierarchy, or ``None`` when it belongs to none."""
    if type_id not in CATEGORY_TYPES:
        return None
    return hierarchy(type_id).classify(value)


@cache
def _raw() -> dict[str, dict[str, Any]]:
    text = (
        resources.files("piplkit.protect.deid").joinpath("data/categories.yaml").read_text("utf-8")
    )
    raw: dict[str, dict[str, Any]] = yaml.safe_load(text)
    return raw


def _countries() -> frozenset[str]:
    """Country names (Chinese and English) and ISO codes from Faker's locale data."""
    from faker.providers.address import Provider as Base
    from faker.providers.address.en_US import Provider as English
    from faker.providers.address.zh_CN import Provider as Chinese

    names = [*Chinese.countries, *English.countries]
    names += [*Base.alpha_2_country_codes, *Base.alpha_3_country_codes]
    return frozenset(_normalise(n) for n in names)
