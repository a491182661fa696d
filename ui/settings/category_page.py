"""内容分类: the content categories the registration form offers."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QTableWidgetItem

from desktop.settings.reference import MAX_CODE_LENGTH, ContentCategoryItem, ReferenceService
from ui.settings.list_page import ReferenceListPage
from ui.settings.widgets import CODE_ROLE, INACTIVE_BRUSH, make_table
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback


class CategoryPage(ReferenceListPage):
    """内容分类: a table with 新增 · 改名 · 停用/启用."""

    _items: list[ContentCategoryItem]

    def __init__(self, reference: ReferenceService, tasks: TaskRunner,
                 report_error: ErrorCallback | None = None) -> None:
        super().__init__(reference, tasks, report_error)
        self.table = make_table([self.tr("代码"), self.tr("名称"), self.tr("状态")], 1)

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
                    table.scrollTo(table.model().index(row, 0))
        finally:
            table.blockSignals(False)
        self._on_selection()

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), 0)
        value = cell.data(CODE_ROLE) if cell is not None else None
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
