"""承办单位: the directory of units matters are transferred to and the bodies legal channels
name. Add, correct, order, switch off and on — never delete (old cases point at units).
Each button is one service call and a fresh read of the list (UnitsAdminService)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.units import UnitItem
from desktop.domain import UNIT_KIND_LABELS, UnitKind
from desktop.settings.units_admin import (
    MAX_ADDRESS_LENGTH,
    MAX_CODE_LENGTH,
    MAX_NAME_LENGTH,
    MAX_PHONE_LENGTH,
    UnitInput,
    UnitsAdminService,
)
from ui.hub import SETTINGS
from ui.settings.widgets import CODE_ROLE, INACTIVE_BRUSH, Feedback, hint, make_table, operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback


class UnitsPage(QWidget):
    def __init__(self, service: UnitsAdminService, tasks: TaskRunner,
                 report_error: ErrorCallback | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._report_error = report_error
        self._items: list[UnitItem] = []

        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "转送/交办时可选的承办单位，以及依法分类处理告知书上写明的受理机关。"
            "单位不能删除（已登记的事项仍指向它），不再使用的请停用。修改点按钮后立即保存。")))
        self.table = make_table([self.tr("代码"), self.tr("名称"), self.tr("类别"),
                                 self.tr("地址"), self.tr("电话"), self.tr("状态")], 1)
        self.table.setMinimumHeight(240)
        self.table.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(self.table, 1)

        order = QHBoxLayout()
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.toggle_button = QPushButton(self.tr("停用"))
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        order.addWidget(self.toggle_button)
        layout.addLayout(order)

        box = QGroupBox(self.tr("单位信息"))
        form = QGridLayout(box)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(MAX_CODE_LENGTH)
        self.code_edit.setPlaceholderText(self.tr("如 HK-YJJ"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH + 1)
        self.name_edit.setPlaceholderText(self.tr("如 海口市应急管理局"))
        self.kind_combo = QComboBox()
        for kind in UnitKind:
            self.kind_combo.addItem(QCoreApplication.translate("Domain", UNIT_KIND_LABELS[kind]),
                                    kind.value)
        self.address_edit = QLineEdit()
        self.address_edit.setMaxLength(MAX_ADDRESS_LENGTH + 1)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(MAX_PHONE_LENGTH + 1)
        self.phone_edit.setPlaceholderText(self.tr("如 0898-66668888"))
        form.addWidget(QLabel(self.tr("代码")), 0, 0)
        form.addWidget(self.code_edit, 0, 1)
        form.addWidget(QLabel(self.tr("名称")), 0, 2)
        form.addWidget(self.name_edit, 0, 3)
        form.addWidget(QLabel(self.tr("类别")), 0, 4)
        form.addWidget(self.kind_combo, 0, 5)
        form.addWidget(QLabel(self.tr("地址")), 1, 0)
        form.addWidget(self.address_edit, 1, 1, 1, 3)
        form.addWidget(QLabel(self.tr("电话")), 1, 4)
        form.addWidget(self.phone_edit, 1, 5)
        form.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("清空（新单位）"))
        self.add_button = QPushButton(self.tr("新增"))
        self.update_button = QPushButton(self.tr("保存修改"))
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.update_button)
        form.addLayout(buttons, 2, 0, 1, 6)
        layout.addWidget(box)

        self.feedback = Feedback()
        layout.addWidget(self.feedback)

        self.new_button.clicked.connect(self.clear_form)
        self.add_button.clicked.connect(self.add)
        self.update_button.clicked.connect(self.save_changes)
        self.toggle_button.clicked.connect(self.toggle)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self._update_buttons()

    # ------------------------------------------------------------------ list

    def load(self) -> None:
        service = self._service
        operation(self, self._tasks, service.all_units, self._report_error) \
            .success(self.set_items) \
            .errors(self.feedback) \
            .key("load") \
            .run()

    def set_items(self, items: list[UnitItem], select: str | None = None) -> None:
        self._items = list(items)
        current = select or self.selected_code()
        table = self.table
        table.blockSignals(True)
        try:
            table.setRowCount(len(items))
            for row, item in enumerate(items):
                texts = (item.code, item.name,
                         QCoreApplication.translate("Domain", UNIT_KIND_LABELS[item.kind]),
                         item.address, item.phone,
                         self.tr("使用中") if item.active else self.tr("已停用"))
                for column, text in enumerate(texts):
                    cell = QTableWidgetItem(text)
                    cell.setData(CODE_ROLE, item.code)
                    if not item.active:
                        cell.setForeground(INACTIVE_BRUSH)
                    table.setItem(row, column, cell)
            table.clearSelection()
            for row, item in enumerate(items):
                if item.code == current:
                    table.selectRow(row)
                    table.scrollTo(table.model().index(row, 0))
        finally:
            table.blockSignals(False)
        self._on_selection()

    def selected_code(self) -> str | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), 0)
        value = cell.data(CODE_ROLE) if cell is not None else None
        return str(value) if value is not None else None

    def selected(self) -> UnitItem | None:
        code = self.selected_code()
        return next((item for item in self._items if item.code == code), None)

    def select_code(self, code: str) -> None:
        self.set_items(self._items, select=code)

    def _on_selection(self) -> None:
        item = self.selected()
        if item is not None:
            self.code_edit.setText(item.code)
            self.name_edit.setText(item.name)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind.value))
            self.address_edit.setText(item.address)
            self.phone_edit.setText(item.phone)
        self.code_edit.setReadOnly(item is not None)  # the code stays: cases point at it
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.selected()
        index = self._items.index(item) if item is not None else -1
        self.update_button.setEnabled(item is not None)
        self.add_button.setEnabled(item is None)
        self.toggle_button.setEnabled(item is not None)
        self.toggle_button.setText(self.tr("启用") if item is not None and not item.active
                                   else self.tr("停用"))
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(self._items) - 1)

    def clear_form(self) -> None:
        self.table.clearSelection()
        for edit in (self.code_edit, self.name_edit, self.address_edit, self.phone_edit):
            edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.code_edit.setReadOnly(False)
        self.code_edit.setFocus()
        self._update_buttons()

    def _form(self) -> UnitInput:
        return UnitInput(self.code_edit.text(), self.name_edit.text(),
                         UnitKind(str(self.kind_combo.currentData())),
                         self.address_edit.text(), self.phone_edit.text())

    # ------------------------------------------------------------------ actions

    def _run(self, call: Callable[[], Any], done: Callable[[Any, list[UnitItem]], None]
             ) -> None:
        """`call`, then the list read again (both off the GUI thread); one at a time."""
        service = self._service
        self.feedback.set_fields({"code": self.code_edit, "name": self.name_edit,
                                  "kind": self.kind_combo, "address": self.address_edit,
                                  "phone": self.phone_edit, "active": self.toggle_button})
        operation(self, self._tasks, lambda: (call(), service.all_units()),
                  self._report_error) \
            .success(lambda result: done(*result)) \
            .busy(self.add_button, self.update_button, self.toggle_button, self.up_button,
                  self.down_button) \
            .exclusive("edit") \
            .errors(self.feedback) \
            .announces(SETTINGS) \
            .run()

    def add(self) -> None:
        data = self._form()

        def done(item: UnitItem, items: list[UnitItem]) -> None:
            self.set_items(items, select=item.code)
            self.feedback.ok(self.tr("已新增承办单位“{name}”（代码 {code}）").format(
                name=item.name, code=item.code))

        self._run(lambda: self._service.add_unit(data), done)

    def save_changes(self) -> None:
        item = self.selected()
        if item is None:
            return
        form = self._form()
        data = UnitInput(item.code, form.name, form.kind, form.address, form.phone)

        def done(saved: UnitItem, items: list[UnitItem]) -> None:
            self.set_items(items, select=saved.code)
            self.feedback.ok(self.tr("已保存“{name}”的修改").format(name=saved.name))

        self._run(lambda: self._service.update_unit(data), done)

    def toggle(self) -> None:
        item = self.selected()
        if item is None:
            return
        active = not item.active

        def done(changed: UnitItem, items: list[UnitItem]) -> None:
            self.set_items(items, select=changed.code)
            self.feedback.ok(
                (self.tr("已启用“{name}”，转送时可以选择") if active
                 else self.tr("已停用“{name}”，转送时不再列出；已登记的事项不受影响"))
                .format(name=changed.name))

        self._run(lambda: self._service.set_unit_active(item.code, active), done)

    def move_selected(self, offset: int) -> None:
        item = self.selected()
        if item is None:
            return

        def done(_moved: list[UnitItem], items: list[UnitItem]) -> None:
            self.set_items(items, select=item.code)

        self._run(lambda: self._service.move_unit(item.code, offset), done)
