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


def test_head_and_known_revisions_are_alembics() -> None:
    """The revisions read from the scripts without Alembic are exactly Alembic's."""
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {script.revision for script in scripts.walk_revisions()}


def test_database_at_head_starts_without_alembic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A database already at head is checked with one query: Alembic is not even loaded
    (it costs a tenth of a second and ~10 MB at every start)."""
    import subprocess
    import sys

    path = tmp_path / "m.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()
    script = (
        "import sys\n"
        "from db.engine import make_engine\n"
        "from db.migrate import upgrade_to_head, current_revision, head_revision\n"
        f"engine = make_engine({f'sqlite:///{path}'!r})\n"
        "upgrade_to_head(engine)\n"
        "assert current_revision(engine) == head_revision()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    root = __import__("pathlib").Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                            text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_older_database_is_still_upgraded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from db.migrate import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    assert current_revision(engine) == "0002"
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    _check_schema_matches_models(engine)
    engine.dispose()
