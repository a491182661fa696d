"""Shared by the accounts tests: one user of each role on the `services` database."""

from __future__ import annotations

from typing import Any

from desktop.accounts.roles import Role
from desktop.accounts.users import NewUser

PASSWORD = "Laifang-2026!"
USERS = {
    Role.ADMIN: ("admin", "管理员甲"),
    Role.FRONT_DESK: ("qiantai", "前台乙"),
    Role.CLERK: ("clerk", "接谈员丙"),
    Role.SECTION_CHIEF: ("kezhang", "科长丁"),
    Role.LEADER: ("leader", "领导戊"),
}


def add_everyone(services: Any) -> None:
    """The first administrator (no accounts yet: the operator may), then the others as
    that administrator; ends logged out."""
    name, display = USERS[Role.ADMIN]
    services.users.add_user(NewUser(name, display, Role.ADMIN, PASSWORD))
    services.login.login(name, PASSWORD)
    for role, (username, display_name) in USERS.items():
        if role is not Role.ADMIN:
            services.users.add_user(NewUser(username, display_name, role, PASSWORD))
    services.login.logout()


def login_as(services: Any, role: Role) -> None:
    services.login.login(USERS[role][0], PASSWORD)
