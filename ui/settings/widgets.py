"""Pieces the 系统设置 pages share: the feedback lines under a page, hints, list tables."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.operations import Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback, ErrorLabel, set_invalid

T = TypeVar("T")

CODE_ROLE = Qt.ItemDataRole.UserRole
INACTIVE_BRUSH = QBrush(QColor("#98a2b3"))

FieldLookup = Mapping[str, QWidget] | Callable[[str], QWidget | None]


class Feedback(QWidget):
    """The red line (what is wrong) or the green line (what was done) under a page.

    A FieldErrorSink (ui/operations.py): a refused value is shown in red with its input
    marked and focused; `fields` maps a UserError's field to that input."""

    def __init__(self, fields: FieldLookup | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.error_label = ErrorLabel()
        self.ok_label = QLabel()
        self.ok_label.setObjectName("okHint")
        self.ok_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        layout.addWidget(self.ok_label)
        self._fields: FieldLookup = fields or {}
        self._invalid: list[QWidget] = []

    def set_fields(self, fields: FieldLookup) -> None:
        self._fields = fields

    def error(self, text: str, widget: QWidget | None = None) -> None:
        self.clear()
        self.error_label.show_error(text)
        if widget is None:
            return
        set_invalid(widget, True)
        self._invalid.append(widget)
        widget.setFocus()
        if isinstance(widget, QLineEdit | QAbstractSpinBox):
            widget.selectAll()

    def ok(self, text: str) -> None:
        self.clear()
        self.ok_label.setText(text)

    def clear(self) -> None:
        self.error_label.clear_error()
        self.ok_label.setText("")
        for widget in self._invalid:
            if shiboken6.isValid(widget):
                set_invalid(widget, False)
        self._invalid.clear()

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    # ---- FieldErrorSink ---------------------------------------------------------------

    def show_field_error(self, field: str | None, text: str) -> None:
        self.error(text, self.widget_for(field))

    def clear_field_errors(self) -> None:
        self.clear()

    def widget_for(self, field: str | None) -> QWidget | None:
        if field is None:
            return None
        if callable(self._fields):
            return self._fields(field)
        return self._fields.get(field)


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    return label


def make_table(headers: list[str], stretch: int) -> QTableWidget:
    """A read-only list; column `stretch` takes the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def operation(owner: QWidget, tasks: TaskRunner, job: Callable[[], T],
              report_error: ErrorCallback | None) -> Operation[T]:
    """An Operation whose unexpected errors go to `report_error` when the dialog was
    given one (the main window's reporter), else to the runner's default."""
    op = Operation(owner, tasks, job)
    return op.report_to(report_error) if report_error is not None else op
