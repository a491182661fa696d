"""排队: today's tickets, filters, search, live refresh, opening a row."""

from __future__ import annotations

import pytest
from helpers import make_id_number
from PySide6.QtCore import Qt

from desktop.cases.registration import RegistrationInput
from desktop.domain import MatterSort, Purpose, QueueStatus, Route, TicketCategory
from desktop.queue.tickets import RepresentativeInput, TicketRequest
from ui.queue.queue_view import QueueModel, QueueView


def issue(services, name: str, seq: int, category=TicketCategory.REGULAR, people=1):  # type: ignore[no-untyped-def]
    reps = (RepresentativeInput(name),) if category is TicketCategory.GROUP else ()
    return services.tickets.issue_ticket(TicketRequest(
        name=name, id_number=make_id_number(seq=seq), category=category,
        people_count=people, representatives=reps,
    ))


def column(view: QueueView, col: int) -> list[str]:
    model = view.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


@pytest.fixture
def view(qtbot, services, tasks):  # type: ignore[no-untyped-def]
    widget = QueueView(services, tasks)
    qtbot.addWidget(widget)
    return widget


def test_shows_todays_tickets_in_call_order(view, services, idle) -> None:  # type: ignore[no-untyped-def]
    issue(services, "张三", 1)
    issue(services, "李四", 2, TicketCategory.PRIORITY)
    issue(services, "王五", 3, TicketCategory.GROUP, people=6)
    view.refresh()
    idle()
    assert column(view, QueueModel.NUMBER) == ["D1001", "A1001", "B1001"]  # 优先 first
    assert column(view, QueueModel.NAME) == ["李四", "张三", "王五"]
    assert column(view, QueueModel.CATEGORY) == ["优先", "普通来访", "集体访"]
    assert column(view, QueueModel.STATUS) == ["等候"] * 3
    assert column(view, QueueModel.PEOPLE) == ["1", "1", "6"]
    masked = column(view, QueueModel.ID_NUMBER)[0]
    assert masked.startswith("4601") and "**********" in masked  # never the full number
    assert column(view, QueueModel.TIME) == ["09:00"] * 3  # Asia/Shanghai
    assert "今日共 3 张" in view.summary_label.text()
    assert "等候 3" in view.summary_label.text()


def test_filter_by_status_and_category_and_search(view, services, idle) -> None:  # type: ignore[no-untyped-def]
    first = issue(services, "张三", 1)
    issue(services, "李四", 2)
    issue(services, "王五", 3, TicketCategory.BOOKED)
    services.calling.call_ticket(first.visit_id, "1号窗口")
    services.registration.register(first.visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="反映噪音", demands="要求处理", content_category_code="01", area_code="460106",
        purpose=Purpose.SEEK_RESOLUTION, route=Route.ANSWERED, finish=True,
    ))
    view.refresh()
    idle()
    assert "已办结 1" in view.summary_label.text()

    view.status_filter.setCurrentIndex(view.status_filter.findData(QueueStatus.DONE))
    idle()
    assert column(view, QueueModel.NAME) == ["张三"]
    assert column(view, QueueModel.CASE)[0].startswith("XF")
    assert "今日共 3 张" in view.summary_label.text()  # counts stay for the whole day

    view.status_filter.setCurrentIndex(view.status_filter.findData(QueueStatus.WAITING))
    idle()
    assert column(view, QueueModel.NAME) == ["王五", "李四"]

    view.category_filter.setCurrentIndex(view.category_filter.findData(TicketCategory.BOOKED))
    idle()
    assert column(view, QueueModel.NAME) == ["王五"]

    view.status_filter.setCurrentIndex(0)
    view.category_filter.setCurrentIndex(0)
    view.search_edit.setText("A1002")
    view.search_edit.returnPressed.emit()
    idle()
    assert column(view, QueueModel.NAME) == ["李四"]

    view.search_edit.setText(make_id_number(seq=3))  # the full ID number finds it
    view.search_edit.returnPressed.emit()
    idle()
    assert column(view, QueueModel.NAME) == ["王五"]


