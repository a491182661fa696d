"""叫号: calling visitors to windows, the window clerk's queue actions, the hall board.

A clerk's terminal is logged to one window (接谈窗口, e.g. "3号窗口"). Queue statuses
change only along ALLOWED; anything else is refused with a message and changes nothing.

    waiting ──call──▶ called ──start──▶ serving ──finish──▶ done
       ▲               │  ▲ recall        │
       │               │  └──resume── parked ◀──park── (called | serving)
       │               └──no-show──▶ no_show ──reactivate──▶ waiting
       └──transfer── (called | serving | parked)
    past days: waiting | called | serving | parked ──▶ unfinished (close_past_days)

Next in line (call_next): a ticket transferred to this window, then priority, then
booked visitors in their slot (up to BOOKED_EARLY before it), then arrival order.
Picking and marking happen in one transaction: on SQLite it already holds the write
lock (BEGIN IMMEDIATE); on PostgreSQL the row is taken with FOR UPDATE SKIP LOCKED,
and the update is guarded on the status, so two clerks never get the same visitor.

Every change writes a VisitStatusChange (who, which window, when) and every call and
recall a CallEvent, from which waiting time (arrival → first call) and service time
(start → finish) per clerk and category are reported (visit_timings).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from db.models import CallEvent, ServiceWindow, Setting, Visit, Visitor, VisitStatusChange
from desktop.clock import service_day
from desktop.domain import CATEGORIES, QUEUE_STATUS_LABELS, QueueStatus, TicketCategory
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.queue.day_close import DayWatcher, record_closed_day, service_day_after_close
from desktop.queue.estimates import (
    WaitEstimate,
    count_windows_open,
    estimate_wait,
    load_service_stats,
)
from desktop.queue.voice import CallKind
from desktop.service import TerminalService
from desktop.settings.reference import load_centre_settings
from desktop.text import clean_text, column_length

DEFAULT_RECALL_LIMIT = 3
MAX_RECALL_LIMIT = 9
SETTING_RECALL_LIMIT = "calling_recall_limit"
SETTING_VOICE_ENABLED = "board_voice_enabled"
BOOKED_EARLY = timedelta(minutes=10)  # a booked visitor may be called this long before the slot
RECENT_CALLS = 8       # calls listed on the board
VOICE_EVENTS = 30      # call events handed to the board per refresh, for the voice queue
NEXT_WAITING = 10      # next numbers shown on the board
WINDOW_NEXT = 5        # next numbers shown to a clerk
MAX_NOTE_LENGTH = 200
CALL_RETRIES = 5
DEFAULT_WINDOW_COUNT = 6
PAST_DAY_REASON = QT_TRANSLATE_NOOP("Calling", "当日未办结，跨日自动关闭")

WAITING = QueueStatus.WAITING
CALLED = QueueStatus.CALLED
SERVING = QueueStatus.SERVING
PARKED = QueueStatus.PARKED
NO_SHOW = QueueStatus.NO_SHOW
OPEN_STATUSES = frozenset({WAITING, CALLED, SERVING, PARKED})
_KNOWN_CATEGORIES = frozenset(category.value for category in TicketCategory)
MAX_NO_SHOWS_LISTED = 20

# The only queue transitions this service makes; anything else is refused.
ALLOWED: dict[str, frozenset[QueueStatus]] = {
    "call": frozenset({WAITING}),
    "recall": frozenset({CALLED}),
    "no_show": frozenset({CALLED}),
    "reactivate": frozenset({NO_SHOW}),
    "start": frozenset({CALLED}),
    "finish": frozenset({SERVING}),
    "transfer": frozenset({CALLED, SERVING, PARKED}),
    "park": frozenset({CALLED, SERVING}),
    "resume": frozenset({PARKED}),
}

_REFUSALS: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能叫号：只有等候中的号票可以叫号"),
    "recall": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能重呼：只有已叫号、未开始接谈的号票可以重呼"),
    "no_show": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能标记未到：只有已叫号的号票可以标记未到"),
    "reactivate": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不需要恢复：只有“未到”的号票可以恢复排队"),
    "start": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能开始接谈：请先叫号"),
    "finish": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能办结：只有接谈中的号票可以办结"),
    "transfer": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能转窗口：只有已叫号、接谈中或暂挂的号可以转"),
    "park": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能暂挂：只有已叫号或接谈中的号票可以暂挂"),
    "resume": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能恢复接谈：只有暂挂的号票可以恢复"),
}


class CallingError(UserError):
    pass


@dataclass(frozen=True)
class CallingSettings:
    recall_limit: int
    voice_enabled: bool


@dataclass(frozen=True)
class WindowInfo:
    name: str
    number: int
    categories: tuple[TicketCategory, ...]  # empty: every category


@dataclass(frozen=True)
class CalledTicket:
    """A ticket as the clerk's window sees it (also the result of every action)."""

    visit_id: uuid.UUID
    ticket_number: str
    category: TicketCategory
    status: QueueStatus
    window_name: str | None
    issued_at: datetime
    called_at: datetime | None
    recall_count: int
    recall_limit: int
    serving_started_at: datetime | None
    visitor_name: str
    people_count: int
    registered: bool
    case_number: str | None
    target_window: str | None
    note: str | None

    @property
    def can_recall(self) -> bool:
        return self.status is CALLED and self.recall_count < self.recall_limit


