"""进度查询 dialog: a scanned receipt QR (typed by a keyboard-wedge scanner, then Enter)
shows the case and its steps wherever the focus is in the dialog; a wrong code shows the
one message at the code line; a shown case prints its 进展告知单 and opens 办理流程."""

from __future__ import annotations

from datetime import date

import pytest
from case_setup import open_case
from PySide6.QtCore import Qt

from desktop.domain import Paper
from desktop.printing.documents.model import receipt_qr_text
from ui.cases.enquiry_dialog import EnquiryDialog


class Papers:
    """Stands in for the print controller: what was asked to print."""

    def __init__(self) -> None:
        self.printed: list[tuple[object, Paper]] = []
        self.previewed: list[tuple[object, Paper]] = []

    def print_paper(self, visit_id, paper: Paper) -> None:  # type: ignore[no-untyped-def]
        self.printed.append((visit_id, paper))

    def preview_paper(self, visit_id, paper: Paper) -> None:  # type: ignore[no-untyped-def]
        self.previewed.append((visit_id, paper))


@pytest.fixture
def case(services, clock):  # type: ignore[no-untyped-def]
    """Received and transferred 2026-11-27: the unit decides by Monday 2026-12-14."""
    return open_case(services, clock, date(2026, 11, 27))


@pytest.fixture
def papers() -> Papers:
    return Papers()


@pytest.fixture
def opened() -> list[object]:
    return []


@pytest.fixture
def dialog(qtbot, services, tasks, keyboard, papers, opened):  # type: ignore[no-untyped-def]
    widget = EnquiryDialog(services.enquiry, tasks, papers=papers, open_case=opened.append)
    qtbot.addWidget(widget)
    keyboard.show_active(widget, 560, 440)
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
    steps = [dialog.timeline_list.item(row).text()
             for row in range(dialog.timeline_list.count())]
    assert steps == ["2026-11-27  登记（分类处理期限 2026-12-14）",
                     "2026-11-27  转送/交办（受理告知期限 2026-12-14）"]
    assert dialog.error_label.isHidden()
    assert dialog.estimate_label.isHidden()


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


@pytest.mark.parametrize("where", ["code_edit", "query_button", "timeline_list", "dialog"])
def test_a_scan_works_wherever_the_focus_is(dialog, case, keyboard, qtbot, idle,  # type: ignore[no-untyped-def]
                                            where) -> None:
    # Something half-typed is left in the first line; the clerk clicked somewhere else.
    dialog.case_edit.setText("XF20261127")
    widget = dialog if where == "dialog" else getattr(dialog, where)
    if where == "timeline_list":
        dialog.timeline_list.show()
        dialog.timeline_list.addItem("2026-11-27  登记")
    widget.setFocus()
    qtbot.waitUntil(lambda: keyboard.focused() is widget or where == "dialog")
    target = keyboard.focused() if where != "dialog" else dialog
    qtbot.keyClicks(target, receipt_qr_text(case.case_number, case.enquiry_code))
    qtbot.keyClick(target, Qt.Key.Key_Return)
    idle()
    assert dialog.case_edit.text() == case.case_number
    assert dialog.code_edit.text() == case.enquiry_code
    assert dialog.progress is not None and dialog.progress.case_number == case.case_number
    assert dialog.timeline_list.count() == 2
    assert dialog.error_label.isHidden()


def test_progress_paper_and_timeline_of_the_case_shown(dialog, case, qtbot, idle, papers,  # type: ignore[no-untyped-def]
                                                       opened) -> None:
    assert not dialog.progress_paper_button.isEnabled()
    assert not dialog.timeline_button.isEnabled()
    qtbot.keyClicks(dialog.case_edit, receipt_qr_text(case.case_number, case.enquiry_code))
    qtbot.keyClick(dialog.case_edit, Qt.Key.Key_Return)
    idle()
    qtbot.mouseClick(dialog.progress_paper_button, Qt.MouseButton.LeftButton)
    assert papers.printed == [(case.visit_id, Paper.PROGRESS)]
    qtbot.mouseClick(dialog.timeline_button, Qt.MouseButton.LeftButton)
    assert opened == [case.visit_id]
