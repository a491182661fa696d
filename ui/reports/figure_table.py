"""A read-only table of figures whose rows know the figure behind them: double-click a
row → `picked(figure key, value, label)` for the drill-down."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1

# (cells, figure key or None (not drillable), value)
TableRow = tuple[Sequence[str], str | None, str]


class FigureTable(QTableWidget):
    picked = Signal(str, str, str)

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.doubleClicked.connect(self._double_clicked)

    def show_rows(self, rows: Sequence[TableRow], totals: Sequence[str] | None = None) -> None:
        self.setRowCount(len(rows) + (1 if totals is not None else 0))
        for index, (cells, key, value) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                item.setData(FIGURE_ROLE, (key, value, cells[0]) if key else None)
                self.setItem(index, column, item)
        if totals is not None:
            bold = QFont(self.font())
            bold.setBold(True)
            for column, text in enumerate(totals):
                item = QTableWidgetItem(text)
                item.setFont(bold)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(len(rows), column, item)

    def figure_at(self, row: int) -> tuple[str, str, str] | None:
        item = self.item(row, 0)
        found = item.data(FIGURE_ROLE) if item is not None else None
        return (str(found[0]), str(found[1]), str(found[2])) if found else None

    def _double_clicked(self, index: QModelIndex) -> None:
        found = self.figure_at(index.row())
        if found is not None:
            self.picked.emit(*found)