@dataclass(frozen=True)
class WindowState:
    window_name: str
    current: CalledTicket | None
    parked: tuple[CalledTicket, ...]
    no_shows: tuple[CalledTicket, ...]
    next_waiting: tuple[str, ...]
    waiting_for_window: int
    recall_limit: int


@dataclass(frozen=True)
class BoardCall:
    event_id: uuid.UUID
    ticket_number: str
    window_name: str
    kind: CallKind
    at: datetime
    status: QueueStatus
    category: TicketCategory


@dataclass(frozen=True)
class CategoryLoad:
    category: TicketCategory
    label: str
    waiting: int
    estimate: WaitEstimate | None  # for someone taking a ticket of this category now


@dataclass(frozen=True)
class BoardSnapshot:
    centre_name: str
    day: date
    taken_at: datetime
    latest: BoardCall | None            # the newest call of a visit still called (已叫号)
    recent: tuple[BoardCall, ...]       # newest first, one line per visit, at its window now
    call_events: tuple[BoardCall, ...]  # today's latest calls and recalls, oldest first
    next_waiting: tuple[str, ...]
    categories: tuple[CategoryLoad, ...]
    waiting_total: int
    windows_open: int
    voice_enabled: bool


@dataclass(frozen=True)
class VisitTiming:
    """For reports: waiting time (arrival → first call), service time (start → finish)."""

    visit_id: uuid.UUID
    ticket_number: str
    category: TicketCategory
    status: QueueStatus
    window_name: str | None
    clerk: str | None
    issued_at: datetime
    first_called_at: datetime | None
    serving_started_at: datetime | None
    finished_at: datetime | None

    @property
    def waiting_seconds(self) -> float | None:
        if self.first_called_at is None:
            return None
        return (self.first_called_at - self.issued_at).total_seconds()

    @property
    def service_seconds(self) -> float | None:
        if self.serving_started_at is None or self.finished_at is None:
            return None
        return (self.finished_at - self.serving_started_at).total_seconds()


def call_rank(now: datetime) -> ColumnElement[int]:
    """Priority 0, booked 1 (only from BOOKED_EARLY before the slot), everyone else 2."""
    whens: list[tuple[ColumnElement[bool], int]] = []
    for info in CATEGORIES.values():
        condition: ColumnElement[bool] = Visit.category == info.category.value
        if info.category is TicketCategory.BOOKED:
            condition = and_(
                condition,
                or_(Visit.appointment_slot.is_(None), Visit.appointment_slot <= now + BOOKED_EARLY),
            )
        whens.append((condition, info.call_rank))
    return case(*whens, else_=max(info.call_rank for info in CATEGORIES.values()))


def call_order(now: datetime, window_name: str | None = None) -> list[ColumnElement[Any]]:
    """ORDER BY for waiting tickets; with a window, tickets sent to it come first."""
    order: list[ColumnElement[Any]] = []
    if window_name:
        order.append(case((Visit.target_window == window_name, 0), else_=1))
    rank = call_rank(now)
    order += [
        rank,
        # Booked visitors in the order of their slots, everyone else by arrival.
        case(
            (and_(rank == 1, Visit.appointment_slot.is_not(None)), Visit.appointment_slot),
            else_=Visit.issued_at,
        ),
        Visit.issued_at.asc(),
        Visit.id.asc(),
    ]
    return order


# A window's name is copied into the visit, its calls and its status history.
MAX_WINDOW_NAME_LENGTH = min(column_length(column) for column in (
    ServiceWindow.name, Visit.window_name, Visit.target_window, CallEvent.window_name,
    VisitStatusChange.window_name,
))


