"""The hall board's list of leaders' reception sessions (ScheduleService.coming): today's
published sessions that are not over yet, then those of the coming week; drafts, cancelled
sessions and days beyond the week are left out."""

from __future__ import annotations

from datetime import date

from reception_setup import make_roster, session_input


def test_today_and_the_coming_week_published_only(services, clock) -> None:  # type: ignore[no-untyped-def]
    # The clock stands at 09:00 Friday 2026-11-27 (Asia/Shanghai).
    roster = make_roster(services)
    reception = services.reception
    early = reception.create_session(session_input(roster.zhao, date(2026, 11, 27),
                                                   "08:00", "08:45", place="接访室三"))
    later = reception.create_session(session_input(roster.li, date(2026, 11, 27),
                                                   "14:30", "17:00", place="接访室二"))
    wednesday = reception.create_session(session_input(roster.wang, date(2026, 12, 2)))
    beyond = reception.create_session(session_input(roster.wang, date(2026, 12, 9)))
    reception.create_session(session_input(roster.zhao, date(2026, 12, 1)))  # a draft
    reception.publish([early.session_id, later.session_id, wednesday.session_id,
                       beyond.session_id], confirm_short_notice=True)

    coming = services.reception_schedule.coming()
    assert coming.today == date(2026, 11, 27)
    # 08:00–08:45 is over at 09:00: the hall is not invited to a session that has ended.
    assert [(s.leader_name, f"{s.start:%H:%M}", s.place) for s in coming.today_sessions] == [
        ("李秀英", "14:30", "接访室二")]
    assert [(s.day, s.leader_name, s.leader_post, s.portfolio, s.place)
            for s in coming.next_days] == [
        (date(2026, 12, 2), "王建国", "副市长", "城乡建设、国土资源", "接访室一")]

    clock.advance(hours=8, minutes=30)  # 17:30: the afternoon session is over too
    assert services.reception_schedule.coming().today_sessions == ()
