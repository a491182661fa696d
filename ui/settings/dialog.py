"""系统设置: the centre's name and notices, the time limits, calling and the windows,
内容分类 and 问题属地.

All of it lives in the database and is shared by every terminal (unlike 打印设置, which
is this terminal's config file). Every load and save goes through the TaskRunner. A value
the service refuses is shown in red on the page it belongs to, with the cursor on the
field; nothing typed is lost.

中心信息, 时限 and the 叫号 options are saved together with 保存设置; the lists (windows,
categories, areas) are changed one action at a time and take effect at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import CATEGORIES, TicketCategory
from desktop.i18n import UserError
from desktop.queue.calling_settings import (
    MAX_RECALL_LIMIT,
    CallingSettings,
    CallingSettingsService,
)
from desktop.queue.windows import WindowInfo, WindowService
from desktop.settings.reference import (
    MAX_ADDRESS_LENGTH,
    MAX_CENTRE_NAME_LENGTH,
    MAX_CODE_LENGTH,
    MAX_DAYS,
    MAX_NAME_LENGTH,
    MAX_PHONE_LENGTH,
    MIN_DAYS,
    AreaItem,
    CentreSettings,
    ContentCategoryItem,
    ReferenceService,
)
from ui.i18n import error_text, tr_domain
from ui.tasks import TaskRunner
from ui.widgets import (
    STYLE_SHEET,
    ErrorCallback,
    ErrorLabel,
    ask_to_discard,
    message_for,
    report_unexpected,
    set_invalid,
)

CODE_ROLE = Qt.ItemDataRole.UserRole
INACTIVE_BRUSH = QBrush(QColor("#98a2b3"))
MAX_WINDOW_NUMBER = 999
MAX_WINDOW_NAME_LENGTH = 32
NOTICE_LINES = 3


@dataclass(frozen=True)
class SettingsData:
    """Everything the dialog shows, read in one background call."""

    centre: CentreSettings
    defaults: CentreSettings
    calling: CallingSettings
    windows: list[WindowInfo]
    categories: list[ContentCategoryItem]
    areas: list[AreaItem]


class Feedback(QWidget):
    """The red line (what is wrong) or the green line (what was done) under a page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.error_label = ErrorLabel()
        self.ok_label = QLabel()
        self.ok_label.setObjectName("okHint")
        self.ok_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        layout.addWidget(self.ok_label)
        self._invalid: list[QWidget] = []

    def error(self, text: str, widget: QWidget | None = None) -> None:
        self.clear()
        self.error_label.show_error(text)
        if widget is None:
            return
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            set_invalid(widget, True)
            self._invalid.append(widget)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def ok(self, text: str) -> None:
        self.clear()
        self.ok_label.setText(text)

    def clear(self) -> None:
        self.error_label.clear_error()
        self.ok_label.setText("")
        for widget in self._invalid:
            set_invalid(widget, False)
        self._invalid.clear()

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    return label


