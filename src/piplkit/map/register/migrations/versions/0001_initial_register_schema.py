"""Initial register schema: entities, transfer ledger and the append-only audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Tables were generated from ``piplkit.map.register.models`` by Alembic autogenerate; the triggers
that make ``audit_event`` append-only are written by hand (autogenerate does not see triggers).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from piplkit.map.register.migrations.audit_triggers import (
    create_append_only_triggers,
    drop_append_only_triggers,
)

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_key", sa.Text(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=True),
        sa.Column("hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_event_entity", ["entity", "entity_key"], unique=False)
    create_append_only_triggers()

    op.create_table(
        "ledger_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_key")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_ledger_key_fingerprint")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("uscc", sa.String(length=18), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("ciio", sa.Boolean(), nullable=False),
        sa.Column("individuals_processed", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_organisation_name")),
    )
    op.create_table(
        "recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "third_party",
                "entrusted_processor",
                "joint_handler",
                name="recipient_role",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint("length(country) = 2", name=op.f("ck_recipient_country_iso2")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient")),
        sa.UniqueConstraint("name", name=op.f("uq_recipient_name")),
    )
    op.create_table(
        "processing_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column(
            "legal_basis",
            sa.Enum(
                "consent",
                "contract_or_hr",
                "legal_duty",
                "emergency",
                "news_reporting",
                "disclosed_pi",
                "other_law",
                name="legal_basis",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("pi_categories", sa.JSON(), nullable=False),
        sa.Column("sensitive_categories", sa.JSON(), nullable=False),
        sa.Column("individuals_count", sa.Integer(), nullable=True),
        sa.Column("retention", sa.Text(), nullable=True),
        sa.Column("retention_days", sa.Integer(), nullable=True),
        sa.Column("separate_consents", sa.JSON(), nullable=False),
        sa.Column("automated_decision_making", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_processing_activity_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processing_activity")),
        sa.UniqueConstraint("name", name=op.f("uq_processing_activity_name")),
    )
    with op.batch_alter_table("processing_activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_processing_activity_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "system",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_system_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_system")),
        sa.UniqueConstraint("name", name=op.f("uq_system_name")),
    )
    with op.batch_alter_table("system", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_system_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "dataset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("system_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=True),
        sa.Column(
            "grade",
            sa.Enum(
                "general",
                "important",
                "core",
                name="grade",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "sensitivity",
            sa.Enum(
                "none",
                "pi",
                "sensitive",
                name="sensitivity",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("scanned_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["system_id"],
            ["system.id"],
            name=op.f("fk_dataset_system_id_system"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dataset")),
        sa.UniqueConstraint("name", name=op.f("uq_dataset_name")),
    )
    with op.batch_alter_table("dataset", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dataset_system_id"), ["system_id"], unique=False)

    op.create_table(
        "activity_dataset",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("dataset_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["processing_activity.id"],
            name=op.f("fk_activity_dataset_activity_id_processing_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["dataset_id"],
            ["dataset.id"],
            name=op.f("fk_activity_dataset_dataset_id_dataset"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "dataset_id", name=op.f("pk_activity_dataset")),
    )
    op.create_table(
        "dataset_column",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dataset_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("pi_type", sa.String(length=60), nullable=True),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.Double(), nullable=True),
        sa.Column("matches", sa.Integer(), nullable=True),
        sa.Column("sampled", sa.Integer(), nullable=True),
        sa.Column("examples_masked", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dataset_id"],
            ["dataset.id"],
            name=op.f("fk_dataset_column_dataset_id_dataset"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dataset_column")),
        sa.UniqueConstraint("dataset_id", "name", name=op.f("uq_dataset_column_dataset_id")),
    )
    op.create_table(
        "transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("dataset_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column(
            "purpose",
            sa.Enum(
                "contract_with_individual",
                "hr_management",
                "emergency",
                "collected_abroad_returned",
                "other",
                name="transfer_purpose",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("purpose_description", sa.Text(), nullable=True),
        sa.Column(
            "mechanism",
            sa.Enum(
                "undecided",
                "security_assessment",
                "standard_contract",
                "certification",
                "exempt",
                "domestic",
                name="transfer_mechanism",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("filing_references", sa.JSON(), nullable=False),
        sa.Column("mechanism_effective_on", sa.Date(), nullable=True),
        sa.Column("important_data", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["processing_activity.id"],
            name=op.f("fk_transfer_activity_id_processing_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["dataset_id"],
            ["dataset.id"],
            name=op.f("fk_transfer_dataset_id_dataset"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["recipient.id"],
            name=op.f("fk_transfer_recipient_id_recipient"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer")),
        sa.UniqueConstraint("name", name=op.f("uq_transfer_name")),
    )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfer_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_transfer_dataset_id"), ["dataset_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_transfer_recipient_id"), ["recipient_id"], unique=False
        )

    op.create_table(
        "ledger_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transfer_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("id_column", sa.String(length=200), nullable=False),
        sa.Column("sensitive_columns", sa.JSON(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("rows_without_id", sa.Integer(), nullable=False),
        sa.Column("individuals", sa.Integer(), nullable=False),
        sa.Column("new_individuals", sa.Integer(), nullable=False),
        sa.Column("sensitive_individuals", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["transfer.id"],
            name=op.f("fk_ledger_batch_transfer_id_transfer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_batch")),
    )
    with op.batch_alter_table("ledger_batch", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ledger_batch_transfer_id"), ["transfer_id"], unique=False
        )

    op.create_table(
        "ledger_subject",
        sa.Column("transfer_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("subject_hash", sa.String(length=64), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("first_batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["first_batch_id"],
            ["ledger_batch.id"],
            name=op.f("fk_ledger_subject_first_batch_id_ledger_batch"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["transfer.id"],
            name=op.f("fk_ledger_subject_transfer_id_transfer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "transfer_id", "year", "subject_hash", name=op.f("pk_ledger_subject")
        ),
    )


def downgrade() -> None:
    op.drop_table("ledger_subject")
    with op.batch_alter_table("ledger_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_batch_transfer_id"))

    op.drop_table("ledger_batch")
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_recipient_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_dataset_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_activity_id"))

    op.drop_table("transfer")
    op.drop_table("dataset_column")
    op.drop_table("activity_dataset")
    with op.batch_alter_table("dataset", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dataset_system_id"))

    op.drop_table("dataset")
    with op.batch_alter_table("system", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_system_organisation_id"))

    op.drop_table("system")
    with op.batch_alter_table("processing_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processing_activity_organisation_id"))

    op.drop_table("processing_activity")
    op.drop_table("recipient")
    op.drop_table("organisation")
    op.drop_table("ledger_key")
    drop_append_only_triggers()
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_entity")
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))

    op.drop_table("audit_event")
