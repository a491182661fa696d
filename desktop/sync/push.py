"""Push: the outbox in batches, applied centrally in one transaction per batch.

Exactly-once in effect: every operation id goes into the central inbox with
ON CONFLICT DO NOTHING in the batch's own transaction, so a batch sent again (a lost
acknowledgement, a crash before the outbox was cleared) changes nothing. A row whose
operations are all known already is left alone.

A batch carries each row once: its current local state, the operation ids, the base
version (what the row was when this terminal last had it in step with the centre) and
the base values of the changed columns. Centrally, a row whose version is still the
base is replaced (fast-forward); otherwise desktop/sync/policy.py merges it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, exists, insert, select, text
from sqlalchemy.dialects import postgresql

from db.sync.tables import sync_conflict, sync_outbox
from desktop.sync.apply import apply_rows
from desktop.sync.policy import merge_row
from desktop.sync.rows import (
    Key,
    Row,
    chunks,
    decode_old,
    fetch_rows,
    fetch_versions,
    ordered,
    row_json,
    table_of,
)


@dataclass(frozen=True)
class Operation:
    op_id: uuid.UUID
    kind: str  # I | U | D
    version: int  # the row's version after it
    old: dict[str, Any]  # U: the changed columns' values before it


@dataclass
class RowChange:
    """One row's pending operations, as pushed together."""

    table: str
    row_id: uuid.UUID
    operations: list[Operation] = field(default_factory=list)
    row: Row | None = None  # the current local row; None: deleted locally

    @property
    def key(self) -> Key:
        return (self.table, self.row_id)

    @property
    def op_ids(self) -> list[uuid.UUID]:
        return [op.op_id for op in self.operations]

    @property
    def kinds(self) -> set[str]:
        return {op.kind for op in self.operations}

    def unapplied(self, new_ops: set[uuid.UUID]) -> list[Operation]:
        return [op for op in self.operations if op.op_id in new_ops]

    @staticmethod
    def base_version(operations: list[Operation]) -> int:
        """The version the row had centrally before these operations (0: new row)."""
        if any(op.kind == "I" for op in operations):
            return 0
        return min(op.version for op in operations) - 1

    @staticmethod
    def base(operations: list[Operation]) -> dict[str, Any] | None:
        """The changed columns' values before these operations (None: a new row)."""
        if any(op.kind == "I" for op in operations):
            return None
        values: dict[str, Any] = {}
        for op in operations:
            for column, value in op.old.items():
                values.setdefault(column, value)  # the earliest is the base
        return values


@dataclass(frozen=True)
class Batch:
    changes: list[RowChange]
    seqs: list[int]  # every outbox entry of the batch
    first: int  # the batch is the entries from `first` to `last` …
    last: int  # … and those after it of the same rows (in `seqs` too)


@dataclass(frozen=True)
class PushOutcome:
    operations: int  # operation ids in the batch
    applied: int  # rows written centrally
    skipped: int  # rows whose operations were all applied before
    conflicts: int  # conflicts logged
    central_versions: dict[Key, int | None]  # each row's version centrally afterwards


def pending_count(local: Engine) -> int:
    with local.connect() as connection:
        return int(connection.execute(
            select(text("count(*)")).select_from(sync_outbox)).scalar_one())


