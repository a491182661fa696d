"""预约领导接访… from 接谈登记 and from 办理流程: the booking dialog opens with the visitor
(ID type and number, name, phone) and the case filled in, and books that case."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from booking_setup import LIU_ID, add_case, make_roster, published_session
from helpers import FakeClock, make_id_number
from PySide6.QtCore import Qt
from sqlalchemy import update

from db.models import Visitor
from desktop.cases.identity import IdType
from desktop.cases.registration import RegistrationInput
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.cases.case_timeline import CaseTimelineDialog
from ui.cases.registration_form import RegistrationForm
from ui.reception.booking_dialog import BookingDialog, open_booking_for

SHOTS = os.environ.get("LAIFANG_SHOTS")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 9, 1, 1, 0, tzinfo=UTC))


def test_book_from_the_registration_page_with_the_visit_and_its_case(
        qtbot, services, tasks, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    published_session(services, roster.wang, date(2026, 9, 10))
    id_number = make_id_number(seq=417)
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="赵敏", id_number=id_number, category=TicketCategory.REGULAR,
        phone="13812345678"))
    saved = services.registration.register(ticket.visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="小区改造噪音扰民", demands="要求限时施工", content_category_code="01",
        area_code="460106", purpose=Purpose.SEEK_RESOLUTION, route=Route.TRANSFERRED,
        route_unit_code="HK-LH"))
    form = RegistrationForm(services, tasks)
    qtbot.addWidget(form)
    keyboard.show_active(form, 1366, 740)
    idle()
    assert not form.book_button.isEnabled()  # no visit open
    form.load_visit(ticket.visit_id)
    idle()
    assert form.book_button.isEnabled()
    if SHOTS:
        form.grab().save(str(Path(SHOTS) / "registration_with_booking.png"))
    qtbot.mouseClick(form.book_button, Qt.MouseButton.LeftButton)
    idle()
    dialog = form.booking_dialog
    assert isinstance(dialog, BookingDialog) and dialog.isVisible()
    assert dialog.name_edit.text() == "赵敏"
    assert dialog.id_type_combo.currentData() == IdType.RESIDENT_ID.value
    assert dialog.id_edit.text() == id_number
    assert dialog.phone_edit.text() == "13812345678"
    assert dialog.case_edit.text() == saved.case_number and saved.case_number
    assert dialog.session_combo.count() == 1
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "booking_from_registration.png"))
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    idle()
    # The rules see the case: registered today, so in handling and not bookable …
    assert saved.case_number in dialog.error_label.text()
    assert "不予预约" in dialog.error_label.text() and dialog.override_box.isVisible()
    dialog.override_reason.setText("涉及群众安全，领导要求当面听取")  # … unless the chief agrees
    dialog.override_by.setText("陈科长")
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    idle()
    assert dialog.detail is not None, dialog.error_label.text()
    assert dialog.detail.booking.case_number == saved.case_number
    assert dialog.detail.booking.name == "赵敏"
    dialog.close()


def test_book_from_the_case_timeline_with_the_cases_visitor(
        qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    published_session(services, roster.wang, date(2026, 9, 10))
    add_case(services, LIU_ID, "刘芳", "XF202604010001", date(2026, 4, 1), "accepted")
    with services.sessions.begin() as session:
        session.execute(update(Visitor).where(Visitor.id_number == LIU_ID).values(
            phone="13900000002"))
    opened: list[BookingDialog] = []
    timeline = CaseTimelineDialog(services.cases, tasks, book_case=lambda case: opened.append(
        open_booking_for(services.ui_services(), tasks, timeline, case)))
    qtbot.addWidget(timeline)
    timeline.show()
    assert not timeline.book_button.isEnabled()
    timeline.load("XF202604010001")
    idle()
    assert timeline.book_button.isVisible() and timeline.book_button.isEnabled()
    if SHOTS:
        timeline.grab().save(str(Path(SHOTS) / "timeline_with_booking.png"))
    qtbot.mouseClick(timeline.book_button, Qt.MouseButton.LeftButton)
    idle()
    [dialog] = opened
    assert (dialog.name_edit.text(), dialog.id_edit.text(), dialog.phone_edit.text(),
            dialog.case_edit.text()) == ("刘芳", LIU_ID, "13900000002", "XF202604010001")
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    idle()
    assert dialog.detail is not None, dialog.error_label.text()
    assert dialog.detail.booking.case_number == "XF202604010001"
    dialog.close()


def test_without_a_booker_the_timeline_offers_no_booking(
        qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    timeline = CaseTimelineDialog(services.cases, tasks)
    qtbot.addWidget(timeline)
    timeline.show()
    assert not timeline.book_button.isVisible()
