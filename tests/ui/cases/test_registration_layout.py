"""接谈登记 at the counter's screen: a visitor with seven open matters at 1366×768 (the
banner folds, the history shows five rows, 打印记录 is whole), an earlier visit opened in
full, and a field's error going as soon as the field is filled."""

from __future__ import annotations

import pytest
from helpers import make_id_number
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.cases.registration import RegistrationInput
from desktop.config import TerminalConfig
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.app import ErrorReporter
from ui.cases.registration_form import RegistrationForm
from ui.main_window import MainWindow

SEVEN = 7


def issue(services):  # type: ignore[no-untyped-def]
    return services.tickets.issue_ticket(TicketRequest(
        name="张三", id_number=make_id_number(seq=77), category=TicketCategory.REGULAR,
    ))


@pytest.fixture
def seven_open(services):  # type: ignore[no-untyped-def]
    """(the new ticket, the case numbers of seven open earlier matters, newest first)"""
    numbers = []
    for n in range(SEVEN):
        earlier = issue(services)
        numbers.append(services.registration.register(earlier.visit_id, RegistrationInput(
            matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
            summary=f"第{n + 1}件：反映小区电梯长期停运", demands="要求维修",
            content_category_code="03", area_code="460106",
            purpose=Purpose.SEEK_RESOLUTION, route=Route.TRANSFERRED, route_unit_code="HK-ZJJ",
        )).case_number)
    return issue(services), numbers[::-1]


def main_window(qtbot, services, tasks, idle, size: tuple[int, int]) -> MainWindow:  # type: ignore[no-untyped-def]
    holder: list[MainWindow] = []
    reporter = ErrorReporter(None, lambda: holder[0] if holder else None)
    window = MainWindow(services, tasks, reporter, TerminalConfig(auto_print_ticket=False))
    holder.append(window)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    idle()
    return window


def wholly_visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_seven_open_matters_leave_room_for_history_and_print_records(  # type: ignore[no-untyped-def]
    qtbot, services, tasks, idle, seven_open, size
) -> None:
    ticket, _numbers = seven_open
    window = main_window(qtbot, services, tasks, idle, size)
    window.open_visit(ticket.visit_id)
    idle()
    form = window.registration_form
    bar = form.repeat_bar
    assert bar.isVisible()
    assert "该来访人有 7 件在办或已办结的事项" in bar.title.text()
    assert len(bar.lines) == SEVEN
    lines = bar.fontMetrics().lineSpacing()
    assert bar.height() < 9 * lines + 40  # the title and two matters; the rest scroll
    table = form.history.table
    assert table.rowCount() == SEVEN
    # The bar lists the matters: the history may shrink for it, to two rows at least.
    assert table.viewport().height() >= 2 * table.rowHeight(0)
    history = window.print_history
    for part in (history.table, history.status_label, history.ticket_button,
                 history.receipt_button):
        assert wholly_visible(part), part
    assert history.table.viewport().height() >= history.table.horizontalHeader().height()
    assert not history.table.geometry().intersects(history.status_label.geometry())


def test_the_repeat_bar_lists_every_matter_and_scrolls(  # type: ignore[no-untyped-def]
    form_at_counter, seven_open, qtbot, idle
) -> None:
    ticket, numbers = seven_open
    form = form_at_counter
    form.load_visit(ticket.visit_id)
    idle()
    bar = form.repeat_bar
    assert [line.matter.case_number for line in bar.lines] == numbers
    area = bar.list_area
    assert wholly_visible(bar.lines[0].link_button)
    assert not wholly_visible(bar.lines[-1].link_button)  # below: the list scrolls
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: wholly_visible(bar.lines[-1].link_button))


@pytest.fixture
def form_at_counter(qtbot, services, tasks, keyboard, idle):  # type: ignore[no-untyped-def]
    widget = RegistrationForm(services, tasks)
    qtbot.addWidget(widget)
    keyboard.show_active(widget, 1366, 700)
    idle()
    return widget


