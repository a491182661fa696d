"""Engine and session factory for the terminal SQLite database or a PostgreSQL server."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.timeouts import DEFAULT_CONNECT_TIMEOUT_S as DEFAULT_CONNECT_TIMEOUT_S
from db.timeouts import SQLITE_BUSY_TIMEOUT_MS as SQLITE_BUSY_TIMEOUT_MS


def _set_wal(cursor: Any) -> None:
    # Switching a new file to WAL needs an exclusive lock, and SQLite returns "database
    # is locked" at once (no busy handler) while another process first opens the same
    # new file: retry for as long as the busy timeout.
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy issue BEGIN itself (see _sqlite_begin) instead of pysqlite's
    # implicit transactions, so that a write transaction takes the lock up front.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    _set_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # IMMEDIATE: take the write lock at BEGIN, so two processes allocating numbers
    # queue behind the busy timeout instead of failing on lock upgrade. Sent on the
    # DB-API connection: it runs before every transaction, so it should cost nothing.
    conn.connection.driver_connection.execute("BEGIN IMMEDIATE")


def make_engine(
    url: str,
    *,
    schema: str | None = None,
    echo: bool = False,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT_S,
) -> Engine:
    """Create an engine. `schema` (PostgreSQL only) puts every table in that schema;
    `connect_timeout` (seconds, PostgreSQL) bounds each new connection."""
    connect_args: dict[str, Any] = {}
    if url.startswith("sqlite"):
        connect_args["timeout"] = SQLITE_BUSY_TIMEOUT_MS / 1000
        connect_args["check_same_thread"] = False
    else:
        if url.startswith("postgresql"):
            # libpq takes whole seconds; below 2 it uses 2.
            connect_args["connect_timeout"] = max(1, round(connect_timeout))
        if schema:
            connect_args["options"] = f"-csearch_path={schema}"
    engine = create_engine(url, echo=echo, connect_args=connect_args)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
