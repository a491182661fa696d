"""Booking (预约): slots and capacity, the cut-off over the 国庆 holiday, every matter
refusal with its own reason and the section chief's override, groups, cancel and move,
and a booked session cancelled or moved only after each booking is decided. The clock
stands at 09:00 Tuesday 2026-09-01."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from booking_setup import LIU_ID, add_case, booking_input, make_roster, published_session
from helpers import FakeClock, make_id_number
from sqlalchemy import select

from db.models import ReceptionBooking
from desktop.queue.tickets import RepresentativeInput
from desktop.reception.booking_domain import (
    BookingClosed,
    BookingError,
    BookingRefused,
    BookingStatus,
    Refusal,
    SessionFull,
    parse_slip_text,
)
from desktop.reception.domain import SessionHasBookings


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 9, 1, 1, 0, tzinfo=UTC))


@pytest.fixture
def roster(services):  # type: ignore[no-untyped-def]
    return make_roster(services)


def test_slots_fill_in_order_and_capacity_is_never_exceeded(services, roster) -> None:  # type: ignore[no-untyped-def]
    item = published_session(services, roster.wang, date(2026, 9, 10), start="09:00",
                             end="10:00", capacity=None, slot_minutes=20)
    bookings = services.reception_bookings
    first = bookings.book(booking_input(item.session_id))
    assert first.booking.slot == time(9, 0) and first.booking.status is BookingStatus.BOOKED
    assert parse_slip_text(first.booking.qr_text) == first.booking.code
    assert first.booking.qr_text.startswith("LFYY:")
    third = bookings.book(booking_input(item.session_id, name="刘芳", id_number=LIU_ID,
                                        slot=time(9, 40)))
    assert third.booking.slot == time(9, 40)
    with pytest.raises(SessionFull) as taken:
        bookings.book(booking_input(item.session_id, name="王五",
                                    id_number=make_id_number(seq=501), slot=time(9, 40)))
    assert taken.value.field == "slot" and "09:40" in taken.value.message
    bookings.book(booking_input(item.session_id, name="王五", id_number=make_id_number(seq=501)))
    with pytest.raises(SessionFull) as full:
        bookings.book(booking_input(item.session_id, name="赵六",
                                    id_number=make_id_number(seq=503)))
    assert "已约满" in full.value.message
    [bookable] = services.reception_bookings.bookable(date(2026, 9, 10), date(2026, 9, 10))
    assert [s.time_text for s in bookable.slots] == ["09:00", "09:20", "09:40"]
    assert bookable.free == 0 and bookable.session.bookings == 3


def test_the_same_visitor_books_a_session_once(services, roster) -> None:  # type: ignore[no-untyped-def]
    item = published_session(services, roster.wang, date(2026, 9, 10))
    services.reception_bookings.book(booking_input(item.session_id))
    with pytest.raises(BookingError) as twice:
        services.reception_bookings.book(booking_input(item.session_id))
    assert twice.value.field == "id_number"


def test_booking_closes_at_17_00_on_the_last_working_day_before_the_holiday(
        services, roster, clock) -> None:  # type: ignore[no-untyped-def]
    # 2026-10-08 (Thursday) follows the 国庆 holiday 10-01 … 10-07: the cut-off is
    # 17:00 on Wednesday 09-30, not on 10-07.
    item = published_session(services, roster.wang, date(2026, 10, 8))
    assert item.booking_cutoff_at == datetime(2026, 9, 30, 9, 0, tzinfo=UTC)
    clock.now = datetime(2026, 9, 30, 8, 59, tzinfo=UTC)  # 16:59 Beijing time
    services.reception_bookings.book(booking_input(item.session_id))
    clock.now = datetime(2026, 9, 30, 9, 1, tzinfo=UTC)  # 17:01
    with pytest.raises(BookingClosed) as closed:
        services.reception_bookings.book(booking_input(item.session_id, name="刘芳",
                                                       id_number=LIU_ID))
    assert "2026-09-30 17:00" in closed.value.message


def test_a_draft_session_is_not_bookable(services, roster) -> None:  # type: ignore[no-untyped-def]
    from reception_setup import session_input

    draft = services.reception.create_session(session_input(roster.wang, date(2026, 9, 10)))
    with pytest.raises(BookingClosed, match="尚未发布"):
        services.reception_bookings.book(booking_input(draft.session_id))


@pytest.mark.parametrize(("status", "received", "refusal", "words"), [
    ("accepted", date(2026, 8, 3), Refusal.RECENT_IN_PROGRESS, "两个月内已受理或正在办理"),
    ("reviewing", date(2026, 7, 2), Refusal.RECENT_IN_PROGRESS, "2026-07-02"),
    ("closed", date(2025, 3, 1), Refusal.CLOSED, "已办结（终结）"),
    ("review", date(2025, 3, 1), Refusal.REVIEWED, "已经过复查或复核"),
    ("re_review", date(2025, 3, 1), Refusal.REVIEWED, "已经过复查或复核"),
])
def test_each_matter_rule_refuses_with_its_own_reason(
        services, roster, status, received, refusal, words) -> None:  # type: ignore[no-untyped-def]
    item = published_session(services, roster.wang, date(2026, 9, 10))
    add_case(services, LIU_ID, "刘芳", "XF202601010001", received, status)
    with pytest.raises(BookingRefused) as refused:
        services.reception_bookings.book(booking_input(
            item.session_id, name="刘芳", id_number=LIU_ID, case_number="XF202601010001"))
    assert refused.value.refusals == (refusal,)
    assert words in refused.value.message and refused.value.field == "override_reason"


def test_an_accepted_matter_older_than_two_months_may_be_booked(services, roster) -> None:  # type: ignore[no-untyped-def]
    item = published_session(services, roster.wang, date(2026, 9, 10))
    add_case(services, LIU_ID, "刘芳", "XF202601010002", date(2026, 6, 30), "accepted")
    detail = services.reception_bookings.book(booking_input(
        item.session_id, name="刘芳", id_number=LIU_ID, case_number="XF202601010002"))
    assert detail.booking.case_number == "XF202601010002"
    assert detail.booking.category_name == "城乡建设"


def test_a_matter_outside_the_portfolio_is_refused_and_the_same_category_is_checked(
        services, roster) -> None:  # type: ignore[no-untyped-def]
    item = published_session(services, roster.wang, date(2026, 9, 10))  # 城乡建设, 国土资源
    with pytest.raises(BookingRefused) as refused:
        services.reception_bookings.book(booking_input(item.session_id, category_code="09"))
    assert refused.value.refusals == (Refusal.OUTSIDE_PORTFOLIO,)
    assert "教育" in refused.value.message and "王建国" in refused.value.message
    assert "城乡建设、国土资源" in refused.value.message
    # Without a case number, the visitor's own cases of the same category are checked.
    add_case(services, LIU_ID, "刘芳", "XF202601010003", date(2026, 8, 20), "accepted",
             category="02")
    with pytest.raises(BookingRefused) as recent:
        services.reception_bookings.book(booking_input(
            item.session_id, name="刘芳", id_number=LIU_ID, category_code="02"))
    assert recent.value.refusals == (Refusal.RECENT_IN_PROGRESS,)
    assert services.reception_bookings.check_matter(booking_input(
        item.session_id, name="刘芳", id_number=LIU_ID, category_code="02"))[0].refusal \
        is Refusal.RECENT_IN_PROGRESS


def test_a_section_chief_overrides_a_refusal_with_a_recorded_reason(services, roster) -> None:  # type: ignore[no-untyped-def]
    item = published_session(services, roster.wang, date(2026, 9, 10))
    add_case(services, LIU_ID, "刘芳", "XF202601010004", date(2025, 3, 1), "closed",
             category="09")
    data = booking_input(item.session_id, name="刘芳", id_number=LIU_ID,
                         case_number="XF202601010004", category_code="",
                         override_reason="涉及多部门，领导同意接谈")
    with pytest.raises(BookingError) as no_name:
        services.reception_bookings.book(data)
    assert no_name.value.field == "override_by"
    detail = services.reception_bookings.book(booking_input(
        item.session_id, name="刘芳", id_number=LIU_ID, case_number="XF202601010004",
        category_code="", override_reason="涉及多部门，领导同意接谈", override_by="陈科长"))
    assert (detail.booking.override_reason, detail.booking.override_by) == (
        "涉及多部门，领导同意接谈", "陈科长")
    with services.sessions() as session:
        row = session.get(ReceptionBooking, detail.booking.booking_id)
        assert row is not None and row.override_rules == "outside_portfolio,closed"


def test_a_group_books_at_most_five_representatives(services, roster) -> None:  # type: ignore[no-untyped-def]
    item = published_session(services, roster.wang, date(2026, 9, 10))
    reps = tuple(RepresentativeInput(f"代表{i}", make_id_number(seq=600 + i))
                 for i in range(6))
    with pytest.raises(BookingError) as too_many:
        services.reception_bookings.book(booking_input(item.session_id, people_count=12,
                                                       representatives=reps))
    assert "最多 5 人" in too_many.value.message
    detail = services.reception_bookings.book(booking_input(
        item.session_id, people_count=12, representatives=reps[:5]))
    assert detail.booking.people_count == 12 and len(detail.booking.representatives) == 5


def test_cancel_and_move_free_the_place(services, roster) -> None:  # type: ignore[no-untyped-def]
    one = published_session(services, roster.wang, date(2026, 9, 10), capacity=1)
    two = published_session(services, roster.wang, date(2026, 9, 17), capacity=1)
    first = services.reception_bookings.book(booking_input(one.session_id)).booking
    moved = services.reception_bookings.move(first.booking_id, two.session_id)
    assert moved.session.session_id == two.session_id and moved.booking.code == first.code
    other = services.reception_bookings.book(booking_input(one.session_id, name="刘芳",
                                                           id_number=LIU_ID)).booking
    with pytest.raises(BookingError):
        services.reception_bookings.cancel(other.booking_id, "")
    cancelled = services.reception_bookings.cancel(other.booking_id, "来访人来电取消")
    assert cancelled.status is BookingStatus.CANCELLED
    services.reception_bookings.book(booking_input(one.session_id, name="王五",
                                                   id_number=make_id_number(seq=501)))


def test_a_booked_session_is_cancelled_only_after_each_booking_is_decided(
        services, roster) -> None:  # type: ignore[no-untyped-def]
    old = published_session(services, roster.wang, date(2026, 9, 10))
    new = published_session(services, roster.wang, date(2026, 9, 24))
    a = services.reception_bookings.book(booking_input(old.session_id)).booking
    b = services.reception_bookings.book(booking_input(
        old.session_id, name="刘芳", id_number=LIU_ID, phone="13900000002")).booking
    with pytest.raises(SessionHasBookings):
        services.reception.cancel(old.session_id, "领导临时公务")
    with pytest.raises(BookingError) as undecided:
        services.reception_bookings.settle_session(old.session_id, {a.booking_id: None},
                                                   "领导临时公务")
    assert "1 个预约" in undecided.value.message
    result = services.reception_bookings.settle_session(
        old.session_id, {a.booking_id: new.session_id, b.booking_id: None}, "领导临时公务")
    assert (result.moved, result.cancelled) == (1, 1)
    told = {item.name: (item.phone, item.note) for item in result.to_notify}
    assert told["张海"][0] == "13800000001" and "2026-09-24" in told["张海"][1]
    assert told["刘芳"][0] == "13900000002" and "预约已取消" in told["刘芳"][1]
    services.reception.cancel(old.session_id, "领导临时公务")
    assert len(services.reception_bookings.to_notify()) == 2
    services.reception_bookings.mark_notified(a.booking_id)
    assert [n.name for n in services.reception_bookings.to_notify()] == ["刘芳"]
    with services.sessions() as session:
        rows = session.scalars(select(ReceptionBooking)).all()
        assert {(r.code, r.status) for r in rows} == {(a.code, "booked"), (b.code, "cancelled")}
