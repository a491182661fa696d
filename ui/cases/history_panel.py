"""既往来访: the visitor's earlier visits, and the 重复访 banner over the form.

The banner takes one line ("该来访人有 7 件未办结事项 [展开]") and lists the matters only
when the clerk opens it, so the history below keeps its room at 1366×768. A double click
(or Enter) on an earlier visit asks for it in full (`open_requested(visit_id)`).
"""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.visit_views import HistoryEntry, VisitorHistory
from desktop.domain import CASE_STATUS_LABELS, QUEUE_STATUS_LABELS
from ui.i18n import tr_domain
from ui.widgets import day_text

MIN_VISIBLE_ROWS = 5  # what the clerk sees of the history without scrolling, at least
SUMMARY_COLUMN = 3
TOGGLE_LINK = "#toggle"


class RepeatBanner(QLabel):
    """重复访提示 folded to one line; a click (or its link) shows the matters."""

    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatBanner")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.matters: tuple[HistoryEntry, ...] = ()
        self.expanded = False
        self._link_hovered = False
        self.linkHovered.connect(lambda link: setattr(self, "_link_hovered", bool(link)))
        self.linkActivated.connect(lambda _link: self.set_expanded(not self.expanded))
        self.hide()

    def show_matters(self, matters: tuple[HistoryEntry, ...]) -> None:
        """The open matters of this visitor (none: the banner hides); starts folded."""
        was_expanded = self.expanded
        self.matters = matters
        self.expanded = False
        self._render()
        if was_expanded:
            self.toggled.emit(False)

    def set_expanded(self, expanded: bool) -> None:
        if expanded == self.expanded or not self.matters:
            return
        self.expanded = expanded
        self._render()
        self.toggled.emit(expanded)

    def summary(self) -> str:
        return self.tr("重复访提示：该来访人有 {count} 件未办结事项仍在办理期限内，"
                       "请核实是否重复访").format(count=len(self.matters))

    def details(self) -> list[str]:
        return [
            self.tr("{case}（{day} 登记，期限 {due}）").format(
                case=entry.case_number or entry.ticket_number,
                day=entry.service_day.isoformat(),
                due=day_text(entry.handling_due or entry.accept_notice_due),
            )
            for entry in self.matters
        ]

    def _render(self) -> None:
        if not self.matters:
            self.setText("")
            self.hide()
            return
        link = self.tr("[收起]") if self.expanded else self.tr("[展开]")
        text = f'{escape(self.summary())}　<a href="{TOGGLE_LINK}">{escape(link)}</a>'
        if self.expanded:
            # One paragraph, not a line each: seven matters take three or four lines.
            text += "<br>" + escape("；".join(self.details()))
        self.setWordWrap(self.expanded)
        self.setText(text)
        self.setToolTip("" if self.expanded else "\n".join(self.details()))
        self.show()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 — Qt's name
        # The whole line opens it, not only the link.
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self._link_hovered:
            self.set_expanded(not self.expanded)


class HistoryPanel(QGroupBox):
    """The 既往来访 box. Emits `open_requested(visit_id)` on a double click or Enter."""

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("既往来访"), parent)
        self.entries: tuple[HistoryEntry, ...] = ()
        self.banner = RepeatBanner()  # placed over the form by the form
        self.banner.toggled.connect(self._on_banner_toggled)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("hintLabel")
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("日期"), self.tr("号码"), self.tr("信访件编号"), self.tr("事项概况"),
            self.tr("状态"), self.tr("期限"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # One line of text per row: more earlier visits fit.
        row_height = self.table.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUMMARY_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.table.setMinimumHeight(self._height_for_rows(MIN_VISIBLE_ROWS))
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table.setToolTip(self.tr("双击一行查看那次来访的全部登记内容"))
        self.table.doubleClicked.connect(self._on_activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._request(self.table.currentRow()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)

    def _on_banner_toggled(self, expanded: bool) -> None:
        # The clerk asked for the matters: the history may shrink for them meanwhile,
        # rather than the boxes below it running into each other.
        rows = 1 if expanded else MIN_VISIBLE_ROWS
        self.table.setMinimumHeight(self._height_for_rows(rows))

    def _height_for_rows(self, rows: int) -> int:
        table = self.table
        scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return (table.horizontalHeader().sizeHint().height()
                + rows * table.verticalHeader().defaultSectionSize()
                + 2 * table.frameWidth() + scroll_bar)

    def show_history(self, history: VisitorHistory, first_visit_text: bool = True) -> None:
        self.entries = history.entries
        table = self.table
        table.setRowCount(len(history.entries))
        for row, entry in enumerate(history.entries):
            values = (
                entry.service_day.isoformat(),
                entry.ticket_number,
                entry.case_number or "",
                one_line(entry.summary),
                self._status(entry),
                day_text(entry.handling_due or entry.accept_notice_due),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == SUMMARY_COLUMN and entry.summary:
                    item.setToolTip(entry.summary)
                if entry.within_time_limit:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)
        # With earlier visits the count goes in the title: the rows get the line.
        if history.entries:
            self.setTitle(self.tr("既往来访（共 {count} 次，红色为仍在办理期限内，双击查看）")
                          .format(count=len(history.entries)))
            self.summary_label.setText("")
        else:
            self.setTitle(self.tr("既往来访"))
            first = self.tr("首次来访，没有既往记录")
            self.summary_label.setText(first if first_visit_text else "")
        self.summary_label.setVisible(bool(self.summary_label.text()))
        self.banner.show_matters(history.open_matters)

    def clear(self) -> None:
        self.show_history(VisitorHistory(()), first_visit_text=False)

    def _status(self, entry: HistoryEntry) -> str:
        if entry.case_status is not None:
            return tr_domain(CASE_STATUS_LABELS[entry.case_status])
        return tr_domain(QUEUE_STATUS_LABELS[entry.queue_status])

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self._request(index.row())

    def _request(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            visit_id: uuid.UUID = self.entries[row].visit_id
            self.open_requested.emit(visit_id)


def one_line(text: str, limit: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
