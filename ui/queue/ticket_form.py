"""取号: a queue ticket in a few seconds, from the keyboard (or an ID-card reader).

The form shell: keys, the returning-visitor lookup and issuing. Its parts live in
ticket_entry_fields (the fields), ticket_representatives (a group's representatives)
and ticket_result_panel (the ticket just issued).

Flow: the reader types the ID number and Enter → a returning visitor is looked up in
the background; if found, name and phone are filled in and the cursor waits on the 取号
button, so one more key issues the ticket. F1–F4 pick the category, Ctrl+Enter issues
from anywhere, Esc clears the form.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app_services import AppServices
from desktop.cases.identity import IdType
from desktop.domain import TicketCategory
from desktop.queue.estimates import WaitEstimate
from desktop.queue.tickets import (
    IssuedTicket,
    KnownVisitor,
    NameChangeNeeded,
    RepresentativeInput,
    TicketRequest,
)
from ui.i18n import error_text
from ui.operations import Operation, is_running
from ui.printing.banner import PrintFailureBanner
from ui.queue.ticket_entry_fields import CATEGORY_KEYS, TicketEntryFields, looks_like_id_number
from ui.queue.ticket_form_errors import LookupErrors, TicketFormErrors, ask_name_change
from ui.queue.ticket_representatives import RepresentativesBox
from ui.queue.ticket_result_panel import TicketResultPanel
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback, ErrorLabel, FittingScrollArea, set_invalid

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

log = logging.getLogger(__name__)


class TicketForm(QWidget):
    """The 取号 page. Emits `ticket_issued(IssuedTicket)` after each ticket."""

    ticket_issued = Signal(object)

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        report_error: ErrorCallback | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self._report_error = report_error
        self._rep_rows: list[int] = []  # the screen rows of the representatives sent
        self._prefilled: dict[QLineEdit, str] = {}
        self.last_ticket: IssuedTicket | None = None
        self.known_visitor: KnownVisitor | None = None
        self.name_change_box: QMessageBox | None = None
        self._request: TicketRequest | None = None
        self._build()
        self.form_errors = TicketFormErrors(self)
        self._lookup_errors = LookupErrors(self)
        self._wire()
        self.clear_form()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.fields = TicketEntryFields()
        # The fields by name, as the rest of the form and the tests use them.
        self.id_type_combo = self.fields.id_type_combo
        self.id_edit = self.fields.id_edit
        self.id_hint = self.fields.id_hint
        self.name_edit = self.fields.name_edit
        self.name_hint = self.fields.name_hint
        self.phone_edit = self.fields.phone_edit
        self.category_group = self.fields.category_group
        self.category_buttons = self.fields.category_buttons
        self.category_box = self.fields.category_box
        self.people_spin = self.fields.people_spin
        self.people_hint = self.fields.people_hint
        self.reps_box = RepresentativesBox()
        self.rep_rows = self.reps_box.rows

        self.issue_button = QPushButton(self.tr("取号 (Enter)"))
        self.issue_button.setObjectName("primaryButton")
        self.issue_button.setMinimumHeight(56)
        self.issue_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clear_button = QPushButton(self.tr("清空 (Esc)"))
        self.clear_button.setObjectName("secondaryButton")
        self.clear_button.setMinimumHeight(56)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button, 3)
        buttons.addWidget(self.clear_button, 1)

        self.error_label = ErrorLabel()
        keys_hint = QLabel(
            self.tr("回车：下一项 / 取号　F1–F4：类别　Ctrl+回车：立即取号　Esc：清空")
        )
        keys_hint.setObjectName("hintLabel")
        keys_hint.setWordWrap(True)

        entry = QWidget()
        entry.setObjectName("ticketEntry")  # larger type, see ui.widgets.STYLE_SHEET
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(8, 8, 8, 8)
        fields_layout.setSpacing(12)
        fields_layout.addWidget(self.fields)
        fields_layout.addWidget(self.reps_box)
        fields_layout.addStretch(1)
        self.scroll_area = FittingScrollArea()
        self.scroll_area.setWidget(fields)

        # The message and the 取号 button stay in view however long the form gets.
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(8, 8, 8, 8)
        entry_layout.setSpacing(10)
        entry_layout.addWidget(self.scroll_area)
        entry_layout.addWidget(self.error_label)
        entry_layout.addLayout(buttons)
        entry_layout.addWidget(keys_hint)
        # Tickets that did not print; below everything, so nothing moves when it shows.
        self.print_banner = PrintFailureBanner()
        entry_layout.addWidget(self.print_banner)
        entry_layout.addStretch(1)

        # The issued ticket, large enough to read out across the counter.
        self.result_panel = TicketResultPanel()
        self.ticket_panel = self.result_panel
        self.result_title = self.result_panel.title_label
        self.ticket_number_label = self.result_panel.number_label
        self.ticket_category_label = self.result_panel.category_label
        self.ticket_group_label = self.result_panel.group_label
        self.ticket_ahead_label = self.result_panel.ahead_label
        self.ticket_visitor_label = self.result_panel.visitor_label

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(entry, 3)
        layout.addWidget(self.result_panel, 2)

        order: list[QWidget] = [*self.fields.inputs(), *self.reps_box.inputs(),
                                self.issue_button, self.clear_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        self.issue_button.clicked.connect(self.issue_ticket)
        self.clear_button.clicked.connect(self.clear_form)
        self.category_group.idToggled.connect(self._on_category_toggled)
        self.id_edit.textEdited.connect(self._on_id_edited)
        self.id_type_combo.currentIndexChanged.connect(self._on_id_type_changed)
        self.name_edit.editingFinished.connect(self._check_name_is_not_an_id)
        for edit in self._inputs():
            self._watch_keys(edit)
        for widget in (self.issue_button, self.clear_button, *self.category_buttons.values()):
            self._watch_keys(widget)

    def _inputs(self) -> list[QWidget]:
        return [*self.fields.inputs(), *self.reps_box.inputs()]

    def _watch_keys(self, widget: QWidget) -> None:
        widget.installEventFilter(self)
        if isinstance(widget, QAbstractSpinBox):
            # In case its inner line edit ends up with the focus itself.
            widget.findChild(QLineEdit).installEventFilter(self)  # type: ignore[union-attr]

    # ------------------------------------------------------------------ keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and self._handle_key(watched, event)):
            return True
        return super().eventFilter(watched, event)

    def _handle_key(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        for category, category_key in CATEGORY_KEYS:
            if key == category_key and mods == Qt.KeyboardModifier.NoModifier:
                self.select_category(category)
                return True
        if key == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
            self.clear_form()
            return True
        if key not in ENTER_KEYS:
            return False
        if mods & Qt.KeyboardModifier.ControlModifier:
            self.issue_ticket()
            return True
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        spin_box = watched.parent()
        if isinstance(watched, QLineEdit) and isinstance(spin_box, QSpinBox):
            watched = spin_box  # Enter in a spin box arrives at its line edit
        self._enter_pressed(watched)
        return True

    def _enter_pressed(self, watched: QObject) -> None:
        """Enter moves on to the next thing to fill in, and issues from the last one."""
        group = self.category() is TicketCategory.GROUP
        if watched is self.id_edit:
            self.lookup_visitor()
        elif watched is self.id_type_combo:
            self.focus_field(self.id_edit)
        elif watched is self.name_edit:
            if not self._check_name_is_not_an_id():
                self.focus_field(self.phone_edit)
        elif watched is self.phone_edit and group:
            self.focus_field(self.people_spin)
            self.people_spin.selectAll()
        elif watched is self.people_spin and group:
            self.focus_field(self.rep_rows[0].name)
        elif watched is self.clear_button:
            self.clear_form()
        else:
            self.issue_ticket()

    def focus_field(self, widget: QWidget) -> None:
        """Put the cursor in `widget`, scrolled into view."""
        widget.setFocus()
        if self.scroll_area.isAncestorOf(widget):
            self.scroll_area.ensureWidgetVisible(widget)

    # ------------------------------------------------------------------ state

    def category(self) -> TicketCategory:
        return self.fields.category()

    def select_category(self, category: TicketCategory) -> None:
        self.fields.select_category(category)

    def id_type(self) -> IdType:
        return self.fields.id_type()

    def is_busy(self) -> bool:
        return is_running(self, "issue")

    def has_input(self) -> bool:
        return any(
            edit.text().strip()
            for edit in (self.id_edit, self.name_edit, self.phone_edit)
        ) or self.reps_box.has_input()

    def _on_category_toggled(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        group = CATEGORY_KEYS[button_id][0] is TicketCategory.GROUP
        self.reps_box.setVisible(group)
        self.fields.show_category_hint(group=group)
        set_invalid(self.category_box, False)

    def _on_id_type_changed(self, _index: int) -> None:
        self._set_id_hint("", "hintLabel")
        self.known_visitor = None
        self._forget_prefill()

    def _on_id_edited(self, text: str) -> None:
        """Check a resident ID as it is typed (pure and fast, so on the GUI thread)."""
        set_invalid(self.id_edit, False)
        self.known_visitor = None
        self._forget_prefill()
        number = text.strip()
        if self.id_type() is not IdType.RESIDENT_ID or len(number) not in (15, 18):
            self._set_id_hint("", "hintLabel")
            return
        self._check_id(number)

    def _check_id(self, number: str) -> bool:
        return self.fields.check_id(number)

    def _set_id_hint(self, text: str, style: str) -> None:
        self.fields.set_id_hint(text, style)

    def _check_name_is_not_an_id(self) -> bool:
        """An ID number swiped into 姓名 (the cursor was in the wrong field) is moved to
        证件号码 and looked up; the name stays empty with the cursor in it."""
        if not looks_like_id_number(self.name_edit.text()):
            return False
        self.known_visitor = None
        self._forget_prefill()
        self.fields.move_id_from_name()
        self.focus_field(self.name_edit)
        if self.id_type() is IdType.RESIDENT_ID and self._check_id(self.id_edit.text()):
            self._start_lookup(self.id_type(), self.id_edit.text().strip())
        return True

    # ------------------------------------------------------------------ lookup

    def lookup_visitor(self) -> None:
        """Enter in the ID field: check the number, then look for a returning visitor."""
        number = self.id_edit.text().strip()
        id_type = self.id_type()
        self.error_label.clear_error()
        if not number:
            self._set_id_hint(self.tr("请先刷身份证或输入证件号码"), "errorLabel")
            return
        if id_type is IdType.RESIDENT_ID and not self._check_id(number):
            set_invalid(self.id_edit, True)
            self.id_edit.selectAll()
            return
        self._start_lookup(id_type, number)

    def _start_lookup(self, id_type: IdType, number: str) -> None:
        tickets = self.services.tickets
        # Latest wins: the answer for a number typed over (or cleared) is dropped.
        (Operation(self, self.tasks, lambda: tickets.find_visitor(id_type, number))
         .success(lambda found: self._on_visitor_found(number, found))
         .key("lookup")
         .errors(self._lookup_errors)
         .report_to(self._report_error)
         .run())

    def _on_visitor_found(self, number: str, found: KnownVisitor | None) -> None:
        if self.id_edit.text().strip() != number:
            return  # the number was changed or cleared meanwhile: this answer is stale
        still_here = self.id_edit.hasFocus() or self.focusWidget() in (self.id_edit, None)
        if found is None:
            self.known_visitor = None
            if still_here:
                self.name_edit.setFocus()
            return
        self.known_visitor = found
        if not self.name_edit.text().strip():
            self.name_edit.setText(found.name)
            self._prefilled[self.name_edit] = found.name
        if found.phone and not self.phone_edit.text().strip():
            self.phone_edit.setText(found.phone)
            self._prefilled[self.phone_edit] = found.phone
        if found.last_visit_day is not None and found.visit_count:
            text = self.tr("回访人：已来访 {count} 次，最近 {day}").format(
                count=found.visit_count, day=found.last_visit_day.isoformat()
            )
        else:
            text = self.tr("回访人：以前登记过")
        self._set_id_hint(text, "returningHint")
        if still_here:
            # Everything is filled in: one more key (Enter or Space) issues the ticket.
            self.issue_button.setFocus()

    def _forget_prefill(self) -> None:
        """The ID number changed: a name filled in for the old number must not stay."""
        for edit, value in self._prefilled.items():
            if edit.text() == value:
                edit.clear()
        self._prefilled.clear()

    def lookup_failed(self) -> None:
        """The lookup failed (an unexpected error was reported): say so, go on by hand."""
        self._set_id_hint(self.tr("未能查询以往来访记录，请直接填写姓名"), "hintLabel")
        self.name_edit.setFocus()

    # ------------------------------------------------------------------ issue

    def _representatives(self) -> tuple[tuple[RepresentativeInput, ...], list[int]]:
        """Filled-in representative rows, and which screen row each one came from."""
        if self.category() is not TicketCategory.GROUP:
            return (), []
        return self.reps_box.representatives()

    def issue_ticket(self) -> None:
        if is_running(self, "issue"):
            return  # a double Enter must never make two tickets
        self.people_spin.interpretText()
        reps, rep_rows = self._representatives()
        for position, (rep, row_index) in enumerate(zip(reps, rep_rows, strict=True), 1):
            if not rep.name.strip() and not rep.id_number.strip():
                # Only a phone: the service would drop the row, so say so here.
                self._rep_rows = rep_rows
                self.form_errors.show_field_error(
                    f"representative_{position}",
                    self.tr("第 {n} 行代表请填写姓名").format(n=row_index + 1),
                )
                return
        request = TicketRequest(
            name=self.name_edit.text(),
            id_number=self.id_edit.text(),
            id_type=self.id_type(),
            category=self.category(),
            phone=self.phone_edit.text(),
            people_count=self.people_spin.value(),
            representatives=reps,
        )
        self._submit(request, rep_rows)

    def _submit(self, request: TicketRequest, rep_rows: list[int]) -> None:
        self._request = request
        self._rep_rows = rep_rows
        tickets = self.services.tickets
        (Operation(self, self.tasks, lambda: tickets.issue_ticket(request))
         .success(self._on_issued)
         .failure(lambda error: self._on_issue_failed(error, request, rep_rows))
         .busy(self.issue_button, self._show_issuing)
         .exclusive("issue")
         .errors(self.form_errors)
         .report_to(self._report_error)
         .run())

    def _show_issuing(self, busy: bool) -> None:
        self.issue_button.setText(self.tr("正在取号…") if busy else self.tr("取号 (Enter)"))

    def _ask_name_change(
        self, error: NameChangeNeeded, request: TicketRequest, rep_rows: list[int]
    ) -> None:
        def answered(answer: str) -> None:
            self.name_change_box = None
            if answer == "change":
                self._submit(dataclasses.replace(request, confirm_name_change=True), rep_rows)
            elif answer == "keep":
                self.name_edit.setText(error.old_name)
                self._submit(dataclasses.replace(request, name=error.old_name), rep_rows)
            else:
                self.form_errors.show_field_error("name", error_text(error))

        self.name_change_box = ask_name_change(self, error, answered)

    def _on_issued(self, ticket: IssuedTicket) -> None:
        self.last_ticket = ticket
        request = self._request
        self.result_panel.show_ticket(
            ticket,
            people_count=request.people_count if request else 1,
            representatives=[rep.name for rep in request.representatives] if request else (),
        )
        self._load_estimate(ticket)
        self.clear_form()
        self.ticket_issued.emit(ticket)

    def _load_estimate(self, ticket: IssuedTicket) -> None:
        """Adds the estimated wait to the 'N ahead' line once it is known (a range from
        today's service times; nothing is shown while there is no data)."""
        estimates = self.services.estimates

        def show(estimate: WaitEstimate | None) -> None:
            if self.last_ticket is ticket and estimate is not None:
                self.result_panel.add_estimate(estimate)

        self.tasks.run(lambda: estimates.estimate_for_visit(ticket.visit_id), show,
                       lambda error: log.warning("wait estimate unavailable: %s", error))

    def _on_issue_failed(self, error: BaseException, request: TicketRequest,
                         rep_rows: list[int]) -> bool:
        """A known ID number with another name asks first; other errors go to the form."""
        if isinstance(error, NameChangeNeeded):
            self._ask_name_change(error, request, rep_rows)
            return True
        return False

    def widget_for_field(self, field: str) -> QWidget | None:
        """The input a service error's field points at (representatives by their row)."""
        simple: dict[str, QWidget] = {
            "id_number": self.id_edit,
            "name": self.name_edit,
            "phone": self.phone_edit,
            "people_count": self.people_spin,
            "category": self.category_box,
        }
        if field in simple:
            return simple[field]
        return self.reps_box.widget_for_field(field, self._rep_rows)

    # ------------------------------------------------------------------ clear

    def clear_form(self) -> None:
        """Ready for the next visitor: empty fields, 普通来访, cursor in the ID field."""
        self.fields.clear()
        self.reps_box.clear()
        self.reps_box.setVisible(False)
        self.error_label.clear_error()
        self.known_visitor = None
        # A lookup answer still on its way finds the ID field empty and is dropped.
        self._prefilled.clear()
        self.id_edit.setFocus()

    def focus_first_field(self) -> None:
        self.id_edit.setFocus()
