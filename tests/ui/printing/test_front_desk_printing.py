"""A swipe is never lost: failed ticket prints at the front desk show a banner, no box.

A box after each failed ticket took the keyboard: the next card swipe typed into it and
its Enter pressed 重试. Here the printer fails, and the next visitor's swipe still
issues the next ticket while the banner gathers the tickets to print again.
"""

from __future__ import annotations

import pytest
from helpers import make_id_number
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.config import TerminalConfig
from ui.app import ErrorReporter
from ui.main_window import MainWindow
from ui.printing.controller import PrintFailed

Key = Qt.Key
WAIT_MS = 15_000


class FailingBackend:
    """Two printers; prints fail while `failing` is set."""

    def __init__(self) -> None:
        self.printers = ["Thermal-1", "HP A4"]
        self.jobs: list[tuple[str, str]] = []
        self.failing = True

    def printer_names(self) -> list[str]:
        return list(self.printers)

    def default_printer(self) -> str:
        return "HP A4"

    def page_sizes(self, printer_name: str) -> tuple[tuple[float, float], ...]:
        return ()

    def print_pdf(self, pdf: bytes, printer_name: str, title: str) -> None:
        if self.failing:
            raise PrintFailed("打印机“{printer}”报告错误：可能脱机、缺纸或卡纸，请检查打印机",
                              printer=printer_name)
        self.jobs.append((printer_name, title))


@pytest.fixture
def backend() -> FailingBackend:
    return FailingBackend()


@pytest.fixture
def window(qtbot, services, tasks, idle, keyboard, backend):  # type: ignore[no-untyped-def]
    reporter = ErrorReporter(None, lambda: None)
    config = TerminalConfig(ticket_printer="Thermal-1", auto_print_ticket=True)
    win = MainWindow(services, tasks, reporter, config)
    win.printing.backend = backend
    qtbot.addWidget(win)
    keyboard.show_active(win)
    idle()
    win.ticket_form.focus_first_field()  # as after clicking the 取号 tab
    assert keyboard.focused() is win.ticket_form.id_edit
    return win


def swipe_and_issue(qtbot, window, keyboard, idle, seq: int, name: str) -> str:  # type: ignore[no-untyped-def]
    """A new visitor: the card reader types the number and Enter, the clerk the name."""
    form = window.ticket_form
    keyboard.type(make_id_number(seq=seq))
    keyboard.press(Key.Key_Return)
    idle()
    assert keyboard.focused() is form.name_edit, keyboard.focused()
    keyboard.type(name)
    keyboard.press(Key.Key_Return)
    with qtbot.waitSignal(window.printing.failed, timeout=WAIT_MS) as failed:
        keyboard.press(Key.Key_Return)  # from the phone field: issues the ticket
    idle()
    return str(failed.args[0].document.ticket_number)


def test_swipe_after_a_failed_print_issues_the_next_ticket(qtbot, window, keyboard, idle,  # type: ignore[no-untyped-def]
                                                          backend, services) -> None:
    form = window.ticket_form
    banner = form.print_banner
    assert not banner.isVisible()

    assert swipe_and_issue(qtbot, window, keyboard, idle, 1, "张三") == "A1001"
    assert QApplication.activeModalWidget() is None
    assert window.printing.failure_box is None
    assert keyboard.focused() is form.id_edit  # ready for the next swipe
    assert banner.isVisible()
    assert "A1001" in banner.text_label.text() and "缺纸" in banner.text_label.text()

    # The next visitor swipes while the ticket is still unprinted.
    assert swipe_and_issue(qtbot, window, keyboard, idle, 2, "李四") == "A1002"
    assert [entry.ticket_number for entry in services.tickets.list_queue()] == [
        "A1001", "A1002"]
    assert QApplication.activeModalWidget() is None
    assert keyboard.focused() is form.id_edit
    assert "2 张号票未打印（A1001、A1002）" in banner.text_label.text()

    # 补打 by mouse prints both, and the keyboard stays in 证件号码.
    backend.failing = False
    with qtbot.waitSignals([window.printing.printed] * 2, timeout=WAIT_MS):
        qtbot.mouseClick(banner.reprint_button, Qt.MouseButton.LeftButton)
    idle()
    assert sorted(title[-5:] for _printer, title in backend.jobs) == ["A1001", "A1002"]
    assert {printer for printer, _title in backend.jobs} == {"Thermal-1"}
    assert not banner.isVisible() and banner.failures() == []
    assert keyboard.focused() is form.id_edit


def test_banner_buttons_never_take_the_keyboard(window) -> None:  # type: ignore[no-untyped-def]
    banner = window.ticket_form.print_banner
    for button in (banner.reprint_button, banner.other_button, banner.close_button):
        assert button.focusPolicy() is Qt.FocusPolicy.NoFocus


def test_banner_sends_failed_tickets_to_another_printer(qtbot, window, keyboard, idle,  # type: ignore[no-untyped-def]
                                                        backend) -> None:
    swipe_and_issue(qtbot, window, keyboard, idle, 1, "张三")
    banner = window.ticket_form.print_banner
    backend.failing = False
    qtbot.mouseClick(banner.other_button, Qt.MouseButton.LeftButton)
    controller = window.printing
    qtbot.waitUntil(lambda: controller.chooser is not None and controller.chooser.isVisible(),
                    timeout=WAIT_MS)
    assert banner.isVisible()  # nothing printed yet: cancelling keeps the banner
    controller.chooser.combo.setCurrentIndex(1)
    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        controller.chooser.print_button.click()
    idle()
    assert [printer for printer, _title in backend.jobs] == ["HP A4"]
    assert not banner.isVisible()


def test_banner_can_be_closed_and_a_manual_reprint_still_asks(qtbot, window, keyboard,  # type: ignore[no-untyped-def]
                                                              idle, services) -> None:
    swipe_and_issue(qtbot, window, keyboard, idle, 1, "张三")
    banner = window.ticket_form.print_banner
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and banner.failures() == []
    # A reprint asked for by hand (queue page, print history) still opens the full box.
    [entry] = services.tickets.list_queue()
    with qtbot.waitSignal(window.printing.failed, timeout=WAIT_MS):
        window.printing.reprint(entry.visit_id, "ticket")
    idle()
    box = window.printing.failure_box
    assert box is not None and box.isVisible()
    assert not banner.isVisible()
    box.close()
