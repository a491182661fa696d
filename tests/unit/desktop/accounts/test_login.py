from __future__ import annotations

import pytest
from accounts_setup import PASSWORD, add_everyone, login_as
from sqlalchemy import select

from db.models import AuditEntry, Visit
from desktop.accounts.login import AccountLocked, LoginFailed
from desktop.accounts.roles import NotLoggedIn, Role


def _actions(services) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return [(e.action, e.actor, e.detail) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.subject_type == "user")
            .order_by(AuditEntry.seq))]


def test_login_sets_the_acting_user_and_rows_name_them(services) -> None:  # type: ignore[no-untyped-def]
    from helpers import make_id_number

    from desktop.domain import TicketCategory
    from desktop.queue.tickets import TicketRequest

    add_everyone(services)
    with pytest.raises(NotLoggedIn):
        services.tickets.issue_ticket(TicketRequest(name="王五", id_number=make_id_number(),
                                                  category=TicketCategory.REGULAR))
    actor = services.login.login("QianTai", PASSWORD)
    assert (actor.username, actor.display_name, actor.role) == ("qiantai", "前台乙",
                                                                 Role.FRONT_DESK)
    issued = services.tickets.issue_ticket(TicketRequest(name="王五", id_number=make_id_number(),
                                                  category=TicketCategory.REGULAR))
    with services.sessions() as session:
        assert session.get(Visit, issued.visit_id).issued_by == "qiantai"
    assert _actions(services)[-1] == ("login", "qiantai", None)


def test_wrong_password_slows_down_then_locks(services, clock) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    for _ in range(2):
        with pytest.raises(LoginFailed) as refused:
            services.login.login("clerk", "not-the-password")
        assert refused.value.message == "用户名或密码不正确，请重新输入"
    with pytest.raises(AccountLocked, match="已连续输错 3 次，请在 5 秒后再试"):
        services.login.login("clerk", "not-the-password")
    # Even the right password waits.
    with pytest.raises(AccountLocked, match="秒后再试"):
        services.login.login("clerk", PASSWORD)
    clock.advance(seconds=6)
    with pytest.raises(AccountLocked, match="已连续输错 4 次，请在 10 秒后再试"):
        services.login.login("clerk", "not-the-password")
    clock.advance(seconds=11)
    with pytest.raises(AccountLocked) as locked:
        services.login.login("clerk", "not-the-password")
    # 5th failure (default limit): locked 15 minutes, until 09:15 Beijing time.
    assert "账户已锁定到 09:1" in locked.value.message
    clock.advance(minutes=10)
    with pytest.raises(AccountLocked):
        services.login.login("clerk", PASSWORD)
    clock.advance(minutes=6)
    assert services.login.login("clerk", PASSWORD).username == "clerk"
    failed = [a for a in _actions(services) if a[0] == "login_failed"]
    assert len(failed) == 7
    assert failed[3] == ("login_failed", "clerk", "account locked")
    assert failed[5] == ("login_failed", "clerk", "wrong password (5 in a row), account locked")
    assert all(PASSWORD not in str(detail) for _, _, detail in _actions(services))


def test_administrator_lifts_a_lock(services) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    for _ in range(5):
        with pytest.raises((LoginFailed, AccountLocked)):
            services.login.login("clerk", "not-the-password")
            services.login.logout()
    login_as(services, Role.ADMIN)
    services.users.unlock_account("clerk")
    services.login.logout()
    assert services.login.login("clerk", PASSWORD).username == "clerk"


def test_unknown_name_is_refused_like_a_wrong_password(services) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    with pytest.raises(LoginFailed) as refused:
        services.login.login("nobody", PASSWORD)
    assert refused.value.message == "用户名或密码不正确，请重新输入"
    # The typed name is not kept (it may be a password typed in the wrong box).
    assert _actions(services)[-1] == ("login_failed", "(unknown)", "unknown user")


def test_lock_and_unlock_by_the_same_user(services) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    login_as(services, Role.CLERK)
    services.login.lock()
    assert services.login.current() is None
    assert services.login.locked_by().username == "clerk"
    with pytest.raises(NotLoggedIn):
        services.workstation.actor()
    with pytest.raises(LoginFailed):
        services.login.unlock("wrong-password")
    assert services.login.unlock(PASSWORD).username == "clerk"
    assert services.workstation.operator == "clerk"
    assert [a[0] for a in _actions(services)][-4:] == ["login", "lock", "unlock_failed",
                                                       "unlock"]


def test_switch_user_keeps_the_services(services) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    login_as(services, Role.CLERK)
    tickets = services.tickets
    services.login.lock()
    services.login.switch_user("kezhang", PASSWORD)
    assert services.tickets is tickets
    assert services.workstation.operator == "kezhang"
    assert services.login.locked_by() is None
    assert _actions(services)[-2:] == [("login", "kezhang", "switch from clerk"),
                                       ("logout", "clerk", "switch to kezhang")]


def test_without_users_the_terminal_operator_acts(services) -> None:  # type: ignore[no-untyped-def]
    assert services.workstation.operator == "测试前台"
    with pytest.raises(LoginFailed, match="还没有任何用户"):
        services.login.login("admin", PASSWORD)
