"""API tokens: a scope (``full`` or ``calendar:read``).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

A calendar program subscribed to ``/calendar.ics`` needs a token that can read the calendar and
nothing else, whoever its user is. Not null with a server default of ``full``: every token made
before this revision keeps doing all its user's role allows.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("api_token") as batch:
        batch.add_column(
            sa.Column(
                "scope",
                sa.Enum(
                    "full",
                    "calendar:read",
                    name="token_scope",
                    native_enum=False,
                    create_constraint=True,
                    length=40,
                ),
                nullable=False,
                server_default="full",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("api_token") as batch:
        # the CHECK constraint goes first: SQLite rebuilds the table without the column
        batch.drop_constraint(op.f("ck_api_token_token_scope"), type_="check")
    with op.batch_alter_table("api_token") as batch:
        batch.drop_column("scope")
