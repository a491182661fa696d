"""StatisticsService: the figures of a period (统计) and the visits behind any figure.

Everything is counted by the statements in desktop/reports/queries.py inside one
transaction (one consistent snapshot); Python folds only their grouped rows. The service
runs on whatever session factory it is given — this terminal's database now, the central
database when sync hands one over.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from db.models import Area, ContentCategory, Visit, Visitor
from desktop.accounts.permissions import Permission, require
from desktop.cases.case_service import mask_name
from desktop.clock import service_day
from desktop.domain import (
    CATEGORIES,
    MATTER_SORT_LABELS,
    PURPOSE_LABELS,
    QUEUE_STATUS_LABELS,
    ROUTE_LABELS,
    MatterSort,
    Purpose,
    QueueStatus,
    Route,
    TicketCategory,
)
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.reports import figures as f
from desktop.reports import queries as q
from desktop.reports.exports import ReportExport, export_kind, write_report, write_visits
from desktop.reports.periods import Period, PeriodKind, date_range, same_period_last_year
from desktop.service import TerminalService

NOT_RECORDED = QT_TRANSLATE_NOOP("Domain", "未登记")
ALL = QT_TRANSLATE_NOOP("Domain", "合计")
MAX_ROWS_BEHIND = 5000

_ROUTES = {route.value: ROUTE_LABELS[route] for route in Route}
_SORTS = {sort.value: MATTER_SORT_LABELS[sort] for sort in MatterSort}
_PURPOSES = {purpose.value: PURPOSE_LABELS[purpose] for purpose in Purpose}
_TICKETS = {category.value: CATEGORIES[category].label for category in TicketCategory}
_QUEUE = {status.value: QUEUE_STATUS_LABELS[status] for status in QueueStatus}


class FigureKeyError(UserError):
    """A drill-down asked for a figure that does not exist."""


class StatisticsService(TerminalService):
    def figures(self, first_day: date, last_day: date,
                kind: PeriodKind = PeriodKind.RANGE) -> f.Figures:
        """The figures of the service days first_day … last_day (Asia/Shanghai)."""
        require(self._actor(), Permission.VIEW_CASES)
        period = date_range(first_day, last_day)
        period = Period(kind, period.first, period.last)
        today = service_day(self._clock())
        with self._sessions.begin() as session:
            return compute(session, period, today)

    def rows_behind(self, key: str, value: str, first_day: date,
                    last_day: date) -> tuple[f.VisitLine, ...]:
        """The visits a figure counts (`key` a figure key of desktop/reports/figures.py,
        `value` the row's key), masked; at most MAX_ROWS_BEHIND, newest first."""
        require(self._actor(), Permission.VIEW_CASES)
        period = date_range(first_day, last_day)
        today = service_day(self._clock())
        with self._sessions.begin() as session:
            return rows_behind(session, key, value, period, today)


    def export_report(self, path: str | Path, first_day: date, last_day: date,
                      kind: PeriodKind = PeriodKind.RANGE) -> ReportExport:
        """The figures as an A4 PDF (with charts) or an Excel file (.pdf / .xlsx), written
        whole and audited."""
        require(self._actor(), Permission.EXPORT_CASES)
        export_kind(path, ("pdf", "xlsx"))
        period = date_range(first_day, last_day)
        period = Period(kind, period.first, period.last)
        today = service_day(self._clock())
        with self._sessions.begin() as session:
            return write_report(session, self._workstation, path,
                                compute(session, period, today))

    def export_visits(self, path: str | Path, key: str, value: str, first_day: date,
                      last_day: date) -> ReportExport:
        """The visits behind a figure as Excel or CSV (.xlsx / .csv), masked, written
        whole and audited."""
        require(self._actor(), Permission.EXPORT_CASES)
        export_kind(path, ("xlsx", "csv"))
        period = date_range(first_day, last_day)
        today = service_day(self._clock())
        with self._sessions.begin() as session:
            lines = rows_behind(session, key, value, period, today)
            return write_visits(session, self._workstation, path, key, value,
                                period.first.isoformat(), period.last.isoformat(), lines)


# ------------------------------------------------------------------------- counting


def _names(session: Session) -> tuple[dict[str, str], dict[str, str]]:
    categories = dict(session.execute(select(ContentCategory.code, ContentCategory.name)).all())
    areas = dict(session.execute(select(Area.code, Area.name)).all())
    return categories, areas


def _rows(counts: dict[str, list[int]], labels: dict[str, str],
          empty_label: str = NOT_RECORDED) -> tuple[f.CountRow, ...]:
    rows = [f.CountRow(key, labels.get(key, key) if key else empty_label, *values)
            for key, values in counts.items()]
    return tuple(sorted(rows, key=lambda row: (-row.visits, row.key == "", row.key)))


def compute(session: Session, period: Period, today: date) -> f.Figures:
    first, last = period.first, period.last
    categories, areas = _names(session)
    tables: dict[str, dict[str, list[int]]] = {key: defaultdict(lambda: [0, 0, 0])
                                               for key in f.COUNT_TABLES}
    total = [0, 0, 0]
    group = [0, 0, 0]
    repeat = skip = no_show = 0
    days: dict[date, list[int]] = {date.fromordinal(o): [0, 0] for o in
                                   range(first.toordinal(), last.toordinal() + 1)}
    cells: dict[tuple[int, int], int] = defaultdict(int)
    timed: list[tuple[str, str, str, float | None, float | None]] = []
    for row in session.execute(q.visit_pass(session, first, last)):
        tag = row[0]
        if tag == q.DURATION:
            timed.append((row[1], row[2], row[3], row[11], row[12]))
            continue
        if tag == q.DAY_HOUR:
            day = date.fromisoformat(str(row[1])[:10])
            days[day][0] += int(row[11])
            days[day][1] += int(row[12])
            cells[(day.weekday(), int(row[2]))] += int(row[11])
            continue
        cc, area, route, unit, sort, purpose, grp, rep, skip_level, noshow = row[1:11]
        values = (int(row[11]), int(row[12]), int(row[13]))
        keys = {f.BY_CATEGORY: cc, f.BY_AREA: area, f.BY_ROUTE: route, f.BY_SORT: sort,
                f.BY_PURPOSE: purpose}
        if unit is not None or route == Route.TRANSFERRED.value:
            keys[f.BY_UNIT] = unit
        for table, key in keys.items():
            _add(tables[table][key or ""], values)
        _add(total, values)
        if grp:
            _add(group, values)
        repeat += values[0] if rep else 0
        skip += values[0] if skip_level else 0
        no_show += values[0] if noshow else 0
    daily = tuple(f.DayCount(day, *counts) for day, counts in days.items())
    hours = tuple(f.HourCount(w, h, n) for (w, h), n in sorted(cells.items()))
    waiting, service, waiting_all, service_all = _times(timed)
    last_year = same_period_last_year(period)
    before = session.execute(q.totals(last_year.first, last_year.last)).one()
    return f.Figures(
        period=period, today=today, totals=f.Totals(*total),
        by_category=_rows(tables[f.BY_CATEGORY], categories),
        by_area=_rows(tables[f.BY_AREA], areas),
        by_route=_rows(tables[f.BY_ROUTE], _ROUTES),
        by_unit=_rows(tables[f.BY_UNIT], {}),
        by_sort=_rows(tables[f.BY_SORT], _SORTS),
        by_purpose=_rows(tables[f.BY_PURPOSE], _PURPOSES),
        group=f.Totals(*group), repeat_visits=repeat, skip_level=skip, no_shows=no_show,
        daily=daily, hours=hours, waiting=waiting, service=service,
        waiting_all=waiting_all, service_all=service_all,
        deadlines=_deadlines(session, period, today),
        reception=_reception(session, period),
        last_year=last_year, last_year_totals=f.Totals(*(int(v) for v in before)),
    )


def _add(into: list[int], values: Iterable[int]) -> None:
    for index, value in enumerate(values):
        into[index] += value


_TIME_DIMS = ("category", "window", "clerk")


def nearest_rank(sorted_values: list[float], share: int) -> float:
    """The nearest-rank percentile (`share` of 100) of ascending values: the value at
    rank ceil(share/100 · n)."""
    n = len(sorted_values)
    return sorted_values[max(1, (share * n + 99) // 100) - 1]


def _times(timed: list[tuple[str, str, str, float | None, float | None]]) -> tuple[
        dict[str, tuple[f.TimeRow, ...]], dict[str, tuple[f.TimeRow, ...]],
        f.TimeRow | None, f.TimeRow | None]:
    """Median and 90th percentile of the waiting and service seconds, overall and by
    category, window and clerk."""
    groups: dict[tuple[str, str], list[float]] = {}
    if not timed:
        return ({key: () for key in f.TIME_TABLES if key.startswith("wait")},
                {key: () for key in f.TIME_TABLES if key.startswith("service")}, None, None)
    columns = list(zip(*timed, strict=True))  # category, window, clerk, wait, service
    # Tight loops over plain columns: a month holds ~10^5 timed visits.
    for kind, seconds in (("wait", columns[3]), ("service", columns[4])):
        overall = [value for value in seconds if value is not None]
        if not overall:
            continue
        groups[(kind, "")] = overall
        for dim, keys in zip(_TIME_DIMS, columns[:3], strict=True):
            by_key: dict[str, list[float]] = defaultdict(list)
            for key, value in zip(keys, seconds, strict=True):
                if value is not None:
                    by_key[key].append(value)
            for key, values in by_key.items():
                groups[(f"{kind}_{dim}", key or "")] = values
    by: dict[str, list[f.TimeRow]] = defaultdict(list)
    for (grp, key), values in groups.items():
        values.sort()  # whole seconds (rounded in SQL)
        dim = grp.partition("_")[2]
        label = (ALL if not dim else _TICKETS.get(key, key) if dim == "category" and key
                 else key or NOT_RECORDED)
        by[grp].append(f.TimeRow(key, label, len(values), nearest_rank(values, 50),
                                 nearest_rank(values, 90)))
    for table in by.values():
        table.sort(key=lambda row: (-row.count, row.key))
    waiting = {key: tuple(by.get(key, ())) for key in f.TIME_TABLES if key.startswith("wait")}
    service = {key: tuple(by.get(key, ())) for key in f.TIME_TABLES
               if key.startswith("service")}
    overall_wait = by["wait"][0] if by.get("wait") else None
    overall_service = by["service"][0] if by.get("service") else None
    return waiting, service, overall_wait, overall_service


def _deadlines(session: Session, period: Period, today: date) -> f.Deadlines:
    sums = [0] * 6
    corrected = []
    for row in session.execute(q.deadlines(period.first, period.last, today)):
        if row[0] is None:
            _add(sums, (int(v) for v in row[1:]))
        else:
            corrected.append(row[0])
    for start in range(0, len(corrected), 500):  # few; in chunks under SQLite's limits
        exact = session.execute(q.deadlines_exact(corrected[start:start + 500], today)).one()
        _add(sums, (int(v) for v in exact))
    return f.Deadlines(*sums)


def _reception(session: Session, period: Period) -> f.Reception:
    sessions, bookings, instructions = q.reception(period.first, period.last)
    held = int(session.execute(sessions).scalar_one())
    booked, people, attended, absent = (int(v) for v in session.execute(bookings).one())
    given, done = (int(v) for v in session.execute(instructions).one())
    return f.Reception(held, booked, people, attended, absent, given, done)


# ------------------------------------------------------------------------- drill-down


def _value_filter(session: Session, key: str, value: str, period: Period, today: date) -> Any:
    def column_is(column: Any) -> Any:
        return column.is_(None) if value == "" else column == value

    simple = {f.BY_CATEGORY: Visit.content_category_code, f.BY_AREA: Visit.area_code,
              f.BY_ROUTE: Visit.route, f.BY_SORT: Visit.matter_sort,
              f.BY_PURPOSE: Visit.purpose}
    if key == f.TOTAL:
        return None
    if key in simple:
        return column_is(simple[key])
    if key == f.BY_UNIT:
        return and_(Visit.route == Route.TRANSFERRED.value, column_is(Visit.route_unit))
    flags = {f.GROUP: q.is_group(), f.REPEAT: q.is_repeat(),
             f.SKIP_LEVEL: Visit.flag_skip_level.is_(True),
             f.NO_SHOW: Visit.queue_status == QueueStatus.NO_SHOW.value}
    if key in flags:
        return flags[key]
    if key == f.DAY:
        return Visit.service_day == _day(value)
    if key == f.HOUR:
        weekday, _, hour = value.partition("-")
        return and_(q.local_hour(session, Visit.issued_at) == int(hour),
                    Visit.service_day.in_(_weekday_days(period, int(weekday))))
    if key in f.TIME_TABLES:
        timed = (Visit.called_at.is_not(None) if key.startswith("wait")
                 else and_(Visit.serving_started_at.is_not(None),
                           Visit.finished_at.is_not(None)))
        dim = key.partition("_")[2]
        column = {"category": Visit.category, "window": Visit.window_name,
                  "clerk": Visit.registered_by}[dim]
        return and_(timed, column_is(column) if value else timed)
    if key in (f.ANSWERED_IN_TIME, f.ANSWERED_LATE, f.OPEN_OVERDUE, f.EXTENDED, f.REVIEWS):
        return q.deadline_filter(key, today)
    raise FigureKeyError(QT_TRANSLATE_NOOP("Errors", "没有名为“{key}”的统计项"),
                         field="key", key=key)


def _weekday_days(period: Period, weekday: int) -> list[date]:
    """The period's days of one weekday (0 = Monday)."""
    return [day for day in (date.fromordinal(o) for o in range(
        period.first.toordinal(), period.last.toordinal() + 1)) if day.weekday() == weekday]


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FigureKeyError(QT_TRANSLATE_NOOP("Errors", "日期“{value}”应写成 2026-10-31"),
                             field="value", value=value) from None


def rows_behind(session: Session, key: str, value: str, period: Period,
                today: date) -> tuple[f.VisitLine, ...]:
    condition = _value_filter(session, key, value, period, today)
    query = (select(Visit.ticket_number, Visit.service_day, Visit.case_number,
                    Visit.flag_anonymous, Visitor.name, Visit.category,
                    Visit.content_category_code, Visit.area_code, Visit.route,
                    Visit.route_unit, Visit.matter_sort, Visit.people_count,
                    Visit.queue_status)
             .join(Visitor, Visitor.id == Visit.visitor_id)
             .where(q.in_period(period.first, period.last))
             .order_by(Visit.service_day.desc(), Visit.issued_at.desc())
             .limit(MAX_ROWS_BEHIND))
    if condition is not None:
        query = query.where(condition)
    categories, areas = _names(session)
    return tuple(
        f.VisitLine(
            ticket_number=r.ticket_number, service_day=r.service_day,
            case_number=r.case_number or "",
            masked_name="" if r.flag_anonymous else mask_name(r.name),
            category_label=_TICKETS.get(r.category, r.category),
            content_category=categories.get(r.content_category_code or "", ""),
            area=areas.get(r.area_code or "", ""),
            route_label=_ROUTES.get(r.route or "", ""),
            unit=r.route_unit or "" if r.route == Route.TRANSFERRED.value else "",
            sort_label=_SORTS.get(r.matter_sort or "", ""),
            people=r.people_count, queue_status_label=_QUEUE.get(r.queue_status, ""))
        for r in session.execute(query))
