"""Rights requests: the organisation a request is addressed to.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

A nullable column: requests recorded before it stay without an organisation.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("dsr_request", sa.Column("organisation", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dsr_request") as batch:
        batch.drop_column("organisation")
