"""打印记录 box on the right of 接谈登记. The main window puts its print-history widget in
(`RegistrationForm.add_side_section`); the form hands it the records that came with the
visit, so opening a visit reads them in the same transaction as everything else."""

from __future__ import annotations

import uuid
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QGroupBox, QTableView, QVBoxLayout, QWidget

from desktop.printing.document import PrintHistoryEntry

MIN_RECORD_ROWS = 2


@runtime_checkable
class PrintRecordsView(Protocol):
    """A print-history widget that can show records already read (no query of its own)."""

    def show_visit(self, visit_id: uuid.UUID, has_receipt: bool,
                   entries: tuple[PrintHistoryEntry, ...]) -> None: ...


class PrintRecordsPanel(QGroupBox):
    def __init__(self, title: str = "") -> None:
        super().__init__(title or self.tr("打印记录"))
        self.view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self.hide()  # until a view is put in

    def set_view(self, title: str, widget: QWidget) -> None:
        self.setTitle(title)
        if self.view is not None:
            self._layout.removeWidget(self.view)
        self.view = widget
        self._layout.addWidget(widget)
        # Never less than the header and two records above its status line and buttons
        # (at 1366×768 it used to be cut); the history above takes the rest.
        table = getattr(widget, "table", None)
        if isinstance(table, QTableView):
            table.setMinimumHeight(
                table.horizontalHeader().sizeHint().height()
                + MIN_RECORD_ROWS * table.verticalHeader().defaultSectionSize()
                + 2 * table.frameWidth()
            )
        self.show()

    def show_records(self, visit_id: uuid.UUID, has_receipt: bool,
                     entries: tuple[PrintHistoryEntry, ...]) -> bool:
        """Give the view the visit's records; False when it reads its own."""
        if isinstance(self.view, PrintRecordsView):
            self.view.show_visit(visit_id, has_receipt, entries)
            return True
        return False
