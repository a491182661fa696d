"""用户管理 (管理员): the accounts in a table; add a user; change name and role; set a
password; disable or enable; lift a lock-out; and 安全设置 (password length, failed
logins before a lock, lock time, idle minutes before the screen locks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.roles import ROLE_LABELS, Role
from desktop.accounts.users import NewUser
from desktop.clock import local_time
from ui.i18n import tr_domain
from ui.operations import FormErrors, Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.accounts.security_settings import SecuritySettings
    from desktop.accounts.users import UserService, UserView


class UsersDialog(QDialog):
    def __init__(self, users: UserService, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users, self._tasks = users, tasks
        self.views: tuple[UserView, ...] = ()
        self.setWindowTitle(self.tr("用户管理"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("用户名"), self.tr("姓名"),
                                              self.tr("角色"), self.tr("状态"),
                                              self.tr("最近登录")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        # The selected user (or a new one): name, display name, role, password.
        self.username_edit = QLineEdit()
        self.display_name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(tr_domain(ROLE_LABELS[role]), role)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("新用户必填；已有用户填写则重设密码"))
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username_edit)
        form.addRow(self.tr("姓名"), self.display_name_edit)
        form.addRow(self.tr("角色"), self.role_combo)
        form.addRow(self.tr("密码"), self.password_edit)
        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {
            "username": self.username_edit, "display_name": self.display_name_edit,
            "role": self.role_combo, "password": self.password_edit})
        self.new_button = QPushButton(self.tr("新建"))
        self.save_button = QPushButton(self.tr("保存"))
        self.active_button = QPushButton(self.tr("停用"))
        self.unlock_button = QPushButton(self.tr("解除锁定"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        row = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.active_button,
                       self.unlock_button):
            row.addWidget(button)
        row.addStretch(1)
        edit_box = QGroupBox(self.tr("用户"))
        edit_layout = QVBoxLayout(edit_box)
        edit_layout.addLayout(form)
        edit_layout.addWidget(self.error_label)
        edit_layout.addLayout(row)

        self.security_box = QGroupBox(self.tr("安全设置"))
        self.min_length_spin = QSpinBox()
        self.min_length_spin.setRange(6, 64)
        self.failures_spin = QSpinBox()
        self.failures_spin.setRange(3, 20)
        self.lock_minutes_spin = QSpinBox()
        self.lock_minutes_spin.setRange(1, 1440)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(1, 240)
        for spin, suffix in ((self.min_length_spin, self.tr(" 个字符")),
                             (self.failures_spin, self.tr(" 次")),
                             (self.lock_minutes_spin, self.tr(" 分钟")),
                             (self.idle_spin, self.tr(" 分钟"))):
            spin.setSuffix(suffix)
        security_form = QFormLayout(self.security_box)
        security_form.addRow(self.tr("密码最短长度"), self.min_length_spin)
        security_form.addRow(self.tr("连续登录失败锁定次数"), self.failures_spin)
        security_form.addRow(self.tr("账户锁定时长"), self.lock_minutes_spin)
        security_form.addRow(self.tr("无操作自动锁屏"), self.idle_spin)
        self.security_error = ErrorLabel()
        self.security_button = QPushButton(self.tr("保存安全设置"))
        self.security_button.clicked.connect(self.save_security)
        security_form.addRow(self.security_error)
        security_form.addRow("", self.security_button)
        self.status_label = QLabel()

        side = QVBoxLayout()
        side.addWidget(edit_box)
        side.addWidget(self.security_box)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.status_label)
        self.resize(1100, 560)
        self.start_new()

    # ---- loading ----------------------------------------------------------------------

    def load(self) -> None:
        users = self._users
        Operation(self, self._tasks, lambda: (users.list_users(), users.security())) \
            .key("load").errors(self.errors).success(self._loaded).run()

    def _loaded(self, result: tuple[tuple[UserView, ...], SecuritySettings]) -> None:
        views, security = result
        self.views = views
        self.table.setRowCount(len(views))
        for index, view in enumerate(views):
            state = self.tr("启用") if view.active else self.tr("已停用")
            if view.locked_until is not None:
                state += self.tr("（锁定中）")
            last = (local_time(view.last_login_at).strftime("%Y-%m-%d %H:%M")
                    if view.last_login_at else self.tr("从未登录"))
            for column, text in enumerate((view.username, view.display_name,
                                           tr_domain(view.role_label), state, last)):
                item = QTableWidgetItem(text)
                if not view.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(index, column, item)
        self.min_length_spin.setValue(security.password_min_length)
        self.failures_spin.setValue(security.login_max_failures)
        self.lock_minutes_spin.setValue(security.login_lock_minutes)
        self.idle_spin.setValue(security.idle_lock_minutes)

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows else None

    def _selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        self.errors.clear_field_errors()
        self.username_edit.setText(view.username)
        self.username_edit.setReadOnly(True)
        self.display_name_edit.setText(view.display_name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(view.role))
        self.password_edit.clear()
        self.active_button.setText(self.tr("停用") if view.active else self.tr("启用"))
        self.active_button.setEnabled(True)
        self.unlock_button.setEnabled(view.locked_until is not None)

    def start_new(self) -> None:
        self.table.clearSelection()
        self.errors.clear_field_errors()
        for edit in (self.username_edit, self.display_name_edit, self.password_edit):
            edit.clear()
        self.username_edit.setReadOnly(False)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.CLERK))
        self.active_button.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.username_edit.setFocus()

    # ---- changes ----------------------------------------------------------------------

    def save(self) -> None:
        users, view = self._users, self.selected()
        username, name = self.username_edit.text(), self.display_name_edit.text()
        role: Role = self.role_combo.currentData()
        password = self.password_edit.text()

        def job() -> str:
            if view is None:
                users.add_user(NewUser(username, name, role, password))
                return self.tr("已添加用户 {name}").format(name=username.strip().lower())
            users.update_user(view.username, name, role)
            if password:
                users.set_password(view.username, password)
            return self.tr("已保存用户 {name}").format(name=view.username)

        self.password_edit.clear()
        Operation(self, self._tasks, job).exclusive("save").busy(self.save_button) \
            .errors(self.errors).success(self._changed).run()

    def toggle_active(self) -> None:
        view, users = self.selected(), self._users
        if view is None:
            return
        Operation(self, self._tasks, lambda: users.set_active(view.username, not view.active)) \
            .exclusive("save").errors(self.errors) \
            .success(lambda done: self._changed(
                (self.tr("已启用 {name}") if done.active else self.tr("已停用 {name}"))
                .format(name=done.username))).run()

    def unlock(self) -> None:
        view, users = self.selected(), self._users
        if view is None:
            return
        Operation(self, self._tasks, lambda: users.unlock_account(view.username)) \
            .exclusive("save").errors(self.errors) \
            .success(lambda done: self._changed(
                self.tr("已解除 {name} 的锁定").format(name=done.username))).run()

    def _changed(self, message: str) -> None:
        self.status_label.setText(message)
        self.start_new()
        self.load()

    def save_security(self) -> None:
        users = self._users
        changes = {"password_min_length": self.min_length_spin.value(),
                   "login_max_failures": self.failures_spin.value(),
                   "login_lock_minutes": self.lock_minutes_spin.value(),
                   "idle_lock_minutes": self.idle_spin.value()}
        Operation(self, self._tasks, lambda: users.update_security(changes)) \
            .exclusive("security").busy(self.security_button).errors(self.security_error) \
            .success(lambda _s: self.status_label.setText(self.tr("安全设置已保存"))).run()
