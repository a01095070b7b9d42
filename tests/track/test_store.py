"""Developments in the register: idempotent storage, review applied only on accept, filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from tests.track.conftest import DOCS

from piplkit.assess.law.kb import load_knowledge_base
from piplkit.map.register.errors import ConflictError, InvalidInputError, NotFoundError
from piplkit.map.register.models import AuditEvent
from piplkit.map.register.store import Register, open_register
from piplkit.track import ingest
from piplkit.track.kbmerge import AcceptedEvent, with_status_events
from piplkit.track.linking import link_developments
from piplkit.track.storage.models import (
    InstrumentStatusEvent,
    ReviewState,
    TrackDevelopment,
    TrackedInstrument,
    TrackReview,
)
from piplkit.track.storage.repository import (
    DevelopmentFilter,
    accepted_events,
    decide,
    development_dict,
    list_developments,
    reviews,
    store_document,
)

#: A small update in the genre: a known instrument adopted with a date of effect, an unknown
#: draft, and an enforcement item that only cites a law (which must not become a status event).
UPDATE = """# Data Protection Update — March 2031

## Legislation

### CAC Finalises the Network Data Security Management Regulations Amendment

On 3 March 2031, the State Council adopted the Network Data Security Management Regulations,
which will take effect on 1 June 2031.

### MIIT Releases Draft Measures on Vehicle Data Labelling

On 5 March 2031, MIIT released the Measures on Vehicle Data Labelling (Draft for Comments) for
public comment until 5 April 2031.

## Enforcement

### SAMR Fines Retailer CNY 300,000

