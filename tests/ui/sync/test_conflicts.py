"""同步冲突: the open conflicts from the central database, both versions side by side
(the fields that differ marked), 标记为已解决, and a clerk refused."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import insert

from db.sync.tables import sync_conflict
from ui.sync.conflicts import DIFFERS_BRUSH, ConflictsDialog

pytestmark = pytest.mark.pg


def _add_conflict(central_db, terminal: str = "FRONT-2") -> uuid.UUID:  # type: ignore[no-untyped-def]
    conflict_id = uuid.uuid4()
    with central_db.begin() as connection:
        connection.execute(insert(sync_conflict).values(
            id=conflict_id, table_name="visit", row_id=uuid.uuid4(), kind="fields",
            fields="window_name", terminal=terminal, resolution="open",
            local_row=json.dumps({"window_name": "2号窗口", "queue_status": "called"}),
            central_row=json.dumps({"window_name": "3号窗口", "queue_status": "called"})))
    return conflict_id


def test_both_versions_side_by_side_and_resolved(  # type: ignore[no-untyped-def]
        qtbot, sync_service, tasks, idle, central_config, central_db) -> None:
    sync_service.save_setup(central_config, None)
    _add_conflict(central_db)
    dialog = ConflictsDialog(sync_service, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    idle()
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(1, 6)]  # type: ignore[union-attr]
    assert row == ["来访登记（号票）", "同一字段两边都改了", "window_name", "FRONT-2", "待处理"]
    assert dialog.versions.rowCount() == 2
    first = [dialog.versions.item(0, c).text() for c in range(3)]  # type: ignore[union-attr]
    assert first == ["window_name", "2号窗口", "3号窗口"]
    assert dialog.versions.item(0, 1).background() == DIFFERS_BRUSH  # type: ignore[union-attr]
    assert dialog.versions.item(1, 1).background() != DIFFERS_BRUSH  # type: ignore[union-attr]
    assert dialog.resolve_button.isEnabled()
    dialog.resize(1100, 640)
    dialog.grab().save("/tmp/h19_conflicts.png")
    dialog.resolve_button.click()
    idle()
    assert dialog.table.rowCount() == 0
    assert dialog.empty_label.text() == "没有待处理的冲突"
    with central_db.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT resolution FROM sync_conflict").scalar_one() == "resolved"
    dialog.show_resolved.setChecked(True)
    idle()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 5).text() == "已解决"  # type: ignore[union-attr]
    assert not dialog.resolve_button.isEnabled()


def test_a_clerk_is_refused(  # type: ignore[no-untyped-def]
        qtbot, services, sync_service, tasks, idle, central_config, central_db) -> None:
    from desktop.accounts.roles import Actor, Role

    sync_service.save_setup(central_config, None)
    _add_conflict(central_db)
    services.workstation.acting.set(Actor(uuid.uuid4(), "clerk1", "接谈员甲", Role.CLERK))
    dialog = ConflictsDialog(sync_service, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    idle()
    assert dialog.table.rowCount() == 0
    assert dialog.feedback.error_text() == "只有科长可以查看和处理同步冲突，请科长登录后操作"
