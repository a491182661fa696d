"""新建/修改接访 — one session: day, times, kind, leader, place (an area for 下访),
sit-in people, topics, capacity (visitors, or slots of M minutes), and the rest-day
confirmation. Saved through ReceptionService; a refusal is shown at its field."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.reception.checks import MAX_CAPACITY, MAX_SLOT_MINUTES, SessionInput
from desktop.reception.domain import SESSION_KIND_LABELS, SessionHasBookings, SessionKind
from ui.i18n import error_text, tr_domain
from ui.operations import FormErrors, Operation
from ui.reception.choices import Choices, fill_areas, fill_leaders, pydate, pytime, qdate
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.reception.planning import ReceptionService
    from desktop.reception.views import SessionItem


class SessionDialog(QDialog):
    saved = Signal(object)  # SessionItem
    has_bookings = Signal(object)  # SessionItem: a move refused until its bookings are settled

    def __init__(self, reception: ReceptionService, tasks: TaskRunner, choices: Choices,
                 day: date, item: SessionItem | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reception = reception
        self._tasks = tasks
        self._item = item
        self.setWindowTitle(self.tr("修改接访") if item else self.tr("新建接访"))

        self.day_edit = QDateEdit(qdate(day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit = QTimeEdit(QTime(9, 0))
        self.end_edit = QTimeEdit(QTime(11, 30))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(self.end_edit)
        times.addStretch(1)
        self.kind_combo = QComboBox()
        for kind, label in SESSION_KIND_LABELS.items():
            self.kind_combo.addItem(tr_domain(label), kind.value)
        self.leader_combo = QComboBox()
        fill_leaders(self.leader_combo, choices)
        self.area_combo = QComboBox()
        fill_areas(self.area_combo, choices)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr(
            "如 接访室一；不填为来访接待中心（下访为所选地区）"))
        self.sit_in_list = QListWidget()
        self.sit_in_list.setMaximumHeight(90)
        for person in choices.roster.sit_ins:
            entry = QListWidgetItem(f"{person.name}（{tr_domain(person.role_label)}）")
            entry.setData(Qt.ItemDataRole.UserRole, person.person_id)
            entry.setCheckState(_checked(item is not None and person.person_id in {
                p.person_id for p in item.sit_ins}))
            self.sit_in_list.addItem(entry)
        self.topics_edit = QPlainTextEdit()
        self.topics_edit.setMaximumHeight(60)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, MAX_CAPACITY)
        self.capacity_spin.setValue(10)
        self.capacity_spin.setSuffix(self.tr(" 人"))
        self.slot_spin = QSpinBox()
        self.slot_spin.setRange(0, MAX_SLOT_MINUTES)
        self.slot_spin.setSpecialValueText(self.tr("不分时段"))
        self.slot_spin.setSuffix(self.tr(" 分钟一个时段"))
        capacity = QHBoxLayout()
        capacity.addWidget(self.capacity_spin)
        capacity.addWidget(self.slot_spin)
        capacity.addStretch(1)
        self.rest_day_check = QCheckBox(self.tr("确认在休息日接访"))

        form = QFormLayout()
        form.addRow(self.tr("日期"), self.day_edit)
        form.addRow(self.tr("时间"), times)
        form.addRow(self.tr("方式"), self.kind_combo)
        form.addRow(self.tr("接访领导"), self.leader_combo)
        form.addRow(self.tr("下访地区"), self.area_combo)
        form.addRow(self.tr("地点"), self.place_edit)
        form.addRow(self.tr("陪同接访"), self.sit_in_list)
        form.addRow(self.tr("接访主题"), self.topics_edit)
        form.addRow(self.tr("可预约"), capacity)
        form.addRow("", self.rest_day_check)

        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {
            "day": self.day_edit, "end": self.end_edit, "kind": self.kind_combo,
            "leader_id": self.leader_combo, "area_code": self.area_combo,
            "place": self.place_edit, "topics": self.topics_edit,
            "capacity": self.capacity_spin, "slot_minutes": self.slot_spin,
            "sit_in_ids": self.sit_in_list,
        })
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 600)
        if item is not None:
            self._show_item(item)

    def _show_item(self, item: SessionItem) -> None:
        self.day_edit.setDate(qdate(item.day))
        self.start_edit.setTime(QTime(item.start.hour, item.start.minute))
        self.end_edit.setTime(QTime(item.end.hour, item.end.minute))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind.value))
        index = self.leader_combo.findData(item.leader_id)
        if index < 0:  # a leader switched off since: still shown on their session
            self.leader_combo.addItem(f"{item.leader_name}（{item.leader_post}）", item.leader_id)
            index = self.leader_combo.count() - 1
        self.leader_combo.setCurrentIndex(index)
        if item.area_code:
            self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(item.area_code)))
        self.place_edit.setText(item.place)
        self.topics_edit.setPlainText(item.topics)
        if item.slot_minutes:
            self.slot_spin.setValue(item.slot_minutes)
        else:
            self.capacity_spin.setValue(item.capacity)
        self.rest_day_check.setChecked(item.on_rest_day)

    def value(self) -> SessionInput:
        sit_ins = []
        for row in range(self.sit_in_list.count()):
            entry = self.sit_in_list.item(row)
            if entry.checkState() == _checked(True):
                sit_ins.append(entry.data(Qt.ItemDataRole.UserRole))
        leader = self.leader_combo.currentData()
        slot = self.slot_spin.value() or None
        return SessionInput(
            day=pydate(self.day_edit.date()), start=pytime(self.start_edit.time()),
            end=pytime(self.end_edit.time()), kind=SessionKind(self.kind_combo.currentData()),
            leader_id=leader if isinstance(leader, uuid.UUID) else None,
            place=self.place_edit.text(), area_code=self.area_combo.currentData(),
            sit_in_ids=tuple(sit_ins), topics=self.topics_edit.toPlainText(),
            capacity=None if slot else self.capacity_spin.value(), slot_minutes=slot,
            confirm_rest_day=self.rest_day_check.isChecked())

    def save(self) -> None:
        data, reception, item = self.value(), self._reception, self._item
        if item is None:
            job = lambda: reception.create_session(data)  # noqa: E731
        else:
            job = lambda: reception.update_session(item.session_id, data)  # noqa: E731
        Operation(self, self._tasks, job).success(self._saved).failure(self._save_failed) \
            .busy(self.save_button).exclusive("save").errors(self.errors).run()

    def _save_failed(self, error: BaseException) -> bool:
        """A published session's day, time or place changed while it holds bookings: the
        page opens 处理预约 and saves again once they are settled."""
        if not isinstance(error, SessionHasBookings) or self._item is None:
            return False
        self.error_label.setText(error_text(error))
        self.has_bookings.emit(self._item)
        return True

    def _saved(self, item: SessionItem) -> None:
        self.saved.emit(item)
        self.accept()


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
