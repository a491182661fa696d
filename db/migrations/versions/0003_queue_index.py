"""queue index covers category and arrival, so counting people ahead reads no rows

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_visit_queue",
        "visit",
        ["service_day", "queue_status", "category", "issued_at", "deleted_at"],
    )
    op.drop_index("ix_visit_day_status", table_name="visit")


def downgrade() -> None:
    op.create_index("ix_visit_day_status", "visit", ["service_day", "queue_status"])
    op.drop_index("ix_visit_queue", table_name="visit")
