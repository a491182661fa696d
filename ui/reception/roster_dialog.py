"""领导名册 — the leaders (name, 职务, 分管领域, unit, active) and the people who sit in
(unit heads, the bureau head, lawyers). Click a row to edit it; 新增 clears the form."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.reception.domain import SIT_IN_ROLE_LABELS, SitInRole
from desktop.reception.roster import LeaderInput, SitInInput
from ui.i18n import tr_domain
from ui.operations import FormErrors, Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.reception.roster import LeaderItem, Roster, RosterService, SitInItem
    from desktop.settings.reference import ContentCategoryItem, ReferenceService


class RosterDialog(QDialog):
    def __init__(self, roster: RosterService, reference: ReferenceService, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roster = roster
        self._reference = reference
        self._tasks = tasks
        self.data: Roster | None = None
        self.leader_id: uuid.UUID | None = None
        self.person_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("领导名册"))

        self.leaders = self._table([self.tr("姓名"), self.tr("职务"), self.tr("分管领域"),
                                    self.tr("单位"), self.tr("状态")])
        self.leaders.cellClicked.connect(lambda row, _c: self._edit_leader(row))
        self.name_edit = QLineEdit()
        self.post_edit = QLineEdit()
        self.unit_edit = QLineEdit()
        self.portfolio_list = QListWidget()
        self.portfolio_list.setMaximumHeight(120)
        self.active_check = QCheckBox(self.tr("参加接访"))
        self.active_check.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name_edit)
        form.addRow(self.tr("职务"), self.post_edit)
        form.addRow(self.tr("单位"), self.unit_edit)
        form.addRow(self.tr("分管领域"), self.portfolio_list)
        form.addRow("", self.active_check)
        self.leader_error = ErrorLabel()
        self.leader_errors = FormErrors(self.leader_error, {
            "name": self.name_edit, "post": self.post_edit, "unit": self.unit_edit,
            "portfolio": self.portfolio_list})
        self.new_leader_button = QPushButton(self.tr("新增领导"))
        self.save_leader_button = QPushButton(self.tr("保存领导"))
        self.new_leader_button.clicked.connect(lambda: self._edit_leader(-1))
        self.save_leader_button.clicked.connect(self.save_leader)
        leader_box = QGroupBox(self.tr("接访领导"))
        leader_layout = QHBoxLayout(leader_box)
        leader_layout.addWidget(self.leaders, 3)
        leader_form = QVBoxLayout()
        leader_form.addLayout(form)
        leader_form.addWidget(self.leader_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_leader_button)
        buttons.addWidget(self.save_leader_button)
        leader_form.addLayout(buttons)
        leader_layout.addLayout(leader_form, 2)

        self.people = self._table([self.tr("姓名"), self.tr("身份"), self.tr("单位"),
                                   self.tr("状态")])
        self.people.cellClicked.connect(lambda row, _c: self._edit_person(row))
        self.person_name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role, label in SIT_IN_ROLE_LABELS.items():
            self.role_combo.addItem(tr_domain(label), role.value)
        self.person_unit_edit = QLineEdit()
        self.person_active_check = QCheckBox(self.tr("参加接访"))
        self.person_active_check.setChecked(True)
        person_form = QFormLayout()
        person_form.addRow(self.tr("姓名"), self.person_name_edit)
        person_form.addRow(self.tr("身份"), self.role_combo)
        person_form.addRow(self.tr("单位"), self.person_unit_edit)
        person_form.addRow("", self.person_active_check)
        self.person_error = ErrorLabel()
        self.person_errors = FormErrors(self.person_error, {
            "name": self.person_name_edit, "role": self.role_combo,
            "unit": self.person_unit_edit})
        self.new_person_button = QPushButton(self.tr("新增人员"))
        self.save_person_button = QPushButton(self.tr("保存人员"))
        self.new_person_button.clicked.connect(lambda: self._edit_person(-1))
        self.save_person_button.clicked.connect(self.save_person)
        people_box = QGroupBox(self.tr("陪同接访人员"))
        people_layout = QHBoxLayout(people_box)
        people_layout.addWidget(self.people, 3)
        people_side = QVBoxLayout()
        people_side.addLayout(person_form)
        people_side.addWidget(self.person_error)
        person_buttons = QHBoxLayout()
        person_buttons.addWidget(self.new_person_button)
        person_buttons.addWidget(self.save_person_button)
        people_side.addLayout(person_buttons)
        people_side.addStretch(1)
        people_layout.addLayout(people_side, 2)

        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(leader_box, 3)
        layout.addWidget(people_box, 2)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(1100, 680)

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def load(self) -> None:
        roster, reference = self._roster, self._reference
        Operation(self, self._tasks, lambda: (roster.roster(), reference.content_categories())) \
            .success(self._show).key("load").errors(self.leader_errors).run()

    def _show(self, loaded: tuple[Roster, list[ContentCategoryItem]]) -> None:
        self.data, categories = loaded
        if self.portfolio_list.count() == 0:
            for category in categories:
                entry = QListWidgetItem(category.name)
                entry.setData(Qt.ItemDataRole.UserRole, category.code)
                entry.setCheckState(Qt.CheckState.Unchecked)
                self.portfolio_list.addItem(entry)
        state = {True: self.tr("参加"), False: self.tr("已停用")}
        self._fill(self.leaders, [(x.name, x.post, x.portfolio_text, x.unit, state[x.active])
                                  for x in self.data.leaders])
        self._fill(self.people, [(p.name, tr_domain(p.role_label), p.unit, state[p.active])
                                 for p in self.data.sit_ins])

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))

    def _edit_leader(self, row: int) -> None:
        leader: LeaderItem | None = (self.data.leaders[row]
                                     if self.data and 0 <= row < len(self.data.leaders) else None)
        self.leader_id = leader.leader_id if leader else None
        self.name_edit.setText(leader.name if leader else "")
        self.post_edit.setText(leader.post if leader else "")
        self.unit_edit.setText(leader.unit if leader else "")
        self.active_check.setChecked(leader.active if leader else True)
        codes = set(leader.portfolio) if leader else set()
        for index in range(self.portfolio_list.count()):
            entry = self.portfolio_list.item(index)
            entry.setCheckState(Qt.CheckState.Checked
                                if entry.data(Qt.ItemDataRole.UserRole) in codes
                                else Qt.CheckState.Unchecked)
        self.name_edit.setFocus()

    def _edit_person(self, row: int) -> None:
        person: SitInItem | None = (self.data.sit_ins[row]
                                    if self.data and 0 <= row < len(self.data.sit_ins) else None)
        self.person_id = person.person_id if person else None
        self.person_name_edit.setText(person.name if person else "")
        self.role_combo.setCurrentIndex(
            self.role_combo.findData(person.role.value) if person else 0)
        self.person_unit_edit.setText(person.unit if person else "")
        self.person_active_check.setChecked(person.active if person else True)

    def save_leader(self) -> None:
        codes = tuple(
            str(self.portfolio_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.portfolio_list.count())
            if self.portfolio_list.item(i).checkState() == Qt.CheckState.Checked)
        data = LeaderInput(self.name_edit.text(), self.post_edit.text(), codes,
                           self.unit_edit.text(), self.active_check.isChecked())
        roster, leader_id = self._roster, self.leader_id
        Operation(self, self._tasks, lambda: roster.save_leader(data, leader_id)) \
            .success(lambda item: self._saved_leader(item.leader_id)) \
            .busy(self.save_leader_button).exclusive("save-leader") \
            .errors(self.leader_errors).run()

    def _saved_leader(self, leader_id: uuid.UUID) -> None:
        self.leader_id = leader_id
        self.load()

    def save_person(self) -> None:
        data = SitInInput(self.person_name_edit.text(), SitInRole(self.role_combo.currentData()),
                          self.person_unit_edit.text(), self.person_active_check.isChecked())
        roster, person_id = self._roster, self.person_id
        Operation(self, self._tasks, lambda: roster.save_sit_in(data, person_id)) \
            .success(lambda item: self._saved_person(item.person_id)) \
            .busy(self.save_person_button).exclusive("save-person") \
            .errors(self.person_errors).run()

    def _saved_person(self, person_id: uuid.UUID) -> None:
        self.person_id = person_id
        self.load()
