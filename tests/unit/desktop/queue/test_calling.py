"""Tests for desktop.queue.calling: the clerk's actions and their status rules."""

from __future__ import annotations

import threading

import pytest
from queue_helpers import clerk, history, issue, register
from sqlalchemy import select

from db.models import CallEvent
from desktop.domain import QueueStatus, TicketCategory
from desktop.queue.calling import (
    ALLOWED,
    CalledTicket,
    CallingError,
    CallingService,
)


@pytest.fixture
def calling(services, clock) -> CallingService:  # type: ignore[no-untyped-def]
    return clerk(services, clock)


def test_call_next_records_who_where_when(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    called = calling.call_next("3号窗口")
    assert isinstance(called, CalledTicket)
    assert called.visit_id == ticket.visit_id
    assert called.status is QueueStatus.CALLED
    assert called.window_name == "3号窗口"
    assert called.called_at is not None and called.called_at <= clock.now
    assert history(services, ticket.visit_id)[-1] == ("waiting", "called", "接谈员甲", "3号窗口")
    with services.sessions() as session:
        event = session.scalars(select(CallEvent)).one()
        assert (event.ticket_number, event.window_name, event.kind, event.actor) == (
            ticket.ticket_number, "3号窗口", "call", "接谈员甲")

def test_empty_queue_and_busy_window(services, calling) -> None:  # type: ignore[no-untyped-def]
    assert calling.call_next("1号窗口") is None
    first = issue(services)
    issue(services)
    calling.call_next("1号窗口")
    with pytest.raises(CallingError, match=first.ticket_number):
        calling.call_next("1号窗口")  # the current visitor must be dealt with first
    with pytest.raises(CallingError, match="选择"):
        calling.call_next("  ")

def test_full_day_at_a_window(services, calling) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    called = calling.call_next("3号窗口")
    assert called is not None
    assert calling.recall(called.visit_id, "3号窗口").recall_count == 1
    serving = calling.start_serving(called.visit_id, "3号窗口")
    assert serving.status is QueueStatus.SERVING and serving.serving_started_at is not None
    with pytest.raises(CallingError, match="登记"):
        calling.finish(called.visit_id, "3号窗口")  # not registered yet: nothing changes
    assert calling.ticket(called.visit_id).status is QueueStatus.SERVING
    register(services, ticket.visit_id)
    done = calling.finish(called.visit_id, "3号窗口")
    assert done.status is QueueStatus.DONE and done.registered
    assert [h[:2] for h in history(services, ticket.visit_id)] == [
        (None, "waiting"), ("waiting", "called"), ("called", "serving"), ("serving", "done")]
    timing = services.timings.visit_timings()[0]
    assert timing.clerk == "接谈员甲" and timing.window_name == "3号窗口"
    assert timing.waiting_seconds is not None and timing.waiting_seconds > 0
    assert timing.service_seconds is not None and timing.service_seconds > 0

def test_recall_limit_then_no_show_and_reactivate(services, calling) -> None:  # type: ignore[no-untyped-def]
    services.calling_settings.update_settings(recall_limit=2)
    ticket = issue(services)
    calling.call_next("1号窗口")
    calling.recall(ticket.visit_id, "1号窗口")
    second = calling.recall(ticket.visit_id, "1号窗口")
    assert second.recall_count == 2 and not second.can_recall
    with pytest.raises(CallingError, match="上限 2 次"):
        calling.recall(ticket.visit_id, "1号窗口")
    with services.sessions() as session:
        kinds = session.scalars(select(CallEvent.kind).order_by(CallEvent.at)).all()
    assert kinds == ["call", "recall", "recall"]
    no_show = calling.mark_no_show(ticket.visit_id, "1号窗口")
    assert no_show.status is QueueStatus.NO_SHOW
    state = calling.window_state("1号窗口")
    assert state.current is None and [t.ticket_number for t in state.no_shows] == [
        ticket.ticket_number]
    back = calling.reactivate(ticket.visit_id, "1号窗口")
    assert back.status is QueueStatus.WAITING and back.window_name is None
    again = calling.call_next("1号窗口")
    assert again is not None and again.visit_id == ticket.visit_id and again.recall_count == 0

def test_no_show_at_once(services, calling) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    calling.call_next("1号窗口")
    assert calling.mark_no_show(ticket.visit_id, "1号窗口").status is QueueStatus.NO_SHOW

@pytest.mark.parametrize("action", ["recall", "no_show", "start", "finish", "park", "resume"])
def test_impossible_actions_change_nothing(services, calling, action) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)  # waiting: nobody called it
    method = {
        "recall": calling.recall, "no_show": calling.mark_no_show,
        "start": calling.start_serving, "finish": calling.finish,
        "park": calling.park, "resume": calling.resume,
    }[action]
    before = history(services, ticket.visit_id)
    with pytest.raises(CallingError, match=ticket.ticket_number) as caught:
        method(ticket.visit_id, "1号窗口")
    assert "等候" in caught.value.message
    assert history(services, ticket.visit_id) == before
    assert calling.ticket(ticket.visit_id).status is QueueStatus.WAITING
    assert QueueStatus.WAITING not in ALLOWED[action]

