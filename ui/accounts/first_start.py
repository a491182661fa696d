"""首次启动: on a database without user accounts, create the first administrator — or
skip, and the program runs without logins as before (asked again at the next start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
    from desktop.accounts.users import UserService



class FirstStartWizard(QDialog):
    """`admin_created(actor)`: the administrator exists and is logged in."""

    admin_created = Signal(object)

    def __init__(self, users: UserService, login: LoginService, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users, self._login, self._tasks = users, login, tasks
        self.setWindowTitle(self.tr("首次启动 — 创建管理员"))
        intro = QLabel(self.tr(
            "这是本数据库第一次启动，还没有任何用户。\n"
            "请创建第一个管理员账户：之后每位工作人员用自己的账户登录，"
            "系统按角色控制权限，并记录谁在何时做了什么。\n"
            "也可以先跳过，程序照常运行，不要求登录（下次启动时会再次询问）。"))
        intro.setWordWrap(True)
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("如 admin 或 zhangsan（英文字母、数字）"))
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setPlaceholderText(self.tr("管理员的姓名"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username_edit)
        form.addRow(self.tr("姓名"), self.display_name_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        form.addRow(self.tr("再次输入密码"), self.confirm_edit)
        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {
            "username": self.username_edit, "display_name": self.display_name_edit,
            "password": self.password_edit, "confirm": self.confirm_edit})
        buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("创建管理员并登录"))
        self.create_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("暂不使用登录"))
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.create_admin)
        self.skip_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(520)

    def create_admin(self) -> None:
        username, name = self.username_edit.text(), self.display_name_edit.text()
        password = self.password_edit.text()
        if password != self.confirm_edit.text():
            self.errors.clear_field_errors()
            self.errors.show_field_error("confirm", self.tr("两次输入的密码不一致，请重新输入"))
            return
        users, login = self._users, self._login

        def job() -> object:
            users.create_first_admin(username, name, password)
            return login.login(username, password)

        Operation(self, self._tasks, job).exclusive("create-admin").busy(self.create_button) \
            .errors(self.errors).success(self._created).run()

    def _created(self, actor: object) -> None:
        self.password_edit.clear()
        self.confirm_edit.clear()
        self.admin_created.emit(actor)
        self.accept()


