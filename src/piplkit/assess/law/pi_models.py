"""Schema of the PI type catalogue: categories, types and their dated sensitivity.

Sensitivity is a legal reading that changes when a standard or law changes, so each type holds a
history of readings (``since`` a date) instead of one flag; "was this sensitive on D?" is then an
as_of question answered by the entry in force on D. The models validate on load, so a verified
entry without its quoted words, or a history out of date order, fails loudly at import time.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from piplkit.assess.law.models import Citation

__all__ = [
    "AgeThreshold",
    "CatalogueError",
    "Category",
    "OtherReading",
    "PIPLArt28Category",
    "PIType",
    "QuotedReading",
    "SensitiveAttribute",
    "SensitivityEntry",
    "SensitivityUndefinedError",
    "Source",
]

#: PIPL Art. 28 categories, spelt as the register's ``SensitiveCategory`` values.
PIPLArt28Category = Literal[
    "biometric",
    "religious_belief",
    "specific_identity",
    "medical_health",
    "financial_account",
    "whereabouts",
]

TYPE_ID_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"


class CatalogueError(ValueError):
    """The catalogue data, or an addition to it, is malformed or inconsistent."""


class SensitivityUndefinedError(LookupError):
    """Asked for a type's sensitivity on a date before its first recorded reading."""


class Source(BaseModel):
    """Where a quoted reading was read: an address, or a locator where none was given."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str | None = None
    locator: str | None = None
    what: str
    quality: str | None = None

    @model_validator(mode="after")
    def _somewhere(self) -> Source:
        if not (self.url or self.locator):
            raise ValueError("a source needs a url or a locator")
        return self


class QuotedReading(BaseModel):
    """A reading that, when marked verified, must carry the words read and where."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    verified: bool
    quote: str | None = None
    sources: tuple[str, ...] = ()
    note: str | None = None

    @model_validator(mode="after")
    def _verified_has_quote(self) -> QuotedReading:
        if self.verified and not (self.quote and self.sources):
            raise ValueError("a verified reading needs the quoted words and at least one source")
        return self


class SensitivityEntry(QuotedReading):
    """piplkit's reading of one type from ``since`` until the next entry."""

    since: dt.date
    sensitive: bool
    citations: tuple[Citation, ...] = ()


class OtherReading(QuotedReading):
    """A reading piplkit records but does not apply (e.g. later, narrower guidance)."""

    instrument: str
    article: str
    since: dt.date
    sensitive: bool | None

    @property
    def citation(self) -> Citation:
        return Citation(instrument=self.instrument, article=self.article)


class Category(BaseModel):
    """A GB/T 35273-2020 Table A.1 category (or piplkit's ``organisation`` group)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=TYPE_ID_PATTERN)
    name_zh: str
    name_en: str
    is_pi: bool = True
    citations: tuple[Citation, ...] = Field(min_length=1)
    #: whether the Table A.1 row was read in a source (it was not: see the data file header)
    verified: bool
    note: str | None = None


class PIType(BaseModel):
    """One kind of information, its category, and its dated sensitivity history.

    ``sensitive``, ``citations`` and ``verified`` without a date mean the latest entry's, which
    keeps callers written before the history existed working unchanged.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=TYPE_ID_PATTERN)
    name_zh: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    is_pi: bool = True
    category: str
    category_zh: str
    category_en: str
    sensitivity: tuple[SensitivityEntry, ...] = Field(min_length=1)
    other_readings: tuple[OtherReading, ...] = ()
    pipl_art28_category: PIPLArt28Category | None = None
    notes: str | None = None
    custom: bool = False

    @model_validator(mode="after")
    def _history_in_order(self) -> PIType:
        dates = [e.since for e in self.sensitivity]
        if dates != sorted(set(dates)):
            raise ValueError("sensitivity entries must have distinct dates in ascending order")
        return self

    @property
    def latest(self) -> SensitivityEntry:
        return self.sensitivity[-1]

    @property
    def sensitive(self) -> bool:
        return self.latest.sensitive

    @property
    def citations(self) -> tuple[Citation, ...]:
        return self.latest.citations

    @property
    def verified(self) -> bool:
        return self.latest.verified

    @property
    def first_known(self) -> dt.date:
        return self.sensitivity[0].since

    def sensitivity_on(self, as_of: dt.date) -> SensitivityEntry | None:
        """The reading in force on ``as_of``; None before the first one."""
        current: SensitivityEntry | None = None
        for entry in self.sensitivity:
            if entry.since > as_of:
                break
            current = entry
        return current

    def sensitive_on(self, as_of: dt.date) -> bool:
        """Whether the type is sensitive PI on ``as_of``.

        Raises SensitivityUndefinedError before the first reading: piplkit encodes no source
        for earlier dates and will not guess either way.
        """
        entry = self.sensitivity_on(as_of)
        if entry is None:
            raise SensitivityUndefinedError(
                f"PI type {self.id!r} has no sensitivity reading before "
                f"{self.first_known.isoformat()} (asked for {as_of.isoformat()})"
            )
        return entry.sensitive


class AgeThreshold(QuotedReading):
    """From ``since``, PI of persons younger than ``under_age`` is sensitive."""

    since: dt.date
    under_age: int = Field(gt=0)
    citations: tuple[Citation, ...] = Field(min_length=1)


class SensitiveAttribute(BaseModel):
    """An attribute (being a minor) that makes any PI sensitive, with its dated thresholds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    history: tuple[AgeThreshold, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _history_in_order(self) -> SensitiveAttribute:
        dates = [e.since for e in self.history]
        if dates != sorted(set(dates)):
            raise ValueError("history entries must have distinct dates in ascending order")
        return self

    @property
    def threshold_age(self) -> int:
        return self.history[-1].under_age

    @property
    def citations(self) -> tuple[Citation, ...]:
        return self.history[-1].citations

    @property
    def verified(self) -> bool:
        return self.history[-1].verified

    def on(self, as_of: dt.date) -> AgeThreshold | None:
        current: AgeThreshold | None = None
        for entry in self.history:
            if entry.since > as_of:
                break
            current = entry
        return current