def test_other_window_cannot_touch_my_visitor(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    calling.call_next("1号窗口")
    other = clerk(services, clock, "接谈员乙")
    with pytest.raises(CallingError, match="1号窗口"):
        other.start_serving(ticket.visit_id, "2号窗口")

def test_transfer_to_window_is_called_there_first(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    first = issue(services)
    issue(services)
    issue(services)
    calling.call_next("1号窗口")
    calling.start_serving(first.visit_id, "1号窗口")
    moved = calling.transfer(first.visit_id, "1号窗口", to_window="5号窗口", note="需法律咨询")
    assert moved.status is QueueStatus.WAITING and moved.target_window == "5号窗口"
    assert "5号窗口" in (moved.note or "")
    # Window 1 does not get it back; window 5 gets it before everyone else.
    assert calling.call_next("1号窗口").visit_id != first.visit_id
    five = clerk(services, clock, "接谈员乙")
    at_five = five.call_next("5号窗口")
    assert at_five is not None and at_five.visit_id == first.visit_id
    assert at_five.target_window is None
    with pytest.raises(CallingError):
        five.transfer(first.visit_id, "5号窗口", to_window="5号窗口")
    with pytest.raises(CallingError):
        five.transfer(first.visit_id, "5号窗口")

def test_transfer_to_category(services, calling) -> None:  # type: ignore[no-untyped-def]
    first = issue(services)
    later = issue(services)
    calling.call_next("1号窗口")
    moved = calling.transfer(first.visit_id, "1号窗口", to_category=TicketCategory.PRIORITY)
    assert moved.category is TicketCategory.PRIORITY and moved.status is QueueStatus.WAITING
    assert moved.ticket_number == first.ticket_number  # the visitor keeps the number
    assert calling.call_next("1号窗口").visit_id == first.visit_id
    del later

def test_transfer_to_unknown_window_refused_when_windows_configured(services, calling) -> None:  # type: ignore[no-untyped-def]
    services.windows.save_window(1)
    services.windows.save_window(2, "2号窗口")
    ticket = issue(services)
    calling.call_next("1号窗口")
    with pytest.raises(CallingError, match="9号窗口"):
        calling.transfer(ticket.visit_id, "1号窗口", to_window="9号窗口")
    assert calling.ticket(ticket.visit_id).status is QueueStatus.CALLED

def test_park_and_resume(services, calling) -> None:  # type: ignore[no-untyped-def]
    first = issue(services)
    second = issue(services)
    calling.call_next("1号窗口")
    calling.start_serving(first.visit_id, "1号窗口")
    parked = calling.park(first.visit_id, "1号窗口", note="回家取材料")
    assert parked.status is QueueStatus.PARKED and parked.note == "回家取材料"
    nxt = calling.call_next("1号窗口")  # the window is free for the next visitor
    assert nxt.visit_id == second.visit_id
    with pytest.raises(CallingError, match=second.ticket_number):
        calling.resume(first.visit_id, "1号窗口")
    calling.mark_no_show(second.visit_id, "1号窗口")
    state = calling.window_state("1号窗口")
    assert [t.ticket_number for t in state.parked] == [first.ticket_number]
    resumed = calling.resume(first.visit_id, "1号窗口")
    assert resumed.status is QueueStatus.CALLED
    assert resumed.serving_started_at == parked.serving_started_at  # service time kept whole
    board = services.board.board_snapshot()
    assert board.latest is not None and board.latest.ticket_number == first.ticket_number

def test_two_clerks_calling_at_once_never_share_a_visitor(services, clock) -> None:  # type: ignore[no-untyped-def]
    tickets = [issue(services) for _ in range(30)]
    clerks = [clerk(services, clock, f"接谈员{i}") for i in range(3)]
    got: dict[int, list[str]] = {i: [] for i in range(3)}
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []

    def work(index: int) -> None:
        service = clerks[index]
        window = f"{index + 1}号窗口"
        barrier.wait()
        try:
            while (called := service.call_next(window)) is not None:
                got[index].append(called.ticket_number)
                service.mark_no_show(called.visit_id, window)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    called = [number for numbers in got.values() for number in numbers]
    assert sorted(called) == sorted(t.ticket_number for t in tickets)
    assert len(set(called)) == len(called)
