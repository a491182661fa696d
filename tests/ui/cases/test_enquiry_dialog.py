"""进度查询 dialog: a scanned receipt QR (typed by a keyboard-wedge scanner, then Enter)
shows the case; a wrong code shows the one message at the code line."""

from __future__ import annotations

import pytest
from helpers import make_id_number
from PySide6.QtCore import Qt

from desktop.cases.registration import RegistrationInput
from desktop.domain import Purpose, Route, TicketCategory
from desktop.printing.documents.model import receipt_qr_text
from desktop.queue.tickets import TicketRequest
from ui.cases.enquiry_dialog import EnquiryDialog


@pytest.fixture
def case(services):  # type: ignore[no-untyped-def]
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="王小明", id_number=make_id_number(seq=101), category=TicketCategory.REGULAR))
    return services.registration.register(ticket.visit_id, RegistrationInput(
        summary="工地拖欠工资三个月", demands="请求支付拖欠工资",
        content_category_code="03", area_code="460105",
        purpose=Purpose.SEEK_RESOLUTION, route=Route.TRANSFERRED, route_unit="市人社局"))


@pytest.fixture
def dialog(qtbot, services, tasks, keyboard):  # type: ignore[no-untyped-def]
    widget = EnquiryDialog(services.enquiry, tasks)
    qtbot.addWidget(widget)
    keyboard.show_active(widget, 460, 380)
    widget.start()
    return widget


def test_a_scan_shows_the_case(dialog, case, keyboard, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    assert keyboard.focused() is dialog.case_edit
    qtbot.keyClicks(dialog.case_edit, receipt_qr_text(case.case_number, case.enquiry_code))
    qtbot.keyClick(dialog.case_edit, Qt.Key.Key_Return)
    idle()
    assert dialog.case_edit.text() == case.case_number
    assert dialog.code_edit.text() == case.enquiry_code
    assert dialog.progress is not None and dialog.progress.case_number == case.case_number
    text = dialog.summary_label.text()
    assert case.case_number in text
    assert "受理" in text and "王**" in text
    assert "下一期限：受理告知期限 2026-12-14" in text
    assert "王小明" not in text and "拖欠工资" not in text
    assert dialog.timeline_list.count() == 1
    assert dialog.timeline_list.item(0).text().endswith("受理审查中")
    assert dialog.error_label.isHidden()


def test_typed_number_then_code(dialog, case, keyboard, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    keyboard.type(case.case_number)
    keyboard.press(Qt.Key.Key_Return)  # the cursor moves on to the code
    assert keyboard.focused() is dialog.code_edit
    keyboard.type(case.enquiry_code.lower())
    keyboard.press(Qt.Key.Key_Return)
    idle()
    assert dialog.progress is not None and dialog.progress.case_number == case.case_number


def test_a_wrong_code_shows_the_error_at_the_code(dialog, case, keyboard, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    keyboard.type(case.case_number)
    keyboard.press(Qt.Key.Key_Return)
    keyboard.type("ZZZZZZ")
    keyboard.press(Qt.Key.Key_Return)
    idle()
    assert dialog.progress is None
    assert dialog.summary_label.text() == ""
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "信访件编号或查询码不正确，请核对回执上的编号和查询码"
    assert dialog.code_edit.property("invalid")
    assert keyboard.focused() is dialog.code_edit


# The offscreen platform cannot raise a window; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_ctrl_f_in_the_main_window_opens_it_non_modal(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    from desktop.config import TerminalConfig
    from ui.app import ErrorReporter
    from ui.main_window import MainWindow

    win = MainWindow(services, tasks, ErrorReporter(None, lambda: None),
                     TerminalConfig(auto_print_ticket=False))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    idle()
    [action] = [a for a in win.menuBar().actions()[0].menu().actions()
                if a.text() == "进度查询…"]
    assert action.shortcut().toString() == "Ctrl+F"
    action.trigger()
    dialog = win.enquiry_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert win.open_enquiry() is dialog  # once only
