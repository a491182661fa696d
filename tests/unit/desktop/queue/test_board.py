"""Tests for desktop.queue.board: what the hall display shows."""

from __future__ import annotations

import pytest
from queue_helpers import clerk, issue, register

from desktop.domain import TicketCategory
from desktop.queue.calling import CallingService
from desktop.queue.voice import CallKind


@pytest.fixture
def calling(services, clock) -> CallingService:  # type: ignore[no-untyped-def]
    return clerk(services, clock)


def test_board_snapshot(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    empty = services.board.board_snapshot()
    assert empty.latest is None and empty.waiting_total == 0
    assert empty.centre_name
    assert all(load.estimate is None for load in empty.categories)
    tickets = [issue(services) for _ in range(4)] + [issue(services, TicketCategory.PRIORITY)]
    first = calling.call_next("1号窗口")
    other = clerk(services, clock, "接谈员乙")
    second = other.call_next("2号窗口")
    other.recall(second.visit_id, "2号窗口")
    snap = services.board.board_snapshot()
    assert snap.latest is not None
    assert (snap.latest.ticket_number, snap.latest.window_name, snap.latest.kind) == (
        second.ticket_number, "2号窗口", CallKind.RECALL)
    assert [c.ticket_number for c in snap.recent] == [second.ticket_number, first.ticket_number]
    assert [c.kind for c in snap.call_events] == [CallKind.CALL, CallKind.CALL, CallKind.RECALL]
    # Window 1 took the priority ticket, window 2 the first regular one.
    assert first.ticket_number == tickets[4].ticket_number
    assert second.ticket_number == tickets[0].ticket_number
    assert snap.next_waiting == tuple(t.ticket_number for t in tickets[1:4])
    assert snap.waiting_total == 3
    counts = {load.category: load.waiting for load in snap.categories}
    assert counts[TicketCategory.REGULAR] == 3 and counts[TicketCategory.PRIORITY] == 0
    assert snap.windows_open == 2 and snap.voice_enabled
    services.calling_settings.update_settings(voice_enabled=False)
    assert not services.board.board_snapshot().voice_enabled

def test_board_shows_a_number_as_called_only_while_it_is_called(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    priority = issue(services, TicketCategory.PRIORITY)
    called = calling.call_next("1号窗口")
    assert called is not None and called.visit_id == priority.visit_id
    assert services.board.board_snapshot().latest.ticket_number == priority.ticket_number
    calling.start_serving(priority.visit_id, "1号窗口")
    assert services.board.board_snapshot().latest is None  # at the window: no longer being called
    register(services, priority.visit_id)
    calling.finish(priority.visit_id, "1号窗口")
    snap = services.board.board_snapshot()
    assert snap.latest is None
    # Still listed once among the recent calls, where it was served.
    assert [(c.ticket_number, c.window_name) for c in snap.recent] == [
        (priority.ticket_number, "1号窗口")]

    # A no-show and a parked visit are not 正在呼叫 either.
    for action in ("mark_no_show", "park"):
        ticket = issue(services)
        calling.call_next("1号窗口")
        getattr(calling, action)(ticket.visit_id, "1号窗口")
        assert services.board.board_snapshot().latest is None, action

def test_board_shows_a_transferred_visit_at_its_new_window(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    first = issue(services)
    other = issue(services)
    calling.call_next("1号窗口")
    calling.transfer(first.visit_id, "1号窗口", to_window="2号窗口")
    snap = services.board.board_snapshot()
    assert snap.latest is None
    # Waiting for window 2: never shown at its old window 1.
    assert (first.ticket_number, "1号窗口") not in [
        (c.ticket_number, c.window_name) for c in snap.recent]
    assert first.ticket_number in snap.next_waiting
    two = clerk(services, clock, "接谈员乙")
    assert two.call_next("2号窗口").visit_id == first.visit_id
    assert calling.call_next("1号窗口").visit_id == other.visit_id
    snap = services.board.board_snapshot()
    assert [(c.ticket_number, c.window_name) for c in snap.recent] == [
        (other.ticket_number, "1号窗口"), (first.ticket_number, "2号窗口")]
    assert snap.latest is not None and snap.latest.ticket_number == other.ticket_number

def test_estimates_appear_once_visits_are_finished(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        ticket = issue(services)
        calling.call_next("1号窗口")
        calling.start_serving(ticket.visit_id, "1号窗口")
        register(services, ticket.visit_id)
        clock.advance(minutes=10)
        calling.finish(ticket.visit_id, "1号窗口")
    waiting = [issue(services) for _ in range(4)]
    snap = services.board.board_snapshot()
    regular = next(load for load in snap.categories if load.category is TicketCategory.REGULAR)
    assert regular.estimate is not None
    # 4 ahead × 10 min / 1 window = 40 min, shown as a range around it.
    assert regular.estimate.low_minutes <= 40 <= regular.estimate.high_minutes
    last = services.estimates.estimate_for_visit(waiting[-1].visit_id)
    assert last is not None and last.people_ahead == 3
    assert services.estimates.estimate_for_visit(waiting[0].visit_id).people_ahead == 0
    new_priority = services.estimates.estimate_for_category(TicketCategory.PRIORITY)
    assert new_priority is not None and new_priority.people_ahead == 0
