"""Login, lock, unlock, 切换用户 and logout of one terminal.

Failed logins count per account: from the third in a row each one makes the account wait
a little longer before the next try (5 s, 10 s, 20 s, …); at the limit (安全设置, default
5) it is locked for a while (default 15 minutes) or until an administrator unlocks it.
A good login clears the count. Every login, failed login, lock, unlock and logout is
audited; the password and its hash never leave this module (not even in a message)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from db.models import User
from desktop.accounts import audit
from desktop.accounts.passwords import dummy_hash, hash_password, needs_rehash, verify_password
from desktop.accounts.roles import ActingUser, Actor, NotLoggedIn
from desktop.accounts.security_settings import read_security
from desktop.accounts.users import actor_of, find_user, users_exist
from desktop.clock import local_time
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.service import TerminalService

SLOW_DOWN_AFTER = 3  # failures in a row before each try has to wait
SLOW_DOWN_FIRST_S = 5
_NAME_LIMIT = 64
UNKNOWN_NAME = "(unknown)"


class LoginFailed(UserError):
    """Wrong user name or password (never says which), or the account may not log in."""


class AccountLocked(UserError):
    """Too many failed logins: wait (the message says until when) or ask an admin."""


WRONG_LOGIN = QT_TRANSLATE_NOOP("Errors", "用户名或密码不正确，请重新输入")
LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "密码连续输错次数过多，账户已锁定到 {time}；请稍后再试，或请管理员解锁")
SLOW_DOWN = QT_TRANSLATE_NOOP("Errors", "密码已连续输错 {count} 次，请在 {seconds} 秒后再试")


class LoginService(TerminalService):
    def _acting(self) -> ActingUser:
        acting = self._workstation.acting
        assert acting is not None, "the services were built without an ActingUser"
        return acting

    def accounts_in_use(self) -> bool:
        """Whether this database has user accounts (then someone must log in); known
        since the services opened, no database read."""
        return self._acting().users_exist

    def current(self) -> Actor | None:
        """The logged-in user (None: nobody, or a database without accounts)."""
        return self._acting().current

    def locked_by(self) -> Actor | None:
        return self._acting().locked_by

    def login(self, username: str, password: str) -> Actor:
        """Check the password and make the user this terminal's acting user. Whoever was
        logged in before (切换用户) is logged out."""
        actor, refusal = self._check(username, password, action="login")
        if refusal is not None:
            raise refusal
        assert actor is not None
        acting = self._acting()
        acting.mark_users_exist()
        acting.set(actor)
        return actor

    def switch_user(self, username: str, password: str) -> Actor:
        """切换用户: the new user logs in; the one before is logged out (the terminal's
        pages and their state stay)."""
        previous = self._acting().current or self._acting().locked_by
        actor, refusal = self._check(username, password, action="login",
                                     detail=f"switch from {previous.username}"
                                     if previous is not None else None)
        if refusal is not None:
            raise refusal
        assert actor is not None
        if previous is not None and previous.user_id != actor.user_id:
            with self._sessions.begin() as session:
                audit.record(session, self._workstation, "logout", "user", previous.username,
                             f"switch to {actor.username}", actor=previous, at=self._clock())
        self._acting().set(actor)
        return actor

    def lock(self) -> Actor | None:
        """Lock the terminal (idle time, Ctrl+L): nobody acts until the same user unlocks
        (or another logs in with 切换用户)."""
        acting = self._acting()
        actor = acting.current
        if actor is None or not actor.is_account:
            return None
        with self._sessions.begin() as session:
            audit.record(session, self._workstation, "lock", "user", actor.username,
                         actor=actor, at=self._clock())
        acting.lock()
        return actor

    def unlock(self, password: str) -> Actor:
        """The user who locked the terminal gives their password again."""
        acting = self._acting()
        locked_by = acting.locked_by
        if locked_by is None:
            current = acting.current
            if current is not None:
                return current
            raise NotLoggedIn(QT_TRANSLATE_NOOP("Errors", "没有锁定的用户，请登录"))
        actor, refusal = self._check(locked_by.username, password, action="unlock")
        if refusal is not None:
            raise refusal
        assert actor is not None
        acting.set(actor)
        return actor

    def logout(self) -> None:
        acting = self._acting()
        actor = acting.current or acting.locked_by
        if actor is not None and actor.is_account:
            with self._sessions.begin() as session:
                audit.record(session, self._workstation, "logout", "user", actor.username,
                             actor=actor, at=self._clock())
        acting.clear()

    # ---- checking a password ------------------------------------------------------------

    def _check(self, username: str, password: str, action: str,
               detail: str | None = None) -> tuple[Actor | None, UserError | None]:
        """(actor, None) for a good password, else (None, the error to raise). The audit
        entry of a failure is committed before the error leaves."""
        name = username.strip().lower()[:_NAME_LIMIT] if isinstance(username, str) else ""
        now = self._clock()
        with self._sessions.begin() as session:
            row = find_user(session, name) if name else None
            if row is None or not row.active:
                verify_password(dummy_hash(), password)  # as slow as a real check
                # An unknown name is not kept: it may be a password typed into the
                # wrong box.
                self._failed(session, name if row is not None else UNKNOWN_NAME, None,
                             action, now, "unknown user" if row is None else "account disabled")
                if not users_exist(session):
                    return None, LoginFailed(QT_TRANSLATE_NOOP(
                        "Errors", "还没有任何用户：请先创建管理员账户"))
                return None, LoginFailed(WRONG_LOGIN, field="username")
            if row.locked_until is not None and row.locked_until > now:
                self._failed(session, row.username, row, action, now, "account locked")
                return None, self._locked_error(row, now)
            if not verify_password(row.password_hash, password):
                return None, self._wrong_password(session, row, action, now)
            row.failed_logins = 0
            row.locked_until = None
            row.last_login_at = now
            if needs_rehash(row.password_hash):
                row.password_hash = hash_password(password)
            actor = actor_of(row)
            audit.record(session, self._workstation, action, "user", row.username, detail,
                         actor=actor, at=now)
            return actor, None

    def _wrong_password(self, session: Session, row: User, action: str,
                        now: datetime) -> UserError:
        security = read_security(session)
        row.failed_logins += 1
        failures = row.failed_logins
        if failures >= security.login_max_failures:
            row.locked_until = now + timedelta(minutes=security.login_lock_minutes)
            self._failed(session, row.username, row, action, now,
                         f"wrong password ({failures} in a row), account locked")
            return self._locked_error(row, now)
        self._failed(session, row.username, row, action, now,
                     f"wrong password ({failures} in a row)")
        if failures >= SLOW_DOWN_AFTER:
            seconds = SLOW_DOWN_FIRST_S * 2 ** (failures - SLOW_DOWN_AFTER)
            row.locked_until = now + timedelta(seconds=seconds)
            return AccountLocked(SLOW_DOWN, field="password", count=failures, seconds=seconds)
        return LoginFailed(WRONG_LOGIN, field="password")

    def _locked_error(self, row: User, now: datetime) -> AccountLocked:
        until = row.locked_until or now
        if until - now < timedelta(minutes=1):
            seconds = max(1, int((until - now).total_seconds() + 0.999))
            return AccountLocked(SLOW_DOWN, field="password", count=row.failed_logins,
                                 seconds=seconds)
        return AccountLocked(LOCKED, field="password",
                             time=local_time(until).strftime("%H:%M"))

    def _failed(self, session: Session, name: str, row: User | None, action: str,
                now: datetime, why: str) -> None:
        who = actor_of(row) if row is not None else Actor(None, name, name, None)
        audit.record(session, self._workstation, f"{action}_failed", "user", name, why,
                     actor=who, at=now)
