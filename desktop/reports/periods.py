"""Report periods: a day, week, month, quarter, year or any range of service days.

Service days are Asia/Shanghai dates (desktop/clock.py), so a visit at 23:30 local on
31 October belongs to October whatever its UTC instant. Date arithmetic here is only the
calendar's (a period's first and last day); no deadline is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP, UserError

MAX_PERIOD_DAYS = 3700  # about ten years


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"


PERIOD_KIND_LABELS: dict[PeriodKind, str] = {
    PeriodKind.DAY: QT_TRANSLATE_NOOP("Domain", "日"),
    PeriodKind.WEEK: QT_TRANSLATE_NOOP("Domain", "周"),
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("Domain", "月"),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("Domain", "季度"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("Domain", "年"),
    PeriodKind.RANGE: QT_TRANSLATE_NOOP("Domain", "自定义"),
}


class PeriodError(UserError):
    """A period the statistics cannot use."""


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    first: date
    last: date

    @property
    def days(self) -> int:
        return self.last.toordinal() - self.first.toordinal() + 1

    @property
    def title(self) -> str:
        """Plain Chinese (the reports are official paperwork): 2026年10月, 2026年第4季度…"""
        first = self.first
        if self.kind is PeriodKind.DAY:
            return f"{first.year}年{first.month}月{first.day}日"
        if self.kind is PeriodKind.MONTH:
            return f"{first.year}年{first.month}月"
        if self.kind is PeriodKind.QUARTER:
            return f"{first.year}年第{(first.month - 1) // 3 + 1}季度"
        if self.kind is PeriodKind.YEAR:
            return f"{first.year}年"
        return f"{first.isoformat()} 至 {self.last.isoformat()}"


def _last_of_month(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


def period_of(kind: PeriodKind, day: date) -> Period:
    """The period of `kind` holding `day` (a week runs Monday to Sunday)."""
    if kind is PeriodKind.DAY or kind is PeriodKind.RANGE:
        return Period(kind if kind is PeriodKind.DAY else PeriodKind.DAY, day, day)
    if kind is PeriodKind.WEEK:
        monday = date.fromordinal(day.toordinal() - day.weekday())
        return Period(kind, monday, date.fromordinal(monday.toordinal() + 6))
    if kind is PeriodKind.MONTH:
        return Period(kind, day.replace(day=1), _last_of_month(day.year, day.month))
    if kind is PeriodKind.QUARTER:
        start = 3 * ((day.month - 1) // 3) + 1
        return Period(kind, date(day.year, start, 1), _last_of_month(day.year, start + 2))
    return Period(kind, date(day.year, 1, 1), date(day.year, 12, 31))


def date_range(first: date, last: date) -> Period:
    if last < first:
        raise PeriodError(QT_TRANSLATE_NOOP("Errors", "结束日期 {last} 早于开始日期 {first}；"
                                            "请把结束日期改到开始日期之后"),
                          field="last_day", first=first.isoformat(), last=last.isoformat())
    if last.toordinal() - first.toordinal() + 1 > MAX_PERIOD_DAYS:
        raise PeriodError(QT_TRANSLATE_NOOP("Errors", "统计时段最长 {most} 天；请缩短时段"),
                          field="last_day", most=MAX_PERIOD_DAYS)
    return Period(PeriodKind.RANGE, first, last)


_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), PeriodKind.DAY),
    (re.compile(r"^(\d{4})-(\d{2})$"), PeriodKind.MONTH),
    (re.compile(r"^(\d{4})$"), PeriodKind.YEAR),
)


def parse_period(text: str) -> Period:
    """YYYY-MM-DD (a day, the 日报), YYYY-MM (a month) or YYYY (a year)."""
    value = text.strip()
    for pattern, kind in _PATTERNS:
        found = pattern.match(value)
        if found is None:
            continue
        parts = [int(part) for part in found.groups()] + [1, 1]
        try:
            day = date(parts[0], parts[1], parts[2])
        except ValueError:
            break
        return period_of(kind, day)
    raise PeriodError(QT_TRANSLATE_NOOP(
        "Errors", "时段“{text}”无法识别：请写成 2026-10-31（日）、2026-10（月）或 2026（年）"),
        field="period", text=value)


def same_period_last_year(period: Period) -> Period:
    """The same days a year before (29 February falls back to the 28th)."""
    def back(day: date) -> date:
        try:
            return day.replace(year=day.year - 1)
        except ValueError:
            return day.replace(year=day.year - 1, day=28)

    first, last = back(period.first), back(period.last)
    if period.kind is PeriodKind.MONTH:
        last = _last_of_month(first.year, first.month)
    return Period(period.kind, first, last)
