"""users: failed logins and lock-out; the audit log: a hash chain per terminal, the
acting user's id, and triggers refusing UPDATE and DELETE of its rows

Entries written before this revision are chained here, per terminal in the order they
were written (time, then id), so `audit verify` covers them too.

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

import db.base
from db.audit_hash import GENESIS, entry_hash

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_REFUSAL = "audit_entry is append-only: entries cannot be changed or deleted"


def upgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("failed_logins", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("locked_until", db.base.UtcDateTime(timezone=True),
                                   nullable=True))
        batch.add_column(sa.Column("last_login_at", db.base.UtcDateTime(timezone=True),
                                   nullable=True))
        batch.add_column(sa.Column("password_changed_at", db.base.UtcDateTime(timezone=True),
                                   nullable=True))
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("actor_user_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing_entries()
    with op.batch_alter_table("audit_entry") as batch:
        batch.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch.create_index("uq_audit_entry_terminal_seq", ["terminal", "seq"], unique=True)
        batch.create_index("ix_audit_entry_at", ["at"], unique=False)
    _refuse_changes()


def _chain_existing_entries() -> None:
    entries = sa.table(
        "audit_entry",
        sa.column("id", sa.Uuid()), sa.column("at", db.base.UtcDateTime(timezone=True)),
        sa.column("terminal", sa.String()), sa.column("actor", sa.String()),
        sa.column("action", sa.String()), sa.column("subject_type", sa.String()),
        sa.column("subject_id", sa.String()), sa.column("detail", sa.Text()),
        sa.column("seq", sa.Integer()), sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(
        entries.c.id, entries.c.at, entries.c.terminal, entries.c.actor, entries.c.action,
        entries.c.subject_type, entries.c.subject_id, entries.c.detail,
    ).order_by(entries.c.terminal, entries.c.at, entries.c.id)).all()
    links: dict[str, tuple[int, str]] = {}
    update = sa.update(entries).where(entries.c.id == sa.bindparam("entry_id")).values(
        seq=sa.bindparam("new_seq"), prev_hash=sa.bindparam("new_prev"),
        hash=sa.bindparam("new_hash"))
    batch: list[dict[str, object]] = []
    for row in rows:
        seq, prev = links.get(row.terminal, (0, GENESIS))
        entry_id: uuid.UUID = row.id
        at: datetime = row.at
        digest = entry_hash(prev, entry_id=entry_id, seq=seq + 1, at=at,
                            terminal=row.terminal, actor=row.actor, actor_user_id=None,
                            action=row.action, subject_type=row.subject_type,
                            subject_id=row.subject_id, detail=row.detail)
        links[row.terminal] = (seq + 1, digest)
        batch.append({"entry_id": entry_id, "new_seq": seq + 1, "new_prev": prev,
                      "new_hash": digest})
        if len(batch) >= 1000:
            bind.execute(update, batch)
            batch = []
    if batch:
        bind.execute(update, batch)


def _refuse_changes() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{_REFUSAL}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
        )
        return
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_entry_no_{event.lower()} BEFORE {event} ON audit_entry "
            f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_entry_append_only ON audit_entry")
        op.execute("DROP FUNCTION audit_entry_append_only()")
    else:
        op.execute("DROP TRIGGER audit_entry_no_update")
        op.execute("DROP TRIGGER audit_entry_no_delete")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_index("ix_audit_entry_at")
        batch.drop_index("uq_audit_entry_terminal_seq")
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("seq")
        batch.drop_column("actor_user_id")
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("password_changed_at")
        batch.drop_column("last_login_at")
        batch.drop_column("locked_until")
        batch.drop_column("failed_logins")
