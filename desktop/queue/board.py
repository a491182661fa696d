"""叫号显示屏: everything the hall display board shows, read in one go."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select

from db.models import CallEvent, Visit
from desktop.domain import CATEGORIES, QueueStatus, TicketCategory
from desktop.queue import order
from desktop.queue.calling_settings import load_calling_settings
from desktop.queue.day_close import service_day_after_close
from desktop.queue.estimates import (
    WaitEstimate,
    count_windows_open,
    estimate_wait,
    load_service_stats,
)
from desktop.queue.voice import CallKind
from desktop.service import TerminalService
from desktop.settings.reference import load_centre_settings

RECENT_CALLS = 8       # calls listed on the board
VOICE_EVENTS = 30      # call events handed to the board per refresh, for the voice queue
NEXT_WAITING = 10      # next numbers shown on the board
_KNOWN_CATEGORIES = frozenset(category.value for category in TicketCategory)


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


class BoardService(TerminalService):
    def board_snapshot(self) -> BoardSnapshot:
        """Everything the hall display shows, read in one go."""
        with self._sessions() as session:
            now = self._clock()
            day = service_day_after_close(session.connection(), now)
            centre = load_centre_settings(session)
            settings = load_calling_settings(session)
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
                if call.status in (QueueStatus.WAITING, QueueStatus.CANCELLED):
                    continue
                if current_window and current_window != call.window_name:
                    call = replace(call, window_name=current_window)
                recent.append(call)
                if latest is None and call.status is QueueStatus.CALLED:
                    latest = call
            next_numbers = session.scalars(
                order.next_to_call(day, now, column=Visit.ticket_number).limit(NEXT_WAITING)
            ).all()
            counts = {
                TicketCategory(category): int(count)
                for category, count in session.execute(
                    select(Visit.category, func.count(Visit.id))
                    .where(*order.waiting_on(day))
                    .group_by(Visit.category)
                )
                if category in _KNOWN_CATEGORIES
            }
            stats = load_service_stats(session, day)
            windows_open = count_windows_open(session, day, now)
            loads = [
                CategoryLoad(
                    category=info.category,
                    label=info.label,
                    waiting=counts.get(info.category, 0),
                    estimate=estimate_wait(
                        order.ahead_of_new_by_category(session, day, info.category, now),
                        stats, windows_open,
                    ),
                )
                for info in CATEGORIES.values()
            ]
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
