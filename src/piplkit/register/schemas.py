"""Validated shapes of register entities, shared by the CLI, JSON exchange and the REST API.

Entities refer to each other by ``name``; the repository resolves names to rows. ``extra="forbid"``
turns a misspelt field into an error instead of silently dropped data. Names and one-line fields
take no control characters, descriptions and purposes only tab and line breaks
(:mod:`piplkit.register.text`).
"""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from piplkit.register.enums import (
    Grade,
    LegalBasis,
    RecipientRole,
    SensitiveCategory,
    Sensitivity,
    SeparateConsent,
    TransferMechanism,
    TransferPurpose,
)
from piplkit.register.errors import InvalidInputError
from piplkit.register.models import NAME_LENGTH
from piplkit.register.scalars import Count, Day, Flag, Fraction, Stamp, whole
from piplkit.register.text import Line, Text, line, text

Name = line(min_length=1, max_length=NAME_LENGTH, strip=True)
Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
TypeId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,59}$")]
#: A hundred years: no retention period in a register is longer.
MAX_RETENTION_DAYS = 36_500
RetentionDays = whole(le=MAX_RETENTION_DAYS)
Purpose = text(min_length=1, strip=True)
S = TypeVar("S", bound=BaseModel)


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Stamps(_Schema):
    """Creation and last-change times, carried by exports so a round trip keeps them."""

    created_at: Stamp | None = None
    updated_at: Stamp | None = None


class OrganisationIn(Stamps):
    name: Name
    uscc: Annotated[str, StringConstraints(pattern=r"^[0-9A-HJ-NPQRTUWXY]{18}$")] | None = None
    country: Country = "CN"
    contact: Line | None = None
    ciio: Flag = False
    individuals_processed: Count | None = None
    description: Text | None = None


class SystemIn(Stamps):
    name: Name
    organisation: Name | None = None
    owner: Line | None = None
    location: Line | None = None
    description: Text | None = None


class ColumnIn(_Schema):
    name: Name
    pi_type: TypeId | None = None
    sensitive: Flag = False
    confidence: Fraction | None = None
    matches: Count | None = None
    sampled: Count | None = None
    examples_masked: list[Line] = Field(default_factory=list)


class DatasetIn(Stamps):
    name: Name
    system: Name | None = None
    source: Line | None = None
    kind: Line | None = None
    rows: Count | None = None
    grade: Grade = Grade.GENERAL
    sensitivity: Sensitivity = Sensitivity.NONE
    scanned_on: Day | None = None
    description: Text | None = None
    categories: Annotated[list[Name], BeforeValidator(lambda v: [] if v is None else v)] = Field(
        default_factory=list
    )
    minors: Count | None = None
    grading: dict[str, Any] | None = None
    columns: list[ColumnIn] = Field(default_factory=list)


class ActivityIn(Stamps):
    name: Name
    organisation: Name | None = None
    purpose: Purpose
    legal_basis: LegalBasis
    pi_categories: list[Name] = Field(default_factory=list)
    sensitive_categories: list[SensitiveCategory] = Field(default_factory=list)
    individuals_count: Count | None = None
    retention: Line | None = None
    retention_days: RetentionDays | None = None
    separate_consents: list[SeparateConsent] = Field(default_factory=list)
    automated_decision_making: Flag = False
    description: Text | None = None
    datasets: list[Name] = Field(default_factory=list)


class RecipientIn(Stamps):
    name: Name
    role: RecipientRole
    country: Country
    contact: Line | None = None
    description: Text | None = None


class TransferIn(Stamps):
    name: Name
    dataset: Name
    recipient: Name
    activity: Name | None = None
    purpose: TransferPurpose = TransferPurpose.OTHER
    purpose_description: Text | None = None
    mechanism: TransferMechanism = TransferMechanism.UNDECIDED
    filing_references: list[Name] = Field(default_factory=list)
    mechanism_effective_on: Day | None = None
    important_data: Flag = False
    description: Text | None = None


_PATTERN_HINTS = {
    "country": "must be a two-letter ISO 3166-1 code in capitals, e.g. CN or DE",
    "uscc": "must be an 18-character unified social credit code",
    "pi_type": "must be a PI type id such as cn_mobile (lower case, digits, underscores)",
}


def describe_validation(exc: ValidationError, where: str) -> str:
    """The first problem of a pydantic error as ``where.field: message``."""
    errors = exc.errors()
    first = errors[0]
    loc = ".".join(str(p) for p in first.get("loc", ()))
    kind = first.get("type", "")
    if kind == "missing":
        msg = "required field is missing"
    elif kind == "extra_forbidden":
        msg = "unknown field"
    elif kind == "string_pattern_mismatch":
        field = str(first.get("loc", ("",))[-1])
        msg = _PATTERN_HINTS.get(field, "does not have the expected form")
        msg += f" (got {first.get('input')!r})"
    else:
        msg = str(first.get("msg", "invalid value")).removeprefix("Value error, ")
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    target = f"{where}.{loc}" if loc else where
    return f"{target}: {msg}{more}"


def validate(schema: type[S], data: Any, where: str) -> S:
    """Validate ``data`` or raise InvalidInputError naming ``where`` and the field."""
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        raise InvalidInputError(describe_validation(exc, where)) from None
