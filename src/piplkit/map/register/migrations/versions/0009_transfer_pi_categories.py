"""Transfers: the PI types a recipient receives, where not all of the dataset's.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-04

An app's third-party sharing list names the PI each SDK receives; the dataset behind the
transfer (the app's collected PI) holds more. Nullable: existing transfers keep meaning "the
dataset's PI". (Revision 0008 is reserved on another branch; when it lands, this revision's
``down_revision`` becomes "0008".)
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("transfer") as batch:
        batch.add_column(sa.Column("pi_categories", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("transfer") as batch:
        batch.drop_column("pi_categories")
