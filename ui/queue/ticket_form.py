"""取号: a queue ticket in a few seconds, from the keyboard (or an ID-card reader).

Flow: the reader types the ID number and Enter → a returning visitor is looked up in
the background; if found, name and phone are filled in and the cursor waits on the 取号
button, so one more key issues the ticket. F1–F4 pick the category, Ctrl+Enter issues
from anywhere, Esc clears the form.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
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

from desktop.app import AppServices
from desktop.cases.identity import IdType, InvalidIdNumber, parse_id_number
from desktop.clock import local_time
from desktop.domain import (
    CATEGORIES,
    GROUP_VISIT_MIN_PEOPLE,
    MAX_REPRESENTATIVES,
    TicketCategory,
)
from desktop.i18n import UserError
from desktop.queue.estimates import STEP_MINUTES, WaitEstimate
from desktop.queue.tickets import (
    MAX_PEOPLE,
    IssuedTicket,
    KnownVisitor,
    NameChangeNeeded,
    RepresentativeInput,
    TicketRequest,
)
from ui.i18n import error_text, tr_domain
from ui.printing.banner import PrintFailureBanner
from ui.tasks import TaskRunner
from ui.widgets import (
    ENTRY_POINT_SIZE,
    ErrorCallback,
    ErrorLabel,
    FittingScrollArea,
    id_type_text,
    message_for,
    report_unexpected,
    restyle,
    set_invalid,
    sex_text,
)

# F1–F4, in the order the buttons are shown.
CATEGORY_KEYS: tuple[tuple[TicketCategory, Qt.Key], ...] = (
    (TicketCategory.REGULAR, Qt.Key.Key_F1),
    (TicketCategory.GROUP, Qt.Key.Key_F2),
    (TicketCategory.BOOKED, Qt.Key.Key_F3),
    (TicketCategory.PRIORITY, Qt.Key.Key_F4),
)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
FIRST_REP_ROWS = 2  # representative rows shown before any is filled in

log = logging.getLogger(__name__)


def age_on(birth: date, day: date) -> int:
    had_birthday = (day.month, day.day) >= (birth.month, birth.day)
    return day.year - birth.year - (0 if had_birthday else 1)


@dataclass
class RepresentativeRow:
    number: QLabel
    name: QLineEdit
    id_number: QLineEdit
    phone: QLineEdit

    def fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return (self.name, self.id_number, self.phone)

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.fields())


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
        self._issuing = False
        self._lookup_serial = 0
        self._prefilled: dict[QLineEdit, str] = {}
        self.last_ticket: IssuedTicket | None = None
        self.known_visitor: KnownVisitor | None = None
        self._build()
        self._wire()
        self.clear_form()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.id_type_combo = QComboBox()
        for id_type in IdType:
            self.id_type_combo.addItem(id_type_text(id_type), id_type)
        self.id_type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("刷身份证，或输入号码后按回车"))
        self.id_edit.setMaxLength(40)
        self.id_edit.setMinimumWidth(260)
        self.id_hint = QLabel()
        self.id_hint.setObjectName("hintLabel")
        self.id_hint.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(64)
        self.name_edit.setPlaceholderText(self.tr("姓名"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(32)
        self.phone_edit.setPlaceholderText(self.tr("手机或带区号的固定电话（可不填）"))

        self.category_group = QButtonGroup(self)
        self.category_group.setExclusive(True)
        self.category_buttons: dict[TicketCategory, QPushButton] = {}
        self.category_box = QWidget()
        category_row = QHBoxLayout(self.category_box)
        category_row.setContentsMargins(0, 0, 0, 0)
        category_row.setSpacing(8)
        for index, (category, _key) in enumerate(CATEGORY_KEYS):
            label = tr_domain(CATEGORIES[category].label)
            key_name = f"F{index + 1}"
            button = QPushButton(f"{label}\n{key_name}")
            button.setObjectName("categoryButton")
            button.setCheckable(True)
            # The F-keys choose a category; keeping the buttons out of the Tab order
            # means Tab goes straight from field to field.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setMinimumHeight(64)
            button.setToolTip(self.tr("按 {key} 选择“{label}”").format(key=key_name, label=label))
            self.category_group.addButton(button, index)
            self.category_buttons[category] = button
            category_row.addWidget(button)

        self.people_spin = QSpinBox()
        self.people_spin.setRange(1, MAX_PEOPLE)
        self.people_spin.setValue(1)
        self.people_spin.setSuffix(self.tr(" 人"))
        self.people_spin.setMinimumWidth(110)
        self.people_hint = QLabel(
            self.tr("{count} 人及以上同行请选“集体访”").format(count=GROUP_VISIT_MIN_PEOPLE)
        )
        self.people_hint.setObjectName("hintLabel")
        people_row = QHBoxLayout()
        people_row.setSpacing(12)
        people_row.addWidget(self.people_spin)
        people_row.addWidget(self.people_hint, 1)

        self.reps_box = QGroupBox(
            self.tr("代表（至少 1 名，最多 {limit} 名；证件号码和电话可不填）").format(
                limit=MAX_REPRESENTATIVES
            )
        )
        reps_grid = QGridLayout(self.reps_box)
        reps_grid.setHorizontalSpacing(8)
        reps_grid.setVerticalSpacing(4)
        for column, title in enumerate(
            (self.tr("姓名"), self.tr("身份证号码"), self.tr("电话")), start=1
        ):
            header = QLabel(title)
            header.setObjectName("hintLabel")
            reps_grid.addWidget(header, 0, column)
        self.rep_rows: list[RepresentativeRow] = []
        for index in range(MAX_REPRESENTATIVES):
            row = RepresentativeRow(QLabel(f"{index + 1}."), QLineEdit(), QLineEdit(),
                                    QLineEdit())
            row.name.setMaxLength(64)
            row.id_number.setMaxLength(18)
            row.phone.setMaxLength(32)
            reps_grid.addWidget(row.number, index + 1, 0)
            reps_grid.addWidget(row.name, index + 1, 1)
            reps_grid.addWidget(row.id_number, index + 1, 2)
            reps_grid.addWidget(row.phone, index + 1, 3)
            self.rep_rows.append(row)
        reps_grid.setColumnStretch(1, 2)
        reps_grid.setColumnStretch(2, 3)
        reps_grid.setColumnStretch(3, 2)

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

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("证件类型"), self.id_type_combo)
        form.addRow(self.tr("证件号码"), self.id_edit)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("姓名"), self.name_edit)
        form.addRow(self.tr("手机/电话"), self.phone_edit)
        form.addRow(self.tr("类别"), self.category_box)
        form.addRow(self.tr("人数"), people_row)

        entry = QWidget()
        entry.setObjectName("ticketEntry")  # larger type, see ui.widgets.STYLE_SHEET
        font = QFont(entry.font())
        font.setPointSize(ENTRY_POINT_SIZE)
        field_height = QFontMetrics(font).height() * 17 // 10
        for widget in (self.id_type_combo, self.id_edit, self.name_edit, self.phone_edit,
                       self.people_spin):
            widget.setMinimumHeight(field_height)
        # Labels as tall as their fields, so the text sits level with what is typed.
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setMinimumHeight(field_height)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(8, 8, 8, 8)
        fields_layout.setSpacing(12)
        fields_layout.addLayout(form)
        fields_layout.addWidget(self.reps_box)
        fields_layout.addStretch(1)
        self.scroll = FittingScrollArea()
        self.scroll.setWidget(fields)

        # The message and the 取号 button stay in view however long the form gets.
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(8, 8, 8, 8)
        entry_layout.setSpacing(10)
        entry_layout.addWidget(self.scroll)
        entry_layout.addWidget(self.error_label)
        entry_layout.addLayout(buttons)
        entry_layout.addWidget(keys_hint)
        # Tickets that did not print; below everything, so nothing moves when it shows.
        self.print_banner = PrintFailureBanner()
        entry_layout.addWidget(self.print_banner)
        entry_layout.addStretch(1)

        # The issued ticket, large enough to read out across the counter.
        self.ticket_panel = QFrame()
        self.ticket_panel.setObjectName("ticketPanel")
        self.ticket_panel.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Preferred)
        self.result_title = QLabel(self.tr("刚取的号"))
        self.result_title.setObjectName("resultTitle")
        self.ticket_number_label = QLabel("—")
        self.ticket_number_label.setObjectName("ticketNumber")
        self.ticket_category_label = QLabel()
        self.ticket_category_label.setObjectName("ticketCategory")
        self.ticket_ahead_label = QLabel()
        self.ticket_ahead_label.setObjectName("ticketAhead")
        self.ticket_visitor_label = QLabel()
        self.ticket_visitor_label.setObjectName("hintLabel")
        self.ticket_visitor_label.setWordWrap(True)
        for label in (self.result_title, self.ticket_number_label, self.ticket_category_label,
                      self.ticket_ahead_label, self.ticket_visitor_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel_layout = QVBoxLayout(self.ticket_panel)
        panel_layout.setContentsMargins(24, 24, 24, 24)
        panel_layout.addStretch(1)
        panel_layout.addWidget(self.result_title)
        panel_layout.addWidget(self.ticket_number_label)
        panel_layout.addWidget(self.ticket_category_label)
        panel_layout.addSpacing(8)
        panel_layout.addWidget(self.ticket_ahead_label)
        panel_layout.addWidget(self.ticket_visitor_label)
        panel_layout.addStretch(2)
        self._show_no_ticket()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(entry, 3)
        layout.addWidget(self.ticket_panel, 2)

        order: list[QWidget] = [self.id_type_combo, self.id_edit, self.name_edit,
                                self.phone_edit, self.people_spin]
        for row in self.rep_rows:
            order.extend(row.fields())
        order.extend([self.issue_button, self.clear_button])
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        self.issue_button.clicked.connect(self.issue_ticket)
        self.clear_button.clicked.connect(self.clear_form)
        self.category_group.idToggled.connect(self._on_category_toggled)
        self.id_edit.textEdited.connect(self._on_id_edited)
        self.id_type_combo.currentIndexChanged.connect(self._on_id_type_changed)
        for edit in self._inputs():
            self._watch_keys(edit)
        for widget in (self.issue_button, self.clear_button, *self.category_buttons.values()):
            self._watch_keys(widget)
        self.name_edit.textEdited.connect(lambda _text: set_invalid(self.name_edit, False))
        self.phone_edit.textEdited.connect(lambda _text: set_invalid(self.phone_edit, False))
        for row in self.rep_rows:
            for edit in row.fields():
                edit.textEdited.connect(lambda _text, e=edit: set_invalid(e, False))
                edit.textChanged.connect(self._show_rep_rows)

    def _inputs(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.id_type_combo, self.id_edit, self.name_edit,
                                  self.phone_edit, self.people_spin]
        for row in self.rep_rows:
            widgets.extend(row.fields())
        return widgets

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
        if isinstance(watched, QLineEdit) and isinstance(watched.parent(), QSpinBox):
            watched = watched.parent()
        self._enter_pressed(watched)
        return True

    def _enter_pressed(self, watched: QObject) -> None:
        """Enter moves on to the next thing to fill in, and issues from the last one."""
        group = self.category() is TicketCategory.GROUP
        if watched is self.id_edit:
            self.lookup_visitor()
        elif watched is self.id_type_combo:
            self._focus(self.id_edit)
        elif watched is self.name_edit:
            self._focus(self.phone_edit)
        elif watched is self.phone_edit and group:
            self._focus(self.people_spin)
            self.people_spin.selectAll()
        elif watched is self.people_spin and group:
            self._focus(self.rep_rows[0].name)
        elif watched is self.clear_button:
            self.clear_form()
        else:
            self.issue_ticket()

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus()
        if self.scroll.isAncestorOf(widget):
            self.scroll.ensureWidgetVisible(widget)

    # ------------------------------------------------------------------ state

    def category(self) -> TicketCategory:
        index = self.category_group.checkedId()
        return CATEGORY_KEYS[index][0] if index >= 0 else TicketCategory.REGULAR

    def select_category(self, category: TicketCategory) -> None:
        self.category_buttons[category].setChecked(True)

    def id_type(self) -> IdType:
        value = self.id_type_combo.currentData()
        return IdType(value) if value else IdType.RESIDENT_ID

    def is_busy(self) -> bool:
        return self._issuing

    def has_input(self) -> bool:
        return any(
            edit.text().strip()
            for edit in (self.id_edit, self.name_edit, self.phone_edit)
        ) or any(not row.is_empty() for row in self.rep_rows)

    def _on_category_toggled(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        group = CATEGORY_KEYS[button_id][0] is TicketCategory.GROUP
        self.reps_box.setVisible(group)
        self.people_hint.setText(
            self.tr("集体访：{count} 人及以上，填写总人数").format(count=GROUP_VISIT_MIN_PEOPLE)
            if group
            else self.tr("{count} 人及以上同行请选“集体访”").format(count=GROUP_VISIT_MIN_PEOPLE)
        )
        set_invalid(self.category_box, False)

    def _show_rep_rows(self, *_args: object) -> None:
        """Two empty rows to start with; one more appears as the last one is filled in."""
        filled = [index for index, row in enumerate(self.rep_rows) if not row.is_empty()]
        visible = min(len(self.rep_rows), max(FIRST_REP_ROWS, (filled[-1] + 2) if filled else 0))
        for index, row in enumerate(self.rep_rows):
            for widget in (*row.fields(), row.number):
                widget.setVisible(index < visible)

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
        try:
            parsed = parse_id_number(number)
        except InvalidIdNumber as error:
            self._set_id_hint(error_text(error), "errorLabel")
            return False
        today = date.today()
        self._set_id_hint(
            self.tr("{sex}，{birth} 生，{age} 岁").format(
                sex=sex_text(parsed.sex),
                birth=parsed.birth_date.isoformat(),
                age=age_on(parsed.birth_date, today),
            ),
            "okHint",
        )
        return True

    def _set_id_hint(self, text: str, style: str) -> None:
        self.id_hint.setText(text)
        restyle(self.id_hint, style)

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
        self._lookup_serial += 1
        serial = self._lookup_serial
        tickets = self.services.tickets
        self.tasks.run(
            lambda: tickets.find_visitor(id_type, number),
            lambda found: self._on_visitor_found(serial, number, found),
            self._on_lookup_failed,
        )

    def _on_visitor_found(self, serial: int, number: str, found: KnownVisitor | None) -> None:
        if serial != self._lookup_serial or self.id_edit.text().strip() != number:
            return  # the number was changed meanwhile: this answer is stale
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

    def _on_lookup_failed(self, error: BaseException) -> None:
        # The lookup is a convenience: the desk can still type the name and issue.
        if not isinstance(error, UserError):
            report_unexpected(error, self._report_error)
        self._set_id_hint(self.tr("未能查询以往来访记录，请直接填写姓名"), "hintLabel")
        self.name_edit.setFocus()

    # ------------------------------------------------------------------ issue

    def _representatives(self) -> tuple[tuple[RepresentativeInput, ...], list[int]]:
        """Filled-in representative rows, and which screen row each one came from."""
        if self.category() is not TicketCategory.GROUP:
            return (), []
        reps: list[RepresentativeInput] = []
        rows: list[int] = []
        for index, row in enumerate(self.rep_rows):
            if row.is_empty():
                continue
            reps.append(RepresentativeInput(
                name=row.name.text(), id_number=row.id_number.text(), phone=row.phone.text()
            ))
            rows.append(index)
        return tuple(reps), rows

    def issue_ticket(self) -> None:
        if self._issuing:
            return  # a double Enter must never make two tickets
        self.people_spin.interpretText()
        reps, rep_rows = self._representatives()
        for rep, row_index in zip(reps, rep_rows, strict=True):
            if not rep.name.strip() and not rep.id_number.strip():
                # Only a phone: the service would drop the row, so say so here.
                self._show_error(
                    self.tr("第 {n} 行代表请填写姓名").format(n=row_index + 1),
                    self.rep_rows[row_index].name,
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
        self._issuing = True
        self.issue_button.setEnabled(False)
        self.issue_button.setText(self.tr("正在取号…"))
        self.error_label.clear_error()
        tickets = self.services.tickets
        self.tasks.run(
            lambda: tickets.issue_ticket(request),
            self._on_issued,
            lambda error: self._on_issue_failed(error, rep_rows, request),
        )

    def _ask_name_change(
        self, error: NameChangeNeeded, request: TicketRequest, rep_rows: list[int]
    ) -> None:
        """The ID number is registered under another name: change it (recorded) or keep
        the old one; never overwritten without asking. Non-blocking (open())."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("姓名与登记不一致"))
        box.setText(error_text(error))
        change = box.addButton(self.tr("更改姓名"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("保留原名"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)

        def answered(button: object) -> None:
            self.name_change_box = None
            if button is change:
                self._submit(dataclasses.replace(request, confirm_name_change=True), rep_rows)
            elif button is keep:
                self.name_edit.setText(error.old_name)
                self._submit(dataclasses.replace(request, name=error.old_name), rep_rows)
            else:
                self._show_error(error_text(error), self.name_edit)

        box.buttonClicked.connect(answered)
        self.name_change_box: QMessageBox | None = box
        box.open()

    def _finish_request(self) -> None:
        self._issuing = False
        self.issue_button.setEnabled(True)
        self.issue_button.setText(self.tr("取号 (Enter)"))

    def _on_issued(self, ticket: IssuedTicket) -> None:
        self._finish_request()
        self.last_ticket = ticket
        self.ticket_number_label.setText(ticket.ticket_number)
        self.ticket_number_label.show()
        self.ticket_category_label.setText(tr_domain(CATEGORIES[ticket.category].label))
        if ticket.people_ahead:
            ahead = self.tr("前面还有 {count} 人").format(count=ticket.people_ahead)
        else:
            ahead = self.tr("前面没有人等候")
        self.ticket_ahead_label.setText(ahead)
        self._load_estimate(ticket)
        returning = self.tr("（回访）") if ticket.returning_visitor else ""
        self.ticket_visitor_label.setText(
            self.tr("{name}{returning}　取号时间 {time}").format(
                name=ticket.visitor_name,
                returning=returning,
                time=_local_hhmm(ticket),
            )
        )
        self.result_title.show()
        self.clear_form()
        self.ticket_issued.emit(ticket)

    def _load_estimate(self, ticket: IssuedTicket) -> None:
        """Adds the estimated wait to the 'N ahead' line once it is known (a range from
        today's service times; nothing is shown while there is no data)."""
        calling = self.services.calling

        def show(estimate: WaitEstimate | None) -> None:
            if self.last_ticket is not ticket or estimate is None:
                return
            if estimate.high_minutes <= STEP_MINUTES:
                wait = self.tr("即将叫号")
            else:
                wait = self.tr("预计等候约 {low}–{high} 分钟").format(
                    low=estimate.low_minutes, high=estimate.high_minutes)
            self.ticket_ahead_label.setText(
                self.tr("{ahead}，{wait}").format(ahead=self.ticket_ahead_label.text(),
                                                 wait=wait))

        self.tasks.run(lambda: calling.estimate_for_visit(ticket.visit_id), show,
                       lambda error: log.warning("wait estimate unavailable: %s", error))

    def _on_issue_failed(self, error: BaseException, rep_rows: list[int],
                         request: TicketRequest | None = None) -> None:
        self._finish_request()
        if isinstance(error, NameChangeNeeded) and request is not None:
            self._ask_name_change(error, request, rep_rows)
            return
        if not isinstance(error, UserError):
            report_unexpected(error, self._report_error)
            self._show_error(message_for(error), None)
            return
        self._show_error(error_text(error), self._widget_for_field(error.field, rep_rows))

    def _widget_for_field(self, field: str | None, rep_rows: list[int]) -> QWidget | None:
        simple: dict[str, QWidget] = {
            "id_number": self.id_edit,
            "name": self.name_edit,
            "phone": self.phone_edit,
            "people_count": self.people_spin,
            "category": self.category_box,
        }
        if field in simple:
            return simple[field]
        if field == "representatives":
            index = rep_rows[0] if rep_rows else 0
            return self.rep_rows[index].name
        if field and field.startswith("representative_"):
            try:
                position = int(field.rpartition("_")[2])
                return self.rep_rows[rep_rows[position - 1]].name
            except (ValueError, IndexError):
                return self.rep_rows[0].name
        return None

    def _show_error(self, text: str, widget: QWidget | None) -> None:
        """Say what is wrong under the form and put the cursor there; keep what was typed."""
        self.error_label.show_error(text)
        if widget is None:
            return
        set_invalid(widget, True)
        if widget is self.category_box:
            return  # chosen with F1–F4; the message says which
        self._focus(widget)
        if isinstance(widget, QLineEdit | QSpinBox):
            widget.selectAll()

    # ------------------------------------------------------------------ clear

    def clear_form(self) -> None:
        """Ready for the next visitor: empty fields, 普通来访, cursor in the ID field."""
        for edit in (self.id_edit, self.name_edit, self.phone_edit):
            edit.clear()
        for row in self.rep_rows:
            for edit in row.fields():
                edit.clear()
        for widget in self._inputs():
            set_invalid(widget, False)
        set_invalid(self.category_box, False)
        self.id_type_combo.setCurrentIndex(0)
        self.people_spin.setValue(1)
        self.select_category(TicketCategory.REGULAR)
        self.reps_box.setVisible(False)
        self._show_rep_rows()
        self._set_id_hint("", "hintLabel")
        self.error_label.clear_error()
        self.known_visitor = None
        self._prefilled.clear()
        self._lookup_serial += 1  # an answer still on its way is for the old visitor
        self.id_edit.setFocus()

    def _show_no_ticket(self) -> None:
        self.ticket_number_label.setText("")
        self.ticket_number_label.hide()
        self.result_title.hide()
        self.ticket_category_label.setText(self.tr("尚未取号"))
        self.ticket_ahead_label.setText("")
        self.ticket_visitor_label.setText(self.tr("刷身份证或输入证件号码开始"))

    def focus_first_field(self) -> None:
        self.id_edit.setFocus()


def _local_hhmm(ticket: IssuedTicket) -> str:
    return local_time(ticket.issued_at).strftime("%H:%M")
