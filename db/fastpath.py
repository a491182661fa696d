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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Dialect, Update
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement

Processor = Callable[[Any], Any] | None
_REQUIRED = object()  # a bind the caller must supply (no column default behind it)


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

    def _cursor(self, conn: Connection, params: Mapping[str, Any]) -> tuple[Any, _Plan]:
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
        dbapi_connection = conn.connection.driver_connection
        assert dbapi_connection is not None
        cursor = dbapi_connection.cursor()
        if plan.positional:
            cursor.execute(plan.sql, values)
        else:
            cursor.execute(plan.sql, dict(zip(plan.names, values, strict=True)))
        return cursor, plan

    def execute(self, conn: Connection, params: Mapping[str, Any]) -> int:
        """Run the statement; returns the number of rows it changed (DB-API rowcount)."""
        cursor, _ = self._cursor(conn, params)
        try:
            return int(cursor.rowcount)
        finally:
            cursor.close()

    def rows(self, conn: Connection, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
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

    def first(self, conn: Connection, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
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
