"""Validated shapes of register entities, shared by the CLI, JSON exchange and the REST API.

Entities refer to each other by ``name``; the repository resolves names to rows. ``extra="forbid"``
turns a misspelt field into an error instead of silently dropped data.
"""

from __future__ import annotations

import datetime as dt
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

Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=NAME_LENGTH)
]
Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
TypeId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,59}$")]
Count = Annotated[int, Field(ge=0)]
S = TypeVar("S", bound=BaseModel)


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Stamps(_Schema):
    """Creation and last-change times, carried by exports so a round trip keeps them."""

    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


class OrganisationIn(Stamps):
    name: Name
    uscc: Annotated[str, StringConstraints(pattern=r"^[0-9A-HJ-NPQRTUWXY]{18}$")] | None = None
    country: Country = "CN"
    contact: str | None = None
    ciio: bool = False
    individuals_processed: Count | None = None
    description: str | None = None


class SystemIn(Stamps):
    name: Name
    organisation: Name | None = None
    owner: str | None = None
    location: str | None = None
    description: str | None = None


class ColumnIn(_Schema):
    name: Name
    pi_type: TypeId | None = None
    sensitive: bool = False
    confidence: Annotated[float, Field(ge=0, le=1)] | None = None
    matches: Count | None = None
    sampled: Count | None = None
    examples_masked: list[str] = Field(default_factory=list)


class DatasetIn(Stamps):
    name: Name
    system: Name | None = None
    source: str | None = None
    kind: str | None = None
    rows: Count | None = None
    grade: Grade = Grade.GENERAL
    sensitivity: Sensitivity = Sensitivity.NONE
    scanned_on: dt.date | None = None
    description: str | None = None
    categories: Annotated[list[Name], BeforeValidator(lambda v: [] if v is None else v)] = Field(
        default_factory=list
    )
    minors: Count | None = None
    grading: dict[str, Any] | None = None
    columns: list[ColumnIn] = Field(default_factory=list)


class ActivityIn(Stamps):
    name: Name
    organisation: Name | None = None
    purpose: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    legal_basis: LegalBasis
    pi_categories: list[Name] = Field(default_factory=list)
    sensitive_categories: list[SensitiveCategory] = Field(default_factory=list)
    individuals_count: Count | None = None
    retention: str | None = None
    retention_days: Count | None = None
    separate_consents: list[SeparateConsent] = Field(default_factory=list)
    automated_decision_making: bool = False
    description: str | None = None
    datasets: list[Name] = Field(default_factory=list)


class RecipientIn(Stamps):
    name: Name
    role: RecipientRole
    country: Country
    contact: str | None = None
    description: str | None = None


class TransferIn(Stamps):
    name: Name
    dataset: Name
    recipient: Name
    activity: Name | None = None
    purpose: TransferPurpose = TransferPurpose.OTHER
    purpose_description: str | None = None
    mechanism: TransferMechanism = TransferMechanism.UNDECIDED
    filing_references: list[Name] = Field(default_factory=list)
    mechanism_effective_on: dt.date | None = None
    important_data: bool = False
    description: str | None = None
    #: PI types the recipient receives when not all of the dataset's (an app's SDK)
    pi_categories: list[TypeId] | None = None


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
