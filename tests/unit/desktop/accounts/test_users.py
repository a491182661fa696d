from __future__ import annotations

import pytest
from accounts_setup import PASSWORD, USERS, add_everyone, login_as
from sqlalchemy import select

from db.models import AuditEntry, User
from desktop.accounts.passwords import PasswordRejected
from desktop.accounts.permissions import PermissionDenied
from desktop.accounts.roles import NotLoggedIn, Role
from desktop.accounts.users import AccountError, NewUser


def _entries(services, action: str) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                    .order_by(AuditEntry.seq)))


def test_first_user_must_be_an_administrator(services) -> None:  # type: ignore[no-untyped-def]
    assert not services.users.has_users()
    with pytest.raises(AccountError) as refused:
        services.users.add_user(NewUser("clerk", "接谈员", Role.CLERK, PASSWORD))
    assert refused.value.field == "role"
    assert "第一个用户必须是管理员" in refused.value.message
    view = services.users.add_user(NewUser(" Admin ", "管理员甲", Role.ADMIN, PASSWORD))
    assert (view.username, view.role, view.role_label, view.active) == (
        "admin", Role.ADMIN, "管理员", True)
    assert services.users.has_users()


def test_password_is_hashed_with_argon2_and_never_stored_or_audited(services) -> None:  # type: ignore[no-untyped-def]
    services.users.add_user(NewUser("admin", "管理员甲", Role.ADMIN, PASSWORD))
    with services.sessions() as session:
        stored = session.scalar(select(User.password_hash))
        details = " ".join(str(e.detail) + e.subject_id for e in session.scalars(
            select(AuditEntry)))
    assert stored is not None and stored.startswith("$argon2id$")
    assert PASSWORD not in stored and PASSWORD not in details and stored not in details


def test_password_rules_in_chinese(services) -> None:  # type: ignore[no-untyped-def]
    for bad, text in (("short1", "至少需要 8 个字符"), ("11111111", "过于简单"),
                      (" padded-password", "开头和结尾"), ("tab\tpassword", "控制字符")):
        with pytest.raises(PasswordRejected) as refused:
            services.users.add_user(NewUser("admin", "管理员甲", Role.ADMIN, bad))
        assert text in refused.value.message
        assert bad not in refused.value.message
        assert refused.value.field == "password"


def test_minimum_length_is_a_setting(services) -> None:  # type: ignore[no-untyped-def]
    services.users.update_security({"password_min_length": 12})
    with pytest.raises(PasswordRejected, match="至少需要 12 个字符"):
        services.users.add_user(NewUser("admin", "管理员甲", Role.ADMIN, "elevenchars"))
    assert _entries(services, "setting_changed")[-1].detail == "8 -> 12"


def test_usernames_are_checked_and_unique(services) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    login_as(services, Role.ADMIN)
    for bad in ("张三", "a", "x; DROP TABLE app_user", "-dash"):
        with pytest.raises(AccountError) as refused:
            services.users.add_user(NewUser(bad, "某人", Role.CLERK, PASSWORD))
        assert refused.value.field == "username"
    with pytest.raises(AccountError, match="已被使用"):
        services.users.add_user(NewUser("CLERK", "另一人", Role.CLERK, PASSWORD))


def test_once_users_exist_nobody_acts_without_login(services) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    with pytest.raises(NotLoggedIn, match="请先登录"):
        services.users.list_users()
    with pytest.raises(NotLoggedIn):
        services.settings.update({"handling_days": 30})


@pytest.mark.parametrize("role", list(Role))
def test_only_administrators_manage_users(services, role: Role) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    login_as(services, role)
    calls = (
        lambda: services.users.list_users(),
        lambda: services.users.add_user(NewUser("newone", "新人", Role.CLERK, PASSWORD)),
        lambda: services.users.set_password("clerk", "Another-pass-1"),
        lambda: services.users.set_active("leader", False),
        lambda: services.users.update_user("leader", "领导戊", Role.LEADER),
        lambda: services.users.unlock_account("leader"),
    )
    for call in calls:
        if role is Role.ADMIN:
            call()
        else:
            with pytest.raises(PermissionDenied) as refused:
                call()
            assert "无权管理用户" in refused.value.message and "管理员" in refused.value.message
    if role is Role.ADMIN:
        names = [view.username for view in services.users.list_users()]
        assert sorted(names) == sorted([*(name for name, _ in USERS.values()), "newone"])


def test_user_changes_are_audited_without_secrets(services) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    login_as(services, Role.ADMIN)
    services.users.update_user("clerk", "接谈员丙", Role.SECTION_CHIEF)
    services.users.set_password("clerk", "Brand-new-pass-9")
    services.users.set_active("leader", False)
    changed = _entries(services, "user_changed")[-1]
    assert (changed.actor, changed.subject_id, changed.detail) == (
        "admin", "clerk", "role clerk -> section_chief")
    assert _entries(services, "password_set")[-1].detail is None
    assert _entries(services, "user_disabled")[-1].subject_id == "leader"
    created = _entries(services, "user_created")
    assert [e.subject_id for e in created] == ["admin", "qiantai", "clerk", "kezhang", "leader"]


def test_the_last_administrator_and_oneself_stay(services) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    login_as(services, Role.ADMIN)
    with pytest.raises(AccountError, match="不能停用自己"):
        services.users.set_active("admin", False)
    with pytest.raises(AccountError, match="最后一个启用的管理员"):
        services.users.update_user("admin", "管理员甲", Role.CLERK)


def test_disabled_user_cannot_log_in(services) -> None:  # type: ignore[no-untyped-def]
    from desktop.accounts.login import LoginFailed

    add_everyone(services)
    login_as(services, Role.ADMIN)
    services.users.set_active("clerk", False)
    with pytest.raises(LoginFailed, match="用户名或密码不正确"):
        services.login.login("clerk", PASSWORD)


def test_own_password_change_needs_the_current_one(services) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    login_as(services, Role.CLERK)
    with pytest.raises(AccountError, match="当前密码不正确"):
        services.users.change_own_password("wrong-password", "Brand-new-pass-9")
    services.users.change_own_password(PASSWORD, "Brand-new-pass-9")
    services.login.logout()
    services.login.login("clerk", "Brand-new-pass-9")
