"""Who may do what: one table, checked in the services (`require`) on every call, so a
call that goes around the UI is refused too.

Enforced today: user administration, settings changes, calendar and units admin, the
audit log (viewing, exporting, verifying) and full personal data (the visit detail and
the deliberate reveal). The rest of the table is the plan for the other services
(issue 11, part 2) and is not checked yet.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.accounts.roles import ROLE_LABELS, Actor, Role
from desktop.i18n import QT_TRANSLATE_NOOP, UserError


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    CHANGE_SETTINGS = "change_settings"
    MANAGE_CALENDAR = "manage_calendar"
    MANAGE_UNITS = "manage_units"
    VIEW_AUDIT = "view_audit"
    EXPORT_AUDIT = "export_audit"
    VIEW_PERSONAL_DATA = "view_personal_data"  # full ID number and phone in a visit
    REVEAL_PERSONAL_DATA = "reveal_personal_data"  # the deliberate, audited reveal
    # Part 2 (not checked yet):
    ISSUE_TICKETS = "issue_tickets"
    REGISTER_VISITS = "register_visits"
    APPROVE_EXTENSIONS = "approve_extensions"
    OVERRIDE_BOOKINGS = "override_bookings"
    EXPORT_CASES = "export_cases"
    MANAGE_RECEPTION = "manage_reception"


_FRONT, _CLERK, _CHIEF = Role.FRONT_DESK, Role.CLERK, Role.SECTION_CHIEF
_LEADER, _ADMIN = Role.LEADER, Role.ADMIN

PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_USERS: frozenset({_ADMIN}),
    Permission.CHANGE_SETTINGS: frozenset({_ADMIN}),
    Permission.MANAGE_CALENDAR: frozenset({_ADMIN}),
    Permission.MANAGE_UNITS: frozenset({_ADMIN}),
    Permission.VIEW_AUDIT: frozenset({_CHIEF, _ADMIN}),
    Permission.EXPORT_AUDIT: frozenset({_CHIEF, _ADMIN}),
    Permission.VIEW_PERSONAL_DATA: frozenset({_CLERK, _CHIEF}),
    Permission.REVEAL_PERSONAL_DATA: frozenset({_CLERK, _CHIEF}),
    Permission.ISSUE_TICKETS: frozenset({_FRONT, _CLERK, _CHIEF}),
    Permission.REGISTER_VISITS: frozenset({_CLERK, _CHIEF}),
    Permission.APPROVE_EXTENSIONS: frozenset({_CHIEF}),
    Permission.OVERRIDE_BOOKINGS: frozenset({_CHIEF}),
    Permission.EXPORT_CASES: frozenset({_CHIEF}),
    Permission.MANAGE_RECEPTION: frozenset({_CHIEF, _ADMIN}),
}

PERMISSION_LABELS: dict[Permission, str] = {
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Domain", "管理用户"),
    Permission.CHANGE_SETTINGS: QT_TRANSLATE_NOOP("Domain", "修改系统设置"),
    Permission.MANAGE_CALENDAR: QT_TRANSLATE_NOOP("Domain", "维护法定节假日"),
    Permission.MANAGE_UNITS: QT_TRANSLATE_NOOP("Domain", "维护承办单位名录"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Domain", "查看审计日志"),
    Permission.EXPORT_AUDIT: QT_TRANSLATE_NOOP("Domain", "导出审计日志"),
    Permission.VIEW_PERSONAL_DATA: QT_TRANSLATE_NOOP("Domain", "查看完整个人信息"),
    Permission.REVEAL_PERSONAL_DATA: QT_TRANSLATE_NOOP("Domain", "显示完整证件号码和电话"),
    Permission.ISSUE_TICKETS: QT_TRANSLATE_NOOP("Domain", "取号"),
    Permission.REGISTER_VISITS: QT_TRANSLATE_NOOP("Domain", "接谈登记"),
    Permission.APPROVE_EXTENSIONS: QT_TRANSLATE_NOOP("Domain", "批准延期"),
    Permission.OVERRIDE_BOOKINGS: QT_TRANSLATE_NOOP("Domain", "破例预约"),
    Permission.EXPORT_CASES: QT_TRANSLATE_NOOP("Domain", "导出信访件"),
    Permission.MANAGE_RECEPTION: QT_TRANSLATE_NOOP("Domain", "安排领导接访"),
}


class PermissionDenied(UserError):
    pass


def allowed(actor: Actor, permission: Permission) -> bool:
    """True for a role the table allows, and for the operator of a database without
    user accounts (everything, as before accounts existed)."""
    if actor.role is None:
        return not actor.is_account
    return actor.role in PERMISSIONS[permission]


def require(actor: Actor, permission: Permission) -> None:
    """Raise PermissionDenied (Chinese, naming the action and who may) unless allowed."""
    if allowed(actor, permission):
        return
    roles = "、".join(ROLE_LABELS[role] for role in Role if role in PERMISSIONS[permission])
    raise PermissionDenied(
        QT_TRANSLATE_NOOP("Errors", "当前用户（{role}）无权{action}；需要{roles}登录后操作"),
        role=ROLE_LABELS[actor.role] if actor.role else "", action=PERMISSION_LABELS[permission],
        roles=roles,
    )
