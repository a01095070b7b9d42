"""Store developments, list them, and decide review items, inside a ``Register.write`` session.

Storing is idempotent: a document is identified by the SHA-256 of its bytes and an item by its
normalised title (plus its occurrence number among equal titles), so ingesting the same file
twice adds nothing. Review items are keyed by what they would change, so the same implication
found in two documents is reviewed once. Functions never commit; the caller's block does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from piplkit.map.register.errors import ConflictError, InvalidInputError, NotFoundError
from piplkit.track.implications import STAGE_STATUS, Proposal, implications, status_key
from piplkit.track.model import Development, ParsedDocument
from piplkit.track.storage.models import (
    DevelopmentKind,
    InstrumentStatusEvent,
    ReviewKind,
    ReviewState,
    TrackDevelopment,
    TrackDocument,
    TrackedInstrument,
    TrackReview,
)
from piplkit.track.textutil import normalise


@dataclass
class StoreResult:
    """What one document added: developments new and already present, review items new."""

    document: str
    added: int = 0
    existing: int = 0
    reviews: list[str] = field(default_factory=list)


def document_hash(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def item_keys(devs: Sequence[Development]) -> list[str]:
    """A stable key per item: hash of its normalised title and occurrence number."""
    seen: Counter[str] = Counter()
    keys = []
    for dev in devs:
        title = normalise(dev.title)
        seen[title] += 1
        keys.append(hashlib.sha256(f"{title}#{seen[title]}".encode()).hexdigest())
    return keys


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _first_day(value: str | None) -> dt.date | None:
    """``2022-12-08`` as is; ``2022-12`` and ``2022`` as the first day of the period."""
    if not value:
        return None
    full = _date(value)
    if full is not None:
        return full
    parts = value.split("-")
    try:
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 1:
            return dt.date(int(parts[0]), 1, 1)
    except ValueError:
        return None
    return None


def _document(session: Session, sha: str, filename: str, doc: ParsedDocument) -> TrackDocument:
    found = session.scalars(select(TrackDocument).where(TrackDocument.name == sha)).one_or_none()
    if found is not None:
        return found
    row = TrackDocument(
        name=sha,
        filename=filename,
        layout=doc.layout,
        published=_date(doc.published),
        sources={str(k): v for k, v in doc.sources.items()},
    )
    session.add(row)
    return row


def _development_row(
    doc_row: TrackDocument, key: str, pos: int, dev: Development
) -> TrackDevelopment:
    return TrackDevelopment(
        name=f"{doc_row.name[:12]}-{key[:12]}",
        document=doc_row,
        item_key=key,
        position=pos,
        title=dev.title,
        date=_first_day(dev.date),
        date_text=dev.date[:10] if dev.date else None,
        kind=DevelopmentKind(dev.kind),
        authorities=list(dev.authorities),
        instruments=[m.to_dict() for m in dev.instruments],
        instrument_ids=sorted({x["instrument_id"] for x in dev.links if x.get("instrument_id")}),
        penalty_cny=None if dev.penalty_cny is None else float(dev.penalty_cny),
        footnotes=list(dev.footnotes),
        sources=list(dev.sources),
        summary=dev.summary,
        section=dev.section,
        warnings=list(dev.warnings),
    )


def _merge_evidence(row: TrackReview, proposal: Proposal) -> None:
    """Add the new evidence of an implication already awaiting review (keeps one item)."""
    data = dict(row.proposal)
    evidence = list(data.get("evidence", []))
    for item in proposal.data.get("evidence", []):
        if item not in evidence:
            evidence.append(item)
    data["evidence"] = evidence
    if proposal.kind == ReviewKind.NEW_INSTRUMENT.value:
        events = list(data.get("status_events", []))
        events += [e for e in proposal.data.get("status_events", []) if e not in events]
        data["status_events"] = events
        data["effective"] = data.get("effective") or proposal.data.get("effective")
    if data != row.proposal:
        row.proposal = data


def _add_reviews(session: Session, dev_row: TrackDevelopment, dev: Development) -> list[str]:
    added = []
    for proposal in implications(dev):
        if (
            proposal.kind == ReviewKind.STATUS_EVENT.value
            and session.scalars(
                select(InstrumentStatusEvent.id).where(InstrumentStatusEvent.name == proposal.key)
            ).first()
        ):
            continue  # already accepted through another development
        row = session.scalars(
            select(TrackReview).where(TrackReview.name == proposal.key)
        ).one_or_none()
        if row is not None:
            if row.state is ReviewState.PENDING:
                _merge_evidence(row, proposal)
            continue
        session.add(
            TrackReview(
                name=proposal.key,
                kind=ReviewKind(proposal.kind),
                development=dev_row,
                instrument_id=proposal.instrument_id,
                proposal=proposal.data,
            )
        )
        added.append(proposal.key)
    return added


def store_document(
    session: Session,
    data: bytes | str,
    filename: str,
    doc: ParsedDocument,
    devs: Sequence[Development],
) -> StoreResult:
    """Store a parsed document's developments (linked) and their review items, idempotently."""
    sha = document_hash(data)
    doc_row = _document(session, sha, filename, doc)
    result = StoreResult(document=filename)
    present: set[str] = set()
    if doc_row.id is not None:
        present = set(
            session.scalars(
                select(TrackDevelopment.item_key).where(TrackDevelopment.document_id == doc_row.id)
            )
        )
    for pos, (key, dev) in enumerate(zip(item_keys(devs), devs, strict=True)):
        if key in present:
            result.existing += 1
            continue
        row = _development_row(doc_row, key, pos, dev)
        session.add(row)
        session.flush()
        result.added += 1
        result.reviews += _add_reviews(session, row, dev)
    return result


