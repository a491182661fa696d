"""Run a prebuilt SQLAlchemy statement straight on the DB-API cursor.

SQLAlchemy's per-execution bookkeeping costs ~60 µs a statement, several times the cost
of the statement itself on SQLite. The busiest calls (issue a ticket, look up a
visitor's history) run through here: the statement is still written with SQLAlchemy,
compiled once per dialect, and its bind and result conversions come from the column
types' own processors (public TypeEngine API), so values round-trip exactly as through
the ORM. Column defaults (scalar or callable, e.g. ids and timestamps) are applied to
columns the caller leaves out, as SQLAlchemy would.
"""

from __future__ import annotations

import importlib
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Dialect, Engine, Update, event
from sqlalchemy.pool import PoolProxiedConnection, QueuePool
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement

Processor = Callable[[Any], Any] | None
_REQUIRED = object()  # a bind the caller must supply (no column default behind it)


class RawConnection:
    """A DB-API connection as the hot path uses it: no SQLAlchemy Connection around it
    (its begin/commit bookkeeping costs ~40 µs a transaction, more than a SQLite
    statement). Opened by `transaction` or `reading`."""

    __slots__ = ("dialect", "driver_connection")

    def __init__(self, dialect: Dialect, driver_connection: Any) -> None:
        self.dialect = dialect
        self.driver_connection = driver_connection


# What a FastStatement runs on: a SQLAlchemy Connection (inside any other transaction)
# or a RawConnection (the hot path's own).
Executor = Connection | RawConnection


class _Held:
    """One connection of a SQLite file's pool kept checked out for the hot path: the
    pool's checkout and return cost ~20 µs, as much as a history lookup's query. Whoever
    takes the lock uses it; a caller that finds it in use takes a pooled connection,
    so nobody waits for it. Closed when the engine is disposed."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lock = threading.Lock()
        self.pooled: PoolProxiedConnection | None = None
        event.listen(engine, "engine_disposed", self.close)

    def close(self, _engine: Engine | None = None) -> None:
        with self.lock:
            pooled, self.pooled = self.pooled, None
        if pooled is not None:
            pooled.invalidate()  # closes the DB-API connection now


_HELD: weakref.WeakKeyDictionary[Engine, _Held | None] = weakref.WeakKeyDictionary()


def _held(engine: Engine) -> _Held | None:
    try:
        return _HELD[engine]
    except KeyError:
        # SQLite files only (their pool is a QueuePool); a server connection is left to
        # the pool, which notices when the server has dropped it.
        held = _Held(engine) if (engine.dialect.name == "sqlite"
                                 and isinstance(engine.pool, QueuePool)) else None
        _HELD[engine] = held
        return held


class _Use:
    """A connection for one block: the engine's held one if free, else a pooled one."""

    __slots__ = ("engine", "held", "pooled")

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.held: _Held | None = None
        self.pooled: PoolProxiedConnection | None = None

    def open(self) -> Any:
        held = _held(self.engine)
        if held is not None and held.lock.acquire(blocking=False):
            self.held = held
            try:
                if held.pooled is None:
                    held.pooled = self.engine.raw_connection()
                return held.pooled.driver_connection
            except BaseException:
                self.held = None
                held.lock.release()
                raise
        self.pooled = self.engine.raw_connection()
        return self.pooled.driver_connection

    def close(self, broken: bool = False) -> None:
        held, self.held = self.held, None
        if held is not None:
            if broken and held.pooled is not None:
                pooled, held.pooled = held.pooled, None
                pooled.invalidate()
            held.lock.release()
        elif self.pooled is not None:
            pooled, self.pooled = self.pooled, None
            if broken:
                pooled.invalidate()
            else:
                pooled.close()  # back to the pool (which rolls back anything left open)


class transaction:  # noqa: N801 - used like a function: `with transaction(engine) as conn`
    """One write transaction: committed when the block ends, rolled back when it raises.
    On SQLite it begins IMMEDIATE (the write lock is taken up front, as db.engine does
    for SQLAlchemy's transactions); PostgreSQL's driver begins one at the first
    statement."""

    __slots__ = ("_driver", "_use")

    def __init__(self, engine: Engine) -> None:
        self._use = _Use(engine)
        self._driver: Any = None

    def __enter__(self) -> RawConnection:
        use = self._use
        driver = self._driver = use.open()
        try:
            if use.engine.dialect.name == "sqlite":
                driver.execute("BEGIN IMMEDIATE")
        except BaseException:
            use.close()
            raise
        return RawConnection(use.engine.dialect, driver)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 _trace: Any) -> None:
        broken = False
        try:
            if kind is None:
                self._driver.commit()
                return
        except BaseException:
            kind = BaseException
            raise
        finally:
            if kind is not None:
                try:
                    self._driver.rollback()
                except BaseException:
                    broken = True  # the connection's state is unknown: not used again
                    raise
                finally:
                    self._use.close(broken)
            else:
                self._use.close()


