"""The sync tables (docs/SYNC.md). Both databases get all of them (one set of
migrations builds both schemas); a terminal's SQLite uses the outbox, the guard and the
state, the central PostgreSQL the inbox, the change log, the conflicts and its id.

Imported at the end of db/base.py, so they are on `Base.metadata` wherever the models are.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, String, Table, Text, Uuid

from db.base import Base, UtcDateTime, new_id, utc_now

# A local change waiting to be pushed: written by the capture triggers in the same
# transaction as the change. `old` holds the previous values of the columns an UPDATE
# changed (JSON, SQLite's storage form): the base of the three-way merge centrally.
sync_outbox = Table(
    "sync_outbox", Base.metadata,
    Column("seq", Integer, primary_key=True),
    Column("op_id", Uuid, nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("version", Integer, nullable=False),
    Column("kind", String(1), nullable=False),  # I | U | D
    Column("old", Text, nullable=True),
    Index("ix_sync_outbox_row", "table_name", "row_id"),
)

# A row here (only ever inside the transaction that applies pulled rows, never
# committed) tells the capture triggers to stay quiet: applied rows are not captured.
sync_apply_guard = Table(
    "sync_apply_guard", Base.metadata,
    Column("id", Integer, primary_key=True),
)

# The terminal's one row of sync state: which central database, how far it has pulled.
sync_state = Table(
    "sync_state", Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("central_id", String(64), nullable=True),
    Column("cursor_xid", BigInteger, nullable=False, default=0),
    Column("cursor_seq", BigInteger, nullable=False, default=0),
    Column("last_success_at", UtcDateTime, nullable=True),
)

# Central: every operation id ever applied (ON CONFLICT DO NOTHING makes a re-sent
# batch a no-op).
sync_inbox = Table(
    "sync_inbox", Base.metadata,
    Column("op_id", Uuid, primary_key=True),
    Column("terminal", String(32), nullable=False),
)

# Central: every change of a synced row, by the triggers of migration 0009, with the
# writing transaction's id (pg_current_xact_id) so a pull can wait for late commits.
sync_change_log = Table(
    "sync_change_log", Base.metadata,
    Column("seq", BigInteger, primary_key=True),
    Column("xid", BigInteger, nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("version", Integer, nullable=False),
    Column("kind", String(1), nullable=False),  # I | U | D
    Column("origin", String(32), nullable=True),
    Index("ix_sync_change_log_order", "xid", "seq"),
)

# Central: every conflict a policy resolved ("auto") or a person must decide ("open").
sync_conflict = Table(
    "sync_conflict", Base.metadata,
    Column("id", Uuid, primary_key=True, default=new_id),
    Column("table_name", String(64), nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("kind", String(24), nullable=False),  # ConflictKind
    Column("fields", Text, nullable=False, default=""),
    Column("terminal", String(32), nullable=False),
    Column("local_row", Text, nullable=False),  # JSON: the pushed version
    Column("central_row", Text, nullable=False),  # JSON: the central version before
    Column("resolution", String(8), nullable=False),  # auto | open | resolved
    Column("created_at", UtcDateTime, nullable=False, default=utc_now),
    Index("ix_sync_conflict_resolution", "resolution"),
)

# Central: this central database's identity (a terminal that is pointed at another
# central database starts its pull from the beginning).
sync_central = Table(
    "sync_central", Base.metadata,
    Column("id", String(64), primary_key=True),
)
