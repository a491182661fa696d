"""接谈窗口: the windows clerks call to and which ticket categories each one serves.

A window is saved with its own button and takes effect at once. On a fresh database
the list shows the built-in 1号窗口 … 6号窗口; saving one stores them all (one call of
the windows service), so none disappears.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import CATEGORIES, TicketCategory
from desktop.queue.windows import MAX_WINDOW_NAME_LENGTH, WindowInfo, WindowService
from ui.hub import WINDOWS
from ui.i18n import tr_domain
from ui.settings.widgets import CODE_ROLE, Feedback, hint, make_table, operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback

MAX_WINDOW_NUMBER = 999


class WindowsPage(QWidget):
    def __init__(self, windows: WindowService, tasks: TaskRunner,
                 report_error: ErrorCallback | None = None) -> None:
        super().__init__()
        self._service = windows
        self._tasks = tasks
        self._report_error = report_error
        self._windows: list[WindowInfo] = []
        layout = QVBoxLayout(self)
        self.table = make_table([self.tr("窗口号"), self.tr("名称"), self.tr("接待的号票类别")], 2)
        self.table.setMinimumHeight(180)
        self.table.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(self.table, 1)
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
        buttons.addWidget(hint(self.tr(
            "类别都不勾表示接待所有类别。这一页的修改点“保存窗口”后立即生效。")), 1)
        buttons.addWidget(self.new_window_button)
        buttons.addWidget(self.save_window_button)
        layout.addLayout(editor)
        layout.addLayout(buttons)
        self.feedback = Feedback({"number": self.number_spin, "name": self.window_name_edit,
                                  "window_name": self.window_name_edit})
        layout.addWidget(self.feedback)

        self.window_name_edit.returnPressed.connect(self.save_window)
        self.new_window_button.clicked.connect(self.new_window)
        self.save_window_button.clicked.connect(self.save_window)

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
        cell = self.table.item(rows[0].row(), 0)
        number = cell.data(CODE_ROLE) if cell is not None else None
        return next((info for info in self._windows if info.number == number), None)

    def _on_selection(self) -> None:
        info = self.selected_window()
        if info is not None:
            self.number_spin.setValue(info.number)
            self.window_name_edit.setText(info.name)
            for category, check in self.category_checks.items():
                check.setChecked(category in info.categories)

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
        # The service does not refuse a name twice (terminals remember windows by name).
        clash = next((w for w in self._windows
                      if w.name == name and w.number != number and name), None)
        if clash is not None:
            self.feedback.error(
                self.tr("{number}号窗口已经叫“{name}”，两个窗口不能同名，请换一个名称").format(
                    number=clash.number, name=name),
                self.window_name_edit)
            return
        service = self._service

        def save() -> tuple[WindowInfo, list[WindowInfo]]:
            saved = service.save_window(number, name, categories)
            return saved, service.list_windows()

        def done(result: tuple[WindowInfo, list[WindowInfo]]) -> None:
            saved, windows = result
            self.set_windows(windows, select=saved.number)
            self.feedback.ok(self.tr("已保存“{name}”，接待：{categories}").format(
                name=saved.name, categories=self.categories_text(saved.categories)))

        operation(self, self._tasks, save, self._report_error) \
            .success(done) \
            .busy(self.save_window_button, self.new_window_button) \
            .exclusive("save") \
            .errors(self.feedback) \
            .announces(WINDOWS) \
            .run()
