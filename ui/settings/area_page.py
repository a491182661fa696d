"""问题属地: the areas (province › city › district › town) the registration form offers."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.settings.reference import AreaItem, ReferenceService
from ui.settings.list_page import ReferenceListPage
from ui.settings.widgets import CODE_ROLE, INACTIVE_BRUSH
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback


class AreaPage(ReferenceListPage):
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

        def walk(node: QTreeWidgetItem | None) -> None:
            if node is None:
                return
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
