"""Custom PI types without code: recognizers built from a YAML entry (Presidio's ad-hoc
recognizers and Cloud DLP's custom infoTypes are the model).

An entry names its value (a regular expression or a vocabulary), optionally a built-in check
(:data:`VALIDATORS`), the words that announce it in running text, and the header words and
catalogue facts that the scanner and reports use (read by
:mod:`piplkit.discover.scan.custom_types`). This module only turns entries into recognizers; it
imports nothing outside ``detect``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from stdnum import damm, luhn, verhoeff
from stdnum.iso7064 import mod_11_2, mod_37_2, mod_97_10

from piplkit.discover.detect.checksums import luhn_valid, mod11_2_valid, uscc_valid
from piplkit.discover.detect.masking import mask_middle
from piplkit.discover.detect.recognizer import AnalysisContext, PatternRecognizer, Recognizer
from piplkit.discover.detect.registry import Registry

_ID = re.compile(r"[a-z][a-z0-9_]{1,47}")
_DIGITS = re.compile(r"[^0-9A-Za-z]")


def _alnum(value: str) -> str:
    return _DIGITS.sub("", value)


def _vin_valid(value: str) -> bool:
    """ISO 3779 check digit (position 9) of a 17-character VIN."""
    vin = value.upper()
    if len(vin) != 17 or any(c in "IOQ" for c in vin):
        return False
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    codes = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = 0
    for char, weight in zip(vin, weights, strict=True):
        if char.isdigit():
            total += int(char) * weight
        elif char in letters:
            total += codes[letters.index(char)] * weight
        else:
            return False
    check = total % 11
    return vin[8] == ("X" if check == 10 else str(check))


#: Named checks a custom type may ask for. Each takes the matched value (separators are
#: dropped first) and says whether it passes.
VALIDATORS: dict[str, Callable[[str], bool]] = {
    "luhn": lambda v: _alnum(v).isdigit() and luhn_valid(_alnum(v)),
    "mod_11_2": lambda v: mod_11_2.is_valid(_alnum(v).upper()),
    "mod_37_2": lambda v: mod_37_2.is_valid(_alnum(v).upper()),
    "mod_97_10": lambda v: mod_97_10.is_valid(_alnum(v).upper()),
    "verhoeff": lambda v: _alnum(v).isdigit() and verhoeff.is_valid(_alnum(v)),
    "damm": lambda v: _alnum(v).isdigit() and damm.is_valid(_alnum(v)),
    "gb11643": lambda v: len(_alnum(v)) == 18 and mod11_2_valid(_alnum(v)),
    "gb32100": lambda v: len(_alnum(v)) == 18 and uscc_valid(_alnum(v).upper()),
    "iso3779": _vin_valid,
}
# stdnum's generic Luhn is kept as the reference for tests.
REFERENCE_LUHN = luhn.is_valid


class CustomTypeError(ValueError):
    """A custom type entry that cannot be used; the message names the entry and the field."""


class HeaderWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    exact: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()


class CustomTypeSpec(BaseModel):
    """The detection side of one custom type in a ``--types-file``. The catalogue side (names,
    category, sensitivity) is validated by ``piplkit.assess.law`` (``PICatalogue.custom_type``),
    which also refuses fields that neither side knows."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    name_zh: str | None = None
    name_en: str | None = None
    #: The value, as a regular expression matching the whole value (Python syntax; for full
    #: scans of large tables it should also be RE2 syntax: no lookarounds, no backreferences).
    pattern: str | None = None
    #: Or the value as a list of words (a vocabulary type such as a blood group).
    vocabulary: tuple[str, ...] = ()
    validator: str | None = None
    #: Words that announce the value in running text, and words that say it is something else.
    context: tuple[str, ...] = ()
    negative_context: tuple[str, ...] = ()
    #: In running text, report the value only after a context word (for generic shapes).
    needs_context: bool = False
    score: float = Field(0.6, ge=0.3, le=1.0)
    headers: HeaderWords = HeaderWords()

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not _ID.fullmatch(value):
            raise ValueError("must be snake_case: a lower-case letter, then letters, digits or _")
        return value

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            compiled = re.compile(value)
        except re.error as exc:
            raise ValueError(f"is not a valid regular expression ({exc})") from None
        if compiled.fullmatch(""):
            raise ValueError("matches the empty string")
        return value

    @field_validator("validator")
    @classmethod
    def _validator(cls, value: str | None) -> str | None:
        if value is not None and value not in VALIDATORS:
            raise ValueError(f"unknown validator; known: {', '.join(sorted(VALIDATORS))}")
        return value

    @model_validator(mode="after")
    def _value(self) -> CustomTypeSpec:
        if (self.pattern is None) == (not self.vocabulary):
            raise ValueError("give exactly one of `pattern` and `vocabulary`")
        return self

    @property
    def value_pattern(self) -> str:
        """The whole-value regular expression (a vocabulary as an alternation, longest first)."""
        if self.pattern is not None:
            return self.pattern
        words = sorted(self.vocabulary, key=len, reverse=True)
        return "|".join(re.escape(w) for w in words)


