"""Tests for desktop.queue.day_close: midnight, the close of past days, a clock stepped
back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from queue_helpers import clerk, history, issue, register
from sqlalchemy import select

from db.models import Setting, Visit, VisitStatusChange
from desktop.domain import QueueStatus
from desktop.queue.calling import CallingError, CallingService
from desktop.queue.day_close import SETTING_LAST_CLOSED_DAY, DayWatcher


@pytest.fixture
def calling(services, clock) -> CallingService:  # type: ignore[no-untyped-def]
    return clerk(services, clock)


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
    assert services.day_close.close_past_days() == 2
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
    assert services.day_close.close_past_days() == 0

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
    assert services.day_close.close_past_days() == 2
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
    assert services.day_close.close_past_days() == 0
    assert calling.ticket(late.visit_id).status is QueueStatus.WAITING
    # … the clerk can call it, and its case number carries the new day.
    assert calling.call_next("1号窗口").visit_id == late.visit_id
    assert services.board.board_snapshot().latest.ticket_number == late.ticket_number
    register(services, late.visit_id)
    case_number = calling.ticket(late.visit_id).case_number
    assert case_number is not None and f"{day + timedelta(days=1):%Y%m%d}" in case_number
