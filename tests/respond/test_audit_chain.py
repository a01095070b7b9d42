"""The hash chain: every change is chained; editing, deleting or reordering entries is named.

Tampering tests act as an attacker with database access: they drop the append-only triggers
first, then change rows directly, and expect ``verify_chain`` to point at the damage.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from tests.register.helpers import populate
from tests.respond.helpers import MOBILE

from piplkit.map.register.db import make_engine, migrate
from piplkit.map.register.store import Register, open_register
from piplkit.respond import dsr
from piplkit.respond.verify import verify_chain


def _submit(reg: Register, key: bytes, n: int, prefix: str = "r") -> None:
    for i in range(n):
        with reg.write("tester") as s:
            dsr.submit(
                s,
                {
                    "request_id": f"{prefix}{i}",
                    "kind": "access",
                    "identifier_type": "cn_mobile",
                    "identifier": MOBILE,
                },
                key=key,
            )


def _attack(reg: Register, *statements: str) -> None:
    """Drop the append-only triggers (as an attacker with DB access would) and run SQL."""
    with reg.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("DROP TRIGGER audit_event_no_change ON audit_event"))
            conn.execute(text("DROP TRIGGER audit_chain_no_rewind ON audit_chain"))
        else:
            for name in ("audit_event_no_update", "audit_event_no_delete", "audit_chain_no_rewind"):
                conn.execute(text(f"DROP TRIGGER {name}"))
        for statement in statements:
            conn.execute(text(statement))


def _verify(reg: Register, anchors: list[tuple[int, str]] | None = None):  # type: ignore[no-untyped-def]
    with reg.read() as s:
        return verify_chain(s, anchors or [])


@pytest.fixture
def filled(reg: Register, key: bytes) -> Iterator[Register]:
    populate(reg)
    _submit(reg, key, 4)
    yield reg


def test_every_entry_is_chained_and_verifies(filled: Register) -> None:
    report = _verify(filled)
    assert report.ok, report.problems
    assert report.entries > 5 and report.head is not None
    assert report.head.entries == report.entries


def test_edited_entry_is_named(filled: Register) -> None:
    _attack(filled, "UPDATE audit_event SET actor = 'mallory' WHERE id = 3")
    report = _verify(filled)
    assert [(p.entry_id, p.kind) for p in report.problems] == [(3, "edited")]


def test_edited_changes_json_is_named(filled: Register) -> None:
    _attack(filled, "UPDATE audit_event SET changes = '{}' WHERE id = 2")
    assert [(p.entry_id, p.kind) for p in _verify(filled).problems] == [(2, "edited")]


def test_deleted_entry_is_named(filled: Register) -> None:
    _attack(filled, "DELETE FROM audit_event WHERE id = 4")
    report = _verify(filled)
    kinds = {(p.entry_id, p.kind) for p in report.problems}
    assert (5, "deleted") in kinds
    assert any("entry 4 deleted" in p.message for p in report.problems)


def test_reordered_entries_are_named(filled: Register) -> None:
    _attack(
        filled,
        "UPDATE audit_event SET id = -3 WHERE id = 3",
        "UPDATE audit_event SET id = 3 WHERE id = 4",
        "UPDATE audit_event SET id = 4 WHERE id = -3",
    )
    report = _verify(filled)
    moved = {p.entry_id for p in report.problems if p.kind == "moved"}
    assert {3, 4} <= moved, report.problems
    assert any("holds what was entry 4" in p.message for p in report.problems)


def test_truncated_tail_is_named(filled: Register) -> None:
    with filled.read() as s:
        last = verify_chain(s).head
    assert last is not None
    _attack(filled, f"DELETE FROM audit_event WHERE id >= {last.last_id - 1}")
    report = _verify(filled)
    assert [p.kind for p in report.problems] == ["truncated"]
    assert report.problems[0].entry_id == last.last_id


def test_rewound_head_is_caught_by_an_anchor(filled: Register) -> None:
    with filled.read() as s:
        head = verify_chain(s).head
    assert head is not None
    anchor = (head.last_id, head.last_hash)
    with filled.engine.connect() as conn:
        prev = conn.execute(
            text("SELECT hash FROM audit_event WHERE id = :i"), {"i": head.last_id - 1}
        ).scalar_one()
    _attack(
        filled,
        f"DELETE FROM audit_event WHERE id = {head.last_id}",
        f"UPDATE audit_chain SET last_id = {head.last_id - 1}, last_hash = '{prev}', "
        f"entries = entries - 1",
    )
    assert _verify(filled).ok  # a perfect cover-up inside the database…
    report = _verify(filled, [anchor])  # …but not against a hash kept elsewhere
    assert [(p.entry_id, p.kind) for p in report.problems] == [(head.last_id, "anchor")]


def test_triggers_refuse_tampering_and_unchained_entries(filled: Register) -> None:
    for statement in (
        "UPDATE audit_event SET actor = 'x'",
        "DELETE FROM audit_event",
        "DELETE FROM audit_chain",
        "UPDATE audit_chain SET last_id = 0",
        "INSERT INTO audit_event (id, at, actor, action, entity, changes) "
        "VALUES (99999, '2025-01-01', 'x', 'create', 'x', '{}')",
    ):
        with pytest.raises(DBAPIError), filled.engine.begin() as conn:
            conn.execute(text(statement))
    assert _verify(filled).ok


def test_concurrent_writers_never_fork_the_chain(reg: Register, key: bytes) -> None:
    errors: list[BaseException] = []

    def work(prefix: str) -> None:
        try:
            _submit(reg, key, 8, prefix)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"t{i}-",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    report = _verify(reg)
    assert report.ok, report.problems
    assert report.entries == 32
    with reg.engine.connect() as conn:
        distinct = conn.execute(text("SELECT count(DISTINCT prev_hash) FROM audit_event")).scalar()
    assert distinct == 32  # no two entries extend the same predecessor


def test_entries_written_before_the_chain_are_chained_by_the_migration(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate(engine, "0002")
        with engine.begin() as conn:
            for i in range(3):
                conn.execute(
                    text(
                        "INSERT INTO audit_event (at, actor, action, entity, entity_key, changes) "
                        "VALUES (:at, 'old', 'create', 'dataset', :k, :c)"
                    ),
                    {"at": f"2024-05-0{i + 1} 10:00:00", "k": f"d{i}", "c": '{"rows": 3}'},
                )
    finally:
        engine.dispose()
    reg = open_register(db_url)
    try:
        populate(reg)
        report = _verify(reg)
        assert report.ok, report.problems
        assert report.entries > 3
    finally:
        reg.dispose()
