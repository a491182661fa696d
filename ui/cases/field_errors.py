"""Where 接谈登记 shows what is wrong: the operations helper's FormErrors (message under
the form, the input marked red and focused), scrolled into view, and cleared as soon as
the clerk gives that input valid content — not only at the next save."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from ui.cases.matter_part import MatterPart
from ui.cases.route_part import RoutePart
from ui.operations import FormErrors
from ui.widgets import ErrorLabel, set_invalid


class RegistrationErrors(FormErrors):
    def __init__(self, label: ErrorLabel, fields: Mapping[str, QWidget],
                 scroll: QScrollArea) -> None:
        super().__init__(label, fields)
        self._scroll = scroll
        self.field_in_error: QWidget | None = None  # the input the message is about

    def show_field_error(self, field: str | None, text: str) -> None:
        super().show_field_error(field, text)
        widget = self.widget_for(field)
        self.field_in_error = widget
        if widget is not None and self._scroll.isAncestorOf(widget):
            self._scroll.ensureWidgetVisible(widget, 50, 80)

    def clear_field_errors(self) -> None:
        super().clear_field_errors()
        self.field_in_error = None

    def field_filled(self, widget: QWidget) -> None:
        """`widget` now holds something valid: its mark goes, and the message with it
        when the message was about this input."""
        if widget is self.field_in_error:
            self.clear_field_errors()
        elif widget in self._marked:
            set_invalid(widget, False)
            self._marked.remove(widget)

    def watch(self, ticket_edit: QLineEdit, visitor_edits: Iterable[QLineEdit],
              matter: MatterPart, routes: RoutePart) -> None:
        """Connect each input's change signal to `field_filled` when its content is valid."""
        def when(widget: QWidget, valid: Callable[[], bool]) -> Callable[..., None]:
            return lambda *_args: self.field_filled(widget) if valid() else None

        ticket_edit.textEdited.connect(when(ticket_edit, lambda: bool(ticket_edit.text())))
        for edit in (*visitor_edits, routes.route_reason_edit, routes.route_basis_edit,
                     routes.transfer_document_edit, matter.respondent_edit):
            edit.textChanged.connect(when(edit, _has_text(edit)))
        for text_edit in (matter.summary_edit, matter.demands_edit, matter.materials_edit):
            text_edit.textChanged.connect(when(text_edit, _has_plain_text(text_edit)))
        for combo in (matter.category_combo, matter.sort_combo, routes.route_channel_combo,
                      routes.route_unit_combo):
            combo.currentIndexChanged.connect(when(combo, _has_choice(combo)))
        area = matter.area_picker
        area.area_changed.connect(when(area, lambda: bool(area.code())))
        day = routes.transfer_date_edit
        day.dateChanged.connect(when(day, lambda: True))
        spin = matter.involved_spin
        spin.valueChanged.connect(when(spin, lambda: True))
        routes.route_changed.connect(when(routes.first_button(), lambda: True))


def _has_text(edit: QLineEdit) -> Callable[[], bool]:
    return lambda: bool(edit.text().strip())


def _has_choice(combo: QComboBox) -> Callable[[], bool]:
    return lambda: combo.currentIndex() >= 0


def _has_plain_text(edit: QPlainTextEdit) -> Callable[[], bool]:
    return lambda: bool(edit.toPlainText().strip())