class reading:  # noqa: N801 - used like a function: `with reading(engine) as conn`
    """A connection for reads outside any transaction (SQLite: each statement reads one
    snapshot of its own)."""

    __slots__ = ("_use",)

    def __init__(self, engine: Engine) -> None:
        self._use = _Use(engine)

    def __enter__(self) -> RawConnection:
        return RawConnection(self._use.engine.dialect, self._use.open())

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 _trace: Any) -> None:
        self._use.close()


@dataclass(frozen=True)
class _Call:
    make: Callable[[], Any]


@dataclass(frozen=True)
class _Plan:
    sql: str
    names: tuple[str, ...]
    defaults: tuple[Any, ...]
    binders: tuple[Processor, ...]
    positional: bool
    readers: tuple[Processor, ...]


class FastStatement:
    """A statement compiled once per dialect and executed on the raw cursor."""

    def __init__(self, statement: ClauseElement, column_keys: Sequence[str] | None = None
                 ) -> None:
        self._statement = statement
        self._column_keys = list(column_keys) if column_keys is not None else None
        self._plans: dict[str, _Plan] = {}

    def _plan(self, dialect: Dialect) -> _Plan:
        plan = self._plans.get(dialect.name)
        if plan is None:
            compiled = cast(
                SQLCompiler,
                self._statement.compile(dialect=dialect, column_keys=self._column_keys),
            )
            names = tuple(compiled.positiontup or compiled.binds.keys())
            binders = tuple(
                compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
                for name in names
            )
            columns: Sequence[Any] = getattr(self._statement, "selected_columns", ())
            if not columns:
                columns = getattr(self._statement, "_returning", ())
            readers = tuple(
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                if isinstance(column, ColumnElement) else None
                for column in columns
            )
            defaults = tuple(self._default_for(name, compiled.binds[name]) for name in names)
            plan = _Plan(compiled.string, names, defaults, binders, bool(compiled.positional),
                         readers)
            self._plans[dialect.name] = plan
        return plan

    def _default_for(self, name: str, bind: Any) -> Any:
        if bind.required:
            return _REQUIRED
        if bind.value is not None:  # a literal written into the statement
            return bind.value
        table = getattr(self._statement, "table", None)
        column = table.c.get(name) if table is not None else None
        is_update = isinstance(self._statement, Update)
        default = getattr(column, "onupdate" if is_update else "default", None)
        if default is None:
            return bind.value
        if default.is_callable:
            # SQLAlchemy wraps zero-argument callables to take an execution context.
            return _Call(lambda: default.arg(None))
        return default.arg

    def _cursor(self, conn: Executor, params: Mapping[str, Any]) -> tuple[Any, _Plan]:
        plan = self._plan(conn.dialect)
        values = []
        for name, default, binder in zip(plan.names, plan.defaults, plan.binders, strict=True):
            if name in params:
                value = params[name]
            elif default is _REQUIRED:
                raise KeyError(name)
            elif isinstance(default, _Call):
                value = default.make()
            else:
                value = default
            values.append(binder(value) if binder is not None else value)
        if isinstance(conn, RawConnection):
            dbapi_connection = conn.driver_connection
        else:
            dbapi_connection = conn.connection.driver_connection
            assert dbapi_connection is not None
        cursor = dbapi_connection.cursor()
        if plan.positional:
            cursor.execute(plan.sql, values)
        else:
            cursor.execute(plan.sql, dict(zip(plan.names, values, strict=True)))
        return cursor, plan

    def execute(self, conn: Executor, params: Mapping[str, Any]) -> int:
        """Run the statement; returns the number of rows it changed (DB-API rowcount)."""
        cursor, _ = self._cursor(conn, params)
        try:
            return int(cursor.rowcount)
        finally:
            cursor.close()

    def rows(self, conn: Executor, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        cursor, plan = self._cursor(conn, params)
        try:
            raw = cursor.fetchall()
        finally:
            cursor.close()
        readers = plan.readers
        if not any(readers):
            return [tuple(row) for row in raw]
        return [
            tuple(read(value) if read is not None else value
                  for read, value in zip(readers, row, strict=True))
            for row in raw
        ]

    def first(self, conn: Executor, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        found = self.rows(conn, params)
        return found[0] if found else None


class PerDialect:
    """A statement that differs by dialect (e.g. an upsert), built on first use for the
    dialect asked for: a SQLite terminal never loads the PostgreSQL dialect (~40 ms and
    ~3 MiB at every start). Indexed by dialect name, like the dict it replaces."""

    def __init__(self, build: Callable[[str], FastStatement]) -> None:
        self._build = build
        self._built: dict[str, FastStatement] = {}

    def __getitem__(self, dialect_name: str) -> FastStatement:
        statement = self._built.get(dialect_name)
        if statement is None:
            # Two threads may both build it once: the same statement, no harm.
            statement = self._built[dialect_name] = self._build(dialect_name)
        return statement


def dialect_insert(dialect_name: str) -> Any:
    """The dialect's own insert() (with on_conflict_…), imported when first needed."""
    return importlib.import_module(f"sqlalchemy.dialects.{dialect_name}").insert
