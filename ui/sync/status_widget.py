"""The status bar's word on the central database: 未配置 / 连接中 / 在线 (last successful
sync, changes waiting to go up, conflicts waiting for a section chief) / 离线 / 需要密码.
A click opens the details (立即同步, 冲突列表…, 中心数据库设置…).

It reads `SyncService.status()` once a second — the latest report kept in memory, no
database — so the GUI never waits for the network. It starts the background sync when
the window is ready (`start()`), wakes it when this terminal changed something (the
change hub), tells the views to reload when changes came in from the centre, and stops it
when the application quits (at most ~2 s).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.sync.service import SyncService, SyncStatus
from ui.hub import QUEUE, TOPICS, WINDOWS
from ui.operations import Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback

STATUS_POLL_MS = 1000
OK_COLOUR = "#067647"
WARNING_COLOUR = "#b54708"
ERROR_COLOUR = "#b42318"
MUTED_COLOUR = "#667085"


def _time_text(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def translated_message(message: str | None) -> str:
    return QCoreApplication.translate("Errors", message) if message else ""


class SyncStatusWidget(QToolButton):
    """`open_settings` asks the window for 系统设置 → 中心数据库; `open_conflicts` for
    the conflicts list."""

    open_settings = Signal()
    open_conflicts = Signal()

    def __init__(self, service: SyncService, tasks: TaskRunner,
                 report_error: ErrorCallback | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.service = service
        self.tasks = tasks
        self._report_error = report_error
        self.status: SyncStatus | None = None
        self._pulled_seen = 0
        self.details: SyncDetailsDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(STATUS_POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.clicked.connect(self.show_details)
        # A change made here goes up at once instead of at the next round.
        tasks.hub.subscribe(self, TOPICS, service.wake)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.refresh()

    # ------------------------------------------------------------------ running

    def start(self) -> None:
        """Start the background sync (when configured) and the status poll."""
        self.timer.start()
        Operation(self, self.tasks, self.service.start) \
            .success(lambda _started: self.refresh()).report_to(self._report_error).run()

    def stop(self) -> None:
        """Stop the poll and the background sync (waits at most ~2 s)."""
        self.timer.stop()
        self.service.stop()

    def restart(self) -> None:
        """After the settings changed: the service restarted itself if it ran."""
        self.start()

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        status = self.service.status()
        self.status = status
        if status.pulled_total != self._pulled_seen:
            self._pulled_seen = status.pulled_total
            # Tickets, calls, windows from other terminals: the views read again.
            self.tasks.hub.announce(QUEUE, WINDOWS)
        text, colour, tip = self.describe(status)
        self.setText(text)
        self.setStyleSheet(f"QToolButton#syncStatus {{ color: {colour}; }}")
        self.setToolTip(tip)
        if self.details is not None:
            self.details.show_status(status)

    def describe(self, status: SyncStatus) -> tuple[str, str, str]:
        """(status bar text, colour, tooltip)."""
        click = self.tr("点击查看详情")
        if not status.configured:
            return (self.tr("中心数据库：未配置"), MUTED_COLOUR,
                    self.tr("本终端单机工作。在 系统设置 → 中心数据库 中配置后，"
                            "各终端的数据经中心数据库互通。") + "\n" + click)
        if status.needs_password:
            return (self.tr("中心数据库：需要密码"), WARNING_COLOUR,
                    self.tr("本机没有系统钥匙串，密码不保存；点击输入中心数据库的密码"))
        pending = status.pending or 0
        if status.online:
            parts = [self.tr("中心：在线")]
            if status.last_success is not None:
                parts.append(self.tr("同步于 {time}").format(
                    time=status.last_success.astimezone().strftime("%H:%M:%S")))
            if pending:
                parts.append(self.tr("待上传 %n 条", "", pending))
            conflicts = status.open_conflicts or 0
            if conflicts:
                parts.append(self.tr("冲突 %n 条", "", conflicts))
            colour = WARNING_COLOUR if conflicts else OK_COLOUR
            return " · ".join(parts), colour, click
        if status.message is None:
            return (self.tr("中心：连接中…"), MUTED_COLOUR, click)
        parts = [self.tr("中心：离线")]
        if pending:
            parts.append(self.tr("待上传 %n 条", "", pending))
        return (" · ".join(parts), ERROR_COLOUR,
                translated_message(status.message) + "\n" + click)

    def show_details(self) -> None:
        status = self.status
        if status is not None and status.configured and status.needs_password:
            self.ask_password()
            return
        if self.details is None:
            self.details = SyncDetailsDialog(self.service, self.window())
            self.details.open_settings.connect(self.open_settings)
            self.details.open_conflicts.connect(self.open_conflicts)
            self.details.sync_now.connect(self._sync_now)
        if status is not None:
            self.details.show_status(status)
        self.details.open()

    def _sync_now(self) -> None:
        if self.service.is_running():
            self.service.wake()
        else:
            self.start()

    def ask_password(self, ask: Callable[..., tuple[str, bool]] | None = None) -> None:
        """The password asked for at start where no keyring keeps it (this run only)."""
        password, ok = (ask or QInputDialog.getText)(
            self.window(), self.tr("中心数据库密码"),
            self.tr("请输入连接中心数据库的密码（仅本次运行使用，不保存）："),
            QLineEdit.EchoMode.Password)
        if not ok or not password:
            return
        Operation(self, self.tasks, lambda: self.service.set_password(password)) \
            .success(lambda _none: self.start()).report_to(self._report_error).run()


class SyncDetailsDialog(QDialog):
    open_settings = Signal()
    open_conflicts = Signal()
    sync_now = Signal()

    def __init__(self, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("中心数据库同步"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.state_label = QLabel()
        self.last_label = QLabel()
        self.pending_label = QLabel()
        self.conflicts_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.terminal_label = QLabel(service.setup().terminal_code)
        form.addRow(self.tr("状态："), self.state_label)
        form.addRow(self.tr("本终端："), self.terminal_label)
        form.addRow(self.tr("上次成功同步："), self.last_label)
        form.addRow(self.tr("待上传的变更："), self.pending_label)
        form.addRow(self.tr("待处理的冲突："), self.conflicts_label)
        form.addRow(self.tr("说明："), self.message_label)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("立即同步"))
        self.conflicts_button = QPushButton(self.tr("冲突列表…"))
        self.settings_button = QPushButton(self.tr("中心数据库设置…"))
        close = QPushButton(self.tr("关闭"))
        for button in (self.sync_button, self.conflicts_button, self.settings_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.sync_button.clicked.connect(self.sync_now)
        self.conflicts_button.clicked.connect(self._conflicts)
        self.settings_button.clicked.connect(self._settings)
        close.clicked.connect(self.accept)

    def _conflicts(self) -> None:
        self.accept()
        self.open_conflicts.emit()

    def _settings(self) -> None:
        self.accept()
        self.open_settings.emit()

    def show_status(self, status: SyncStatus) -> None:
        if not status.configured:
            state = self.tr("未配置（单机工作）")
        elif status.needs_password:
            state = self.tr("需要密码")
        elif status.online:
            state = self.tr("在线")
        elif status.message is None:
            state = self.tr("连接中…")
        else:
            state = self.tr("离线（本机照常工作，恢复后自动同步）")
        self.state_label.setText(state)
        self.last_label.setText(_time_text(status.last_success))
        self.pending_label.setText("—" if status.pending is None else str(status.pending))
        self.conflicts_label.setText(
            "—" if status.open_conflicts is None else str(status.open_conflicts))
        self.message_label.setText(translated_message(status.message) or "—")
        self.sync_button.setEnabled(status.configured and not status.needs_password)
        self.conflicts_button.setEnabled(status.configured)
