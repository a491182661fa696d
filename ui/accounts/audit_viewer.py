"""审计日志 (科长, 管理员): entries filtered by date range, user, action, terminal and
subject, newest first; exported to CSV or Excel (the export is audited); 校验 checks the
hash chain."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.audit_view import ACTION_LABELS, AuditFilter
from ui.file_dialogs import SafeFileDialog, save_file_dialog
from ui.i18n import tr_domain
from ui.operations import Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.accounts.audit_chain import ChainReport
    from desktop.accounts.audit_view import (
        AuditChoices,
        AuditExport,
        AuditPage,
        AuditViewService,
    )


class AuditViewerDialog(QDialog):
    def __init__(self, audit_log: AuditViewService, tasks: TaskRunner, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log, self._tasks = audit_log, tasks
        self.page: AuditPage | None = None
        self.save_dialog: SafeFileDialog | None = None
        self.setWindowTitle(self.tr("审计日志"))
        self.first_edit = QDateEdit(QDate(today.year, today.month, 1))
        self.last_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.user_combo = QComboBox()
        self.action_combo = QComboBox()
        self.terminal_combo = QComboBox()
        for combo in (self.user_combo, self.action_combo, self.terminal_combo):
            combo.addItem(self.tr("全部"), "")
            combo.setMinimumContentsLength(8)
        self.subject_edit = QLineEdit()
        self.subject_edit.setPlaceholderText(self.tr("对象（如编号、设置项）"))
        self.search_button = QPushButton(self.tr("查询"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.refresh)
        self.subject_edit.returnPressed.connect(self.refresh)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("从"), self.first_edit), (self.tr("到"), self.last_edit),
                              (self.tr("用户"), self.user_combo),
                              (self.tr("操作"), self.action_combo),
                              (self.tr("终端"), self.terminal_combo)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.subject_edit, 1)
        filters.addWidget(self.search_button)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("时间"), self.tr("终端"), self.tr("用户"), self.tr("操作"),
            self.tr("对象类型"), self.tr("对象"), self.tr("说明")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

        self.count_label = QLabel()
        self.error_label = ErrorLabel()
        self.verify_button = QPushButton(self.tr("校验完整性"))
        self.csv_button = QPushButton(self.tr("导出 CSV…"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.verify_button.clicked.connect(self.verify)
        self.csv_button.clicked.connect(lambda: self.ask_export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        self.resize(1280, 640)

    def criteria(self) -> AuditFilter:
        first, last = self.first_edit.date(), self.last_edit.date()
        return AuditFilter(
            first_day=date(first.year(), first.month(), first.day()),
            last_day=date(last.year(), last.month(), last.day()),
            user=self.user_combo.currentData() or "", action=self.action_combo.currentData()
            or "", terminal=self.terminal_combo.currentData() or "",
            subject=self.subject_edit.text())

    def start(self) -> None:
        """Load the lists to choose from, then the entries."""
        log = self._log
        Operation(self, self._tasks, log.choices).key("choices").errors(self.error_label) \
            .success(self._fill_choices).run()
        self.refresh()

    def _fill_choices(self, choices: AuditChoices) -> None:
        for combo, values, label in (
                (self.user_combo, choices.users, None),
                (self.action_combo, choices.actions, ACTION_LABELS),
                (self.terminal_combo, choices.terminals, None)):
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(tr_domain(label[value]) if label and value in label else value,
                              value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def refresh(self) -> None:
        log, criteria = self._log, self.criteria()
        Operation(self, self._tasks, lambda: log.entries(criteria)).key("entries") \
            .busy(self.search_button).errors(self.error_label).success(self._show).run()

    def _show(self, page: AuditPage) -> None:
        self.page = page
        self.table.setRowCount(len(page.rows))
        for index, row in enumerate(page.rows):
            for column, text in enumerate((
                    row.at.strftime("%Y-%m-%d %H:%M:%S"), row.terminal, row.actor,
                    tr_domain(row.action_label), row.subject_type, row.subject_id,
                    row.detail)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if page.truncated:
            self.count_label.setText(self.tr("共 {total} 条，显示最近的 {shown} 条；"
                                             "请缩小范围，或导出全部").format(
                total=page.total, shown=len(page.rows)))
        else:
            self.count_label.setText(self.tr("共 {total} 条").format(total=page.total))

    def verify(self) -> None:
        Operation(self, self._tasks, self._log.verify).exclusive("verify") \
            .busy(self.verify_button).errors(self.error_label).success(self._verified).run()

    def _verified(self, report: ChainReport) -> None:
        bad = report.first_bad
        if bad is None:
            self.count_label.setText(self.tr("审计日志完整：{count} 条记录的校验链均未被改动")
                                     .format(count=report.entries))
            return
        self.error_label.show_error(self.tr(
            "审计日志被改动过：终端 {terminal} 的第 {seq} 条记录（{reason}）。请报告管理员。")
            .format(terminal=bad.terminal, seq=bad.seq, reason=bad.reason))

    def ask_export(self, kind: str) -> SafeFileDialog:
        name = self.tr("审计日志")
        if kind == "xlsx":
            dialog = save_file_dialog(self, self.tr("导出 Excel"), f"{name}.xlsx",
                                      self.tr("Excel 工作簿 (*.xlsx)"), "xlsx")
        else:
            dialog = save_file_dialog(self, self.tr("导出 CSV"), f"{name}.csv",
                                      self.tr("CSV 文件 (*.csv)"), "csv")
        dialog.fileSelected.connect(self.export_to)
        self.save_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: str) -> None:
        log, criteria = self._log, self.criteria()
        Operation(self, self._tasks, lambda: log.export(path, criteria)).exclusive("export") \
            .busy(self.csv_button, self.xlsx_button).errors(self.error_label) \
            .success(self._exported).run()

    def _exported(self, made: AuditExport) -> None:
        self.count_label.setText(self.tr("已导出 {rows} 条到 {path}").format(
            rows=made.rows, path=str(made.path)))
