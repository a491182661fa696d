"""The main window: pages, title and status bar, wiring between pages, closing safely."""

from __future__ import annotations

import time

import pytest
from helpers import make_id_number
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.domain import TicketCategory
from desktop.tickets import TicketRequest
from ui.app import ErrorReporter
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, services, tasks, idle):  # type: ignore[no-untyped-def]
    holder: list[MainWindow] = []
    reporter = ErrorReporter(None, lambda: holder[0] if holder else None)
    win = MainWindow(services, tasks, reporter)
    holder.append(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    idle()
    return win


def test_pages_title_and_status_bar(window, services) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "来访接待台 — 海口市人民来访接待中心 — 终端 FRONT-1"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "取号", "排队", "接谈登记"
    ]
    for name, page in (("ticket", window.ticket_form), ("queue", window.queue_view),
                       ("registration", window.registration_form)):
        window.select_view(name)
        assert window.tabs.currentWidget() is page
        assert window.current_view() == name
    with pytest.raises(ValueError, match="unknown view"):
        window.select_view("nonsense")
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "终端 FRONT-1" in texts
    assert "操作员 测试前台" in texts


def test_issuing_a_ticket_refreshes_the_queue(window, services, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    assert window.current_view() == "ticket"
    assert window.queue_view.model.rowCount() == 0
    form = window.ticket_form
    form.id_edit.setText(make_id_number())
    form.name_edit.setText("张三")
    form.issue_ticket()
    idle()
    assert form.ticket_number_label.text() == "A1001"
    # The queue page is not even showing, yet it already has the new ticket.
    assert window.queue_view.model.rowCount() == 1


def test_opening_a_row_in_the_queue_switches_to_registration(window, services, idle) -> None:  # type: ignore[no-untyped-def]
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="李四", id_number=make_id_number(seq=9), category=TicketCategory.REGULAR,
    ))
    window.select_view("queue")
    idle()
    window.queue_view.open_visit.emit(ticket.visit_id)
    idle()
    assert window.current_view() == "registration"
    assert window.registration_form.name_label.text() == "李四"


def test_add_page_for_later_tabs(window) -> None:  # type: ignore[no-untyped-def]
    extra = QLabel("叫号")
    index = window.add_page(extra, "叫号", "calling")
    assert window.tabs.tabText(index) == "叫号"
    window.select_view("calling")
    assert window.tabs.currentWidget() is extra


def test_busy_indicator_only_for_slow_work(window, tasks, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    assert not window.is_busy_shown()
    tasks.run(lambda: time.sleep(0.8))
    qtbot.waitUntil(window.is_busy_shown, timeout=3000)
    idle()
    assert not window.is_busy_shown()


def test_closing_with_an_unsaved_registration_asks_first(window, services, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="王五", id_number=make_id_number(seq=5), category=TicketCategory.REGULAR,
    ))
    window.open_visit(ticket.visit_id)
    idle()
    window.registration_form.summary_edit.setPlainText("还没保存的记录")
    assert window.registration_form.has_unsaved_changes()

    window.select_view("ticket")
    assert not window.close()
    box = window.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert window.current_view() == "registration"  # shows what would be lost
    next(b for b in box.buttons() if b.text() == "返回继续编辑").click()
    assert window.isVisible()

    window.close()
    next(b for b in window.question.buttons() if b.text() == "放弃修改").click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def test_closing_without_changes_just_closes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.close()
    assert window.question is None
