from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import bindparam, func, insert, select

from db.base import new_id
from db.engine import make_engine
from db.fastpath import FastStatement, reading, transaction
from db.migrate import upgrade_to_head
from db.models import Visitor

COLUMNS = (Visitor.id, Visitor.name, Visitor.birth_date, Visitor.updated_at, Visitor.version)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        made = make_engine(f"sqlite:///{tmp_path / 'f.db'}")
    else:
        url, schema = request.getfixturevalue("pg_schema")
        made = make_engine(url, schema=schema)
    upgrade_to_head(made)
    yield made
    made.dispose()


def test_fast_statements_round_trip_like_sqlalchemy(engine) -> None:  # type: ignore[no-untyped-def]
    stamp = datetime(2026, 11, 27, 1, 2, 3, 456789, tzinfo=UTC)
    visitor_id = new_id()
    fast_insert = FastStatement(insert(Visitor), column_keys=[
        "id", "id_type", "id_number", "name", "birth_date", "updated_at", "origin_terminal"])
    fast_select = FastStatement(
        select(*COLUMNS).where(Visitor.id_number == bindparam("number")))
    with engine.begin() as conn:
        fast_insert.execute(conn, {
            "id": visitor_id, "id_type": "resident_id", "id_number": "X1", "name": "王五",
            "birth_date": date(1980, 1, 1), "updated_at": stamp, "origin_terminal": "T",
        })
    with engine.connect() as conn:
        via_fast = fast_select.first(conn, {"number": "X1"})
        via_core = conn.execute(select(*COLUMNS).where(Visitor.id_number == "X1")).one()
        assert fast_select.first(conn, {"number": "nobody"}) is None
    assert via_fast == tuple(via_core)
    assert via_fast == (visitor_id, "王五", date(1980, 1, 1), stamp, 1)  # scalar default


def test_a_missing_parameter_is_an_error_not_a_null(engine) -> None:  # type: ignore[no-untyped-def]
    fast_select = FastStatement(select(Visitor.id).where(Visitor.id_number == bindparam("n")))
    with engine.connect() as conn, pytest.raises(KeyError):
        fast_select.rows(conn, {})


def test_column_defaults_apply_to_left_out_columns(engine) -> None:  # type: ignore[no-untyped-def]
    fast_insert = FastStatement(insert(Visitor), column_keys=[
        "id_type", "id_number", "name", "origin_terminal"])
    before = datetime.now(UTC)
    with engine.begin() as conn:
        fast_insert.execute(conn, {"id_type": "passport", "id_number": "E1", "name": "A",
                                   "origin_terminal": "T"})
        fast_insert.execute(conn, {"id_type": "passport", "id_number": "E2", "name": "B",
                                   "origin_terminal": "T"})
    with engine.connect() as conn:
        rows = conn.execute(select(Visitor.id, Visitor.updated_at, Visitor.version)).all()
    assert len({row.id for row in rows}) == 2  # a fresh UUIDv7 each time
    assert all(row.updated_at >= before and row.version == 1 for row in rows)


def test_per_dialect_statements_are_built_for_the_dialect_in_use(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A SQLite terminal issuing a ticket never loads the PostgreSQL dialect (it costs
    ~40 ms and ~3 MiB at every start)."""
    import subprocess
    import sys
    from pathlib import Path

    from desktop.app import open_services

    url = f"sqlite:///{tmp_path / 'a.db'}"
    # Migrated here: only an upgrade loads Alembic (and with it every dialect).
    open_services(url, "FRONT-1", "x").close()
    script = (
        "import sys\n"
        "from desktop.app import open_services\n"
        "from desktop.domain import TicketCategory\n"
        "from desktop.queue.tickets import TicketRequest\n"
        f"host = open_services({url!r}, 'FRONT-1', 'x')\n"
        "host.tickets.issue_ticket(TicketRequest(name='张三', "
        "id_number='11010519491231002X', category=TicketCategory.REGULAR))\n"
        "host.close()\n"
        "print('sqlalchemy.dialects.postgresql' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                            text=True, timeout=120, check=True,
                            env={**__import__("os").environ,
                                 "LAIFANG_DATA_DIR": str(tmp_path / "data")})
    assert result.stdout.strip() == "False"


def _count(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Visitor)).scalar_one())


def _visitor(number: str) -> dict[str, object]:
    return {"id_type": "passport", "id_number": number, "name": "A", "origin_terminal": "T"}


INSERT_VISITOR = FastStatement(insert(Visitor), column_keys=[
    "id_type", "id_number", "name", "origin_terminal"])


def test_a_raw_transaction_commits_or_leaves_nothing(engine) -> None:  # type: ignore[no-untyped-def]
    with transaction(engine) as conn:
        INSERT_VISITOR.execute(conn, _visitor("E1"))
    with pytest.raises(RuntimeError), transaction(engine) as conn:
        INSERT_VISITOR.execute(conn, _visitor("E2"))
        raise RuntimeError("half-way")
    with pytest.raises(Exception, match=r"(?i)unique"), transaction(engine) as conn:
        INSERT_VISITOR.execute(conn, _visitor("E3"))
        INSERT_VISITOR.execute(conn, _visitor("E1"))  # taken: the whole block goes
    with reading(engine) as conn:
        rows = FastStatement(select(Visitor.id_number)).rows(conn, {})
    assert rows == [("E1",)]
    assert _count(engine) == 1


def test_sqlite_raw_transaction_takes_the_write_lock_at_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lock.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        # Nothing written yet inside the block, and the lock is already taken.
        with transaction(engine), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again after the block
        other.execute("ROLLBACK")
    finally:
        other.close()
        engine.dispose()


def test_one_held_connection_and_a_pooled_one_for_a_second_user(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'held.db'}")
    upgrade_to_head(engine)
    with reading(engine) as first:
        held = first.driver_connection
        with reading(engine) as second:  # the held one is in use: no waiting for it
            assert second.driver_connection is not held
            with transaction(engine) as third:
                assert third.driver_connection is not held
    with transaction(engine) as again:
        assert again.driver_connection is held  # kept out of the pool
    engine.dispose()  # closes it
    with pytest.raises(sqlite3.ProgrammingError):
        held.execute("SELECT 1")
    with reading(engine) as fresh:  # a disposed engine opens a new one
        assert fresh.driver_connection is not held
        assert fresh.driver_connection.execute("SELECT 1").fetchone() == (1,)
    engine.dispose()
