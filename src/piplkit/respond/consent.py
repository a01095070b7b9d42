"""The consent ledger: who consented to what, under which notice text, and whether it still holds.

A consent is keyed by the person's keyed hash, a purpose and the version of the notice they were
shown — identified by the SHA-256 of the notice text, so "which words did they agree to" has a
checkable answer. PIPL asks for *separate* consent (单独同意) for sensitive PI (Art. 29),
providing PI to another handler (Art. 23), public disclosure (Art. 25), images from public-place
cameras beyond public security (Art. 26) and export (Art. 39); for a child under 14 the parent's
or guardian's consent (Art. 31). Withdrawal takes effect at once (Art. 15): processing at or
after the withdrawal instant is no longer covered, earlier processing stays lawful.

``may_process`` answers "may we process category X for purpose P at time T?" with the proof:
the consent record, the notice hash, the timestamps and the audit entry that recorded it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Annotated, Any, overload

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from piplkit.assess.law.consent_purposes import PURPOSES
from piplkit.assess.law.kb import load_knowledge_base
from piplkit.assess.law.pi_types import load_catalogue
from piplkit.assess.rules.response_deadlines import china_date
from piplkit.inputs.scalars import Flag, Instant
from piplkit.map.register import chain
from piplkit.map.register.checks import check_instant
from piplkit.map.register.errors import ConflictError, InvalidInputError, NotFoundError
from piplkit.map.register.models import AuditEvent
from piplkit.respond.enums import PurposeKind
from piplkit.respond.fingerprint import canonical_digest
from piplkit.respond.identifiers import IdentifierType, IdentifierValue, identify
from piplkit.respond.models import ConsentRecord
from piplkit.respond.screen import new_reference, reference
from piplkit.respond.timeutil import to_utc

#: The ledger's separate-consent purposes and the PIPL article requiring each (one definition:
#: :mod:`piplkit.assess.law.consent_purposes`).
SEPARATE_CONSENT_ARTICLE = {PurposeKind(p.ledger_id): f"PIPL {p.article}" for p in PURPOSES}


def notice_hash(notice_text: str) -> str:
    """SHA-256 of the notice text (NFC, line endings normalised) the person was shown."""
    text = unicodedata.normalize("NFC", notice_text).replace("\r\n", "\n").strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


ConsentId = Annotated[str, reference(min_length=1, max_length=100)]
#: Purposes are matched as typed (``may_process``): a reference, not free text.
ConsentPurpose = Annotated[str, reference(min_length=1, max_length=200)]
Category = Annotated[str, reference(min_length=1, max_length=60)]
NoticeVersion = Annotated[str, reference(min_length=1, max_length=100)]
Channel = Annotated[str, reference(min_length=1, max_length=20)]


class ConsentIn(BaseModel):
    """A consent as recorded by the API, the CLI or an import."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    consent_id: ConsentId | None = None
    identifier_type: IdentifierType
    identifier: IdentifierValue
    purpose: ConsentPurpose
    purpose_kind: PurposeKind = PurposeKind.GENERAL
    pi_categories: list[Category] = Field(min_length=1, max_length=50)
    notice_version: NoticeVersion
    notice_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    separate: Flag = False
    minor: Flag | None = None
    guardian_identifier_type: IdentifierType | None = None
    guardian_identifier: IdentifierValue | None = None
    channel: Channel = "cli"
    given_at: Instant | None = None

    @field_validator("given_at")
    @classmethod
    def _aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("needs a time zone, e.g. 2025-09-30T10:00:00+08:00")
        return value


def _parse(payload: dict[str, Any] | ConsentIn) -> ConsentIn:
    if isinstance(payload, ConsentIn):
        return payload
    if not isinstance(payload, dict):
        raise InvalidInputError("a consent must be a JSON object")
    try:
        return ConsentIn.model_validate(payload)
    except ValidationError as exc:
        problems = [
            f"{'.'.join(str(p) for p in e['loc']) or 'consent'}: {e['msg']}" for e in exc.errors()
        ]
        raise InvalidInputError("invalid consent: " + "; ".join(problems)) from None


_CATEGORY = re.compile(r"^[a-z][a-z0-9_]{1,59}$")


def _known_categories(categories: list[str]) -> None:
    """Categories are PI type ids (``law/data/pi_types.yaml``) or the organisation's own ids
    (``face``, ``health``…); the catalogue decides which are sensitive, a sensitive purpose
    kind covers the rest."""
    bad = [c for c in categories if not _CATEGORY.match(c)]
    if bad:
        raise InvalidInputError(
            f"pi_categories: {len(bad)} value(s) are not ids (lower-case letters, digits, _)"
        )


