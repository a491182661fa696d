"""The shared base of the reference-list pages (内容分类, 问题属地): the list, a 新增 box
under it, then 改名 and 停用/启用 for the selected entry. Each button is one service call
followed by a fresh read of the list (both off the GUI thread); it takes effect at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.settings.reference import MAX_NAME_LENGTH, ReferenceService
from ui.hub import SETTINGS
from ui.settings.widgets import Feedback, hint, operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback


class ReferenceListPage(QWidget):
    """A subclass makes the list view and lays out the 新增 box (from `code_edit`,
    `name_edit` and `add_button`, made here), then calls `_build`; it fills the list
    (`set_items`), says which entry is selected and which service calls to make."""

    def __init__(self, reference: ReferenceService, tasks: TaskRunner,
                 report_error: ErrorCallback | None) -> None:
        super().__init__()
        self._reference = reference
        self._tasks = tasks
        self._report_error = report_error
        self._items: list[Any] = []
        self.feedback = Feedback()
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.add_button = QPushButton(self.tr("新增"))
        self.rename_edit = QLineEdit()
        self.rename_edit.setMaxLength(MAX_NAME_LENGTH)
        self.rename_button = QPushButton(self.tr("改名"))
        self.toggle_button = QPushButton(self.tr("停用"))

    def _build(self, text: str, view: QTableWidget | QTreeWidget, add_box: QGroupBox,
               edit_title: str) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(hint(text))
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
        self.rename_button.setEnabled(item is not None)
        self.rename_edit.setEnabled(item is not None)
        self.toggle_button.setEnabled(item is not None)
        self.toggle_button.setText(
            self.tr("启用") if item is not None and not item.active else self.tr("停用")
        )

    def _run_and_reread(self, call: Callable[[], Any], on_success: Callable[[Any], None],
                        fields: dict[str, QWidget]) -> None:
        """Run `call`, then read the list again (both off the GUI thread); `on_success`
        gets what `call` returned and the new list. One action at a time."""
        all_items = self._all_items()
        self.feedback.set_fields(fields)
        operation(self, self._tasks, lambda: (call(), all_items()), self._report_error) \
            .success(on_success) \
            .busy(self.add_button, self.rename_button, self.toggle_button) \
            .exclusive("edit") \
            .errors(self.feedback) \
            .announces(SETTINGS) \
            .run()

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
