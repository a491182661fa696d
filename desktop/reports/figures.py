"""The statistics of a period as frozen values (what the screen, the PDF and the Excel
file all show, so the same figure is the same number everywhere).

Labels are untranslated source texts: names from the reference tables (content
categories, areas) as stored, the others marked in context "Domain". A `key` of ""
stands for "not recorded" (a ticket never registered, a route not chosen).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.reports.periods import Period

# Figure keys for rows_behind (drill-down); a table's rows carry their value as `key`.
TOTAL = "total"
BY_CATEGORY = "category"
BY_AREA = "area"
BY_ROUTE = "route"
BY_UNIT = "unit"  # transferred matters by the unit they went to
BY_SORT = "sort"
BY_PURPOSE = "purpose"
GROUP = "group"
REPEAT = "repeat"
SKIP_LEVEL = "skip_level"
NO_SHOW = "no_show"
DAY = "day"  # value: YYYY-MM-DD
HOUR = "hour"  # value: "weekday-hour", weekday 0 = Monday (local time)
WAIT_CATEGORY, WAIT_WINDOW, WAIT_CLERK = "wait_category", "wait_window", "wait_clerk"
SERVICE_CATEGORY, SERVICE_WINDOW, SERVICE_CLERK = (
    "service_category", "service_window", "service_clerk")
ANSWERED_IN_TIME, ANSWERED_LATE, OPEN_OVERDUE = "answered_in_time", "answered_late", "open_overdue"
EXTENDED, REVIEWS = "extended", "reviews"

COUNT_TABLES: tuple[str, ...] = (BY_CATEGORY, BY_AREA, BY_ROUTE, BY_UNIT, BY_SORT, BY_PURPOSE)
TIME_TABLES: tuple[str, ...] = (WAIT_CATEGORY, WAIT_WINDOW, WAIT_CLERK,
                                SERVICE_CATEGORY, SERVICE_WINDOW, SERVICE_CLERK)


@dataclass(frozen=True)
class Totals:
    visits: int
    cases: int  # visits that opened a case (a case number)
    people: int  # sum of people_count


@dataclass(frozen=True)
class CountRow:
    key: str  # the stored value ("" not recorded): rows_behind(table, key)
    label: str
    visits: int
    cases: int
    people: int


@dataclass(frozen=True)
class TimeRow:
    """Waiting (issued → called) or service (serving started → finished) times in
    seconds; median and 90th percentile by nearest rank."""

    key: str
    label: str
    count: int
    median_s: float
    p90_s: float


@dataclass(frozen=True)
class DayCount:
    day: date
    visits: int
    people: int


@dataclass(frozen=True)
class HourCount:
    weekday: int  # 0 = Monday
    hour: int  # local (Asia/Shanghai)
    visits: int


@dataclass(frozen=True)
class Deadlines:
    """Cases opened in the period with a handling deadline (办理期限), and what became
    of them: answered by it, answered after it, still unanswered past it; extended;
    review (复查) requested."""

    with_due: int
    answered_in_time: int
    answered_late: int
    open_overdue: int
    extended: int
    reviews: int


@dataclass(frozen=True)
class Reception:
    """Leader reception days (领导接访日) held in the period (not cancelled)."""

    sessions: int
    bookings: int  # not cancelled
    booked_people: int
    attended: int  # checked in or received
    absent: int
    instructions: int  # given in the period
    instructions_done: int


@dataclass(frozen=True)
class Figures:
    period: Period
    today: date  # the service day the figures were computed on (overdue counts)
    totals: Totals
    by_category: tuple[CountRow, ...]
    by_area: tuple[CountRow, ...]
    by_route: tuple[CountRow, ...]
    by_unit: tuple[CountRow, ...]
    by_sort: tuple[CountRow, ...]
    by_purpose: tuple[CountRow, ...]
    group: Totals  # 集体访: visits, their cases and their people
    repeat_visits: int  # visits linked to an earlier case (重复访)
    skip_level: int  # 越级访
    no_shows: int
    daily: tuple[DayCount, ...]  # every day of the period, zero days included
    hours: tuple[HourCount, ...]  # only the (weekday, hour) cells with visits
    waiting: dict[str, tuple[TimeRow, ...]]  # WAIT_* → rows; key "" overall first
    service: dict[str, tuple[TimeRow, ...]]  # SERVICE_* → rows
    waiting_all: TimeRow | None
    service_all: TimeRow | None
    deadlines: Deadlines
    reception: Reception
    last_year: Period
    last_year_totals: Totals

    def table(self, key: str) -> tuple[CountRow, ...]:
        return {BY_CATEGORY: self.by_category, BY_AREA: self.by_area, BY_ROUTE: self.by_route,
                BY_UNIT: self.by_unit, BY_SORT: self.by_sort,
                BY_PURPOSE: self.by_purpose}[key]

    def heat(self) -> list[list[int]]:
        """visits[weekday][hour] (7 × 24)."""
        grid = [[0] * 24 for _ in range(7)]
        for cell in self.hours:
            grid[cell.weekday][cell.hour] += cell.visits
        return grid


@dataclass(frozen=True)
class VisitLine:
    """One visit behind a figure, masked as the case views show it. Never the
    respondent (被反映人), the ID number, phone or the matter's text."""

    ticket_number: str
    service_day: date
    case_number: str
    masked_name: str
    category_label: str  # ticket category (untranslated, "Domain")
    content_category: str
    area: str
    route_label: str  # untranslated ("Domain"); "" none
    unit: str
    sort_label: str
    people: int
    queue_status_label: str
