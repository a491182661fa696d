"""工具 → 办理流程… asks for a case number and opens that case; 进度查询's 办理流程… opens
the case shown; both reuse one non-modal dialog."""

from __future__ import annotations

from datetime import date

import pytest
from case_setup import open_case
from PySide6.QtCore import Qt

from desktop.config import TerminalConfig
from desktop.printing.documents.model import receipt_qr_text
from ui.app import ErrorReporter
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, tasks, idle):  # type: ignore[no-untyped-def]
    win = MainWindow(services, tasks, ErrorReporter(None, lambda: None),
                     TerminalConfig(auto_print_ticket=False))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    idle()
    return win


def tools_action(win, text: str):  # type: ignore[no-untyped-def]
    [action] = [a for a in win.menuBar().actions()[0].menu().actions() if a.text() == text]
    return action


# The offscreen platform cannot raise a window; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_menu_asks_for_a_case_number(window, services, clock, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 11, 27))
    tools_action(window, "办理流程…").trigger()
    box = window.timelines.ask_dialog
    assert box is not None and box.isVisible()
    box.setTextValue(case.case_number.lower())
    box.accept()
    idle()
    dialog = window.timelines.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.detail is not None and dialog.detail.case_number == case.case_number
    assert dialog.number_label.text() == case.case_number


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_enquiry_opens_the_timeline_of_the_case_shown(window, services, clock, qtbot, idle  # type: ignore[no-untyped-def]
                                                      ) -> None:
    case = open_case(services, clock, date(2026, 11, 27))
    enquiry = window.open_enquiry()
    qtbot.keyClicks(enquiry.case_edit, receipt_qr_text(case.case_number, case.enquiry_code))
    qtbot.keyClick(enquiry.case_edit, Qt.Key.Key_Return)
    idle()
    assert enquiry.progress is not None
    qtbot.mouseClick(enquiry.timeline_button, Qt.MouseButton.LeftButton)
    idle()
    dialog = window.timelines.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.detail is not None and dialog.detail.case_visit_id == case.visit_id
    assert window.timelines.open(case.case_number) is dialog  # one dialog, reused
