"""Run Alembic migrations programmatically (the app upgrades its database at start-up)."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# pg_advisory_lock(classid, objid): this program's start-up, per schema.
STARTUP_LOCK_CLASS = 0x1A1F
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_to_head(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


@cache
def known_revisions() -> frozenset[str]:
    """Every revision this program's migration scripts know (they do not change while
    the program runs)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return frozenset(script.revision for script in scripts.walk_revisions())


@cache
def tables_at_revision(revision: str) -> frozenset[str]:
    """The tables a database has at `revision` (the migrations run on an in-memory
    SQLite: exact for any revision, and only needed when the file is not at head)."""
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return frozenset(inspect(engine).get_table_names())
    finally:
        engine.dispose()


@contextmanager
def startup_lock(engine: Engine, schema: str | None = None) -> Iterator[None]:
    """Serialise the start-up work (check, migrate, seed, register) of all processes
    opening the same PostgreSQL schema: without it, simultaneous first starts on an
    empty database all create the same tables. A session-level advisory lock on its
    own connection, released (or dropped with the connection) when done.

    SQLite needs nothing here: every step runs in a BEGIN IMMEDIATE transaction.
    """
    if engine.dialect.name != "postgresql":
        yield
        return
    key = zlib.crc32((schema or "").encode()) - 2**31  # int4
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:c, :k)"),
                           {"c": STARTUP_LOCK_CLASS, "k": key})
        connection.commit()
        try:
            yield
        finally:
            try:
                connection.execute(text("SELECT pg_advisory_unlock(:c, :k)"),
                                   {"c": STARTUP_LOCK_CLASS, "k": key})
                connection.commit()
            except DBAPIError:
                # The connection is gone, and the lock with it: keep the first error.
                connection.invalidate()
