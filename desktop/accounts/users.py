"""用户管理: the accounts of the centre's staff (管理员 only, except the first
administrator of an empty database), and the account-security settings.

Every change is audited (who changed which account: never a password or its hash).
Accounts are never deleted (old rows name them): they are disabled."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import User
from desktop.accounts import audit
from desktop.accounts.passwords import check_new_password, hash_password, verify_password
from desktop.accounts.permissions import Permission, require
from desktop.accounts.roles import ROLE_LABELS, ActingUser, Actor, Role
from desktop.accounts.security_settings import (
    SECURITY_SPECS,
    SecuritySettings,
    read_security,
)
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.service import TerminalService
from desktop.settings.registry import SettingsError, store
from desktop.text import clean_text, column_length

USERNAME_LIMIT = 32
DISPLAY_NAME_LIMIT = column_length(User.display_name)
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")
USERNAME_LABEL = QT_TRANSLATE_NOOP("Fields", "用户名")
DISPLAY_NAME_LABEL = QT_TRANSLATE_NOOP("Fields", "姓名")


class AccountError(UserError):
    """An account change the administrator has to correct; `field` names the input
    ("username", "display_name", "role", "password")."""


@dataclass(frozen=True)
class UserView:
    user_id: uuid.UUID
    username: str
    display_name: str
    role: Role
    role_label: str
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    role: Role
    password: str


def clean_username(username: str) -> str:
    if not isinstance(username, str):
        raise TypeError("username must be a string")
    text = username.strip().lower()
    if not _USERNAME.fullmatch(text):
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "用户名应为 2 到 32 个英文字母、数字或 . _ -，以字母或数字开头（如 zhangsan）"),
            field="username")
    return text


def _clean_display_name(name: str) -> str:
    text = clean_text(name, field="display_name", label=DISPLAY_NAME_LABEL,
                      limit=DISPLAY_NAME_LIMIT, error=AccountError)
    if not text:
        raise AccountError(QT_TRANSLATE_NOOP("Errors", "请填写用户的姓名"), field="display_name")
    return text


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise AccountError(
            QT_TRANSLATE_NOOP("Errors", "请选择角色：前台、接谈员、科长、领导或管理员"),
            field="role") from None


def user_view(row: User) -> UserView:
    role = Role(row.role)
    return UserView(row.id, row.username, row.display_name, role, ROLE_LABELS[role],
                    row.active, row.locked_until, row.last_login_at)


def actor_of(row: User) -> Actor:
    return Actor(row.id, row.username, row.display_name, Role(row.role))


def users_exist(session: Session) -> bool:
    return session.scalar(select(User.id).where(User.deleted_at.is_(None)).limit(1)) is not None


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(
        User.username == username.strip().lower(), User.deleted_at.is_(None)))


def _user(session: Session, username: str) -> User:
    row = find_user(session, username)
    if row is None:
        raise AccountError(QT_TRANSLATE_NOOP("Errors", "没有用户名为 {username} 的用户"),
                           field="username", username=username.strip()[:USERNAME_LIMIT])
    return row


def _active_admins(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(User).where(
        User.role == Role.ADMIN.value, User.active, User.deleted_at.is_(None))) or 0)


class UserService(TerminalService):
    def has_users(self) -> bool:
        """Whether accounts exist (the window then asks for a login at start)."""
        with self._sessions() as session:
            found = users_exist(session)
        if found:
            self._acting().mark_users_exist()
        return found

    def _acting(self) -> ActingUser:
        acting = self._workstation.acting
        assert acting is not None, "the services were built without an ActingUser"
        return acting

    def security(self) -> SecuritySettings:
        with self._sessions() as session:
            return read_security(session)

    # ---- the first administrator (an empty database) ----------------------------------

    def create_first_admin(self, username: str, display_name: str, password: str) -> UserView:
        """The first account of an empty database; always an administrator. Refused once
        any account exists."""
        with self._sessions.begin() as session:
            if users_exist(session):
                raise AccountError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "已经有用户了：请由管理员登录后在 用户管理 中添加用户"),
                    field="username")
            view = self._add(session, NewUser(username, display_name, Role.ADMIN, password),
                             by=None)
        self._acting().mark_users_exist()
        return view

    # ---- administration (管理员) --------------------------------------------------------

    def list_users(self) -> tuple[UserView, ...]:
        require(self._actor(), Permission.MANAGE_USERS)
        with self._sessions() as session:
            rows = session.scalars(select(User).where(User.deleted_at.is_(None))
                                   .order_by(User.active.desc(), User.role, User.username))
            return tuple(user_view(row) for row in rows)

    def add_user(self, data: NewUser) -> UserView:
        """A new account. On a database without accounts the first one must be an
        administrator (else nobody could manage the others)."""
        actor = self._actor()
        require(actor, Permission.MANAGE_USERS)
        with self._sessions.begin() as session:
            if not users_exist(session) and _role(data.role) is not Role.ADMIN:
                raise AccountError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "第一个用户必须是管理员（角色 admin），由他再添加其他用户"),
                    field="role")
            view = self._add(session, data, by=actor)
        self._acting().mark_users_exist()
        return view

    def _add(self, session: Session, data: NewUser, by: Actor | None) -> UserView:
        username = clean_username(data.username)
        display_name = _clean_display_name(data.display_name)
        role = _role(data.role)
        password = check_new_password(data.password, read_security(session).password_min_length)
        if find_user(session, username) is not None:
            raise _name_taken(username)
        now = self._clock()
        row = User(username=username, display_name=display_name, role=role.value,
                   password_hash=hash_password(password), active=True,
                   origin_terminal=self._workstation.terminal_code, password_changed_at=now,
                   updated_at=now)
        session.add(row)
        try:
            session.flush()
        except IntegrityError as error:  # taken meanwhile by another terminal
            raise _name_taken(username) from error
        who = by if by is not None else actor_of(row)
        audit.record(session, self._workstation, "user_created", "user", username,
                     f"role={role.value}", actor=who, at=now)
        return user_view(row)

    def update_user(self, username: str, display_name: str, role: Role) -> UserView:
        actor = self._actor()
        require(actor, Permission.MANAGE_USERS)
        name = _clean_display_name(display_name)
        new_role = _role(role)
        with self._sessions.begin() as session:
            row = _user(session, username)
            changes: list[str] = []
            if row.display_name != name:
                changes.append("display_name")
                row.display_name = name
            if row.role != new_role.value:
                if row.role == Role.ADMIN.value and row.active and _active_admins(session) <= 1:
                    raise _last_admin()
                changes.append(f"role {row.role} -> {new_role.value}")
                row.role = new_role.value
            if changes:
                row.version += 1
                audit.record(session, self._workstation, "user_changed", "user", row.username,
                             "; ".join(changes), at=self._clock())
            return user_view(row)

    def set_password(self, username: str, password: str) -> None:
        """An administrator sets a user's password (forgotten, or a new start); the
        account's failed logins and lock are cleared."""
        require(self._actor(), Permission.MANAGE_USERS)
        with self._sessions.begin() as session:
            row = _user(session, username)
            self._store_password(session, row, password)
            audit.record(session, self._workstation, "password_set", "user", row.username,
                         at=self._clock())

    def change_own_password(self, current: str, new: str) -> None:
        """The logged-in user changes their own password (the current one first)."""
        actor = self._actor()
        if actor.user_id is None:
            raise AccountError(QT_TRANSLATE_NOOP("Errors", "请先登录"), field="password")
        with self._sessions.begin() as session:
            row = session.get(User, actor.user_id)
            if row is None or not verify_password(row.password_hash, current):
                raise AccountError(QT_TRANSLATE_NOOP("Errors", "当前密码不正确"),
                                   field="current_password")
            self._store_password(session, row, new)
            audit.record(session, self._workstation, "password_changed", "user", row.username,
                         at=self._clock())

    def _store_password(self, session: Session, row: User, password: str) -> None:
        checked = check_new_password(password, read_security(session).password_min_length)
        row.password_hash = hash_password(checked)
        row.password_changed_at = self._clock()
        row.failed_logins = 0
        row.locked_until = None
        row.version += 1

    def set_active(self, username: str, active: bool) -> UserView:
        """Disable (never delete) or enable an account. Not one's own, and not the last
        active administrator."""
        actor = self._actor()
        require(actor, Permission.MANAGE_USERS)
        with self._sessions.begin() as session:
            row = _user(session, username)
            if row.active == active:
                return user_view(row)
            if not active:
                if actor.user_id == row.id:
                    raise AccountError(QT_TRANSLATE_NOOP("Errors", "不能停用自己正在使用的账户"),
                                       field="username")
                if row.role == Role.ADMIN.value and _active_admins(session) <= 1:
                    raise _last_admin()
            row.active = active
            row.version += 1
            audit.record(session, self._workstation,
                         "user_enabled" if active else "user_disabled", "user", row.username,
                         at=self._clock())
            return user_view(row)

    def unlock_account(self, username: str) -> UserView:
        """Lift a lock-out after failed logins before it runs out."""
        require(self._actor(), Permission.MANAGE_USERS)
        with self._sessions.begin() as session:
            row = _user(session, username)
            row.failed_logins = 0
            row.locked_until = None
            audit.record(session, self._workstation, "account_unlocked", "user", row.username,
                         at=self._clock())
            return user_view(row)

    def update_security(self, changes: Mapping[str, object]) -> SecuritySettings:
        """安全设置: checked, stored and audited (key, old -> new) in one transaction."""
        require(self._actor(), Permission.CHANGE_SETTINGS)
        specs = {spec.key: spec for spec in SECURITY_SPECS}
        cleaned: dict[str, Any] = {}
        for key, value in changes.items():
            if key not in specs:
                raise KeyError(f"unknown security setting: {key}")
            cleaned[key] = specs[key].clean(value)
        with self._sessions.begin() as session:
            before = read_security(session)
            for key, value in cleaned.items():
                old = getattr(before, key)
                if old != value:
                    store(session, specs[key], value)
                    audit.record(session, self._workstation, "setting_changed", "setting", key,
                                 f"{old} -> {value}", at=self._clock())
            session.flush()
            return read_security(session)


def _name_taken(username: str) -> AccountError:
    return AccountError(QT_TRANSLATE_NOOP("Errors", "用户名 {username} 已被使用，请换一个"),
                        field="username", username=username)


def _last_admin() -> AccountError:
    return AccountError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "这是最后一个启用的管理员账户，不能停用或改为其他角色；请先添加另一位管理员"),
        field="role")


__all__ = ["AccountError", "NewUser", "SettingsError", "UserService", "UserView",
           "clean_username"]
