"""The synced tables as the sync code sees them: dependency order, row dictionaries,
and the old values the capture triggers stored (SQLite storage form → Python)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, Uuid, any_, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite

import db.models  # noqa: F401  (registers the tables)
from db.base import Base
from db.sync.capture import SYNC_COLUMNS

Row = dict[str, Any]
Key = tuple[str, uuid.UUID]
T = TypeVar("T")
CHUNK = 900  # ids per IN (…): below SQLite's 999 host parameters of old builds

_SQLITE = sqlite.dialect()


@cache
def synced_tables() -> dict[str, Table]:
    """Every table with the SyncedMixin columns, parents before children."""
    return {
        table.name: table for table in Base.metadata.sorted_tables
        if not table.name.startswith("sync_")
        and all(name in table.c for name in SYNC_COLUMNS)
    }


def table_of(name: str) -> Table:
    try:
        return synced_tables()[name]
    except KeyError:
        raise ValueError(f"not a synced table: {name}") from None


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def fetch_rows(connection: Connection, table: Table, ids: Sequence[uuid.UUID], *,
               for_update: bool = False) -> dict[uuid.UUID, Row]:
    """The rows of `table` with these ids, as dictionaries by id."""
    found: dict[uuid.UUID, Row] = {}
    if connection.dialect.name == "postgresql":
        # One array parameter: a long IN (…) costs more to send than to run.
        statement = select(table).where(table.c.id == any_(
            bindparam("ids", list(ids), type_=postgresql.ARRAY(Uuid()))))
        if for_update:
            statement = statement.with_for_update()
        result = connection.execute(statement)
        names = list(result.keys())
        for row in result:
            values = dict(zip(names, row, strict=True))
            found[values["id"]] = values
        return found
    for part in chunks(ids):
        statement = select(table).where(table.c.id.in_(part))
        if for_update:
            statement = statement.with_for_update()
        for row in connection.execute(statement):
            found[row.id] = dict(row._mapping)
    return found


def fetch_versions(connection: Connection, table: Table, ids: Sequence[uuid.UUID]
                   ) -> dict[uuid.UUID, int]:
    versions: dict[uuid.UUID, int] = {}
    if connection.dialect.name == "postgresql":
        for row_id, version in connection.execute(
                select(table.c.id, table.c.version).where(table.c.id == any_(
                    bindparam("ids", list(ids), type_=postgresql.ARRAY(Uuid()))))):
            versions[row_id] = int(version)
        return versions
    for part in chunks(ids):
        for row_id, version in connection.execute(
                select(table.c.id, table.c.version).where(table.c.id.in_(part))):
            versions[row_id] = int(version)
    return versions


@cache
def _sqlite_processors(table_name: str) -> dict[str, Any]:
    table = table_of(table_name)
    return {column.name: column.type.result_processor(_SQLITE, None) for column in table.c}


def decode_old(table_name: str, raw: str | None) -> dict[str, Any]:
    """The JSON of previous values the update trigger stored, as Python values."""
    if not raw:
        return {}
    processors = _sqlite_processors(table_name)
    values: dict[str, Any] = {}
    for name, value in json.loads(raw).items():
        if name not in processors:
            continue  # a column the models no longer have
        processor = processors[name]
        values[name] = processor(value) if processor is not None and value is not None \
            else value
    return values


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def row_json(row: Mapping[str, Any] | None) -> str:
    """A row for the conflicts list (stored centrally, never logged)."""
    if row is None:
        return "null"
    return json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False,
                      sort_keys=True)


def ordered(names: Iterable[str]) -> list[str]:
    """Table names in dependency order (parents first)."""
    wanted = set(names)
    return [name for name in synced_tables() if name in wanted]
