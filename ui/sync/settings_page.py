"""系统设置 → 中心数据库: where this terminal finds the central PostgreSQL (host, port,
database, user, TLS mode, schema) and its password (the OS keyring where there is one,
else asked for at each start — never written to a file). 测试连接 runs in the background
and says, in Chinese, what is wrong; when it works it shows the central database and this
terminal's place in it. 保存 and 不使用中心数据库 save at once (not with 保存设置)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.sync.central_config import DEFAULT_PORT, SSL_MODES, CentralConfig
from desktop.sync.service import CentralSetup, ConnectionCheck, SyncService
from ui.settings.widgets import Feedback, hint, operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback


class CentralPage(QWidget):
    """`saved` after the configuration was saved or removed (the status bar restarts)."""

    saved = Signal()

    def __init__(self, service: SyncService, tasks: TaskRunner,
                 report_error: ErrorCallback | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._report_error = report_error
        self.setup: CentralSetup | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "各终端通过中心数据库（PostgreSQL）互通：一台取的号，其他窗口可叫；断网时本机照常"
            "工作，恢复后自动同步。中心数据库由管理员用 python main.py central init 建立。")))
        form = QFormLayout()
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("主机名或 IP，如 192.168.1.10"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit("laifang")
        self.user_edit = QLineEdit("laifang_terminal")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode_combo = QComboBox()
        labels = {
            "disable": self.tr("不加密（disable）"),
            "prefer": self.tr("能加密则加密（prefer）"),
            "require": self.tr("必须加密（require）"),
            "verify-ca": self.tr("加密并验证证书（verify-ca）"),
            "verify-full": self.tr("加密并验证证书和主机名（verify-full，推荐）"),
        }
        for mode in SSL_MODES:
            self.sslmode_combo.addItem(labels[mode], mode)
        self.sslmode_combo.setCurrentIndex(SSL_MODES.index("prefer"))
        self.schema_edit = QLineEdit()
        self.schema_edit.setPlaceholderText(self.tr("通常留空"))
        form.addRow(self.tr("服务器地址"), self.host_edit)
        form.addRow(self.tr("端口"), self.port_spin)
        form.addRow(self.tr("数据库名"), self.database_edit)
        form.addRow(self.tr("用户名"), self.user_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        form.addRow(self.tr("加密方式"), self.sslmode_combo)
        form.addRow(self.tr("模式（schema）"), self.schema_edit)
        layout.addLayout(form)
        self.password_note = hint("")
        layout.addWidget(self.password_note)

        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("测试连接"))
        self.test_button.setToolTip(self.tr("在后台连接中心数据库并检查其版本，不修改任何数据"))
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setToolTip(self.tr("保存中心数据库的设置并开始同步"))
        self.remove_button = QPushButton(self.tr("不使用中心数据库"))
        self.remove_button.setToolTip(self.tr("删除本终端的中心数据库设置，本机单机工作"))
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self.result_label = QLabel()
        self.result_label.setObjectName("okHint")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.feedback = Feedback({
            "host": self.host_edit, "port": self.port_spin, "database": self.database_edit,
            "user": self.user_edit, "password": self.password_edit,
            "sslmode": self.sslmode_combo, "schema": self.schema_edit,
        })
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        operation(self, self._tasks, self._service.setup, self._report_error) \
            .success(self._fill).key("load").run()

    def _fill(self, setup: CentralSetup) -> None:
        self.setup = setup
        config = setup.config
        if config is not None:
            self.host_edit.setText(config.host)
            self.port_spin.setValue(config.port)
            self.database_edit.setText(config.database)
            self.user_edit.setText(config.user)
            self.sslmode_combo.setCurrentIndex(max(0, SSL_MODES.index(config.sslmode)))
            self.schema_edit.setText(config.schema)
        self.password_edit.clear()
        if setup.has_password:
            self.password_edit.setPlaceholderText(self.tr("已保存；留空则不修改"))
        else:
            self.password_edit.setPlaceholderText("")
        if setup.keyring:
            note = self.tr("密码保存在操作系统的钥匙串中，不写入任何设置文件。")
        else:
            note = self.tr("本机没有系统钥匙串：密码只在本次运行中使用，不写入任何文件；"
                           "下次启动时会请您重新输入。")
        if setup.from_environment:
            note = self.tr("本终端的中心数据库由环境变量 LAIFANG_CENTRAL_URL 指定，"
                           "这里只能测试连接。") + note
        self.password_note.setText(note)
        for widget in (self.host_edit, self.port_spin, self.database_edit, self.user_edit,
                       self.sslmode_combo, self.schema_edit, self.save_button,
                       self.remove_button):
            widget.setEnabled(not setup.from_environment)
        self.remove_button.setEnabled(not setup.from_environment and config is not None)

    def config(self) -> CentralConfig:
        return CentralConfig(
            host=self.host_edit.text(), port=self.port_spin.value(),
            database=self.database_edit.text(), user=self.user_edit.text(),
            sslmode=str(self.sslmode_combo.currentData()), schema=self.schema_edit.text())

    # ------------------------------------------------------------------ actions

    def test_connection(self) -> None:
        config, password = self.config(), self.password_edit.text()
        self.result_label.clear()
        self.feedback.clear()
        operation(self, self._tasks, lambda: self._service.test_connection(config, password),
                  self._report_error) \
            .success(self._tested).busy(self.test_button, self._show_testing) \
            .errors(self.feedback).exclusive("test").run()

    def _show_testing(self, busy: bool) -> None:
        if busy:
            self.result_label.setText(self.tr("正在连接中心数据库…"))

    def _tested(self, check: ConnectionCheck) -> None:
        if check.operations_received:
            known = self.tr("中心已收到本终端 {code} 的 %n 条变更", "",
                            check.operations_received).format(code=check.terminal_code)
        else:
            known = self.tr("本终端 {code} 尚未向中心同步过，保存后开始同步").format(
                code=check.terminal_code)
        self.result_label.setText(self.tr(
            "连接成功：中心数据库 {where}（编号 {central}，PostgreSQL {version}）。{known}"
        ).format(where=check.where, central=check.central_id[:8],
                 version=check.server_version.split(" ")[0], known=known))

    def save(self) -> None:
        config, password = self.config(), self.password_edit.text() or None
        self.feedback.clear()
        operation(self, self._tasks, lambda: self._service.save_setup(config, password),
                  self._report_error) \
            .success(self._saved).busy(self.save_button).errors(self.feedback) \
            .exclusive("save").run()

    def remove(self) -> None:
        self.feedback.clear()
        operation(self, self._tasks, lambda: self._service.save_setup(None, None),
                  self._report_error) \
            .success(self._removed).busy(self.remove_button).errors(self.feedback) \
            .exclusive("save").run()

    def _saved(self, setup: CentralSetup) -> None:
        self._fill(setup)
        self.feedback.ok(self.tr("已保存，本终端开始与中心数据库同步"))
        self.saved.emit()

    def _removed(self, setup: CentralSetup) -> None:
        self._fill(setup)
        self.result_label.clear()
        self.feedback.ok(self.tr("已删除中心数据库设置，本终端单机工作"))
        self.saved.emit()
