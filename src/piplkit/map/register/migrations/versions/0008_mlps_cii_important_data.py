"""MLPS and CII on systems, important data on datasets, security facts and records.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

Systems get their MLPS level with the GB/T 22240-2020 grading elements, filing with the public
security organ, go-live and CII designation; rectification items and dated records (tests,
audits, reports, filings) get tables of their own. Organisations get the facts that start the
CIIO, important-data, PI officer and facial recognition clocks; datasets get the reason for a
grade set by hand and the important-data identification, declaration and notification dates.
Every new column is nullable or has a default, so registers created before keep working.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HARM_OBJECTS = ("citizens_legal_persons", "social_order_public_interest", "national_security")
HARM_DEGREES = ("general", "serious", "especially_serious")
RECORD_KINDS = (
    "mlps_test",
    "mlps_self_inspection",
    "cii_testing",
    "important_data_risk_report",
    "compliance_audit",
    "minors_audit",
    "officer_report",
    "frt_filing",
)


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("ciio_designated_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column(
                "important_data_handler", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch.add_column(sa.Column("data_security_officer", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("data_security_body", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("officer_threshold_reached_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("face_individuals", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("face_threshold_reached_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("processes_minors", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("organisation") as batch:
        # the defaults only filled existing rows; the models give new rows their value
        batch.alter_column("important_data_handler", server_default=None)
        batch.alter_column("processes_minors", server_default=None)

    with op.batch_alter_table("system") as batch:
        batch.add_column(sa.Column("mlps_level", sa.Integer(), nullable=True))
        for aspect in ("business", "service"):
            batch.add_column(
                sa.Column(
                    f"mlps_{aspect}_object",
                    _enum(HARM_OBJECTS, f"mlps_{aspect}_object"),
                    nullable=True,
                )
            )
            batch.add_column(
                sa.Column(
                    f"mlps_{aspect}_degree",
                    _enum(HARM_DEGREES, f"mlps_{aspect}_degree"),
                    nullable=True,
                )
            )
        batch.add_column(sa.Column("mlps_rationale", sa.Text(), nullable=True))
        batch.add_column(sa.Column("mlps_graded_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("mlps_expert_reviewed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("live_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("mlps_filed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("mlps_filing_number", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("mlps_filing_authority", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("sector", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("cii", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("cii_designated_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("cii_protection_department", sa.String(length=200), nullable=True)
        )
        batch.create_check_constraint("mlps_level_range", "mlps_level BETWEEN 1 AND 5")
    with op.batch_alter_table("system") as batch:
        batch.alter_column("cii", server_default=None)

    with op.batch_alter_table("dataset") as batch:
        batch.add_column(sa.Column("grade_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("grade_set_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("important_identified_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("important_declared_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("important_notified_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("important_catalogue", sa.String(length=200), nullable=True))

    op.create_table(
        "mlps_rectification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("system_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["system_id"],
            ["system.id"],
            name=op.f("fk_mlps_rectification_system_id_system"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mlps_rectification")),
        sa.UniqueConstraint("system_id", "title", name=op.f("uq_mlps_rectification_system_id")),
    )
    op.create_table(
        "compliance_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("system_id", sa.Integer(), nullable=True),
        sa.Column("kind", _enum(RECORD_KINDS, "record_kind"), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("performed_by", sa.String(length=200), nullable=True),
        sa.Column("reference", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(organisation_id IS NULL) <> (system_id IS NULL)",
            name=op.f("ck_compliance_record_one_subject"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_compliance_record_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["system_id"],
            ["system.id"],
            name=op.f("fk_compliance_record_system_id_system"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compliance_record")),
    )
    with op.batch_alter_table("compliance_record") as batch:
        batch.create_index("ix_compliance_record_kind_done", ["kind", "done_on"], unique=False)
        batch.create_index(
            batch.f("ix_compliance_record_organisation_id"), ["organisation_id"], unique=False
        )
        batch.create_index(batch.f("ix_compliance_record_system_id"), ["system_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("compliance_record") as batch:
        batch.drop_index(batch.f("ix_compliance_record_system_id"))
        batch.drop_index(batch.f("ix_compliance_record_organisation_id"))
        batch.drop_index("ix_compliance_record_kind_done")
    op.drop_table("compliance_record")
    op.drop_table("mlps_rectification")
    with op.batch_alter_table("dataset") as batch:
        for column in (
            "important_catalogue",
            "important_notified_on",
            "important_declared_on",
            "important_identified_on",
            "grade_set_on",
            "grade_reason",
        ):
            batch.drop_column(column)
    with op.batch_alter_table("system") as batch:
        # the CHECK constraints go first: SQLite rebuilds the table without the columns
        batch.drop_constraint(op.f("ck_system_mlps_level_range"), type_="check")
        for aspect in ("business", "service"):
            for element in ("object", "degree"):
                batch.drop_constraint(op.f(f"ck_system_mlps_{aspect}_{element}"), type_="check")
    with op.batch_alter_table("system") as batch:
        for column in (
            "cii_protection_department",
            "cii_designated_on",
            "cii",
            "sector",
            "mlps_filing_authority",
            "mlps_filing_number",
            "mlps_filed_on",
            "live_on",
            "mlps_expert_reviewed_on",
            "mlps_graded_on",
            "mlps_rationale",
            "mlps_service_degree",
            "mlps_service_object",
            "mlps_business_degree",
            "mlps_business_object",
            "mlps_level",
        ):
            batch.drop_column(column)
    with op.batch_alter_table("organisation") as batch:
        for column in (
            "processes_minors",
            "face_threshold_reached_on",
            "face_individuals",
            "officer_threshold_reached_on",
            "data_security_body",
            "data_security_officer",
            "important_data_handler",
            "ciio_designated_on",
        ):
            batch.drop_column(column)