# --- listing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DevelopmentFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    kind: str | None = None
    authority: str | None = None
    instrument: str | None = None
    limit: int | None = None

    def check(self) -> None:
        if self.kind is not None and self.kind not in {k.value for k in DevelopmentKind}:
            allowed = ", ".join(k.value for k in DevelopmentKind)
            raise InvalidInputError(f"kind: {self.kind!r} is not one of {allowed}")
        if self.since and self.until and self.until < self.since:
            raise InvalidInputError(f"date range: {self.until} is before {self.since}")


def list_developments(session: Session, filt: DevelopmentFilter) -> list[TrackDevelopment]:
    """Developments newest first; undated ones only when no date bound is given."""
    filt.check()
    stmt = select(TrackDevelopment).options(selectinload(TrackDevelopment.document))
    if filt.since is not None:
        stmt = stmt.where(TrackDevelopment.date >= filt.since)
    if filt.until is not None:
        stmt = stmt.where(TrackDevelopment.date <= filt.until)
    if filt.kind is not None:
        stmt = stmt.where(TrackDevelopment.kind == DevelopmentKind(filt.kind))
    stmt = stmt.order_by(
        TrackDevelopment.date.is_(None), TrackDevelopment.date.desc(), TrackDevelopment.id
    )
    rows = list(session.scalars(stmt))
    if filt.authority:  # JSON lists: filtered here, portable between SQLite and PostgreSQL
        wanted = filt.authority.casefold()
        rows = [r for r in rows if any(a.casefold() == wanted for a in r.authorities)]
    if filt.instrument:
        rows = [r for r in rows if filt.instrument in r.instrument_ids]
    return rows[: filt.limit] if filt.limit else rows


def development_dict(row: TrackDevelopment) -> dict[str, Any]:
    """The stored development in the ``track ingest`` JSON shape, plus its key and document."""
    penalty = row.penalty_cny
    return {
        "id": row.name,
        "title": row.title,
        "date": row.date_text or (row.date.isoformat() if row.date else None),
        "authorities": list(row.authorities),
        "instruments": list(row.instruments),
        "instrument_ids": list(row.instrument_ids),
        "kind": row.kind.value,
        "penalty_cny": int(penalty) if penalty is not None and penalty.is_integer() else penalty,
        "footnotes": list(row.footnotes),
        "sources": list(row.sources),
        "summary": row.summary,
        "section": row.section,
        "document": row.document.filename,
        "warnings": list(row.warnings),
    }


# --- review ---------------------------------------------------------------------------------


def reviews(session: Session, state: ReviewState | None = ReviewState.PENDING) -> list[TrackReview]:
    stmt = select(TrackReview).options(selectinload(TrackReview.development))
    if state is not None:
        stmt = stmt.where(TrackReview.state == state)
    return list(session.scalars(stmt.order_by(TrackReview.id)))


def _event(
    session: Session, review: TrackReview, instrument_id: str, status: str, day: dt.date
) -> None:
    key = status_key(instrument_id, status, day)
    exists = session.scalars(
        select(InstrumentStatusEvent.id).where(
            InstrumentStatusEvent.instrument_id == instrument_id,
            InstrumentStatusEvent.status == status,
            InstrumentStatusEvent.date == day,
        )
    ).first()
    if exists:
        return
    title = review.development.title if review.development else None
    session.add(
        InstrumentStatusEvent(
            name=key,
            instrument_id=instrument_id,
            status=status,
            date=day,
            note=f"accepted from development: {title}" if title else "accepted on review",
            review_id=review.id,
            development_id=review.development_id,
        )
    )


def _apply(session: Session, review: TrackReview) -> None:
    data = review.proposal
    if review.kind is ReviewKind.STATUS_EVENT:
        _event(session, review, review.instrument_id, data["status"], _required_date(data))
        return
    if session.scalars(
        select(TrackedInstrument.id).where(TrackedInstrument.name == review.instrument_id)
    ).first():
        raise ConflictError(f"instrument {review.instrument_id!r} is already recorded")
    session.add(
        TrackedInstrument(
            name=review.instrument_id,
            title=data.get("title", review.instrument_id),
            language=data.get("language", "en"),
            issuers=list(data.get("issuer_candidates", [])),
            effective=_date(data.get("effective")),
            review_id=review.id,
        )
    )
    for event in data.get("status_events", []):
        day = _date(event.get("date"))
        if day is not None:  # proposals speak the tracker's stages; events the KB's statuses
            status = STAGE_STATUS.get(event["status"], event["status"])
            _event(session, review, review.instrument_id, status, day)


def _required_date(data: dict[str, Any]) -> dt.date:
    day = _date(data.get("date"))
    if day is None:
        raise InvalidInputError(f"review item has no valid date: {data.get('date')!r}")
    return day


def decide(
    session: Session, review_id: int, accept: bool, actor: str, note: str | None = None
) -> TrackReview:
    """Accept (apply) or reject one pending review item; deciding twice is refused."""
    review = session.get(TrackReview, review_id)
    if review is None:
        raise NotFoundError(f"no review item {review_id}")
    if review.state is not ReviewState.PENDING:
        raise ConflictError(f"review item {review_id} is already {review.state.value}")
    if accept:
        _apply(session, review)
    review.state = ReviewState.ACCEPTED if accept else ReviewState.REJECTED
    review.decided_at = dt.datetime.now(dt.UTC)
    review.decided_by = actor
    review.note = note
    return review


def accepted_events(session: Session) -> list[InstrumentStatusEvent]:
    """Every accepted status event, by instrument and date (what the rules engine may merge)."""
    stmt = select(InstrumentStatusEvent).order_by(
        InstrumentStatusEvent.instrument_id, InstrumentStatusEvent.date
    )
    return list(session.scalars(stmt))