def record_consent(
    session: Session,
    payload: dict[str, Any] | ConsentIn,
    *,
    key: bytes,
    now: dt.datetime | None = None,
) -> tuple[ConsentRecord, bool]:
    """Record a consent; the same consent id with the same content returns the first record."""
    chain.lock(session)
    c = _parse(payload)
    now = to_utc(now or dt.datetime.now(dt.UTC))
    given = to_utc(c.given_at or now)
    _known_categories(c.pi_categories)
    subject = identify(
        c.identifier_type, c.identifier, key=key, field="identifier", as_of=china_date(given)
    )
    minor_age = int(load_knowledge_base().value("minors.guardian_consent_age", china_date(given)))
    minor = c.minor
    if subject.age is not None:
        derived = subject.age < minor_age
        if minor is not None and minor != derived:
            raise InvalidInputError(
                f"minor: the resident ID says the person is {'' if derived else 'not '}under "
                f"{minor_age}"
            )
        minor = derived
    minor = bool(minor)
    guardian = None
    if minor:
        if not c.guardian_identifier_type or not c.guardian_identifier:
            raise InvalidInputError(
                f"guardian_identifier: a person under {minor_age} needs the consent of a parent "
                "or other guardian (PIPL Art. 31)"
            )
        guardian = identify(
            c.guardian_identifier_type,
            c.guardian_identifier,
            key=key,
            field="guardian_identifier",
        )
        if guardian.hash == subject.hash:
            raise InvalidInputError("guardian_identifier: the guardian must be another person")
    fingerprint = canonical_digest(
        {
            "subject": subject.hash,
            "purpose": c.purpose,
            "kind": c.purpose_kind.value,
            "categories": sorted(c.pi_categories),
            "notice": [c.notice_version, c.notice_hash],
            "separate": c.separate,
            "guardian": guardian.hash if guardian else None,
        }
    )
    name = c.consent_id or new_reference("consent")
    existing = session.scalar(select(ConsentRecord).where(ConsentRecord.name == name))
    if existing is not None:
        if existing.fingerprint != fingerprint:
            raise ConflictError(f"consent id {name!r} is already used by a different consent")
        return existing, False
    record = ConsentRecord(
        name=name,
        fingerprint=fingerprint,
        subject_hash=subject.hash,
        identifier_type=subject.type,
        identifier_masked=subject.masked,
        purpose=c.purpose,
        purpose_kind=c.purpose_kind,
        pi_categories=sorted(dict.fromkeys(c.pi_categories)),
        notice_version=c.notice_version,
        notice_hash=c.notice_hash,
        separate=c.separate,
        minor=minor,
        guardian_hash=guardian.hash if guardian else None,
        guardian_masked=guardian.masked if guardian else None,
        channel=c.channel,
        given_at=given,
    )
    session.add(record)
    session.flush()
    return record, True


def withdraw_for_subject(
    session: Session,
    subject_hash: str,
    *,
    purposes: list[str] | None = None,
    at: dt.datetime | None = None,
    ref: str | None = None,
) -> list[ConsentRecord]:
    """Withdraw the subject's active consents (all, or for ``purposes``) as of ``at``."""
    chain.lock(session)
    at = to_utc(at or dt.datetime.now(dt.UTC))
    stmt = select(ConsentRecord).where(
        ConsentRecord.subject_hash == subject_hash, ConsentRecord.withdrawn_at.is_(None)
    )
    if purposes:
        stmt = stmt.where(ConsentRecord.purpose.in_(purposes))
    records = list(session.scalars(stmt))
    for record in records:
        record.withdrawn_at = at
        record.withdrawal_ref = ref
    session.flush()
    return records


def withdraw(
    session: Session,
    identifier_type: str,
    identifier: str,
    *,
    key: bytes,
    purposes: list[str] | None = None,
    at: dt.datetime | None = None,
    ref: str | None = None,
) -> list[ConsentRecord]:
    subject = identify(identifier_type, identifier, key=key)
    if at is not None:
        check_instant(at, "at")
    records = withdraw_for_subject(session, subject.hash, purposes=purposes, at=at, ref=ref)
    if not records:
        raise NotFoundError(
            "no active consent of this person" + (" for these purposes" if purposes else "")
        )
    return records


