"""representatives are found by ID document: a representative who comes alone is shown
the group matter (重复访), without reading every representative ever recorded

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_visit_representative_document", "visit_representative",
                    ["id_type", "id_number"])


def downgrade() -> None:
    op.drop_index("ix_visit_representative_document", table_name="visit_representative")
