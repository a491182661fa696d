"""Run Alembic migrations programmatically (the app upgrades its database at start-up)."""

from __future__ import annotations

import ast
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a database needs upgrading (it costs ~0.1 s and ~10 MB
# at every start otherwise): the revisions are read from the scripts' own assignments.
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
# pg_advisory_lock(classid, objid): this program's start-up, per schema.
STARTUP_LOCK_CLASS = 0x1A1F
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Migrate to the newest revision; a database already there is left alone without
    loading Alembic (one plain query)."""
    with engine.begin() as connection:
        if read_revision(connection) == head_revision():
            return
        from alembic import command

        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def read_revision(connection: Connection) -> str | None:
    """The database's revision (None when it has no version table, or not exactly one
    row: Alembic decides then)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return str(rows[0]) if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return read_revision(connection)


@cache
def _script_revisions() -> dict[str, str | None]:
    """revision -> down_revision, read from the assignments at the top of each script
    in versions/ (the same two names Alembic reads; merges are not used here)."""
    graph: dict[str, str | None] = {}
    for script in sorted(VERSIONS_DIR.glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            if (isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in (
                            "revision", "down_revision"):
                        values[target.id] = ast.literal_eval(node.value)
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
            raise RuntimeError(f"{script.name}: revision/down_revision must be plain strings")
        graph[revision] = down
    return graph


def head_revision() -> str | None:
    """The newest revision: the one no other script builds on."""
    graph = _script_revisions()
    heads = sorted(set(graph) - {down for down in graph.values() if down is not None})
    if len(heads) > 1:
        raise RuntimeError(f"migration scripts have several heads: {heads}")
    return heads[0] if heads else None


def known_revisions() -> frozenset[str]:
    """Every revision this program's migration scripts know (they do not change while
    the program runs)."""
    return frozenset(_script_revisions())


@cache
def tables_at_revision(revision: str) -> frozenset[str]:
    """The tables a database has at `revision` (the migrations run on an in-memory
    SQLite: exact for any revision, and only needed when the file is not at head)."""
    from alembic import command

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
