"""On the day: check-in by the slip's QR text or the ID number issues a booked ticket
with the slot, called before walk-ins in its slot through the one queue order; the
session view shows booked, arrived, being received, done and absent."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from booking_setup import LIU_ID, ZHANG_ID, booking_input, make_roster, published_session
from helpers import FakeClock, make_id_number

from db.models import Visit
from desktop.domain import QueueStatus, TicketCategory
from desktop.queue.tickets import TicketRequest
from desktop.reception.booking_domain import CheckInError, DayState

DAY = date(2026, 9, 10)  # Thursday


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 9, 1, 1, 0, tzinfo=UTC))


@pytest.fixture
def booked(services, clock):  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    item = published_session(services, roster.wang, DAY, start="09:00", end="10:00",
                             capacity=None, slot_minutes=30)
    zhang = services.reception_bookings.book(booking_input(item.session_id)).booking
    liu = services.reception_bookings.book(booking_input(
        item.session_id, name="刘芳", id_number=LIU_ID)).booking
    clock.now = datetime(2026, 9, 10, 0, 30, tzinfo=UTC)  # 08:30 on the day
    return item, zhang, liu


def test_a_scanned_slip_issues_a_booked_ticket_with_a_slot(services, booked) -> None:  # type: ignore[no-untyped-def]
    _item, zhang, _liu = booked
    done = services.reception_checkin.check_in(zhang.qr_text + "\r\n")
    assert done.ticket_number.startswith("C")
    assert done.booking.day_state is DayState.ARRIVED and done.booking.ticket_number
    with services.sessions() as session:
        visit = session.get(Visit, done.visit_id)
        assert visit is not None
        assert visit.category == TicketCategory.BOOKED.value
        assert visit.appointment_slot == datetime(2026, 9, 10, 1, 0, tzinfo=UTC)
    with pytest.raises(CheckInError, match="请勿重复取号"):
        services.reception_checkin.check_in(zhang.code.lower())


def test_an_id_card_checks_in_todays_booking_and_other_days_are_refused(
        services, booked, clock) -> None:  # type: ignore[no-untyped-def]
    _item, _zhang, liu = booked
    done = services.reception_checkin.check_in(LIU_ID)
    assert done.booking.booking_id == liu.booking_id
    with pytest.raises(CheckInError, match="没有领导接访预约"):
        services.reception_checkin.check_in(make_id_number(seq=777))
    clock.now = datetime(2026, 9, 11, 0, 30, tzinfo=UTC)
    with pytest.raises(CheckInError, match="2026-09-10"):
        services.reception_checkin.check_in(f"LFYY:{_zhang.code}")


def test_a_booked_ticket_is_called_before_walk_ins_in_its_slot(services, booked, clock) -> None:  # type: ignore[no-untyped-def]
    item, zhang, liu = booked
    walk_in = services.tickets.issue_ticket(TicketRequest(
        name="李四", id_number=make_id_number(seq=901), category=TicketCategory.REGULAR))
    clock.advance(minutes=5)
    services.reception_checkin.check_in(ZHANG_ID)  # slot 09:00
    services.reception_checkin.check_in(LIU_ID)  # slot 09:30
    clock.now = datetime(2026, 9, 10, 0, 55, tzinfo=UTC)  # 08:55: within 09:00's window
    first = services.calling.call_next("1号窗口")
    assert first is not None and first.visitor_name == "张海"
    second = services.calling.call_next("2号窗口")
    # 刘芳's slot (09:30) is not yet near: the walk-in who came first is next.
    assert second is not None and second.visit_id == walk_in.visit_id
    view = services.reception_checkin.day_view(item.session_id)
    states = {b.name: b.day_state for b in view.bookings}
    assert states == {"张海": DayState.IN_RECEPTION, "刘芳": DayState.ARRIVED}
    del zhang, liu


def test_the_session_view_counts_states_and_lists_walk_ins_apart(services, booked, clock) -> None:  # type: ignore[no-untyped-def]
    item, zhang, liu = booked
    services.reception_checkin.check_in(zhang.code)
    services.tickets.issue_ticket(TicketRequest(
        name="王五", id_number=make_id_number(seq=905), category=TicketCategory.BOOKED))
    view = services.reception_checkin.day_view(item.session_id)
    assert view.count(DayState.ARRIVED) == 1 and view.count(DayState.BOOKED) == 1
    assert [w.name for w in view.walk_ins] == ["王五"]
    assert view.walk_ins[0].queue_status is QueueStatus.WAITING
    services.reception_checkin.mark_absent(liu.booking_id)
    view = services.reception_checkin.day_view(item.session_id)
    assert view.count(DayState.ABSENT) == 1
