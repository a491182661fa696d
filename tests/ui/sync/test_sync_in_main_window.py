"""The main window with the central database: the status bar says 未配置 on a terminal
that never had one, 离线 when it points at a closed port — and the counter works the
same either way (a ticket is issued from the 取号 page's service)."""

from __future__ import annotations

import time

import pytest
from helpers import make_id_number

from desktop.config import TerminalConfig
from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.app import ErrorReporter
from ui.main_window import MainWindow


def _window(qtbot, services, tasks, idle) -> MainWindow:  # type: ignore[no-untyped-def]
    holder: list[MainWindow] = []
    reporter = ErrorReporter(None, lambda: holder[0] if holder else None)
    win = MainWindow(services, tasks, reporter, TerminalConfig(auto_print_ticket=False))
    holder.append(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    idle()
    qtbot.waitUntil(lambda: win.sync.status is not None, timeout=5000)
    return win


def _stop(window: MainWindow) -> None:
    started = time.monotonic()
    window.sync.stop()
    assert time.monotonic() - started < 2.0


def test_never_configured_says_so(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, services, tasks, idle)
    try:
        assert window.sync.status.text() == "中心数据库：未配置"
        assert window.sync.status.isVisible()
        assert not services.sync.is_running()
        window.sync.open_central_settings()  # what 中心数据库设置… in the details does
        idle()
        dialog = window.settings_dialog
        assert dialog is not None and dialog.tabs.currentWidget() is window.sync.central_page
        assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "中心数据库"
        dialog.resize(1366, 740)
        dialog.grab().save("/tmp/h19_settings_central.png")
        dialog.reject()
    finally:
        _stop(window)


@pytest.mark.pg
def test_a_closed_port_says_offline_and_the_counter_works(  # type: ignore[no-untyped-def]
        qtbot, services, tasks, idle, monkeypatch, closed_port_url) -> None:
    monkeypatch.setenv("LAIFANG_CENTRAL_URL", closed_port_url)
    window = _window(qtbot, services, tasks, idle)
    try:
        qtbot.waitUntil(lambda: window.sync.status.text().startswith("中心：离线"),
                        timeout=10_000)
        ticket = services.tickets.issue_ticket(TicketRequest(
            name="测试", id_number=make_id_number(seq=7), category=TicketCategory.REGULAR))
        assert ticket.ticket_number
        window.grab().save("/tmp/h19_main_window_offline.png")
    finally:
        _stop(window)
