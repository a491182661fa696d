"""Capture triggers: every INSERT, UPDATE and DELETE of a synced table writes an outbox
row (SQLite, terminals) or a change-log row (PostgreSQL, the central database), in the
same transaction as the change, whoever writes it (ORM or the hot path's raw statements).

A synced table is one with the SyncedMixin columns. The triggers are generated from the
table's columns as the database has them: a migration that adds or rebuilds a synced
table must call `install_capture(connection)` at its end (SQLite batch migrations copy
the table and drop its triggers); tests/unit/desktop/sync/test_capture.py checks it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, inspect, text

SYNC_COLUMNS = ("id", "version", "updated_at", "origin_terminal", "deleted_at")
# Not compared for the merge: bookkeeping every write changes.
UNTRACKED = ("id", "version", "updated_at")
# SQLite's default limit of function arguments is 127: json_insert gets chunks.
_JSON_CHUNK = 50

# UUIDv7 in SQL: 48-bit Unix milliseconds, version 7, variant 10, random bits.
_UUID7 = (
    "lower(printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))"
    " || '7' || substr(hex(randomblob(2)), 1, 3)"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(8)), 1, 15))"
)
_QUIET = "NOT EXISTS (SELECT 1 FROM sync_apply_guard)"


def synced_tables(connection: Connection) -> dict[str, list[str]]:
    """Table → its columns, for every table carrying the SyncedMixin columns."""
    inspector = inspect(connection)
    found: dict[str, list[str]] = {}
    for table in sorted(inspector.get_table_names()):
        if table.startswith("sync_"):
            continue
        columns = [c["name"] for c in inspector.get_columns(table)]
        if all(name in columns for name in SYNC_COLUMNS):
            found[table] = columns
    return found


def _old_values_json(columns: Sequence[str]) -> str:
    tracked = [c for c in columns if c not in UNTRACKED]
    expression = "'{}'"
    for start in range(0, len(tracked), _JSON_CHUNK):
        pairs = ", ".join(
            f"CASE WHEN OLD.\"{c}\" IS NOT NEW.\"{c}\" THEN '$.{c}' ELSE '$._' END, OLD.\"{c}\""
            for c in tracked[start:start + _JSON_CHUNK])
        expression = f"json_insert({expression}, {pairs})"
    return f"json_remove({expression}, '$._')"


def sqlite_trigger_sql(table: str, columns: Sequence[str]) -> list[str]:
    """CREATE TRIGGER statements of one synced table (SQLite)."""
    outbox = "INSERT INTO sync_outbox (op_id, table_name, row_id, version, kind, old)"
    return [
        f"CREATE TRIGGER sync_capture_insert_{table} AFTER INSERT ON \"{table}\""
        f" WHEN {_QUIET} BEGIN"
        f" {outbox} VALUES ({_UUID7}, '{table}', NEW.id, NEW.version, 'I', NULL); END",
        # An update that leaves `version` alone gets it raised here (most writers do not
        # count versions themselves); the nested UPDATE fires no trigger (SQLite's
        # recursive_triggers is off).
        f"CREATE TRIGGER sync_capture_update_{table} AFTER UPDATE ON \"{table}\""
        f" WHEN {_QUIET} BEGIN"
        f" UPDATE \"{table}\" SET version = OLD.version + 1"
        f" WHERE id = NEW.id AND NEW.version = OLD.version;"
        f" {outbox} VALUES ({_UUID7}, '{table}', NEW.id,"
        f" CASE WHEN NEW.version = OLD.version THEN OLD.version + 1 ELSE NEW.version END,"
        f" 'U', {_old_values_json(columns)}); END",
        f"CREATE TRIGGER sync_capture_delete_{table} AFTER DELETE ON \"{table}\""
        f" WHEN {_QUIET} BEGIN"
        f" {outbox} VALUES ({_UUID7}, '{table}', OLD.id, OLD.version + 1, 'D', NULL); END",
    ]


_PG_FUNCTIONS = [
    """CREATE OR REPLACE FUNCTION sync_log_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO sync_change_log (xid, table_name, row_id, version, kind, origin)
    SELECT pg_current_xact_id()::text::bigint, TG_ARGV[0], id, version, 'D',
           nullif(current_setting('laifang.sync_origin', true), '')
    FROM old_rows;
  ELSE
    INSERT INTO sync_change_log (xid, table_name, row_id, version, kind, origin)
    SELECT pg_current_xact_id()::text::bigint, TG_ARGV[0], id, version,
           CASE WHEN TG_OP = 'INSERT' THEN 'I' ELSE 'U' END,
           nullif(current_setting('laifang.sync_origin', true), '')
    FROM new_rows;
  END IF;
  RETURN NULL;
END $$""",
]


def postgresql_trigger_sql(table: str) -> list[str]:
    """Statement-level triggers (one INSERT … SELECT per statement, cheap for batches)
    logging every change of one synced table (PostgreSQL)."""
    return [
        f"CREATE TRIGGER sync_log_insert_{table} AFTER INSERT ON \"{table}\""
        f" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"
        f" EXECUTE FUNCTION sync_log_rows('{table}')",
        f"CREATE TRIGGER sync_log_update_{table} AFTER UPDATE ON \"{table}\""
        f" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"
        f" EXECUTE FUNCTION sync_log_rows('{table}')",
        f"CREATE TRIGGER sync_log_delete_{table} AFTER DELETE ON \"{table}\""
        f" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT"
        f" EXECUTE FUNCTION sync_log_rows('{table}')",
    ]


def install_capture(connection: Connection) -> list[str]:
    """(Re)create the capture triggers of every synced table; returns the tables."""
    tables = synced_tables(connection)
    sqlite = connection.dialect.name == "sqlite"
    if not sqlite:
        for statement in _PG_FUNCTIONS:
            connection.execute(text(statement))
    for table, columns in tables.items():
        prefix = "sync_capture" if sqlite else "sync_log"
        for kind in ("insert", "update", "delete"):
            on = "" if sqlite else f" ON \"{table}\""
            connection.execute(text(f"DROP TRIGGER IF EXISTS {prefix}_{kind}_{table}{on}"))
        statements = sqlite_trigger_sql(table, columns) if sqlite else postgresql_trigger_sql(
            table)
        for statement in statements:
            connection.execute(text(statement))
    return list(tables)
