"""Tests for desktop.queue.states: the one table of queue transitions and the one write
path of the status history."""

from __future__ import annotations

import pytest
from queue_helpers import clerk, history, issue, register

from db.models import Visit
from desktop.domain import QueueStatus
from desktop.queue.states import ALLOWED, RESULT, TRANSITIONS, change_status


def test_every_action_leads_along_the_table() -> None:
    assert ALLOWED.keys() == RESULT.keys()
    for action, froms in ALLOWED.items():
        for before in froms:
            assert before is RESULT[action] or (before, RESULT[action]) in TRANSITIONS
    assert (None, QueueStatus.WAITING) in TRANSITIONS  # issue
    assert (QueueStatus.PARKED, QueueStatus.UNFINISHED) in TRANSITIONS  # the day close
    assert (QueueStatus.DONE, QueueStatus.WAITING) not in TRANSITIONS


def test_a_change_outside_the_table_is_refused_and_writes_nothing(  # type: ignore[no-untyped-def]
    services,
) -> None:
    ticket = issue(services)
    with services.sessions.begin() as session:
        visit = session.get(Visit, ticket.visit_id)
        with pytest.raises(ValueError, match="no queue transition"):
            change_status(session, visit, QueueStatus.DONE, ticket.issued_at,
                          services.workstation, "1号窗口")
    assert history(services, ticket.visit_id) == [
        (None, "waiting", "测试前台", None)]


def test_registration_finish_writes_history_like_the_clerk(  # type: ignore[no-untyped-def]
    services, clock
) -> None:
    """保存并办结 from 已叫号: both steps go through the one write path."""
    ticket = issue(services)
    clerk(services, clock).call_ticket(ticket.visit_id, "1号窗口")
    register(services, ticket.visit_id, finish=True)
    assert [row[:2] for row in history(services, ticket.visit_id)] == [
        (None, "waiting"), ("waiting", "called"), ("called", "serving"), ("serving", "done")]
    assert all(row[3] == "1号窗口" for row in history(services, ticket.visit_id)[1:])
