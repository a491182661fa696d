"""接谈登记: the clerk registers the matter at the window, with the visitor's earlier
visits and the statutory deadlines in view.

A visit is opened by id (`load_visit`, e.g. from the queue) or by typing its ticket
number at the top. Saving runs in the background; errors are shown under the form and
the cursor goes to the field concerned.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app import AppServices
from desktop.cases.deadlines import (
    ACCEPT_NOTICE_LABEL,
    HANDLING_LABEL,
    DeadlineRules,
    StatutoryDeadlines,
    compute_deadlines,
)
from desktop.cases.registration import RegistrationInput, RegistrationResult
from desktop.cases.visit_views import (
    HistoryEntry,
    RegistrationView,
    VisitDetail,
    VisitorHistory,
)
from desktop.domain import (
    CASE_STATUS_LABELS,
    CATEGORIES,
    FLAG_LABELS,
    LEGAL_CHANNELS,
    PURPOSE_LABELS,
    QUEUE_STATUS_LABELS,
    ROUTE_LABELS,
    Purpose,
    QueueStatus,
    Route,
)
from desktop.i18n import UserError
from desktop.queue.numbering import InvalidTicketNumber, parse_ticket_number
from desktop.queue.tickets import QueueEntry
from desktop.settings.reference import AreaItem, ContentCategoryItem
from ui.i18n import error_text, tr_domain
from ui.tasks import TaskRunner
from ui.widgets import (
    ErrorCallback,
    ErrorLabel,
    ask_to_discard,
    day_text,
    id_type_text,
    message_for,
    report_unexpected,
    restyle,
    set_invalid,
    sex_text,
)

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
ROUTE_ORDER = (Route.ANSWERED, Route.TRANSFERRED, Route.LEGAL_CHANNEL, Route.NOT_ACCEPTED)
UNKNOWN_INVOLVED = 0  # the spin box's "未填" value


@dataclass(frozen=True)
class LoadedVisit:
    """What one background load brings back."""

    detail: VisitDetail
    history: VisitorHistory
    today: date
    rules: DeadlineRules
    categories: list[ContentCategoryItem] | None
    areas: list[AreaItem] | None


class AreaDelegate(QStyledItemDelegate):
    """Indents districts and towns under their city in the 问题属地 list."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        level = index.data(LEVEL_ROLE) or 0
        option.text = "\u3000" * int(level) + option.text  # type: ignore[attr-defined]


