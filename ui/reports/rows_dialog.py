"""The visits behind a figure (masked), loaded in the background, with 导出 Excel/CSV."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.reports import figures as f
from ui.file_dialogs import SafeFileDialog, save_file_dialog
from ui.i18n import tr_domain
from ui.operations import Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel, day_text

if TYPE_CHECKING:
    from desktop.reports.exports import ReportExport
    from desktop.reports.statistics import StatisticsService


class RowsDialog(QDialog):
    def __init__(self, statistics: StatisticsService, tasks: TaskRunner, key: str, value: str,
                 first: date, last: date, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statistics, self._tasks = statistics, tasks
        self._figure = (key, value, first, last)
        self.setWindowTitle(self.tr("来访清单：{title}").format(title=title))
        self.resize(1100, 560)
        self.lines: tuple[f.VisitLine, ...] = ()
        self.summary = QLabel(self.tr("正在加载…"))
        self.table = QTableWidget(0, 11)
        self.table.setHorizontalHeaderLabels([
            self.tr("日期"), self.tr("号码"), self.tr("信访件编号"), self.tr("来访人"),
            self.tr("号票类别"), self.tr("内容分类"), self.tr("问题属地"), self.tr("办理方式"),
            self.tr("承办单位"), self.tr("人数"), self.tr("排队状态")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.excel_button = QPushButton(self.tr("导出 Excel…"))
        self.csv_button = QPushButton(self.tr("导出 CSV…"))
        self.excel_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.csv_button.clicked.connect(lambda: self.ask_export("csv"))
        self.errors = ErrorLabel()
        self.status_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.excel_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addLayout(bottom)
        self.save_dialog: SafeFileDialog | None = None
        self.last_export: ReportExport | None = None
        self.load()

    def load(self) -> None:
        statistics, (key, value, first, last) = self._statistics, self._figure
        Operation(self, self._tasks, lambda: statistics.rows_behind(key, value, first, last)) \
            .success(self._show).key("load").errors(self.errors).run()

    def _show(self, lines: tuple[f.VisitLine, ...]) -> None:
        self.lines = lines
        self.summary.setText(self.tr("共 %n 批来访（姓名已隐去）", "", len(lines)))
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (day_text(line.service_day), line.ticket_number, line.case_number,
                     line.masked_name or self.tr("（匿名）"), tr_domain(line.category_label),
                     line.content_category, line.area,
                     tr_domain(line.route_label) if line.route_label else "", line.unit,
                     str(line.people), tr_domain(line.queue_status_label))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def ask_export(self, kind: str) -> SafeFileDialog:
        name = self.tr("来访清单")
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
        statistics, (key, value, first, last) = self._statistics, self._figure
        Operation(self, self._tasks,
                  lambda: statistics.export_visits(path, key, value, first, last)) \
            .success(self._exported).busy(self.excel_button, self.csv_button) \
            .exclusive("export").errors(self.errors).run()

    def _exported(self, made: ReportExport) -> None:
        self.last_export = made
        self.status_label.setText(self.tr("已导出 %n 批到 {path}", "", made.rows).format(
            path=str(made.path)))
