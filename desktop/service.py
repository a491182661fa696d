"""What every service of a terminal is built from."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.accounts.roles import Actor
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

    def _actor(self) -> Actor:
        """Who acts, read on every call (login, lock and 切换用户 change it without
        rebuilding the service): the logged-in user, or on a database without user
        accounts the terminal's operator. NotLoggedIn (UserError "请先登录…") when
        accounts exist and nobody is logged in."""
        return self._workstation.actor()

    def actor(self) -> Actor:
        """The acting user, for a caller that decides what to offer (the UI's actions,
        a service without a terminal of its own); NotLoggedIn like `_actor`."""
        return self._actor()
