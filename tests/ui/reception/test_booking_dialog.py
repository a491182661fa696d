"""Booking and the day through the real widgets: book a visitor (a refusal opens the
chief's override), save the slip, scan it at the front desk, call the booked visitor
first, and record the leader's instruction with the unit assigned."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from booking_setup import ZHANG_ID, make_roster, published_session
from helpers import FakeClock, make_id_number
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest
from desktop.reception.booking_domain import DayState, FollowUpState
from ui.reception.booking_dialog import BookingDialog
from ui.reception.day_panel import ReceptionDayPanel

SHOTS = os.environ.get("LAIFANG_SHOTS")  # a folder: save screenshots while looking


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 9, 1, 1, 0, tzinfo=UTC))


def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_book_check_in_call_first_and_record_an_instruction(
        qtbot, services, tasks, idle, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    item = published_session(services, roster.wang, date(2026, 9, 10), start="09:00",
                             end="11:00", capacity=None, slot_minutes=30)
    dialog = BookingDialog(services.ui_services(), tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    idle()
    assert dialog.session_combo.count() == 1 and dialog.slot_combo.count() == 4
    dialog.slot_combo.setCurrentIndex(1)  # 09:30
    dialog.name_edit.setText("张海")
    dialog.id_edit.setText(ZHANG_ID)
    dialog.phone_edit.setText("13800000001")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findText("教育"))
    dialog.summary_edit.setPlainText("小区改造噪音扰民")
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    idle()
    assert "不属于王建国的分管领域" in dialog.error_label.text()
    assert dialog.override_box.isVisible()
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findText("城乡建设"))
    dialog.resize(640, 680)
    shoot(dialog, "booking_dialog_refused")
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    idle()
    assert dialog.detail is not None and "预约号" in dialog.result_label.text()
    booking = dialog.detail.booking
    assert booking.slot_text == "09:30"
    slip = Path(SHOTS or tmp_path) / "slip.pdf"
    dialog.save_slip("a4", str(slip))
    idle()
    text = PdfReader(slip).pages[0].extract_text()
    assert "领导接访预约单" in text and booking.code in text and "09:30" in text
    shoot(dialog, "booking_dialog_booked")
    dialog.close()

    # The day: 09:05, a walk-in arrived first, then the booked visitor scans the slip.
    clock.now = datetime(2026, 9, 10, 1, 5, tzinfo=UTC)
    walk_in = services.tickets.issue_ticket(TicketRequest(
        name="李四", id_number=make_id_number(seq=901), category=TicketCategory.REGULAR))
    panel = ReceptionDayPanel(services.ui_services(), tasks)
    qtbot.addWidget(panel)
    panel.resize(1366, 740)
    panel.show()
    panel.load()
    idle()
    assert panel.table.rowCount() == 1
    qtbot.keyClicks(panel.scan_edit, booking.qr_text)
    qtbot.keyClick(panel.scan_edit, Qt.Key.Key_Return)
    idle()
    assert "已到场" in panel.scan_label.text() and panel.scan_edit.text() == ""
    assert panel.view is not None and panel.view.bookings[0].day_state is DayState.ARRIVED
    clock.now = datetime(2026, 9, 10, 1, 21, tzinfo=UTC)  # 09:21: within 09:30's window
    called = services.calling.call_next("1号窗口")
    assert called is not None and called.visitor_name == "张海"
    assert called.visit_id != walk_in.visit_id
    panel.refresh()
    idle()
    assert panel.view.bookings[0].day_state is DayState.IN_RECEPTION
    panel.table.selectRow(0)
    panel.decision_edit.setPlainText("请住建局会同街道核查噪音问题，依法处理并书面答复")
    panel.unit_combo.setCurrentIndex(1)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    idle()
    assert panel.view.bookings[0].day_state is DayState.DONE
    assert "2026-09-28 前书面回复" in panel.scan_label.text()
    shoot(panel, "day_panel")
    assert panel.follow is not None and len(panel.follow.items) == 1
    assert panel.follow.items[0].follow_up is FollowUpState.ON_TIME
    panel.tabs.setCurrentIndex(1)
    shoot(panel, "follow_up")
    if SHOTS:
        dialog_roll = services.reception_briefing.slip_pdf(booking.booking_id, "80mm")
        (Path(SHOTS) / "slip_80mm.pdf").write_bytes(dialog_roll)
        (Path(SHOTS) / "briefing.pdf").write_bytes(
            services.reception_briefing.briefing_pdf(item.session_id))
