"""Visit timings for reports: waiting time (arrival → first call) and service time
(start → finish) per visit, with the clerk and window that served it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from db.models import CallEvent, Visit, VisitStatusChange
from desktop.clock import service_day
from desktop.domain import QueueStatus, TicketCategory
from desktop.queue.voice import CallKind
from desktop.service import TerminalService


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


class TimingService(TerminalService):
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
                        VisitStatusChange.to_status == QueueStatus.SERVING.value,
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
