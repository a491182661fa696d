"""calling: transfer target window and a note on the queue status

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 06:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns: SQLite adds them in place (batch mode only recreates when needed),
    # PostgreSQL with a plain ALTER TABLE.
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('target_window', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('queue_note', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_column('queue_note')
        batch_op.drop_column('target_window')
