"""排队 when the database cannot be read: the message sits above the table (no box, not
handed to the error reporter), logged once per streak, gone with the next good load."""

from __future__ import annotations

import logging

import pytest
from helpers import make_id_number

from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.queue.queue_view import QueueView


@pytest.fixture
def view(qtbot, services, tasks):  # type: ignore[no-untyped-def]
    widget = QueueView(services, tasks)
    qtbot.addWidget(widget)
    return widget


def test_a_failing_refresh_is_said_above_the_table(  # type: ignore[no-untyped-def]
    view, services, idle, monkeypatch, caplog, expected_errors, task_errors
) -> None:
    services.tickets.issue_ticket(TicketRequest(
        name="张三", id_number=make_id_number(seq=5), category=TicketCategory.REGULAR))
    expected_errors.append("queue refresh failed")
    real = services.tickets.list_queue

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(services.tickets, "list_queue", broken)
    for _ in range(3):
        view.refresh()
        idle()
    assert "排队列表暂时无法更新" in view.error_label.text()
    assert task_errors == []  # not a box from the reporter: the timer retries
    logged = [r for r in caplog.records
              if r.levelno >= logging.ERROR and "queue refresh failed" in r.getMessage()]
    assert len(logged) == 1  # once per streak
    assert not view.is_loading()

    monkeypatch.setattr(services.tickets, "list_queue", real)
    view.refresh()
    idle()
    assert view.error_label.text() == ""
    assert view.model.rowCount() == 1
