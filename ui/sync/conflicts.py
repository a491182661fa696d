"""同步冲突 for a section chief: the conflicts the sync could not decide (the same field
changed on two terminals, a deleted row edited elsewhere), each with both versions side by
side — what the terminal sent and what the centre had — and 标记为已解决 once dealt with.
Read from the central database in the background (SyncService.conflicts)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.sync.service import ConflictItem, SyncService
from ui.settings.widgets import Feedback, hint, make_table, operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback

DIFFERS_BRUSH = QBrush(QColor("#fef0c7"))
ID_ROLE = Qt.ItemDataRole.UserRole

KIND_LABELS = {
    "fields": QT_TRANSLATE_NOOP("Domain", "同一字段两边都改了"),
    "status": QT_TRANSLATE_NOOP("Domain", "状态先后（已自动处理）"),
    "delete_update": QT_TRANSLATE_NOOP("Domain", "一边删除、一边修改"),
}


TABLE_LABELS = {
    "visit": QT_TRANSLATE_NOOP("Domain", "来访登记（号票）"),
    "visitor": QT_TRANSLATE_NOOP("Domain", "来访人"),
    "visit_representative": QT_TRANSLATE_NOOP("Domain", "代表"),
    "visit_status_change": QT_TRANSLATE_NOOP("Domain", "状态记录"),
    "call_event": QT_TRANSLATE_NOOP("Domain", "叫号记录"),
    "case_step": QT_TRANSLATE_NOOP("Domain", "办理步骤"),
    "print_record": QT_TRANSLATE_NOOP("Domain", "打印记录"),
    "service_window": QT_TRANSLATE_NOOP("Domain", "接谈窗口"),
    "app_user": QT_TRANSLATE_NOOP("Domain", "用户"),
    "reception_leader": QT_TRANSLATE_NOOP("Domain", "接访领导"),
    "reception_sit_in": QT_TRANSLATE_NOOP("Domain", "陪同接访人员"),
    "reception_rule": QT_TRANSLATE_NOOP("Domain", "接访规则"),
    "reception_session": QT_TRANSLATE_NOOP("Domain", "接访场次"),
    "reception_swap": QT_TRANSLATE_NOOP("Domain", "换班记录"),
    "reception_booking": QT_TRANSLATE_NOOP("Domain", "预约"),
    "reception_instruction": QT_TRANSLATE_NOOP("Domain", "批示"),
}
# Never shown, not even to a section chief.
HIDDEN_FIELDS = frozenset({"password_hash"})


def table_label(name: str) -> str:
    source = TABLE_LABELS.get(name)
    return QCoreApplication.translate("Domain", source) if source else name


def kind_label(kind: str) -> str:
    source = KIND_LABELS.get(kind)
    return QCoreApplication.translate("Domain", source) if source else kind


class ConflictsDialog(QDialog):
    def __init__(self, service: SyncService, tasks: TaskRunner,
                 report_error: ErrorCallback | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._report_error = report_error
        self.items: tuple[ConflictItem, ...] = ()
        self.setWindowTitle(self.tr("同步冲突"))
        self.resize(1100, 640)

        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "同步时两台终端改了同一条记录、系统不能替人决定的情况。中心数据库保留了先到的版本；"
            "请对照两边的内容，必要时在相应页面改正，然后标记为已解决。")))
        top = QHBoxLayout()
        self.show_resolved = QCheckBox(self.tr("也显示已解决的"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        top.addWidget(self.show_resolved)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = make_table([self.tr("时间"), self.tr("数据表"), self.tr("冲突"),
                                 self.tr("字段"), self.tr("终端"), self.tr("状态")], 3)
        self.table.itemSelectionChanged.connect(self._on_selection)
        splitter.addWidget(self.table)
        self.versions = make_table([self.tr("字段"), self.tr("终端提交的版本"),
                                    self.tr("中心的版本（保留）")], 1)
        self.versions.horizontalHeader().setSectionResizeMode(
            2, self.versions.horizontalHeader().ResizeMode.Stretch)
        self.versions.setSelectionMode(self.versions.SelectionMode.NoSelection)
        splitter.addWidget(self.versions)
        splitter.setSizes([260, 320])
        layout.addWidget(splitter, 1)

        self.empty_label = QLabel()
        layout.addWidget(self.empty_label)
        self.feedback = Feedback()
        layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        self.resolve_button = QPushButton(self.tr("标记为已解决"))
        self.resolve_button.setToolTip(self.tr("这条冲突已处理完毕，从待处理列表中移除"))
        close = QPushButton(self.tr("关闭"))
        buttons.addStretch(1)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resolve_button.setEnabled(False)
        self.refresh_button.clicked.connect(self.load)
        self.show_resolved.toggled.connect(lambda _on: self.load())
        self.resolve_button.clicked.connect(self.resolve_selected)
        close.clicked.connect(self.accept)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def load(self) -> None:
        include = self.show_resolved.isChecked()
        self.empty_label.setText(self.tr("正在读取中心数据库…"))
        operation(self, self._tasks, lambda: self._service.conflicts(include),
                  self._report_error) \
            .success(self._fill).failure(self._load_failed).errors(self.feedback) \
            .busy(self.refresh_button).key("load").run()

    def _load_failed(self, _error: BaseException) -> bool:
        self.empty_label.clear()
        return False

    def _fill(self, items: tuple[ConflictItem, ...]) -> None:
        self.items = items
        self.table.setRowCount(0)
        self.versions.setRowCount(0)
        for item in items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [item.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                     table_label(item.table_name),
                     kind_label(item.kind), "、".join(item.fields), item.terminal,
                     self.tr("待处理") if item.resolution == "open" else self.tr("已解决")]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, str(item.id))
                self.table.setItem(row, column, cell)
        self.empty_label.setText(self.tr("没有待处理的冲突") if not items else
                                 self.tr("共 %n 条", "", len(items)))
        if items:
            self.table.selectRow(0)
        self._on_selection()

    def selected(self) -> ConflictItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), 0)
        if cell is None:
            return None
        wanted = cell.data(ID_ROLE)
        return next((item for item in self.items if str(item.id) == wanted), None)

    def _on_selection(self) -> None:
        item = self.selected()
        self.versions.setRowCount(0)
        self.resolve_button.setEnabled(item is not None and item.resolution == "open")
        if item is None:
            return
        for pair in item.pairs:
            if pair.field in HIDDEN_FIELDS:
                continue
            row = self.versions.rowCount()
            self.versions.insertRow(row)
            for column, text in enumerate((pair.field, pair.local, pair.central)):
                cell = QTableWidgetItem(text)
                if pair.differs:
                    cell.setBackground(DIFFERS_BRUSH)
                self.versions.setItem(row, column, cell)

    def resolve_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        conflict_id: uuid.UUID = item.id
        operation(self, self._tasks, lambda: self._service.resolve(conflict_id),
                  self._report_error) \
            .success(lambda _none: self._resolved()).errors(self.feedback) \
            .busy(self.resolve_button).exclusive("resolve").run()

    def _resolved(self) -> None:
        self.feedback.ok(self.tr("已标记为已解决"))
        self.load()
