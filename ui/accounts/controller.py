"""Accounts in the main window: the login over the window at start, the lock screen
(Ctrl+L, idle time), 切换用户, the 账户 menu (用户管理, 审计日志), and the first-start
wizard on a database without users."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar, QTabWidget, QWidget

from desktop.accounts.permissions import Permission
from desktop.accounts.roles import Actor
from desktop.clock import service_day, system_clock
from ui.accounts.lock_screen import IdleLock, LockScreen
from ui.accounts.login_panel import Mode
from ui.operations import Operation
from ui.permissions import gate
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.accounts.security_settings import SecuritySettings
    from desktop.app_services import AppServices
    from ui.accounts.audit_viewer import AuditViewerDialog
    from ui.accounts.first_start import FirstStartWizard
    from ui.accounts.users_dialog import UsersDialog

LOCK_KEYS = "Ctrl+L"


class AccountsController(QObject):
    """`actor_changed(actor or None)` whenever someone logs in, locks or switches."""

    actor_changed = Signal(object)

    def __init__(self, window: QWidget, services: AppServices, tasks: TaskRunner,
                 report: Callable[[BaseException], None]) -> None:
        super().__init__(window)
        self._window, self._services, self._tasks, self._report = (
            window, services, tasks, report)
        self.lock_screen = LockScreen(services.login, tasks, window)
        self.lock_screen.unlocked.connect(self._logged_in)
        self.idle = IdleLock(self.lock, self)
        self.shortcut = QShortcut(QKeySequence(LOCK_KEYS), window)
        self.shortcut.activated.connect(self.lock)
        self.users_dialog: UsersDialog | None = None
        self.audit_dialog: AuditViewerDialog | None = None
        self.wizard: FirstStartWizard | None = None
        self._disabled: list[QAction] = []
        self._keep: list[QAction] = []
        self.gated: dict[QAction, Permission] = {}
        self.actor_changed.connect(self._gate)

    @property
    def accounts_in_use(self) -> bool:
        return self._services.login.accounts_in_use()

    # ---- start ------------------------------------------------------------------------

    def start(self, interactive: bool) -> None:
        """With accounts: the login covers the window. Without: the first-start wizard,
        when a person started the program (never for screenshots or tests)."""
        if self.accounts_in_use:
            if self._services.login.current() is None:
                self._cover(True)
                self.lock_screen.show_for(Mode.LOGIN)
            else:
                self._start_idle()
        elif interactive:
            self.offer_first_start()

    def offer_first_start(self) -> FirstStartWizard:
        from ui.accounts.first_start import FirstStartWizard

        wizard = FirstStartWizard(self._services.users, self._services.login, self._tasks,
                                  self._window)
        wizard.admin_created.connect(self._logged_in)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _logged_in(self, actor: object) -> None:
        self._cover(False)
        self.actor_changed.emit(actor)
        self._start_idle()

    def _gate(self, actor: object) -> None:
        if actor is not None:  # locked: _cover has disabled everything already
            gate(self._services, self.gated)

    def _cover(self, locked: bool) -> None:
        """While locked nothing behind the screen answers: the pages, and the menus'
        actions with their shortcuts (Ctrl+F …), are disabled; the lock's own stay."""
        central = self._window.findChild(QTabWidget, "mainTabs")
        if central is not None:
            central.setEnabled(not locked)
        if locked:
            self._disabled = [action for action in _menu_actions(self._window)
                              if action.isEnabled() and action not in self._keep]
            for action in self._disabled:
                action.setEnabled(False)
        else:
            for action in self._disabled:
                action.setEnabled(True)
            self._disabled = []

    def _start_idle(self) -> None:
        users = self._services.users
        Operation(self, self._tasks, users.security).key("security") \
            .success(self._idle_minutes).report_to(self._report).run()

    def _idle_minutes(self, security: SecuritySettings) -> None:
        self.idle.start(security.idle_lock_minutes)

    # ---- lock, switch -----------------------------------------------------------------

    def lock(self) -> None:
        """Cover the window at once; the lock (and its audit entry) follows."""
        login = self._services.login
        actor = login.current()
        if actor is None or not actor.is_account or self.lock_screen.is_locked:
            return
        self.idle.stop()
        self._cover(True)
        self.lock_screen.show_for(Mode.UNLOCK, actor)
        self.actor_changed.emit(None)
        Operation(self, self._tasks, login.lock).exclusive("lock") \
            .report_to(self._report).run()

    def switch_user(self) -> None:
        if not self.accounts_in_use:
            return
        self.lock()
        self.lock_screen.show_for(Mode.SWITCH)

    # ---- menu and dialogs ---------------------------------------------------------------

    def build_menu(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(self.tr("账户(&A)"))
        lock = menu.addAction(self.tr("锁屏"), self.lock)
        lock.setShortcut(QKeySequence(LOCK_KEYS))
        lock.setShortcutVisibleInContextMenu(True)
        self.shortcut.setEnabled(False)  # the action carries the key now
        self._keep = [lock, menu.addAction(self.tr("切换用户…"), self.switch_user)]
        menu.addSeparator()
        users = menu.addAction(self.tr("用户管理…"), self.open_users)
        audit_log = menu.addAction(self.tr("审计日志…"), self.open_audit_log)
        # Offered to the roles that may use them (the services refuse the others anyway).
        self.gated = {users: Permission.MANAGE_USERS, audit_log: Permission.VIEW_AUDIT}
        self.menu = menu

    def open_users(self) -> UsersDialog:
        dialog = self.users_dialog
        if dialog is None:
            from ui.accounts.users_dialog import UsersDialog

            dialog = UsersDialog(self._services.users, self._tasks, self._window)
            self.users_dialog = dialog
        dialog.start_new()
        dialog.load()
        dialog.open()
        return dialog

    def open_audit_log(self) -> AuditViewerDialog:
        dialog = self.audit_dialog
        if dialog is None:
            from ui.accounts.audit_viewer import AuditViewerDialog

            dialog = AuditViewerDialog(self._services.audit_log, self._tasks,
                                       service_day(system_clock()), self._window)
            self.audit_dialog = dialog
        dialog.start()
        dialog.show()
        dialog.raise_()
        return dialog


def _menu_actions(window: QWidget) -> list[QAction]:
    found: list[QAction] = []
    bar = window.findChild(QMenuBar)
    menus = [action.menu() for action in bar.actions()] if bar is not None else []
    while menus:
        menu = menus.pop()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if isinstance(action.menu(), QMenu):
                menus.append(action.menu())
            elif not action.isSeparator():
                found.append(action)
    return found


def actor_text(actor: Actor | None) -> str:
    return actor.display_name if actor is not None else ""
