"""接访当日 — a session on its day: check-in at the front desk (a keyboard-wedge scanner
types the slip's `LFYY:<code>` and Enter, or the ID number is swiped/typed), who is
booked, arrived, being received, done or absent, the walk-ins apart, and the leader's
instruction for the visitor selected (批示, the unit it is assigned to); and 批示督办,
the follow-up list (overdue red, due soon amber) with the unit's reply and result."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.permissions import Permission
from desktop.reception.booking_domain import (
    DAY_STATE_LABELS,
    DayState,
    FollowUpState,
    InstructionStatus,
)
from desktop.reception.instructions import InstructionInput
from ui.i18n import tr_domain
from ui.operations import FormErrors, Operation
from ui.permissions import may, refusal
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.app_services import AppServices
    from desktop.cases.units import UnitItem
    from desktop.reception.checkin import CheckedIn, DayView
    from desktop.reception.instructions import FollowUpList, InstructionItem
    from desktop.reception.views import SessionItem
    from ui.printing.controller import PrintController
    from ui.reception.paper_preview import PaperPreviewDialog

OVERDUE = QColor("#F8D0D0")
DUE_SOON = QColor("#FCE8C0")
STATE_COLOURS = {DayState.ARRIVED: QColor("#DDEEFF"), DayState.IN_RECEPTION: QColor("#FFF2B3"),
                 DayState.DONE: QColor("#DDF2DD"), DayState.ABSENT: QColor("#EEEEEE")}


class ReceptionDayPanel(QWidget):
    def __init__(self, services: AppServices, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._sessions: tuple[SessionItem, ...] = ()
        self.view: DayView | None = None
        self.follow: FollowUpList | None = None

        self.session_combo = QComboBox()
        self.session_combo.currentIndexChanged.connect(self.refresh)
        self.scan_edit = QLineEdit()
        self.scan_edit.setPlaceholderText(
            self.tr("扫描预约单二维码，或刷身份证 / 输入证件号码后回车"))
        self.scan_edit.returnPressed.connect(self.check_in)
        self.scan_label = QLabel()
        self.counts_label = QLabel()
        columns = (self.tr("时段"), self.tr("预约号"), self.tr("姓名"), self.tr("证件号码"),
                   self.tr("人数"), self.tr("反映问题"), self.tr("信访件"), self.tr("状态"),
                   self.tr("号票"))
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The matter takes the spare width (it was the ticket number, leaving the matter cut).
        self.table.horizontalHeader().setStretchLastSection(False)
        self.walk_ins = QListWidget()
        self.walk_ins.setMaximumHeight(80)
        self.decision_edit = QPlainTextEdit()
        self.decision_edit.setMaximumHeight(60)
        self.unit_combo = QComboBox()
        self.record_button = QPushButton(self.tr("记录批示"))
        self.record_button.clicked.connect(self.record_instruction)
        self.absent_button = QPushButton(self.tr("记为未到"))
        self.absent_button.clicked.connect(self.mark_absent)
        self.book_button = QPushButton(self.tr("预约登记…"))
        self.book_button.clicked.connect(self.open_booking)
        self.briefing_button = QPushButton(self.tr("汇报材料…"))
        self.briefing_button.setToolTip(self.tr(
            "预览并打印这场接访的领导汇报材料：每位预约来访人、反映的问题和信访件办理经过"))
        self.briefing_button.clicked.connect(self.preview_briefing)
        self.printing: PrintController | None = None  # the window's, for its printers
        self.preview_dialog: PaperPreviewDialog | None = None
        self.booking_dialog: QWidget | None = None
        self._loaded_once = False
        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {
            "scan": self.scan_edit, "decision": self.decision_edit, "unit_code": self.unit_combo,
            "booking_id": self.table})

        top = QFormLayout()
        top.addRow(self.tr("今日接访"), self.session_combo)
        top.addRow(self.tr("到场登记"), self.scan_edit)
        instruction = QFormLayout()
        instruction.addRow(self.tr("领导批示"), self.decision_edit)
        instruction.addRow(self.tr("交办单位"), self.unit_combo)
        actions = QHBoxLayout()
        actions.addWidget(self.absent_button)
        actions.addWidget(self.book_button)
        actions.addWidget(self.briefing_button)
        actions.addStretch(1)
        actions.addWidget(self.record_button)
        day = QWidget()
        day_layout = QVBoxLayout(day)
        day_layout.addLayout(top)
        day_layout.addWidget(self.scan_label)
        day_layout.addWidget(self.counts_label)
        day_layout.addWidget(self.table, 1)
        day_layout.addWidget(QLabel(self.tr("未预约来访（现场登记领导接访）")))
        day_layout.addWidget(self.walk_ins)
        day_layout.addLayout(instruction)
        day_layout.addLayout(actions)
        day_layout.addWidget(self.error_label)

        self.follow_table = QTableWidget(0, 8)
        self.follow_table.setHorizontalHeaderLabels([
            self.tr("接访日期"), self.tr("接访领导"), self.tr("来访人"), self.tr("批示"),
            self.tr("交办单位"), self.tr("回复期限"), self.tr("办结期限"), self.tr("状态")])
        self.follow_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_table.horizontalHeader().setStretchLastSection(True)
        self.follow_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_table.itemSelectionChanged.connect(self._follow_selection_changed)
        self.follow_label = QLabel()
        self.follow_message = QLabel()
        self.follow_message.setWordWrap(True)
        self.reply_button = QPushButton(self.tr("记录答复…"))
        self.reply_button.setToolTip(self.tr("记录承办单位对所选批示的书面回复"))
        self.reply_button.clicked.connect(lambda: self.open_reply(done=False))
        self.result_button = QPushButton(self.tr("记录办理结果…"))
        self.result_button.setToolTip(self.tr("记录所选批示的办理结果，批示即办结"))
        self.result_button.clicked.connect(lambda: self.open_reply(done=True))
        self.reply_dialog: QWidget | None = None
        follow_actions = QHBoxLayout()
        follow_actions.addWidget(self.follow_message, 1)
        follow_actions.addWidget(self.reply_button)
        follow_actions.addWidget(self.result_button)
        follow = QWidget()
        follow_layout = QVBoxLayout(follow)
        follow_layout.addWidget(self.follow_label)
        follow_layout.addWidget(self.follow_table)
        follow_layout.addLayout(follow_actions)
        self._follow_selection_changed()

        self.tabs = QTabWidget()
        self.tabs.addTab(day, self.tr("接访当日"))
        self.tabs.addTab(follow, self.tr("批示督办"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    # ------------------------------------------------------------------ loading

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.load()

    def open_booking(self) -> QWidget:
        """预约登记 (also for bookings taken by phone), non-modal."""
        from ui.reception.booking_dialog import BookingDialog

        dialog = BookingDialog(self._services, self._tasks, self)
        dialog.printing = self.printing
        dialog.booked.connect(lambda _detail: self.refresh())
        dialog.show()
        dialog.load()
        self.booking_dialog = dialog
        return dialog

    def preview_briefing(self) -> None:
        """The leader's briefing of the session shown, to print or save."""
        item = next((i for i in self._sessions if i.session_id == self.session_id()), None)
        if item is None:
            return
        from ui.reception.paper_preview import briefing_paper, open_preview

        briefing = self._services.reception_briefing
        open_preview(self, self._tasks, lambda: briefing_paper(briefing, item), self.printing,
                     self.error_label, self._previewing)

    def _previewing(self, dialog: PaperPreviewDialog) -> None:
        self.preview_dialog = dialog

    def load(self) -> None:
        # Instructions go on the case: for the clerk and the chief (REGISTER_VISITS).
        self.record_button.setEnabled(may(self._services, Permission.REGISTER_VISITS))
        checkin = self._services.reception_checkin
        cases = self._services.cases

        def fetch() -> tuple[tuple[SessionItem, ...], tuple[UnitItem, ...]]:
            return checkin.today_sessions(), cases.units()

        Operation(self, self._tasks, fetch).success(self._loaded).key("load").run()
        self.load_follow_up()

    def _loaded(self, loaded: tuple[tuple[SessionItem, ...], tuple[UnitItem, ...]]) -> None:
        self._sessions, units = loaded
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("（不交办）"), "")
        for unit in units:
            self.unit_combo.addItem(unit.name, unit.code)
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for item in self._sessions:
            self.session_combo.addItem(f"{item.time_text} {item.leader_name}（{item.leader_post}）"
                                       f" {item.place_text}", item.session_id)
        self.session_combo.blockSignals(False)
        self.refresh()

    def session_id(self) -> uuid.UUID | None:
        data = self.session_combo.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def refresh(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        checkin = self._services.reception_checkin
        Operation(self, self._tasks, lambda: checkin.day_view(session_id)) \
            .success(self._show).key("day").run()

    def _show(self, view: DayView) -> None:
        self.view = view
        self.counts_label.setText(self.tr(
            "预约 {booked} 人：已到场 {arrived}，接谈中 {serving}，已接谈 {done}，"
            "未到 {absent}").format(
            booked=len(view.bookings), arrived=view.count(DayState.ARRIVED),
            serving=view.count(DayState.IN_RECEPTION), done=view.count(DayState.DONE),
            absent=view.count(DayState.ABSENT)))
        self.table.setRowCount(len(view.bookings))
        for row, booking in enumerate(view.bookings):
            cells = (booking.slot_text, booking.code, booking.name, booking.masked_id_number,
                     str(booking.people_count), f"{booking.category_name} {booking.summary}",
                     booking.case_number or "", tr_domain(DAY_STATE_LABELS[booking.day_state]),
                     booking.ticket_number or "")
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, booking.booking_id)
                colour = STATE_COLOURS.get(booking.day_state)
                if colour is not None:
                    cell.setBackground(QBrush(colour))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.walk_ins.clear()
        for walk in view.walk_ins:
            self.walk_ins.addItem(f"{walk.ticket_number}  {walk.name}  {walk.masked_id_number}")

    # ------------------------------------------------------------------ actions

    def check_in(self) -> None:
        text = self.scan_edit.text()
        checkin = self._services.reception_checkin
        Operation(self, self._tasks, lambda: checkin.check_in(text)) \
            .success(self._checked_in).exclusive("check_in").errors(self.errors).run()

    def _checked_in(self, done: CheckedIn) -> None:
        self.scan_edit.clear()
        self.scan_label.setText(self.tr(
            "{name} 已到场：号票 {ticket}，预约时段 {slot}，前面 {ahead} 人").format(
            name=done.booking.name, ticket=done.ticket_number, slot=done.booking.slot_text,
            ahead=done.people_ahead))
        self.refresh()

    def selected_booking(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 else None
        data = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
        return data if isinstance(data, uuid.UUID) else None

    def record_instruction(self) -> None:
        data = InstructionInput(self.decision_edit.toPlainText(),
                                unit_code=self.unit_combo.currentData() or "",
                                booking_id=self.selected_booking())
        service = self._services.reception_instructions
        Operation(self, self._tasks, lambda: service.record(data)) \
            .success(self._recorded).exclusive("record").busy(self.record_button) \
            .errors(self.errors).run()

    def _recorded(self, item: InstructionItem) -> None:
        self.decision_edit.clear()
        self.scan_label.setText(self.tr("已记录 {name} 的领导批示{due}").format(
            name=item.visitor_name, due=self.tr("，{unit} 应于 {day} 前书面回复").format(
                unit=item.unit_name, day=item.reply_due.isoformat()) if item.reply_due else ""))
        self.refresh()
        self.load_follow_up()

    def mark_absent(self) -> None:
        booking_id = self.selected_booking()
        if booking_id is None:
            return
        checkin = self._services.reception_checkin
        Operation(self, self._tasks, lambda: checkin.mark_absent(booking_id)) \
            .success(lambda _view: self.refresh()).errors(self.errors).run()

    # ------------------------------------------------------------------ follow-up

    def load_follow_up(self) -> None:
        refused = refusal(self._services, Permission.VIEW_CASES)
        if refused:  # the front desk checks visitors in; the follow-up is case content
            self.follow_label.setText(refused)
            return
        service = self._services.reception_instructions
        Operation(self, self._tasks, lambda: service.follow_up(within_days=3)) \
            .success(self._show_follow_up).key("follow").run()

    def _show_follow_up(self, listed: FollowUpList) -> None:
        self.follow = listed
        self.follow_label.setText(self.tr(
            "未办结 {open} 件：已超期 {overdue} 件，3 天内到期 {soon} 件").format(
            open=listed.open, overdue=listed.overdue, soon=listed.due_soon))
        self.follow_table.setRowCount(len(listed.items))
        for row, item in enumerate(listed.items):
            cells = (item.session_day.isoformat(), item.leader_name, item.visitor_name,
                     item.decision, item.unit_name, _day(item.reply_due), _day(item.finish_due),
                     f"{tr_domain(item.status_label)} · {tr_domain(item.follow_up_label)}")
            colour = {FollowUpState.OVERDUE: OVERDUE, FollowUpState.DUE_SOON: DUE_SOON}.get(
                item.follow_up)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.instruction_id)
                if colour is not None:
                    cell.setBackground(QBrush(colour))
                self.follow_table.setItem(row, column, cell)
        self.follow_table.resizeColumnsToContents()
        self._follow_selection_changed()

    def selected_instruction(self) -> InstructionItem | None:
        row = self.follow_table.currentRow()
        if self.follow is None or not self.follow_table.selectedItems() \
                or not 0 <= row < len(self.follow.items):
            return None
        return self.follow.items[row]

    def _follow_selection_changed(self) -> None:
        item = self.selected_instruction()
        writable = item is not None and item.status is not InstructionStatus.DONE \
            and may(self._services, Permission.REGISTER_VISITS)
        self.reply_button.setEnabled(writable and item is not None
                                     and item.status is InstructionStatus.OPEN)
        self.result_button.setEnabled(writable)

    def open_reply(self, *, done: bool) -> QWidget | None:
        """记录答复… / 记录办理结果… for the selected instruction (a small dialog)."""
        item = self.selected_instruction()
        if item is None:
            return None
        from ui.reception.instruction_reply_dialog import InstructionReplyDialog

        dialog = InstructionReplyDialog(self._services.reception_instructions, self._tasks,
                                        item, done=done, today=_today_of(item), parent=self)
        dialog.saved.connect(self._replied)
        dialog.finished.connect(lambda _result: self._forget_reply(dialog))
        self.reply_dialog = dialog
        dialog.open()
        return dialog

    def _forget_reply(self, dialog: QWidget) -> None:
        if self.reply_dialog is dialog:
            self.reply_dialog = None
        dialog.deleteLater()

    def _replied(self, item: InstructionItem) -> None:
        if item.status is InstructionStatus.DONE:
            text = self.tr("已记录 {unit} 的办理结果，批示已办结").format(unit=item.unit_name)
        else:
            text = self.tr("已记录 {unit} 的书面回复，{day} 前报办理结果").format(
                unit=item.unit_name, day=_day(item.finish_due))
        if item.case_number:
            text += self.tr("（已记入信访件 {number} 的办理流程）").format(
                number=item.case_number)
        self.follow_message.setText(text)
        self.load_follow_up()


def _today_of(item: InstructionItem) -> date:
    """The service's today, as the follow-up list counted it (its deadline less the days
    left); the instruction's day when it waits on nothing."""
    if item.waiting_due is not None and item.days_left is not None:
        return item.waiting_due - timedelta(days=item.days_left)
    return item.given_on


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"
