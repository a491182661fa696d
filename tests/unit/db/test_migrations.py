from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from db.base import Base
from db.engine import make_engine
from db.migrate import current_revision, head_revision, upgrade_to_head


def _check_schema_matches_models(engine) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_upgrade_from_empty_sqlite(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    assert current_revision(engine) is None
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert {"visit", "visitor", "counter", "audit_entry", "terminal"} <= tables
    _check_schema_matches_models(engine)
    upgrade_to_head(engine)  # a second start-up is a no-op
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    engine.dispose()


@pytest.mark.pg
def test_upgrade_from_empty_postgresql(pg_schema) -> None:  # type: ignore[no-untyped-def]
    url, schema = pg_schema
    engine = make_engine(url, schema=schema)
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    assert "visit" in inspect(engine).get_table_names(schema=schema)
    _check_schema_matches_models(engine)
    engine.dispose()
