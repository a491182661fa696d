"""Statutory deadlines by route, counted by the official calendar, roll-over as the rules
say."""

from __future__ import annotations

from datetime import date

from desktop.calendar import Calendar
from desktop.cases.deadlines import (
    ACCEPT_NOTICE_LABEL,
    HANDLING_LABEL,
    SORT_LABEL,
    DeadlineRules,
    compute_deadlines,
)
from desktop.domain import Route


def test_a_transfer_before_national_day_is_due_after_it() -> None:
    deadlines = compute_deadlines(date(2026, 9, 16), Route.TRANSFERRED, DeadlineRules())
    assert deadlines.sort_due == date(2026, 10, 8)  # day 15 is 10-01, 国庆
    assert deadlines.accept_notice_due == date(2026, 10, 8)
    assert deadlines.transferred_on == date(2026, 9, 16)
    assert deadlines.handling_due is None  # the unit accepts before the 60 days run
    assert deadlines.estimated is False
    assert deadlines.calendar.startswith("chinese_calendar")
    assert deadlines.labelled() == ((SORT_LABEL, date(2026, 10, 8)),
                                    (ACCEPT_NOTICE_LABEL, date(2026, 10, 8)))


def test_the_units_fifteen_days_run_from_the_transfer_date() -> None:
    deadlines = compute_deadlines(date(2026, 9, 1), Route.TRANSFERRED, DeadlineRules(),
                                  transferred_on=date(2026, 9, 5))
    assert deadlines.sort_due == date(2026, 9, 16)
    # 09-05 + 15 is Sunday 09-20, a make-up working day (调休): due that day.
    assert deadlines.accept_notice_due == date(2026, 9, 20)


def test_accepted_here_counts_sixty_days_from_acceptance() -> None:
    deadlines = compute_deadlines(date(2026, 9, 16), Route.ACCEPTED_HERE, DeadlineRules())
    # Day 60 is Sunday 2026-11-15, an ordinary weekend: Monday 11-16.
    assert deadlines.handling_due == date(2026, 11, 16)
    assert deadlines.accepted_on == date(2026, 9, 16)
    assert deadlines.accept_notice_due is None and deadlines.sort_due is None
    assert deadlines.labelled() == ((HANDLING_LABEL, date(2026, 11, 16)),)


def test_roll_over_off_keeps_the_rest_day() -> None:
    rules = DeadlineRules(roll_over=False)
    assert compute_deadlines(date(2026, 9, 16), Route.TRANSFERRED, rules
                             ).accept_notice_due == date(2026, 10, 1)
    assert compute_deadlines(date(2026, 9, 16), Route.ACCEPTED_HERE, rules
                             ).handling_due == date(2026, 11, 15)


def test_routes_that_end_at_the_desk_have_no_deadline_and_overrides_are_used() -> None:
    closed_monday = Calendar(overrides={date(2026, 12, 14): False})
    transfer = compute_deadlines(date(2026, 11, 27), Route.TRANSFERRED, DeadlineRules(),
                                 closed_monday)
    assert transfer.accept_notice_due == date(2026, 12, 15)
    for route in (Route.NOT_ACCEPTED, Route.LEGAL_CHANNEL, Route.ANSWERED):
        deadlines = compute_deadlines(date(2026, 11, 27), route, DeadlineRules(),
                                      closed_monday)
        assert deadlines.labelled() == ()
        assert deadlines.handling_due is None and deadlines.estimated is False


def test_a_handling_period_into_an_unknown_year_is_estimated() -> None:
    deadlines = compute_deadlines(date(2026, 11, 27), Route.ACCEPTED_HERE, DeadlineRules())
    assert deadlines.handling_due == date(2027, 1, 26)
    assert deadlines.estimated is True
    assert deadlines.calendar == "weekends only"
