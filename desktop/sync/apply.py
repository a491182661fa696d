"""Write central rows into the terminal's SQLite, inside the caller's transaction:
never over a row that still has unsent changes, never an older or equal version (the
terminal's own changes coming back), and never captured again (the apply guard)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Connection, delete, insert, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from db.sync.tables import sync_apply_guard, sync_outbox
from desktop.sync.rows import Row, chunks, fetch_versions, ordered, table_of

# (table, id, the central row or None when the row is gone centrally)
Incoming = tuple[str, uuid.UUID, Row | None]


def pending_ids(connection: Connection, table_name: str, ids: Sequence[uuid.UUID]
                ) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for part in chunks(ids):
        found.update(connection.execute(select(sync_outbox.c.row_id).where(
            sync_outbox.c.table_name == table_name, sync_outbox.c.row_id.in_(part)
        )).scalars())
    return found


def apply_rows(connection: Connection, incoming: Sequence[Incoming]) -> int:
    """Apply rows from the centre; returns how many were written or deleted."""
    if not incoming:
        return 0
    latest: dict[tuple[str, uuid.UUID], Row | None] = {}
    for table_name, row_id, row in incoming:
        latest[(table_name, row_id)] = row
    by_table: dict[str, list[uuid.UUID]] = {}
    for table_name, row_id in latest:
        by_table.setdefault(table_name, []).append(row_id)

    connection.execute(insert(sync_apply_guard).values(id=1))
    # Parents and children may arrive in either order within one batch.
    connection.execute(text("PRAGMA defer_foreign_keys = ON"))
    applied = 0
    writes: dict[str, list[Row]] = {}
    deletes: dict[str, list[uuid.UUID]] = {}
    for table_name, ids in by_table.items():
        table = table_of(table_name)
        pending = pending_ids(connection, table_name, ids)
        versions = fetch_versions(connection, table, ids)
        for row_id in ids:
            if row_id in pending:
                continue  # unsent local changes: the push merges them centrally first
            row = latest[(table_name, row_id)]
            mine = versions.get(row_id)
            if row is None:
                if mine is not None:
                    deletes.setdefault(table_name, []).append(row_id)
            elif mine is None or int(row["version"]) > mine:
                writes.setdefault(table_name, []).append(row)
    for table_name in ordered(writes):
        table = table_of(table_name)
        statement = sqlite_insert(table)
        statement = statement.on_conflict_do_update(
            index_elements=[table.c.id],
            set_={c.name: statement.excluded[c.name] for c in table.c if c.name != "id"})
        connection.execute(statement, writes[table_name])
        applied += len(writes[table_name])
    for table_name in reversed(ordered(deletes)):
        table = table_of(table_name)
        for part in chunks(deletes[table_name]):
            connection.execute(delete(table).where(table.c.id.in_(part)))
        applied += len(deletes[table_name])
    connection.execute(delete(sync_apply_guard))
    return applied
