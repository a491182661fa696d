"""The official calendar: DOMAIN.md's examples on the 2026 State Council schedule."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.calendar import (
    WEEKENDS_ONLY,
    Calendar,
    add_days,
    add_working_days,
    is_working_day,
    known_years,
)


def test_national_day_is_a_rest_day_and_the_make_up_saturday_a_working_day() -> None:
    assert not is_working_day(date(2026, 10, 1))  # 国庆, a Thursday
    assert is_working_day(date(2026, 10, 10))  # Saturday, 调休
    assert is_working_day(date(2026, 9, 20))  # Sunday, 调休
    assert not is_working_day(date(2026, 12, 12))  # an ordinary Saturday
    assert is_working_day(date(2026, 12, 14))  # an ordinary Monday


def test_a_period_ending_in_national_day_moves_to_the_first_working_day() -> None:
    due = add_days(date(2026, 9, 16), 15)
    # Day 15 is 2026-10-01; 10-01..10-07 are the holiday, 10-08 is a Thursday.
    assert due.due == date(2026, 10, 8)
    assert due.estimated is False
    assert due.calendar.startswith("chinese_calendar 1.")


def test_a_period_ending_on_saturday_moves_to_monday() -> None:
    assert add_days(date(2026, 11, 27), 15).due == date(2026, 12, 14)


def test_a_period_ending_on_a_make_up_sunday_ends_that_day() -> None:
    assert add_days(date(2026, 9, 5), 15).due == date(2026, 9, 20)


def test_without_roll_over_the_last_day_stays_a_rest_day() -> None:
    assert add_days(date(2026, 9, 16), 15, roll_over=False).due == date(2026, 10, 1)
    assert add_days(date(2026, 11, 27), 15, roll_over=False).due == date(2026, 12, 12)


def test_working_days_skip_national_day_and_count_the_make_up_saturday() -> None:
    # From Wednesday 2026-09-30: 10-01..10-07 rest, then 10-08 (Thu) 1, 10-09 (Fri) 2,
    # 10-10 (Sat, 调休) 3, 10-11 (Sun) rest, 10-12 (Mon) 4, 10-13 (Tue) 5.
    due = add_working_days(date(2026, 9, 30), 5)
    assert due.due == date(2026, 10, 13)
    assert due.estimated is False
    # The start day is not counted, even when it is a working day.
    assert add_working_days(date(2026, 12, 14), 1).due == date(2026, 12, 15)
    assert add_working_days(date(2026, 12, 14), 0).due == date(2026, 12, 14)


def test_a_year_the_schedule_does_not_know_counts_weekends_only_and_says_so() -> None:
    assert 2031 not in known_years()
    assert 2026 in known_years()
    # 2031-01-01 is a Wednesday: New Year's Day, but unknown to the schedule.
    assert is_working_day(date(2031, 1, 1))
    due = add_days(date(2031, 1, 3), 15)  # day 15 is Saturday 2031-01-18
    assert due.due == date(2031, 1, 20)
    assert due.estimated is True
    assert due.calendar == WEEKENDS_ONLY
    worked = add_working_days(date(2031, 1, 3), 5)  # Friday + Mon..Fri
    assert worked.due == date(2031, 1, 10)
    assert worked.estimated is True


def test_a_period_reaching_into_an_unknown_year_is_estimated() -> None:
    last_known = max(known_years())
    due = add_days(date(last_known, 12, 20), 15)
    assert due.estimated is True
    assert add_days(date(last_known, 12, 1), 15).estimated is False


def test_overrides_win_over_the_schedule_and_the_weekend_rule() -> None:
    calendar = Calendar(overrides={
        date(2026, 12, 14): False,  # a Monday closed by the administrator
        date(2031, 1, 1): False,  # New Year's Day entered by hand for an unknown year
    })
    assert not calendar.is_working_day(date(2026, 12, 14))
    assert calendar.add_days(date(2026, 11, 27), 15).due == date(2026, 12, 15)
    assert not calendar.is_working_day(date(2031, 1, 1))
    entered = calendar.add_days(date(2030, 12, 17), 15)  # day 15 is 2031-01-01
    assert entered.due == date(2031, 1, 2)
    assert entered.estimated is True  # 2031-01-02 itself was still guessed
    working_saturday = Calendar(overrides={date(2026, 12, 12): True})
    assert working_saturday.add_days(date(2026, 11, 27), 15).due == date(2026, 12, 12)
    assert working_saturday.add_days(date(2026, 11, 27), 15).estimated is False
    # The module's default calendar is untouched by another instance's overrides.
    assert is_working_day(date(2026, 12, 14))


def test_negative_periods_are_refused() -> None:
    with pytest.raises(ValueError):
        add_days(date(2026, 1, 1), -1)
    with pytest.raises(ValueError):
        add_working_days(date(2026, 1, 1), -1)
