"""The facts a user states about their processing: the input of the rules engine.

The shape follows issue #3 (``handler`` / ``transfers`` with yearly ``volumes``) plus a
``processing`` block for the further facts obligations depend on. Counts and flags are strict
(``"yes"`` is not a boolean, ``"12"`` is not a count) because a silently coerced fact would give
a confidently wrong legal answer.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from functools import cache
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from piplkit.assess.law.free_trade_zones import load_free_trade_zones
from piplkit.assess.law.kb import load_knowledge_base

Count = Annotated[int, Field(strict=True, ge=0)]
Flag = Annotated[bool, Field(strict=True)]

Purpose = Literal[
    "contract_with_individual",
    "hr_management",
    "emergency",
    "collected_abroad_returned",
    "international_business",
    "other",
]
LawfulBasis = Literal[
    "consent",
    "contract_or_hr",
    "legal_duty",
    "emergency",
    "news_reporting",
    "disclosed_pi",
    "other_law",
]
#: PIPL Art. 28 categories of sensitive PI.
SensitiveCategory = Literal[
    "biometric",
    "religious_belief",
    "specific_identity",
    "medical_health",
    "financial_account",
    "whereabouts",
    "minors_under_14",
]


@cache
def pipl_effective() -> dt.date:
    """Earliest date piplkit evaluates: the day PIPL took effect (held in the law data)."""
    effective = load_knowledge_base().instrument("pipl").effective
    assert effective is not None
    return effective


def _not_before_pipl(value: dt.date | None) -> dt.date | None:
    if value is not None and value < pipl_effective():
        raise ValueError(f"date {value} is before PIPL took effect ({pipl_effective()})")
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Handler(_Model):
    name: str = Field(min_length=1)
    ciio: Flag = False
    individuals_processed: Count
    located_outside_china: Flag = False
    network_operator: Flag = True
    important_data_handler: Flag = False
    #: pilot free trade zone the handler is registered in (law/data/free_trade_zones.yaml)
    free_trade_zone: str | None = None
    #: online platform operator (网络平台运营者), Cybersecurity Review Measures Art. 7
    online_platform: Flag = False
    #: plans to list abroad (赴国外上市)
    plans_foreign_listing: Flag = False
    #: a CIIO procuring network products or services that affect or may affect national security
    ciio_procurement_national_security_risk: Flag = False
    #: PIPL Art. 58: important internet platform services, huge user numbers, complex business
    large_platform: Flag = False
    #: automobile data handler (汽车数据处理者): maker, supplier, dealer, repairer, mobility
    automotive_data_handler: Flag = False
    #: the date an authority required a compliance audit by a professional institution
    audit_ordered_on: dt.date | None = None

    @field_validator("free_trade_zone")
    @classmethod
    def _known_zone(cls, zone: str | None) -> str | None:
        if zone is not None and zone not in load_free_trade_zones().zones:
            known = ", ".join(sorted(load_free_trade_zones().zones))
            raise ValueError(f"unknown free trade zone {zone!r} (known: {known})")
        return zone


class FacialRecognition(_Model):
    stored_individuals: Count = 0
    #: may predate PIPL: the FRT transitional filing covers handlers over the threshold earlier
    threshold_reached_on: dt.date | None = None


class Processing(_Model):
    lawful_basis: LawfulBasis = "consent"
    sensitive_categories: tuple[SensitiveCategory, ...] = ()
    minors_under_14: Flag = False
    automated_decision_making: Flag = False
    entrusted_processing: Flag = False
    provides_to_other_handlers: Flag = False
    publishes_pi: Flag = False
    public_place_images_other_purpose: Flag = False
    facial_recognition: FacialRecognition | None = None
    industry_regulators: tuple[str, ...] = ()
    #: PI of minors (under 18, 未成年人); minors_under_14 implies it
    minors: Flag = False
    #: provides algorithm recommendation services (算法推荐服务)
    algorithm_recommendation: Flag = False
    #: provides deep synthesis services (深度合成服务)
    deep_synthesis: Flag = False
    #: provides generative AI services to the public in China
    generative_ai: Flag = False
    #: the service has public-opinion attributes or social-mobilisation capability
    public_opinion_or_mobilisation: Flag = False
    #: the day the algorithm / deep synthesis / generative AI service started (filing clock)
    algorithm_service_launched_on: dt.date | None = None

    @property
    def processes_minors(self) -> bool:
        return self.minors or self.minors_under_14

    @model_validator(mode="after")
    def _minors_are_sensitive(self) -> Processing:
        if "minors_under_14" in self.sensitive_categories and not self.minors_under_14:
            raise ValueError(
                "sensitive_categories lists minors_under_14 but minors_under_14 is false"
            )
        return self


class Recipient(_Model):
    name: str = Field(min_length=1)
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code")


class Volume(_Model):
    year: Annotated[int, Field(strict=True)]
    individuals: Count
    sensitive_individuals: Count = 0

    @field_validator("year")
    @classmethod
    def _year(cls, year: int) -> int:
        if year < pipl_effective().year:
            raise ValueError(f"year {year} is before PIPL took effect ({pipl_effective()})")
        return year

    @model_validator(mode="after")
    def _subset(self) -> Volume:
        if self.sensitive_individuals > self.individuals:
            raise ValueError(
                "sensitive_individuals cannot exceed individuals (sensitive PI subjects are "
                "counted among all individuals)"
            )
        return self


class TransferDetails(_Model):
    """What a filing pack states about a transfer; facts only the handler knows.

    Everything is optional: a missing fact becomes a field to complete in the documents,
    never a guess. ``pipia_completed_on`` and ``material_change_on`` let piplkit check that
    the PIPIA is recent enough for filing and made after the last material change.
    """

    recipient_address: str | None = None
    recipient_contact: str | None = None
    recipient_nature: str | None = None
    recipient_security_measures: str | None = None
    processing_purpose: str | None = None
    processing_method: str | None = None
    pi_categories: tuple[str, ...] = ()
    sensitive_pi_categories: tuple[str, ...] = ()
    channel: str | None = None
    storage_location_abroad: str | None = None
    retention_abroad: str | None = None
    onward_recipients: tuple[str, ...] = ()
    pipia_completed_on: dt.date | None = None
    self_assessment_completed_on: dt.date | None = None
    material_change_on: dt.date | None = None


class Transfer(_Model):
    name: str = Field(min_length=1)
    recipient: Recipient
    purpose: Purpose
    important_data: Flag = False
    important_data_notified: Annotated[bool | None, Field(strict=True)] = None
    #: false for data without any PI (e.g. trade data, 2024 Provisions Art. 3)
    contains_personal_information: Flag = True
    volumes: tuple[Volume, ...] = ()
    #: expected totals per calendar year, including what was already exported
    planned: tuple[Volume, ...] = ()
    #: "ledger_rate": project the as-of year from the year-to-date rate of ``volumes``
    projection: Literal["ledger_rate"] | None = None
    #: classes of the zone's negative list this data falls in; [] = outside the list
    negative_list_categories: tuple[str, ...] | None = None
    contract_effective_on: dt.date | None = None
    assessment_result_issued_on: dt.date | None = None
    certified_on: dt.date | None = None
    details: TransferDetails | None = None

    _dates = field_validator(
        "contract_effective_on", "assessment_result_issued_on", "certified_on", mode="after"
    )(_not_before_pipl)

    @model_validator(mode="after")
    def _unique_years(self) -> Transfer:
        for field, entries in (("volumes", self.volumes), ("planned", self.planned)):
            years = [v.year for v in entries]
            if len(years) != len(set(years)):
                raise ValueError(f"{field} list a year twice; give one entry per calendar year")
        if self.planned and self.projection is not None:
            raise ValueError("give planned volumes or projection: ledger_rate, not both")
        if not self.contains_personal_information and any(
            v.individuals for v in (*self.volumes, *self.planned)
        ):
            raise ValueError("contains_personal_information is false but volumes count individuals")
        return self


class Profile(_Model):
    handler: Handler
    processing: Processing = Processing()
    transfers: tuple[Transfer, ...] = ()

    @model_validator(mode="after")
    def _unique_names(self) -> Profile:
        names = [t.name for t in self.transfers]
        if len(names) != len(set(names)):
            raise ValueError("transfer names must be unique")
        zone = self.handler.free_trade_zone
        for i, t in enumerate(self.transfers):
            if t.negative_list_categories is None:
                continue
            if zone is None:
                raise ValueError(
                    f"transfers[{i}].negative_list_categories needs handler.free_trade_zone"
                )
            known = set().union(
                *(lst.category_ids() for lst in load_free_trade_zones().zone(zone).lists)
            )
            unknown = [c for c in t.negative_list_categories if known and c not in known]
            if unknown:
                raise ValueError(
                    f"transfers[{i}].negative_list_categories: {', '.join(unknown)} not in the "
                    f"{zone} list (known: {', '.join(sorted(known))})"
                )
        return self


class ProfileError(ValueError):
    """A profile that cannot be evaluated; ``field`` names the offending location."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


