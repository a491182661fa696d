"""The lock screen: covers the whole window (its pages stay as they were underneath)
until the user who locked it gives their password, or another user logs in with
切换用户. Locks come from Ctrl+L, the 账户 menu and the idle timer (IdleLock)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from ui.accounts.login_panel import LoginPanel, Mode
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.accounts.login import LoginService
    from desktop.accounts.roles import Actor


class LockScreen(QWidget):
    """A child of the main window laid over everything in it. `unlocked(actor)` when
    someone has logged in again."""

    unlocked = Signal(object)

    def __init__(self, login: LoginService, tasks: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockScreen { background: #2b3a4a; }")
        self.panel = LoginPanel(login, tasks, self)
        layout = QGridLayout(self)
        layout.addWidget(self.panel, 0, 0, Qt.AlignmentFlag.AlignCenter)
        self.panel.logged_in.connect(self._done)
        window.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._cover()
        return False

    def _cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def show_for(self, mode: Mode, locked_by: Actor | None = None) -> None:
        self.panel.set_mode(mode, locked_by)
        self._cover()
        self.show()
        self.raise_()
        self.panel.focus_first_field()

    @property
    def is_locked(self) -> bool:
        return self.isVisible()

    def _done(self, actor: object) -> None:
        self.hide()
        self.unlocked.emit(actor)


class IdleLock(QObject):
    """Calls `lock` after `minutes` without a key press or mouse use anywhere in the
    application."""

    _ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                           QEvent.Type.MouseMove, QEvent.Type.Wheel})

    def __init__(self, lock: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False
