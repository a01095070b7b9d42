"""Validated shapes of register entities, shared by the CLI, JSON exchange and the REST API.

Entities refer to each other by ``name``; the repository resolves names to rows. ``extra="forbid"``
turns a misspelt field into an error instead of silently dropped data. Names and one-line fields
take no control characters, descriptions and purposes only tab and line breaks
(:mod:`piplkit.inputs.text`).
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
    model_validator,
)

from piplkit.inputs.scalars import Count, Day, Flag, Fraction, Stamp, whole
from piplkit.inputs.text import Line, Text, line, text
from piplkit.map.register.enums import (
    ORGANISATION_RECORDS,
    SYSTEM_RECORDS,
    Grade,
    HarmDegree,
    HarmObject,
    LegalBasis,
    RecipientRole,
    RecordKind,
    SensitiveCategory,
    Sensitivity,
    SeparateConsent,
    TransferMechanism,
    TransferPurpose,
)
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.models import NAME_LENGTH

Name = Annotated[str, line(min_length=1, max_length=NAME_LENGTH, strip=True)]
Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
TypeId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,59}$")]
#: A hundred years: no retention period in a register is longer.
MAX_RETENTION_DAYS = 36_500
RetentionDays = Annotated[int, whole(le=MAX_RETENTION_DAYS)]
Purpose = Annotated[str, text(min_length=1, strip=True)]
S = TypeVar("S", bound=BaseModel)


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Stamps(_Schema):
    """Creation and last-change times, carried by exports so a round trip keeps them."""

    created_at: Stamp | None = None
    updated_at: Stamp | None = None


class RecordIn(_Schema):
    """A duty done on a date (``RecordKind``): a test, an audit, a report, a filing."""

    kind: RecordKind
    done_on: Day
    performed_by: Name | None = None
    reference: Name | None = None
    note: Text | None = None


def _unique_records(records: list[RecordIn], allowed: frozenset[RecordKind], owner: str) -> None:
    seen: set[tuple[RecordKind, Day]] = set()
    for i, r in enumerate(records):
        if r.kind not in allowed:
            raise ValueError(f"records[{i}]: a {r.kind.value} record does not belong to {owner}")
        if (r.kind, r.done_on) in seen:
            raise ValueError(f"records[{i}]: {r.kind.value} on {r.done_on} is listed twice")
        seen.add((r.kind, r.done_on))


class OrganisationIn(Stamps):
    name: Name
    uscc: Annotated[str, StringConstraints(pattern=r"^[0-9A-HJ-NPQRTUWXY]{18}$")] | None = None
    country: Country = "CN"
    contact: Line | None = None
    ciio: Flag = False
    individuals_processed: Count | None = None
    description: Text | None = None
    ciio_designated_on: Day | None = None
    important_data_handler: Flag = False
    data_security_officer: Name | None = None
    data_security_body: Name | None = None
    officer_threshold_reached_on: Day | None = None
    face_individuals: Count | None = None
    face_threshold_reached_on: Day | None = None
    processes_minors: Flag = False
    records: list[RecordIn] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> OrganisationIn:
        if self.ciio_designated_on is not None and not self.ciio:
            raise ValueError("ciio_designated_on is set but ciio is false")
        _unique_records(self.records, ORGANISATION_RECORDS, "an organisation")
        return self


class RectificationIn(_Schema):
    """An MLPS rectification item; ``due_on`` is the plan's date (the Measures set none)."""

    title: Name
    found_on: Day | None = None
    due_on: Day | None = None
    closed_on: Day | None = None
    source: Line | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _dates(self) -> RectificationIn:
        if self.found_on is not None:
            for name in ("due_on", "closed_on"):
                value = getattr(self, name)
                if value is not None and value < self.found_on:
                    raise ValueError(f"{name} ({value}) is before found_on ({self.found_on})")
        return self


class SystemIn(Stamps):
    name: Name
    organisation: Name | None = None
    owner: Line | None = None
    location: Line | None = None
    description: Text | None = None
    mlps_level: Annotated[int, Field(ge=1, le=5)] | None = None
    mlps_business_object: HarmObject | None = None
    mlps_business_degree: HarmDegree | None = None
    mlps_service_object: HarmObject | None = None
    mlps_service_degree: HarmDegree | None = None
    mlps_rationale: Text | None = None
    mlps_graded_on: Day | None = None
    mlps_expert_reviewed_on: Day | None = None
    live_on: Day | None = None
    mlps_filed_on: Day | None = None
    mlps_filing_number: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
        | None
    ) = None
    mlps_filing_authority: Name | None = None
    sector: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")] | None = None
    cii: Flag = False
    cii_designated_on: Day | None = None
    cii_protection_department: Name | None = None
    rectifications: list[RectificationIn] = Field(default_factory=list)
    records: list[RecordIn] = Field(default_factory=list)

    @model_validator(mode="after")
    def _mlps(self) -> SystemIn:
        from piplkit.assess.law.mlps import load_mlps
        from piplkit.assess.rules.mlps import aspect, computed_level

        business = aspect(
            _value(self.mlps_business_object), _value(self.mlps_business_degree), "business"
        )
        service = aspect(
            _value(self.mlps_service_object), _value(self.mlps_service_degree), "service"
        )
        computed = computed_level(business, service)[0]
        if self.mlps_level is None:
            self.mlps_level = computed
        elif computed is not None and computed != self.mlps_level and not self.mlps_rationale:
            raise ValueError(
                f"mlps_level {self.mlps_level} differs from the level the grading elements give "
                f"({computed}, GB/T 22240-2020); record why in mlps_rationale"
            )
        if self.mlps_filing_number and self.mlps_filed_on is None:
            raise ValueError("mlps_filing_number is set but mlps_filed_on is not")
        if self.mlps_filed_on is not None and self.mlps_level is None:
            raise ValueError("mlps_filed_on is set but the system has no mlps_level")
        if self.cii_designated_on is not None and not self.cii:
            raise ValueError("cii_designated_on is set but cii is false")
        if self.sector is not None and self.sector not in load_mlps().sectors:
            known = ", ".join(sorted(load_mlps().sectors))
            raise ValueError(f"unknown sector {self.sector!r} (known: {known})")
        titles = [r.title for r in self.rectifications]
        if len(titles) != len(set(titles)):
            raise ValueError("rectifications list a title twice")
        _unique_records(self.records, SYSTEM_RECORDS, "a system")
        return self


def _value(member: Any) -> str | None:
    return None if member is None else str(getattr(member, "value", member))


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
    grade_reason: Text | None = None
    grade_set_on: Day | None = None
    important_identified_on: Day | None = None
    important_declared_on: Day | None = None
    important_notified_on: Day | None = None
    important_catalogue: Name | None = None
    columns: list[ColumnIn] = Field(default_factory=list)

    @model_validator(mode="after")
    def _important(self) -> DatasetIn:
        marks = ("important_identified_on", "important_declared_on", "important_notified_on")
        given = [m for m in marks if getattr(self, m) is not None]
        if given and self.grade == Grade.GENERAL:
            raise ValueError(f"{given[0]} is set but the grade is general (important or core)")
        ident, declared = self.important_identified_on, self.important_declared_on
        if ident is not None and declared is not None and declared < ident:
            raise ValueError(f"important_declared_on ({declared}) is before it was identified")
        return self


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
