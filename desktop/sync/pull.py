"""Pull: the central change log in (transaction id, seq) order, handed out only below
the oldest transaction still running centrally (the snapshot's xmin). A transaction
that took its id early and commits late is therefore never skipped: until it ends,
nothing from it or after it is handed out.

The rows and the cursor are written in one local transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select, text, update
from sqlalchemy.exc import IntegrityError

from db.sync.tables import sync_state
from desktop.sync.apply import Incoming, apply_rows
from desktop.sync.rows import Row, fetch_rows, fetch_versions, table_of

_CHANGES = text(
    "SELECT seq, xid, table_name, row_id, version, kind FROM sync_change_log"
    " WHERE (xid, seq) > (:xid, :seq)"
    " AND xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
    " ORDER BY xid, seq LIMIT :limit")


@dataclass(frozen=True)
class Cursor:
    xid: int
    seq: int


@dataclass(frozen=True)
class PullOutcome:
    changes: int  # change-log entries read
    applied: int  # local rows written or deleted
    more: bool  # the batch was full: pull again


def read_cursor(connection: Connection) -> Cursor:
    row = connection.execute(
        select(sync_state.c.cursor_xid, sync_state.c.cursor_seq).where(sync_state.c.id == 1)
    ).one()
    return Cursor(int(row.cursor_xid), int(row.cursor_seq))


def pull_once(local: Engine, central: Engine, limit: int) -> PullOutcome:
    with local.connect() as connection:
        cursor = read_cursor(connection)
    while True:
        entries, incoming, last = _read_central(local, central, cursor, limit)
        if not entries:
            return PullOutcome(0, 0, False)
        try:
            with local.connect() as connection, connection.begin():
                if read_cursor(connection) != cursor:
                    return PullOutcome(0, 0, True)  # another pull ran meanwhile
                applied = apply_rows(connection, incoming)
                connection.execute(update(sync_state).where(sync_state.c.id == 1).values(
                    cursor_xid=last.xid, cursor_seq=last.seq))
            return PullOutcome(entries, applied, entries == limit)
        except IntegrityError:
            # A child came in this batch and its parent only in a later one (transaction
            # ids are not commit order): take a larger batch; when there is nothing
            # more to take, the rows really are inconsistent.
            if entries < limit:
                raise
            limit *= 4


def _read_central(local: Engine, central: Engine, cursor: Cursor, limit: int
                  ) -> tuple[int, list[Incoming], Cursor]:
    with central.connect() as connection, connection.begin():
        entries = connection.execute(
            _CHANGES, {"xid": cursor.xid, "seq": cursor.seq, "limit": limit}).all()
        if not entries:
            return 0, [], cursor
        newest: dict[tuple[str, uuid.UUID], int] = {}
        for entry in entries:
            key = (entry.table_name, entry.row_id)
            newest[key] = max(newest.get(key, 0), int(entry.version))
        by_table: dict[str, list[uuid.UUID]] = {}
        for table_name, row_id in newest:
            by_table.setdefault(table_name, []).append(row_id)
        # What this terminal has already (its own changes come back with the version
        # it has): those rows are not even fetched.
        with local.connect() as local_connection:
            mine = {name: fetch_versions(local_connection, table_of(name), ids)
                    for name, ids in by_table.items()}
        deleted = {(e.table_name, e.row_id) for e in entries if e.kind == "D"}
        incoming: list[Incoming] = []
        for table_name, ids in by_table.items():
            wanted = [i for i in ids
                      if mine[table_name].get(i, -1) < newest[(table_name, i)]
                      or (table_name, i) in deleted]
            rows: dict[uuid.UUID, Row] = fetch_rows(connection, table_of(table_name), wanted)
            incoming.extend((table_name, i, rows.get(i)) for i in wanted)
        last = entries[-1]
        return len(entries), incoming, Cursor(int(last.xid), int(last.seq))

