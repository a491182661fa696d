"""期限监控: the open cases whose current deadline falls within the next N days, and those
already overdue, for the section chief's morning look (and the `deadlines` command).

Read from `Visit.next_due` / `next_due_step` (kept up to date by lifecycle.record_step;
`next_due` is indexed), so the watch is one range query however many visits are stored.
Days left are calendar days from today's service day (negative: overdue); working days
left are counted on the official calendar (`load_calendar`). Names are masked as on the
progress enquiry ("张*"); nothing else personal is read.

The counts by step and by unit describe the whole window (before the step and unit
filters), so the filter lists show where the load is; the rows are filtered.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import Visit, Visitor
from desktop.accounts import audit
from desktop.accounts.permissions import Permission, require
from desktop.calendar import Calendar
from desktop.cases.calendar_store import load_calendar
from desktop.cases.enquiry import mask_name
from desktop.clock import service_day
from desktop.domain import (
    CASE_STATUS_LABELS,
    MATTER_SORT_LABELS,
    OPEN_CASE_STATUSES,
    STEP_LABELS,
    CaseStatus,
    MatterSort,
    StepKind,
)
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.service import TerminalService

DEFAULT_WITHIN_DAYS = 7
MAX_WITHIN_DAYS = 366
DUE_SOON_DAYS = 3  # the view marks these amber
EXPORT_ACTION = "export"
EXPORT_SUBJECT = "deadline_watch"

ExportKind = Literal["xlsx", "pdf"]
EXPORT_SUFFIXES: dict[str, ExportKind] = {".xlsx": "xlsx", ".pdf": "pdf"}


class WatchInputError(UserError):
    """A window length, step or file name the watch cannot use."""


@dataclass(frozen=True)
class WatchRow:
    visit_id: uuid.UUID  # the case (the visit that opened it)
    case_number: str
    masked_name: str  # "张*"; "" for an anonymous matter
    sort: MatterSort | None
    sort_label: str  # untranslated (context "Domain"); "" when not sorted
    step: StepKind | None  # the step whose deadline the case waits on
    step_label: str  # untranslated (context "Domain")
    unit: str  # 承办单位 as printed; "" for a case handled here
    due: date
    days_left: int  # calendar days from today; negative: overdue
    working_days_left: int  # working days on the official calendar; negative: overdue
    estimated: bool  # a deadline counted by weekends only (holidays not yet published)
    status: CaseStatus
    status_label: str  # untranslated (context "Domain")

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def due_soon(self) -> bool:
        return 0 <= self.days_left <= DUE_SOON_DAYS


@dataclass(frozen=True)
class StepCount:
    step: StepKind | None
    label: str  # untranslated (context "Domain")
    count: int
    overdue: int


@dataclass(frozen=True)
class UnitCount:
    unit: str  # "" for cases handled here
    count: int
    overdue: int


@dataclass(frozen=True)
class DeadlineWatch:
    today: date
    within_days: int
    until: date  # the last due date in the window (calendar days after today)
    step: StepKind | None  # the filters the rows were chosen with
    unit: str | None
    include_overdue: bool
    rows: tuple[WatchRow, ...]  # overdue first, then by due date
    by_step: tuple[StepCount, ...]  # the whole window, most first
    by_unit: tuple[UnitCount, ...]  # the whole window, most first

    @property
    def overdue_count(self) -> int:
        return sum(1 for row in self.rows if row.overdue)

    @property
    def due_soon_count(self) -> int:
        return sum(1 for row in self.rows if row.due_soon)


@dataclass(frozen=True)
class WatchExport:
    path: Path
    kind: ExportKind
    rows: int
    bytes: int
    left_out: int = 0  # 检举控告 rows kept out of a list exported for one unit


class WorkingDays:
    """Working days between today and each due date, on one calendar, counted once per
    day of the span (a watch has many rows on few dates)."""

    def __init__(self, calendar: Calendar, today: date, days: Iterable[date]) -> None:
        days = list(days)
        self._today = today
        self._first = min([today, *days]).toordinal()
        last = max([today, *days]).toordinal()
        # _upto[i]: working days in (first, first + i]
        self._upto = [0]
        for ordinal in range(self._first + 1, last + 1):
            working = calendar.is_working_day(date.fromordinal(ordinal))
            self._upto.append(self._upto[-1] + int(working))

    def _count_to(self, day: date) -> int:
        return self._upto[day.toordinal() - self._first]

    def left(self, due: date) -> int:
        """Working days in (today, due]; for a past due date, minus those in (due, today]."""
        return self._count_to(due) - self._count_to(self._today)


def check_within(within_days: int) -> int:
    if isinstance(within_days, bool) or not 0 <= within_days <= MAX_WITHIN_DAYS:
        raise WatchInputError(
            QT_TRANSLATE_NOOP("Errors", "天数应为 0–{most} 的整数，例如 7 表示未来 7 天内到期"),
            field="within_days", most=MAX_WITHIN_DAYS,
        )
    return within_days


def export_kind(path: str | Path) -> ExportKind:
    kind = EXPORT_SUFFIXES.get(Path(path).suffix.lower())
    if kind is None:
        raise WatchInputError(
            QT_TRANSLATE_NOOP("Errors", "导出文件名应以 .xlsx（Excel）或 .pdf 结尾：{name}"),
            field="path", name=Path(path).name,
        )
    return kind


def _count_by(rows: Sequence[WatchRow]) -> tuple[tuple[StepCount, ...], tuple[UnitCount, ...]]:
    steps: Counter[StepKind | None] = Counter(row.step for row in rows)
    step_overdue: Counter[StepKind | None] = Counter(row.step for row in rows if row.overdue)
    units: Counter[str] = Counter(row.unit for row in rows)
    unit_overdue: Counter[str] = Counter(row.unit for row in rows if row.overdue)
    by_step = tuple(
        StepCount(step, STEP_LABELS[step] if step else "", count, step_overdue[step])
        for step, count in sorted(steps.items(), key=lambda item: (-item[1], str(item[0])))
    )
    by_unit = tuple(
        UnitCount(unit, count, unit_overdue[unit])
        for unit, count in sorted(units.items(), key=lambda item: (-item[1], item[0]))
    )
    return by_step, by_unit


class DeadlineWatchService(TerminalService):
    def watch(self, within_days: int = DEFAULT_WITHIN_DAYS, step: StepKind | None = None,
              unit: str | None = None, include_overdue: bool = True) -> DeadlineWatch:
        """Open cases due within `within_days` calendar days of today (and, with
        `include_overdue`, those past due), filtered by `step` and `unit` ("" is a case
        handled here); overdue first, then by due date."""
        require(self._actor(), Permission.VIEW_CASES)
        within = check_within(within_days)
        today = service_day(self._clock())
        with self._sessions.begin() as session:
            return _watch(session, today, within, step, unit, include_overdue)

    def export(self, path: str | Path, within_days: int = DEFAULT_WITHIN_DAYS,
               step: StepKind | None = None, unit: str | None = None,
               include_overdue: bool = True) -> WatchExport:
        """The watch as an Excel (.xlsx) or PDF file at `path`, written whole or not at
        all (a temporary file renamed), and recorded in the audit log."""
        require(self._actor(), Permission.EXPORT_CASES)
        kind = export_kind(path)
        within = check_within(within_days)
        today = service_day(self._clock())
        from desktop.cases import watch_export  # openpyxl / ReportLab on first export
        from desktop.storage.files import save_file

        target = Path(path).expanduser().resolve()
        with self._sessions.begin() as session:
            # A list filtered by a unit goes to that unit: 检举控告 matters stay out of it
            # (they may be about that unit; the reporter must not be named to it).
            report = _watch(session, today, within, step, unit, include_overdue,
                            leave_out_accusations=bool(unit))
            left_out = (len(_watch(session, today, within, step, unit, include_overdue).rows)
                        - len(report.rows)) if unit else 0
            data = (watch_export.to_xlsx(report) if kind == "xlsx"
                    else watch_export.to_pdf(report))
            save_file(target, data)
            # Which list went out, never who is on it (the rows are in the file only).
            audit.record(
                session, self._workstation, EXPORT_ACTION, EXPORT_SUBJECT,
                report.today.isoformat(),
                f"{kind}; {len(report.rows)} rows; within {within} days; "
                f"step {step.value if step else '*'}; "
                f"unit {'*' if unit is None else (unit or '本机关')}"
                + (f"; {left_out} accusations left out" if left_out else ""),
            )
        return WatchExport(path=target, kind=kind, rows=len(report.rows), bytes=len(data),
                           left_out=left_out)


def _watch(session: Session, today: date, within: int, step: StepKind | None,
           unit: str | None, include_overdue: bool, *,
           leave_out_accusations: bool = False) -> DeadlineWatch:
    calendar = load_calendar(session)
    # Date arithmetic for the window's end only; the deadlines themselves are next_due.
    until = date.fromordinal(today.toordinal() + within)
    query = (
        select(Visit.id, Visit.case_number, Visit.flag_anonymous, Visitor.name,
               Visit.matter_sort, Visit.next_due_step, Visit.route_unit,
               Visit.next_due, Visit.deadline_estimated, Visit.case_status)
        .join(Visitor, Visitor.id == Visit.visitor_id)
        .where(Visit.next_due.is_not(None), Visit.next_due <= until,
               Visit.case_status.in_(sorted(status.value for status in OPEN_CASE_STATUSES)),
               Visit.case_number.is_not(None), Visit.deleted_at.is_(None))
        .order_by(Visit.next_due, Visit.case_number)
    )
    if not include_overdue:
        query = query.where(Visit.next_due >= today)
    if leave_out_accusations:
        query = query.where(or_(Visit.matter_sort.is_(None),
                                Visit.matter_sort != MatterSort.ACCUSATION.value))
    found = session.execute(query).all()
    days = WorkingDays(calendar, today, {r.next_due for r in found})
    window = tuple(
        _row(r.id, r.case_number, r.flag_anonymous, r.name, r.matter_sort, r.next_due_step,
             r.route_unit, r.next_due, r.deadline_estimated, r.case_status, today, days)
        for r in found
    )
    by_step, by_unit = _count_by(window)
    rows = tuple(
        row for row in window
        if (step is None or row.step is step) and (unit is None or row.unit == unit)
    )
    return DeadlineWatch(today=today, within_days=within, until=until, step=step, unit=unit,
                         include_overdue=include_overdue, rows=rows, by_step=by_step,
                         by_unit=by_unit)


# Stored values to their enums, looked up once (a watch may have thousands of rows).
_SORTS = {sort.value: sort for sort in MatterSort}
_STEPS = {step.value: step for step in StepKind}
_STATUSES = {status.value: status for status in CaseStatus}


def _row(visit_id: uuid.UUID, case_number: str, anonymous: bool, name: str,
         sort: str | None, step: str | None, unit: str | None, due: date,
         estimated: bool, status: str, today: date, days: WorkingDays) -> WatchRow:
    matter_sort = _SORTS[sort] if sort else None
    step_kind = _STEPS[step] if step else None
    case_status = _STATUSES[status]
    return WatchRow(
        visit_id=visit_id,
        case_number=case_number,
        masked_name="" if anonymous else mask_name(name),
        sort=matter_sort,
        sort_label=MATTER_SORT_LABELS[matter_sort] if matter_sort else "",
        step=step_kind,
        step_label=STEP_LABELS[step_kind] if step_kind else "",
        unit=unit or "",
        due=due,
        days_left=due.toordinal() - today.toordinal(),
        working_days_left=days.left(due),
        estimated=estimated,
        status=case_status,
        status_label=CASE_STATUS_LABELS[case_status],
    )
