"""The login form, used at start (LoginDialog), on the lock screen (unlock, 切换用户):
user name and password, Enter to log in, the refusal under the form (never the
password, which is cleared after each try)."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.operations import FormErrors, Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.accounts.login import LoginService
    from desktop.accounts.roles import Actor


class Mode(Enum):
    LOGIN = "login"  # at start: user name and password
    UNLOCK = "unlock"  # the locked user's password
    SWITCH = "switch"  # 切换用户: another user logs in, the one before is logged out


class LoginPanel(QFrame):
    """`logged_in(actor)` once the service accepted the password."""

    logged_in = Signal(object)

    def __init__(self, login: LoginService, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._login = login
        self._tasks = tasks
        self.mode = Mode.LOGIN
        self.setObjectName("loginPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#loginPanel { background: white; border: 1px solid #b0b8c4;"
                           " border-radius: 8px; }")
        self.setFixedWidth(420)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(64)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(128)
        self.username_label = QLabel(self.tr("用户名"))
        form = QFormLayout()
        form.addRow(self.username_label, self.username_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {"username": self.username_edit,
                                                    "password": self.password_edit})
        self.login_button = QPushButton(self.tr("登录"))
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.submit)
        self.switch_button = QPushButton(self.tr("切换用户"))
        self.switch_button.clicked.connect(lambda: self.set_mode(Mode.SWITCH))
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.username_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.submit)
        self.set_mode(Mode.LOGIN)

    def set_mode(self, mode: Mode, locked_by: Actor | None = None) -> None:
        self.mode = mode
        self.errors.clear_field_errors()
        self.password_edit.clear()
        ask_name = mode is not Mode.UNLOCK
        self.username_label.setVisible(ask_name)
        self.username_edit.setVisible(ask_name)
        self.switch_button.setVisible(mode is Mode.UNLOCK)
        if mode is Mode.LOGIN:
            self.title.setText(self.tr("来访接待台 — 登录"))
            self.hint.setText(self.tr("请输入您的用户名和密码"))
            self.login_button.setText(self.tr("登录"))
        elif mode is Mode.UNLOCK:
            name = locked_by.display_name if locked_by is not None else ""
            self.title.setText(self.tr("终端已锁定"))
            self.hint.setText(self.tr("{name} 锁定了本终端，请输入密码解锁；换班请点“切换用户”")
                              .format(name=name))
            self.login_button.setText(self.tr("解锁"))
        else:
            self.title.setText(self.tr("切换用户"))
            self.hint.setText(self.tr("接班的同事请输入用户名和密码；上一位用户将退出登录，"
                                      "已打开的页面保持不变"))
            self.login_button.setText(self.tr("登录"))
            self.username_edit.clear()
        self.focus_first_field()

    def focus_first_field(self) -> None:
        if self.username_edit.isVisible() and not self.username_edit.text():
            self.username_edit.setFocus()
        else:
            self.password_edit.setFocus()

    def submit(self) -> None:
        username, password = self.username_edit.text(), self.password_edit.text()
        login, mode = self._login, self.mode
        if mode is Mode.UNLOCK:
            def job() -> Actor:
                return login.unlock(password)
        elif mode is Mode.SWITCH:
            def job() -> Actor:
                return login.switch_user(username, password)
        else:
            def job() -> Actor:
                return login.login(username, password)
        self.password_edit.clear()
        Operation(self, self._tasks, job).exclusive("login").busy(self.login_button) \
            .errors(self.errors).success(self.logged_in.emit).run()
