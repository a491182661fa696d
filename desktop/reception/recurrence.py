"""Recurrence rules expanded on the official calendar (pure: no database).

Patterns (RulePattern): every <weekday> (Monday–Friday); the nth or last <weekday> of
each month ("first Wednesday morning of each month"); the nth working day of each month.

Holidays: a date the pattern gives that is not a working day is either moved to the
next working day or skipped (HolidayPolicy, chosen per rule). A moved date that lands on
a day the rule already holds is dropped (one session a day per rule), and so is a
pattern date outside the rule's range.

Make-up working days (调休上班日, e.g. Saturday 2026-10-10): decided per rule by
`makeup_days`. Off (the default): the rule's working days are Monday–Friday working days
only, so a move never lands on a weekend and "the nth working day" skips 调休 Saturdays —
the public does not expect a leader at the centre on a Saturday. On: the calendar's
working days as they are, 调休 weekends included (a move from a holiday may land on
one; "the 3rd working day of October 2026" is Saturday 10-10). A weekday pattern itself
never produces a weekend date either way.

Dates in a year whose holidays are not yet published are counted by weekends only and
marked `estimated` (the calendar's own rule), so the preview can warn.
"""

from __future__ import annotations

import calendar as month_calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.calendar import Calendar
from desktop.reception.domain import HolidayPolicy, RulePattern

MAX_MOVE_DAYS = 31  # no holiday block is longer; beyond it the date is skipped
MAX_RULE_DAYS = 366 * 2  # a rule is planned at most two years ahead


class Outcome(StrEnum):
    HELD = "held"  # on the pattern's own date
    MOVED = "moved"  # to the next working day
    SKIPPED = "skipped"  # a rest day and the rule skips
    MERGED = "merged"  # moved onto a day the rule already holds


@dataclass(frozen=True)
class RuleSpec:
    pattern: RulePattern
    first_day: date
    last_day: date
    weekday: int | None = None  # 0 = Monday … 4 = Friday (weekly, monthly_weekday)
    nth: int | None = None  # 1–5 (monthly), -1 the last (monthly_weekday)
    holiday_policy: HolidayPolicy = HolidayPolicy.MOVE
    makeup_days: bool = False


@dataclass(frozen=True)
class RuleDate:
    planned: date  # the date the pattern gives
    day: date | None  # the session's day; None when skipped or merged
    outcome: Outcome
    estimated: bool  # counted by weekends only (the year's holidays not yet known)


def is_rule_working_day(calendar: Calendar, day: date, makeup_days: bool) -> bool:
    """A working day on the official calendar; a 调休 weekend only with `makeup_days`."""
    return calendar.is_working_day(day) and (makeup_days or day.weekday() < 5)


def _months(first: date, last: date) -> list[tuple[int, int]]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    days = [date(year, month, d) for d in range(1, month_calendar.monthrange(year, month)[1] + 1)
            if date(year, month, d).weekday() == weekday]
    if nth == -1:
        return days[-1]
    return days[nth - 1] if 1 <= nth <= len(days) else None


def _nth_working_day(calendar: Calendar, year: int, month: int, nth: int,
                     makeup_days: bool) -> date | None:
    count = 0
    for d in range(1, month_calendar.monthrange(year, month)[1] + 1):
        day = date(year, month, d)
        if is_rule_working_day(calendar, day, makeup_days):
            count += 1
            if count == nth:
                return day
    return None


def pattern_dates(spec: RuleSpec, calendar: Calendar) -> list[date]:
    """The dates the pattern gives within the range, before holidays are applied."""
    if spec.pattern is RulePattern.WEEKLY:
        assert spec.weekday is not None
        first = spec.first_day + timedelta(days=(spec.weekday - spec.first_day.weekday()) % 7)
        return [first + timedelta(weeks=i)
                for i in range((spec.last_day - first).days // 7 + 1)] \
            if first <= spec.last_day else []
    found: list[date] = []
    for year, month in _months(spec.first_day, spec.last_day):
        assert spec.nth is not None
        if spec.pattern is RulePattern.MONTHLY_WEEKDAY:
            assert spec.weekday is not None
            day = _nth_weekday(year, month, spec.weekday, spec.nth)
        else:
            day = _nth_working_day(calendar, year, month, spec.nth, spec.makeup_days)
        if day is not None and spec.first_day <= day <= spec.last_day:
            found.append(day)
    return found


def expand(spec: RuleSpec, calendar: Calendar) -> list[RuleDate]:
    """Every pattern date with the day the session is held on (or why it is not)."""
    planned_dates = pattern_dates(spec, calendar)
    # The pattern's own working dates keep their session; a move onto one is merged.
    taken = {day for day in planned_dates if is_rule_working_day(calendar, day, spec.makeup_days)}
    result: list[RuleDate] = []
    for planned in planned_dates:
        estimated = not calendar.knows_year(planned.year)
        if planned in taken:
            outcome, day = Outcome.HELD, planned
        elif spec.holiday_policy is HolidayPolicy.SKIP:
            outcome, day = Outcome.SKIPPED, None
        else:
            moved = _next_working_day(calendar, planned, spec.makeup_days)
            if moved is None:
                outcome, day = Outcome.SKIPPED, None
            elif moved in taken:
                outcome, day = Outcome.MERGED, None
            else:
                outcome, day = Outcome.MOVED, moved
                estimated = estimated or not calendar.knows_year(moved.year)
                taken.add(moved)
        result.append(RuleDate(planned=planned, day=day, outcome=outcome, estimated=estimated))
    return result


def _next_working_day(calendar: Calendar, start: date, makeup_days: bool) -> date | None:
    for offset in range(1, MAX_MOVE_DAYS + 1):
        day = start + timedelta(days=offset)
        if is_rule_working_day(calendar, day, makeup_days):
            return day
    return None
