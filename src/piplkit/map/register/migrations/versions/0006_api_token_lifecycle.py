"""API tokens: when each was last used and when it was revoked.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

Two nullable columns: tokens issued before them read as never used and not revoked. Tokens
issued from now on always carry an expiry (the column itself stays nullable for the old ones).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("api_token", sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("api_token", sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("api_token") as batch:
        batch.drop_column("revoked_at")
        batch.drop_column("last_used_at")
