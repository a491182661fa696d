"""Issue 11 part 2, privacy: ID numbers and phones masked on every list (queue, search,
bookings, the 接访当日 panel, the briefing, the deadline watch), and 检举控告 matters kept
out of what goes to a unit and away from the roles that do not handle them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from accounts_setup import add_everyone, login_as
from booking_setup import LIU_ID, ZHANG_ID, add_case, booking_input, published_session
from openpyxl import load_workbook
from reception_setup import make_roster
from sqlalchemy import update
from watch_cases import UNITS, standard_cases

from db.models import Visit
from desktop.accounts.roles import Role
from desktop.domain import MatterSort

MASKED_ZHANG = ZHANG_ID[:4] + "*" * 10 + ZHANG_ID[-4:]
MASKED_LIU = LIU_ID[:4] + "*" * 10 + LIU_ID[-4:]


def _bookings(services, clock):  # type: ignore[no-untyped-def]
    """Two bookings on 王建国's session of 2026-09-10: 张海 (no case) and 刘芳 on her
    case XF202604010001, sorted 检举控告."""
    clock.now = datetime(2026, 9, 1, 1, 0, tzinfo=UTC)
    roster = make_roster(services)
    item = published_session(services, roster.wang, date(2026, 9, 10))
    services.reception_bookings.book(booking_input(item.session_id))
    case_id = add_case(services, LIU_ID, "刘芳", "XF202604010001", date(2026, 4, 1), "accepted")
    with services.sessions.begin() as session:
        session.execute(update(Visit).where(Visit.id == case_id).values(
            matter_sort=MatterSort.ACCUSATION.value, summary="举报某局科长收受红包"))
    services.reception_bookings.book(booking_input(
        item.session_id, name="刘芳", id_number=LIU_ID, phone="13912345678",
        case_number="XF202604010001", summary="举报某局科长收受红包"))
    return item


def test_booking_lists_mask_numbers_for_everyone(services, clock) -> None:  # type: ignore[no-untyped-def]
    item = _bookings(services, clock)
    for views in (services.reception_bookings.session_bookings(item.session_id),
                  services.reception_checkin.day_view(item.session_id).bookings):
        assert [(v.name, v.id_number, v.phone) for v in views] == [
            ("张海", MASKED_ZHANG, "138****0001"), ("刘芳", MASKED_LIU, "139****5678")]
        assert all(ZHANG_ID not in repr(v) and LIU_ID not in repr(v) for v in views)


def test_an_accusation_is_hidden_from_the_front_desk_in_booking_lists(services, clock) -> None:  # type: ignore[no-untyped-def]
    item = _bookings(services, clock)
    add_everyone(services)
    login_as(services, Role.FRONT_DESK)
    liu = services.reception_checkin.day_view(item.session_id).bookings[1]
    assert (liu.summary, liu.case_number) == ("检举控告事项（仅接谈员、科长可见）", None)
    services.login.logout()
    login_as(services, Role.CLERK)
    liu = services.reception_bookings.session_bookings(item.session_id)[1]
    assert (liu.summary, liu.case_number) == ("举报某局科长收受红包", "XF202604010001")
    # The clerk's detail of one booking has the full numbers.
    detail = services.reception_bookings.booking(liu.booking_id).booking
    assert (detail.id_number, detail.phone) == (LIU_ID, "13912345678")
    services.login.logout()
    login_as(services, Role.FRONT_DESK)
    detail = services.reception_bookings.booking(liu.booking_id).booking
    assert (detail.id_number, detail.phone) == (MASKED_LIU, "139****5678")


def test_the_briefing_masks_numbers_and_redacts_an_accusation(services, clock) -> None:  # type: ignore[no-untyped-def]
    item = _bookings(services, clock)
    briefing = services.reception_briefing.briefing(item.session_id)
    zhang, liu = briefing.entries
    assert (zhang.booking.id_number, zhang.booking.phone) == (MASKED_ZHANG, "138****0001")
    assert zhang.booking.summary == "小区改造噪音扰民"
    assert liu.booking.summary == "检举控告事项（内容不在简报中显示）"
    assert liu.history == () and liu.other_matters == ()
    text = services.reception_briefing.briefing_pdf(item.session_id)
    assert b"%PDF" in text[:8]


def test_search_for_the_front_desk_finds_people_not_matters(services, clock) -> None:  # type: ignore[no-untyped-def]
    cases = standard_cases(services, clock)
    add_everyone(services)
    login_as(services, Role.CLERK)
    hits = services.search.search_visits("小明")
    assert {h.visitor_name for h in hits} == {"王小明", "欧阳小明"}
    accusation = [h for h in hits if h.visit_id == cases["overdue"]]
    assert accusation and accusation[0].case_number and accusation[0].case_number.startswith("XF")
    number = accusation[0].case_number
    assert [h.visit_id for h in services.search.search_visits(number)] == [cases["overdue"]]
    assert all("*" * 10 in h.masked_id_number for h in hits)
    services.login.logout()
    login_as(services, Role.FRONT_DESK)
    hits = services.search.search_visits("小明")
    assert [(h.visitor_name, h.case_number) for h in hits] == [("欧阳小明", None)]  # 检举控告 out
    assert services.search.search_visits(number) == []


def test_queue_masks_id_numbers(services, clock) -> None:  # type: ignore[no-untyped-def]
    standard_cases(services, clock)
    with services.sessions() as session:
        day = session.query(Visit.service_day).order_by(Visit.service_day).first()[0]
    entries = services.tickets.list_queue(day=day)
    assert entries and all("*" * 10 in e.masked_id_number for e in entries)


def test_a_watch_exported_for_a_unit_leaves_accusations_out(services, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    standard_cases(services, clock)
    unit = UNITS["HK-RSJ"]
    on_screen = services.deadline_watch.watch(10, unit=unit)
    assert [row.sort_label for row in on_screen.rows] == ["检举控告", "申诉求决"]
    out = tmp_path / "rsj.xlsx"
    made = services.deadline_watch.export(out, 10, unit=unit)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))[1:]
    assert (made.rows, made.left_out) == (1, 1)
    assert [(row[2], row[4]) for row in rows] == [("申诉求决", unit)]
    # The whole list (not for one unit) keeps it, for the chief.
    everything = tmp_path / "all.xlsx"
    services.deadline_watch.export(everything, 10)
    rows = list(load_workbook(everything).active.iter_rows(values_only=True))[1:]
    assert "检举控告" in [row[2] for row in rows]
