"""Statutory deadlines are counted by the official calendar, roll-over as the rules say."""

from __future__ import annotations

from datetime import date

from desktop.calendar import Calendar
from desktop.cases.deadlines import DeadlineRules, compute_deadlines
from desktop.domain import Route


def test_accept_notice_received_before_national_day_is_due_after_it() -> None:
    deadlines = compute_deadlines(date(2026, 9, 16), Route.ANSWERED, DeadlineRules())
    assert deadlines.accept_notice_due == date(2026, 10, 8)  # day 15 is 10-01, 国庆
    # Day 60 is Sunday 2026-11-15, an ordinary weekend: Monday 11-16.
    assert deadlines.handling_due == date(2026, 11, 16)
    assert deadlines.estimated is False
    assert deadlines.calendar.startswith("chinese_calendar")


def test_roll_over_off_keeps_the_rest_day() -> None:
    rules = DeadlineRules(roll_over=False)
    deadlines = compute_deadlines(date(2026, 9, 16), Route.ANSWERED, rules)
    assert deadlines.accept_notice_due == date(2026, 10, 1)
    assert deadlines.handling_due == date(2026, 11, 15)


def test_not_accepted_has_no_handling_deadline_and_overrides_are_used() -> None:
    closed_monday = Calendar(overrides={date(2026, 12, 14): False})
    deadlines = compute_deadlines(
        date(2026, 11, 27), Route.NOT_ACCEPTED, DeadlineRules(), closed_monday
    )
    assert deadlines.accept_notice_due == date(2026, 12, 15)
    assert deadlines.handling_due is None


def test_a_handling_period_into_an_unknown_year_is_estimated() -> None:
    deadlines = compute_deadlines(date(2026, 11, 27), Route.ANSWERED, DeadlineRules())
    assert deadlines.accept_notice_due == date(2026, 12, 14)
    assert deadlines.estimated is True
    assert deadlines.calendar == "weekends only"
