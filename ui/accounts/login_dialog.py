"""The login at start (a database with user accounts): nothing of the window is usable
until someone has logged in; closing the dialog quits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ui.accounts.login_panel import LoginPanel
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.accounts.login import LoginService


class LoginDialog(QDialog):
    def __init__(self, login: LoginService, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登录 — 来访接待台"))
        self.setModal(True)
        self.panel = LoginPanel(login, tasks, self)
        self.panel.logged_in.connect(lambda _actor: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.panel.focus_first_field()
