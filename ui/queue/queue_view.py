"""排队: today's tickets, waiting ones first, filtered and searched, refreshed in the
background every few seconds. A search also finds earlier visits (by case number, enquiry
code, ID number or name), listed under today's. Double-click or Enter on a row opens it
for 接谈登记 (`open_visit(UUID)`)."""

from __future__ import annotations

import logging
import uuid
from collections import Counter

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app_services import AppServices
from desktop.cases.search import VisitHit, VisitSearchService
from desktop.clock import local_time, system_clock
from desktop.domain import CATEGORIES, QUEUE_STATUS_LABELS, QueueStatus, TicketCategory
from desktop.queue.tickets import QueueEntry
from ui.i18n import tr_domain
from ui.operations import Operation, is_running
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel, message_for

log = logging.getLogger(__name__)

REFRESH_MS = 3000
SEARCH_DELAY_MS = 250

# Filter choices in the order the desk thinks of them; the last two are rarer states.
STATUS_FILTERS: tuple[QueueStatus, ...] = (
    QueueStatus.WAITING,
    QueueStatus.CALLED,
    QueueStatus.SERVING,
    QueueStatus.DONE,
    QueueStatus.NO_SHOW,
    QueueStatus.CANCELLED,
    QueueStatus.PARKED,
    QueueStatus.UNFINISHED,
)

# Rows by what the desk still has to do: waiting, then at a window, then finished.
# Within a group the service's call order stays.
STATUS_GROUPS: dict[QueueStatus, int] = {
    QueueStatus.WAITING: 0,
    QueueStatus.CALLED: 1,
    QueueStatus.SERVING: 1,
    QueueStatus.PARKED: 1,
}
FINISHED_GROUP = 2
PAST_LIMIT = 100

Row = QueueEntry | VisitHit


def waiting_first(entries: list[QueueEntry]) -> list[QueueEntry]:
    return sorted(entries, key=lambda entry: STATUS_GROUPS.get(entry.status, FINISHED_GROUP))


STATUS_COLOURS: dict[QueueStatus, str] = {
    QueueStatus.WAITING: "#1d2939",
    QueueStatus.CALLED: "#1d4f91",
    QueueStatus.SERVING: "#b54708",
    QueueStatus.DONE: "#067647",
    QueueStatus.NO_SHOW: "#98a2b3",
    QueueStatus.CANCELLED: "#98a2b3",
    QueueStatus.PARKED: "#6941c6",
    QueueStatus.UNFINISHED: "#b42318",
}


class QueueModel(QAbstractTableModel):
    """Today's queue entries as a read-only table."""

    NUMBER, CATEGORY, STATUS, NAME, ID_NUMBER, PEOPLE, WINDOW, TIME, CASE = range(9)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Row] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            self.tr("号码"), self.tr("类别"), self.tr("状态"), self.tr("姓名"),
            self.tr("证件号码"), self.tr("人数"), self.tr("窗口"), self.tr("取号时间"),
            self.tr("信访件编号"),
        )

    # Qt model interface

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.UserRole:
            return entry.visit_id
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(STATUS_COLOURS.get(entry.status, "#1d2939")))
        if role == Qt.ItemDataRole.ForegroundRole and entry.status in (
            QueueStatus.CANCELLED, QueueStatus.NO_SHOW
        ):
            return QBrush(QColor("#98a2b3"))
        if role == Qt.ItemDataRole.FontRole and column in (self.NUMBER, self.STATUS):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.NUMBER, self.PEOPLE, self.TIME
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, entry: Row, column: int) -> str:
        if column == self.NUMBER:
            return entry.ticket_number
        if column == self.CATEGORY:
            return tr_domain(CATEGORIES[entry.category].label)
        if column == self.STATUS:
            return tr_domain(QUEUE_STATUS_LABELS[entry.status])
        if column == self.NAME:
            return entry.visitor_name
        if column == self.ID_NUMBER:
            return entry.masked_id_number
        if column == self.PEOPLE:
            return str(entry.people_count)
        if column == self.WINDOW:
            return entry.window_name or ""
        if column == self.TIME:
            # An earlier day's visit (found by a search) shows its date.
            fmt = "%Y-%m-%d %H:%M" if isinstance(entry, VisitHit) else "%H:%M"
            return local_time(entry.issued_at).strftime(fmt)
        if column == self.CASE:
            return entry.case_number or ""
        return ""

    # updates

    def entries(self) -> list[Row]:
        return list(self._entries)

    def entry_at(self, row: int) -> Row | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, visit_id: uuid.UUID) -> int:
        for row, entry in enumerate(self._entries):
            if entry.visit_id == visit_id:
                return row
        return -1

    def set_entries(self, entries: list[Row]) -> bool:
        """Replace the rows. Returns True if the row order changed (a reset was needed)."""
        same_rows = [e.visit_id for e in entries] == [e.visit_id for e in self._entries]
        if same_rows:
            if entries != self._entries:
                self._entries = list(entries)
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(entries) - 1, len(self._headers) - 1)
                )
            return False
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()
        return True


