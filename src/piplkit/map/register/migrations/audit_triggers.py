"""The triggers that make ``audit_event`` append-only, written by hand (autogenerate does not see
triggers) and created by migration 0001.

Migrations are history: what this module executes must not change once released, or a register
built today would differ from one built before. A change to the triggers is a new migration.
"""

from __future__ import annotations

from alembic import op

_MESSAGE = "audit_event is append-only"


def create_append_only_triggers() -> None:
    """Refuse UPDATE and DELETE on the audit trail in the database itself."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()"
        )
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
            f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
        )


def drop_append_only_triggers() -> None:
    """Undo :func:`create_append_only_triggers`."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_event_no_truncate ON audit_event")
        op.execute("DROP TRIGGER audit_event_no_change ON audit_event")
        op.execute("DROP FUNCTION audit_event_append_only()")
        return
    for verb in ("update", "delete"):
        op.execute(f"DROP TRIGGER audit_event_no_{verb}")
