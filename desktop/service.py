"""What every service of a terminal is built from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.models import Visit, VisitStatusChange
from desktop.clock import Clock, system_clock
from desktop.domain import QueueStatus
from desktop.terminal import Workstation


class TerminalService:
    """A service working for one terminal: its database, its identity and its clock."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        workstation: Workstation,
        clock: Clock = system_clock,
    ) -> None:
        self._sessions = sessions
        # Hot paths run Core/fast statements on a plain connection, without a Session.
        self._engine: Engine = sessions.kw["bind"]
        self._workstation = workstation
        self._clock = clock

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
        """Move a ticket to `to_status`, recording who, where and when (the history that
        waiting and service times are reported from)."""
        ws = self._workstation
        session.add(
            VisitStatusChange(
                visit_id=visit.id,
                kind="queue",
                from_status=from_status.value if from_status else visit.queue_status,
                to_status=to_status.value,
                at=now,
                actor=ws.operator,
                window_name=window,
                note=note,
                origin_terminal=ws.terminal_code,
            )
        )
        visit.queue_status = to_status.value
