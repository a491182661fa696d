"""法定节假日 as the administrator keeps it: the State Council schedule the program carries
(chinese_calendar), the administrator's own entries (a 休息日 or a 调休上班日 that wins
over it) and the years entered in full by hand (no longer estimated).

Every change recounts, in the same transaction, the saved deadlines of the open cases
it can move (desktop/cases/recount.py) and says how many moved. Every date counted here
comes from `load_calendar`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CalendarDay, CalendarYear
from desktop.accounts import audit
from desktop.accounts.permissions import Permission, require
from desktop.calendar import Calendar, DueDate, known_years
from desktop.cases.calendar_store import load_calendar
from desktop.cases.deadlines import DeadlineRules
from desktop.cases.recount import recount_deadlines
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.service import TerminalService
from desktop.settings.registry import Settings, read_settings
from desktop.text import clean_text, column_length

FIRST_YEAR = 2000
LAST_YEAR = 2100
MAX_NOTE_LENGTH = column_length(CalendarDay.note)

# The holiday names of the schedule package, in Chinese (the package's own names are
# English); lupdate collects them here.
HOLIDAY_NAMES: dict[str, str] = {
    "New Year's Day": QT_TRANSLATE_NOOP("Domain", "元旦"),
    "Spring Festival": QT_TRANSLATE_NOOP("Domain", "春节"),
    "Tomb-sweeping Day": QT_TRANSLATE_NOOP("Domain", "清明节"),
    "Labour Day": QT_TRANSLATE_NOOP("Domain", "劳动节"),
    "Dragon Boat Festival": QT_TRANSLATE_NOOP("Domain", "端午节"),
    "Mid-autumn Festival": QT_TRANSLATE_NOOP("Domain", "中秋节"),
    "National Day": QT_TRANSLATE_NOOP("Domain", "国庆节"),
    "Anti-Fascist 70th Day": QT_TRANSLATE_NOOP("Domain", "抗战胜利70周年纪念日"),
}
REST_DAY = QT_TRANSLATE_NOOP("Domain", "休息日")
MAKE_UP_DAY = QT_TRANSLATE_NOOP("Domain", "调休上班日")


class CalendarEntryError(UserError):
    """An entry in the calendar the administrator has to correct; `field` names the input
    ("day", "kind", "note", "year")."""


@dataclass(frozen=True)
class ScheduleDay:
    """A day the State Council schedule marks: a holiday or a make-up working day."""

    day: date
    working: bool  # True: 调休上班日
    name: str  # 国庆节 … (a "Domain" text)


@dataclass(frozen=True)
class CalendarEntry:
    """An administrator's entry: it wins over the schedule."""

    day: date
    working: bool
    note: str
    schedule_working: bool  # what the schedule (or weekends) alone says of that day


@dataclass(frozen=True)
class YearCalendar:
    year: int
    published: bool  # the program carries the State Council notice for this year
    entered: bool  # an administrator marked the year 已录入全年节假日
    entered_by: str
    last_published_year: int
    schedule: tuple[ScheduleDay, ...]
    entries: tuple[CalendarEntry, ...]
    rest_days: frozenset[date]  # every rest day of the year, as deadlines now count

    @property
    def estimated(self) -> bool:
        """Deadlines in this year are counted by weekends only (a visible warning)."""
        return not self.published and not self.entered


@dataclass(frozen=True)
class CalendarChange:
    """What a change did: the year as it now stands and how many cases moved."""

    calendar: YearCalendar
    moved_cases: int


def schedule_of(year: int) -> tuple[ScheduleDay, ...]:
    """The holidays and make-up working days the package carries for `year`."""
    days = [ScheduleDay(day, False, _holiday_name(name))
            for day, name in chinese_calendar.holidays.items() if day.year == year]
    days += [ScheduleDay(day, True, _holiday_name(name))
             for day, name in chinese_calendar.workdays.items() if day.year == year]
    return tuple(sorted(days, key=lambda item: item.day))


def _holiday_name(name: object) -> str:
    text = str(getattr(name, "value", name))
    return HOLIDAY_NAMES.get(text, text)


def _rules(settings: Settings) -> DeadlineRules:
    """The centre's time limits and roll-over, as set under 系统设置."""
    return DeadlineRules(
        accept_notice_days=settings.accept_notice_days,
        handling_days=settings.handling_days,
        extension_days=settings.handling_extension_days,
        roll_over=settings.deadline_roll_over,
    )


def _check_year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise CalendarEntryError(
            QT_TRANSLATE_NOOP("Errors", "年份应在 {low} 到 {high} 之间"),
            field="year", low=FIRST_YEAR, high=LAST_YEAR)
    return year


def _check_day(day: date) -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise CalendarEntryError(
            QT_TRANSLATE_NOOP("Errors", "日期应在 {low} 年到 {high} 年之间，请核对年份"),
            field="day", low=FIRST_YEAR, high=LAST_YEAR)
    return day


def _schedule_only(calendar: Calendar) -> Calendar:
    """The same calendar without the administrator's day entries."""
    return Calendar(entered_years=calendar.entered_years)


def year_calendar(session: Session, year: int) -> YearCalendar:
    calendar = load_calendar(session)
    plain = _schedule_only(calendar)
    first, last = date(year, 1, 1), date(year, 12, 31)
    rows = session.scalars(select(CalendarDay).where(CalendarDay.day.between(first, last))
                           .order_by(CalendarDay.day))
    entries = tuple(CalendarEntry(row.day, row.is_working, row.note or "",
                                  plain.is_working_day(row.day)) for row in rows)
    marked = session.get(CalendarYear, year)
    rest = frozenset(first + timedelta(days=n) for n in range((last - first).days + 1)
                     if not calendar.is_working_day(first + timedelta(days=n)))
    years = known_years()
    return YearCalendar(
        year=year, published=year in years, entered=marked is not None,
        entered_by=marked.entered_by if marked is not None else "",
        last_published_year=years[-1], schedule=schedule_of(year), entries=entries,
        rest_days=rest,
    )


