"""按规则排期 — a recurrence rule ("first Wednesday morning of each month, leaders in
rotation"): its dates on the official calendar are previewed (moved, skipped, conflicts)
before the sessions are saved as drafts."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.reception.domain import (
    HOLIDAY_POLICY_LABELS,
    RULE_PATTERN_LABELS,
    WEEKDAY_LABELS,
    HolidayPolicy,
    RulePattern,
)
from desktop.reception.planning import RuleInput
from desktop.reception.recurrence import Outcome
from ui.i18n import error_text, tr_domain
from ui.operations import FormErrors, Operation
from ui.reception.choices import Choices, pydate, pytime, qdate
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.reception.planning import ReceptionService, RulePreview, RuleSaved

CONFLICT_BACKGROUND = QColor("#fadbd8")
MOVED_BACKGROUND = QColor("#fcebc4")


class RuleDialog(QDialog):
    saved = Signal(object)  # RuleSaved

    def __init__(self, reception: ReceptionService, tasks: TaskRunner, choices: Choices,
                 day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reception = reception
        self._tasks = tasks
        self.preview: RulePreview | None = None
        self.setWindowTitle(self.tr("按规则排期"))

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("如 每月第一个星期三上午市领导接访"))
        self.pattern_combo = QComboBox()
        for pattern, label in RULE_PATTERN_LABELS.items():
            self.pattern_combo.addItem(tr_domain(label), pattern.value)
        self.nth_spin = QSpinBox()
        self.nth_spin.setRange(-1, 23)
        self.nth_spin.setValue(1)
        self.nth_spin.setSpecialValueText(self.tr("最后一个"))
        self.nth_spin.setPrefix(self.tr("第 "))
        self.nth_spin.setSuffix(self.tr(" 个"))
        self.weekday_combo = QComboBox()
        for index, label in enumerate(WEEKDAY_LABELS[:5]):
            self.weekday_combo.addItem(tr_domain(label), index)
        self.weekday_combo.setCurrentIndex(2)
        pattern_row = QHBoxLayout()
        for widget in (self.pattern_combo, self.nth_spin, self.weekday_combo):
            pattern_row.addWidget(widget)
        pattern_row.addStretch(1)
        self.first_edit = QDateEdit(qdate(day))
        self.last_edit = QDateEdit(qdate(day + timedelta(days=90)))
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        dates.addWidget(self.first_edit)
        dates.addWidget(self.last_edit)
        dates.addStretch(1)
        self.start_edit = QTimeEdit(QTime(9, 0))
        self.end_edit = QTimeEdit(QTime(11, 30))
        for time_edit in (self.start_edit, self.end_edit):
            time_edit.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(self.end_edit)
        times.addStretch(1)
        self.leader_list = QListWidget()
        self.leader_list.setMaximumHeight(96)
        for leader in choices.roster.leaders:
            entry = QListWidgetItem(f"{leader.name}（{leader.post}）")
            entry.setData(Qt.ItemDataRole.UserRole, leader.leader_id)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.leader_list.addItem(entry)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("如 接访室一"))
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(1, 200)
        self.capacity_spin.setValue(10)
        self.capacity_spin.setSuffix(self.tr(" 人"))
        self.policy_combo = QComboBox()
        for policy, label in HOLIDAY_POLICY_LABELS.items():
            self.policy_combo.addItem(tr_domain(label), policy.value)
        self.makeup_check = QCheckBox(self.tr("调休上班的周末也算工作日"))

        form = QFormLayout()
        form.addRow(self.tr("名称"), self.title_edit)
        form.addRow(self.tr("重复"), pattern_row)
        form.addRow(self.tr("期间"), dates)
        form.addRow(self.tr("时间"), times)
        form.addRow(self.tr("接访领导（按顺序轮流）"), self.leader_list)
        form.addRow(self.tr("地点"), self.place_edit)
        form.addRow(self.tr("可预约"), self.capacity_spin)
        form.addRow(self.tr("遇节假日"), self.policy_combo)
        form.addRow("", self.makeup_check)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("规则日期"), self.tr("接访日期"),
                                              self.tr("接访领导"), self.tr("说明")])
        self.table.verticalHeader().setVisible(False)
        # The dates and names take what they need; the note (moved, skipped, a conflict)
        # gets the rest of the width rather than wrapping in a quarter of it.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {
            "title": self.title_edit, "pattern": self.pattern_combo, "nth": self.nth_spin,
            "weekday": self.weekday_combo, "first_day": self.first_edit,
            "last_day": self.last_edit, "end": self.end_edit, "leader_ids": self.leader_list,
            "place": self.place_edit, "capacity": self.capacity_spin,
        })
        self.preview_button = QPushButton(self.tr("预览日期"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存为草稿"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.preview_button.clicked.connect(self.run_preview)

        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(self.error_label)
        right.addWidget(buttons)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.resize(1100, 560)

    def value(self) -> RuleInput:
        leaders: list[uuid.UUID] = []
        for row in range(self.leader_list.count()):
            entry = self.leader_list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                leaders.append(entry.data(Qt.ItemDataRole.UserRole))
        pattern = RulePattern(self.pattern_combo.currentData())
        return RuleInput(
            title=self.title_edit.text(), pattern=pattern,
            first_day=pydate(self.first_edit.date()), last_day=pydate(self.last_edit.date()),
            leader_ids=tuple(leaders), start=pytime(self.start_edit.time()),
            end=pytime(self.end_edit.time()),
            weekday=None if pattern is RulePattern.MONTHLY_WORKING_DAY
            else int(self.weekday_combo.currentData()),
            nth=None if pattern is RulePattern.WEEKLY else self.nth_spin.value(),
            holiday_policy=HolidayPolicy(self.policy_combo.currentData()),
            makeup_days=self.makeup_check.isChecked(), place=self.place_edit.text(),
            capacity=self.capacity_spin.value())

    def run_preview(self) -> None:
        data, reception = self.value(), self._reception
        Operation(self, self._tasks, lambda: reception.preview_rule(data)) \
            .success(self._show_preview).busy(self.preview_button).key("preview") \
            .errors(self.errors).run()

    def _show_preview(self, preview: RulePreview) -> None:
        self.preview = preview
        self.table.setRowCount(len(preview.dates))
        notes = {Outcome.HELD: "", Outcome.MOVED: self.tr("遇节假日顺延"),
                 Outcome.SKIPPED: self.tr("遇节假日，当次不安排"),
                 Outcome.MERGED: self.tr("顺延日已有本规则的接访，并入")}
        for row, planned in enumerate(preview.dates):
            note = notes[planned.outcome]
            if planned.conflict is not None:
                note = error_text(planned.conflict)
            elif planned.estimated:
                note = (note + " " if note else "") + self.tr("（该年节假日未公布，按周末估算）")
            texts = (planned.planned.isoformat(),
                     planned.day.isoformat() if planned.day else "—",
                     planned.leader_name or "—", note)
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if planned.conflict is not None:
                    cell.setBackground(QBrush(CONFLICT_BACKGROUND))
                elif planned.outcome is not Outcome.HELD:
                    cell.setBackground(QBrush(MOVED_BACKGROUND))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def save(self) -> None:
        data, reception = self.value(), self._reception
        Operation(self, self._tasks, lambda: reception.save_rule(data)) \
            .success(self._saved).busy(self.save_button).exclusive("save") \
            .errors(self.errors).run()

    def _saved(self, saved: RuleSaved) -> None:
        self._show_preview(saved.preview)
        self.saved.emit(saved)
        self.accept()