class RegistrationForm(QWidget):
    """The 接谈登记 page. Emits `registration_saved(RegistrationResult)`."""

    registration_saved = Signal(object)
    visit_loaded = Signal(object)

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
        self.detail: VisitDetail | None = None
        self.history: VisitorHistory | None = None
        self.last_result: RegistrationResult | None = None
        self._rules = DeadlineRules()
        self._received_on: date | None = None
        self._refill_pending = False  # reload_reference: clear the lists first
        self._categories_loaded = False
        self._areas_loaded = False
        self._filling = False
        self._dirty = False
        self._edits = 0
        self._saving = False
        self._load_serial = 0
        self._area_paths: dict[str, str] = {}
        self._sized = False
        self.question: QMessageBox | None = None
        self._build()
        self._wire()
        self._show_empty()
        self._load_reference()

    # ================================================================== layout

    def _build(self) -> None:
        # --- top: open a ticket by its number
        self.ticket_edit = QLineEdit()
        self.ticket_edit.setPlaceholderText(self.tr("输入号码，如 A1023，回车打开"))
        self.ticket_edit.setMaxLength(8)
        self.ticket_edit.setMinimumWidth(
            self.ticket_edit.fontMetrics().horizontalAdvance(self.ticket_edit.placeholderText())
            + 24
        )
        self.open_button = QPushButton(self.tr("打开"))
        self.load_status = QLabel()
        self.load_status.setObjectName("hintLabel")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(QLabel(self.tr("号票")))
        top.addWidget(self.ticket_edit)
        top.addWidget(self.open_button)
        top.addWidget(self.load_status, 1)

        self.repeat_banner = QLabel()
        self.repeat_banner.setObjectName("repeatBanner")
        self.repeat_banner.setWordWrap(True)
        self.repeat_banner.hide()

        # --- left: the registration itself, scrollable
        self.form_body = QWidget()
        body = QVBoxLayout(self.form_body)
        body.setContentsMargins(4, 4, 12, 4)
        body.setSpacing(12)
        body.addWidget(self._build_visitor_box())
        body.addWidget(self._build_matter_box())
        body.addWidget(self._build_route_box())
        body.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form_body)

        # --- right: deadlines, result, history
        side = QWidget()
        self.side_layout = side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 4, 4, 4)
        side_layout.setSpacing(12)
        side_layout.addWidget(self._build_deadline_box())
        side_layout.addWidget(self._build_result_box())
        side_layout.addWidget(self._build_history_box(), 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        # --- bottom: always visible
        self.error_label = ErrorLabel()
        self.save_button = QPushButton(self.tr("保存登记 (Ctrl+S)"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setMinimumHeight(48)
        self.finish_button = QPushButton(self.tr("保存并办结"))
        self.finish_button.setObjectName("secondaryButton")
        self.finish_button.setMinimumHeight(48)
        self.finish_button.setToolTip(self.tr("保存登记，并把这张号票标为“已办结”"))
        for button in (self.save_button, self.finish_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.repeat_banner)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

    def add_side_section(self, title: str, widget: QWidget) -> QGroupBox:
        """A box under the history on the right (the main window adds 打印记录 here)."""
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        self.side_layout.addWidget(box)
        return box

    def _build_visitor_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("来访人"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.name_label = QLabel()
        self.name_label.setObjectName("visitorName")
        self.person_label = QLabel()
        self.id_label = QLabel()
        self.phone_label = QLabel()
        self.ticket_label = QLabel()
        self.reps_label = QLabel()
        self.reps_label.setWordWrap(True)
        for label in (self.name_label, self.person_label, self.id_label, self.phone_label,
                      self.ticket_label, self.reps_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.person_label, 0, 1)
        grid.addWidget(self.ticket_label, 0, 2)
        grid.addWidget(self.id_label, 1, 0, 1, 2)
        grid.addWidget(self.phone_label, 1, 2)
        grid.addWidget(self.reps_label, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        outer = QVBoxLayout(box)
        outer.addLayout(grid)

        self.current_address_edit = QLineEdit()
        self.hukou_address_edit = QLineEdit()
        self.work_unit_edit = QLineEdit()
        for edit in (self.current_address_edit, self.hukou_address_edit, self.work_unit_edit):
            edit.setMaxLength(200)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("现住址"), self.current_address_edit)
        form.addRow(self.tr("户口所在地"), self.hukou_address_edit)
        form.addRow(self.tr("工作单位"), self.work_unit_edit)
        outer.addLayout(form)
        return box

    def _build_matter_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("信访事项"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)

        self.people_count_label = QLabel()
        self.involved_spin = QSpinBox()
        self.involved_spin.setRange(UNKNOWN_INVOLVED, 1_000_000)
        self.involved_spin.setSpecialValueText(self.tr("未填"))
        self.involved_spin.setSuffix(self.tr(" 人"))
        self.involved_spin.setMinimumWidth(120)
        counts = QHBoxLayout()
        counts.addWidget(self.people_count_label)
        counts.addSpacing(24)
        counts.addWidget(QLabel(self.tr("涉及人数")))
        counts.addWidget(self.involved_spin)
        counts.addStretch(1)

        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(self.tr("如实记录来访人反映的事实和理由"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMinimumHeight(110)
        self.demands_edit = QPlainTextEdit()
        self.demands_edit.setPlaceholderText(self.tr("来访人的具体请求"))
        self.demands_edit.setTabChangesFocus(True)
        self.demands_edit.setMinimumHeight(80)

        self.category_combo = QComboBox()
        self.category_combo.setPlaceholderText(self.tr("请选择内容分类"))
        self.category_combo.setMaxVisibleItems(20)
        self.area_combo = QComboBox()
        self.area_combo.setPlaceholderText(self.tr("请选择问题属地"))
        self.area_combo.setMaxVisibleItems(20)
        self.area_combo.setItemDelegate(AreaDelegate(self.area_combo))
        self.area_path_label = QLabel()
        self.area_path_label.setObjectName("hintLabel")
        area_row = QHBoxLayout()
        area_row.addWidget(self.area_combo, 1)
        area_row.addWidget(self.area_path_label, 1)
        self.purpose_combo = QComboBox()
        for purpose in Purpose:
            self.purpose_combo.addItem(tr_domain(PURPOSE_LABELS[purpose]), purpose)

        self.flag_checks: dict[str, QCheckBox] = {}
        flags = QHBoxLayout()
        flags.setSpacing(16)
        for name, label in FLAG_LABELS.items():
            check = QCheckBox(tr_domain(label))
            self.flag_checks[name] = check
            flags.addWidget(check)
        flags.addStretch(1)

        form.addRow(self.tr("信访人数"), counts)
        form.addRow(self.tr("事项概况"), self.summary_edit)
        form.addRow(self.tr("诉求内容"), self.demands_edit)
        form.addRow(self.tr("内容分类"), self.category_combo)
        form.addRow(self.tr("问题属地"), area_row)
        form.addRow(self.tr("信访目的"), self.purpose_combo)
        form.addRow(self.tr("标记"), flags)
        return box

    def _build_route_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("办理方式"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.route_group = QButtonGroup(self)
        self.route_buttons: dict[Route, QRadioButton] = {}
        for row, route in enumerate(ROUTE_ORDER):
            button = QRadioButton(tr_domain(ROUTE_LABELS[route]))
            self.route_group.addButton(button, row)
            self.route_buttons[route] = button
            grid.addWidget(button, row, 0)

        self.route_unit_edit = QLineEdit()
        self.route_unit_edit.setPlaceholderText(self.tr("承办单位名称"))
        self.route_unit_edit.setMaxLength(120)
        self.route_channel_combo = QComboBox()
        self.route_channel_combo.setEditable(True)
        self.route_channel_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for channel in LEGAL_CHANNELS:
            self.route_channel_combo.addItem(tr_domain(channel))
        self.route_channel_combo.setCurrentIndex(-1)
        self.route_channel_combo.lineEdit().setPlaceholderText(self.tr("应走的法定途径"))
        self.route_reason_edit = QLineEdit()
        self.route_reason_edit.setPlaceholderText(self.tr("不予受理的理由（回执上告知来访人）"))
        self.route_reason_edit.setMaxLength(500)
        self.route_fields: dict[Route, tuple[QLabel, QWidget]] = {
            Route.TRANSFERRED: (QLabel(self.tr("承办单位")), self.route_unit_edit),
            Route.LEGAL_CHANNEL: (QLabel(self.tr("法定途径")), self.route_channel_combo),
            Route.NOT_ACCEPTED: (QLabel(self.tr("理由")), self.route_reason_edit),
        }
        for route, (label, field) in self.route_fields.items():
            row = ROUTE_ORDER.index(route)
            grid.addWidget(label, row, 1)
            grid.addWidget(field, row, 2)
        answered_hint = QLabel(self.tr("当场答复即办结"))
        answered_hint.setObjectName("hintLabel")
        self.route_fields_hint = answered_hint
        grid.addWidget(answered_hint, 0, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        # Keep the rows the same height whichever sub-field is showing.
        for row in range(len(ROUTE_ORDER)):
            grid.setRowMinimumHeight(row, self.route_reason_edit.sizeHint().height())
        return box

    def _build_deadline_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("期限"))
        form = QFormLayout(box)
        self.received_label = QLabel()
        self.accept_due_label = QLabel()
        self.handling_due_label = QLabel()
        self.handling_due_label.setWordWrap(True)
        for label in (self.accept_due_label, self.handling_due_label):
            label.setObjectName("caseNumber")
        form.addRow(self.tr("收到日期"), self.received_label)
        form.addRow(tr_domain(ACCEPT_NOTICE_LABEL), self.accept_due_label)
        form.addRow(tr_domain(HANDLING_LABEL), self.handling_due_label)
        return box

    def _build_result_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("登记结果"))
        form = QFormLayout(box)
        self.case_number_label = QLabel()
        self.case_number_label.setObjectName("caseNumber")
        self.enquiry_code_label = QLabel()
        self.enquiry_code_label.setObjectName("caseNumber")
        self.case_status_label = QLabel()
        for label in (self.case_number_label, self.enquiry_code_label, self.case_status_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("信访件编号"), self.case_number_label)
        form.addRow(self.tr("查询码"), self.enquiry_code_label)
        form.addRow(self.tr("办理状态"), self.case_status_label)
        return box

    def _build_history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("既往来访"))
        layout = QVBoxLayout(box)
        self.history_summary = QLabel()
        self.history_summary.setObjectName("hintLabel")
        self.history_summary.setWordWrap(True)
        self.history_table = QTableWidget(0, 6)
        self.history_table.setHorizontalHeaderLabels([
            self.tr("日期"), self.tr("号码"), self.tr("信访件编号"), self.tr("事项概况"),
            self.tr("状态"), self.tr("期限"),
        ])
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setWordWrap(False)
        self.history_table.verticalHeader().setVisible(False)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        layout.addWidget(self.history_summary)
        layout.addWidget(self.history_table, 1)
        self.history_table.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Expanding)
        return box

    def _wire(self) -> None:
        self.ticket_edit.returnPressed.connect(self.open_ticket_number)
        self.open_button.clicked.connect(self.open_ticket_number)
        self.save_button.clicked.connect(lambda: self.save(finish=False))
        self.finish_button.clicked.connect(lambda: self.save(finish=True))
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.save(finish=False))
        self.save_shortcut = shortcut
        self.route_group.idToggled.connect(self._on_route_toggled)
        self.area_combo.currentIndexChanged.connect(self._on_area_changed)

        for edit in (self.current_address_edit, self.hukou_address_edit, self.work_unit_edit,
                     self.route_unit_edit, self.route_reason_edit):
            edit.textChanged.connect(self._changed)
            edit.textEdited.connect(lambda _text, e=edit: set_invalid(e, False))
        for text_edit in (self.summary_edit, self.demands_edit):
            text_edit.textChanged.connect(self._changed)
            text_edit.textChanged.connect(lambda e=text_edit: set_invalid(e, False))
        for combo in (self.category_combo, self.area_combo, self.purpose_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.route_channel_combo.currentTextChanged.connect(self._changed)
        self.involved_spin.valueChanged.connect(self._changed)
        for check in self.flag_checks.values():
            check.toggled.connect(self._changed)
        self.route_group.idToggled.connect(lambda _id, checked: checked and self._changed())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Give the history room to breathe: 55 % form, 45 % deadlines and history.
            self._sized = True
            width = max(self.splitter.width(), 800)
            self.splitter.setSizes([width * 55 // 100, width * 45 // 100])

    def focus_first_field(self) -> None:
        """On switching to this page: the number field, unless a visit is being worked on."""
        if self.detail is None:
            self.ticket_edit.setFocus()

    # ================================================================== state

    def has_unsaved_changes(self) -> bool:
        return self._dirty and self.detail is not None

    def is_busy(self) -> bool:
        return self._saving

    def _changed(self, *_args: object) -> None:
        self._edits += 1
        if not self._filling:
            self._dirty = True

    def route(self) -> Route | None:
        index = self.route_group.checkedId()
        return ROUTE_ORDER[index] if index >= 0 else None

    def set_route(self, route: Route | None) -> None:
        if route is None:
            self.route_group.setExclusive(False)
            for button in self.route_buttons.values():
                button.setChecked(False)
            self.route_group.setExclusive(True)
            self._show_route_fields(None)
        else:
            self.route_buttons[route].setChecked(True)

    def _on_route_toggled(self, _button_id: int, checked: bool) -> None:
        if checked:
            self._show_route_fields(self.route())

    def _show_route_fields(self, route: Route | None) -> None:
        for field_route, (label, field) in self.route_fields.items():
            chosen = field_route is route
            label.setVisible(chosen)
            field.setVisible(chosen)
            field.setEnabled(chosen)
        self.route_fields_hint.setVisible(route is Route.ANSWERED)
        self._update_deadlines()

    def _on_area_changed(self, index: int) -> None:
        code = self.area_combo.itemData(index) if index >= 0 else None
        self.area_path_label.setText(self._area_paths.get(code, "") if code else "")

    # ================================================================== reference

    def _load_reference(self) -> None:
        reference = self.services.reference
        registration = self.services.registration
        self.tasks.run(
            lambda: (reference.content_categories(), reference.areas(),
                     registration.deadline_rules()),
            self._on_reference_loaded,
            self._on_reference_failed,
        )

    def reload_reference(self) -> None:
        """After 系统设置 changed: read the lists and time limits again. What is selected
        stays selected (while still active); nothing typed is touched."""
        self._refill_pending = True
        self._load_reference()

    def _on_reference_loaded(
        self, result: tuple[list[ContentCategoryItem], list[AreaItem], DeadlineRules]
    ) -> None:
        categories, areas, rules = result
        self._rules = rules
        if self._refill_pending:
            self._refill_pending = False
            filling, self._filling = self._filling, True
            try:
                kept = (self.category_combo.currentData(), self.area_combo.currentData())
                self.category_combo.clear()
                self.area_combo.clear()
                self._categories_loaded = self._areas_loaded = False
                self._fill_reference(categories, areas)
                self._select_data(self.category_combo, kept[0])
                self._select_data(self.area_combo, kept[1])
            finally:
                self._filling = filling
        else:
            self._fill_reference(categories, areas)
        self._update_deadlines()

    def _on_reference_failed(self, error: BaseException) -> None:
        report_unexpected(error, self._report_error)
        self.error_label.show_error(
            self.tr("内容分类和属地列表没有载入：{reason}").format(reason=message_for(error))
        )

    def _fill_reference(self, categories: list[ContentCategoryItem] | None,
                        areas: list[AreaItem] | None) -> None:
        filling, self._filling = self._filling, True
        try:
            if categories is not None and not self._categories_loaded:
                selected = self.category_combo.currentData()
                for item in categories:
                    self.category_combo.addItem(item.name, item.code)
                self._select_data(self.category_combo, selected)
                self._categories_loaded = True
            if areas is not None and not self._areas_loaded:
                selected = self.area_combo.currentData()
                top = min((item.level for item in areas), default=1)
                names = {item.code: item for item in areas}
                paths: dict[str, str] = {}
                widest = 0
                metrics = self.area_combo.fontMetrics()
                for item in areas:
                    self.area_combo.addItem(item.name, item.code)
                    self.area_combo.setItemData(
                        self.area_combo.count() - 1, item.level - top, LEVEL_ROLE
                    )
                    chain = [item.name]
                    parent = names.get(item.parent_code or "")
                    while parent is not None:
                        chain.append(parent.name)
                        parent = names.get(parent.parent_code or "")
                    paths[item.code] = " › ".join(reversed(chain))
                    text = "\u3000" * (item.level - top) + item.name
                    widest = max(widest, metrics.horizontalAdvance(text))
                self._area_paths = paths
                self.area_combo.view().setMinimumWidth(widest + 48)
                self._select_data(self.area_combo, selected)
                self._areas_loaded = True
        finally:
            self._filling = filling

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        index = combo.findData(value) if value else -1
        combo.setCurrentIndex(index)

    # ================================================================== opening a visit

    def open_ticket_number(self) -> None:
        """Find today's ticket with the number typed at the top and open it."""
        text = self.ticket_edit.text().strip().upper()
        if not text:
            self._show_error(self.tr("请输入号码，例如 A1023"), self.ticket_edit)
            return
        try:
            parse_ticket_number(text)
        except InvalidTicketNumber as error:
            self._show_error(error_text(error), self.ticket_edit)
            return
        set_invalid(self.ticket_edit, False)
        tickets = self.services.tickets
        self.load_status.setText(self.tr("正在查找 {number}…").format(number=text))
        self.tasks.run(
            lambda: tickets.list_queue(text=text),
            lambda entries: self._on_ticket_found(text, entries),
            self._on_load_failed,
        )

    def _on_ticket_found(self, number: str, entries: list[QueueEntry]) -> None:
        matches = [e for e in entries if e.ticket_number.upper() == number]
        if not matches:
            self.load_status.setText("")
            self._show_error(
                self.tr("今天没有号码为 {number} 的号票，请核对号码").format(number=number),
                self.ticket_edit,
            )
            return
        self.load_visit(matches[0].visit_id)

    def load_visit(self, visit_id: uuid.UUID) -> None:
        """Open a visit; asks first if the current one has unsaved changes."""
        if self.detail is not None and self.detail.visit_id == visit_id and not self._dirty:
            self._start_load(visit_id)  # same visit: just refresh it
            return
        if self.has_unsaved_changes():
            self.confirm_discard(lambda: self._start_load(visit_id))
            return
        self._start_load(visit_id)

    def confirm_discard(self, on_discard: Callable[[], None]) -> QMessageBox:
        """Ask before throwing away unsaved changes (non-blocking; see `self.question`)."""
        number = self.detail.ticket_number if self.detail else ""
        self.question = ask_to_discard(
            self,
            self.tr("号票 {number} 的登记还没有保存。放弃修改吗？").format(number=number),
            on_discard,
        )
        self.question.finished.connect(self._forget_question)
        return self.question

    def _forget_question(self) -> None:
        self.question = None

    def _start_load(self, visit_id: uuid.UUID) -> None:
        self._load_serial += 1
        serial = self._load_serial
        registration = self.services.registration
        reference = self.services.reference
        tickets = self.services.tickets
        need_categories = not self._categories_loaded
        need_areas = not self._areas_loaded

        def load() -> LoadedVisit:
            detail = registration.visit_detail(visit_id)
            history = registration.visitor_history(detail.visitor_id, exclude_visit_id=visit_id)
            return LoadedVisit(
                detail=detail,
                history=history,
                today=tickets.today(),
                rules=registration.deadline_rules(),
                categories=reference.content_categories() if need_categories else None,
                areas=reference.areas() if need_areas else None,
            )

        self.load_status.setText(self.tr("正在打开…"))
        self.tasks.run(load, lambda loaded: self._on_loaded(serial, loaded), self._on_load_failed)

    def _on_load_failed(self, error: BaseException) -> None:
        self.load_status.setText("")
        if not isinstance(error, UserError):
            report_unexpected(error, self._report_error)
        self._show_error(message_for(error), None)

    def _on_loaded(self, serial: int, loaded: LoadedVisit) -> None:
        if serial != self._load_serial:
            return  # a newer load was started meanwhile
        self._rules = loaded.rules
        self._fill_reference(loaded.categories, loaded.areas)
        detail = loaded.detail
        self.detail = detail
        self.history = loaded.history
        self.last_result = None
        reg = detail.registration
        self._received_on = reg.received_on if reg else loaded.today
        self._filling = True
        try:
            self._fill_header(detail)
            self._fill_fields(detail, reg)
        finally:
            self._filling = False
        self._dirty = False
        self._show_result(reg)
        self._fill_history(loaded.history)
        self._clear_errors()
        self.form_body.setEnabled(True)
        self.save_button.setEnabled(True)
        self.finish_button.setEnabled(True)
        self.ticket_edit.setText(detail.ticket_number)
        self.load_status.setText(
            self.tr("已打开 {number}").format(number=detail.ticket_number)
        )
        if detail.queue_status in (QueueStatus.CANCELLED, QueueStatus.NO_SHOW):
            self.error_label.show_error(
                self.tr("这张号票已取消或未到，不能登记；需要时请先恢复号票。")
            )
        self.scroll.verticalScrollBar().setValue(0)
        self.summary_edit.setFocus()
        self.visit_loaded.emit(detail)

    def _fill_header(self, detail: VisitDetail) -> None:
        self.name_label.setText(detail.visitor_name)
        parts = []
        if detail.sex:
            parts.append(sex_text(detail.sex))
        if detail.birth_date:
            parts.append(self.tr("{date} 出生").format(date=detail.birth_date.isoformat()))
        self.person_label.setText("　".join(parts))
        id_type = id_type_text(detail.id_type)
        # The clerk needs the full number; opening the visit was recorded in the audit log.
        self.id_label.setText(
            self.tr("{id_type}　{number}").format(id_type=id_type, number=detail.id_number)
        )
        self.phone_label.setText(
            self.tr("电话　{phone}").format(phone=detail.phone or self.tr("未留"))
        )
        self.ticket_label.setText(
            self.tr("号票 {number}　{category}　{status}").format(
                number=detail.ticket_number,
                category=tr_domain(CATEGORIES[detail.category].label),
                status=tr_domain(QUEUE_STATUS_LABELS[detail.queue_status]),
            )
        )
        if detail.representatives:
            names = "、".join(rep.name for rep in detail.representatives)
            self.reps_label.setText(self.tr("代表：{names}").format(names=names))
            self.reps_label.show()
        else:
            self.reps_label.hide()
        self.people_count_label.setText(
            self.tr("{count} 人（取号时登记）").format(count=detail.people_count)
        )

    def _fill_fields(self, detail: VisitDetail, reg: RegistrationView | None) -> None:
        self.current_address_edit.setText(detail.current_address)
        self.hukou_address_edit.setText(detail.hukou_address)
        self.work_unit_edit.setText(detail.work_unit)
        self.summary_edit.setPlainText(reg.summary if reg else "")
        self.demands_edit.setPlainText(reg.demands if reg else "")
        self._select_data(self.category_combo, reg.content_category_code if reg else None)
        self._select_data(self.area_combo, reg.area_code if reg else None)
        self._on_area_changed(self.area_combo.currentIndex())
        purpose = reg.purpose if reg and reg.purpose else Purpose.SEEK_RESOLUTION
        self._select_data(self.purpose_combo, purpose)
        for name, check in self.flag_checks.items():
            check.setChecked(bool(reg and name in reg.flags))
        involved = reg.involved_count if reg and reg.involved_count else UNKNOWN_INVOLVED
        self.involved_spin.setValue(involved)
        self.route_unit_edit.setText(reg.route_unit if reg else "")
        self.route_channel_combo.setCurrentText(reg.route_channel if reg else "")
        self.route_reason_edit.setText(reg.route_reason if reg else "")
        self.set_route(reg.route if reg else None)
        self._show_route_fields(self.route())

    def _fill_history(self, history: VisitorHistory) -> None:
        table = self.history_table
        table.setRowCount(len(history.entries))
        for row, entry in enumerate(history.entries):
            values = (
                entry.service_day.isoformat(),
                entry.ticket_number,
                entry.case_number or "",
                _one_line(entry.summary),
                self._history_status(entry),
                day_text(entry.handling_due or entry.accept_notice_due),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3 and entry.summary:
                    item.setToolTip(entry.summary)
                if entry.within_time_limit:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)
        if history.entries:
            self.history_summary.setText(
                self.tr("共 {count} 次；红色为仍在办理期限内的事项").format(
                    count=len(history.entries)
                )
            )
        else:
            self.history_summary.setText(self.tr("首次来访，没有既往记录"))
        self._show_repeat_banner(history.open_matters)

    def _history_status(self, entry: HistoryEntry) -> str:
        if entry.case_status is not None:
            return tr_domain(CASE_STATUS_LABELS[entry.case_status])
        return tr_domain(QUEUE_STATUS_LABELS[entry.queue_status])

    def _show_repeat_banner(self, open_matters: tuple[HistoryEntry, ...]) -> None:
        if not open_matters:
            self.repeat_banner.hide()
            self.repeat_banner.setText("")
            return
        items = "；".join(
            self.tr("{case}（{day} 登记，期限 {due}）").format(
                case=entry.case_number or entry.ticket_number,
                day=entry.service_day.isoformat(),
                due=day_text(entry.handling_due or entry.accept_notice_due),
            )
            for entry in open_matters
        )
        self.repeat_banner.setText(
            self.tr("重复访提示：此人有 {count} 件事项仍在办理期限内：{items}，"
                    "请核实是否重复访").format(count=len(open_matters), items=items)
        )
        self.repeat_banner.show()

    # ================================================================== deadlines

    def current_deadlines(self) -> StatutoryDeadlines | None:
        if self._received_on is None:
            return None
        return compute_deadlines(self._received_on, self.route(), self._rules)

    def _update_deadlines(self) -> None:
        deadlines = self.current_deadlines()
        if deadlines is None:
            for label in (self.received_label, self.accept_due_label, self.handling_due_label):
                label.setText("—")
            return
        self._show_deadlines(deadlines)

    def _show_deadlines(self, deadlines: StatutoryDeadlines) -> None:
        self.received_label.setText(deadlines.received_on.isoformat())
        self.accept_due_label.setText(deadlines.accept_notice_due.isoformat())
        if deadlines.handling_due is not None:
            self.handling_due_label.setText(deadlines.handling_due.isoformat())
        else:
            self.handling_due_label.setText(self.tr("不适用（不作为信访事项受理）"))

    # ================================================================== saving

    def collect_input(self, finish: bool = False) -> RegistrationInput | None:
        route = self.route()
        if route is None:
            return None
        self.involved_spin.interpretText()
        involved = self.involved_spin.value()
        return RegistrationInput(
            summary=self.summary_edit.toPlainText(),
            demands=self.demands_edit.toPlainText(),
            content_category_code=self.category_combo.currentData() or "",
            area_code=self.area_combo.currentData() or "",
            purpose=Purpose(self.purpose_combo.currentData() or Purpose.SEEK_RESOLUTION),
            route=route,
            route_unit=self.route_unit_edit.text(),
            route_channel=self.route_channel_combo.currentText(),
            route_reason=self.route_reason_edit.text(),
            flags=frozenset(name for name, check in self.flag_checks.items()
                            if check.isChecked()),
            involved_count=involved if involved != UNKNOWN_INVOLVED else None,
            current_address=self.current_address_edit.text(),
            hukou_address=self.hukou_address_edit.text(),
            work_unit=self.work_unit_edit.text(),
            finish=finish,
        )

    def save(self, finish: bool = False) -> None:
        if self._saving:
            return
        if self.detail is None:
            self._show_error(self.tr("请先打开一张号票（在上方输入号码）"), self.ticket_edit)
            return
        data = self.collect_input(finish)
        if data is None:
            self._show_error(self.tr("请选择办理方式"), self.route_buttons[ROUTE_ORDER[0]])
            return
        visit_id = self.detail.visit_id
        edits = self._edits
        self._saving = True
        self.save_button.setEnabled(False)
        self.finish_button.setEnabled(False)
        self._clear_errors()
        self.load_status.setText(self.tr("正在保存…"))
        registration = self.services.registration
        self.tasks.run(
            lambda: registration.register(visit_id, data),
            lambda result: self._on_saved(result, edits, finish),
            self._on_save_failed,
        )

    def _end_saving(self) -> None:
        self._saving = False
        self.save_button.setEnabled(self.detail is not None)
        self.finish_button.setEnabled(self.detail is not None)

    def _on_saved(self, result: RegistrationResult, edits: int, finish: bool) -> None:
        self._end_saving()
        self.last_result = result
        if self.detail is not None and self.detail.visit_id == result.visit_id:
            self._dirty = self._edits != edits  # typed on while it was saving
            self._received_on = result.deadlines.received_on
            self._show_deadlines(result.deadlines)
            self._show_case_numbers(result.case_number, result.enquiry_code)
            status = tr_domain(CASE_STATUS_LABELS[result.case_status])
            if result.is_repeat:
                status = self.tr("{status}（重复访）").format(status=status)
            self.case_status_label.setText(status)
            if finish:
                self.ticket_label.setText(
                    self.tr("号票 {number}　{category}　{status}").format(
                        number=self.detail.ticket_number,
                        category=tr_domain(CATEGORIES[self.detail.category].label),
                        status=tr_domain(QUEUE_STATUS_LABELS[QueueStatus.DONE]),
                    )
                )
        self.load_status.setText(
            self.tr("已保存：信访件编号 {case}，查询码 {code}").format(
                case=result.case_number, code=result.enquiry_code
            )
        )
        self.registration_saved.emit(result)

    def _on_save_failed(self, error: BaseException) -> None:
        self._end_saving()
        self.load_status.setText("")
        if not isinstance(error, UserError):
            report_unexpected(error, self._report_error)
            self._show_error(message_for(error), None)
            return
        self._show_error(error_text(error), self._widget_for_field(error.field))

    def _widget_for_field(self, field: str | None) -> QWidget | None:
        fields: dict[str, QWidget] = {
            "summary": self.summary_edit,
            "demands": self.demands_edit,
            "content_category": self.category_combo,
            "area": self.area_combo,
            "route": self.route_buttons[ROUTE_ORDER[0]],
            "route_unit": self.route_unit_edit,
            "route_channel": self.route_channel_combo,
            "route_reason": self.route_reason_edit,
            "involved_count": self.involved_spin,
            "current_address": self.current_address_edit,
            "hukou_address": self.hukou_address_edit,
            "work_unit": self.work_unit_edit,
        }
        return fields.get(field or "")

    def _show_error(self, text: str, widget: QWidget | None) -> None:
        """Say what is wrong and put the cursor there; nothing typed is lost."""
        self.error_label.show_error(text)
        if widget is None:
            return
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            set_invalid(widget, True)
        if self.scroll.isAncestorOf(widget):
            self.scroll.ensureWidgetVisible(widget, 50, 80)
        widget.setFocus()

    def _clear_errors(self) -> None:
        self.error_label.clear_error()
        for edit in (self.summary_edit, self.demands_edit, self.current_address_edit,
                     self.hukou_address_edit, self.work_unit_edit, self.route_unit_edit,
                     self.route_reason_edit, self.ticket_edit):
            set_invalid(edit, False)

    # ================================================================== empty state

    def _show_empty(self) -> None:
        self.name_label.setText(self.tr("尚未打开号票"))
        self.person_label.setText("")
        self.id_label.setText(self.tr("在上方输入号码，或在“排队”中双击一张号票"))
        self.phone_label.setText("")
        self.ticket_label.setText("")
        self.reps_label.hide()
        self.people_count_label.setText("—")
        self._show_result(None)
        self._fill_history(VisitorHistory(()))
        self.history_summary.setText("")
        self._show_route_fields(None)
        self._update_deadlines()
        self.form_body.setEnabled(False)
        self.save_button.setEnabled(False)
        self.finish_button.setEnabled(False)

    def _show_case_numbers(self, case_number: str, enquiry_code: str) -> None:
        self.case_number_label.setText(case_number)
        self.enquiry_code_label.setText(enquiry_code)
        restyle(self.case_number_label, "caseNumber")
        restyle(self.enquiry_code_label, "caseNumber")

    def _show_result(self, reg: RegistrationView | None) -> None:
        if reg is None:
            self.case_number_label.setText(self.tr("保存后生成"))
            self.enquiry_code_label.setText(self.tr("保存后生成"))
            restyle(self.case_number_label, "hintLabel")
            restyle(self.enquiry_code_label, "hintLabel")
            self.case_status_label.setText(self.tr("尚未登记"))
            return
        self._show_case_numbers(reg.case_number, reg.enquiry_code)
        status = tr_domain(CASE_STATUS_LABELS[reg.case_status]) if reg.case_status else ""
        self.case_status_label.setText(status)


def _one_line(text: str, limit: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
