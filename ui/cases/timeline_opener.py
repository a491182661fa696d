"""Opens 办理流程 (ui/cases/case_timeline.py) for the main window: one non-modal dialog,
reused, for a case asked for by number (工具 → 办理流程…) or named by a visit (既往来访,
进度查询)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ui.cases.case_timeline import CaseTimelineDialog
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.cases.case_service import CaseService
    from ui.cases.case_timeline import PaperPrinter


class TimelineOpener(QObject):
    def __init__(self, cases: CaseService, tasks: TaskRunner, papers: PaperPrinter | None,
                 parent_widget: QWidget,
                 book_case: Callable[[uuid.UUID], object] | None = None) -> None:
        super().__init__(parent_widget)
        self._book_case = book_case
        self._cases = cases
        self._tasks = tasks
        self._papers = papers
        self._parent_widget = parent_widget
        self.dialog: CaseTimelineDialog | None = None
        self.ask_dialog: QInputDialog | None = None

    def ask(self) -> QInputDialog:
        """Ask for a case number (non-blocking), then open that case."""
        box = self.ask_dialog
        if box is None:
            box = QInputDialog(self._parent_widget)
            box.setWindowTitle(self.tr("办理流程"))
            box.setLabelText(self.tr("信访件编号："))
            box.setInputMode(QInputDialog.InputMode.TextInput)
            box.setTextEchoMode(QLineEdit.EchoMode.Normal)
            box.setOkButtonText(self.tr("打开"))
            box.setCancelButtonText(self.tr("取消"))
            box.textValueSelected.connect(self._on_number)
            self.ask_dialog = box
        box.setTextValue("")
        box.open()
        return box

    def _on_number(self, text: str) -> None:
        if text.strip():
            self.open(text)

    def open(self, case: object) -> CaseTimelineDialog:
        """Show the case with this number (str), or the case of this visit (UUID)."""
        dialog = self.dialog
        if dialog is None:
            dialog = CaseTimelineDialog(self._cases, self._tasks, self._papers,
                                        parent=self._parent_widget, book_case=self._book_case)
            self.dialog = dialog
        if isinstance(case, str | uuid.UUID):
            dialog.load(case)
        if not dialog.isVisible():
            dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
