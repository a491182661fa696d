"""既往事项: the person's earlier matters (their own, those they represented in a group
visit, those they came on again), each in one row, the whole of it in the row's tooltip.

Rows still within their time limits are red. A double click (or Enter) on a row asks
for that case's first visit in full (`open_requested(visit_id)`). What the form gets
from RepeatService (`show_matters(RepeatView)`); the 重复访 decision itself is taken in
the repeat bar over the form (ui/cases/repeat_bar.py).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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

from desktop.cases.repeat_views import MATTER_ROLE_LABELS, EarlierMatter, MatterRole, RepeatView
from desktop.domain import CASE_STATUS_LABELS, MATTER_SORT_LABELS, ROUTE_LABELS
from ui.i18n import tr_domain
from ui.widgets import day_text

MIN_VISIBLE_ROWS = 5  # what the clerk sees of the history without scrolling, at least
SUMMARY_COLUMN = 2
CASE_COLUMN = 1




def status_text(matter: EarlierMatter) -> str:
    """办理状态, and for an open matter whether it is still within its time limits."""
    status = tr_domain(CASE_STATUS_LABELS[matter.case_status]) if matter.case_status else "—"
    if matter.final:
        return QCoreApplication.translate(
            "HistoryPanel", "{status}（不再受理）").format(status=status)
    if matter.is_open:
        limit = (QCoreApplication.translate("HistoryPanel", "期限内")
                 if matter.within_time_limit
                 else QCoreApplication.translate("HistoryPanel", "已超期"))
        return QCoreApplication.translate(
            "HistoryPanel", "{status}（{limit}）").format(status=status, limit=limit)
    return status


def route_text(matter: EarlierMatter) -> str:
    route = tr_domain(ROUTE_LABELS[matter.route]) if matter.route else "—"
    return f"{route} {matter.route_unit}".strip() if matter.route_unit else route


def matter_details(matter: EarlierMatter) -> str:
    """Everything about the matter, one fact a line (the row's tooltip)."""
    sort = tr_domain(MATTER_SORT_LABELS[matter.matter_sort]) if matter.matter_sort else "—"
    due = day_text(matter.next_due)
    if matter.due_estimated and matter.next_due is not None:
        due = QCoreApplication.translate(
            "HistoryPanel", "{due}（按周末估算）").format(due=due)
    lines = [
        QCoreApplication.translate(
            "HistoryPanel", "信访件编号：{case}").format(case=matter.case_number),
        QCoreApplication.translate(
            "HistoryPanel", "收到日期：{day}").format(day=day_text(matter.received_on)),
        QCoreApplication.translate(
            "HistoryPanel", "事项概况：{text}").format(text=matter.summary or "—"),
        QCoreApplication.translate(
            "HistoryPanel", "诉求内容：{text}").format(text=matter.demands or "—"),
        QCoreApplication.translate("HistoryPanel", "分类：{sort}").format(sort=sort),
        QCoreApplication.translate(
            "HistoryPanel", "办理方式：{route}").format(route=route_text(matter)),
        QCoreApplication.translate(
            "HistoryPanel", "办理状态：{status}").format(status=status_text(matter)),
        QCoreApplication.translate("HistoryPanel", "下一期限：{due}").format(due=due),
        QCoreApplication.translate("HistoryPanel", "来访次数：%n 次", "",
                                   matter.visit_count),
    ]
    if matter.role is not MatterRole.OWN:
        role = tr_domain(MATTER_ROLE_LABELS[matter.role])
        lines.append(QCoreApplication.translate(
            "HistoryPanel", "来访人身份：{role}").format(role=role))
    return "\n".join(lines)


class HistoryPanel(QGroupBox):
    """The 既往事项 box. Emits `open_requested(visit_id)` on a double click or Enter."""

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("既往事项"), parent)
        self.matters: tuple[EarlierMatter, ...] = ()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("hintLabel")
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("收到日期"), self.tr("信访件编号"), self.tr("事项概况"),
            self.tr("办理状态"), self.tr("下一期限"), self.tr("次数"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # One line of text per row: more earlier matters fit.
        row_height = self.table.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUMMARY_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.setMinimumHeight(self._height_for_rows(MIN_VISIBLE_ROWS))
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table.setToolTip(self.tr("指向一行看全部内容，双击查看该件首次登记"))
        self.table.doubleClicked.connect(self._on_activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._request(self.table.currentRow()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)

    def set_min_rows(self, rows: int) -> None:
        """While the repeat bar over the form lists the matters, the history may shrink
        for it, rather than the boxes below it running into each other."""
        self.table.setMinimumHeight(self._height_for_rows(rows))

    def _height_for_rows(self, rows: int) -> int:
        table = self.table
        scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return (table.horizontalHeader().sizeHint().height()
                + rows * table.verticalHeader().defaultSectionSize()
                + 2 * table.frameWidth() + scroll_bar)

    def show_matters(self, view: RepeatView) -> None:
        self.matters = view.matters
        table = self.table
        table.clearContents()
        table.setRowCount(len(view.matters))
        for row, matter in enumerate(view.matters):
            case = matter.case_number
            if matter.role is MatterRole.REPRESENTATIVE:
                case = self.tr("{case}（代表）").format(case=case)
            if view.linked is not None and view.linked.case_visit_id == matter.case_visit_id:
                case = self.tr("{case}（本次关联）").format(case=case)
            values = (
                day_text(matter.received_on), case, one_line(matter.summary),
                status_text(matter), day_text(matter.next_due), str(matter.visit_count),
            )
            details = matter_details(matter)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(details)
                if matter.within_time_limit:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)
        if view.matters:
            self.setTitle(self.tr("既往事项（共 {count} 件，红色为仍在办理期限内，双击查看）")
                          .format(count=len(view.matters)))
        else:
            self.setTitle(self.tr("既往事项"))
        notes = []
        if not view.matters:
            notes.append(self.tr("没有既往信访事项") if view.unregistered_visits
                         else self.tr("首次来访，没有既往记录"))
        if view.unregistered_visits:
            notes.append(self.tr("另有 %n 次来访未登记事项", "", view.unregistered_visits))
        self.summary_label.setText("；".join(notes))
        self.summary_label.setVisible(bool(notes))

    def show_loading(self) -> None:
        self.matters = ()
        self.table.setRowCount(0)
        self.setTitle(self.tr("既往事项"))
        self.summary_label.setText(self.tr("正在读取既往事项…"))
        self.summary_label.show()

    def clear(self) -> None:
        self.matters = ()
        self.table.setRowCount(0)
        self.setTitle(self.tr("既往事项"))
        self.summary_label.setText("")
        self.summary_label.hide()

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self._request(index.row())

    def _request(self, row: int) -> None:
        if 0 <= row < len(self.matters):
            visit_id: uuid.UUID = self.matters[row].case_visit_id
            self.open_requested.emit(visit_id)


def one_line(text: str, limit: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
