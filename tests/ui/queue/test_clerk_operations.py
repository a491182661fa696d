"""叫号 page through ui/operations.py: an unexpected failure of an action goes to the
error reporter, the message line says to retry, and the keys work again; one action at
a time (a second F2 while the first runs does nothing)."""

from __future__ import annotations

import threading

from helpers import make_id_number

from desktop.domain import QueueStatus, TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.queue.clerk_panel import ClerkPanel

WAIT_MS = 5_000


def panel_at(qtbot, services, tasks) -> ClerkPanel:  # type: ignore[no-untyped-def]
    panel = ClerkPanel(services, tasks, "1号窗口")
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitUntil(lambda: panel.state is not None, timeout=WAIT_MS)
    return panel


def test_an_unexpected_failure_is_reported_and_the_keys_come_back(  # type: ignore[no-untyped-def]
    qtbot, services, tasks, idle, monkeypatch, task_errors
) -> None:
    services.tickets.issue_ticket(TicketRequest(
        name="张三", id_number=make_id_number(seq=7), category=TicketCategory.REGULAR))
    panel = panel_at(qtbot, services, tasks)
    failure = OSError("disk I/O error")

    def broken(_window: str) -> None:
        raise failure

    monkeypatch.setattr(services.calling, "call_next", broken)
    panel.call_next()
    idle()
    assert task_errors == [failure]
    task_errors.clear()
    assert "请重试" in panel.message_label.text()
    assert panel.call_next_button.isEnabled()
    assert services.tickets.list_queue()[0].status is QueueStatus.WAITING


def test_one_action_at_a_time(qtbot, services, tasks, idle, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for seq in (8, 9):
        services.tickets.issue_ticket(TicketRequest(
            name=f"访客{seq}", id_number=make_id_number(seq=seq),
            category=TicketCategory.REGULAR))
    panel = panel_at(qtbot, services, tasks)
    gate = threading.Event()
    real = services.calling.call_next
    calls: list[str] = []

    def slow(window: str):  # type: ignore[no-untyped-def]
        calls.append(window)
        gate.wait(WAIT_MS / 1000)
        return real(window)

    monkeypatch.setattr(services.calling, "call_next", slow)
    panel.call_next()
    assert not panel.call_next_button.isEnabled()  # busy while the call runs
    panel.call_next()  # F2 again: nothing
    gate.set()
    qtbot.waitUntil(lambda: panel.current is not None, timeout=WAIT_MS)
    idle()
    assert calls == ["1号窗口"]
    assert panel.recall_button.isEnabled()
