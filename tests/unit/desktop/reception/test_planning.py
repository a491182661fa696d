"""Planning reception sessions: checks, conflicts, rules on the 2026 calendar, swaps,
publishing and the bookings hook. The clock stands at 09:00 Tuesday 2026-09-01."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from helpers import FakeClock
from reception_setup import make_roster, session_input
from sqlalchemy import func, select

from db.models import ReceptionRule, ReceptionSession, ReceptionSwap
from desktop.reception import bookings
from desktop.reception.domain import (
    HolidayPolicy,
    PublishTooLate,
    ReceptionError,
    RestDayNotConfirmed,
    RulePattern,
    SessionConflict,
    SessionHasBookings,
    SessionKind,
    SessionStatus,
)
from desktop.reception.planning import RuleInput
from desktop.reception.recurrence import Outcome


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 9, 1, 1, 0, tzinfo=UTC))


@pytest.fixture
def roster(services):  # type: ignore[no-untyped-def]
    return make_roster(services)


def count_sessions(services) -> int:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return session.scalar(select(func.count()).select_from(ReceptionSession)) or 0


def test_a_new_session_is_a_draft_with_the_cutoff_on_the_working_day_before(
        services, roster) -> None:  # type: ignore[no-untyped-def]
    item = services.reception.create_session(session_input(
        roster.wang, date(2026, 10, 8), sit_in_ids=(roster.lawyer,), topics="城镇老旧小区改造"))
    assert item.status is SessionStatus.DRAFT
    assert (item.day, item.start, item.end) == (date(2026, 10, 8), time(9), time(11, 30))
    assert item.starts_at == datetime(2026, 10, 8, 1, 0, tzinfo=UTC)
    assert (item.leader_name, item.leader_post) == ("王建国", "副市长")
    assert item.portfolio_names == ("城乡建设", "国土资源")
    assert [p.name for p in item.sit_ins] == ["陈律师"]
    # The day before is the 国庆 holiday: bookings close 17:00 on Wednesday 09-30.
    assert item.booking_cutoff_at == datetime(2026, 9, 30, 9, 0, tzinfo=UTC)
    assert item.bookings == 0


def test_slots_give_the_capacity_and_a_down_visit_needs_an_area(services, roster) -> None:  # type: ignore[no-untyped-def]
    item = services.reception.create_session(session_input(
        roster.li, date(2026, 9, 10), capacity=None, slot_minutes=30))
    assert (item.capacity, item.slot_minutes) == (5, 30)
    with pytest.raises(ReceptionError) as refused:
        services.reception.create_session(session_input(
            roster.li, date(2026, 9, 11), kind=SessionKind.DOWN, place=""))
    assert refused.value.field == "area_code"
    down = services.reception.create_session(session_input(
        roster.li, date(2026, 9, 11), kind=SessionKind.DOWN, place="", area_code="460107"))
    assert (down.place, down.area_name, down.place_text) == ("琼山区", "琼山区", "琼山区")


@pytest.mark.parametrize(("changes", "field"), [
    ({"end": "08:00"}, "end"),
    ({"capacity": 0}, "capacity"),
    ({"capacity": None, "slot_minutes": 200}, "slot_minutes"),
    ({"leader_id": None}, "leader_id"),
    ({"day": date(2026, 8, 31)}, "day"),
    ({"booking_cutoff": datetime(2026, 9, 10, 3, 0, tzinfo=UTC)}, "booking_cutoff"),
])
def test_bad_input_is_refused_at_its_field(services, roster, changes, field) -> None:  # type: ignore[no-untyped-def]
    values = {"day": date(2026, 9, 10), "leader_id": roster.wang, **changes}
    day, leader = values.pop("day"), values.pop("leader_id")
    with pytest.raises(ReceptionError) as refused:
        services.reception.create_session(session_input(leader, day, **values))
    assert refused.value.field == field
    assert count_sessions(services) == 0


def test_a_leader_cannot_be_in_two_places_at_once(services, roster) -> None:  # type: ignore[no-untyped-def]
    services.reception.create_session(session_input(roster.wang, date(2026, 9, 10)))
    with pytest.raises(SessionConflict) as refused:
        services.reception.create_session(session_input(
            roster.wang, date(2026, 9, 10), "11:00", "12:00", place="接访室二"))
    assert refused.value.field == "leader_id"
    assert "王建国" in refused.value.message and "2026-09-10 09:00–11:30" in refused.value.message
    # Right after the first session ends is fine.
    services.reception.create_session(session_input(
        roster.wang, date(2026, 9, 10), "11:30", "12:00", place="接访室二"))


def test_two_sessions_cannot_share_a_place(services, roster) -> None:  # type: ignore[no-untyped-def]
    services.reception.create_session(session_input(roster.wang, date(2026, 9, 10)))
    with pytest.raises(SessionConflict) as refused:
        services.reception.create_session(session_input(roster.li, date(2026, 9, 10),
                                                        "10:00", "12:00"))
    assert refused.value.field == "place"
    assert "接访室一" in refused.value.message
    services.reception.create_session(session_input(roster.li, date(2026, 9, 10), "10:00",
                                                    "12:00", place="接访室二"))


def test_a_cancelled_session_frees_the_leader_and_the_place(services, roster) -> None:  # type: ignore[no-untyped-def]
    first = services.reception.create_session(session_input(roster.wang, date(2026, 9, 10)))
    services.reception.cancel(first.session_id, "领导临时出差")
    again = services.reception.create_session(session_input(roster.wang, date(2026, 9, 10)))
    assert again.status is SessionStatus.DRAFT


def test_a_rest_day_needs_confirmation(services, roster) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RestDayNotConfirmed) as refused:
        services.reception.create_session(session_input(roster.wang, date(2026, 10, 3)))
    assert refused.value.field == "day" and "2026-10-03" in refused.value.message
    item = services.reception.create_session(session_input(
        roster.wang, date(2026, 10, 3), confirm_rest_day=True))
    assert item.on_rest_day
    # The 调休 Saturday 10-10 is a working day: no confirmation needed.
    assert not services.reception.create_session(
        session_input(roster.li, date(2026, 10, 10))).on_rest_day


def test_swap_is_conflict_checked_and_kept_in_the_history(services, roster) -> None:  # type: ignore[no-untyped-def]
    item = services.reception.create_session(session_input(roster.wang, date(2026, 9, 10)))
    services.reception.create_session(session_input(roster.li, date(2026, 9, 10), "08:30",
                                                    "10:00", place="接访室二"))
    with pytest.raises(SessionConflict) as refused:
        services.reception.swap_leader(item.session_id, roster.li, "市政府办公室", "出差")
    assert refused.value.field == "to_leader_id"
    with pytest.raises(ReceptionError) as refused_reason:
        services.reception.swap_leader(item.session_id, roster.zhao, "市政府办公室", " ")
    assert refused_reason.value.field == "reason"
    detail = services.reception.swap_leader(item.session_id, roster.zhao, "市政府办公室",
                                            "王副市长参加省里会议")
    assert detail.session.leader_name == "赵明"
    assert detail.session.version == item.version + 1
    assert [(s.from_leader, s.to_leader, s.requested_by, s.reason) for s in detail.swaps] == [
        ("王建国", "赵明", "市政府办公室", "王副市长参加省里会议")]
    services.reception.swap_leader(item.session_id, roster.wang, "市政府办公室", "会议取消")
    assert len(services.reception.session_detail(item.session_id).swaps) == 2
    with services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ReceptionSwap)) == 2


def test_publishing_less_than_three_days_ahead_needs_confirmation(services, roster) -> None:  # type: ignore[no-untyped-def]
    soon = services.reception.create_session(session_input(roster.wang, date(2026, 9, 3)))
    later = services.reception.create_session(session_input(roster.wang, date(2026, 9, 4)))
    with pytest.raises(PublishTooLate) as refused:
        services.reception.publish([soon.session_id, later.session_id])
    assert "只有 2 天" in refused.value.message and "至少提前 3 天" in refused.value.message
    # All or none: the later one was not published either.
    assert services.reception.session_detail(later.session_id).session.status \
        is SessionStatus.DRAFT
    result = services.reception.publish([later.session_id])
    assert [i.status for i in result.published] == [SessionStatus.PUBLISHED]
    assert result.published[0].published_at is not None
    result = services.reception.publish([soon.session_id, later.session_id],
                                        confirm_short_notice=True)
    assert (len(result.published), result.already) == (1, 1)


def test_the_publish_window_is_a_setting(services, roster) -> None:  # type: ignore[no-untyped-def]
    services.settings.update({"reception_publish_days": 5})
    item = services.reception.create_session(session_input(roster.wang, date(2026, 9, 4)))
    with pytest.raises(PublishTooLate):
        services.reception.publish([item.session_id])


def test_a_session_with_bookings_is_not_unpublished_cancelled_or_moved(
        services, roster, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    item = services.reception.create_session(session_input(roster.wang, date(2026, 9, 10)))
    services.reception.publish([item.session_id])
    booked = lambda _session, ids: {i: 2 for i in ids}  # noqa: E731
    monkeypatch.setattr(bookings, "count_bookings", booked)
    monkeypatch.setattr("desktop.reception.planning.count_bookings", booked)
    with pytest.raises(SessionHasBookings) as refused:
        services.reception.unpublish(item.session_id)
    assert "2 人预约" in refused.value.message
    with pytest.raises(SessionHasBookings):
        services.reception.cancel(item.session_id, "领导出差")
    with pytest.raises(SessionHasBookings):
        services.reception.update_session(item.session_id, session_input(
            roster.wang, date(2026, 9, 11)))
    # Topics may still change.
    changed = services.reception.update_session(item.session_id, session_input(
        roster.wang, date(2026, 9, 10), topics="劳动争议"))
    assert changed.topics == "劳动争议" and changed.status is SessionStatus.PUBLISHED
    monkeypatch.undo()
    assert services.reception.unpublish(item.session_id).status is SessionStatus.DRAFT


def rule(roster, **changes) -> RuleInput:  # type: ignore[no-untyped-def]
    values = dict(title="每月第一个星期三上午", pattern=RulePattern.MONTHLY_WEEKDAY,
                  first_day=date(2026, 9, 1), last_day=date(2026, 11, 30),
                  leader_ids=(roster.wang, roster.li), start=time(9), end=time(11, 30),
                  weekday=2, nth=1, holiday_policy=HolidayPolicy.MOVE, place="接访室一",
                  capacity=8)
    values.update(changes)
    return RuleInput(**values)


def test_a_rule_is_expanded_on_the_calendar_with_leaders_in_rotation(services, roster) -> None:  # type: ignore[no-untyped-def]
    preview = services.reception.preview_rule(rule(roster))
    assert [(d.planned, d.day, d.outcome, d.leader_name) for d in preview.dates] == [
        (date(2026, 9, 2), date(2026, 9, 2), Outcome.HELD, "王建国"),
        (date(2026, 10, 7), date(2026, 10, 8), Outcome.MOVED, "李秀英"),
        (date(2026, 11, 4), date(2026, 11, 4), Outcome.HELD, "王建国"),
    ]
    assert count_sessions(services) == 0  # a preview writes nothing
    saved = services.reception.save_rule(rule(roster))
    assert [(s.day, s.leader_name, s.status, s.planned_day) for s in saved.sessions] == [
        (date(2026, 9, 2), "王建国", SessionStatus.DRAFT, None),
        (date(2026, 10, 8), "李秀英", SessionStatus.DRAFT, date(2026, 10, 7)),
        (date(2026, 11, 4), "王建国", SessionStatus.DRAFT, None),
    ]
    assert {s.rule_id for s in saved.sessions} == {saved.rule_id}


def test_a_skipped_date_takes_no_turn(services, roster) -> None:  # type: ignore[no-untyped-def]
    preview = services.reception.preview_rule(rule(roster, holiday_policy=HolidayPolicy.SKIP))
    assert [(d.day, d.leader_name) for d in preview.dates] == [
        (date(2026, 9, 2), "王建国"), (None, ""), (date(2026, 11, 4), "李秀英")]


def test_a_rule_with_a_conflicting_date_is_refused_whole(services, roster) -> None:  # type: ignore[no-untyped-def]
    services.reception.create_session(session_input(roster.li, date(2026, 10, 8), "10:00",
                                                    "12:00", place="琼山区"))
    preview = services.reception.preview_rule(rule(roster))
    assert [d.day for d in preview.conflicts] == [date(2026, 10, 8)]
    with pytest.raises(SessionConflict) as refused:
        services.reception.save_rule(rule(roster))
    assert refused.value.message.startswith("2026-10-08 无法安排：李秀英")
    assert count_sessions(services) == 1
    with services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ReceptionRule)) == 0


def test_rule_input_is_checked(services, roster) -> None:  # type: ignore[no-untyped-def]
    for changes, field in (({"weekday": 5}, "weekday"), ({"nth": 7}, "nth"),
                           ({"leader_ids": ()}, "leader_ids"),
                           ({"last_day": date(2026, 8, 1)}, "last_day")):
        with pytest.raises(ReceptionError) as refused:
            services.reception.preview_rule(rule(roster, **changes))
        assert refused.value.field == field


def test_the_board_gets_today_and_the_coming_week_published_only(services, roster, clock) -> None:  # type: ignore[no-untyped-def]
    today = services.reception.create_session(session_input(roster.wang, date(2026, 9, 1),
                                                            "14:00", "16:00"))
    week = services.reception.create_session(session_input(roster.li, date(2026, 9, 7)))
    services.reception.create_session(session_input(roster.zhao, date(2026, 9, 8)))  # draft
    services.reception.create_session(session_input(roster.zhao, date(2026, 9, 9)))
    services.reception.publish([today.session_id, week.session_id], confirm_short_notice=True)
    coming = services.reception_schedule.coming()
    assert coming.today == date(2026, 9, 1)
    assert [(s.leader_name, s.start) for s in coming.today_sessions] == [("王建国", time(14))]
    assert [(s.day, s.leader_name, s.portfolio) for s in coming.next_days] == [
        (date(2026, 9, 7), "李秀英", "劳动社保、民政")]