def _clean_window(window_name: str, field: str = "window_name") -> str:
    name = clean_text(window_name, field=field, label=QT_TRANSLATE_NOOP("Fields", "窗口名称"),
                      limit=MAX_WINDOW_NAME_LENGTH, error=CallingError)
    if not name:
        raise CallingError(QT_TRANSLATE_NOOP("Errors", "请先选择本机所在的接谈窗口"))
    return name


def _clean_note(note: str) -> str | None:
    text = clean_text(note, field="note", label=QT_TRANSLATE_NOOP("Fields", "说明"),
                      limit=MAX_NOTE_LENGTH, multiline=True, error=CallingError)
    return text or None


def _parse_categories(text: str) -> tuple[TicketCategory, ...]:
    values = []
    for part in text.replace("，", ",").split(","):
        try:
            values.append(TicketCategory(part.strip()))
        except ValueError:
            continue
    return tuple(values)


class CallingService(TerminalService):
    # ---- settings and windows -------------------------------------------------------

    def settings(self) -> CallingSettings:
        with self._sessions() as session:
            return self._settings(session)

    @staticmethod
    def _settings(session: Session) -> CallingSettings:
        values: dict[str, str] = {
            key: value
            for key, value in session.execute(
                select(Setting.key, Setting.value).where(
                    Setting.key.in_([SETTING_RECALL_LIMIT, SETTING_VOICE_ENABLED])
                )
            )
        }
        try:
            limit = int(values.get(SETTING_RECALL_LIMIT, DEFAULT_RECALL_LIMIT))
        except ValueError:
            limit = DEFAULT_RECALL_LIMIT
        limit = min(max(limit, 0), MAX_RECALL_LIMIT)
        voice = values.get(SETTING_VOICE_ENABLED, "1").strip().lower()
        return CallingSettings(recall_limit=limit, voice_enabled=voice not in {"0", "false", "off"})

    def update_settings(
        self, *, recall_limit: int | None = None, voice_enabled: bool | None = None
    ) -> CallingSettings:
        updates: dict[str, str] = {}
        if recall_limit is not None:
            if not 0 <= recall_limit <= MAX_RECALL_LIMIT:
                raise CallingError(
                    QT_TRANSLATE_NOOP("Errors", "重呼次数上限应在 0 到 {limit} 之间"),
                    field="recall_limit",
                    limit=MAX_RECALL_LIMIT,
                )
            updates[SETTING_RECALL_LIMIT] = str(recall_limit)
        if voice_enabled is not None:
            updates[SETTING_VOICE_ENABLED] = "1" if voice_enabled else "0"
        with self._sessions.begin() as session:
            for key, value in updates.items():
                row = session.get(Setting, key)
                if row is None:
                    session.add(Setting(key=key, value=value))
                else:
                    row.value = value
            session.flush()
            return self._settings(session)

    def list_windows(self) -> list[WindowInfo]:
        """Active windows; a fresh database offers 1号窗口 … 6号窗口 until some are saved."""
        with self._sessions() as session:
            rows = session.scalars(
                select(ServiceWindow)
                .where(ServiceWindow.active, ServiceWindow.deleted_at.is_(None))
                .order_by(ServiceWindow.number)
            ).all()
            if not rows:
                return [
                    WindowInfo(f"{n}号窗口", n, ()) for n in range(1, DEFAULT_WINDOW_COUNT + 1)
                ]
            return [
                WindowInfo(row.name, row.number, _parse_categories(row.categories)) for row in rows
            ]

    def save_window(
        self,
        number: int,
        name: str = "",
        categories: Sequence[TicketCategory] = (),
        active: bool = True,
    ) -> WindowInfo:
        """Create or change window `number` (name defaults to "N号窗口")."""
        if not 1 <= number <= 999:
            raise CallingError(QT_TRANSLATE_NOOP("Errors", "窗口号应在 1 到 999 之间"))
        clean = _clean_window(name or f"{number}号窗口")
        joined = ",".join(category.value for category in categories)
        with self._sessions.begin() as session:
            row = session.scalar(select(ServiceWindow).where(ServiceWindow.number == number))
            if row is None:
                row = ServiceWindow(
                    number=number, origin_terminal=self._workstation.terminal_code
                )
                session.add(row)
            row.name = clean
            row.categories = joined
            row.active = active
            row.deleted_at = None
            return WindowInfo(clean, number, tuple(categories))

    # ---- calling ----------------------------------------------------------------------

    def call_next(self, window_name: str) -> CalledTicket | None:
        """Call the next visitor to `window_name`; None when nobody is waiting for it."""
        window = _clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            day = self._today(session, now)
            self._require_window_free(session, day, window)
            conditions = [
                Visit.service_day == day,
                Visit.queue_status == WAITING.value,
                Visit.deleted_at.is_(None),
            ]
            categories = self._window_categories(session, window)
            untargeted: ColumnElement[bool] = Visit.target_window.is_(None)
            if categories:
                untargeted = and_(
                    untargeted, Visit.category.in_([c.value for c in categories])
                )
            conditions.append(or_(untargeted, Visit.target_window == window))
            for _attempt in range(CALL_RETRIES):
                visit_id = session.scalar(
                    select(Visit.id)
                    .where(*conditions)
                    .order_by(*call_order(now, window))
                    .limit(1)
                    .with_for_update(skip_locked=True)
                )
                if visit_id is None:
                    return None
                # Guarded on the status: if another clerk took it after all, try the next.
                taken = cast(CursorResult[Any], session.execute(
                    update(Visit)
                    .where(Visit.id == visit_id, Visit.queue_status == WAITING.value)
                    .values(queue_status=CALLED.value)
                    .execution_options(synchronize_session=False)
                ))
                if taken.rowcount == 1:
                    break
            else:
                raise CallingError(
                    QT_TRANSLATE_NOOP("Errors", "叫号的人太多，这次没有叫到，请再按一次“叫下一位”")
                )
            visit = session.get(Visit, visit_id, populate_existing=True)
            assert visit is not None
            self._called(session, visit, window, now, CallKind.CALL, from_status=WAITING)
            return self._view(session, visit)

    def call_ticket(self, visit_id: uuid.UUID, window_name: str) -> CalledTicket:
        """Call one waiting ticket out of turn (e.g. a booked visitor the clerk sees)."""
        window = _clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "call", now)
            self._require_window_free(session, self._today(session, now), window)
            self._called(session, visit, window, now, CallKind.CALL)
            return self._view(session, visit)

    def recall(self, visit_id: uuid.UUID, window_name: str) -> CalledTicket:
        """重呼: announce the same ticket again, up to the recall limit."""
        window = _clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "recall", now, window=window)
            limit = self._settings(session).recall_limit
            if visit.recall_count >= limit:
                raise CallingError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "号票 {ticket} 已重呼 {count} 次（上限 {limit} 次），请标记“未到”"
                    ),
                    ticket=visit.ticket_number,
                    count=visit.recall_count,
                    limit=limit,
                )
            visit.recall_count += 1
            session.add(self._event(visit, window, now, CallKind.RECALL))
            return self._view(session, visit)

    def mark_no_show(self, visit_id: uuid.UUID, window_name: str) -> CalledTicket:
        """未到: the called visitor did not come (at once, or after the recalls)."""
        window = _clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "no_show", now, window=window, today=False)
            self._change(session, visit, NO_SHOW, now, window,
                         note=f"重呼 {visit.recall_count} 次" if visit.recall_count else None)
            return self._view(session, visit)

    def reactivate(self, visit_id: uuid.UUID, window_name: str | None = None) -> CalledTicket:
        """A no-show turned up after all: back to waiting, in its original place."""
        window = _clean_window(window_name) if window_name else None
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "reactivate", now)
            visit.window_name = None
            visit.recall_count = 0
            self._change(session, visit, WAITING, now, window, note="未到后恢复排队")
            return self._view(session, visit)

    def start_serving(self, visit_id: uuid.UUID, window_name: str) -> CalledTicket:
        """开始接谈: the visitor is at the window."""
        window = _clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "start", now, window=window, today=False)
            if visit.serving_started_at is None:
                visit.serving_started_at = now
            self._change(session, visit, SERVING, now, window)
            return self._view(session, visit)

    def finish(self, visit_id: uuid.UUID, window_name: str) -> CalledTicket:
        """办结 a visit whose registration is saved (else: open the registration form)."""
        window = _clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "finish", now, window=window, today=False)
            if visit.registered_at is None:
                raise CallingError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "号票 {ticket} 还没有接谈登记，请先填写并保存登记再办结"
                    ),
                    ticket=visit.ticket_number,
                )
            visit.finished_at = now
            self._change(session, visit, QueueStatus.DONE, now, window)
            return self._view(session, visit)

    def transfer(
        self,
        visit_id: uuid.UUID,
        window_name: str,
        *,
        to_window: str | None = None,
        to_category: TicketCategory | None = None,
        note: str = "",
    ) -> CalledTicket:
        """转窗口: back to the queue for another window (called there first) and/or
        another category (queued by its rules); the ticket keeps its number."""
        window = _clean_window(window_name)
        target = _clean_window(to_window, "to_window") if to_window else None
        clean_note = _clean_note(note)
        if target is None and to_category is None:
            raise CallingError(
                QT_TRANSLATE_NOOP("Errors", "请选择要转去的窗口或类别"), field="to_window"
            )
        if target == window:
            raise CallingError(
                QT_TRANSLATE_NOOP("Errors", "不能转给本窗口，请选择其他窗口"), field="to_window"
            )
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "transfer", now, window=window)
            if target is not None:
                known = {info.name for info in self._windows(session)}
                if known and target not in known:
                    raise CallingError(
                        QT_TRANSLATE_NOOP("Errors", "没有名为“{window}”的窗口，请从列表中选择"),
                        field="to_window",
                        window=target,
                    )
            old_category = TicketCategory(visit.category)
            if to_category is not None and to_category is old_category and target is None:
                raise CallingError(
                    QT_TRANSLATE_NOOP("Errors", "号票 {ticket} 已经是“{category}”类别"),
                    field="to_category",
                    ticket=visit.ticket_number,
                    category=CATEGORIES[old_category].label,
                )
            summary = f"由{window}转"
            if target is not None:
                summary += f"至{target}"
            if to_category is not None and to_category is not old_category:
                summary += f"，改为“{CATEGORIES[to_category].label}”"
                visit.category = to_category.value
            if clean_note:
                summary += f"：{clean_note}"
            visit.target_window = target
            visit.window_name = None
            visit.recall_count = 0
            visit.queue_note = summary[:MAX_NOTE_LENGTH]
            self._change(session, visit, WAITING, now, window, note=summary)
            return self._view(session, visit)

    def park(self, visit_id: uuid.UUID, window_name: str, note: str = "") -> CalledTicket:
        """暂挂: set a visit aside (e.g. to fetch documents) and free the window."""
        window = _clean_window(window_name)
        clean_note = _clean_note(note)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "park", now, window=window, today=False)
            visit.queue_note = clean_note
            self._change(session, visit, PARKED, now, window, note=clean_note)
            return self._view(session, visit)

    def resume(self, visit_id: uuid.UUID, window_name: str) -> CalledTicket:
        """Take a parked visit back: it is called again (board and voice) to this window."""
        window = _clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "resume", now, window=window)
            self._require_window_free(session, self._today(session, now), window)
            visit.queue_note = None
            self._called(session, visit, window, now, CallKind.CALL)
            return self._view(session, visit)

    # ---- views ------------------------------------------------------------------------

    def ticket(self, visit_id: uuid.UUID) -> CalledTicket:
        with self._sessions() as session:
            visit = session.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise self._not_found()
            return self._view(session, visit)

    def window_state(self, window_name: str) -> WindowState:
        """What a clerk's window shows: its current ticket, parked ones, today's no-shows."""
        window = _clean_window(window_name)
        with self._sessions() as session:
            now = self._clock()
            day = self._today(session, now)
            limit = self._settings(session).recall_limit
            mine = session.scalars(
                select(Visit)
                .where(
                    Visit.service_day == day,
                    Visit.window_name == window,
                    Visit.queue_status.in_([CALLED.value, SERVING.value, PARKED.value]),
                    Visit.deleted_at.is_(None),
                )
                .order_by(Visit.called_at.desc())
            ).all()
            current = next(
                (v for v in mine if v.queue_status in (CALLED.value, SERVING.value)), None
            )
            parked = [v for v in mine if v.queue_status == PARKED.value]
            no_shows = session.scalars(
                select(Visit)
                .where(
                    Visit.service_day == day,
                    Visit.queue_status == NO_SHOW.value,
                    Visit.deleted_at.is_(None),
                )
                .order_by(Visit.called_at.desc())
                .limit(MAX_NO_SHOWS_LISTED)
            ).all()
            conditions = [
                Visit.service_day == day,
                Visit.queue_status == WAITING.value,
                Visit.deleted_at.is_(None),
            ]
            categories = self._window_categories(session, window)
            untargeted: ColumnElement[bool] = Visit.target_window.is_(None)
            if categories:
                untargeted = and_(untargeted, Visit.category.in_([c.value for c in categories]))
            conditions.append(or_(untargeted, Visit.target_window == window))
            waiting_count = session.scalar(select(func.count(Visit.id)).where(*conditions))
            next_numbers = session.scalars(
                select(Visit.ticket_number)
                .where(*conditions)
                .order_by(*call_order(now, window))
                .limit(WINDOW_NEXT)
            ).all()
            return WindowState(
                window_name=window,
                current=self._view(session, current, limit) if current is not None else None,
                parked=tuple(self._view(session, v, limit) for v in parked),
                no_shows=tuple(self._view(session, v, limit) for v in no_shows),
                next_waiting=tuple(next_numbers),
                waiting_for_window=int(waiting_count or 0),
                recall_limit=limit,
            )

    def board_snapshot(self) -> BoardSnapshot:
        """Everything the hall display shows, read in one go."""
        with self._sessions() as session:
            now = self._clock()
            day = self._today(session, now)
            centre = load_centre_settings(session)
            settings = self._settings(session)
            rows = session.execute(
                select(CallEvent, Visit.queue_status, Visit.category, Visit.window_name)
                .join(Visit, Visit.id == CallEvent.visit_id)
                # Today's visits rather than today's hours: a clock stepped back across
                # midnight still shows the new day's calls (desktop.queue.day_close).
                .where(Visit.service_day == day, CallEvent.deleted_at.is_(None))
                .order_by(CallEvent.at.desc(), CallEvent.id.desc())
                .limit(VOICE_EVENTS)
            ).all()
            newest_first = [
                BoardCall(
                    event_id=event.id,
                    ticket_number=event.ticket_number,
                    window_name=event.window_name,
                    kind=CallKind(event.kind),
                    at=event.at,
                    status=QueueStatus(status),
                    category=TicketCategory(category),
                )
                for event, status, category, _window in rows
            ]
            # The board tells where each visitor should be NOW: one line per visit at its
            # current window; 正在呼叫 only while the visit is still called there. A visit
            # back in the queue (transferred, reactivated) is left out until called again.
            latest: BoardCall | None = None
            recent: list[BoardCall] = []
            seen: set[uuid.UUID] = set()
            for (event, _status, _category, current_window), call in zip(
                rows, newest_first, strict=True
            ):
                if event.visit_id in seen:
                    continue
                seen.add(event.visit_id)
                if call.status in (WAITING, QueueStatus.CANCELLED):
                    continue
                if current_window and current_window != call.window_name:
                    call = replace(call, window_name=current_window)
                recent.append(call)
                if latest is None and call.status is CALLED:
                    latest = call
            waiting_filter = (
                Visit.service_day == day,
                Visit.queue_status == WAITING.value,
                Visit.deleted_at.is_(None),
            )
            next_numbers = session.scalars(
                select(Visit.ticket_number)
                .where(*waiting_filter)
                .order_by(*call_order(now))
                .limit(NEXT_WAITING)
            ).all()
            counts = {
                TicketCategory(category): int(count)
                for category, count in session.execute(
                    select(Visit.category, func.count(Visit.id))
                    .where(*waiting_filter)
                    .group_by(Visit.category)
                )
                if category in _KNOWN_CATEGORIES
            }
            stats = load_service_stats(session, day)
            windows_open = count_windows_open(session, day, now)
            loads = []
            for info in CATEGORIES.values():
                ahead = {
                    category: count
                    for category, count in counts.items()
                    if CATEGORIES[category].call_rank <= info.call_rank
                }
                loads.append(
                    CategoryLoad(
                        category=info.category,
                        label=info.label,
                        waiting=counts.get(info.category, 0),
                        estimate=estimate_wait(ahead, stats, windows_open),
                    )
                )
            return BoardSnapshot(
                centre_name=centre.centre_name,
                day=day,
                taken_at=now,
                latest=latest,
                recent=tuple(recent[:RECENT_CALLS]),
                call_events=tuple(reversed(newest_first)),
                next_waiting=tuple(next_numbers),
                categories=tuple(loads),
                waiting_total=sum(counts.values()),
                windows_open=windows_open,
                voice_enabled=settings.voice_enabled,
            )

    def estimate_for_category(self, category: TicketCategory) -> WaitEstimate | None:
        """For the ticket form before issuing: the wait of a new ticket of `category`."""
        with self._sessions() as session:
            now = self._clock()
            day = self._today(session, now)
            rank = CATEGORIES[category].call_rank
            counts = session.execute(
                select(Visit.category, func.count(Visit.id))
                .where(
                    Visit.service_day == day,
                    Visit.queue_status == WAITING.value,
                    Visit.deleted_at.is_(None),
                )
                .group_by(Visit.category)
            ).all()
            ahead = {
                TicketCategory(cat): int(n)
                for cat, n in counts
                if cat in _KNOWN_CATEGORIES
                and CATEGORIES[TicketCategory(cat)].call_rank <= rank
            }
            return estimate_wait(
                ahead, load_service_stats(session, day), count_windows_open(session, day, now)
            )

    def estimate_for_visit(self, visit_id: uuid.UUID) -> WaitEstimate | None:
        """For an issued ticket (printed on it): the wait of that ticket, if waiting."""
        with self._sessions() as session:
            now = self._clock()
            visit = session.get(Visit, visit_id)
            if visit is None or visit.queue_status != WAITING.value:
                return None
            day = visit.service_day
            queue = session.execute(
                select(Visit.id, Visit.category)
                .where(
                    Visit.service_day == day,
                    Visit.queue_status == WAITING.value,
                    Visit.deleted_at.is_(None),
                )
                .order_by(*call_order(now))
            ).all()
            ahead: dict[TicketCategory, int] = {}
            for other_id, category in queue:
                if other_id == visit_id:
                    break
                key = TicketCategory(category)
                ahead[key] = ahead.get(key, 0) + 1
            return estimate_wait(
                ahead, load_service_stats(session, day), count_windows_open(session, day, now)
            )

    def visit_timings(self, day: date | None = None) -> list[VisitTiming]:
        """Per visit of `day` (default today): who served it where, and its times."""
        day = day or service_day(self._clock())
        with self._sessions() as session:
            visits = session.scalars(
                select(Visit)
                .where(Visit.service_day == day, Visit.deleted_at.is_(None))
                .order_by(Visit.issued_at)
            ).all()
            ids = [v.id for v in visits]
            first_calls: dict[uuid.UUID, datetime] = {}
            if ids:
                for visit_id, first_at in session.execute(
                    select(CallEvent.visit_id, func.min(CallEvent.at))
                    .where(CallEvent.visit_id.in_(ids), CallEvent.kind == CallKind.CALL.value)
                    .group_by(CallEvent.visit_id)
                ):
                    first_calls[visit_id] = first_at
            clerks: dict[uuid.UUID, str] = {}
            if ids:
                for visit_id, actor in session.execute(
                    select(VisitStatusChange.visit_id, VisitStatusChange.actor)
                    .where(
                        VisitStatusChange.visit_id.in_(ids),
                        VisitStatusChange.kind == "queue",
                        VisitStatusChange.to_status == SERVING.value,
                    )
                    .order_by(VisitStatusChange.at)
                ):
                    clerks[visit_id] = actor
            return [
                VisitTiming(
                    visit_id=v.id,
                    ticket_number=v.ticket_number,
                    category=TicketCategory(v.category),
                    status=QueueStatus(v.queue_status),
                    window_name=v.window_name,
                    clerk=clerks.get(v.id),
                    issued_at=v.issued_at,
                    first_called_at=first_calls.get(v.id),
                    serving_started_at=v.serving_started_at,
                    finished_at=v.finished_at,
                )
                for v in visits
            ]

    # ---- midnight ---------------------------------------------------------------------

    def day_watcher(self) -> DayWatcher:
        """For a long-running window: tells when the service day changes (clock only)."""
        return DayWatcher(self._clock)

    def close_past_days(self, reason: str = PAST_DAY_REASON) -> int:
        """Close tickets of earlier days still open as 未办结, keeping the reason.

        Run at start-up, by the clerk's window and when the main window sees the day
        change (desktop.queue.day_close.DayWatcher); returns how many were closed.
        """
        clean_reason = _clean_note(reason) or PAST_DAY_REASON
        with self._sessions.begin() as session:
            now = self._clock()
            today = self._today(session, now)
            # Recorded with the close, so no later ticket lands on a closed day even if
            # the clock steps back across midnight (desktop.queue.day_close).
            record_closed_day(session, today - timedelta(days=1))
            stale = session.scalars(
                select(Visit).where(
                    Visit.service_day < today,
                    Visit.queue_status.in_([s.value for s in OPEN_STATUSES]),
                    Visit.deleted_at.is_(None),
                )
            ).all()
            for visit in stale:
                visit.queue_note = clean_reason
                self._change(
                    session, visit, QueueStatus.UNFINISHED, now, visit.window_name,
                    note=clean_reason,
                )
            return len(stale)

    # ---- internals --------------------------------------------------------------------

    @staticmethod
    def _today(session: Session, now: datetime) -> date:
        """Today's service day: the clock's, but never a day already closed."""
        return service_day_after_close(session.connection(), now)

    @staticmethod
    def _not_found() -> CallingError:
        return CallingError(QT_TRANSLATE_NOOP("Errors", "找不到这张号票，可能已被删除"))

    def _load(
        self,
        session: Session,
        visit_id: uuid.UUID,
        action: str,
        now: datetime,
        *,
        window: str | None = None,
        today: bool = True,
    ) -> Visit:
        """The visit, locked and checked: allowed transition, right window, today's."""
        visit = session.scalar(
            select(Visit).where(Visit.id == visit_id).with_for_update()
        )
        if visit is None or visit.deleted_at is not None:
            raise self._not_found()
        status = QueueStatus(visit.queue_status)
        if status not in ALLOWED[action]:
            raise CallingError(
                _REFUSALS[action],
                ticket=visit.ticket_number,
                status=QUEUE_STATUS_LABELS[status],
            )
        if today and visit.service_day != self._today(session, now):
            raise CallingError(
                QT_TRANSLATE_NOOP(
                    "Errors", "号票 {ticket} 是 {day} 的号，已过期，不能再叫号；请到前台重新取号"
                ),
                ticket=visit.ticket_number,
                day=f"{visit.service_day.month}月{visit.service_day.day}日",
            )
        if window is not None and status in (CALLED, SERVING, PARKED) \
                and visit.window_name != window:
            raise CallingError(
                QT_TRANSLATE_NOOP(
                    "Errors", "号票 {ticket} 由 {other} 办理，不能在 {window} 操作"
                ),
                ticket=visit.ticket_number,
                other=visit.window_name or "",
                window=window,
            )
        return visit

    @staticmethod
    def _require_window_free(session: Session, day: date, window: str) -> None:
        busy = session.scalar(
            select(Visit.ticket_number)
            .where(
                Visit.service_day == day,
                Visit.window_name == window,
                Visit.queue_status.in_([CALLED.value, SERVING.value]),
                Visit.deleted_at.is_(None),
            )
            .limit(1)
        )
        if busy is not None:
            raise CallingError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{window} 还有号票 {ticket} 没有处理完：请先办结、标记未到、暂挂或转窗口",
                ),
                window=window,
                ticket=busy,
            )

    def _windows(self, session: Session) -> list[WindowInfo]:
        rows = session.scalars(
            select(ServiceWindow).where(ServiceWindow.active, ServiceWindow.deleted_at.is_(None))
        ).all()
        return [WindowInfo(r.name, r.number, _parse_categories(r.categories)) for r in rows]

    def _window_categories(self, session: Session, window: str) -> tuple[TicketCategory, ...]:
        for info in self._windows(session):
            if info.name == window:
                return info.categories
        return ()

    def _called(
        self,
        session: Session,
        visit: Visit,
        window: str,
        now: datetime,
        kind: CallKind,
        from_status: QueueStatus | None = None,
    ) -> None:
        visit.window_name = window
        visit.called_at = now
        visit.recall_count = 0
        visit.target_window = None
        self._change(session, visit, CALLED, now, window, from_status=from_status)
        session.add(self._event(visit, window, now, kind))

    def _event(self, visit: Visit, window: str, now: datetime, kind: CallKind) -> CallEvent:
        ws = self._workstation
        return CallEvent(
            visit_id=visit.id,
            ticket_number=visit.ticket_number,
            window_name=window,
            kind=kind.value,
            at=now,
            actor=ws.operator,
            origin_terminal=ws.terminal_code,
        )

    def _view(self, session: Session, visit: Visit, limit: int | None = None) -> CalledTicket:
        if limit is None:
            limit = self._settings(session).recall_limit
        name = session.scalar(select(Visitor.name).where(Visitor.id == visit.visitor_id))
        return CalledTicket(
            visit_id=visit.id,
            ticket_number=visit.ticket_number,
            category=TicketCategory(visit.category),
            status=QueueStatus(visit.queue_status),
            window_name=visit.window_name,
            issued_at=visit.issued_at,
            called_at=visit.called_at,
            recall_count=visit.recall_count,
            recall_limit=limit,
            serving_started_at=visit.serving_started_at,
            visitor_name=name or "",
            people_count=visit.people_count,
            registered=visit.registered_at is not None,
            case_number=visit.case_number,
            target_window=visit.target_window,
            note=visit.queue_note,
        )
