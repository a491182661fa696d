"""The clerk's page at the counter: choosing and changing the window, F2 without a
window, 未到 on a priority visitor, no start-up housekeeping in the constructor."""

from __future__ import annotations

from helpers import make_id_number
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain import QueueStatus, TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.queue.clerk_panel import ClerkPanel

WAIT_MS = 5_000


def issue(services, seq: int, category=TicketCategory.REGULAR):  # type: ignore[no-untyped-def]
    return services.tickets.issue_ticket(TicketRequest(
        name=f"访客{seq}", id_number=make_id_number(seq=seq), category=category))


def panel_at(qtbot, services, tasks, window: str) -> ClerkPanel:  # type: ignore[no-untyped-def]
    panel = ClerkPanel(services, tasks, window)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel


def test_f2_without_a_window_says_so_and_goes_to_the_picker(  # type: ignore[no-untyped-def]
    qtbot, services, tasks, idle
) -> None:
    issue(services, 1)
    panel = panel_at(qtbot, services, tasks, "")
    idle()
    assert panel.call_next_button.isEnabled()  # it answers, rather than doing nothing
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=WAIT_MS)
    qtbot.keyClick(QApplication.focusWidget() or panel, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: "请先选择窗口" in panel.message_label.text(), timeout=WAIT_MS)
    assert QApplication.focusWidget() is panel.window_combo
    idle()
    assert services.tickets.list_queue()[0].status is QueueStatus.WAITING  # nobody called


def test_a_remembered_window_can_be_changed(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    panel = panel_at(qtbot, services, tasks, "2号窗口")
    qtbot.waitUntil(lambda: panel.state is not None and panel.window_combo.count() > 2,
                    timeout=WAIT_MS)
    assert panel.window_combo.currentData() == "2号窗口"
    assert panel.window_combo.isEnabled() and panel.window_combo.isVisible()
    with qtbot.waitSignal(panel.window_changed, timeout=WAIT_MS) as chosen:
        panel.select_window("3号窗口")
    assert chosen.args == ["3号窗口"]
    assert panel.window_name == "3号窗口"
    qtbot.waitUntil(lambda: panel.state is not None
                    and panel.state.window_name == "3号窗口", timeout=WAIT_MS)
    idle()


def test_changing_window_with_a_visitor_called_is_refused(  # type: ignore[no-untyped-def]
    qtbot, services, tasks, idle
) -> None:
    ticket = issue(services, 2)
    panel = panel_at(qtbot, services, tasks, "1号窗口")
    qtbot.waitUntil(lambda: panel.state is not None, timeout=WAIT_MS)
    panel.call_next()
    qtbot.waitUntil(lambda: panel.current is not None, timeout=WAIT_MS)
    idle()
    panel.select_window("3号窗口")
    assert panel.window_name == "1号窗口"
    assert panel.window_combo.currentData() == "1号窗口"
    assert ticket.ticket_number in panel.message_label.text()
    assert "再更换窗口" in panel.message_label.text()
    idle()


def called(qtbot, services, tasks, idle, category):  # type: ignore[no-untyped-def]
    ticket = issue(services, 3, category)
    panel = panel_at(qtbot, services, tasks, "1号窗口")
    qtbot.waitUntil(lambda: panel.state is not None, timeout=WAIT_MS)
    panel.call_next()
    qtbot.waitUntil(lambda: panel.current is not None
                    and panel.no_show_button.isEnabled(), timeout=WAIT_MS)
    idle()
    return ticket, panel


def status_of(services, ticket):  # type: ignore[no-untyped-def]
    [entry] = [e for e in services.tickets.list_queue() if e.visit_id == ticket.visit_id]
    return entry.status


def test_no_show_on_a_priority_visitor_asks_first(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    ticket, panel = called(qtbot, services, tasks, idle, TicketCategory.PRIORITY)
    panel.mark_no_show()
    box = panel.no_show_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert ticket.ticket_number in box.text()
    idle()
    assert status_of(services, ticket) is QueueStatus.CALLED  # nothing until answered
    [cancel] = [b for b in box.buttons() if b.text() == "取消"]
    cancel.click()
    idle()
    assert status_of(services, ticket) is QueueStatus.CALLED

    panel.mark_no_show()
    box = panel.no_show_box
    [confirm] = [b for b in box.buttons() if b.text() == "确认未到"]
    confirm.click()
    qtbot.waitUntil(lambda: status_of(services, ticket) is QueueStatus.NO_SHOW,
                    timeout=WAIT_MS)
    idle()


def test_no_show_on_a_regular_visitor_does_not_ask(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    ticket, panel = called(qtbot, services, tasks, idle, TicketCategory.REGULAR)
    panel.mark_no_show()
    assert panel.no_show_box is None
    qtbot.waitUntil(lambda: status_of(services, ticket) is QueueStatus.NO_SHOW,
                    timeout=WAIT_MS)
    idle()


def test_building_the_page_changes_nothing(qtbot, services, tasks, idle, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Closing past days is the main window's job, not the clerk page's constructor."""
    calls: list[str] = []
    day_close = getattr(services, "day_close", services.calling)
    monkeypatch.setattr(type(day_close), "close_past_days",
                        lambda self, *args, **kwargs: calls.append("closed") or 0)
    panel_at(qtbot, services, tasks, "1号窗口")
    idle()
    assert calls == []