def test_double_click_opens_an_earlier_visit_in_full(  # type: ignore[no-untyped-def]
    form_at_counter, seven_open, qtbot, idle
) -> None:
    ticket, numbers = seven_open
    form = form_at_counter
    form.load_visit(ticket.visit_id)
    idle()
    table = form.history.table
    row = 2
    rect = table.visualRect(table.model().index(row, 3))
    # A double click as the mouse makes it: press and release, then the second press.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle()
    dialog = form.earlier_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.isModal() and not dialog.isHidden()  # open(): window-modal, not exec()
    assert dialog.fields["case_number"].text() == numbers[row]
    assert dialog.fields["summary"].text() == "第5件：反映小区电梯长期停运"
    assert dialog.fields["demands"].text() == "要求维修"
    assert "住房和城乡建设局" in dialog.fields["route"].text()
    assert "龙华区" in dialog.fields["area"].text()
    assert dialog.fields["content_category"].text() != "03"  # its name, not the code
    assert all(isinstance(label, QLabel) for label in dialog.fields.values())  # read-only
    assert form.detail is not None and form.detail.visit_id == ticket.visit_id
    dialog.close_button.click()
    qtbot.waitUntil(lambda: form.earlier_dialog is None)


def fill_all_but(form, keyboard, missing: str) -> None:  # type: ignore[no-untyped-def]
    matter, routes = form.matter, form.routes
    matter.sort_combo.setCurrentIndex(matter.sort_combo.findData(MatterSort.CLAIM))
    if missing != "summary":
        matter.summary_edit.setPlainText("反映噪音扰民")
    matter.demands_edit.setPlainText("要求整改")
    matter.category_combo.setCurrentIndex(matter.category_combo.findData("01"))
    if missing != "area":
        matter.area_picker.set_code("460106")
    form.visitor.current_address_edit.setText("海口市龙华区滨海大道 1 号")
    routes.route_buttons[Route.TRANSFERRED].click()
    if missing != "route_unit":
        routes.route_unit_combo.setCurrentIndex(routes.route_unit_combo.findData("HK-STHJ"))


@pytest.mark.parametrize(("missing", "message"), [
    ("summary", "请填写事项概况"), ("area", "请选择问题属地"), ("route_unit", "承办单位"),
])
def test_a_field_error_goes_as_soon_as_the_field_is_filled(  # type: ignore[no-untyped-def]
    form_at_counter, services, keyboard, idle, missing, message
) -> None:
    form = form_at_counter
    form.load_visit(issue(services).visit_id)
    idle()
    fill_all_but(form, keyboard, missing)
    form.save_button.click()
    idle()
    field = form.errors.widget_for(missing)
    assert message in form.error_label.text()
    assert field.property("invalid") is True
    # Something else typed: the message stays (it is about the other field).
    form.visitor.work_unit_edit.setText("某公司")
    assert form.error_label.isVisible()
    if missing == "summary":
        keyboard.type("反映噪音扰民")  # the cursor was put there
    elif missing == "area":
        form.matter.area_picker.set_code("460106")
    else:
        combo = form.routes.route_unit_combo
        combo.setCurrentIndex(combo.findData("HK-STHJ"))
    assert not form.error_label.isVisible()
    assert not field.property("invalid")


def test_blank_text_does_not_clear_the_error(form_at_counter, services, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    form = form_at_counter
    form.load_visit(issue(services).visit_id)
    idle()
    fill_all_but(form, keyboard, "summary")
    form.save_button.click()
    idle()
    keyboard.type("   ")
    assert form.error_label.text() == "请填写事项概况"
    assert form.summary_edit.property("invalid") is True


def test_print_records_come_with_the_visit(form_at_counter, services, tasks, idle,  # type: ignore[no-untyped-def]
                                           monkeypatch) -> None:
    from db.models import PrintRecord
    from ui.printing.history import PrintHistoryWidget

    form = form_at_counter
    records = PrintHistoryWidget(services.printing, tasks)
    form.add_side_section("打印记录", records)
    ticket = issue(services)
    with services.sessions.begin() as session:
        session.add(PrintRecord(visit_id=ticket.visit_id, document="ticket", printer="前台",
                                actor="测试前台", status="failed", error="缺纸",
                                origin_terminal="FRONT-1"))

    def no_second_read(_visit_id: object) -> None:
        raise AssertionError("the records were read again")

    monkeypatch.setattr(services.printing, "print_history", no_second_read)
    form.load_visit(ticket.visit_id)
    idle()
    assert records.visit_id == ticket.visit_id
    assert records.table.rowCount() == 1
    assert "缺纸" in records.table.item(0, 4).text()
    assert records.ticket_button.isEnabled() and not records.receipt_button.isEnabled()
