"""The central database in the main window: the status-bar widget (made after `ready`,
with the sync service loaded on a worker), the background sync started when a central
database is configured and stopped on quit, 系统设置 → 中心数据库 and the conflicts list.
The window keeps one SyncController and calls `start()` when it is ready."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QTabWidget

from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback

if TYPE_CHECKING:
    from desktop.app_services import AppServices
    from ui.sync.conflicts import ConflictsDialog
    from ui.sync.settings_page import CentralPage
    from ui.sync.status_widget import SyncStatusWidget


class SyncController(QObject):
    """`open_settings` opens 系统设置 and returns its dialog (with its `tabs`)."""

    def __init__(self, window: QMainWindow, services: AppServices, tasks: TaskRunner,
                 report_error: ErrorCallback, open_settings: Callable[[], QDialog]) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._tasks = tasks
        self._report_error = report_error
        self._open_settings = open_settings
        self.status: SyncStatusWidget | None = None
        self.central_page: CentralPage | None = None

    def start(self) -> None:
        """After `ready`: nothing of the network ever runs on the GUI thread."""
        services = self._services
        self._tasks.run(lambda: services.sync, self._show, self._report_error)

    def _show(self, _service: object) -> None:
        from ui.sync.status_widget import SyncStatusWidget

        if self.status is not None:
            return
        self.status = SyncStatusWidget(self._services.sync, self._tasks, self._report_error,
                                       self._window)
        self.status.open_settings.connect(self.open_central_settings)
        self.status.open_conflicts.connect(self.open_conflicts)
        self._window.statusBar().addPermanentWidget(self.status)
        self.status.start()

    def stop(self) -> None:
        if self.status is not None:
            self.status.stop()

    def settings_page(self) -> CentralPage:
        """系统设置 → 中心数据库: saved on its own; a new central database restarts the
        background sync."""
        from ui.sync.settings_page import CentralPage

        self.central_page = CentralPage(self._services.sync, self._tasks, self._report_error)
        self.central_page.saved.connect(self._saved)
        return self.central_page

    def _saved(self) -> None:
        if self.status is not None:
            self.status.start()

    def open_central_settings(self) -> QDialog:
        dialog = self._open_settings()
        tabs = getattr(dialog, "tabs", None)
        if isinstance(tabs, QTabWidget) and self.central_page is not None:
            tabs.setCurrentWidget(self.central_page)
        return dialog

    def open_conflicts(self) -> ConflictsDialog:
        """同步冲突 (for a section chief): both versions side by side, 标记为已解决."""
        from ui.sync.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self._services.sync, self._tasks, self._report_error,
                                 self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.load()
        dialog.open()
        return dialog
