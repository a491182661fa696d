"""The main window's case tools (工具 → 进度查询, 办理流程, 期限监控), each made at its
first use and kept for the next: a card swipe needs none of their modules."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.app_services import AppServices
    from ui.cases.case_timeline import PaperPrinter
    from ui.cases.deadline_watch_view import DeadlineWatchDialog
    from ui.cases.enquiry_dialog import EnquiryDialog
    from ui.cases.timeline_opener import TimelineOpener


class CaseTools:
    """Owns the case dialogs of one main window (`window` is their parent)."""

    def __init__(self, window: QWidget, services: AppServices, tasks: TaskRunner,
                 printing: object, open_booking: Callable[[uuid.UUID], QWidget]) -> None:
        self._window = window
        self._services = services
        self._tasks = tasks
        self._printing = printing
        self._open_booking = open_booking
        self._timelines: TimelineOpener | None = None
        self.enquiry_dialog: EnquiryDialog | None = None
        self.deadline_watch_dialog: DeadlineWatchDialog | None = None

    @property
    def papers(self) -> PaperPrinter | None:
        """The case papers (延期告知书, 进展告知单) print through the print controller."""
        from ui.cases.case_timeline import PaperPrinter

        printing = self._printing
        return printing if isinstance(printing, PaperPrinter) else None

    @property
    def timelines(self) -> TimelineOpener:
        """办理流程 of a case (ui/cases/timeline_opener.py)."""
        if self._timelines is None:
            from ui.cases.timeline_opener import TimelineOpener

            self._timelines = TimelineOpener(self._services.cases, self._tasks, self.papers,
                                             self._window, book_case=self._open_booking)
        return self._timelines

    def open_enquiry(self) -> EnquiryDialog:
        """进度查询 by a receipt's QR or its case number and enquiry code; non-modal."""
        dialog = self.enquiry_dialog
        if dialog is None:
            from ui.cases.enquiry_dialog import EnquiryDialog

            dialog = EnquiryDialog(self._services.enquiry, self._tasks, parent=self._window,
                                   papers=self.papers, open_case=self.timelines.open)
            self.enquiry_dialog = dialog
        if not dialog.isVisible():
            dialog.start()
            dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_deadline_watch(self) -> DeadlineWatchDialog:
        """期限监控: open cases due soon and overdue; non-modal, refreshed on each opening.
        A double-clicked case opens its 办理流程."""
        dialog = self.deadline_watch_dialog
        if dialog is None:
            from ui.cases.deadline_watch_view import DeadlineWatchDialog

            dialog = DeadlineWatchDialog(self._services.deadline_watch, self._tasks,
                                         parent=self._window)
            dialog.case_requested.connect(lambda visit_id: self.timelines.open(visit_id))
            self.deadline_watch_dialog = dialog
        if not dialog.isVisible():
            dialog.refresh()
            dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
