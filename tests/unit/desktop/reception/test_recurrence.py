"""Recurrence rules over the real 2026 holidays and make-up working days."""

from __future__ import annotations

from datetime import date

from desktop.calendar import Calendar
from desktop.reception.domain import HolidayPolicy, RulePattern
from desktop.reception.recurrence import Outcome, RuleSpec, expand, pattern_dates

CAL = Calendar()


def held(spec: RuleSpec, calendar: Calendar = CAL) -> list[date | None]:
    return [found.day for found in expand(spec, calendar)]


def test_first_wednesday_in_national_day_week_is_moved_to_the_next_working_day() -> None:
    spec = RuleSpec(RulePattern.MONTHLY_WEEKDAY, date(2026, 9, 1), date(2026, 11, 30),
                    weekday=2, nth=1, holiday_policy=HolidayPolicy.MOVE)
    found = expand(spec, CAL)
    assert [f.planned for f in found] == [date(2026, 9, 2), date(2026, 10, 7), date(2026, 11, 4)]
    # 10-07 is the last day of the 国庆 holiday; Thursday 10-08 is a working day.
    assert [f.day for f in found] == [date(2026, 9, 2), date(2026, 10, 8), date(2026, 11, 4)]
    assert [f.outcome for f in found] == [Outcome.HELD, Outcome.MOVED, Outcome.HELD]
    assert not any(f.estimated for f in found)


def test_the_same_rule_skipping_holidays_leaves_october_out() -> None:
    spec = RuleSpec(RulePattern.MONTHLY_WEEKDAY, date(2026, 9, 1), date(2026, 11, 30),
                    weekday=2, nth=1, holiday_policy=HolidayPolicy.SKIP)
    found = expand(spec, CAL)
    assert [f.day for f in found] == [date(2026, 9, 2), None, date(2026, 11, 4)]
    assert found[1].outcome is Outcome.SKIPPED


def test_nth_working_day_counts_the_makeup_saturday_only_when_the_rule_says_so() -> None:
    # October 2026 working days: Thu 10-08, Fri 10-09, Sat 10-10 (调休), Mon 10-12 …
    base = dict(pattern=RulePattern.MONTHLY_WORKING_DAY, first_day=date(2026, 10, 1),
                last_day=date(2026, 10, 31), nth=3)
    assert held(RuleSpec(**base, makeup_days=True)) == [date(2026, 10, 10)]  # type: ignore[arg-type]
    assert held(RuleSpec(**base, makeup_days=False)) == [date(2026, 10, 12)]  # type: ignore[arg-type]
    first = dict(base, nth=1)
    assert held(RuleSpec(**first)) == [date(2026, 10, 8)]  # type: ignore[arg-type]


def test_a_move_lands_on_a_makeup_sunday_only_with_makeup_days() -> None:
    # 元旦 2026: Thu 01-01 and Fri 01-02 are holidays, Sunday 01-04 is a 调休 working day.
    base = dict(pattern=RulePattern.MONTHLY_WEEKDAY, first_day=date(2026, 1, 1),
                last_day=date(2026, 1, 31), weekday=3, nth=1)
    assert held(RuleSpec(**base, makeup_days=True)) == [date(2026, 1, 4)]  # type: ignore[arg-type]
    assert held(RuleSpec(**base, makeup_days=False)) == [date(2026, 1, 5)]  # type: ignore[arg-type]


def test_every_tuesday_over_spring_festival() -> None:
    # 春节 2026: 02-15 … 02-23 off; Tuesday 02-17 falls in it, 02-24 is back at work.
    spec = RuleSpec(RulePattern.WEEKLY, date(2026, 2, 1), date(2026, 2, 28), weekday=1)
    found = expand(spec, CAL)
    assert [f.planned for f in found] == [date(2026, 2, 3), date(2026, 2, 10),
                                          date(2026, 2, 17), date(2026, 2, 24)]
    # Moved to the next working weekday, which the rule already holds: one session a day.
    assert [f.day for f in found] == [date(2026, 2, 3), date(2026, 2, 10), None,
                                      date(2026, 2, 24)]
    assert found[2].outcome is Outcome.MERGED
    # With 调休 days counted, Saturday 02-14 is no use either (it comes before).
    assert held(RuleSpec(RulePattern.WEEKLY, date(2026, 2, 1), date(2026, 2, 28), weekday=1,
                         makeup_days=True))[2] is None


def test_last_friday_and_an_administrator_holiday() -> None:
    spec = RuleSpec(RulePattern.MONTHLY_WEEKDAY, date(2026, 12, 1), date(2026, 12, 31),
                    weekday=4, nth=-1)
    assert pattern_dates(spec, CAL) == [date(2026, 12, 25)]
    closed = Calendar({date(2026, 12, 25): False})
    assert held(spec, closed) == [date(2026, 12, 28)]


def test_a_year_without_published_holidays_is_marked_estimated() -> None:
    spec = RuleSpec(RulePattern.WEEKLY, date(2031, 3, 1), date(2031, 3, 10), weekday=0)
    found = expand(spec, CAL)
    assert [f.day for f in found] == [date(2031, 3, 3), date(2031, 3, 10)]
    assert all(f.estimated for f in found)