def _loc(parts: tuple[int | str, ...]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def _describe(err: Mapping[str, Any]) -> tuple[str, str]:
    loc = _loc(tuple(err.get("loc", ())))
    kind = err.get("type", "")
    msg = str(err.get("msg", "invalid value"))
    if kind == "missing":
        return loc, "required field is missing"
    if kind == "extra_forbidden":
        return loc, "unknown field (check the spelling; see docs/assess.md)"
    if kind == "literal_error":
        return loc, f"{msg} (got {err.get('input')!r})"
    msg = msg.removeprefix("Value error, ")
    if "input" in err and kind not in {"model_type", "value_error"}:
        return loc, f"{msg} (got {err['input']!r})"
    return loc, msg


def profile_from_data(data: Any) -> Profile:
    """Validate decoded YAML/JSON; raise ProfileError naming the first bad field."""
    if not isinstance(data, Mapping):
        raise ProfileError("", "a profile must be a mapping with at least a 'handler' section")
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        field, message = _describe(errors[0])
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more problem(s))"
        raise ProfileError(field, message) from None


def parse_profile(text: str, fmt: Literal["yaml", "json"] = "yaml") -> Profile:
    """Parse profile text (YAML is a superset of JSON, so YAML parsing accepts both)."""
    try:
        data = json.loads(text) if fmt == "json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        if isinstance(exc, json.JSONDecodeError):
            where = f" at line {exc.lineno}"
        raise ProfileError("", f"not valid {fmt.upper()}{where}") from None
    return profile_from_data(data)
