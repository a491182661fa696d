"""What the acting user may do, for the UI to offer only that (issue 11, part 2).

The services refuse on their own (PermissionDenied); this lets a page or an action
react before the call: disabled, hidden, or a notice saying who may. The acting user is
read from the terminal (the services' Workstation, in memory: no database call).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QAction

from desktop.accounts.permissions import Permission, PermissionDenied, allowed, require
from desktop.accounts.roles import Actor, NotLoggedIn
from desktop.app_services import AppServices
from ui.i18n import error_text


def current_actor(services: AppServices) -> Actor | None:
    """Who acts now; None while the terminal is locked or nobody is logged in."""
    try:
        return services.workstation.actor()
    except NotLoggedIn:
        return None


def may(services: AppServices, permission: Permission) -> bool:
    """Whether the acting user may (always, on a database without accounts)."""
    actor = current_actor(services)
    return actor is not None and allowed(actor, permission)


def refusal(services: AppServices, permission: Permission) -> str:
    """"" when allowed, else the translated message the service would give (naming the
    action and the roles that may)."""
    actor = current_actor(services)
    if actor is None:
        return ""  # the lock screen covers the window; the service says 请先登录
    try:
        require(actor, permission)
    except PermissionDenied as denied:
        return error_text(denied)
    return ""


def gate(services: AppServices, actions: Mapping[QAction, Permission]) -> None:
    """Enable each action for a user who may use it; disable it for the others, its
    tooltip saying who may (called when the acting user changes)."""
    for action, permission in actions.items():
        refused = refusal(services, permission)
        action.setEnabled(not refused and current_actor(services) is not None)
        action.setToolTip(refused)
        action.setStatusTip(refused)
