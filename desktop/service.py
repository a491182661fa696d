"""What every service of a terminal is built from."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.clock import Clock, system_clock
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