def parse_specs(
    entries: Iterable[Any], source: str, reserved: Iterable[str] = ()
) -> list[CustomTypeSpec]:
    """Validate raw entries (dicts from YAML) into specs; errors name ``source``, the entry and
    the field. Ids in ``reserved`` (the built-in types) and repeated ids are refused."""
    from pydantic import ValidationError

    taken = set(reserved)
    out: list[CustomTypeSpec] = []
    for index, entry in enumerate(entries, 1):
        label = f"{source}: type #{index}"
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            label += f" ({entry['id']})"
        if not isinstance(entry, dict):
            raise CustomTypeError(f"{label}: must be a mapping of fields")
        try:
            spec = CustomTypeSpec.model_validate(entry)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "entry"
            message = str(first["msg"]).removeprefix("Value error, ")
            raise CustomTypeError(f"{label}: {where}: {message}") from None
        if spec.id in taken:
            what = "a built-in type" if spec.id in set(reserved) else "defined twice"
            raise CustomTypeError(f"{label}: id: {spec.id!r} is {what}")
        taken.add(spec.id)
        out.append(spec)
    return out


def recognizer_class(spec: CustomTypeSpec) -> type[Recognizer]:
    """A pattern recognizer for ``spec``: the value bounded by non-word characters, the named
    check, the context words, and a score that needs a context word when ``needs_context``."""
    check = VALIDATORS[spec.validator] if spec.validator else None
    base = 0.35 if spec.needs_context else spec.score
    flags = re.IGNORECASE if spec.vocabulary else 0

    def validate(
        self: PatternRecognizer, value: str, ctx: AnalysisContext
    ) -> dict[str, Any] | None:
        if check is not None and not check(value):
            return None
        return {}

    def mask(self: PatternRecognizer, value: str) -> str:
        return mask_middle(value, 1, 1) if len(value) > 4 else "*" * len(value)

    namespace: dict[str, Any] = {
        "type_id": spec.id,
        "pattern": rf"(?<![0-9A-Za-z_])(?P<v>{spec.value_pattern})(?![0-9A-Za-z_])",
        "flags": flags,
        "base_score": base,
        "needs_digit": False,
        "context_words": tuple(spec.context),
        "negative_context": tuple(spec.negative_context),
        "context_boost": 0.3,
        "validate": validate,
        "mask": mask,
        "__doc__": f"Custom type {spec.id} ({spec.name_en or spec.name_zh}).",
        "__annotations__": {"type_id": ClassVar[str]},
    }
    return type(f"Custom_{spec.id}", (PatternRecognizer,), namespace)


def add_to_registry(registry: Registry, specs: Iterable[CustomTypeSpec]) -> list[str]:
    """Register recognizers for ``specs`` (replacing earlier custom ones of the same id)."""
    added = []
    for spec in specs:
        registry.add(spec.id, recognizer_class(spec), replace=True)
        added.append(spec.id)
    return added
