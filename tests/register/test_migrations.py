"""Models and migrations agree (autogenerate finds nothing); the audit trail is append-only."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from piplkit.map.register.db import current_revision, head_revision, make_engine, migrate
from piplkit.map.register.schema import full_metadata
from piplkit.map.register.store import Register


def test_autogenerate_finds_no_difference(reg: Register) -> None:
    with reg.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, full_metadata())
    assert diff == [], f"models and migrations disagree: {diff}"


def test_first_open_migrates_to_head(reg: Register) -> None:
    assert current_revision(reg.engine) == head_revision()
    tables = set(inspect(reg.engine).get_table_names())
    assert set(full_metadata().tables) <= tables


def test_downgrade_and_upgrade_again(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate(engine)
        migrate_down(engine)
        assert "dataset" not in inspect(engine).get_table_names()
        migrate(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def migrate_down(engine) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from piplkit.map.register.db import alembic_config

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event"]
)
def test_audit_trail_refuses_changes(reg: Register, statement: str) -> None:
    from tests.register.helpers import populate

    populate(reg)
    with pytest.raises(DBAPIError, match="append-only"), reg.engine.begin() as conn:
        conn.execute(text(statement))
    with reg.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_event")).scalar_one() > 0


def test_tokens_made_before_scopes_keep_full_scope(db_url: str) -> None:
    """Revision 0010 adds the token scope; a token stored at 0009 still does all its user may."""
    from piplkit.platform.auth import service
    from piplkit.platform.auth.models import TokenScope
    from piplkit.platform.auth.tokens import TOKEN_PREFIX, digest

    engine = make_engine(db_url)
    raw = TOKEN_PREFIX + "made-before-scopes"
    try:
        migrate(engine, "0009")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO app_user (id, name, role, active) "
                    "VALUES (1, 'old-editor', 'editor', :yes)"
                ),
                {"yes": True},
            )
            conn.execute(
                text(
                    "INSERT INTO api_token (user_id, token_hash, created_at) "
                    "VALUES (1, :hash, CURRENT_TIMESTAMP)"
                ),
                {"hash": digest(raw)},
            )
        migrate(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT scope FROM api_token")).scalar_one() == "full"
    finally:
        engine.dispose()
    from piplkit.map.register.store import open_register

    reg = open_register(db_url)
    try:
        with reg.read() as session:
            principal = service.resolve_token(session, raw)
            infos = service.list_tokens(session, None)
        assert principal is not None and principal.scope is TokenScope.FULL
        assert [i.scope for i in infos] == [TokenScope.FULL]
    finally:
        reg.dispose()
