"""预约登记 — book a visitor into a published session (also for bookings taken by phone):
the session and its slot, the visitor, the matter (a case number or a content category),
and when a rule refuses the matter, the section chief's override (reason and name).
After booking, the slip (A4 or 80 mm, with the QR code) is saved as PDF to print.

Opened from the 领导接访 page, and with the visitor and the case filled in from 接谈登记
(the open visit) and from 办理流程 (the case): `open_booking_for`."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.identity import ID_TYPE_LABELS, IdType
from desktop.reception.booking import BookingInput
from desktop.reception.booking_domain import BookingChannel, BookingError, BookingRefused
from ui.operations import FormErrors, Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel, id_type_text

if TYPE_CHECKING:
    from desktop.app_services import AppServices
    from desktop.cases.visit_views import VisitDetail
    from desktop.reception.booking import BookableSession
    from desktop.reception.booking_views import BookingDetail
    from ui.printing.controller import PrintController
    from ui.reception.paper_preview import PaperPreviewDialog

BOOKING_DAYS = 45  # sessions offered: from today this many days on


class BookingDialog(QDialog):
    booked = Signal(object)  # BookingDetail

    def __init__(self, services: AppServices, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._sessions: tuple[BookableSession, ...] = ()
        self.detail: BookingDetail | None = None
        self.setWindowTitle(self.tr("领导接访预约"))

        self.session_combo = QComboBox()
        self.session_combo.currentIndexChanged.connect(self._fill_slots)
        self.slot_combo = QComboBox()
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("现场预约"), BookingChannel.DESK.value)
        self.channel_combo.addItem(self.tr("电话预约"), BookingChannel.PHONE.value)
        self.name_edit = QLineEdit()
        self.id_type_combo = QComboBox()
        for id_type in ID_TYPE_LABELS:
            self.id_type_combo.addItem(id_type_text(id_type), id_type.value)
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("18 位居民身份证号码"))
        self.phone_edit = QLineEdit()
        self.people_spin = QSpinBox()
        self.people_spin.setRange(1, 500)
        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("已登记事项的信访件编号（可不填）"))
        self.category_combo = QComboBox()
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setMaximumHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("接访场次"), self.session_combo)
        form.addRow(self.tr("预约时段"), self.slot_combo)
        form.addRow(self.tr("预约方式"), self.channel_combo)
        form.addRow(self.tr("姓名"), self.name_edit)
        form.addRow(self.tr("证件类型"), self.id_type_combo)
        form.addRow(self.tr("证件号码"), self.id_edit)
        form.addRow(self.tr("联系电话"), self.phone_edit)
        form.addRow(self.tr("来访人数"), self.people_spin)
        form.addRow(self.tr("信访件编号"), self.case_edit)
        form.addRow(self.tr("内容分类"), self.category_combo)
        form.addRow(self.tr("反映问题"), self.summary_edit)

        self.override_box = QGroupBox(self.tr("破例预约（须经科长同意）"))
        self.override_reason = QLineEdit()
        self.override_by = QLineEdit()
        override = QFormLayout(self.override_box)
        override.addRow(self.tr("理由"), self.override_reason)
        override.addRow(self.tr("批准人"), self.override_by)
        self.override_box.hide()

        self.error_label = ErrorLabel()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.book_button = QPushButton(self.tr("预约"))
        self.book_button.setDefault(True)
        self.book_button.clicked.connect(self.book)
        self.slip_a4_button = QPushButton(self.tr("打印预约单（A4）…"))
        self.slip_roll_button = QPushButton(self.tr("打印预约单（80毫米）…"))
        for button in (self.slip_a4_button, self.slip_roll_button):
            button.setToolTip(self.tr("预览预约单，再打印或另存为PDF"))
        self.slip_a4_button.clicked.connect(lambda: self.preview_slip("a4"))
        self.slip_roll_button.clicked.connect(lambda: self.preview_slip("80mm"))
        self.printing: PrintController | None = None  # the window's, for its printers
        self.preview_dialog: PaperPreviewDialog | None = None
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.slip_a4_button, self.slip_roll_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.slip_a4_button)
        buttons.addWidget(self.slip_roll_button)
        buttons.addStretch(1)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.override_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.errors = FormErrors(self.error_label, {
            "session_id": self.session_combo, "slot": self.slot_combo,
            "name": self.name_edit, "id_number": self.id_edit, "id_type": self.id_type_combo,
            "phone": self.phone_edit,
            "representatives": self.people_spin, "people_count": self.people_spin,
            "case_number": self.case_edit, "category_code": self.category_combo,
            "summary": self.summary_edit, "override_reason": self.override_reason,
            "override_by": self.override_by,
        })
        self.resize(620, 640)

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        bookings = self._services.reception_bookings
        reception = self._services.reception

        def fetch() -> tuple[tuple[BookableSession, ...], tuple[tuple[str, str], ...]]:
            today = reception.today()
            return (bookings.bookable(today, today + timedelta(days=BOOKING_DAYS)),
                    bookings.categories())

        Operation(self, self._tasks, fetch).success(self._loaded).key("load").run()

    def _loaded(self, loaded: tuple[tuple[BookableSession, ...],
                                    tuple[tuple[str, str], ...]]) -> None:
        self._sessions = tuple(s for s in loaded[0] if s.open)
        self.session_combo.clear()
        for bookable in self._sessions:
            item = bookable.session
            self.session_combo.addItem(self.tr(
                "{day} {time} {leader}（{post}）{place}  余 {free} 个").format(
                day=item.day.isoformat(), time=item.time_text, leader=item.leader_name,
                post=item.leader_post, place=item.place_text, free=bookable.free),
                item.session_id)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("（按信访件）"), "")
        for code, name in loaded[1]:
            self.category_combo.addItem(name, code)
        self._fill_slots()

    def prefill(self, *, name: str, id_type: IdType, id_number: str, phone: str = "",
                case_number: str = "") -> None:
        """The visitor (and their case, if any) filled in: booking from 接谈登记 or from
        办理流程. With a case the matter is the case's (分类 按信访件)."""
        self.name_edit.setText(name)
        index = self.id_type_combo.findData(id_type.value)
        self.id_type_combo.setCurrentIndex(max(index, 0))
        self.id_edit.setText(id_number)
        self.phone_edit.setText(phone)
        self.case_edit.setText(case_number)

    def prefill_visit(self, detail: VisitDetail, case_number: str = "") -> None:
        """The visitor of this visit; the case: `case_number`, else the visit's own."""
        registration = detail.registration
        own = registration.case_number if registration is not None else ""
        self.prefill(name=detail.visitor_name, id_type=detail.id_type,
                     id_number=detail.id_number, phone=detail.phone,
                     case_number=case_number or own or "")

    def prefill_case(self, case_visit_id: uuid.UUID) -> None:
        """The case's visitor and number, read from the case's registration."""
        registration = self._services.registration
        Operation(self, self._tasks, lambda: registration.visit_detail(case_visit_id)) \
            .success(self.prefill_visit).key("prefill").errors(self.errors).run()

    def select_session(self, day: date) -> None:
        for index, bookable in enumerate(self._sessions):
            if bookable.session.day == day:
                self.session_combo.setCurrentIndex(index)
                return

    def _fill_slots(self) -> None:
        self.slot_combo.clear()
        index = self.session_combo.currentIndex()
        if not 0 <= index < len(self._sessions):
            return
        for slot in self._sessions[index].slots:
            if slot.free:
                self.slot_combo.addItem(self.tr("{time}（余 {free}）").format(
                    time=slot.time_text, free=slot.free), slot.time_text)

    # ------------------------------------------------------------------ booking

    def request(self) -> BookingInput:
        index = self.session_combo.currentIndex()
        if not 0 <= index < len(self._sessions):
            raise BookingError(self.tr("请选择可预约的接访场次"), field="session_id")
        slot_text = self.slot_combo.currentData()
        return BookingInput(
            session_id=self._sessions[index].session.session_id,
            name=self.name_edit.text(), id_number=self.id_edit.text(),
            id_type=IdType(self.id_type_combo.currentData() or IdType.RESIDENT_ID.value),
            phone=self.phone_edit.text(),
            slot=time.fromisoformat(slot_text) if slot_text else None,
            people_count=self.people_spin.value(), case_number=self.case_edit.text(),
            category_code=self.category_combo.currentData() or "",
            summary=self.summary_edit.toPlainText(),
            channel=BookingChannel(self.channel_combo.currentData()),
            override_reason=self.override_reason.text(), override_by=self.override_by.text())

    def book(self) -> None:
        bookings = self._services.reception_bookings
        try:
            data = self.request()
        except BookingError as error:
            self.errors.show_field_error(error.field, error.message)
            return
        Operation(self, self._tasks, lambda: bookings.book(data)) \
            .success(self._booked).failure(self._refused).busy(self.book_button) \
            .exclusive("book").errors(self.errors).run()

    def _refused(self, error: BaseException) -> bool:
        if isinstance(error, BookingRefused):
            self.override_box.show()
        return False

    def _booked(self, detail: BookingDetail) -> None:
        self.detail = detail
        view = detail.booking
        self.result_label.setText(self.tr(
            "已预约：预约号 {code}，{day} {time}，{leader}。请打印预约单交来访人。").format(
            code=view.code, day=view.day.isoformat(), time=view.slot_text,
            leader=detail.session.leader_name))
        for button in (self.slip_a4_button, self.slip_roll_button):
            button.setEnabled(True)
        self.book_button.setEnabled(False)
        self.booked.emit(detail)

    def preview_slip(self, layout: str) -> None:
        """The slip in the preview, to print (the terminal's printer for the paper) or
        save as PDF."""
        if self.detail is None:
            return
        from ui.reception.paper_preview import open_preview, slip_paper

        booking_id, code = self.detail.booking.booking_id, self.detail.booking.code
        briefing = self._services.reception_briefing
        open_preview(self, self._tasks, lambda: slip_paper(briefing, booking_id, code, layout),
                     self.printing, self.error_label, self._previewing)

    def _previewing(self, dialog: PaperPreviewDialog) -> None:
        self.preview_dialog = dialog

    def save_slip(self, layout: str, path: str) -> None:
        """Write the slip to `path` (whole: a temporary file renamed)."""
        if self.detail is None:
            return
        booking_id = self.detail.booking.booking_id
        briefing = self._services.reception_briefing
        target = Path(path)

        def write() -> Path:
            data = briefing.slip_pdf(booking_id, layout)
            temporary = target.with_suffix(".part")
            temporary.write_bytes(data)
            temporary.replace(target)
            return target

        Operation(self, self._tasks, write).errors(self.errors).exclusive("slip").run()


def open_booking_for(services: AppServices, tasks: TaskRunner, parent: QWidget,
                     visit: VisitDetail | uuid.UUID, case_number: str = "",
                     printing: PrintController | None = None) -> BookingDialog:
    """预约领导接访…: the booking dialog (non-modal) for the visitor of an open visit
    (`VisitDetail`, with its case's number) or of a case (the case's visit id)."""
    dialog = BookingDialog(services, tasks, parent)
    dialog.printing = printing
    if isinstance(visit, uuid.UUID):
        dialog.prefill_case(visit)
    else:
        dialog.prefill_visit(visit, case_number)
    dialog.show()
    dialog.load()
    return dialog


__all__ = ["BookingDialog", "open_booking_for"]
