"""References and keys that must not be personal information: refused when they look like it.

Whatever a respond record holds is copied into the append-only audit trail, which can never be
cleaned up (:mod:`piplkit.map.register.chain`). People are kept as keyed hashes and masked previews
(:mod:`piplkit.respond.identifiers`) and free text is masked (:mod:`piplkit.respond.redact`),
but references are stored as typed: a request id, consent id or incident id (which is also the
audit entry's key), a scope item, a purpose, a notice version, a system name. Someone will type a
resident ID or a phone number there ("the request of 11010519491231002X"), so each reference is
run through the identifier recognizers of :mod:`piplkit.discover.detect` and refused with a message
that says what it looks like, never the value. Masking would not do: a reference must stay what the
caller sent, or the caller could not find the record again.

Only the validated identifier types are screened (resident ID with its check digit, mobile,
landline, e-mail, passport, HK/Macau permit, bank card with Luhn): names and addresses in
references are rare and the name model would refuse innocent words.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from annotated_types import GroupedMetadata
from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from piplkit.discover.detect.engine import Detector
from piplkit.inputs.text import TextRule, line
from piplkit.map.register.errors import InvalidInputError
from piplkit.respond.identifiers import VALIDATED_TYPES

#: The error type pydantic reports; the web UI localises it.
ERROR_TYPE = "personal_information"
WHAT = {
    "cn_resident_id": "a resident ID",
    "cn_mobile": "a mobile number",
    "cn_landline": "a landline number",
    "email": "an e-mail address",
    "passport": "a passport number",
    "hk_macau_permit": "an HK/Macau travel permit number",
    "bank_card": "a bank card number",
}


@cache
def _detector() -> Detector:
    return Detector(VALIDATED_TYPES)


def looks_like(value: str) -> str | None:
    """The identifier type ``value`` contains (full-width digits count too), or None."""
    findings = _detector().detect(unicodedata.normalize("NFKC", value))
    return findings[0].type if findings else None


def not_personal(value: str) -> str:
    """``value`` unchanged, or a validation error saying what kind of identifier it holds."""
    found = looks_like(value)
    if found is None:
        return value
    raise PydanticCustomError(
        ERROR_TYPE,
        "looks like {what}; use a reference, not the identifier",
        {"what": WHAT.get(found, found)},
    )


def reference(
    *, min_length: int | None = None, max_length: int | None = None, strip: bool = False
) -> ReferenceRule:
    """The metadata of a one-line string that must not hold an identifier of a person:
    ``Annotated[str, reference(max_length=100)]``."""
    return ReferenceRule(line(min_length=min_length, max_length=max_length, strip=strip))


@dataclass(frozen=True)
class ReferenceRule(GroupedMetadata):
    """The one-line rule, then the check that the value is no personal identifier."""

    base: TextRule

    def __iter__(self) -> Iterator[object]:
        yield from self.base
        yield AfterValidator(not_personal)


def check_reference(value: str, field: str) -> str:
    """:func:`not_personal` for callers without a pydantic model; InvalidInputError naming
    ``field``."""
    try:
        return not_personal(value)
    except PydanticCustomError as exc:
        raise InvalidInputError(f"{field}: {exc.message()}") from None


def new_reference(prefix: str, length: int = 32) -> str:
    """A random ``prefix-<hex>`` id that does not itself look like an identifier.

    Random hex holds eleven digits in a row often enough to read as a mobile number now and
    then; such draws are discarded, so a generated id is never refused or flagged later.
    """
    while True:
        candidate = f"{prefix}-{uuid.uuid4().hex[:length]}"
        if looks_like(candidate) is None:
            return candidate
