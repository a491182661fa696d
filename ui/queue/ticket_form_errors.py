"""取号 form: what happens when issuing goes wrong — where an error is shown (the form's
FieldErrorSinks for ui/operations.py) and the question when a known ID number comes
with another name.

Texts keep the form's translation context ("TicketForm").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QMessageBox, QWidget

from desktop.queue.tickets import NameChangeNeeded
from ui.i18n import error_text
from ui.operations import FormErrors
from ui.widgets import ErrorLabel


class ErrorForm(Protocol):
    """What the sinks need of the 取号 form."""

    error_label: ErrorLabel
    category_box: QWidget

    def widget_for_field(self, field: str) -> QWidget | None: ...

    def focus_field(self, widget: QWidget) -> None: ...

    def lookup_failed(self) -> None: ...


class TicketFormErrors(FormErrors):
    """The form's errors: the message under the form; the field is marked and (unless it
    is the category, chosen with F1–F4) focused, scrolled into view and selected, so the
    clerk retypes at once and keeps what was typed."""

    def __init__(self, form: ErrorForm) -> None:
        super().__init__(form.error_label, form.widget_for_field, focus=False)
        self._form = form

    def show_field_error(self, field: str | None, text: str) -> None:
        super().show_field_error(field, text)
        widget = self.widget_for(field)
        if widget is None or widget is self._form.category_box:
            return
        self._form.focus_field(widget)
        if isinstance(widget, QLineEdit | QAbstractSpinBox):
            widget.selectAll()


class LookupErrors:
    """Where a failed returning-visitor lookup goes: a hint, never a box. The lookup is
    a convenience; the desk can still type the name and issue."""

    def __init__(self, form: ErrorForm) -> None:
        self._form = form

    def show_field_error(self, field: str | None, text: str) -> None:
        self._form.lookup_failed()

    def clear_field_errors(self) -> None:
        pass


def ask_name_change(parent: QWidget, error: NameChangeNeeded,
                    answered: Callable[[str], None]) -> QMessageBox:
    """The ID number is registered under another name: change it (recorded) or keep the
    old one; never overwritten without asking. Non-blocking (open()); `answered` gets
    "change", "keep" or "cancel". Returns the box (a test answers it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("TicketForm", "姓名与登记不一致"))
    box.setText(error_text(error))
    role = QMessageBox.ButtonRole
    change = box.addButton(QCoreApplication.translate("TicketForm", "更改姓名"), role.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("TicketForm", "保留原名"), role.ActionRole)
    cancel = box.addButton(QCoreApplication.translate("TicketForm", "取消"), role.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(cancel)

    def clicked(button: object) -> None:
        answered("change" if button is change else "keep" if button is keep else "cancel")

    box.buttonClicked.connect(clicked)
    box.open()
    return box
