"""central sync, part 1: the outbox, the apply guard and the sync state (terminals),
the inbox, the change log, the conflicts and the central id (central database), and
the capture triggers on every synced table (SQLite: into the outbox; PostgreSQL: into
the change log, with the writing transaction's id)

Revision ID: 0009
Revises: 0008
"""
from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

import db.base
from db.sync.capture import install_capture

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=1), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
    )
    op.create_index("ix_sync_outbox_row", "sync_outbox", ["table_name", "row_id"])
    op.create_table(
        "sync_apply_guard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_apply_guard")),
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("central_id", sa.String(length=64), nullable=True),
        sa.Column("cursor_xid", sa.BigInteger(), nullable=False),
        sa.Column("cursor_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_success_at", db.base.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_inbox",
        sa.Column("op_id", sa.Uuid(), nullable=False),
        sa.Column("terminal", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_sync_inbox")),
    )
    op.create_table(
        "sync_change_log",
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("xid", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=1), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_change_log")),
    )
    op.create_index("ix_sync_change_log_order", "sync_change_log", ["xid", "seq"])
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("terminal", sa.String(length=32), nullable=False),
        sa.Column("local_row", sa.Text(), nullable=False),
        sa.Column("central_row", sa.Text(), nullable=False),
        sa.Column("resolution", sa.String(length=8), nullable=False),
        sa.Column("created_at", db.base.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_resolution", "sync_conflict", ["resolution"])
    op.create_table(
        "sync_central",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_central")),
    )
    connection = op.get_bind()
    connection.execute(sa.text("INSERT INTO sync_central (id) VALUES (:id)"),
                       {"id": uuid.uuid4().hex})
    connection.execute(sa.text(
        "INSERT INTO sync_state (id, cursor_xid, cursor_seq) VALUES (1, 0, 0)"))
    install_capture(connection)


def downgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    for table in ("sync_central", "sync_conflict", "sync_change_log", "sync_inbox",
                  "sync_state", "sync_apply_guard", "sync_outbox"):
        op.drop_table(table)
    tables = sa.inspect(connection).get_table_names()
    for table in tables:
        for kind in ("insert", "update", "delete"):
            if sqlite:
                connection.execute(sa.text(f"DROP TRIGGER IF EXISTS sync_capture_{kind}_{table}"))
            else:
                connection.execute(sa.text(
                    f'DROP TRIGGER IF EXISTS sync_log_{kind}_{table} ON "{table}"'))
    if not sqlite:
        connection.execute(sa.text("DROP FUNCTION IF EXISTS sync_log_rows()"))