On 9 March 2031, SAMR fined a retailer CNY 300,000 under the Personal Information Protection
Law for collecting location data without consent.
"""


@pytest.fixture
def reg(db_url: str) -> Iterator[Register]:
    """A register on SQLite and, with ``PIPLKIT_TEST_POSTGRES_URL``, PostgreSQL."""
    register = open_register(db_url)
    try:
        yield register
    finally:
        register.dispose()


def _store(reg: Register, data: bytes, name: str) -> tuple[int, int, int]:
    doc, devs = ingest(data, name)
    link_developments(devs)
    with reg.write("tester") as s:
        result = store_document(s, data, name, doc, devs)
    return result.added, result.existing, len(result.reviews)


def _count(reg: Register, model: type) -> int:
    with reg.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_storing_twice_adds_nothing(reg: Register) -> None:
    data = (DOCS / "bulletin_2023_01.md").read_bytes()
    added, existing, _ = _store(reg, data, "bulletin.md")
    assert added == 8 and existing == 0
    reviews_before = _count(reg, TrackReview)
    # same bytes under another file name: the same document
    assert _store(reg, data, "copy-of-bulletin.md") == (0, 8, 0)
    assert _count(reg, TrackDevelopment) == 8
    assert _count(reg, TrackReview) == reviews_before


def test_stored_fields_round_trip(reg: Register) -> None:
    data = (DOCS / "bulletin_2023_01.md").read_bytes()
    _doc, devs = ingest(data, "bulletin.md")
    link_developments(devs)
    _store(reg, data, "bulletin.md")
    with reg.read() as s:
        stored = {
            d["title"]: d for d in map(development_dict, list_developments(s, DevelopmentFilter()))
        }
    for dev in devs:
        row = stored[dev.title]
        expected = dev.to_dict()
        for field in (
            "date",
            "authorities",
            "instruments",
            "kind",
            "penalty_cny",
            "footnotes",
            "sources",
        ):
            assert row[field] == expected[field], field
        assert row["instrument_ids"] == sorted(
            {x["instrument_id"] for x in dev.links if x["instrument_id"]}
        )


def test_month_only_date_is_kept_and_filterable(reg: Register) -> None:
    _store(reg, (DOCS / "bulletin_2023_01.md").read_bytes(), "bulletin.md")
    with reg.read() as s:
        december = list_developments(
            s, DevelopmentFilter(since=dt.date(2022, 12, 1), until=dt.date(2022, 12, 31))
        )
    dates = {development_dict(r)["date"] for r in december}
    assert "2022-12" in dates
    assert all(d.startswith("2022-12") for d in dates)


def test_list_filters(reg: Register) -> None:
    _store(reg, (DOCS / "bulletin_2023_01.md").read_bytes(), "bulletin.md")
    _store(reg, (DOCS / "yuebao_2023_03.html").read_bytes(), "yuebao.html")
    with reg.read() as s:
        everything = list_developments(s, DevelopmentFilter())
        assert len(everything) == 15
        dated = [r.date for r in everything if r.date]
        assert dated == sorted(dated, reverse=True)
        enforcement = list_developments(s, DevelopmentFilter(kind="enforcement"))
        assert enforcement and all(r.kind.value == "enforcement" for r in enforcement)
        miit = list_developments(s, DevelopmentFilter(authority="miit"))
        assert miit and all("MIIT" in r.authorities for r in miit)
        since = list_developments(s, DevelopmentFilter(since=dt.date(2023, 2, 25)))
        assert since and all(r.date and r.date >= dt.date(2023, 2, 25) for r in since)
        pipl = list_developments(s, DevelopmentFilter(instrument="pipl"))
        assert pipl and all("pipl" in r.instrument_ids for r in pipl)
        assert len(list_developments(s, DevelopmentFilter(limit=3))) == 3
        with pytest.raises(InvalidInputError, match="kind"):
            list_developments(s, DevelopmentFilter(kind="gossip"))
        with pytest.raises(InvalidInputError, match="before"):
            list_developments(
                s, DevelopmentFilter(since=dt.date(2023, 2, 1), until=dt.date(2023, 1, 1))
            )


def _pending(reg: Register) -> dict[str, TrackReview]:
    with reg.read() as s:
        return {r.name: r for r in reviews(s)}


def test_review_items_come_from_legislation_not_citations(reg: Register) -> None:
    _store(reg, UPDATE.encode(), "update.md")
    pending = _pending(reg)
    assert "status:ndsmr:adopted:2031-03-03" in pending
    assert "status:ndsmr:in_force:2031-06-01" in pending
    # the enforcement item cites PIPL: that is not news about PIPL's status
    assert not [k for k in pending if k.startswith("status:pipl:")]
    new = [r for r in pending.values() if r.kind.value == "new_instrument"]
    assert any("Vehicle Data Labelling" in r.proposal["title"] for r in new)


def test_nothing_is_applied_before_accept_and_accept_applies_once(reg: Register) -> None:
    _store(reg, UPDATE.encode(), "update.md")
    assert _count(reg, InstrumentStatusEvent) == 0
    assert _count(reg, TrackedInstrument) == 0
    pending = _pending(reg)
    status = pending["status:ndsmr:in_force:2031-06-01"]
    adopted = pending["status:ndsmr:adopted:2031-03-03"]
    draft = next(r for r in pending.values() if r.kind.value == "new_instrument")
    with reg.write("reviewer") as s:
        decide(s, status.id, True, "reviewer", note="checked the gazette")
        decide(s, adopted.id, False, "reviewer")
        decide(s, draft.id, True, "reviewer")
    with reg.read() as s:
        events = {(e.instrument_id, e.status, e.date) for e in accepted_events(s)}
        assert ("ndsmr", "in_force", dt.date(2031, 6, 1)) in events
        assert ("ndsmr", "adopted", dt.date(2031, 3, 3)) not in events
        assert s.get(TrackReview, adopted.id).state is ReviewState.REJECTED  # type: ignore[union-attr]
        tracked = s.scalars(select(TrackedInstrument)).one()
        assert tracked.name == draft.instrument_id
        assert (draft.instrument_id, "draft_for_comments", dt.date(2031, 3, 5)) in events
        trail = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "instrument_status_event")
        ).all()
        assert trail and all(e.actor == "reviewer" for e in trail)
    with pytest.raises(ConflictError, match="already accepted"), reg.write("reviewer") as s:
        decide(s, status.id, True, "reviewer")
    with pytest.raises(NotFoundError), reg.write("reviewer") as s:
        decide(s, 99999, True, "reviewer")
    # the same implication read again later is not proposed again
    _store(reg, UPDATE.replace("March 2031", "March 2031 (reissued)").encode(), "update2.md")
    assert "status:ndsmr:in_force:2031-06-01" not in _pending(reg)


def test_accepted_events_merge_into_the_knowledge_base() -> None:
    kb = load_knowledge_base()
    day = dt.date(2031, 6, 1)
    assert kb.instrument("ndsmr").status_on(day).value == "in_force"  # type: ignore[union-attr]
    merged, skipped = with_status_events(
        kb,
        [
            AcceptedEvent("ndsmr", "repealed", day),
            AcceptedEvent("not_in_kb", "in_force", day),
        ],
    )
    assert merged.instrument("ndsmr").status_on(day).value == "repealed"  # type: ignore[union-attr]
    assert not merged.in_force("ndsmr", day)
    assert kb.in_force("ndsmr", day)  # the shipped knowledge base is untouched
    assert [e.instrument_id for e, _ in skipped] == ["not_in_kb"]
