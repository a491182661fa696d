"""统计 page: pick a period, see the figures as tables and charts, drill into the visits
behind any of them, export the report (PDF/Excel). Every figure is computed by
StatisticsService in the background (ui/operations.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.reports import figures as f
from desktop.reports.periods import PERIOD_KIND_LABELS, PeriodKind, period_of
from ui.file_dialogs import SafeFileDialog, save_file_dialog
from ui.i18n import tr_domain
from ui.operations import Operation
from ui.reports.charts import BarChart, DailyLine, HeatMap
from ui.reports.figure_table import FigureTable, TableRow
from ui.reports.rows_dialog import RowsDialog
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.app_services import AppServices
    from desktop.reports.exports import ReportExport

STORED_NAMES = (f.BY_CATEGORY, f.BY_AREA, f.BY_UNIT)  # names as stored, not translated


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f}"


class StatisticsPage(QWidget):
    def __init__(self, services: AppServices, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statistics, self._tasks = services.statistics, tasks
        self.figures: f.Figures | None = None
        self.rows_dialog: RowsDialog | None = None
        self.save_dialog: SafeFileDialog | None = None
        self.last_export: ReportExport | None = None
        self._shown = False

        self.kind_combo = QComboBox()
        for kind in PeriodKind:
            self.kind_combo.addItem(tr_domain(PERIOD_KIND_LABELS[kind]), kind.value)
        self.kind_combo.setCurrentIndex(list(PeriodKind).index(PeriodKind.MONTH))
        self.first_edit = QDateEdit(QDate.currentDate())
        self.last_edit = QDateEdit(QDate.currentDate())
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.to_label = QLabel(self.tr("至"))
        self.refresh_button = QPushButton(self.tr("统计"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.excel_button = QPushButton(self.tr("导出 Excel…"))
        self.period_label = QLabel()
        self.status_label = QLabel()
        self.errors = ErrorLabel()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.excel_button.clicked.connect(lambda: self.ask_export("xlsx"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("时段")))
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.first_edit)
        bar.addWidget(self.to_label)
        bar.addWidget(self.last_edit)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.period_label, 1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.excel_button)

        counts = (self.tr("来访批次"), self.tr("信访件"), self.tr("人数"))
        self.summary_table = FigureTable((self.tr("项目"), self.tr("本期"), self.tr("去年同期")))
        self.count_tables = {
            f.BY_CATEGORY: FigureTable((self.tr("内容分类"), *counts)),
            f.BY_AREA: FigureTable((self.tr("问题属地"), *counts)),
            f.BY_ROUTE: FigureTable((self.tr("办理方式"), *counts)),
            f.BY_UNIT: FigureTable((self.tr("转送单位"), *counts)),
            f.BY_SORT: FigureTable((self.tr("三分类"), *counts)),
            f.BY_PURPOSE: FigureTable((self.tr("信访目的"), *counts)),
        }
        times = (self.tr("人次"), self.tr("中位数（分钟）"), self.tr("90%分位（分钟）"))
        self.time_tables = {
            f.WAIT_CATEGORY: FigureTable((self.tr("等候：号票类别"), *times)),
            f.WAIT_WINDOW: FigureTable((self.tr("等候：窗口"), *times)),
            f.WAIT_CLERK: FigureTable((self.tr("等候：接谈人"), *times)),
            f.SERVICE_CATEGORY: FigureTable((self.tr("接谈：号票类别"), *times)),
            f.SERVICE_WINDOW: FigureTable((self.tr("接谈：窗口"), *times)),
            f.SERVICE_CLERK: FigureTable((self.tr("接谈：接谈人"), *times)),
        }
        self.deadline_table = FigureTable((self.tr("办理期限"), self.tr("件数")))
        self.reception_table = FigureTable((self.tr("领导接访"), self.tr("数量")))
        self.category_chart = BarChart(self.tr("按内容分类"))
        self.area_chart = BarChart(self.tr("按问题属地"))
        self.daily_chart = DailyLine(self.tr("每日来访"))
        self.heat_map = HeatMap([self.tr("周一"), self.tr("周二"), self.tr("周三"),
                                 self.tr("周四"), self.tr("周五"), self.tr("周六"),
                                 self.tr("周日")])
        tables = [self.summary_table, *self.count_tables.values(), *self.time_tables.values(),
                  self.deadline_table, self.reception_table]
        for table in tables:
            table.picked.connect(self.open_rows)
        for chart in (self.category_chart, self.area_chart, self.daily_chart, self.heat_map):
            chart.picked.connect(lambda key, value: self.open_rows(key, value, ""))

        overview = QWidget()
        grid = QGridLayout(overview)
        grid.addWidget(self.summary_table, 0, 0, 2, 1)
        grid.addWidget(self.category_chart, 0, 1)
        grid.addWidget(self.area_chart, 0, 2)
        grid.addWidget(self.daily_chart, 1, 1)
        heat_box = QVBoxLayout()
        heat_box.addWidget(QLabel(self.tr("时段分布（北京时间，双击格子查看来访）")))
        heat_box.addWidget(self.heat_map, 1)
        grid.addLayout(heat_box, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 4)
        self.tabs = QTabWidget()
        self.tabs.addTab(overview, self.tr("概况"))
        self.tabs.addTab(self._grid_of(list(self.count_tables.values())), self.tr("分类统计"))
        self.tabs.addTab(self._grid_of(list(self.time_tables.values())), self.tr("排队时间"))
        self.tabs.addTab(self._grid_of([self.deadline_table, self.reception_table]),
                         self.tr("期限与接访"))
        hint = QLabel(self.tr("双击任一统计行、柱或点，查看其背后的来访清单。"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.errors)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addWidget(self.status_label, 1)
        layout.addLayout(bottom)
        self._kind_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown:  # the first look computes the period shown (this month)
            self._shown = True
            self.refresh()

    @staticmethod
    def _grid_of(tables: list[FigureTable]) -> QWidget:
        inner = QWidget()
        grid = QGridLayout(inner)
        for index, table in enumerate(tables):
            table.setMinimumHeight(220)
            grid.addWidget(table, index // 2, index % 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    # ------------------------------------------------------------------ period

    def kind(self) -> PeriodKind:
        return PeriodKind(self.kind_combo.currentData())

    def set_period(self, kind: PeriodKind, first: date, last: date | None = None) -> None:
        self.kind_combo.setCurrentIndex(list(PeriodKind).index(kind))
        self.first_edit.setDate(QDate(first.year, first.month, first.day))
        end = last or first
        self.last_edit.setDate(QDate(end.year, end.month, end.day))

    def period(self) -> tuple[date, date]:
        first = self.first_edit.date().toPython()
        assert isinstance(first, date)
        if self.kind() is PeriodKind.RANGE:
            last = self.last_edit.date().toPython()
            assert isinstance(last, date)
            return first, last
        found = period_of(self.kind(), first)
        return found.first, found.last

    def _kind_changed(self) -> None:
        ranged = self.kind() is PeriodKind.RANGE
        self.to_label.setVisible(ranged)
        self.last_edit.setVisible(ranged)

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        statistics, kind = self._statistics, self.kind()
        first, last = self.period()
        self.period_label.setText(self.tr("{first} 至 {last}").format(
            first=first.isoformat(), last=last.isoformat()))
        Operation(self, self._tasks, lambda: statistics.figures(first, last, kind)) \
            .success(self.show_figures).busy(self.refresh_button).key("load") \
            .errors(self.errors).run()

    def show_figures(self, fig: f.Figures) -> None:
        self.figures = fig
        t, before = fig.totals, fig.last_year_totals
        summary: list[TableRow] = [
            ((self.tr("来访批次"), str(t.visits), str(before.visits)), f.TOTAL, ""),
            ((self.tr("信访件"), str(t.cases), str(before.cases)), None, ""),
            ((self.tr("来访人数"), str(t.people), str(before.people)), None, ""),
            ((self.tr("集体访批次"), str(fig.group.visits), ""), f.GROUP, ""),
            ((self.tr("集体访人数"), str(fig.group.people), ""), f.GROUP, ""),
            ((self.tr("重复访"), str(fig.repeat_visits), ""), f.REPEAT, ""),
            ((self.tr("越级访"), str(fig.skip_level), ""), f.SKIP_LEVEL, ""),
            ((self.tr("过号未到"), str(fig.no_shows), ""), f.NO_SHOW, ""),
        ]
        if fig.waiting_all is not None:
            summary.append(((self.tr("等候中位数（分钟）"), _minutes(fig.waiting_all.median_s),
                             ""), f.WAIT_CATEGORY, ""))
        if fig.service_all is not None:
            summary.append(((self.tr("接谈中位数（分钟）"), _minutes(fig.service_all.median_s),
                             ""), f.SERVICE_CATEGORY, ""))
        self.summary_table.show_rows(summary)
        for key, table in self.count_tables.items():
            rows = fig.table(key)
            table.show_rows(
                [((self._label(key, row.label), str(row.visits), str(row.cases),
                   str(row.people)), key, row.key) for row in rows],
                (self.tr("合计"), str(sum(r.visits for r in rows)),
                 str(sum(r.cases for r in rows)), str(sum(r.people for r in rows))))
        for key, table in self.time_tables.items():
            times = (fig.waiting if key.startswith("wait") else fig.service)[key]
            table.show_rows([((self._label(key, row.label), str(row.count),
                               _minutes(row.median_s), _minutes(row.p90_s)), key, row.key)
                             for row in times])
        d = fig.deadlines
        self.deadline_table.show_rows([
            ((self.tr("有办理期限的信访件"), str(d.with_due)), None, ""),
            ((self.tr("按期答复"), str(d.answered_in_time)), f.ANSWERED_IN_TIME, ""),
            ((self.tr("逾期答复"), str(d.answered_late)), f.ANSWERED_LATE, ""),
            ((self.tr("超期未答复"), str(d.open_overdue)), f.OPEN_OVERDUE, ""),
            ((self.tr("延期"), str(d.extended)), f.EXTENDED, ""),
            ((self.tr("申请复查"), str(d.reviews)), f.REVIEWS, "")])
        r = fig.reception
        self.reception_table.show_rows([((text, str(value)), None, "") for text, value in (
            (self.tr("接访场次"), r.sessions), (self.tr("预约人次"), r.bookings),
            (self.tr("预约人数"), r.booked_people), (self.tr("到场"), r.attended),
            (self.tr("未到"), r.absent), (self.tr("领导批示"), r.instructions),
            (self.tr("批示已办结"), r.instructions_done))])
        self.category_chart.show_rows(f.BY_CATEGORY, fig.by_category, [
            self._label(f.BY_CATEGORY, row.label) for row in fig.by_category])
        self.area_chart.show_rows(f.BY_AREA, fig.by_area, [
            self._label(f.BY_AREA, row.label) for row in fig.by_area])
        self.daily_chart.show_days(fig.daily)
        self.heat_map.show_grid(fig.heat())

    def _label(self, key: str, label: str) -> str:
        if key in STORED_NAMES or key.endswith(("_window", "_clerk")):
            return label if label not in ("未登记", "合计") else tr_domain(label)
        return tr_domain(label)

    # ------------------------------------------------------------------ drill-down

    def open_rows(self, key: str, value: str, label: str) -> RowsDialog:
        first, last = (self.figures.period.first, self.figures.period.last) \
            if self.figures is not None else self.period()
        self.rows_dialog = RowsDialog(self._statistics, self._tasks, key, value, first, last,
                                      label or value or key, self)
        self.rows_dialog.show()
        return self.rows_dialog

    # ------------------------------------------------------------------ export

    def ask_export(self, kind: str) -> SafeFileDialog:
        first, last = self.period()
        name = self.tr("来访统计-{first}-{last}").format(first=first.isoformat(),
                                                       last=last.isoformat())
        if kind == "xlsx":
            dialog = save_file_dialog(self, self.tr("导出 Excel"), f"{name}.xlsx",
                                      self.tr("Excel 工作簿 (*.xlsx)"), "xlsx")
        else:
            dialog = save_file_dialog(self, self.tr("导出 PDF"), f"{name}.pdf",
                                      self.tr("PDF 文件 (*.pdf)"), "pdf")
        dialog.fileSelected.connect(self.export_to)
        self.save_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: str) -> None:
        statistics, kind = self._statistics, self.kind()
        first, last = self.period()
        self.status_label.clear()
        Operation(self, self._tasks,
                  lambda: statistics.export_report(path, first, last, kind)) \
            .success(self._exported).busy(self.pdf_button, self.excel_button) \
            .exclusive("export").errors(self.errors).run()

    def _exported(self, made: ReportExport) -> None:
        self.last_export = made
        self.status_label.setText(self.tr("已导出到 {path}").format(path=str(made.path)))
