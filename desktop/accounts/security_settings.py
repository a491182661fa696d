"""The centre's account-security settings (管理员 → 用户管理 → 安全设置), stored in the
`setting` table with the registry's own value types and read like the other settings.

Kept out of the registry's `Settings` snapshot: nothing but the accounts wing reads them,
and changing them is audited by the accounts service (AccountsService.update_security)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.settings.registry import IntSetting, read_value

PASSWORD_MIN_LENGTH = IntSetting(
    key="password_min_length", label=QT_TRANSLATE_NOOP("Fields", "密码最短长度"), default=8,
    used_by=("accounts",), minimum=6, maximum=64,
    range_error=QT_TRANSLATE_NOOP("Errors", "密码最短长度应为 {low} 到 {high} 之间的整数"),
)
LOGIN_MAX_FAILURES = IntSetting(
    key="login_max_failures", label=QT_TRANSLATE_NOOP("Fields", "连续登录失败锁定次数"),
    default=5, used_by=("accounts",), minimum=3, maximum=20,
    range_error=QT_TRANSLATE_NOOP(
        "Errors", "连续登录失败锁定次数应为 {low} 到 {high} 之间的整数"),
)
LOGIN_LOCK_MINUTES = IntSetting(
    key="login_lock_minutes", label=QT_TRANSLATE_NOOP("Fields", "账户锁定时长（分钟）"),
    default=15, used_by=("accounts",), minimum=1, maximum=1440,
    range_error=QT_TRANSLATE_NOOP("Errors", "账户锁定时长应为 {low} 到 {high} 分钟"),
)
IDLE_LOCK_MINUTES = IntSetting(
    key="idle_lock_minutes", label=QT_TRANSLATE_NOOP("Fields", "无操作自动锁屏（分钟）"),
    default=10, used_by=("accounts",), minimum=1, maximum=240,
    range_error=QT_TRANSLATE_NOOP("Errors", "无操作自动锁屏时间应为 {low} 到 {high} 分钟"),
)
SECURITY_SPECS = (PASSWORD_MIN_LENGTH, LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES,
                  IDLE_LOCK_MINUTES)


@dataclass(frozen=True)
class SecuritySettings:
    password_min_length: int = PASSWORD_MIN_LENGTH.default
    login_max_failures: int = LOGIN_MAX_FAILURES.default
    login_lock_minutes: int = LOGIN_LOCK_MINUTES.default
    idle_lock_minutes: int = IDLE_LOCK_MINUTES.default


def read_security(session: Session) -> SecuritySettings:
    return SecuritySettings(**{spec.key: read_value(session, spec) for spec in SECURITY_SPECS})
