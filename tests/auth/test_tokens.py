"""API token lifecycle in the core, on SQLite and (with PIPLKIT_TEST_POSTGRES_URL) PostgreSQL:
expiry policy, revocation by hand, by password change and by deactivation (reactivation does
not revive), who may see and revoke what, and last-use bookkeeping that writes once a minute."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select
from tests.register.conftest import db_url, reg  # noqa: F401  (SQLite/PostgreSQL fixtures)

from piplkit.map.register.errors import InvalidInputError, NotFoundError
from piplkit.map.register.models import AuditEvent
from piplkit.map.register.store import Register
from piplkit.platform.auth import service, tokens
from piplkit.platform.auth.models import ApiToken, Role
from piplkit.platform.auth.service import Principal
from piplkit.platform.service.backend import Backend

STRONG = "plum-orbit-cascade-71"
ALICE = Principal("alice", Role.VIEWER)
BOSS = Principal("boss", Role.ADMIN)


@pytest.fixture
def people(reg: Register) -> Register:  # noqa: F811
    with reg.write("test") as s:
        service.add_user(s, "alice", "viewer", STRONG)
        service.add_user(s, "bob", "editor")
        service.add_user(s, "boss", "admin")
    return reg


def _token(register: Register, name: str, **kwargs: object) -> str:
    with register.write("test") as s:
        return service.issue_token(s, name, **kwargs)  # type: ignore[arg-type]


def _alive(register: Register, raw: str) -> bool:
    with register.read() as s:
        return service.resolve_token(s, raw) is not None


def test_every_new_token_expires_within_the_policy(people: Register) -> None:
    policy = tokens.TokenPolicy.of_days(30, 60)
    now = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    with people.write("test") as s:
        _raw, usual = service.create_token(s, "alice", policy=policy, now=now)
        _raw, longest = service.create_token(s, "alice", days=60, policy=policy, now=now)
        with pytest.raises(InvalidInputError, match="at most 60"):
            service.create_token(s, "alice", days=61, policy=policy, now=now)
        with pytest.raises(InvalidInputError, match="at least 1"):
            service.create_token(s, "alice", days=0, policy=policy, now=now)
    assert usual.expires_at == now + dt.timedelta(days=30)
    assert longest.expires_at == now + dt.timedelta(days=60)
    default = service.create_token  # the built-in policy: 90 days, at most 365
    with people.write("test") as s:
        _raw, info = default(s, "bob")
    assert info.expires_at is not None
    assert dt.timedelta(days=89) < info.expires_at - dt.datetime.now(dt.UTC) <= dt.timedelta(90)
    with pytest.raises(InvalidInputError):
        tokens.TokenPolicy.of_days(400, 365)


def test_expired_tokens_stop_working(people: Register) -> None:
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    raw = _token(people, "alice", days=2, now=long_ago)
    assert not _alive(people, raw)
    with people.read() as s:
        (info,) = service.list_tokens(s, ALICE)
    assert info.state is tokens.TokenState.EXPIRED


def test_one_token_is_revoked_the_others_keep_working(people: Register) -> None:
    first, second = _token(people, "alice", label="ci"), _token(people, "alice", label="laptop")
    with people.read() as s:
        ids = {i.label: i.id for i in service.list_tokens(s, ALICE)}
    with people.write("api:alice") as s:
        info = service.revoke_token(s, ids["ci"], ALICE)
        again = service.revoke_token(s, ids["ci"], ALICE)  # twice: no change, no error
    assert info.state is tokens.TokenState.REVOKED
    assert again.revoked_at == info.revoked_at
    assert not _alive(people, first)
    assert _alive(people, second)
    with people.read() as s:
        trail = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "api_token")))
        digests = set(s.scalars(select(ApiToken.token_hash)))
    revoked = [e for e in trail if e.action == "update"]
    assert [e.entity_key for e in revoked] == [f"alice/ci #{ids['ci']}"]
    assert revoked[0].actor == "api:alice"
    assert not any(d in str(e.changes) for e in trail for d in digests)


def test_who_may_see_and_revoke_which_token(people: Register) -> None:
    _token(people, "alice")
    bobs = _token(people, "bob")
    with people.read() as s:
        assert {i.user for i in service.list_tokens(s, ALICE)} == {"alice"}
        assert {i.user for i in service.list_tokens(s, BOSS)} == {"alice", "bob"}
        assert {i.user for i in service.list_tokens(s, None, user="bob")} == {"bob"}
        with pytest.raises(NotFoundError):
            service.list_tokens(s, ALICE, user="bob")
        bob_id = service.list_tokens(s, BOSS, user="bob")[0].id
    with people.write("test") as s, pytest.raises(NotFoundError, match=f"#{bob_id}"):
        service.revoke_token(s, bob_id, ALICE)  # not hers: reported as missing
    with people.write("test") as s, pytest.raises(NotFoundError):
        service.revoke_token(s, 10**30, BOSS)  # out of any id range: missing, not a crash
    assert _alive(people, bobs)
    with people.write("test") as s:
        service.revoke_token(s, bob_id, BOSS)
    assert not _alive(people, bobs)


def test_password_change_and_deactivation_end_old_tokens(people: Register) -> None:
    alices, bobs = _token(people, "alice"), _token(people, "bob")
    with people.write("test") as s:
        service.set_password(s, "alice", "new-plum-orbit-cascade-72")
        service.update_user(s, "bob", active=False)
    assert not _alive(people, alices)
    assert not _alive(people, bobs)
    with people.write("test") as s:
        service.update_user(s, "bob", active=True)  # reactivation does not revive them
    assert not _alive(people, bobs)
    fresh = _token(people, "bob")
    assert _alive(people, fresh)
    with people.read() as s:
        states = {i.state for i in service.list_tokens(s, None, user="bob")}
    assert states == {tokens.TokenState.REVOKED, tokens.TokenState.ACTIVE}


def test_last_use_is_written_at_most_once_a_minute(people: Register) -> None:
    raw = _token(people, "alice")
    now = dt.datetime.now(dt.UTC)
    backend = Backend(people)
    with people.read() as s:
        use = service.authenticate_token(s, raw, now)
    assert use is not None and use.stale
    wrote: list[bool] = []

    def touch() -> None:
        with backend.write("api:alice") as s:
            wrote.append(tokens.touch(s, use.token_id, now))

    threads = [threading.Thread(target=touch) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrote.count(True) == 1  # sixteen racing requests, one write
    with people.read() as s:
        assert not service.authenticate_token(s, raw, now + dt.timedelta(seconds=59)).stale  # type: ignore[union-attr]
        later = now + dt.timedelta(seconds=61)
        assert service.authenticate_token(s, raw, later).stale  # type: ignore[union-attr]
    with people.write("api:alice") as s:
        assert tokens.touch(s, use.token_id, later)
    with people.read() as s:
        (info,) = service.list_tokens(s, ALICE)
        updates = select(AuditEvent).where(
            AuditEvent.entity == "api_token", AuditEvent.action == "update"
        )
        bookkeeping = s.scalars(updates).all()
    assert info.last_used_at == later
    assert bookkeeping == []  # last use is not an audited change
