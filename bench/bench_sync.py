"""Sync benchmark: push and pull of 50,000 operations against their floors (DESIGN.md,
Performance; target <= 3x each).

- push: a terminal's outbox of 50,000 operations (25,000 visitors and 25,000 tickets,
  captured by the triggers) pushed to a fresh central schema by the SyncEngine's push
  (read the outbox and the rows, inbox, optimistic check, upsert, change log, clear the
  outbox). Floor: psycopg `executemany` of the same rows into a bare copy of the central
  tables (no change-log triggers).
- pull: a fresh terminal pulls those 50,000 changes (change log, rows, local upsert,
  cursor). Floor: a raw psycopg select of the same rows, converted to SQLite's storage
  form, and sqlite3 `executemany` into a bare copy of the terminal tables (no triggers).

Needs the PostgreSQL of the tests (LAIFANG_TEST_PG_URL or postgres@127.0.0.1/test);
each repetition builds and drops its own schemas.

    .venv/bin/python bench/bench_sync.py [repetitions]
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg
from sqlalchemy import Engine, create_engine, insert, select, text

from bench.common import report
from db.base import new_id
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.models import Visit, Visitor
from desktop.sync.central import central_engine, init_central
from desktop.sync.pull import pull_once
from desktop.sync.push import push_once

TARGET = 3.0
PEOPLE = 25_000  # 25,000 visitors + 25,000 visits = 50,000 operations
BATCH = 5_000
PG_URL = os.environ.get("LAIFANG_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TABLES = (Visitor.__table__, Visit.__table__)


def _terminal(path: Path, with_triggers: bool = True) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    if not with_triggers:
        with engine.begin() as connection:
            for name in connection.execute(text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                    " AND name LIKE 'sync_capture_%'")).scalars().all():
                connection.execute(text(f"DROP TRIGGER {name}"))
    return engine


def _fill(engine: Engine) -> None:
    """50,000 operations in the outbox, written as the app writes (captured)."""
    now = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    visitors, visits = [], []
    for n in range(PEOPLE):
        visitor_id = new_id()
        visitors.append({
            "id": visitor_id, "version": 1, "updated_at": now, "origin_terminal": "BENCH-1",
            "id_type": "resident_id", "id_number": f"4601051980{n:08d}",
            "name": f"访客{n}", "phone": "13800000000"})
        visits.append({
            "id": new_id(), "version": 1, "updated_at": now, "origin_terminal": "BENCH-1",
            "service_day": date(2026, 1, 1) + timedelta(days=n // 900),
            "ticket_number": f"A1{n % 900:03d}", "category": "regular",
            "queue_status": "waiting", "issued_at": now, "issued_by": "前台",
            "visitor_id": visitor_id})
    with engine.begin() as connection:
        connection.execute(insert(Visitor.__table__), visitors)
        connection.execute(insert(Visit.__table__), visits)
        assert connection.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == \
            2 * PEOPLE


class Schemas:
    def __init__(self) -> None:
        self.admin = create_engine(PG_URL)
        self.made: list[str] = []

    def new(self) -> str:
        schema = f"bench_sync_{uuid.uuid4().hex[:10]}"
        with self.admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        self.made.append(schema)
        return schema

    def drop_all(self) -> None:
        with self.admin.begin() as connection:
            for schema in self.made:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        self.admin.dispose()


def _psycopg_dsn(schema: str) -> str:
    url = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    return f"{url}?options=-csearch_path%3D{schema}"


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _rows(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    with engine.connect() as connection:
        return {t.name: [dict(r._mapping) for r in connection.execute(select(t))]
                for t in TABLES}


def one_round(schemas: Schemas, folder: Path) -> tuple[float, float, float, float]:
    source = _terminal(folder / "source.sqlite3")
    _fill(source)
    central_schema = schemas.new()
    init_central(PG_URL, schema=central_schema)
    central = central_engine(PG_URL, central_schema)

    def push_all() -> None:
        while push_once(source, central, "BENCH-1", BATCH) is not None:
            pass

    push_ms = _timed(push_all)

    # Floor: the same rows into bare copies of the tables with psycopg executemany.
    rows = _rows(source)
    floor_schema = schemas.new()
    init_central(PG_URL, schema=floor_schema)
    with psycopg.connect(_psycopg_dsn(floor_schema)) as raw:
        for table in TABLES:
            for kind in ("insert", "update", "delete"):
                raw.execute(f'DROP TRIGGER sync_log_{kind}_{table.name} ON "{table.name}"')
        raw.commit()

        def floor_push() -> None:
            with raw.cursor() as cursor:
                for table in TABLES:
                    names = [c.name for c in table.c]
                    cursor.executemany(
                        f'INSERT INTO "{table.name}" ({", ".join(names)})'
                        f' VALUES ({", ".join(["%s"] * len(names))})',
                        [tuple(row[n] for n in names) for row in rows[table.name]])
            raw.commit()

        push_floor_ms = _timed(floor_push)

    # Pull: a fresh terminal takes the 50,000 changes.
    target = _terminal(folder / "target.sqlite3")

    def pull_all() -> None:
        while pull_once(target, central, BATCH).more:
            pass

    pull_ms = _timed(pull_all)
    with target.connect() as connection:
        pulled = connection.execute(text("SELECT count(*) FROM visit")).scalar()
    assert pulled == PEOPLE, f"pulled {pulled} visits"

    # Floor: raw select + sqlite3 executemany into bare tables.
    floor_target = _terminal(folder / "floor.sqlite3", with_triggers=False)
    floor_target.dispose()

    def convert(value: Any) -> Any:
        if isinstance(value, uuid.UUID):
            return value.hex
        if isinstance(value, datetime):
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        if isinstance(value, date):
            return value.isoformat()
        return value

    def floor_pull() -> None:
        local = sqlite3.connect(folder / "floor.sqlite3")
        try:
            with psycopg.connect(_psycopg_dsn(central_schema)) as raw:
                for table in TABLES:
                    names = [c.name for c in table.c]
                    fetched = raw.execute(
                        f'SELECT {", ".join(names)} FROM "{table.name}"').fetchall()
                    local.executemany(
                        f'INSERT INTO "{table.name}" ({", ".join(names)})'
                        f' VALUES ({", ".join(["?"] * len(names))})',
                        [tuple(convert(v) for v in row) for row in fetched])
            local.commit()
        finally:
            local.close()

    pull_floor_ms = _timed(floor_pull)
    central.dispose()
    source.dispose()
    target.dispose()
    return push_ms, push_floor_ms, pull_ms, pull_floor_ms


def main() -> int:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    schemas = Schemas()
    results = []
    try:
        for n in range(repeat):
            with tempfile.TemporaryDirectory(prefix="laifang-bench-sync-") as folder:
                result = one_round(schemas, Path(folder))
            results.append(result)
            print(f"round {n + 1}: push {result[0]:.0f} ms (floor {result[1]:.0f} ms), "
                  f"pull {result[2]:.0f} ms (floor {result[3]:.0f} ms)", flush=True)
    finally:
        schemas.drop_all()
    push, push_floor, pull, pull_floor = (statistics.median(r[i] for r in results)
                                          for i in range(4))
    ok = report("push 50,000 operations", push, push_floor, "psycopg executemany", TARGET)
    ok = report("pull 50,000 rows into SQLite", pull, pull_floor,
                "raw select + sqlite3 executemany", TARGET) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