def read_batch(local: Engine, limit: int) -> Batch | None:
    """The first `limit` outbox entries, every later entry of the same rows, and the
    rows' current state, read in one transaction."""
    with local.connect() as connection, connection.begin():
        first = connection.execute(
            select(sync_outbox).order_by(sync_outbox.c.seq).limit(limit)).all()
        if not first:
            return None
        last = first[-1].seq
        entries = list(first)
        keys: set[str] = {entry.table_name for entry in first}
        # Later entries of the same rows travel with them (one statement).
        later = sync_outbox.alias("later")
        entries.extend(connection.execute(select(later).where(
            later.c.seq > last,
            exists().where(sync_outbox.c.table_name == later.c.table_name,
                           sync_outbox.c.row_id == later.c.row_id,
                           sync_outbox.c.seq.between(first[0].seq, last)))))
        entries.sort(key=lambda e: e.seq)
        changes: dict[Key, RowChange] = {}
        for entry in entries:
            change = changes.get((entry.table_name, entry.row_id))
            if change is None:
                change = RowChange(entry.table_name, entry.row_id)
                changes[change.key] = change
            old = decode_old(entry.table_name, entry.old) if entry.kind == "U" else {}
            change.operations.append(Operation(entry.op_id, entry.kind, entry.version, old))
        for table_name in keys:
            table = table_of(table_name)
            # The rows with an entry in this batch: one statement, no list of ids.
            in_batch = select(sync_outbox.c.row_id).where(
                sync_outbox.c.table_name == table_name,
                sync_outbox.c.seq.between(first[0].seq, last))
            result = connection.execute(select(table).where(table.c.id.in_(in_batch)))
            names = list(result.keys())
            for row in result:
                values = dict(zip(names, row, strict=True))
                changes[(table_name, values["id"])].row = values
        return Batch(list(changes.values()), [e.seq for e in entries], first[0].seq, last)


_INBOX = (
    "INSERT INTO sync_inbox (op_id, terminal) SELECT unnest(%(ids)b::uuid[]), %(terminal)s"
    " ON CONFLICT DO NOTHING RETURNING op_id")


def apply_central(connection: Connection, terminal: str, batch: Batch) -> PushOutcome:
    """Apply one batch in the caller's central transaction (PostgreSQL)."""
    connection.execute(text("SELECT set_config('laifang.sync_origin', :t, true)"),
                       {"t": terminal})
    all_ops = [op for change in batch.changes for op in change.op_ids]
    new_ops: set[uuid.UUID] = set()
    for part in chunks(all_ops, 10_000):
        new_ops.update(connection.exec_driver_sql(
            _INBOX, {"ids": list(part), "terminal": terminal}).scalars())
    unapplied = {change.key: change.unapplied(new_ops) for change in batch.changes}
    todo = [c for c in batch.changes if unapplied[c.key]]
    skipped = [c for c in batch.changes if not unapplied[c.key]]

    by_table: dict[str, list[RowChange]] = {}
    for change in todo:
        by_table.setdefault(change.table, []).append(change)
    writes: dict[str, list[Row]] = {}
    deletes: dict[str, list[uuid.UUID]] = {}
    conflicts: list[dict[str, Any]] = []
    versions: dict[Key, int | None] = {}
    for table_name, changes in by_table.items():
        table = table_of(table_name)
        central = fetch_rows(connection, table, [c.row_id for c in changes], for_update=True)
        for change in changes:
            current = central.get(change.row_id)
            operations = unapplied[change.key]
            base_version = RowChange.base_version(operations)
            if change.row is None:  # deleted here
                if current is not None:
                    if current["version"] != base_version:
                        conflicts.append(_conflict(terminal, change, None, current,
                                                   "delete_update", (), "open"))
                    deletes.setdefault(table_name, []).append(change.row_id)
                versions[change.key] = None
                continue
            if current is None or current["version"] == base_version:
                row = change.row
            else:
                merged = merge_row(table_name, current, change.row,
                                   RowChange.base(operations))
                row = merged.row
                row["version"] = max(int(current["version"]), int(change.row["version"])) + 1
                for clash in merged.conflicts:
                    conflicts.append(_conflict(terminal, change, change.row, current,
                                               clash.kind, clash.fields, clash.resolution))
            writes.setdefault(table_name, []).append(row)
            versions[change.key] = int(row["version"])

    for table_name in ordered(writes):
        upsert_central(connection, table_of(table_name), writes[table_name])
    for table_name in reversed(ordered(deletes)):
        table = table_of(table_name)
        for part in chunks(deletes[table_name]):
            connection.execute(delete(table).where(table.c.id.in_(part)))
    if conflicts:
        connection.execute(insert(sync_conflict), conflicts)

    skipped_by_table: dict[str, list[uuid.UUID]] = {}
    for change in skipped:
        skipped_by_table.setdefault(change.table, []).append(change.row_id)
    for table_name, ids in skipped_by_table.items():
        found = fetch_versions(connection, table_of(table_name), ids)
        for row_id in ids:
            versions[(table_name, row_id)] = found.get(row_id)
    return PushOutcome(len(all_ops), len(todo), len(skipped), len(conflicts), versions)