class QueueView(QWidget):
    """The 排队 page."""

    open_visit = Signal(uuid.UUID)
    reprint_requested = Signal(object, str)  # visit id, "ticket" | "receipt"

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        search: VisitSearchService | None = None,
    ) -> None:
        """`search`: earlier visits (default: the services' own).

        Refresh failures are logged and shown above the table, never as a dialog:
        the timer retries every few seconds and a popup would stop the desk."""
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self._search: VisitSearchService | None = search or getattr(services, "search", None)
        self._again = False  # asked to load again while a load runs
        self._failing = False
        self.refresh_count = 0
        self._build()
        self._wire()

    def _build(self) -> None:
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部状态"), None)
        for status in STATUS_FILTERS:
            self.status_filter.addItem(tr_domain(QUEUE_STATUS_LABELS[status]), status)
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("全部类别"), None)
        for category in TicketCategory:
            self.category_filter.addItem(tr_domain(CATEGORIES[category].label), category)
        self.category_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("号码、姓名、证件号码、信访件编号或查询码（也查以往来访）"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)

        self.updated_label = QLabel()
        self.updated_label.setObjectName("hintLabel")

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(QLabel(self.tr("状态")))
        filters.addWidget(self.status_filter)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("类别")))
        filters.addWidget(self.category_filter)
        filters.addSpacing(8)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.updated_label)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("sectionTitle")
        self.summary_label.setWordWrap(True)
        self.error_label = ErrorLabel()

        self.model = QueueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(64)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

        hint = QLabel(self.tr("双击或按回车打开接谈登记　列表每 3 秒自动更新"))
        hint.setObjectName("hintLabel")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

    def _wire(self) -> None:
        self.timer.timeout.connect(self._on_timer)
        self.search_timer.timeout.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.category_filter.currentIndexChanged.connect(self.refresh)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search_now)
        self.table.activated.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)

    def focus_first_field(self) -> None:
        self.table.setFocus()

    def row_menu(self, row: int) -> QMenu | None:
        """The right-click menu of a row: open it, reprint its ticket or receipt."""
        entry = self.model.entry_at(row)
        if entry is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("打开接谈登记"), lambda: self.open_visit.emit(entry.visit_id))
        menu.addAction(self.tr("补打号票"),
                       lambda: self.reprint_requested.emit(entry.visit_id, "ticket"))
        receipt = menu.addAction(self.tr("打印/补打回执"),
                                 lambda: self.reprint_requested.emit(entry.visit_id, "receipt"))
        receipt.setEnabled(entry.case_number is not None)
        if entry.case_number is None:
            receipt.setToolTip(self.tr("保存接谈登记后才能打印回执"))
        return menu

    def _show_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        menu = self.row_menu(index.row()) if index.isValid() else None
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------ visibility

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def _on_timer(self) -> None:
        if self.isVisible() and not self.is_loading():
            self.refresh()

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.refresh()

    # ------------------------------------------------------------------ loading

    def filters(self) -> tuple[frozenset[QueueStatus] | None, TicketCategory | None, str]:
        status = self.status_filter.currentData()
        category = self.category_filter.currentData()
        return (
            frozenset({QueueStatus(status)}) if status else None,
            TicketCategory(category) if category else None,
            self.search_edit.text().strip(),
        )

    def refresh(self) -> None:
        """Reload today's queue in the background (at most one load at a time)."""
        if self.is_loading():
            self._again = True  # filters changed or a ticket came in meanwhile
            return
        self._again = False
        statuses, category, text = self.filters()
        tickets = self.services.tickets
        search = self._search
        filtered = statuses is not None or category is not None or bool(text)

        def load() -> tuple[list[QueueEntry], list[Row]]:
            everything = tickets.list_queue()
            shown: list[Row] = list(waiting_first(
                tickets.list_queue(statuses=statuses, category=category, text=text)
                if filtered else everything
            ))
            if text and search is not None:
                past = search.search_visits(text, PAST_LIMIT, exclude_day=tickets.today())
                shown.extend(
                    hit for hit in past
                    if (statuses is None or hit.status in statuses)
                    and (category is None or hit.category is category)
                )
            return everything, shown

        (Operation(self, self.tasks, load)
         .success(self._on_loaded)
         .failure(self._on_failed)
         .exclusive("load")
         .run())

    def is_loading(self) -> bool:
        return is_running(self, "load")

    def _on_loaded(self, result: tuple[list[QueueEntry], list[Row]]) -> None:
        self._failing = False
        self.error_label.clear_error()
        everything, shown = result
        self._show(shown)
        past = sum(isinstance(row, VisitHit) for row in shown)
        self._show_summary(everything, len(shown) - past, past)
        self.updated_label.setText(
            self.tr("更新于 {time}").format(time=local_time(system_clock()).strftime("%H:%M:%S"))
        )
        self.refresh_count += 1
        if self._again:
            self.refresh()

    def _on_failed(self, error: BaseException) -> bool:
        """Logged once per failure streak and said above the table, never a box: the
        timer retries and a popup would stop the desk."""
        if not self._failing:
            # Once per failure streak: the timer retries, the log should not fill up.
            log.error("queue refresh failed", exc_info=(type(error), error, error.__traceback__))
        self._failing = True
        self.error_label.show_error(
            self.tr("排队列表暂时无法更新：{reason}（稍后自动重试）").format(
                reason=message_for(error)
            )
        )
        if self._again:
            self.refresh()
        return True

    def _fit_columns(self) -> None:
        """Widen columns to their contents plus some air; never narrow them (no jitter)."""
        header = self.table.horizontalHeader()
        air = self.table.fontMetrics().horizontalAdvance("　") * 2
        for column in range(self.model.columnCount() - 1):  # the last one stretches
            wanted = max(self.table.sizeHintForColumn(column),
                         header.sectionSizeHint(column)) + air
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)

    def _show(self, entries: list[Row]) -> None:
        selected = self.selected_visit_id()
        scroll = self.table.verticalScrollBar().value()
        reset = self.model.set_entries(entries)
        self._fit_columns()
        if not reset:
            return
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.table.verticalScrollBar().setValue(scroll)

    def _show_summary(self, everything: list[QueueEntry], shown: int, past: int = 0) -> None:
        counts = Counter(entry.status for entry in everything)
        parts = [self.tr("今日共 {count} 张").format(count=len(everything))]
        for status in STATUS_FILTERS:
            if counts[status] or status in (QueueStatus.WAITING, QueueStatus.CALLED,
                                            QueueStatus.SERVING, QueueStatus.DONE):
                label = tr_domain(QUEUE_STATUS_LABELS[status])
                parts.append(f"{label} {counts[status]}")
        text = "　·　".join(parts)
        if shown != len(everything):
            text += self.tr("　（当前显示 {count} 张）").format(count=shown)
        if past:
            text += self.tr("　以往来访 {count} 次（列在今日之后）").format(count=past)
        self.summary_label.setText(text)

    # ------------------------------------------------------------------ selection

    def selected_visit_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        if not index.isValid():
            return None
        entry = self.model.entry_at(index.row())
        return entry.visit_id if entry else None

    def select_visit(self, visit_id: uuid.UUID) -> bool:
        row = self.model.row_of(visit_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _on_activated(self, index: QModelIndex) -> None:
        entry = self.model.entry_at(index.row())
        if entry is not None:
            self.open_visit.emit(entry.visit_id)
