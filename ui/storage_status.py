"""The status bar's word on the database: when the last good backup was taken, and, in
the background, the full integrity check and the daily backup (looked at again every few
minutes, so a window left open over night backs up the new day too)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ui.errors import ErrorReporter
from ui.operations import Operation
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.storage.backup import BackupFile, BackupService, DatabaseDamaged

# How often an open window looks whether today's backup is still missing (lists a folder).
BACKUP_CHECK_MS = 10 * 60_000
WARNING_COLOUR = "#b54708"
ERROR_COLOUR = "#b42318"


class StorageStatus(QLabel):
    """The backup line of the status bar. A damaged database is handed to `on_damaged`
    (the window stops the counter); after that nothing more is checked or backed up."""

    def __init__(self, backups: BackupService, tasks: TaskRunner, reporter: ErrorReporter,
                 on_damaged: Callable[[DatabaseDamaged], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupLabel")
        self.backups = backups
        self.tasks = tasks
        self.reporter = reporter
        self._on_damaged = on_damaged
        self.database_damaged = False
        self._failure_shown = False
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.backup_if_due)

    @property
    def enabled(self) -> bool:
        return self.backups.enabled  # a server database is backed up on the server

    def start(self) -> None:
        """Show the last backup, then check the whole database and back up when due."""
        if not self.enabled:
            return
        backups = self.backups
        self.tasks.run(backups.latest, self._show_backup)
        self.tasks.run(lambda: backups.check(quick=False), self._on_database_checked,
                       self._on_failed)

    def _on_database_checked(self, _result: object) -> None:
        self.timer.start()
        self.backup_if_due()

    def backup_if_due(self) -> None:
        if self.database_damaged:
            return
        Operation(self, self.tasks, self.backups.backup_if_due).exclusive("backup") \
            .success(self._show_backup).failure(self._on_failed).run()

    def _show_backup(self, latest: BackupFile | None) -> None:
        if self.database_damaged:
            return
        if latest is None:
            self._set(self.tr("尚无备份"), WARNING_COLOUR, "")
        else:
            when = latest.taken_at.strftime("%Y-%m-%d %H:%M")
            self._set(self.tr("最近备份：{time}").format(time=when), "", str(latest.path))

    def _set(self, text: str, colour: str, tip: str) -> None:
        self.setText(text)
        self.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.setToolTip(tip)

    def _on_failed(self, error: BaseException) -> bool:
        from desktop.storage.backup import DatabaseDamaged

        if isinstance(error, DatabaseDamaged):
            self.mark_damaged()
            self._on_damaged(error)
            return True
        # The backup is tried again later; say so once, and keep it visible in the bar.
        self._set(self.tr("备份失败"), WARNING_COLOUR, self.reporter.message_for(error))
        if not self._failure_shown:
            self._failure_shown = True
            self.reporter.report(error)
        return True

    def mark_damaged(self) -> None:
        self.database_damaged = True
        self.timer.stop()
        self._set(self.tr("数据库已损坏"), ERROR_COLOUR, "")