def _table(headers: list[str], stretch: int) -> QTableWidget:
    """A read-only list; column `stretch` takes the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class _TaskPage(QWidget):
    """A page whose buttons each run one service call and then re-read its list."""

    def __init__(self, tasks: TaskRunner, report_error: ErrorCallback | None) -> None:
        super().__init__()
        self._tasks = tasks
        self._report_error = report_error
        self._busy = False
        self.feedback = Feedback()

    def _run(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
             field_widgets: dict[str, QWidget]) -> None:
        if self._busy:
            return
        self._busy = True
        self._update_buttons()
        self.feedback.clear()

        def done(result: Any) -> None:
            self._busy = False
            on_success(result)
            self._update_buttons()

        def failed(error: BaseException) -> None:
            self._busy = False
            self._update_buttons()
            if isinstance(error, UserError):
                self.feedback.error(error_text(error), field_widgets.get(error.field or ""))
            else:
                report_unexpected(error, self._report_error)
                self.feedback.error(message_for(error))

        self._tasks.run(fn, done, failed)

    def _update_buttons(self) -> None:
        raise NotImplementedError


class _ListPage(_TaskPage):
    """A reference list (内容分类, 问题属地): the list, a 新增 box under it, then 改名 and
    停用/启用 for the selected entry.

    A subclass makes the list view and lays out the 新增 box (from `code_edit`,
    `name_edit` and `add_button`, made here), then calls `_build`; it fills the list
    (`set_items`), says which entry is selected and which service calls to make."""

    def __init__(self, reference: ReferenceService, tasks: TaskRunner,
                 report_error: ErrorCallback | None) -> None:
        super().__init__(tasks, report_error)
        self._reference = reference
        self._items: list[Any] = []
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.add_button = QPushButton(self.tr("新增"))
        self.rename_edit = QLineEdit()
        self.rename_edit.setMaxLength(MAX_NAME_LENGTH)
        self.rename_button = QPushButton(self.tr("改名"))
        self.toggle_button = QPushButton(self.tr("停用"))

    def _build(self, hint: str, view: QTableWidget | QTreeWidget, add_box: QGroupBox,
               edit_title: str) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(_hint(hint))
        view.setMinimumHeight(260)
        view.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(view, 1)
        layout.addWidget(add_box)

        edit_box = QGroupBox(edit_title)
        edit_row = QHBoxLayout(edit_box)
        edit_row.addWidget(QLabel(self.tr("新名称")))
        edit_row.addWidget(self.rename_edit, 1)
        edit_row.addWidget(self.rename_button)
        edit_row.addWidget(self.toggle_button)
        layout.addWidget(edit_box)
        layout.addWidget(self.feedback)

        self.code_edit.returnPressed.connect(self.name_edit.setFocus)
        self.name_edit.returnPressed.connect(self.add)
        self.rename_edit.returnPressed.connect(self.rename)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.toggle_button.clicked.connect(self.toggle)
        self._update_buttons()

    # ------------------------------------------------------------------ hooks

    def set_items(self, items: list[Any], select: str | None = None) -> None:
        raise NotImplementedError

    def selected_code(self) -> str | None:
        raise NotImplementedError

    def _all_items(self) -> Callable[[], list[Any]]:
        """The service call that reads the whole list again."""
        raise NotImplementedError

    def _add_call(self, code: str, name: str) -> Callable[[], Any]:
        raise NotImplementedError

    def _rename_call(self, code: str, name: str) -> Callable[[], Any]:
        raise NotImplementedError

    def _set_active_call(self, code: str, active: bool) -> Callable[[], Any]:
        raise NotImplementedError

    def _added_text(self, item: Any) -> str:
        raise NotImplementedError

    def _add_fields(self) -> dict[str, QWidget]:
        """The widgets to put the cursor in when the service refuses a field of 新增."""
        return {"code": self.code_edit, "name": self.name_edit}

    def _toggled_text(self, item: Any, active: bool, changed: Any) -> str:
        """What 停用/启用 of `item` did; `changed` is what the service call returned."""
        text = (self.tr("已启用“{name}”，登记时可以选择") if active
                else self.tr("已停用“{name}”，登记时不再列出"))
        return text.format(name=item.name)

    def _on_selected(self, item: Any) -> None:
        """The selection changed to `item` (None: nothing selected)."""

    def _show(self, items: list[Any], code: str) -> None:
        """Show the list as re-read after an action on the entry `code`."""
        self.set_items(items, select=code)

    # ------------------------------------------------------------------ shared

    def _status(self, item: Any) -> str:
        return self.tr("使用中") if item.active else self.tr("已停用")

    def selected(self) -> Any:
        code = self.selected_code()
        return next((item for item in self._items if item.code == code), None)

    def _on_selection(self) -> None:
        item = self.selected()
        self.rename_edit.setText(item.name if item else "")
        self._on_selected(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.selected()
        self.add_button.setEnabled(not self._busy)
        self.rename_button.setEnabled(item is not None and not self._busy)
        self.rename_edit.setEnabled(item is not None)
        self.toggle_button.setEnabled(item is not None and not self._busy)
        self.toggle_button.setText(
            self.tr("启用") if item is not None and not item.active else self.tr("停用")
        )

    def _run_and_reread(self, call: Callable[[], Any], on_success: Callable[[Any], None],
                        field_widgets: dict[str, QWidget]) -> None:
        """Run `call`, then read the list again (both off the GUI thread); `on_success`
        gets what `call` returned and the new list."""
        all_items = self._all_items()
        self._run(lambda: (call(), all_items()), on_success, field_widgets)

    def add(self) -> None:
        code, name = self.code_edit.text(), self.name_edit.text()

        def done(result: tuple[Any, list[Any]]) -> None:
            item, items = result
            self._show(items, item.code)
            self.code_edit.clear()
            self.name_edit.clear()
            self.feedback.ok(self._added_text(item))
            self.code_edit.setFocus()

        self._run_and_reread(self._add_call(code, name), done, self._add_fields())

    def rename(self) -> None:
        item = self.selected()
        if item is None:
            return

        def done(result: tuple[Any, list[Any]]) -> None:
            renamed, items = result
            self._show(items, renamed.code)
            self.feedback.ok(self.tr("已改名为“{name}”").format(name=renamed.name))

        self._run_and_reread(self._rename_call(item.code, self.rename_edit.text()), done,
                             {"name": self.rename_edit})

    def toggle(self) -> None:
        item = self.selected()
        if item is None:
            return
        active = not item.active

        def done(result: tuple[Any, list[Any]]) -> None:
            changed, items = result
            self._show(items, item.code)
            self.feedback.ok(self._toggled_text(item, active, changed))

        self._run_and_reread(self._set_active_call(item.code, active), done,
                             {"name": self.rename_edit, "active": self.toggle_button})


class CategoryPage(_ListPage):
    """内容分类: a table with 新增 · 改名 · 停用/启用."""

    _items: list[ContentCategoryItem]

    def __init__(self, reference: ReferenceService, tasks: TaskRunner,
                 report_error: ErrorCallback | None = None) -> None:
        super().__init__(reference, tasks, report_error)
        self.table = _table([self.tr("代码"), self.tr("名称"), self.tr("状态")], 1)

        add_box = QGroupBox(self.tr("新增分类"))
        add_row = QHBoxLayout(add_box)
        self.code_edit.setMaxLength(MAX_CODE_LENGTH)
        self.code_edit.setPlaceholderText(self.tr("如 18"))
        self.code_edit.setMaximumWidth(120)
        self.name_edit.setPlaceholderText(self.tr("如 应急管理"))
        add_row.addWidget(QLabel(self.tr("代码")))
        add_row.addWidget(self.code_edit)
        add_row.addWidget(QLabel(self.tr("名称")))
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)

        self._build(self.tr(
            "登记时可选的内容分类。停用的分类不再出现在登记表中，已登记的事项不受影响。"
            "这一页的修改点按钮后立即保存；各终端的登记表在程序重新打开后显示新的列表。"
        ), self.table, add_box, self.tr("选中的分类"))

    def set_items(self, items: list[ContentCategoryItem], select: str | None = None) -> None:
        self._items = items
        current = select or self.selected_code()
        table = self.table
        table.blockSignals(True)
        try:
            table.setRowCount(len(items))
            for row, item in enumerate(items):
                for column, text in enumerate((item.code, item.name, self._status(item))):
                    cell = QTableWidgetItem(text)
                    cell.setData(CODE_ROLE, item.code)
                    if not item.active:
                        cell.setForeground(INACTIVE_BRUSH)
                    table.setItem(row, column, cell)
            table.clearSelection()
            for row, item in enumerate(items):
                if item.code == current:
                    table.selectRow(row)
                    table.scrollToItem(table.item(row, 0))
        finally:
            table.blockSignals(False)
        self._on_selection()

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        value = self.table.item(rows[0].row(), 0).data(CODE_ROLE)
        return str(value) if value is not None else None

    def select_code(self, code: str) -> None:
        self.set_items(self._items, select=code)

    def _all_items(self) -> Callable[[], list[ContentCategoryItem]]:
        return self._reference.all_content_categories

    def _add_call(self, code: str, name: str) -> Callable[[], ContentCategoryItem]:
        return partial(self._reference.add_content_category, code, name)

    def _rename_call(self, code: str, name: str) -> Callable[[], ContentCategoryItem]:
        return partial(self._reference.rename_content_category, code, name)

    def _set_active_call(self, code: str, active: bool) -> Callable[[], ContentCategoryItem]:
        return partial(self._reference.set_content_category_active, code, active)

    def _added_text(self, item: ContentCategoryItem) -> str:
        return self.tr("已新增内容分类“{name}”（代码 {code}）").format(
            name=item.name, code=item.code)


class AreaPage(_ListPage):
    """问题属地: a tree (province › city › district › town) with 新增 · 改名 · 停用/启用."""

    _items: list[AreaItem]

    def __init__(self, reference: ReferenceService, tasks: TaskRunner,
                 report_error: ErrorCallback | None = None) -> None:
        super().__init__(reference, tasks, report_error)
        self._tree_items: dict[str, QTreeWidgetItem] = {}
        self._keep_parent = False
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("名称"), self.tr("代码"), self.tr("状态")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("中") * 16)
        header.setStretchLastSection(True)

        add_box = QGroupBox(self.tr("新增属地"))
        add_grid = QGridLayout(add_box)
        self.parent_combo = QComboBox()
        self.parent_combo.setMinimumContentsLength(16)
        self.code_edit.setMaxLength(12)
        self.code_edit.setPlaceholderText(self.tr("如 460108104"))
        self.code_edit.setMinimumWidth(self.code_edit.fontMetrics().horizontalAdvance("0" * 14))
        self.name_edit.setPlaceholderText(self.tr("乡镇、街道或区县的名称"))
        add_grid.addWidget(QLabel(self.tr("上级")), 0, 0)
        add_grid.addWidget(self.parent_combo, 0, 1, 1, 4)
        add_grid.addWidget(QLabel(self.tr("代码")), 1, 0)
        add_grid.addWidget(self.code_edit, 1, 1)
        add_grid.addWidget(QLabel(self.tr("名称")), 1, 2)
        add_grid.addWidget(self.name_edit, 1, 3)
        add_grid.addWidget(self.add_button, 1, 4)
        add_grid.setColumnStretch(3, 1)

        self._build(self.tr(
            "登记时可选的问题属地。停用一个区县会同时停用它下面的乡镇街道；已登记的事项不受影响。"
            "这一页的修改点按钮后立即保存；各终端的登记表在程序重新打开后显示新的列表。"
        ), self.tree, add_box, self.tr("选中的属地"))

    def set_items(self, items: list[AreaItem], select: str | None = None) -> None:
        self._items = items
        current = select or self.selected_code()
        parent_choice = self.parent_combo.currentData()
        tree = self.tree
        tree.blockSignals(True)
        try:
            tree.clear()
            self._tree_items = {}
            for item in items:
                above = self._tree_items.get(item.parent_code or "")
                node = QTreeWidgetItem([item.name, item.code, self._status(item)])
                node.setData(0, CODE_ROLE, item.code)
                if not item.active:
                    for column in range(3):
                        node.setForeground(column, INACTIVE_BRUSH)
                if above is not None:
                    above.addChild(node)
                else:
                    tree.addTopLevelItem(node)
                self._tree_items[item.code] = node
            # Districts open, towns folded: the tree fits and a district shows its towns
            # with one click.
            for item in items:
                self._tree_items[item.code].setExpanded(item.level < 3)
            if current in self._tree_items:
                node = self._tree_items[current]
                node.setSelected(True)
                tree.setCurrentItem(node)
                tree.scrollToItem(node)
        finally:
            tree.blockSignals(False)
        self._fill_parents(parent_choice)
        self._on_selection()

    def _fill_parents(self, choice: object) -> None:
        combo = self.parent_combo
        combo.clear()
        combo.addItem(self.tr("（无上级：新增省级属地）"), "")
        by_code = {item.code: item for item in self._items}

        def depth(item: AreaItem) -> int:
            level, seen = 0, item
            while seen.parent_code in by_code:
                seen = by_code[seen.parent_code or ""]
                level += 1
            return level

        # In tree order, so the list reads like the tree above it.
        for code in self._tree_order():
            item = by_code[code]
            if item.active:
                combo.addItem("\u3000" * depth(item) + f"{item.name}  {item.code}", item.code)
        combo.setCurrentIndex(max(0, combo.findData(choice)))

    def _tree_order(self) -> list[str]:
        order: list[str] = []

        def walk(node: QTreeWidgetItem) -> None:
            order.append(str(node.data(0, CODE_ROLE)))
            for index in range(node.childCount()):
                walk(node.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return order

    def selected_code(self) -> str | None:
        nodes = self.tree.selectedItems()
        return str(nodes[0].data(0, CODE_ROLE)) if nodes else None

    def select_code(self, code: str) -> None:
        node = self._tree_items.get(code)
        if node is not None:
            self.tree.clearSelection()
            node.setSelected(True)
            self.tree.setCurrentItem(node)
            self.tree.scrollToItem(node)

    def _on_selected(self, item: AreaItem | None) -> None:
        # Picking an area makes it the parent of the next one added (select 秀英区, then
        # type a town's code and name).
        if item is not None and item.active and not self._keep_parent:
            self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(item.code)))

    def _show(self, items: list[AreaItem], code: str) -> None:
        # The parent stays as it is: after 新增, add the next town under the same one.
        self._keep_parent = True
        try:
            self.set_items(items, select=code)
        finally:
            self._keep_parent = False

    def _all_items(self) -> Callable[[], list[AreaItem]]:
        return self._reference.all_areas

    def _add_call(self, code: str, name: str) -> Callable[[], AreaItem]:
        parent = str(self.parent_combo.currentData() or "") or None
        return partial(self._reference.add_area, code, name, parent)

    def _add_fields(self) -> dict[str, QWidget]:
        return {**super()._add_fields(), "parent_code": self.parent_combo}

    def _rename_call(self, code: str, name: str) -> Callable[[], AreaItem]:
        return partial(self._reference.rename_area, code, name)

    def _set_active_call(self, code: str, active: bool) -> Callable[[], list[AreaItem]]:
        return partial(self._reference.set_area_active, code, active)

    def _added_text(self, item: AreaItem) -> str:
        return self.tr("已新增属地“{name}”（代码 {code}）").format(
            name=item.name, code=item.code)

    def _toggled_text(self, item: AreaItem, active: bool, changed: list[AreaItem]) -> str:
        if not active and len(changed) > 1:
            return self.tr("已停用“{name}”及其下级 {count} 个属地").format(
                name=item.name, count=len(changed) - 1)
        return super()._toggled_text(item, active, changed)


class CallingPage(_TaskPage):
    """叫号: recall limit, voice, and the windows (接谈窗口) with what each one serves."""

    def __init__(self, windows: WindowService, tasks: TaskRunner,
                 report_error: ErrorCallback | None = None) -> None:
        super().__init__(tasks, report_error)
        self._window_service = windows
        self._windows: list[WindowInfo] = []
        layout = QVBoxLayout(self)

        options = QGroupBox(self.tr("叫号"))
        form = QFormLayout(options)
        self.recall_spin = QSpinBox()
        self.recall_spin.setRange(0, MAX_RECALL_LIMIT)
        self.recall_spin.setSuffix(self.tr(" 次"))
        recall_row = QHBoxLayout()
        recall_row.addWidget(self.recall_spin)
        recall_row.addWidget(_hint(self.tr("同一号票最多重呼几次；0 表示不能重呼")), 1)
        form.addRow(self.tr("重呼次数上限："), recall_row)
        self.voice_check = QCheckBox(self.tr("大厅显示屏用语音播报叫号"))
        form.addRow("", self.voice_check)
        layout.addWidget(options)

        windows_box = QGroupBox(self.tr("接谈窗口"))
        windows_layout = QVBoxLayout(windows_box)
        self.table = _table([self.tr("窗口号"), self.tr("名称"), self.tr("接待的号票类别")], 2)
        self.table.setMinimumHeight(180)
        self.table.itemSelectionChanged.connect(self._on_selection)
        windows_layout.addWidget(self.table, 1)
        editor = QGridLayout()
        self.number_spin = QSpinBox()
        self.number_spin.setRange(1, MAX_WINDOW_NUMBER)
        self.window_name_edit = QLineEdit()
        self.window_name_edit.setMaxLength(MAX_WINDOW_NAME_LENGTH)
        self.window_name_edit.setPlaceholderText(self.tr("不填则为“N号窗口”"))
        editor.addWidget(QLabel(self.tr("窗口号")), 0, 0)
        editor.addWidget(self.number_spin, 0, 1)
        editor.addWidget(QLabel(self.tr("名称")), 0, 2)
        editor.addWidget(self.window_name_edit, 0, 3)
        editor.setColumnStretch(3, 1)
        categories = QHBoxLayout()
        self.category_checks: dict[TicketCategory, QCheckBox] = {}
        for info in CATEGORIES.values():
            check = QCheckBox(tr_domain(info.label))
            self.category_checks[info.category] = check
            categories.addWidget(check)
        categories.addStretch(1)
        editor.addWidget(QLabel(self.tr("接待")), 1, 0)
        editor.addLayout(categories, 1, 1, 1, 3)
        buttons = QHBoxLayout()
        self.new_window_button = QPushButton(self.tr("新窗口"))
        self.save_window_button = QPushButton(self.tr("保存窗口"))
        buttons.addWidget(_hint(self.tr("类别都不勾表示接待所有类别。")), 1)
        buttons.addWidget(self.new_window_button)
        buttons.addWidget(self.save_window_button)
        windows_layout.addLayout(editor)
        windows_layout.addLayout(buttons)
        layout.addWidget(windows_box, 1)
        layout.addWidget(self.feedback)

        self.window_name_edit.returnPressed.connect(self.save_window)
        self.new_window_button.clicked.connect(self.new_window)
        self.save_window_button.clicked.connect(self.save_window)
        self._update_buttons()

    # ---- options (saved with 保存设置) ----------------------------------------------

    def set_settings(self, settings: CallingSettings) -> None:
        self.recall_spin.setValue(settings.recall_limit)
        self.voice_check.setChecked(settings.voice_enabled)

    def settings(self) -> CallingSettings:
        return CallingSettings(recall_limit=self.recall_spin.value(),
                               voice_enabled=self.voice_check.isChecked())

    # ---- windows ----------------------------------------------------------------------

    def categories_text(self, categories: tuple[TicketCategory, ...]) -> str:
        if not categories:
            return self.tr("全部")
        return "、".join(tr_domain(CATEGORIES[category].label) for category in categories)

    def set_windows(self, windows: list[WindowInfo], select: int | None = None) -> None:
        self._windows = windows
        table = self.table
        table.blockSignals(True)
        try:
            table.setRowCount(len(windows))
            for row, info in enumerate(windows):
                texts = (str(info.number), info.name, self.categories_text(info.categories))
                for column, text in enumerate(texts):
                    cell = QTableWidgetItem(text)
                    cell.setData(CODE_ROLE, info.number)
                    table.setItem(row, column, cell)
            table.clearSelection()
        finally:
            table.blockSignals(False)
        if select is not None:
            for row, info in enumerate(windows):
                if info.number == select:
                    table.selectRow(row)
        elif not self.table.selectedItems():
            self._clear_editor()

    def selected_window(self) -> WindowInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        number = self.table.item(rows[0].row(), 0).data(CODE_ROLE)
        return next((info for info in self._windows if info.number == number), None)

    def _on_selection(self) -> None:
        info = self.selected_window()
        if info is not None:
            self.number_spin.setValue(info.number)
            self.window_name_edit.setText(info.name)
            for category, check in self.category_checks.items():
                check.setChecked(category in info.categories)
        self._update_buttons()

    def new_window(self) -> None:
        """新窗口: an empty editor for the next free window number."""
        self._clear_editor()
        self.window_name_edit.setFocus()

    def _clear_editor(self) -> None:
        self.table.clearSelection()
        self.number_spin.setValue(
            min(MAX_WINDOW_NUMBER, max((w.number for w in self._windows), default=0) + 1))
        self.window_name_edit.clear()
        for check in self.category_checks.values():
            check.setChecked(False)

    def save_window(self) -> None:
        number = self.number_spin.value()
        name = self.window_name_edit.text().strip()
        categories = tuple(c for c, check in self.category_checks.items() if check.isChecked())
        clash = next((w for w in self._windows
                      if w.name == name and w.number != number and name), None)
        if clash is not None:
            self.feedback.error(
                self.tr("{number}号窗口已经叫“{name}”，两个窗口不能同名，请换一个名称").format(
                    number=clash.number, name=name),
                self.window_name_edit)
            return
        windows = self._window_service

        def save() -> tuple[WindowInfo, list[WindowInfo]]:
            # The service stores the built-in 1–6 with the first window saved.
            saved = windows.save_window(number, name, categories)
            return saved, windows.list_windows()

        def done(result: tuple[WindowInfo, list[WindowInfo]]) -> None:
            saved, windows = result
            self.set_windows(windows, select=saved.number)
            self.feedback.ok(self.tr("已保存“{name}”，接待：{categories}").format(
                name=saved.name, categories=self.categories_text(saved.categories)))

        self._run(save, done, {"number": self.number_spin, "name": self.window_name_edit,
                               "window_name": self.window_name_edit})

    def _update_buttons(self) -> None:
        self.save_window_button.setEnabled(not self._busy)
        self.new_window_button.setEnabled(not self._busy)


class SettingsDialog(QDialog):
    """系统设置. Open with `load()` then `open()`; emits `centre_settings_saved` with the
    new CentreSettings after 保存设置 (the main window puts the name in its title)."""

    centre_settings_saved = Signal(object)
    calling_settings_saved = Signal(object)

    def __init__(
        self,
        reference: ReferenceService,
        calling: CallingSettingsService,
        windows: WindowService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        report_error: ErrorCallback | None = None,
    ) -> None:
        super().__init__(parent)
        self._reference = reference
        self._calling = calling
        self._window_service = windows
        self._tasks = tasks
        self._report_error = report_error
        self._saved_centre: CentreSettings | None = None
        self._saved_calling: CallingSettings | None = None
        self._defaults: CentreSettings | None = None
        self._saving = False
        self._loading = False
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("系统设置"))
        self.setStyleSheet(STYLE_SHEET)
        self.setMinimumWidth(720)

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_centre_page(), self.tr("中心信息"))
        self.tabs.addTab(self._build_limits_page(), self.tr("时限"))
        self.calling_page = CallingPage(windows, tasks, report_error)
        self.tabs.addTab(self.calling_page, self.tr("叫号"))
        self.category_page = CategoryPage(reference, tasks, report_error)
        self.tabs.addTab(self.category_page, self.tr("内容分类"))
        self.area_page = AreaPage(reference, tasks, report_error)
        self.tabs.addTab(self.area_page, self.tr("问题属地"))
        layout.addWidget(self.tabs, 1)

        self.feedback = Feedback()
        layout.addWidget(self.feedback)
        # Plain buttons, not a QDialogButtonBox: that one makes 保存设置 the default button
        # when shown, and Enter in any field (e.g. 新增 on the category page) would press it.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.setToolTip(self.tr("保存“中心信息”“时限”和“叫号”页上的设置"))
        self.close_button = QPushButton(self.tr("关闭"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        layout.addLayout(buttons)
        # Fields that have an action connect returnPressed themselves; no button is the
        # dialog's default.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._set_loaded(False)

    # ------------------------------------------------------------------ pages

    def _build_centre_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        layout.addLayout(form)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_CENTRE_NAME_LENGTH)
        self.address_edit = QLineEdit()
        self.address_edit.setMaxLength(MAX_ADDRESS_LENGTH)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(MAX_PHONE_LENGTH)
        self.phone_edit.setPlaceholderText(self.tr("如 0898-12345678 或 12345"))
        self.ticket_notice_edit = self._notice_edit()
        self.receipt_notice_edit = self._notice_edit()
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(8)  # the service says what is wrong beyond 4
        self.prefix_edit.setMaximumWidth(120)
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(self.prefix_edit)
        prefix_hint = _hint(self.tr("1 到 4 个英文字母，如 XF；只影响以后的新编号"))
        prefix_hint.setWordWrap(False)
        prefix_row.addWidget(prefix_hint, 1)
        form.addRow(self.tr("中心名称："), self.name_edit)
        form.addRow(self.tr("地址："), self.address_edit)
        form.addRow(self.tr("联系电话："), self.phone_edit)
        form.addRow(self.tr("号票提示语："), self.ticket_notice_edit)
        form.addRow(self.tr("回执提示语："), self.receipt_notice_edit)
        form.addRow(self.tr("信访件编号前缀："), prefix_row)
        form.addRow("", _hint(self.tr(
            "中心名称、地址、电话和提示语印在号票和回执上。提示语可以不填，不填则不印。"
        )))
        layout.addStretch(1)
        return page

    def _notice_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        margins = edit.contentsMargins()
        height = (edit.fontMetrics().lineSpacing() * NOTICE_LINES + 2 * edit.frameWidth()
                  + int(edit.document().documentMargin() * 2) + margins.top() + margins.bottom())
        edit.setFixedHeight(height)
        return edit

    def _build_limits_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.accept_spin = self._days_spin()
        self.handling_spin = self._days_spin()
        self.extension_spin = self._days_spin()
        self.accept_hint = _hint("")
        self.handling_hint = _hint("")
        self.extension_hint = _hint("")
        for label, spin, hint in (
            (self.tr("受理告知时限："), self.accept_spin, self.accept_hint),
            (self.tr("办理时限："), self.handling_spin, self.handling_hint),
            (self.tr("延期时限："), self.extension_spin, self.extension_hint),
        ):
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(hint, 1)
            form.addRow(label, row)
        layout.addLayout(form)
        self.defaults_button = QPushButton(self.tr("恢复法定时限"))
        self.defaults_button.clicked.connect(self.restore_default_limits)
        row = QHBoxLayout()
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(_hint(self.tr(
            "按自然日计算，从收到信访事项之日起算。修改只影响以后登记的事项，"
            "已登记事项的截止日期不变。"
        )))
        layout.addStretch(1)
        return page

    def _days_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(MIN_DAYS, MAX_DAYS)
        spin.setSuffix(self.tr(" 天"))
        spin.setMinimumWidth(100)
        return spin

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read everything afresh (off the GUI thread); the pages fill when it arrives."""
        if self._loading:
            return
        self._loading = True
        self._set_loaded(False)
        self.feedback.ok(self.tr("正在载入…"))
        reference, calling, windows = self._reference, self._calling, self._window_service

        def read() -> SettingsData:
            return SettingsData(
                centre=reference.centre_settings(),
                defaults=reference.default_centre_settings(),
                calling=calling.settings(),
                windows=windows.list_windows(),
                categories=reference.all_content_categories(),
                areas=reference.all_areas(),
            )

        self._tasks.run(read, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, data: SettingsData) -> None:
        self._loading = False
        self._fill_centre(data.centre)
        defaults = data.defaults
        self.accept_hint.setText(
            self.tr("法定 {days} 天").format(days=defaults.accept_notice_days))
        self.handling_hint.setText(
            self.tr("法定 {days} 天").format(days=defaults.handling_days))
        self.extension_hint.setText(
            self.tr("法定最多延长 {days} 天，只能延期一次").format(
                days=defaults.handling_extension_days))
        self._defaults = defaults
        self.calling_page.set_settings(data.calling)
        self._saved_calling = data.calling
        self.calling_page.set_windows(data.windows)
        self.category_page.set_items(data.categories)
        self.area_page.set_items(data.areas)
        self.feedback.clear()
        self._set_loaded(True)
        if self.tabs.currentIndex() == 0:
            self.name_edit.setFocus()

    def _on_load_failed(self, error: BaseException) -> None:
        self._loading = False
        if not isinstance(error, UserError):
            report_unexpected(error, self._report_error)
        self.feedback.error(self.tr("设置没有载入：{reason} 请关闭后重新打开。").format(
            reason=message_for(error)))

    def _set_loaded(self, loaded: bool) -> None:
        for index in range(self.tabs.count()):
            self.tabs.widget(index).setEnabled(loaded)
        self.save_button.setEnabled(loaded and not self._saving)

    def is_loaded(self) -> bool:
        return self._saved_centre is not None and not self._loading

    def _fill_centre(self, settings: CentreSettings) -> None:
        self._saved_centre = settings
        self.name_edit.setText(settings.centre_name)
        self.address_edit.setText(settings.centre_address)
        self.phone_edit.setText(settings.centre_phone)
        self.ticket_notice_edit.setPlainText(settings.ticket_notice)
        self.receipt_notice_edit.setPlainText(settings.receipt_notice)
        self.prefix_edit.setText(settings.case_number_prefix)
        self.accept_spin.setValue(settings.accept_notice_days)
        self.handling_spin.setValue(settings.handling_days)
        self.extension_spin.setValue(settings.handling_extension_days)

    def restore_default_limits(self) -> None:
        defaults = self._defaults
        if defaults is None:
            return
        self.accept_spin.setValue(defaults.accept_notice_days)
        self.handling_spin.setValue(defaults.handling_days)
        self.extension_spin.setValue(defaults.handling_extension_days)

    # ------------------------------------------------------------------ saving

    def centre_values(self) -> dict[str, Any]:
        """What the fields say, as update_centre_settings takes it."""
        return {
            "centre_name": self.name_edit.text(),
            "centre_address": self.address_edit.text(),
            "centre_phone": self.phone_edit.text(),
            "ticket_notice": self.ticket_notice_edit.toPlainText(),
            "receipt_notice": self.receipt_notice_edit.toPlainText(),
            "case_number_prefix": self.prefix_edit.text(),
            "accept_notice_days": self.accept_spin.value(),
            "handling_days": self.handling_spin.value(),
            "handling_extension_days": self.extension_spin.value(),
        }

    def has_unsaved_changes(self) -> bool:
        if self._saved_centre is None or self._saved_calling is None:
            return False
        saved = self._saved_centre
        changed = any(getattr(saved, key) != value for key, value in self.centre_values().items())
        return changed or self.calling_page.settings() != self._saved_calling

    def save(self) -> None:
        """保存设置: the centre's settings, then the calling options (one call each)."""
        if self._saving or not self.is_loaded():
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.feedback.clear()
        values = self.centre_values()
        calling_values = self.calling_page.settings()
        reference, calling = self._reference, self._calling

        def centre_saved(settings: CentreSettings) -> None:
            self._fill_centre_if_unchanged(values, settings)
            self.centre_settings_saved.emit(settings)
            self._tasks.run(
                lambda: calling.update_settings(
                    recall_limit=calling_values.recall_limit,
                    voice_enabled=calling_values.voice_enabled,
                ),
                calling_saved, self._on_save_failed,
            )

        def calling_saved(settings: CallingSettings) -> None:
            self._saving = False
            self._saved_calling = settings
            self.save_button.setEnabled(True)
            self.calling_settings_saved.emit(settings)
            self.feedback.ok(self.tr("设置已保存，新的号票和回执按新设置打印。"))

        self._tasks.run(lambda: reference.update_centre_settings(**values),
                        centre_saved, self._on_save_failed)

    def _fill_centre_if_unchanged(self, sent: dict[str, Any], saved: CentreSettings) -> None:
        """Show the values as stored (trimmed, prefix in capitals) unless the user typed on
        while the save was running."""
        if self.centre_values() == sent:
            self._fill_centre(saved)
        else:
            self._saved_centre = saved

    def _on_save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if not isinstance(error, UserError):
            report_unexpected(error, self._report_error)
            self.feedback.error(message_for(error))
            return
        page, widget = self._field_widget(error.field)
        if page is not None:
            self.tabs.setCurrentWidget(page)
        self.feedback.error(error_text(error), widget)

    def _field_widget(self, field: str | None) -> tuple[QWidget | None, QWidget | None]:
        centre = self.tabs.widget(0)
        limits = self.tabs.widget(1)
        widgets: dict[str, tuple[QWidget, QWidget]] = {
            "centre_name": (centre, self.name_edit),
            "centre_address": (centre, self.address_edit),
            "centre_phone": (centre, self.phone_edit),
            "ticket_notice": (centre, self.ticket_notice_edit),
            "receipt_notice": (centre, self.receipt_notice_edit),
            "case_number_prefix": (centre, self.prefix_edit),
            "accept_notice_days": (limits, self.accept_spin),
            "handling_days": (limits, self.handling_spin),
            "handling_extension_days": (limits, self.extension_spin),
            "recall_limit": (self.calling_page, self.calling_page.recall_spin),
        }
        page, widget = widgets.get(field or "", (None, None))
        return page, widget

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        """关闭 / Esc: ask first when 保存设置 has something unsaved (non-blocking)."""
        if not self.has_unsaved_changes():
            super().reject()
            return
        if self.question is not None:
            return
        self.question = ask_to_discard(
            self,
            self.tr("“中心信息”“时限”或“叫号”页上有修改还没有保存。放弃这些修改并关闭吗？"),
            self._discard_and_close,
        )
        self.question.finished.connect(self._forget_question)

    def _discard_and_close(self) -> None:
        if self._saved_centre is not None:
            self._fill_centre(self._saved_centre)
        if self._saved_calling is not None:
            self.calling_page.set_settings(self._saved_calling)
        self.feedback.clear()
        super().reject()

    def _forget_question(self) -> None:
        self.question = None