class CalendarAdminService(TerminalService):
    """系统设置 → 法定节假日, the start-up recount, and the calendar the command line uses."""

    def year(self, year: int) -> YearCalendar:
        _check_year(year)
        with self._sessions() as session:
            return year_calendar(session, year)

    def calendar(self) -> Calendar:
        with self._sessions() as session:
            return load_calendar(session)

    def due_date(self, start: date, *, days: int | None = None,
                 working_days: int | None = None, roll_over: bool | None = None) -> DueDate:
        """A time limit's last day on this centre's calendar; `roll_over` None: as the
        centre's settings say (期限末日遇休息日顺延)."""
        with self._sessions() as session:
            calendar = load_calendar(session)
            if working_days is not None:
                return calendar.add_working_days(start, working_days)
            if days is None:
                raise ValueError("days or working_days")
            if roll_over is None:
                roll_over = read_settings(session).deadline_roll_over
            return calendar.add_days(start, days, roll_over=roll_over)

    def set_day(self, day: date, working: bool, note: str = "") -> CalendarChange:
        """Enter `day` as a 休息日 (`working` False) or a 调休上班日 (True)."""
        require(self._actor(), Permission.MANAGE_CALENDAR)
        _check_day(day)
        clean_note = clean_text(note, field="note", label=QT_TRANSLATE_NOOP("Fields", "说明"),
                                limit=MAX_NOTE_LENGTH, error=CalendarEntryError)
        with self._sessions.begin() as session:
            plain = _schedule_only(load_calendar(session))
            row = session.get(CalendarDay, day)
            if plain.is_working_day(day) == working:
                raise self._nothing_to_change(day, working, row is not None)
            if row is None:
                session.add(CalendarDay(day=day, is_working=working, note=clean_note))
            else:
                row.is_working = working
                row.note = clean_note
            audit.record(session, self._workstation, "calendar_day_set", "calendar_day",
                         day.isoformat(), "working" if working else "rest")
            return self._changed(session, day.year, [day])

    def remove_day(self, day: date) -> CalendarChange:
        """Take an entry away: the schedule (or weekends) counts that day again."""
        require(self._actor(), Permission.MANAGE_CALENDAR)
        _check_day(day)
        with self._sessions.begin() as session:
            row = session.get(CalendarDay, day)
            if row is None:
                raise CalendarEntryError(
                    QT_TRANSLATE_NOOP("Errors", "{day} 没有录入过，无需删除；请刷新列表后再试"),
                    field="day", day=day.isoformat())
            session.delete(row)
            audit.record(session, self._workstation, "calendar_day_removed", "calendar_day",
                         day.isoformat())
            return self._changed(session, day.year, [day])

    def set_year_entered(self, year: int, entered: bool) -> CalendarChange:
        """Mark `year` 已录入全年节假日 (its dates are no longer estimates), or unmark it."""
        require(self._actor(), Permission.MANAGE_CALENDAR)
        _check_year(year)
        with self._sessions.begin() as session:
            row = session.get(CalendarYear, year)
            if entered:
                if year in known_years():
                    raise CalendarEntryError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{year} 年的节假日安排程序里已有（国务院通知），无需标记"),
                        field="year", year=year)
                if row is not None:
                    raise CalendarEntryError(
                        QT_TRANSLATE_NOOP("Errors", "{year} 年已标记为已录入全年节假日"),
                        field="year", year=year)
                session.add(CalendarYear(year=year, entered_by=self._workstation.operator))
            else:
                if row is None:
                    raise CalendarEntryError(
                        QT_TRANSLATE_NOOP("Errors", "{year} 年没有标记为已录入，无需撤销"),
                        field="year", year=year)
                session.delete(row)
            audit.record(session, self._workstation, "calendar_year_entered", "calendar_year",
                         str(year), "1" if entered else "0")
            return self._changed(session, year, [date(year, 1, 1)])

    def recount_uncounted(self) -> int:
        """Start-up housekeeping: count the cases never counted by the official calendar
        (registered before it, some without steps). Returns how many changed."""
        with self._sessions.begin() as session:
            return recount_deadlines(
                session, load_calendar(session), _rules(read_settings(session)),
                workstation=self._workstation, now=self._clock(), only_uncounted=True)

    # ---- helpers ------------------------------------------------------------------------

    def _changed(self, session: Session, year: int, days: list[date]) -> CalendarChange:
        session.flush()
        moved = recount_deadlines(
            session, load_calendar(session), _rules(read_settings(session)),
            workstation=self._workstation, now=self._clock(), changed_days=days)
        return CalendarChange(year_calendar(session, year), moved)

    @staticmethod
    def _nothing_to_change(day: date, working: bool, has_entry: bool) -> CalendarEntryError:
        if has_entry:
            return CalendarEntryError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{day} 按国务院安排（或周末）本来就是这样；"
                    "要撤销先前的录入，请在列表中选中它后点“删除”"),
                field="kind", day=day.isoformat())
        if working:
            return CalendarEntryError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{day} 按国务院安排（或周末）已是工作日，录入为调休上班日不会改变任何期限"),
                field="kind", day=day.isoformat())
        return CalendarEntryError(
            QT_TRANSLATE_NOOP(
                "Errors", "{day} 按国务院安排（或周末）已是休息日，录入为休息日不会改变任何期限"),
            field="kind", day=day.isoformat())
