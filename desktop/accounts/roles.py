"""The five roles of the centre's staff, and the acting user of a terminal.

`Actor` is who is working: a user account (logged in), or — on a database without any
user yet (a fresh install, the demo, tests) — the terminal's operator, who may do
everything the program did before accounts existed. `ActingUser` is the per-host holder
the services read on every call: set at login, cleared at lock and logout, swapped at
切换用户 without rebuilding the services.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP, UserError


class Role(StrEnum):
    FRONT_DESK = "front_desk"  # 前台: tickets, booking check-in
    CLERK = "clerk"  # 接谈员: registers, full details of the visits they handle
    SECTION_CHIEF = "section_chief"  # 科长: sees all, approves, overrides, exports
    LEADER = "leader"  # 领导: their own sessions and briefings
    ADMIN = "admin"  # 管理员: users, settings, calendar, terminals; not case content


ROLE_LABELS: dict[Role, str] = {
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("Domain", "前台"),
    Role.CLERK: QT_TRANSLATE_NOOP("Domain", "接谈员"),
    Role.SECTION_CHIEF: QT_TRANSLATE_NOOP("Domain", "科长"),
    Role.LEADER: QT_TRANSLATE_NOOP("Domain", "领导"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Domain", "管理员"),
}


class NotLoggedIn(UserError):
    pass


NOT_LOGGED_IN = QT_TRANSLATE_NOOP("Errors", "请先登录：本终端已锁定或没有用户登录")


@dataclass(frozen=True)
class Actor:
    """Who acts. `user_id` None: no user accounts exist yet, the terminal's operator
    (unrestricted, as before accounts); `role` is then None too."""

    user_id: uuid.UUID | None
    username: str
    display_name: str
    role: Role | None

    @property
    def is_account(self) -> bool:
        return self.user_id is not None


class ActingUser:
    """The current user of one terminal (one per ServiceHost), shared by its services.

    `users_exist` is read from the database when the services open and set when the
    first account is made; while it is False the terminal's operator acts."""

    def __init__(self, users_exist: bool = False) -> None:
        self._lock = threading.Lock()
        self._actor: Actor | None = None
        self._locked_by: Actor | None = None
        self._users_exist = users_exist

    @property
    def current(self) -> Actor | None:
        return self._actor

    @property
    def users_exist(self) -> bool:
        return self._users_exist

    def mark_users_exist(self) -> None:
        self._users_exist = True

    @property
    def locked_by(self) -> Actor | None:
        """Who locked the terminal (only they may unlock it; 切换用户 logs them out)."""
        return self._locked_by

    def set(self, actor: Actor) -> None:
        with self._lock:
            self._actor = actor
            self._locked_by = None

    def lock(self) -> Actor | None:
        """Nobody acts until the same user unlocks; returns who was acting."""
        with self._lock:
            actor, self._actor = self._actor, None
            if actor is not None:
                self._locked_by = actor
            return actor

    def clear(self) -> Actor | None:
        """Nobody acts any more and nobody holds the lock (logout); returns who did."""
        with self._lock:
            actor = self._actor or self._locked_by
            self._actor = self._locked_by = None
            return actor