@cache
def _upsert_sql(table: Table) -> str:
    """One INSERT … SELECT FROM unnest(column arrays) … ON CONFLICT (id) DO UPDATE: a
    batch is one statement with one array per column (no per-row round trip)."""
    dialect = postgresql.psycopg.dialect()  # type: ignore[no-untyped-call]
    names = [c.name for c in table.c]
    # %(…)b: binary arrays (the text form quotes every element through a regex).
    arrays = ", ".join(f"%({c.name})b::{c.type.compile(dialect=dialect)}[]" for c in table.c)
    updates = ", ".join(f'"{n}" = EXCLUDED."{n}"' for n in names if n != "id")
    columns = ", ".join(f'"{n}"' for n in names)
    return (f'INSERT INTO "{table.name}" ({columns}) SELECT * FROM unnest({arrays})'
            f" ON CONFLICT (id) DO UPDATE SET {updates}")


def upsert_central(connection: Connection, table: Table, rows: Sequence[Row]) -> None:
    """Write whole rows centrally (values as SQLAlchemy reads them: aware UTC times)."""
    if not rows:
        return
    columns = {c.name: [row[c.name] for row in rows] for c in table.c}
    connection.exec_driver_sql(_upsert_sql(table), columns)


def _conflict(terminal: str, change: RowChange, local: Row | None, central: Row,
              kind: str, fields: Sequence[str], resolution: str) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(), "table_name": change.table, "row_id": change.row_id,
        "kind": str(kind), "fields": ",".join(fields), "terminal": terminal,
        "local_row": row_json(local), "central_row": row_json(central),
        "resolution": str(resolution),
    }


def acknowledge(local: Engine, central: Engine, batch: Batch, outcome: PushOutcome) -> int:
    """Clear the batch's outbox entries; where the central row is now newer than the
    local one (merged, or changed elsewhere while an acknowledgement was lost), take
    the central row. Returns the rows refreshed."""
    stale: dict[str, list[uuid.UUID]] = {}
    for change in batch.changes:
        version = outcome.central_versions.get(change.key)
        if change.row is not None and version is not None and version > change.row["version"]:
            stale.setdefault(change.table, []).append(change.row_id)
    fresh: list[tuple[str, uuid.UUID, Row | None]] = []
    if stale:
        with central.connect() as connection, connection.begin():
            for table_name, ids in stale.items():
                rows = fetch_rows(connection, table_of(table_name), ids)
                fresh.extend((table_name, row_id, rows.get(row_id)) for row_id in ids)
    with local.connect() as connection, connection.begin():
        connection.execute(delete(sync_outbox).where(
            sync_outbox.c.seq.between(batch.first, batch.last)))
        for part in chunks([seq for seq in batch.seqs if seq > batch.last]):
            connection.execute(delete(sync_outbox).where(sync_outbox.c.seq.in_(part)))
        return apply_rows(connection, [(t, i, r) for t, i, r in fresh if r is not None])


def push_once(local: Engine, central: Engine, terminal: str, limit: int
              ) -> PushOutcome | None:
    """Push one batch; None when the outbox is empty."""
    batch = read_batch(local, limit)
    if batch is None:
        return None
    with central.connect() as connection, connection.begin():
        outcome = apply_central(connection, terminal, batch)
    acknowledge(local, central, batch, outcome)
    return outcome
