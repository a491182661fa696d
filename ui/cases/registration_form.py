"""接谈登记: the clerk registers the matter at the window, with the visitor's earlier
visits and the statutory deadlines in view.

This is the form's shell: which visit is open (`load_visit`, e.g. from the queue, or a
ticket number typed at the top), saving, and the layout of its parts — 来访人
(visitor_part), 信访事项 (matter_part), 办理方式 (route_part), 期限与登记结果
(case_panel), 既往来访 and the 重复访 banner (history_panel), 打印记录
(print_records_panel). Opening a visit is one service call (`open_visit`); every call
runs as an Operation (ui/operations.py), errors at their field.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.permissions import Permission
from desktop.app_services import AppServices
from desktop.calendar import DEFAULT_CALENDAR, Calendar
from desktop.cases.deadlines import DeadlineRules, StatutoryDeadlines, compute_deadlines
from desktop.cases.registration import DeadlineCounting, RegistrationInput, RegistrationResult
from desktop.cases.registration_rules import route_warning
from desktop.cases.repeat_views import RepeatView
from desktop.cases.visit_views import OpenedVisit, VisitDetail
from desktop.domain import QueueStatus
from desktop.queue.numbering import InvalidTicketNumber, parse_ticket_number
from desktop.queue.tickets import QueueEntry
from desktop.settings.reference import AreaItem, ContentCategoryItem
from ui.cases.case_panel import CasePanel
from ui.cases.field_errors import RegistrationErrors
from ui.cases.history_panel import MIN_VISIBLE_ROWS, HistoryPanel
from ui.cases.matter_part import MatterPart
from ui.cases.print_records_panel import PrintRecordsPanel
from ui.cases.repeat_bar import RepeatBar
from ui.cases.route_part import RoutePart
from ui.cases.visit_dialog import EarlierVisitDialog
from ui.cases.visitor_part import VisitorPart
from ui.i18n import error_text
from ui.operations import Operation, is_running
from ui.permissions import refusal
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback, ErrorLabel, ask_to_discard, message_for

ReferenceLists = tuple[list[ContentCategoryItem], list[AreaItem], DeadlineCounting]
T = TypeVar("T")


class RegistrationForm(QWidget):
    """The 接谈登记 page. Emits `registration_saved(RegistrationResult)` and
    `visit_loaded(VisitDetail)`."""

    registration_saved = Signal(object)
    visit_loaded = Signal(object)
    case_timeline_requested = Signal(object)  # a visit id: open its case's 办理流程

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
        self.last_result: RegistrationResult | None = None
        self.earlier_dialog: EarlierVisitDialog | None = None
        self._rules = DeadlineRules()
        self._calendar: Calendar = DEFAULT_CALENDAR
        self._received_on: date | None = None
        self._lists_loaded = False
        self._filling = False
        self._dirty = False
        self._edits = 0
        self._sized = False
        self.question: QMessageBox | None = None
        self._build()
        self._wire()
        self._show_empty()
        self._load_reference()

    # ================================================================== layout

    def _build(self) -> None:
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
        self.book_button = QPushButton(self.tr("预约领导接访…"))
        self.book_button.setToolTip(self.tr("为这位来访人预约领导接访（带出证件、电话和信访件）"))
        self.book_button.clicked.connect(self.book_reception)
        self.booking_dialog: QWidget | None = None
        top.addWidget(self.book_button)

        self.visitor = VisitorPart()
        self.matter = MatterPart()
        self.routes = RoutePart()
        self.case = CasePanel()
        self.history = HistoryPanel()
        self.print_panel = PrintRecordsPanel()
        self.repeat_bar = RepeatBar(self.services, self.tasks, self._report_error)

        # --- left: the registration itself, scrollable
        self.form_body = QWidget()
        body = QVBoxLayout(self.form_body)
        body.setContentsMargins(4, 4, 12, 4)
        body.setSpacing(12)
        body.addWidget(self.visitor)
        body.addWidget(self.matter)
        body.addWidget(self.routes)
        body.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(self.form_body)

        # --- right: deadlines and result; history over print records, the clerk may
        # move the line between them.
        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.addWidget(self.history)
        self.side_splitter.addWidget(self.print_panel)
        self.side_splitter.setStretchFactor(0, 1)
        self.side_splitter.setStretchFactor(1, 0)
        self.side_splitter.setChildrenCollapsible(False)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 4, 4, 4)
        side_layout.setSpacing(8)
        side_layout.addWidget(self.case)
        side_layout.addWidget(self.side_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.form_scroll)
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
        layout.addWidget(self.repeat_bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        matter, routes = self.matter, self.routes
        self.errors = RegistrationErrors(self.error_label, {
            "ticket": self.ticket_edit,
            "summary": matter.summary_edit,
            "demands": matter.demands_edit,
            "content_category": matter.category_combo,
            "area": matter.area_picker,
            "matter_sort": matter.sort_combo,
            "route": routes.first_button(),
            "route_unit": routes.route_unit_combo,
            "route_channel": routes.route_channel_combo,
            "route_reason": routes.route_reason_edit,
            "route_basis": routes.route_basis_edit,
            "transferred_on": routes.transfer_date_edit,
            "transfer_document_number": routes.transfer_document_edit,
            "respondent": matter.respondent_edit,
            "materials": matter.materials_edit,
            "involved_count": matter.involved_spin,
            "current_address": self.visitor.current_address_edit,
            "hukou_address": self.visitor.hukou_address_edit,
            "work_unit": self.visitor.work_unit_edit,
        }, self.form_scroll)
        # What other pages and tests reach for most.
        self.name_label = self.visitor.name_label
        self.summary_edit = matter.summary_edit

    def add_side_section(self, title: str, widget: QWidget) -> QGroupBox:
        """The box under the history on the right (the main window adds 打印记录 here)."""
        self.print_panel.set_view(title, widget)
        return self.print_panel

    def _wire(self) -> None:
        self.ticket_edit.returnPressed.connect(self.open_ticket_number)
        self.open_button.clicked.connect(self.open_ticket_number)
        self.save_button.clicked.connect(lambda: self.save(finish=False))
        self.finish_button.clicked.connect(lambda: self.save(finish=True))
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.save(finish=False))
        self.save_shortcut = shortcut
        self.routes.route_changed.connect(lambda _route: self._route_or_sort_changed())
        self.matter.sorting_changed.connect(self._route_or_sort_changed)
        self.routes.details_changed.connect(self._update_deadlines)
        self.routes.route_channel_combo.currentIndexChanged.connect(
            lambda _index: self._route_or_sort_changed())
        self.history.open_requested.connect(self.open_earlier_visit)
        self.repeat_bar.watch(self.matter)
        self.repeat_bar.view_changed.connect(self._on_repeat_view)
        self.repeat_bar.finished.connect(self._on_linked_visit_finished)
        self.errors.watch(self.ticket_edit, self.visitor.edits(), self.matter, self.routes)

        matter, routes = self.matter, self.routes
        for edit in (*self.visitor.edits(), routes.route_reason_edit, routes.route_basis_edit,
                     routes.transfer_document_edit, matter.respondent_edit):
            edit.textChanged.connect(self._changed)
        for text_edit in (matter.summary_edit, matter.demands_edit, matter.materials_edit):
            text_edit.textChanged.connect(self._changed)
        for combo in (matter.category_combo, matter.purpose_combo, matter.sort_combo,
                      routes.route_channel_combo):
            combo.currentIndexChanged.connect(self._changed)
        matter.area_picker.area_changed.connect(self._changed)
        routes.route_unit_combo.activated.connect(self._changed)
        routes.transfer_date_edit.dateChanged.connect(self._changed)
        matter.involved_spin.valueChanged.connect(self._changed)
        for check in matter.flag_checks.values():
            check.toggled.connect(self._changed)
        routes.route_changed.connect(self._changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        if not self._sized:
            # Give the history room to breathe: 55 % form, 45 % deadlines and history.
            self._sized = True
            width = max(self.splitter.width(), 800)
            self.splitter.setSizes([width * 55 // 100, width * 45 // 100])
            # 打印记录 as small as it can be while whole; the history gets the rest.
            height = self.side_splitter.height()
            records = self.print_panel.minimumSizeHint().height()
            self.side_splitter.setSizes([max(height - records, 1), records])

    def focus_first_field(self) -> None:
        """On switching to this page: the number field, unless a visit is being worked on."""
        if self.detail is None:
            self.ticket_edit.setFocus()

    # ================================================================== state

    def has_unsaved_changes(self) -> bool:
        return self._dirty and self.detail is not None

    def is_busy(self) -> bool:
        return is_running(self, "save")

    def _changed(self, *_args: object) -> None:
        self._edits += 1
        if not self._filling:
            self._dirty = True

    def current_deadlines(self) -> StatutoryDeadlines | None:
        """The preview: counted on the calendar the service read (its administrator's
        entries included), as saving will count them."""
        if self._received_on is None:
            return None
        return compute_deadlines(self._received_on, self.routes.route(), self._rules,
                                 self._calendar, transferred_on=self.routes.transferred_on())

    def _update_deadlines(self) -> None:
        self.case.show_deadlines(self.current_deadlines(), self.routes.route())

    def _route_or_sort_changed(self) -> None:
        """The unit list follows the route, the channel, the sort and the marks."""
        self.routes.list_units(self.matter.matter_sort(), self.matter.flags())
        self._update_deadlines()

    def _operation(self, job: Callable[[], T]) -> Operation[T]:
        operation = Operation(self, self.tasks, job)
        if self._report_error is not None:
            operation.report_to(self._report_error)
        return operation

    # ================================================================== reference

    def _load_reference(self) -> None:
        reference = self.services.reference
        registration = self.services.registration
        self._operation(
            lambda: (reference.content_categories(), reference.areas(),
                     registration.counting())
        ).key("reference").success(self._on_reference_loaded) \
            .failure(self._on_reference_failed).run()

    def reload_reference(self) -> None:
        """After 系统设置 changed: read the lists and time limits again. What is selected
        stays selected (while still active); nothing typed is touched."""
        self._load_reference()

    def _on_reference_loaded(self, result: ReferenceLists) -> None:
        categories, areas, counting = result
        self._rules = counting.rules
        self._calendar = counting.calendar
        self.routes.set_units(counting.units)
        self._fill_lists(categories, areas)
        self._route_or_sort_changed()

    def _on_reference_failed(self, error: BaseException) -> bool:
        self.error_label.show_error(
            self.tr("内容分类和属地列表没有载入：{reason}").format(reason=message_for(error))
        )
        return False  # unexpected errors still go to the reporter

    def _fill_lists(self, categories: Sequence[ContentCategoryItem],
                    areas: Sequence[AreaItem]) -> None:
        filling, self._filling = self._filling, True
        try:
            self.matter.set_categories(categories)
            self.matter.set_areas(areas)
            self._lists_loaded = True
        finally:
            self._filling = filling

    # ================================================================== opening a visit

    def open_ticket_number(self) -> None:
        """Find today's ticket with the number typed at the top and open it."""
        text = self.ticket_edit.text().strip().upper()
        if not text:
            self.errors.show_field_error("ticket", self.tr("请输入号码，例如 A1023"))
            return
        try:
            parse_ticket_number(text)
        except InvalidTicketNumber as error:
            self.errors.show_field_error("ticket", error_text(error))
            return
        tickets = self.services.tickets
        self.load_status.setText(self.tr("正在查找 {number}…").format(number=text))
        self._operation(lambda: tickets.list_queue(text=text)).key("load") \
            .success(lambda entries: self._on_ticket_found(text, entries)) \
            .failure(self._on_load_failed).errors(self.errors).run()

    def _on_ticket_found(self, number: str, entries: list[QueueEntry]) -> None:
        matches = [e for e in entries if e.ticket_number.upper() == number]
        if not matches:
            self.load_status.setText("")
            self.errors.show_field_error(
                "ticket",
                self.tr("今天没有号码为 {number} 的号票，请核对号码").format(number=number),
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
        refused = refusal(self.services, Permission.VIEW_CASES)
        if refused:  # the front desk, a leader, the administrator: no case content
            self.detail = None
            self._show_empty()
            self.load_status.setText("")
            self.error_label.show_error(refused)
            return
        registration = self.services.registration
        with_reference = not self._lists_loaded
        self.load_status.setText(self.tr("正在打开…"))
        # Latest wins: a newer open drops the result of an older one still running.
        self._operation(lambda: registration.open_visit(visit_id, with_reference)) \
            .key("load").success(self._on_loaded).failure(self._on_load_failed) \
            .errors(self.errors).run()

    def _on_load_failed(self, _error: BaseException) -> bool:
        self.load_status.setText("")
        return False  # shown under the form (and reported when unexpected)

    def _on_loaded(self, opened: OpenedVisit) -> None:
        self._rules = opened.rules
        self._calendar = opened.calendar
        if opened.units is not None:
            self.routes.set_units(opened.units)
        if opened.categories is not None and opened.areas is not None:
            self._fill_lists(opened.categories, opened.areas)
        detail = opened.detail
        self.detail = detail
        self.last_result = None
        reg = detail.registration
        self._received_on = opened.received_on
        self._filling = True
        try:
            self.visitor.show_visit(detail)
            self.matter.show_visit(detail, reg)
            self.routes.show_registration(reg, opened.received_on)
            self.routes.list_units(self.matter.matter_sort(), self.matter.flags())
        finally:
            self._filling = False
        self._dirty = False
        self.case.show_registration(reg)
        self.case.show_deadlines(opened.deadlines, reg.route if reg else None)
        self.history.show_loading()
        self._on_repeat_view(None)
        self.repeat_bar.load(detail.visit_id)
        self.print_panel.show_records(detail.visit_id, reg is not None, opened.print_records)
        self.errors.clear_field_errors()
        self.form_body.setEnabled(True)
        self.save_button.setEnabled(True)
        self.finish_button.setEnabled(True)
        self.book_button.setEnabled(True)
        self.ticket_edit.setText(detail.ticket_number)
        self.load_status.setText(
            self.tr("已打开 {number}").format(number=detail.ticket_number)
        )
        if detail.queue_status in (QueueStatus.CANCELLED, QueueStatus.NO_SHOW):
            self.error_label.show_error(
                self.tr("这张号票已取消或未到，不能登记；需要时请先恢复号票。")
            )
        self.form_scroll.verticalScrollBar().setValue(0)
        self.summary_edit.setFocus()
        self.visit_loaded.emit(detail)

    def open_earlier_visit(self, visit_id: uuid.UUID) -> None:
        """既往来访 double-clicked: that visit in full, read-only, beside the form."""
        registration = self.services.registration
        self._operation(lambda: registration.visit_detail(visit_id)).key("earlier") \
            .success(self._show_earlier_visit).run()

    def _show_earlier_visit(self, detail: VisitDetail) -> None:
        if self.earlier_dialog is not None:
            self.earlier_dialog.close()
        dialog = EarlierVisitDialog(detail, self.matter.category_name,
                                    self.matter.area_picker.path_of, self)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        dialog.timeline_requested.connect(self.case_timeline_requested)
        self.earlier_dialog = dialog
        dialog.open()

    def _on_repeat_view(self, view: RepeatView | None) -> None:
        """重复访 (ui/cases/repeat_bar.py): a visit linked to an earlier case registers
        nothing of its own, so the matter, route and deadline parts step aside."""
        linked = view is not None and view.linked is not None
        if view is not None:
            self.history.show_matters(view)
        self.history.set_min_rows(2 if self.repeat_bar.lines else MIN_VISIBLE_ROWS)
        for part in (self.matter, self.routes, self.case):
            part.setVisible(not linked)
        self.save_button.setEnabled(self.detail is not None and not linked)
        if linked:
            self._dirty = False

    def _on_linked_visit_finished(self, status: QueueStatus) -> None:
        if self.detail is not None:
            self.visitor.show_ticket_status(self.detail, status)

    def _forget_dialog(self, dialog: EarlierVisitDialog) -> None:
        if self.earlier_dialog is dialog:
            self.earlier_dialog = None

    # ================================================================== saving

    def collect_input(self, finish: bool = False) -> RegistrationInput | None:
        route = self.routes.route()
        if route is None:
            return None
        matter, routes, visitor = self.matter, self.routes, self.visitor
        return RegistrationInput(
            summary=matter.summary_edit.toPlainText(),
            demands=matter.demands_edit.toPlainText(),
            content_category_code=matter.category_combo.currentData() or "",
            area_code=matter.area_picker.code(),
            purpose=matter.purpose(),
            route=route,
            matter_sort=matter.matter_sort(),
            route_unit_code=routes.unit_code(),
            route_channel=routes.channel_key(),
            route_reason=routes.route_reason_edit.text(),
            route_basis=routes.route_basis_edit.text(),
            transferred_on=routes.transferred_on(),
            transfer_document_number=routes.transfer_document_edit.text(),
            respondent=matter.respondent_edit.text(),
            materials=matter.materials_edit.toPlainText(),
            flags=matter.flags(),
            involved_count=matter.involved_count(),
            current_address=visitor.current_address_edit.text(),
            hukou_address=visitor.hukou_address_edit.text(),
            work_unit=visitor.work_unit_edit.text(),
            finish=finish,
        )

    def save(self, finish: bool = False) -> None:
        if is_running(self, "save"):
            return
        if self.repeat_bar.linked:  # 重复访: nothing to register; 办结 finishes the ticket
            if finish:
                self.repeat_bar.finish_linked()
            return
        if self.detail is None:
            self.errors.show_field_error(
                "ticket", self.tr("请先打开一张号票（在上方输入号码）"))
            return
        data = self.collect_input(finish)
        if data is None:
            self.errors.show_field_error("route", self.tr("请选择办理方式"))
            return
        warning = route_warning(data.matter_sort, data.route)
        if warning is not None:
            self._confirm_route(QCoreApplication.translate("Errors", warning), data)
            return
        self._send(data)

    def _confirm_route(self, text: str, data: RegistrationInput) -> QMessageBox:
        """Ask before saving a route the rules warn about (non-blocking; the safe answer,
        going back to change it, is the default)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("请核对办理方式"))
        box.setText(text)
        go_on = box.addButton(self.tr("仍按此办理方式保存"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("返回修改"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished() -> None:
            if box.clickedButton() is go_on:
                self._send(data)

        box.finished.connect(finished)
        box.finished.connect(self._forget_question)
        self.question = box
        box.open()
        return box

    def _send(self, data: RegistrationInput) -> None:
        if self.detail is None or is_running(self, "save"):
            return
        visit_id = self.detail.visit_id
        edits = self._edits
        registration = self.services.registration
        self._operation(lambda: registration.register(visit_id, data)).exclusive("save") \
            .busy(self.save_button, self.finish_button, self._show_saving) \
            .errors(self.errors) \
            .success(lambda result: self._on_saved(result, edits, data.finish)).run()

    def _show_saving(self, busy: bool) -> None:
        self.load_status.setText(self.tr("正在保存…") if busy else "")

    def _on_saved(self, saved: RegistrationResult, edits: int, finish: bool) -> None:
        self.last_result = saved
        if self.detail is not None and self.detail.visit_id == saved.visit_id:
            self._dirty = self._edits != edits  # typed on while it was saving
            self._received_on = saved.deadlines.received_on
            self.case.show_deadlines(saved.deadlines, self.routes.route())
            self.case.show_paper(saved.paper)
            self.case.show_case_numbers(saved.case_number, saved.enquiry_code)
            self.case.show_status(saved.case_status, saved.is_repeat)
            if finish:
                self.visitor.show_ticket_status(self.detail, QueueStatus.DONE)
        self.load_status.setText(
            self.tr("已保存：信访件编号 {case}，查询码 {code}").format(
                case=saved.case_number, code=saved.enquiry_code
            )
        )
        self.registration_saved.emit(saved)

    # ================================================================== empty state

    def _show_empty(self) -> None:
        self.visitor.show_empty()
        self.matter.show_empty()
        self.case.show_registration(None)
        self.history.clear()
        self.repeat_bar.clear()
        self.routes.show_fields(None)
        self._update_deadlines()
        self.form_body.setEnabled(False)
        self.save_button.setEnabled(False)
        self.finish_button.setEnabled(False)
        self.book_button.setEnabled(False)

    # ================================================================== booking

    def book_reception(self) -> QWidget | None:
        """预约领导接访…: the booking dialog for the open visit's visitor and its case (its
        own, the one it is linked to, or the one just saved)."""
        detail = self.detail
        if detail is None:
            return None
        from ui.reception.booking_dialog import open_booking_for

        view, saved = self.repeat_bar.view, self.last_result
        number = (view.own_case_number or (view.linked.case_number if view.linked else "")
                  if view is not None else "") or (saved.case_number if saved else "")
        self.booking_dialog = open_booking_for(self.services, self.tasks, self, detail,
                                               number or "")
        return self.booking_dialog
