"""The status bar's word on the central database: 未配置, 离线 with the desk working (a
closed port), 在线 with the last sync and nothing pending, 需要密码 asked for at start,
and the background sync stopped within 2 s."""

from __future__ import annotations

import time

import pytest
from helpers import make_id_number

from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest
from desktop.sync.service import SyncService
from ui.hub import QUEUE
from ui.sync.status_widget import SyncStatusWidget


def _widget(qtbot, service: SyncService, tasks) -> SyncStatusWidget:  # type: ignore[no-untyped-def]
    widget = SyncStatusWidget(service, tasks)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _issue(services, seq: int) -> None:  # type: ignore[no-untyped-def]
    services.tickets.issue_ticket(TicketRequest(
        name="测试", id_number=make_id_number(seq=seq), category=TicketCategory.REGULAR))


def _stop_quickly(widget: SyncStatusWidget) -> None:
    started = time.monotonic()
    widget.stop()
    assert time.monotonic() - started < 2.0
    assert not widget.service.is_running()


def test_not_configured_says_so_and_starts_nothing(  # type: ignore[no-untyped-def]
        qtbot, sync_service, tasks, idle) -> None:
    widget = _widget(qtbot, sync_service, tasks)
    widget.start()
    idle()
    assert widget.text() == "中心数据库：未配置"
    assert "本终端单机工作" in widget.toolTip()
    assert not sync_service.is_running()
    widget.click()
    assert widget.details is not None and widget.details.isVisible()
    assert widget.details.state_label.text() == "未配置（单机工作）"
    assert not widget.details.sync_button.isEnabled()
    widget.details.reject()
    _stop_quickly(widget)


@pytest.mark.pg
def test_a_closed_port_says_offline_and_the_desk_works(  # type: ignore[no-untyped-def]
        qtbot, services, tasks, idle, make_sync, closed_port_url) -> None:
    service = make_sync({"LAIFANG_CENTRAL_URL": closed_port_url})
    widget = _widget(qtbot, service, tasks)
    try:
        widget.start()
        qtbot.waitUntil(lambda: widget.text().startswith("中心：离线"), timeout=10_000)
        _issue(services, 1)  # the counter keeps working
        tasks.hub.announce(QUEUE)  # wakes the sync, which is still offline
        qtbot.waitUntil(lambda: widget.text() == "中心：离线 · 待上传 3 条", timeout=10_000)
        assert widget.toolTip().startswith("无法连接中心数据库，本机离线工作，恢复后自动同步")
        widget.click()
        assert widget.details is not None
        assert widget.details.state_label.text() == "离线（本机照常工作，恢复后自动同步）"
        assert widget.details.pending_label.text() == "3"
        assert widget.details.last_label.text() == "—"
        widget.details.reject()
    finally:
        _stop_quickly(widget)
    assert services.tickets is not None


@pytest.mark.pg
def test_online_shows_the_last_sync_and_pushes_a_new_ticket(  # type: ignore[no-untyped-def]
        qtbot, services, sync_service, tasks, idle, central_config, central_db) -> None:
    sync_service.save_setup(central_config, None)
    widget = _widget(qtbot, sync_service, tasks)
    try:
        widget.start()
        qtbot.waitUntil(lambda: widget.text().startswith("中心：在线 · 同步于 "),
                        timeout=15_000)
        _issue(services, 2)
        tasks.hub.announce(QUEUE)  # what the 取号 page does: the push starts at once
        with central_db.connect() as connection:
            qtbot.waitUntil(lambda: connection.exec_driver_sql(
                "SELECT count(*) FROM visit").scalar_one() == 1, timeout=5_000)
        qtbot.waitUntil(lambda: widget.status is not None and widget.status.pending == 0,
                        timeout=5_000)
        assert "待上传" not in widget.text() and "冲突" not in widget.text()
        widget.click()
        assert widget.details is not None
        assert widget.details.state_label.text() == "在线"
        assert widget.details.conflicts_label.text() == "0"
        assert widget.details.terminal_label.text() == "FRONT-1"
        widget.details.resize(520, 260)
        widget.details.grab().save("/tmp/h19_sync_details.png")
        widget.details.reject()
    finally:
        _stop_quickly(widget)


def test_without_a_keyring_the_password_is_asked_for(  # type: ignore[no-untyped-def]
        qtbot, services, sync_service, tasks, idle, make_sync) -> None:
    from desktop.sync.central_config import CentralConfig

    sync_service.save_setup(CentralConfig("127.0.0.1", 1, "laifang", "terminal"), "pw")
    fresh = make_sync()  # the next start of the program
    widget = _widget(qtbot, fresh, tasks)
    assert widget.text() == "中心数据库：需要密码"
    asked: list[str] = []

    def ask(*args: object) -> tuple[str, bool]:
        asked.append(str(args[1]))
        return "secret", True

    try:
        widget.ask_password(ask)
        idle()
        assert asked == ["中心数据库密码"]
        assert fresh.setup().has_password and fresh.is_running()
        qtbot.waitUntil(lambda: widget.text().startswith("中心："), timeout=10_000)
    finally:
        _stop_quickly(widget)
