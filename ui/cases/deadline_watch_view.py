"""期限监控 (工具 → 期限监控…): the open cases due within N days and those overdue, for the
section chief's morning look. Non-modal; overdue rows red, due within three days amber.

Filters by step and by unit (their lists show the whole window's counts); a double click
asks for the case (`case_requested`, the visit id of the case); 导出 Excel… / 导出 PDF…
go through ui/file_dialogs.py and write in the background (the service writes a
temporary file and renames it, and records the export in the audit log).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.deadline_watch import DEFAULT_WITHIN_DAYS, MAX_WITHIN_DAYS
from desktop.domain import STEP_LABELS, StepKind
from ui.file_dialogs import SafeFileDialog, save_file_dialog
from ui.i18n import tr_domain
from ui.operations import FormErrors, Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel, day_text

if TYPE_CHECKING:
    from desktop.cases.deadline_watch import (
        DeadlineWatch,
        DeadlineWatchService,
        WatchExport,
        WatchRow,
    )

OVERDUE_BACKGROUND = QColor("#fadbd8")
OVERDUE_TEXT = QColor("#912018")
SOON_BACKGROUND = QColor("#fcebc4")
ALL = "*"  # the combo data meaning "no filter"


class DeadlineWatchDialog(QDialog):
    case_requested = Signal(object)  # uuid.UUID of the case's visit

    def __init__(self, watch: DeadlineWatchService, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watch = watch
        self._tasks = tasks
        self.report: DeadlineWatch | None = None
        self.save_dialog: SafeFileDialog | None = None
        self.last_export: WatchExport | None = None
        self.setWindowTitle(self.tr("期限监控"))
        self.setModal(False)

        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, MAX_WITHIN_DAYS)
        self.days_spin.setValue(DEFAULT_WITHIN_DAYS)
        self.days_spin.setSuffix(self.tr(" 天内到期"))
        self.days_spin.setKeyboardTracking(False)  # typing "30" loads once, not for "3"
        self.overdue_check = QCheckBox(self.tr("含已超期"))
        self.overdue_check.setChecked(True)
        self.step_combo = QComboBox()
        self.step_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(16)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for combo in (self.step_combo, self.unit_combo):
            combo.addItem(self.tr("全部"), ALL)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setAutoDefault(False)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("未来")))
        bar.addWidget(self.days_spin)
        bar.addWidget(self.overdue_check)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("当前环节")))
        bar.addWidget(self.step_combo)
        bar.addWidget(QLabel(self.tr("承办单位")))
        bar.addWidget(self.unit_combo, 1)
        bar.addWidget(self.refresh_button)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("sectionTitle")
        self.breakdown_label = QLabel()
        self.breakdown_label.setObjectName("hintLabel")
        self.breakdown_label.setWordWrap(True)

        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            self.tr("信访件编号"), self.tr("来访人"), self.tr("分类"), self.tr("当前环节"),
            self.tr("承办单位"), self.tr("期限"), self.tr("剩余天数"), self.tr("剩余工作日"),
            self.tr("状态"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("双击打开该件"))
        self.table.cellDoubleClicked.connect(self._on_double_click)

        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {"within_days": self.days_spin})
        self.status_label = QLabel()
        self.status_label.setObjectName("okHint")

        self.excel_button = QPushButton(self.tr("导出 Excel…"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.excel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.breakdown_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(1200, 640)

        self.days_spin.valueChanged.connect(self.refresh)
        self.overdue_check.toggled.connect(self.refresh)
        self.step_combo.activated.connect(self.refresh)
        self.unit_combo.activated.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.excel_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))

    # ------------------------------------------------------------------ filters

    def step_filter(self) -> StepKind | None:
        data = self.step_combo.currentData()
        return StepKind(data) if data not in (ALL, None) else None

    def unit_filter(self) -> str | None:
        data = self.unit_combo.currentData()
        return None if data in (ALL, None) else str(data)

    def select_step(self, step: StepKind | None) -> None:
        self._select(self.step_combo, step.value if step else ALL)
        self.refresh()

    def select_unit(self, unit: str | None) -> None:
        self._select(self.unit_combo, ALL if unit is None else unit)
        self.refresh()

    @staticmethod
    def _select(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        if index < 0:
            combo.addItem(data, data)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        watch, days = self._watch, self.days_spin.value()
        step, unit = self.step_filter(), self.unit_filter()
        overdue = self.overdue_check.isChecked()
        Operation(self, self._tasks, lambda: watch.watch(days, step, unit, overdue)) \
            .success(self._show) \
            .busy(self.refresh_button) \
            .key("load") \
            .errors(self.errors) \
            .run()

    def _show(self, report: DeadlineWatch) -> None:
        self.report = report
        self._fill_filters(report)
        self.table.setRowCount(len(report.rows))
        for index, row in enumerate(report.rows):
            self._fill_row(index, row)
        self.table.resizeRowsToContents()
        until = day_text(report.until)
        if report.include_overdue:
            head = self.tr("截至 {today}：{until} 前到期及已超期 {count} 件")
        else:
            head = self.tr("截至 {today}：{until} 前到期 {count} 件")
        self.counts_label.setText(
            head.format(today=day_text(report.today), until=until, count=len(report.rows))
            + self.tr("（超期 {overdue} 件，3 天内到期 {soon} 件）").format(
                overdue=report.overdue_count, soon=report.due_soon_count))
        steps = "；".join(f"{tr_domain(c.label) if c.label else '—'} {c.count}"
                         for c in report.by_step)
        units = "；".join(f"{c.unit or self.tr('本机关')} {c.count}" for c in report.by_unit)
        self.breakdown_label.setText(
            self.tr("按环节：{steps}").format(steps=steps or self.tr("无")) + "　　"
            + self.tr("按承办单位：{units}").format(units=units or self.tr("无")))

    def _fill_filters(self, report: DeadlineWatch) -> None:
        step_items = [(c.step.value, tr_domain(c.label), c.count)
                      for c in report.by_step if c.step is not None]
        unit_items = [(c.unit, c.unit or self.tr("本机关"), c.count) for c in report.by_unit]
        self._refill(self.step_combo, step_items,
                     report.step.value if report.step else ALL,
                     lambda value: tr_domain(STEP_LABELS[StepKind(value)]))
        self._refill(self.unit_combo, unit_items, ALL if report.unit is None else report.unit,
                     lambda value: value or self.tr("本机关"))

    def _refill(self, combo: QComboBox, items: list[tuple[str, str, int]], current: str,
                label_of: Callable[[str], str]) -> None:
        """The combo's items from the window's counts; the chosen filter stays chosen
        (with a count of 0 when the window has none of it)."""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全部"), ALL)
        for data, label, count in items:
            combo.addItem(self.tr("{label}（{count}）").format(label=label, count=count), data)
        if combo.findData(current) < 0:
            combo.addItem(self.tr("{label}（{count}）").format(label=label_of(current), count=0),
                          current)
        combo.setCurrentIndex(combo.findData(current))
        combo.blockSignals(False)

    def _fill_row(self, index: int, row: WatchRow) -> None:
        if row.overdue:
            days = self.tr("超期 {days} 天").format(days=-row.days_left)
        else:
            days = str(row.days_left)
        status = tr_domain(row.status_label)
        if row.estimated:
            status += self.tr("（估算）")
        texts = (
            row.case_number,
            row.masked_name or self.tr("（匿名）"),
            tr_domain(row.sort_label) if row.sort_label else "—",
            tr_domain(row.step_label) if row.step_label else "—",
            row.unit or self.tr("本机关"),
            day_text(row.due),
            days,
            str(row.working_days_left),
            status,
        )
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, row.visit_id)
            if column in (6, 7):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.overdue:
                item.setBackground(QBrush(OVERDUE_BACKGROUND))
                item.setForeground(QBrush(OVERDUE_TEXT))
            elif row.due_soon:
                item.setBackground(QBrush(SOON_BACKGROUND))
            if row.estimated and column == 8:
                item.setToolTip(self.tr("该年度节假日尚未公布，期限按周末估算"))
            self.table.setItem(index, column, item)

    def row_colour(self, index: int) -> str:
        """The background of a row as shown ("overdue", "soon" or "")."""
        item = self.table.item(index, 0)
        colour = item.background().color() if item is not None else QColor()
        if colour == OVERDUE_BACKGROUND:
            return "overdue"
        return "soon" if colour == SOON_BACKGROUND else ""

    def _on_double_click(self, index: int, _column: int) -> None:
        item = self.table.item(index, 0)
        visit_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(visit_id, uuid.UUID):
            self.case_requested.emit(visit_id)

    # ------------------------------------------------------------------ export

    def ask_export(self, kind: str) -> SafeFileDialog:
        today = self.report.today.isoformat() if self.report else ""
        name = self.tr("期限监控-{day}").format(day=today).rstrip("-")
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
        """Write the list as shown (window, overdue, filters) to `path`, in the background."""
        watch, days = self._watch, self.days_spin.value()
        step, unit = self.step_filter(), self.unit_filter()
        overdue = self.overdue_check.isChecked()
        self.status_label.clear()
        Operation(self, self._tasks, lambda: watch.export(path, days, step, unit, overdue)) \
            .success(self._exported) \
            .busy(self.excel_button, self.pdf_button) \
            .exclusive("export") \
            .errors(self.errors) \
            .run()

    def _exported(self, made: WatchExport) -> None:
        self.last_export = made
        text = self.tr("已导出 {count} 件到 {path}").format(count=made.rows, path=str(made.path))
        if made.left_out:  # a list for one unit: the 检举控告 matters stay out of it
            text += self.tr("；{count} 件检举控告事项未导出（发给承办单位的清单不含检举控告）"
                            ).format(count=made.left_out)
        self.status_label.setText(text)