@overload
def _aware(value: dt.datetime) -> dt.datetime: ...
@overload
def _aware(value: None) -> None: ...
def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer to "may we process X for P at T?", with the proof or the reasons why not."""

    allowed: bool
    reasons: list[str]
    proof: dict[str, Any] | None = None
    considered: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "allowed": self.allowed,
            "reasons": self.reasons,
            "proof": self.proof,
            "considered": self.considered,
        }


def to_dict(record: ConsentRecord) -> dict[str, Any]:
    """A consent as JSON, the one shape every face gives: keyed hash and masked preview,
    never the identifier."""

    def iso(value: dt.datetime | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "consent_id": record.name,
        "identifier_type": record.identifier_type,
        "identifier": record.identifier_masked,
        "subject_hash": record.subject_hash,
        "purpose": record.purpose,
        "purpose_kind": record.purpose_kind.value,
        "pi_categories": list(record.pi_categories or []),
        "notice_version": record.notice_version,
        "notice_hash": record.notice_hash,
        "separate": record.separate,
        "minor": record.minor,
        "guardian": record.guardian_masked,
        "channel": record.channel,
        "given_at": iso(record.given_at),
        "withdrawn_at": iso(record.withdrawn_at),
        "withdrawal_ref": record.withdrawal_ref,
    }


def _proof(session: Session, record: ConsentRecord) -> dict[str, Any]:
    entry = session.scalar(
        select(AuditEvent)
        .where(
            AuditEvent.entity == "consent_record",
            AuditEvent.entity_key == record.name,
            AuditEvent.action == "create",
        )
        .order_by(AuditEvent.id)
        .limit(1)
    )
    return {
        "consent_id": record.name,
        "subject_hash": record.subject_hash,
        "identifier": record.identifier_masked,
        "purpose": record.purpose,
        "purpose_kind": record.purpose_kind.value,
        "pi_categories": list(record.pi_categories),
        "notice_version": record.notice_version,
        "notice_hash": record.notice_hash,
        "separate": record.separate,
        "minor": record.minor,
        "guardian": record.guardian_masked,
        "given_at": _aware(record.given_at).isoformat(),
        "withdrawn_at": _aware(record.withdrawn_at).isoformat() if record.withdrawn_at else None,
        "audit_entry": {"id": entry.id, "hash": entry.hash} if entry is not None else None,
    }


def _problems(record: ConsentRecord, category: str, at: dt.datetime) -> list[str]:
    problems: list[str] = []
    given = _aware(record.given_at)
    withdrawn = _aware(record.withdrawn_at)
    assert given is not None
    if given > at:
        problems.append(f"consent {record.name} was given only at {given.isoformat()}")
    if withdrawn is not None and withdrawn <= at:
        problems.append(f"consent {record.name} was withdrawn at {withdrawn.isoformat()}")
    if category not in record.pi_categories:
        problems.append(f"consent {record.name} does not cover {category}")
    needs_separate = SEPARATE_CONSENT_ARTICLE.get(record.purpose_kind)
    catalogue = load_catalogue()
    sensitive = category in catalogue.types and catalogue.types[category].sensitive
    if sensitive and not needs_separate:
        needs_separate = "PIPL Art. 29 (sensitive PI)"
    if needs_separate and not record.separate:
        problems.append(f"consent {record.name} is not a separate consent ({needs_separate})")
    if record.minor and not record.guardian_hash:
        problems.append(f"consent {record.name}: a minor's consent lacks the guardian's (Art. 31)")
    return problems


def may_process(
    session: Session,
    *,
    subject_hash: str,
    category: str,
    purpose: str,
    at: dt.datetime,
) -> Decision:
    """Whether some consent of the subject covers ``category`` for ``purpose`` at ``at``."""
    if at.tzinfo is None:
        raise InvalidInputError("at: needs a time zone")
    records = list(
        session.scalars(
            select(ConsentRecord)
            .where(ConsentRecord.subject_hash == subject_hash, ConsentRecord.purpose == purpose)
            .order_by(ConsentRecord.given_at.desc(), ConsentRecord.id.desc())
        )
    )
    if not records:
        return Decision(False, [f"no consent of this person for purpose {purpose!r}"])
    reasons: list[str] = []
    considered: list[dict[str, Any]] = []
    for record in records:
        problems = _problems(record, category, at)
        considered.append({"consent_id": record.name, "problems": problems})
        if not problems:
            return Decision(
                True,
                [f"consent {record.name} covers {category} for {purpose!r} at {at.isoformat()}"],
                _proof(session, record),
                considered,
            )
        reasons.extend(problems)
    return Decision(False, reasons, None, considered)


def list_consents(session: Session, subject_hash: str | None = None) -> list[ConsentRecord]:
    stmt = select(ConsentRecord).order_by(ConsentRecord.given_at, ConsentRecord.id)
    if subject_hash is not None:
        stmt = stmt.where(ConsentRecord.subject_hash == subject_hash)
    return list(session.scalars(stmt))