def test_refreshes_itself_and_keeps_the_selection(view, services, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    issue(services, "张三", 1)
    second = issue(services, "李四", 2)
    view.timer.setInterval(100)
    view.show()  # showing starts the timer and loads at once
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert view.select_visit(second.visit_id)

    issue(services, "优先者", 3, TicketCategory.PRIORITY)  # another terminal issues one
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    assert column(view, QueueModel.NAME)[0] == "优先者"
    assert view.selected_visit_id() == second.visit_id  # still on 李四, now row 2
    view.hide()
    idle()


def test_refresh_while_loading_runs_once_more(view, services, idle) -> None:  # type: ignore[no-untyped-def]
    view.refresh()
    issue(services, "张三", 1)
    view.refresh()  # still loading: remembered, run when the first load is back
    idle()
    assert view.refresh_count == 2
    assert column(view, QueueModel.NAME) == ["张三"]


def test_enter_or_double_click_opens_the_visit(view, services, qtbot, idle, keyboard) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services, "张三", 1)
    keyboard.show_active(view)
    idle()
    view.table.setFocus()
    view.table.selectRow(0)
    with qtbot.waitSignal(view.open_visit, timeout=2000) as signal:
        keyboard.press(Qt.Key.Key_Return)
    assert signal.args == [ticket.visit_id]

    rect = view.table.visualRect(view.model.index(0, QueueModel.NAME))
    # A real double-click starts with a press; QTest's double-click event alone has none.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_visit, timeout=2000) as signal:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [ticket.visit_id]
    view.hide()
    idle()


def test_waiting_tickets_come_before_finished_ones(view, services, idle) -> None:  # type: ignore[no-untyped-def]
    done = [issue(services, f"办结{n}", 10 + n) for n in range(3)]
    for ticket in done:
        services.calling.call_ticket(ticket.visit_id, "1号窗口")
        services.calling.start_serving(ticket.visit_id, "1号窗口")
        services.registration.register(ticket.visit_id, RegistrationInput(
            matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
            summary="反映噪音", demands="要求处理", content_category_code="01",
            area_code="460106", purpose=Purpose.SEEK_RESOLUTION, route=Route.ANSWERED,
            finish=True,
        ))
    at_window = issue(services, "叫号中", 20)
    issue(services, "等候甲", 21)
    issue(services, "等候乙", 22, TicketCategory.PRIORITY)
    services.calling.call_ticket(at_window.visit_id, "2号窗口")
    view.refresh()
    idle()
    assert column(view, QueueModel.NAME) == [
        "等候乙", "等候甲", "叫号中", "办结0", "办结1", "办结2"]
    assert column(view, QueueModel.STATUS)[:3] == ["等候", "等候", "已叫号"]


def test_search_finds_earlier_visits_by_case_number_and_id_number(  # type: ignore[no-untyped-def]
    view, services, clock, idle
) -> None:
    earlier = issue(services, "王小明", 31)
    saved = services.registration.register(earlier.visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="反映噪音", demands="要求处理", content_category_code="01", area_code="460106",
        purpose=Purpose.SEEK_RESOLUTION, route=Route.ANSWERED,
    ))
    clock.advance(days=1)
    today = issue(services, "王小明", 31)
    issue(services, "李四", 32)

    view.refresh()
    idle()
    assert column(view, QueueModel.NAME) == ["王小明", "李四"]  # empty box: today only

    view.search_edit.setText(saved.case_number.lower())
    view.search_edit.returnPressed.emit()
    idle()
    assert column(view, QueueModel.CASE) == [saved.case_number]
    assert column(view, QueueModel.TIME) == ["2026-11-27 09:00"]  # an earlier day: dated
    assert view.model.index(0, 0).data(Qt.ItemDataRole.UserRole) == earlier.visit_id
    assert "以往来访 1 次" in view.summary_label.text()

    view.search_edit.setText(make_id_number(seq=31))
    view.search_edit.returnPressed.emit()
    idle()
    # Today's ticket first, then the earlier visit; the ID number stays masked.
    assert [view.model.index(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(view.model.rowCount())] == [today.visit_id, earlier.visit_id]
    assert all("**********" in masked for masked in column(view, QueueModel.ID_NUMBER))

    view.search_edit.setText(saved.enquiry_code)
    view.search_edit.returnPressed.emit()
    idle()
    assert column(view, QueueModel.CASE) == [saved.case_number]

    view.search_edit.setText("小明")
    view.search_edit.returnPressed.emit()
    idle()
    assert column(view, QueueModel.NAME) == ["王小明", "王小明"]
