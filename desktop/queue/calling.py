"""叫号: calling visitors to windows and the window clerk's queue actions.

A clerk's terminal is logged to one window (接谈窗口, e.g. "3号窗口"). Statuses change
only along the state machine of desktop.queue.states; anything else is refused with a
message and changes nothing.

Next in line (call_next): a ticket transferred to this window, then the one queue order
(desktop.queue.order). Picking and marking happen in one transaction: on SQLite it
already holds the write lock (BEGIN IMMEDIATE); on PostgreSQL the row is taken with
FOR UPDATE SKIP LOCKED, and the update is guarded on the status, so two clerks never
get the same visitor. Every call and recall also writes a CallEvent (board, voice,
timings).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from db.models import CallEvent, Visit, Visitor
from desktop.domain import CATEGORIES, QueueStatus, TicketCategory
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.queue import order
from desktop.queue.calling_settings import load_calling_settings
from desktop.queue.day_close import service_day_after_close
from desktop.queue.states import (
    ALLOWED,
    CALLED,
    MAX_NOTE_LENGTH,
    NO_SHOW,
    OPEN_STATUSES,
    PARKED,
    SERVING,
    WAITING,
    CallingError,
    change_status,
    check_action,
    clean_note,
)
from desktop.queue.voice import CallKind
from desktop.queue.windows import clean_window, saved_windows, window_categories
from desktop.service import TerminalService

__all__ = [
    "ALLOWED", "OPEN_STATUSES", "CalledTicket", "CallingError", "CallingService", "WaitingTicket",
    "WindowState",
]

WINDOW_NEXT = 5        # next numbers shown to a clerk
CALL_RETRIES = 5
MAX_NO_SHOWS_LISTED = 20


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
class WaitingTicket:
    """One of the next visitors a window will call (接下来): the clerk sees who comes and
    whether it is a group."""

    ticket_number: str
    visitor_name: str
    people_count: int
    category: TicketCategory


@dataclass(frozen=True)
class WindowState:
    window_name: str
    current: CalledTicket | None
    parked: tuple[CalledTicket, ...]
    no_shows: tuple[CalledTicket, ...]
    next_waiting: tuple[WaitingTicket, ...]  # in call order
    waiting_for_window: int
    recall_limit: int


class CallingService(TerminalService):
    # ---- calling ----------------------------------------------------------------------

    def call_next(self, window_name: str) -> CalledTicket | None:
        """Call the next visitor to `window_name`; None when nobody is waiting for it."""
        window = clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            day = self._today(session, now)
            self._require_window_free(session, day, window)
            pick = order.next_to_call(day, now, window, window_categories(session, window))
            for _attempt in range(CALL_RETRIES):
                visit_id = session.scalar(pick.limit(1).with_for_update(skip_locked=True))
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
        window = clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "call", now)
            self._require_window_free(session, self._today(session, now), window)
            self._called(session, visit, window, now, CallKind.CALL)
            return self._view(session, visit)

    def recall(self, visit_id: uuid.UUID, window_name: str) -> CalledTicket:
        """重呼: announce the same ticket again, up to the recall limit."""
        window = clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "recall", now, window=window)
            limit = load_calling_settings(session).recall_limit
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
        window = clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "no_show", now, window=window, today=False)
            self._change(session, visit, NO_SHOW, now, window,
                         note=f"重呼 {visit.recall_count} 次" if visit.recall_count else None)
            return self._view(session, visit)

    def reactivate(self, visit_id: uuid.UUID, window_name: str | None = None) -> CalledTicket:
        """A no-show turned up after all: back to waiting, in its original place."""
        window = clean_window(window_name) if window_name else None
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "reactivate", now)
            visit.window_name = None
            visit.recall_count = 0
            self._change(session, visit, WAITING, now, window, note="未到后恢复排队")
            return self._view(session, visit)

    def start_serving(self, visit_id: uuid.UUID, window_name: str) -> CalledTicket:
        """开始接谈: the visitor is at the window."""
        window = clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "start", now, window=window, today=False)
            if visit.serving_started_at is None:
                visit.serving_started_at = now
            self._change(session, visit, SERVING, now, window)
            return self._view(session, visit)

    def finish(self, visit_id: uuid.UUID, window_name: str) -> CalledTicket:
        """办结 a visit whose registration is saved (else: open the registration form)."""
        window = clean_window(window_name)
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
        window = clean_window(window_name)
        target = clean_window(to_window, "to_window") if to_window else None
        cleaned_note = clean_note(note)
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
                known = {info.name for info in saved_windows(session)}
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
            if cleaned_note:
                summary += f"：{cleaned_note}"
            visit.target_window = target
            visit.window_name = None
            visit.recall_count = 0
            visit.queue_note = summary[:MAX_NOTE_LENGTH]
            self._change(session, visit, WAITING, now, window, note=summary)
            return self._view(session, visit)

    def park(self, visit_id: uuid.UUID, window_name: str, note: str = "") -> CalledTicket:
        """暂挂: set a visit aside (e.g. to fetch documents) and free the window."""
        window = clean_window(window_name)
        cleaned_note = clean_note(note)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "park", now, window=window, today=False)
            visit.queue_note = cleaned_note
            self._change(session, visit, PARKED, now, window, note=cleaned_note)
            return self._view(session, visit)

    def resume(self, visit_id: uuid.UUID, window_name: str) -> CalledTicket:
        """Take a parked visit back: it is called again (board and voice) to this window."""
        window = clean_window(window_name)
        with self._sessions.begin() as session:
            now = self._clock()
            visit = self._load(session, visit_id, "resume", now, window=window)
            self._require_window_free(session, self._today(session, now), window)
            visit.queue_note = None
            self._called(session, visit, window, now, CallKind.CALL)
            return self._view(session, visit)

    # ---- the clerk's view -------------------------------------------------------------

    def ticket(self, visit_id: uuid.UUID) -> CalledTicket:
        with self._sessions() as session:
            visit = session.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise self._not_found()
            return self._view(session, visit)

    def window_state(self, window_name: str) -> WindowState:
        """What a clerk's window shows: its current ticket, parked ones, today's no-shows."""
        window = clean_window(window_name)
        with self._sessions() as session:
            now = self._clock()
            day = self._today(session, now)
            limit = load_calling_settings(session).recall_limit
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
            categories = window_categories(session, window)
            waiting_count = session.scalar(
                select(func.count(Visit.id)).where(
                    *order.waiting_on(day), order.for_window(window, categories)
                )
            )
            next_rows = session.execute(
                order.next_to_call(day, now, window, categories, Visit.ticket_number)
                .add_columns(Visitor.name, Visit.people_count, Visit.category)
                .join(Visitor, Visitor.id == Visit.visitor_id)
                .limit(WINDOW_NEXT)
            ).all()
            return WindowState(
                window_name=window,
                current=self._view(session, current, limit) if current is not None else None,
                parked=tuple(self._view(session, v, limit) for v in parked),
                no_shows=tuple(self._view(session, v, limit) for v in no_shows),
                next_waiting=tuple(
                    WaitingTicket(number, name or "", int(people or 1), TicketCategory(category))
                    for number, name, people, category in next_rows
                ),
                waiting_for_window=int(waiting_count or 0),
                recall_limit=limit,
            )

    # ---- internals --------------------------------------------------------------------

    @staticmethod
    def _today(session: Session, now: datetime) -> date:
        """Today's service day: the clock's, but never a day already closed."""
        return service_day_after_close(session.connection(), now)

    @staticmethod
    def _not_found() -> CallingError:
        return CallingError(QT_TRANSLATE_NOOP("Errors", "找不到这张号票，可能已被删除"))

    def _change(
        self,
        session: Session,
        visit: Visit,
        to_status: QueueStatus,
        now: datetime,
        window: str | None,
        note: str | None = None,
        from_status: QueueStatus | None = None,
    ) -> None:
        change_status(session, visit, to_status, now, self._workstation, window,
                      note=note, from_status=from_status)

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
        status = check_action(action, visit)
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
            limit = load_calling_settings(session).recall_limit
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
