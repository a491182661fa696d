"""The one official calendar: which days are working days and how time limits are counted
(DOMAIN.md "Time limits and how they are counted").

Working days follow the State Council's yearly holiday notice as carried by the
`chinese_calendar` package. For a year the package does not know yet, weekends only are
used and the result is marked `estimated`, so the caller can warn. An administrator's
overrides ({day: is working}) win over both; they are passed in, not stored here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from types import MappingProxyType

import chinese_calendar

WEEKENDS_ONLY = "weekends only"


@dataclass(frozen=True)
class DueDate:
    due: date
    calendar: str  # which schedule counted it, e.g. "chinese_calendar 1.11.0"
    estimated: bool  # a year the schedule does not know was counted by weekends only


@cache
def _package_label() -> str:
    try:
        return f"chinese_calendar {version('chinesecalendar')}"
    except PackageNotFoundError:  # pragma: no cover - installed as a dependency
        return "chinese_calendar"


@cache
def known_years() -> range:
    """The years the State Council schedule in the package covers."""
    years = {day.year for day in chinese_calendar.holidays}
    years |= {day.year for day in chinese_calendar.workdays}
    return range(min(years), max(years) + 1)


def _weekday_is_working(day: date) -> bool:
    return day.weekday() < 5


@dataclass(frozen=True)
class Calendar:
    """Working days: the administrator's overrides, else the State Council schedule, else
    Monday to Friday (marked estimated)."""

    overrides: Mapping[date, bool] = field(default_factory=dict)
    # Years an administrator has entered in full: weekdays plus the overrides are the
    # schedule there, and no longer an estimate.
    entered_years: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        # A read-only copy: the caller's dict changing later must not move due dates.
        object.__setattr__(self, "overrides", MappingProxyType(dict(self.overrides)))
        object.__setattr__(self, "entered_years", frozenset(self.entered_years))

    def _working(self, day: date) -> tuple[bool, bool]:
        """(is a working day, was estimated)."""
        if day in self.overrides:
            return self.overrides[day], False
        try:
            return bool(chinese_calendar.is_workday(day)), False
        except NotImplementedError:  # a year the package has no notice for
            return _weekday_is_working(day), day.year not in self.entered_years

    def knows_year(self, year: int) -> bool:
        """Whether dates in `year` are counted on a published or entered schedule."""
        return year in known_years() or year in self.entered_years

    def is_working_day(self, day: date) -> bool:
        return self._working(day)[0]

    def _label(self, estimated: bool) -> str:
        label = WEEKENDS_ONLY if estimated else _package_label()
        if self.overrides or self.entered_years:
            label += " + overrides"
        return label

    def add_days(self, start: date, days: int, *, roll_over: bool = True) -> DueDate:
        """`days` calendar days after `start` (the start day is not counted); a last day
        that is a rest day moves to the next working day when `roll_over`."""
        if days < 0:
            raise ValueError("days must not be negative")
        due = start + timedelta(days=days)
        working, estimated = self._working(due)
        while roll_over and not working:
            due += timedelta(days=1)
            working, day_estimated = self._working(due)
            estimated = estimated or day_estimated
        return DueDate(due, self._label(estimated), estimated)

    def add_working_days(self, start: date, n: int) -> DueDate:
        """The n-th working day after `start` (the start day is not counted)."""
        if n < 0:
            raise ValueError("working days must not be negative")
        due = start
        estimated = False
        counted = 0
        while counted < n:
            due += timedelta(days=1)
            working, day_estimated = self._working(due)
            estimated = estimated or day_estimated
            counted += working
        return DueDate(due, self._label(estimated), estimated)


DEFAULT_CALENDAR = Calendar()


def is_working_day(day: date) -> bool:
    return DEFAULT_CALENDAR.is_working_day(day)


def add_days(start: date, days: int, *, roll_over: bool = True) -> DueDate:
    return DEFAULT_CALENDAR.add_days(start, days, roll_over=roll_over)


def add_working_days(start: date, n: int) -> DueDate:
    return DEFAULT_CALENDAR.add_working_days(start, n)
