"""Tests for desktop.queue.calling: calling order, the clerk's actions, the board snapshot,
the status rules and midnight."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from helpers import make_id_number
from sqlalchemy import select

from db.models import CallEvent, Setting, Visit, VisitStatusChange
from desktop.cases.registration import RegistrationInput
from desktop.domain import Purpose, QueueStatus, Route, TicketCategory
from desktop.queue.calling import (
    ALLOWED,
    CalledTicket,
    CallingError,
    CallingService,
)
from desktop.queue.day_close import SETTING_LAST_CLOSED_DAY, DayWatcher
from desktop.queue.tickets import TicketRequest
from desktop.queue.voice import CallKind
from desktop.terminal import Workstation

_seq = iter(range(1, 10_000))


def issue(services, category=TicketCategory.REGULAR, people=1):  # type: ignore[no-untyped-def]
    n = next(_seq)
    reps = ()
    if category is TicketCategory.GROUP:
        from desktop.queue.tickets import RepresentativeInput

        reps = (RepresentativeInput("代表甲"),)
        people = max(people, 5)
    return services.tickets.issue_ticket(TicketRequest(
        name=f"访客{n}", id_number=make_id_number(seq=n % 999 + 1, birth="19700101"),
        category=category, people_count=people, representatives=reps,
    ))


def clerk(services, clock, operator="接谈员甲") -> CallingService:  # type: ignore[no-untyped-def]
    ws = Workstation(services.workstation.terminal_code, services.workstation.slot, operator)
    return CallingService(services.sessions, ws, clock)


def register(services, visit_id) -> None:  # type: ignore[no-untyped-def]
    services.registration.register(visit_id, RegistrationInput(
        summary="反映小区噪音扰民", demands="要求整改", content_category_code="01",
        area_code="460105", purpose=Purpose.SEEK_RESOLUTION, route=Route.ANSWERED,
    ))


def history(services, visit_id) -> list[tuple[str | None, str, str, str | None]]:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        rows = session.scalars(
            select(VisitStatusChange)
            .where(VisitStatusChange.visit_id == visit_id, VisitStatusChange.kind == "queue")
            .order_by(VisitStatusChange.at)
        ).all()
        return [(r.from_status, r.to_status, r.actor, r.window_name) for r in rows]


@pytest.fixture
def calling(services, clock) -> CallingService:  # type: ignore[no-untyped-def]
    return clerk(services, clock)


def test_call_order_priority_then_booked_then_arrival(services, calling) -> None:  # type: ignore[no-untyped-def]
    a1 = issue(services)
    g1 = issue(services, TicketCategory.GROUP)
    b1 = issue(services, TicketCategory.BOOKED)
    a2 = issue(services)
    p1 = issue(services, TicketCategory.PRIORITY)
    order = []
    while (called := calling.call_next("1号窗口")) is not None:
        order.append(called.ticket_number)
        calling.mark_no_show(called.visit_id, "1号窗口")
    assert order == [p1.ticket_number, b1.ticket_number, a1.ticket_number,
                     g1.ticket_number, a2.ticket_number]


def test_booked_visitor_waits_for_the_slot(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    regular = issue(services)
    later = issue(services, TicketCategory.BOOKED)
    in_slot = issue(services, TicketCategory.BOOKED)
    with services.sessions.begin() as session:
        session.get(Visit, later.visit_id).appointment_slot = clock.now + timedelta(hours=2)
        session.get(Visit, in_slot.visit_id).appointment_slot = clock.now + timedelta(minutes=5)
    order = []
    while (called := calling.call_next("1号窗口")) is not None:
        order.append(called.ticket_number)
        calling.mark_no_show(called.visit_id, "1号窗口")
    # In (or just before) the slot: ahead of walk-ins; hours early: queued by arrival.
    assert order == [in_slot.ticket_number, regular.ticket_number, later.ticket_number]


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
    timing = calling.visit_timings()[0]
    assert timing.clerk == "接谈员甲" and timing.window_name == "3号窗口"
    assert timing.waiting_seconds is not None and timing.waiting_seconds > 0
    assert timing.service_seconds is not None and timing.service_seconds > 0


def test_recall_limit_then_no_show_and_reactivate(services, calling) -> None:  # type: ignore[no-untyped-def]
    calling.update_settings(recall_limit=2)
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
    calling.save_window(1)
    calling.save_window(2, "2号窗口")
    ticket = issue(services)
    calling.call_next("1号窗口")
    with pytest.raises(CallingError, match="9号窗口"):
        calling.transfer(ticket.visit_id, "1号窗口", to_window="9号窗口")
    assert calling.ticket(ticket.visit_id).status is QueueStatus.CALLED


def test_window_category_filter(services, calling) -> None:  # type: ignore[no-untyped-def]
    calling.save_window(7, "7号窗口", [TicketCategory.GROUP])
    regular = issue(services)
    group = issue(services, TicketCategory.GROUP)
    assert [w.name for w in calling.list_windows()] == ["7号窗口"]
    assert calling.call_next("7号窗口").visit_id == group.visit_id
    assert calling.call_next("1号窗口").visit_id == regular.visit_id


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
    board = calling.board_snapshot()
    assert board.latest is not None and board.latest.ticket_number == first.ticket_number


def test_board_snapshot(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    empty = calling.board_snapshot()
    assert empty.latest is None and empty.waiting_total == 0
    assert empty.centre_name
    assert all(load.estimate is None for load in empty.categories)
    tickets = [issue(services) for _ in range(4)] + [issue(services, TicketCategory.PRIORITY)]
    first = calling.call_next("1号窗口")
    other = clerk(services, clock, "接谈员乙")
    second = other.call_next("2号窗口")
    other.recall(second.visit_id, "2号窗口")
    snap = calling.board_snapshot()
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
    calling.update_settings(voice_enabled=False)
    assert not calling.board_snapshot().voice_enabled


def test_board_shows_a_number_as_called_only_while_it_is_called(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    priority = issue(services, TicketCategory.PRIORITY)
    called = calling.call_next("1号窗口")
    assert called is not None and called.visit_id == priority.visit_id
    assert calling.board_snapshot().latest.ticket_number == priority.ticket_number
    calling.start_serving(priority.visit_id, "1号窗口")
    assert calling.board_snapshot().latest is None  # at the window: no longer being called
    register(services, priority.visit_id)
    calling.finish(priority.visit_id, "1号窗口")
    snap = calling.board_snapshot()
    assert snap.latest is None
    # Still listed once among the recent calls, where it was served.
    assert [(c.ticket_number, c.window_name) for c in snap.recent] == [
        (priority.ticket_number, "1号窗口")]

    # A no-show and a parked visit are not 正在呼叫 either.
    for action in ("mark_no_show", "park"):
        ticket = issue(services)
        calling.call_next("1号窗口")
        getattr(calling, action)(ticket.visit_id, "1号窗口")
        assert calling.board_snapshot().latest is None, action


def test_board_shows_a_transferred_visit_at_its_new_window(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    first = issue(services)
    other = issue(services)
    calling.call_next("1号窗口")
    calling.transfer(first.visit_id, "1号窗口", to_window="2号窗口")
    snap = calling.board_snapshot()
    assert snap.latest is None
    # Waiting for window 2: never shown at its old window 1.
    assert (first.ticket_number, "1号窗口") not in [
        (c.ticket_number, c.window_name) for c in snap.recent]
    assert first.ticket_number in snap.next_waiting
    two = clerk(services, clock, "接谈员乙")
    assert two.call_next("2号窗口").visit_id == first.visit_id
    assert calling.call_next("1号窗口").visit_id == other.visit_id
    snap = two.board_snapshot()
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
    snap = calling.board_snapshot()
    regular = next(load for load in snap.categories if load.category is TicketCategory.REGULAR)
    assert regular.estimate is not None
    # 4 ahead × 10 min / 1 window = 40 min, shown as a range around it.
    assert regular.estimate.low_minutes <= 40 <= regular.estimate.high_minutes
    last = calling.estimate_for_visit(waiting[-1].visit_id)
    assert last is not None and last.people_ahead == 3
    assert calling.estimate_for_visit(waiting[0].visit_id).people_ahead == 0
    new_priority = calling.estimate_for_category(TicketCategory.PRIORITY)
    assert new_priority is not None and new_priority.people_ahead == 0


def test_midnight_closes_open_tickets_and_blocks_calls(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    waiting = issue(services)
    served = issue(services)
    calling.call_next("1号窗口")
    calling.start_serving(waiting.visit_id, "1号窗口")
    clock.advance(days=1)
    # Yesterday's tickets are never called today.
    assert calling.call_next("1号窗口") is None
    with pytest.raises(CallingError, match="过期"):
        calling.call_ticket(served.visit_id, "2号窗口")
    assert calling.close_past_days() == 2
    for visit_id in (waiting.visit_id, served.visit_id):
        ticket = calling.ticket(visit_id)
        assert ticket.status is QueueStatus.UNFINISHED and ticket.note
    assert history(services, served.visit_id)[-1][:2] == ("waiting", "unfinished")
    with services.sessions() as session:
        note = session.scalars(
            select(VisitStatusChange.note).where(
                VisitStatusChange.visit_id == waiting.visit_id,
                VisitStatusChange.to_status == "unfinished")
        ).one()
    assert "跨日" in note
    assert calling.close_past_days() == 0


def test_day_watcher_notices_midnight_once(clock) -> None:  # type: ignore[no-untyped-def]
    watcher = DayWatcher(clock)
    start = watcher.day
    assert watcher.due() is None
    clock.advance(hours=14, minutes=59)  # 23:59 local
    assert watcher.due() is None
    clock.advance(minutes=2)
    assert watcher.due() == start + timedelta(days=1)
    assert watcher.due() == start + timedelta(days=1)  # until the close-out succeeded
    watcher.closed(start + timedelta(days=1))
    assert watcher.due() is None
    clock.advance(minutes=-5)  # stepped back across midnight: nothing to do again
    assert watcher.due() is None and watcher.day == start + timedelta(days=1)


def test_clock_stepped_back_after_the_close_never_lands_on_the_closed_day(  # type: ignore[no-untyped-def]
    services, calling, clock
) -> None:
    yesterday = [issue(services), issue(services)]
    day = yesterday[0].service_day
    clock.now = datetime(2026, 11, 27, 16, 1, tzinfo=UTC)  # 00:01 local, the next day
    assert calling.close_past_days() == 2
    with services.sessions() as session:
        assert session.get(Setting, SETTING_LAST_CLOSED_DAY).value == day.isoformat()
    clock.now = datetime(2026, 11, 27, 15, 59, tzinfo=UTC)  # back to 23:59 of the closed day
    late = issue(services)
    assert late.service_day == day + timedelta(days=1)
    assert services.tickets.today() == day + timedelta(days=1)
    with services.sessions() as session:
        numbers = session.execute(select(Visit.service_day, Visit.ticket_number)).all()
    assert len(numbers) == len(set(numbers)) == 3
    # A second close under the stepped-back clock leaves the new ticket alone…
    assert calling.close_past_days() == 0
    assert calling.ticket(late.visit_id).status is QueueStatus.WAITING
    # … the clerk can call it, and its case number carries the new day.
    assert calling.call_next("1号窗口").visit_id == late.visit_id
    assert calling.board_snapshot().latest.ticket_number == late.ticket_number
    register(services, late.visit_id)
    case_number = calling.ticket(late.visit_id).case_number
    assert case_number is not None and f"{day + timedelta(days=1):%Y%m%d}" in case_number


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
