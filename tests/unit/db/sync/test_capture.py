"""Capture triggers: every change of a synced table is in the outbox, in the same
transaction, whoever writes it; applied rows are not."""

from __future__ import annotations

import json
import re
import uuid

import pytest
from sqlalchemy import Engine, text

from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.sync.capture import UNTRACKED
from desktop.sync.rows import synced_tables


@pytest.fixture
def engine(tmp_path) -> Engine:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'capture.sqlite3'}")
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


def _outbox(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(
            "SELECT op_id, table_name, row_id, version, kind, old FROM sync_outbox ORDER BY seq"))]


def _add_window(engine: Engine, number: int = 3) -> str:
    row_id = uuid.uuid4().hex
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO service_window (id, version, updated_at, origin_terminal, number,"
            " name, categories, active) VALUES (:id, 1, '2026-12-01 08:00:00.000000', 'T1',"
            " :n, '3号窗口', '', 1)"), {"id": row_id, "n": number})
    return row_id


def test_insert_update_delete_are_captured_with_versions_and_old_values(engine) -> None:  # type: ignore[no-untyped-def]
    row_id = _add_window(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE service_window SET name = '三号窗口', active = 0"
                                " WHERE id = :id"), {"id": row_id})
        # A writer that counts versions itself is left alone.
        connection.execute(text("UPDATE service_window SET categories = 'A', version = 7"
                                " WHERE id = :id"), {"id": row_id})
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version FROM service_window")).scalar() == 7
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM service_window WHERE id = :id"), {"id": row_id})
    rows = _outbox(engine)
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("service_window", row_id, 1, "I"), ("service_window", row_id, 2, "U"),
        ("service_window", row_id, 7, "U"), ("service_window", row_id, 8, "D")]
    assert json.loads(str(rows[1][5])) == {"name": "3号窗口", "active": 1}
    assert json.loads(str(rows[2][5])) == {"categories": ""}
    op_ids = [str(r[0]) for r in rows]
    assert len(set(op_ids)) == 4
    for op_id in op_ids:  # UUIDv7, as every other id
        assert re.fullmatch(r"[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}", op_id), op_id
        assert uuid.UUID(op_id).version == 7


def test_a_rolled_back_change_leaves_no_outbox_entry(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO service_window (id, version, updated_at, origin_terminal, number,"
            " name, categories, active) VALUES (:id, 1, '2026-12-01 08:00:00', 'T1', 4,"
            " '4号窗口', '', 1)"), {"id": uuid.uuid4().hex})
        raise RuntimeError("the transaction fails")
    assert _outbox(engine) == []


def test_rows_applied_under_the_guard_are_not_captured(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO sync_apply_guard (id) VALUES (1)"))
        connection.execute(text(
            "INSERT INTO service_window (id, version, updated_at, origin_terminal, number,"
            " name, categories, active) VALUES (:id, 5, '2026-12-01 08:00:00', 'T2', 5,"
            " '5号窗口', '', 1)"), {"id": uuid.uuid4().hex})
        connection.execute(text("UPDATE service_window SET name = '五号窗口'"))
        connection.execute(text("DELETE FROM sync_apply_guard"))
    assert _outbox(engine) == []
    with engine.connect() as connection:  # and the version is the centre's, not raised
        assert connection.execute(text("SELECT version FROM service_window")).scalar() == 5
    _add_window(engine, 6)  # the guard is gone after the transaction
    assert len(_outbox(engine)) == 1


def test_every_synced_table_has_triggers_naming_every_column(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        triggers = dict(connection.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            " AND name LIKE 'sync_capture_%'")).all())
    assert synced_tables(), "no synced tables found"
    for name, table in synced_tables().items():
        for kind in ("insert", "update", "delete"):
            assert f"sync_capture_{kind}_{name}" in triggers, (name, kind)
        update_sql = triggers[f"sync_capture_update_{name}"]
        for column in table.c:
            if column.name not in UNTRACKED:
                # A column added later without re-installing the triggers would be
                # missed by the merge: migrations call db.sync.capture.install_capture.
                assert f'OLD."{column.name}" IS NOT NEW."{column.name}"' in update_sql, (
                    name, column.name)


def test_a_ticket_from_the_hot_path_is_captured(services) -> None:  # type: ignore[no-untyped-def]
    from helpers import make_id_number

    from desktop.domain import TicketCategory
    from desktop.queue.tickets import TicketRequest

    ticket = services.tickets.issue_ticket(TicketRequest(
        name="访客甲", id_number=make_id_number(seq=5), category=TicketCategory.REGULAR))
    rows = _outbox(services.engine)
    assert {(r[1], r[2], r[4]) for r in rows} >= {
        ("visit", ticket.visit_id.hex, "I"), ("visitor", ticket.visitor_id.hex, "I")}
