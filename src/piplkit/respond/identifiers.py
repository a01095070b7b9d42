"""Identifiers of people in requests and consents: validated, keyed-hashed, masked.

A request names its subject by an identifier (resident ID, mobile, e-mail …). The value is
checked with the same recognizer that ``piplkit detect`` uses (check digits, prefixes, dates),
then only two things are kept: the keyed hash (HMAC, :mod:`piplkit.map.register.pseudonym`, the
same key and normalisation as the transfer ledger, so hashes match across both) and the
recognizer's masked preview. The raw value is never stored, logged or put in an error.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any

from piplkit.discover.detect.masking import mask_generic
from piplkit.discover.detect.recognizer import AnalysisContext, Recognizer
from piplkit.discover.detect.registry import default_registry
from piplkit.inputs.text import line
from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.pseudonym import normalise_identifier, subject_hash

#: Identifier types a request or consent may name a person by (all validated by a recognizer).
VALIDATED_TYPES = (
    "cn_resident_id",
    "cn_mobile",
    "email",
    "passport",
    "hk_macau_permit",
    "bank_card",
    "cn_landline",
)
#: The organisation's own account or customer number: free form, not validated.
ACCOUNT_TYPE = "account"
IDENTIFIER_TYPES = (*VALIDATED_TYPES, ACCOUNT_TYPE)
_MAX_LENGTH = 200
#: Input field types: an identifier's type and value, as requests and consents take them (one
#: line each; the value is validated, hashed and masked, never stored).
IdentifierType = Annotated[str, line(min_length=1, max_length=40)]
IdentifierValue = Annotated[str, line(min_length=1, max_length=_MAX_LENGTH)]
_SEPARATORS = re.compile(r"[\s\-()（）]+")
_CN_PREFIX = re.compile(r"^(?:\+86|0086)")


@dataclass(frozen=True, slots=True)
class Identified:
    """A person as piplkit keeps them: type, keyed hash, masked preview, validator facts."""

    type: str
    hash: str
    masked: str
    attributes: dict[str, Any]

    @property
    def age(self) -> int | None:
        age = self.attributes.get("age")
        return int(age) if isinstance(age, int) else None


@cache
def _recognizer(type_id: str) -> Recognizer:
    return default_registry().build([type_id])[0]


def _compact(value: str) -> str:
    text = unicodedata.normalize("NFKC", value).strip()
    text = _SEPARATORS.sub("", text)
    return _CN_PREFIX.sub("", text)


def identify(
    type_id: str, value: Any, *, key: bytes, field: str = "identifier", as_of: dt.date | None = None
) -> Identified:
    """Validate ``value`` as a ``type_id`` identifier and return its hash and masked preview.

    Errors name the field and the type, never the value.
    """
    if type_id not in IDENTIFIER_TYPES:
        raise InvalidInputError(
            f"{field}: unknown identifier type {type_id!r}; "
            f"use one of {', '.join(IDENTIFIER_TYPES)}"
        )
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(f"{field}: a non-empty {type_id} value is required")
    if len(value) > _MAX_LENGTH:
        raise InvalidInputError(f"{field}: longer than {_MAX_LENGTH} characters")
    normalised = normalise_identifier(value)
    if normalised is None:  # only separators, e.g. "-" or "()"
        raise InvalidInputError(f"{field}: a non-empty {type_id} value is required")
    if type_id == ACCOUNT_TYPE:
        return Identified(type_id, subject_hash(key, normalised), mask_generic(value.strip()), {})
    compact = _compact(value)
    if type_id in {"cn_resident_id", "passport", "hk_macau_permit"}:
        compact = compact.upper()
    recognizer = _recognizer(type_id)
    ctx = AnalysisContext(as_of=as_of or dt.date.today())
    for finding in recognizer.analyze(compact, ctx):
        if finding.start == 0 and finding.end == len(compact):
            return Identified(
                type_id, subject_hash(key, normalised), finding.preview, dict(finding.attributes)
            )
    raise InvalidInputError(
        f"{field}: not a valid {type_id} (failed the format/check-digit validation)"
    )
