"""The visit table's partial indexes: a queue ticket (no case yet) writes no entry into
the case indexes, and every query on those columns still finds its index."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, insert, text
from sqlalchemy.exc import IntegrityError

from db.base import new_id
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.models import Visit, Visitor

PARTIAL = {
    "uq_visit_case_number": "case_number",
    "ix_visit_case_visit_id": "case_visit_id",
    "ix_visit_next_due": "next_due",
}


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        made = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    else:
        url, schema = request.getfixturevalue("pg_schema")
        made = make_engine(url, schema=schema)
    upgrade_to_head(made)
    yield made
    made.dispose()


def _index_sql(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'visit'"))
        else:
            rows = conn.execute(text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'visit' "
                "AND schemaname = current_schema()"))
        return {name: sql or "" for name, sql in rows}


def _visit(visitor_id: object, number: str, **values: object) -> dict[str, object]:
    return {"id": new_id(), "service_day": date(2026, 12, 1), "ticket_number": number,
            "category": "regular", "queue_status": "waiting",
            "issued_at": datetime(2026, 12, 1, 1, 0, tzinfo=UTC), "visitor_id": visitor_id,
            "origin_terminal": "T", **values}


def test_case_indexes_leave_out_tickets(engine) -> None:  # type: ignore[no-untyped-def]
    indexes = _index_sql(engine)
    for name, column in PARTIAL.items():
        sql = " ".join(indexes[name].lower().replace('"', "").split())
        assert f"where ({column} is not null)" in sql or f"where {column} is not null" in sql, sql
    assert "unique" in indexes["uq_visit_case_number"].lower()


def test_case_numbers_stay_unique(engine) -> None:  # type: ignore[no-untyped-def]
    visitor_id = new_id()
    with engine.begin() as conn:
        conn.execute(insert(Visitor).values(id=visitor_id, id_type="passport", id_number="E1",
                                            name="甲", origin_terminal="T"))
        # Tickets without a case number: as many as there are.
        for number, case_number in (("A1001", None), ("A1002", None), ("A1003", "XF1")):
            conn.execute(insert(Visit).values(**_visit(visitor_id, number,
                                                       case_number=case_number)))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert(Visit).values(**_visit(visitor_id, "A1004", case_number="XF1")))


def test_queries_on_the_case_columns_use_their_index(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'q.db'}")
    upgrade_to_head(engine)
    queries = {
        "uq_visit_case_number": "SELECT id FROM visit WHERE case_number = 'XF1'",
        "ix_visit_case_visit_id": "SELECT id FROM visit WHERE case_visit_id = 'abc'",
        "ix_visit_next_due": "SELECT id FROM visit WHERE next_due <= '2026-12-01'",
    }
    with engine.connect() as conn:
        for name, sql in queries.items():
            plan = " ".join(row[3] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
            assert name in plan, (sql, plan)
    engine.dispose()
