"""The audit trail as the web page reads it: China days, actors by user, paging, anchors."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.register.conftest import db_url, reg  # noqa: F401  (SQLite, and PostgreSQL when set)

from piplkit.map.register.errors import InvalidInputError
from piplkit.map.register.models import AuditEvent
from piplkit.map.register.store import Register
from piplkit.platform.service import audit
from piplkit.platform.service.audit import (
    AuditFilter,
    audit_page,
    chain_head,
    parse_anchor,
    trail_values,
    verify_chain,
)

UTC = dt.UTC


def _entry(register: Register, at: dt.datetime, actor: str, action: str = "update") -> None:
    with register.write("test") as s:
        s.add(AuditEvent(at=at, actor=actor, action=action, entity="dataset", entity_key="d"))


def _ids(register: Register, where: AuditFilter, **paging: int) -> list[int]:
    with register.read() as s:
        return [e["id"] for e in audit_page(s, where, **paging).entries]


@pytest.fixture
def trail(reg: Register) -> Register:  # noqa: F811
    # 23:30 on 1 March in China, and half past midnight on 2 March in China (both 1 March UTC)
    _entry(reg, dt.datetime(2026, 3, 1, 15, 30, tzinfo=UTC), "web:alice", "create")
    _entry(reg, dt.datetime(2026, 3, 1, 16, 30, tzinfo=UTC), "api:alice")
    _entry(reg, dt.datetime(2026, 3, 3, 2, 0, tzinfo=UTC), "web:malice", "delete")
    _entry(reg, dt.datetime(2026, 3, 3, 3, 0, tzinfo=UTC), "a_b")
    _entry(reg, dt.datetime(2026, 3, 3, 4, 0, tzinfo=UTC), "web:axb")
    return reg


def test_days_are_china_days(trail: Register) -> None:
    march_1 = dt.date(2026, 3, 1)
    assert _ids(trail, AuditFilter(since=march_1, until=march_1)) == [1]
    assert _ids(trail, AuditFilter(since=dt.date(2026, 3, 2), until=dt.date(2026, 3, 2))) == [2]
    assert _ids(trail, AuditFilter(until=dt.date(2026, 3, 2))) == [2, 1]
    assert _ids(trail, AuditFilter(since=dt.date(2026, 3, 3))) == [5, 4, 3]


def test_an_actor_without_a_channel_is_the_user_behind_every_channel(trail: Register) -> None:
    assert _ids(trail, AuditFilter(actor="alice")) == [2, 1]
    assert _ids(trail, AuditFilter(actor="web:alice")) == [1]
    assert _ids(trail, AuditFilter(actor="a_b")) == [4]  # '_' is no wildcard


def test_action_entity_key_and_paging(trail: Register) -> None:
    assert _ids(trail, AuditFilter(action="delete")) == [3]
    assert _ids(trail, AuditFilter(entity="dataset", key="d")) == [5, 4, 3, 2, 1]
    assert _ids(trail, AuditFilter(entity="consent_record")) == []
    with trail.read() as s:
        page = audit_page(s, AuditFilter(), offset=2, limit=2)
    assert [e["id"] for e in page.entries] == [3, 2] and page.total == 5
    first = page.entries[0]
    assert set(first) == {"id", "at", "actor", "action", "entity", "key", "changes", "hash"}


def test_the_pickers_list_what_the_latest_entries_hold(
    trail: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    with trail.read() as s:
        values = trail_values(s)
    assert values["actions"] == ["create", "delete", "update"]
    assert "api:alice" in values["actors"] and values["entities"] == ["dataset"]
    monkeypatch.setattr(audit, "PICKER_WINDOW", 2)
    with trail.read() as s:
        assert trail_values(s)["actors"] == ["a_b", "web:axb"]


def test_bad_filters_are_refused_with_the_field() -> None:
    with pytest.raises(InvalidInputError, match=r"until .* is before since"):
        AuditFilter(since=dt.date(2026, 3, 2), until=dt.date(2026, 3, 1))
    with pytest.raises(InvalidInputError, match="actor"):
        AuditFilter(actor="web:\x00")


def test_anchors(trail: Register) -> None:
    with trail.read() as s:
        head = chain_head(s)
        digest = head.last_hash
        assert parse_anchor(f" {head.last_id}:{digest.upper()} ") == (head.last_id, digest)
        assert verify_chain(s, [parse_anchor(f"{head.last_id}:{digest}")]).ok
        wrong = verify_chain(s, [(1, digest)])
    assert [(p.entry_id, p.kind) for p in wrong.problems] == [(1, "anchor")]
    for bad in ("", "x:abc", f"1:{'g' * 64}", f"1:{digest[:-1]}", f"-1:{digest}"):
        with pytest.raises(InvalidInputError, match="expected ID:SHA256HEX"):
            parse_anchor(bad, "--anchor")
