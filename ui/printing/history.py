"""打印记录 of one visit: every print, reprint (补打) and failed attempt, with buttons to
reprint the ticket or the receipt. Loads through an Operation (latest wins); shows what
it gets."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.clock import local_time
from desktop.i18n import UserError
from desktop.printing.service import KIND_RECEIPT, KIND_TICKET, PrintHistoryEntry, PrintService
from desktop.printing.targets import PdfFile
from ui.operations import Operation
from ui.tasks import TaskRunner
from ui.widgets import message_for

ErrorCallback = Callable[[BaseException], None]
FAILED_COLOUR = QColor("#b42318")
PRINTER_COLUMN_WIDTH = 200


class PrintHistoryWidget(QWidget):
    """Emits `reprint_requested(visit_id, kind)` with kind "ticket" or "receipt"."""

    reprint_requested = Signal(object, str)

    def __init__(
        self,
        printing: PrintService,
        tasks: TaskRunner,
        report_error: ErrorCallback | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.printing = printing
        self.tasks = tasks
        self._report_error = report_error
        self.visit_id: uuid.UUID | None = None
        self.entries: tuple[PrintHistoryEntry, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("时间"), self.tr("单据"), self.tr("打印机"), self.tr("操作员"), self.tr("结果"),
        ])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Printer names (or a saved file's path) and error texts can be long: the printer
        # column has a fixed start width, the result takes the rest; tooltips show all.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, PRINTER_COLUMN_WIDTH)
        self.table.setWordWrap(False)
        layout.addWidget(self.table)
        self.status_label = QLabel()
        self.status_label.setObjectName("hintLabel")
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.ticket_button = QPushButton(self.tr("补打号票"))
        self.receipt_button = QPushButton(self.tr("打印/补打回执"))
        buttons.addWidget(self.ticket_button)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.ticket_button.clicked.connect(lambda: self._request(KIND_TICKET))
        self.receipt_button.clicked.connect(lambda: self._request(KIND_RECEIPT))
        self.clear()

    def clear(self) -> None:
        self.visit_id = None
        self.entries = ()
        self.table.setRowCount(0)
        self.status_label.clear()
        self.ticket_button.setEnabled(False)
        self.receipt_button.setEnabled(False)

    def load(self, visit_id: uuid.UUID, has_receipt: bool = True) -> None:
        """Show the records of `visit_id`; `has_receipt` False while not registered."""
        self.visit_id = visit_id
        self.ticket_button.setEnabled(True)
        self.receipt_button.setEnabled(has_receipt)
        self.status_label.setText(self.tr("正在读取打印记录…"))
        printing = self.printing
        # Latest wins: an older load finishing after a newer one is dropped.
        Operation(self, self.tasks, lambda: printing.print_history(visit_id)) \
            .success(self.show_entries).failure(self._on_failed).key("load") \
            .report_to(self._report_error).run()

    def show_visit(self, visit_id: uuid.UUID, has_receipt: bool,
                   entries: tuple[PrintHistoryEntry, ...]) -> None:
        """Show records already read with the visit (RegistrationService.open_visit)."""
        self.visit_id = visit_id
        self.ticket_button.setEnabled(True)
        self.receipt_button.setEnabled(has_receipt)
        self.show_entries(entries)

    def refresh(self, visit_id: object = None) -> None:
        """Reload if `visit_id` (e.g. from PrintController.history_changed) is shown."""
        if self.visit_id is not None and visit_id in (None, self.visit_id):
            self.load(self.visit_id, self.receipt_button.isEnabled())

    def _on_failed(self, error: BaseException) -> bool:
        """The reason in the status line; an unexpected error also goes to the reporter."""
        self.status_label.setText(message_for(error))
        return isinstance(error, UserError)

    def show_entries(self, entries: tuple[PrintHistoryEntry, ...]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            document = QCoreApplication.translate("Printing", entry.label)
            if entry.is_reprint:
                document += self.tr("（补打）")
            if entry.ok:
                result = self.tr("已另存") if entry.to_file else self.tr("成功")
            else:
                result = self.tr("失败：{error}").format(error=entry.error or "")
            cells = (
                local_time(entry.at).strftime("%Y-%m-%d %H:%M:%S"),
                document,
                entry.target.path if isinstance(entry.target, PdfFile) else entry.printer,
                entry.actor,
                result,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not entry.ok:
                    item.setForeground(FAILED_COLOUR)
                item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
        if entries:
            printed = sum(1 for entry in entries if entry.ok)
            self.status_label.setText(
                self.tr("共 {total} 次，成功 {ok} 次").format(total=len(entries), ok=printed)
            )
        else:
            self.status_label.setText(self.tr("还没有打印记录"))

    def _request(self, kind: str) -> None:
        if self.visit_id is not None:
            self.reprint_requested.emit(self.visit_id, kind)
