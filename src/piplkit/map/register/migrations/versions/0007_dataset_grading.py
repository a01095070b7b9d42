"""Datasets: what the last scan saw — PI categories, minors' records and the data grading.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

Nullable columns (categories defaults to an empty list): datasets imported before keep working
and get the fields on their next ``register import-scan``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("dataset") as batch:
        batch.add_column(sa.Column("categories", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("minors", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("grading", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dataset") as batch:
        batch.drop_column("grading")
        batch.drop_column("minors")
        batch.drop_column("categories")
