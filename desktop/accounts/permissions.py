"""Who may do what: one table, checked in the services (`require`) on every call, so a
call that goes around the UI is refused too.

Every permission below is checked by the services that do the work: user
administration, settings and reference data, calendar and units, the audit log, full
personal data (visit detail, reveal), tickets, registration and case steps, extensions,
booking overrides, exports, reception planning, case content (history, search, case
detail, the deadline watch).

Decisions (issue 11, part 2):
- Recording an extension needs APPROVE_EXTENSIONS (a section chief records the extension
  they approve; a clerk cannot record one "approved by name").
- Case content (VIEW_CASES) is for the clerk and the section chief: the front desk sees
  only what a ticket needs (the queue, masked numbers), the administrator no case content,
  a leader only the briefings of their own sessions (`may_read_briefing`).
- A leader user is linked to the roster Leader whose name is the user's display name
  (the roster holds people's names, so the display name is the link; the username is
  checked too, for a roster entry typed with the login name).
- The schedule export holds no case content: the planners (MANAGE_RECEPTION: chief,
  admin) export what they publish; case lists need EXPORT_CASES (chief).
- Backup and restore are command-line operations on the database file (restore needs
  every window closed, so nobody is logged in): the gate is the operating-system account
  that owns the 0600 file, not a role; anyone who can run them can copy the file anyway.
- A database without user accounts allows everything (`allowed`), as before accounts.
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
    ISSUE_TICKETS = "issue_tickets"
    REGISTER_VISITS = "register_visits"
    APPROVE_EXTENSIONS = "approve_extensions"
    OVERRIDE_BOOKINGS = "override_bookings"
    EXPORT_CASES = "export_cases"
    MANAGE_RECEPTION = "manage_reception"
    VIEW_CASES = "view_cases"  # history, search, case detail, deadline watch, 检举控告
    ENQUIRE = "enquire"  # 进度查询 with the visitor's case number and code
    PREPARE_BRIEFINGS = "prepare_briefings"  # any session's briefing (a leader: own)


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
    Permission.VIEW_CASES: frozenset({_CLERK, _CHIEF}),
    Permission.ENQUIRE: frozenset({_FRONT, _CLERK, _CHIEF}),
    Permission.PREPARE_BRIEFINGS: frozenset({_CLERK, _CHIEF}),
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
    Permission.VIEW_CASES: QT_TRANSLATE_NOOP("Domain", "查看信访事项内容"),
    Permission.ENQUIRE: QT_TRANSLATE_NOOP("Domain", "查询办理进度"),
    Permission.PREPARE_BRIEFINGS: QT_TRANSLATE_NOOP("Domain", "查看接访简报"),
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


def may_read_briefing(actor: Actor, leader_names: tuple[str, ...]) -> bool:
    """Whether the actor may read a session's briefing: PREPARE_BRIEFINGS, or a leader
    reading the briefing of a session they receive at (their roster name is their
    display name or username)."""
    if allowed(actor, Permission.PREPARE_BRIEFINGS):
        return True
    return actor.role is Role.LEADER and bool(
        {actor.display_name.strip(), actor.username.strip()} & set(leader_names))


def require_briefing(actor: Actor, leader_names: tuple[str, ...]) -> None:
    """PermissionDenied unless `may_read_briefing`; a leader is told it is not theirs."""
    if may_read_briefing(actor, leader_names):
        return
    if actor.role is Role.LEADER:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "当前用户（领导）只能查看本人接访场次的简报；这一场不是“{name}”的接访"),
            name=actor.display_name)
    require(actor, Permission.PREPARE_BRIEFINGS)
