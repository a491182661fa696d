"""The demo's leader reception days: through the real services, every booking and
follow-up state, capacity held, sessions on working days, clearly marked as demo."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from db.models import ReceptionBooking, ReceptionInstruction, ReceptionSession, Visit
from desktop.cases.calendar_store import load_calendar
from desktop.demo import fill_demo_data
from desktop.demo_reception import DEMO_MARK, fill_reception_demo
from desktop.reception.booking_domain import (
    LIVE_STATUSES,
    BookingStatus,
    DayState,
    FollowUpState,
)
from desktop.reception.domain import SessionKind, SessionStatus

TODAY = date(2026, 11, 27)  # the FakeClock's day, a Friday


def test_the_demo_month_has_every_state_within_the_rules(services) -> None:  # type: ignore[no-untyped-def]
    fill_demo_data(services, visits=150, days=30)
    sessions = services.reception.list_sessions(TODAY - timedelta(days=60),
                                                TODAY + timedelta(days=30))
    days = {item.day for item in sessions}
    assert min(days) < TODAY - timedelta(days=13) and max(days) > TODAY + timedelta(days=10)
    assert {item.kind for item in sessions} >= {SessionKind.RECEPTION, SessionKind.DOWN}
    assert all(item.topics.startswith(DEMO_MARK) for item in sessions)
    assert all("演示" in item.leader_post for item in sessions)
    assert any(item.rule_id for item in sessions)
    assert [item.status for item in sessions].count(SessionStatus.CANCELLED) == 1
    assert all(item.status is not SessionStatus.DRAFT for item in sessions)
    with services.sessions() as session:
        calendar = load_calendar(session)
        assert all(calendar.is_working_day(item.day) or item.on_rest_day for item in sessions)
        statuses = set(session.scalars(select(ReceptionBooking.status)))
        assert statuses == {status.value for status in BookingStatus}
        for row in session.scalars(select(ReceptionSession)):
            live = session.scalar(select(func.count()).where(
                ReceptionBooking.session_id == row.id,
                ReceptionBooking.status.in_(LIVE_STATUSES)))
            assert live is not None and live <= row.capacity
            if row.day < TODAY and row.status == SessionStatus.PUBLISHED.value:
                assert live > 0
        overrides = list(session.scalars(select(ReceptionBooking.override_reason).where(
            ReceptionBooking.override_reason.is_not(None))))
        assert overrides and all(reason.startswith(DEMO_MARK) for reason in overrides)
        groups = session.scalar(select(func.count()).where(
            ReceptionBooking.people_count > 5, ReceptionBooking.representatives != "[]"))
        assert groups
        booked_tickets = session.execute(select(Visit.category, Visit.appointment_slot).join(
            ReceptionBooking, ReceptionBooking.visit_id == Visit.id)).all()
        assert booked_tickets and all(category == "booked" and slot is not None
                                      for category, slot in booked_tickets)
        decisions = list(session.scalars(select(ReceptionInstruction.decision)))
        assert decisions and all(text.startswith(DEMO_MARK) for text in decisions)
    follow = services.reception_instructions.follow_up(within_days=3, include_done=True)
    assert {item.follow_up for item in follow.items} == set(FollowUpState)
    assert all(item.unit_name for item in follow.items)
    today = [item for item in sessions if item.day == TODAY]
    assert today
    states = {b.day_state for b in services.reception_checkin.day_view(
        today[0].session_id).bookings}
    assert {DayState.IN_RECEPTION, DayState.ARRIVED} <= states
    told = services.reception_bookings.to_notify()
    assert told and all(item.phone for item in told)
    # A second demo run adds hall visits, not a second month of sessions.
    assert fill_reception_demo(services).sessions == 0
