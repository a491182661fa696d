"""接谈登记: open a visit, fill it in, see the deadlines and earlier visits, save."""

from __future__ import annotations

import pytest
from helpers import make_id_number
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.cases.registration import RegistrationInput
from desktop.domain import CaseStatus, MatterSort, Purpose, QueueStatus, Route, TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.cases.registration_form import RegistrationForm


def issue(services, name: str = "张三", seq: int = 123):  # type: ignore[no-untyped-def]
    return services.tickets.issue_ticket(TicketRequest(
        name=name, id_number=make_id_number(seq=seq), category=TicketCategory.REGULAR,
        phone="13812345678",
    ))


@pytest.fixture
def form(qtbot, services, tasks, keyboard, idle):  # type: ignore[no-untyped-def]
    widget = RegistrationForm(services, tasks)
    qtbot.addWidget(widget)
    keyboard.show_active(widget, 1366, 740)
    idle()  # reference lists
    return widget


def open_visit(form, visit_id, idle) -> None:  # type: ignore[no-untyped-def]
    form.load_visit(visit_id)
    idle()
    assert form.detail is not None and form.detail.visit_id == visit_id


def pick(combo, data) -> None:  # type: ignore[no-untyped-def]
    """Choose an item the way the clerk does (the list's `activated`)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def fill_matter(form, keyboard, route: Route = Route.TRANSFERRED) -> None:  # type: ignore[no-untyped-def]
    pick(form.matter.sort_combo, MatterSort.CLAIM)
    form.summary_edit.setFocus()
    keyboard.type("反映小区电梯长期停运，物业未维修")
    form.matter.demands_edit.setFocus()
    keyboard.type("要求尽快维修电梯")
    form.visitor.current_address_edit.setFocus()
    keyboard.type("海口市龙华区滨海大道1号")
    form.matter.category_combo.setCurrentIndex(form.matter.category_combo.findData("01"))
    form.matter.area_picker.set_code("460106")
    form.matter.flag_checks["urgent"].setChecked(True)
    form.routes.route_buttons[route].click()
    if route is Route.TRANSFERRED:
        pick(form.routes.route_unit_combo, "HK-LH")


def test_shows_the_visitor_with_the_full_id_number(form, services, idle) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    open_visit(form, ticket.visit_id, idle)
    assert form.name_label.text() == "张三"
    assert make_id_number() in form.visitor.id_label.text()  # the clerk sees the whole number
    assert "1980-01-01" in form.visitor.person_label.text()
    assert "男" in form.visitor.person_label.text()
    assert "13812345678" in form.visitor.phone_label.text()
    assert "A1001" in form.visitor.ticket_label.text()
    assert form.matter.people_count_label.text().startswith("1 人")
    assert not form.repeat_bar.isVisible()
    assert "首次来访" in form.history.summary_label.text()
    assert not form.has_unsaved_changes()


def test_register_and_save_with_ctrl_s(form, services, keyboard, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    open_visit(form, ticket.visit_id, idle)
    fill_matter(form, keyboard)
    # The deadlines follow the route as it is chosen (FakeClock: 2026-11-27).
    assert form.case.received_label.text() == "2026-11-27"
    # Day 15 is Saturday 2026-12-12: the limits roll over to Monday.
    assert form.case.sort_due_label.text() == "2026-12-14"
    assert form.case.accept_due_label.text() == "2026-12-14"
    assert form.case.handling_due_label.text() == "承办单位受理后起算"
    assert form.case.paper_label.text() == "来访登记回执"
    assert not form.case.calendar_note_label.isVisible()
    # Accepted here: 60 days into 2027, whose holidays are not in the schedule yet — the
    # form says the date is an estimate.
    form.routes.route_buttons[Route.ACCEPTED_HERE].click()
    assert form.case.handling_due_label.text() == "2027-01-26"
    assert form.case.calendar_note_label.isVisible()
    assert "按周六、周日休息估算" in form.case.calendar_note_label.text()
    assert form.case.paper_label.text() == "受理告知书"
    form.routes.route_buttons[Route.TRANSFERRED].click()
    assert form.routes.unit_code() == "HK-LH"  # the clerk's choice is kept
    assert form.routes.route_unit_combo.isVisible()
    assert form.routes.transfer_date_edit.isVisible()
    assert not form.routes.route_reason_edit.isVisible()
    assert form.has_unsaved_changes()

    with qtbot.waitSignal(form.registration_saved, timeout=5000) as signal:
        keyboard.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle()
    result = signal.args[0]
    detail = services.registration.visit_detail(ticket.visit_id)
    assert detail.registration is not None
    assert detail.registration.case_number == result.case_number
    assert detail.registration.case_number.startswith("XF20261127")
    assert detail.registration.summary == "反映小区电梯长期停运，物业未维修"
    assert detail.registration.route is Route.TRANSFERRED
    assert detail.registration.route_unit == "龙华区人民政府"
    assert detail.registration.route_unit_code == "HK-LH"
    assert detail.registration.matter_sort is MatterSort.CLAIM
    assert detail.registration.area_code == "460106"
    assert detail.registration.flags == frozenset({"urgent"})
    assert detail.registration.accept_notice_due.isoformat() == "2026-12-14"
    assert detail.registration.handling_due is None
    assert detail.current_address == "海口市龙华区滨海大道1号"
    assert form.case.case_number_label.text() == result.case_number
    assert form.case.enquiry_code_label.text() == result.enquiry_code
    assert result.case_number in form.load_status.text()
    assert not form.has_unsaved_changes()


def test_legal_channel_has_no_handling_deadline(form, services, idle) -> None:  # type: ignore[no-untyped-def]
    open_visit(form, issue(services).visit_id, idle)
    form.routes.route_buttons[Route.LEGAL_CHANNEL].click()
    assert form.routes.route_channel_combo.isVisible()
    assert not form.routes.transfer_date_edit.isVisible()
    assert form.routes.route_unit_combo.count() == 0  # no channel chosen: no bodies
    pick(form.routes.route_channel_combo, "labour_arbitration")
    combo = form.routes.route_unit_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["HK-ZCW", "HK-LDZC"]
    assert form.routes.unit_label.text() == "受理机关"
    assert "不适用" in form.case.accept_due_label.text()
    assert "不适用" in form.case.handling_due_label.text()
    assert form.case.paper_label.text() == "依法分类处理告知书"


def test_missing_summary_is_pointed_out_and_nothing_saved(form, services, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    open_visit(form, ticket.visit_id, idle)
    fill_matter(form, keyboard)
    form.summary_edit.clear()
    form.save_button.click()
    idle()
    assert form.error_label.text() == "请填写事项概况"
    assert form.error_label.isVisible()
    assert keyboard.focused() is form.summary_edit
    assert form.matter.demands_edit.toPlainText() == "要求尽快维修电梯"  # nothing typed is lost
    assert services.registration.visit_detail(ticket.visit_id).registration is None
    assert form.has_unsaved_changes()


def test_transfer_without_unit_points_at_the_unit(form, services, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    open_visit(form, ticket.visit_id, idle)
    fill_matter(form, keyboard)
    form.routes.route_unit_combo.setCurrentIndex(-1)
    form.save_button.click()
    idle()
    assert "承办单位" in form.error_label.text()
    assert keyboard.focused() is form.routes.route_unit_combo
    assert services.registration.visit_detail(ticket.visit_id).registration is None


def test_repeat_warning_for_a_matter_still_in_progress(form, services, idle) -> None:  # type: ignore[no-untyped-def]
    earlier = issue(services)
    saved = services.registration.register(earlier.visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="反映拖欠工资", demands="要求支付", content_category_code="03",
        area_code="460106", purpose=Purpose.SEEK_RESOLUTION, route=Route.TRANSFERRED,
        route_unit_code="HK-RSJ",
    ))
    assert saved.case_status is CaseStatus.REVIEWING
    again = issue(services)
    open_visit(form, again.visit_id, idle)
    bar = form.repeat_bar  # ui/cases/repeat_bar.py: the clerk decides, matter by matter
    assert bar.isVisible()
    assert "该来访人有 1 件在办或已办结的事项" in bar.title.text()
    [line] = bar.lines
    assert saved.case_number in line.text_label.text()
    assert "反映拖欠工资" in line.text_label.text()
    assert form.history.table.rowCount() == 1
    assert form.history.table.item(0, 1).text() == saved.case_number
    assert form.history.table.item(0, 2).text() == "反映拖欠工资"


def test_an_answered_matter_is_offered_as_no_longer_accepted(form, services, idle) -> None:  # type: ignore[no-untyped-def]
    earlier = issue(services)
    services.registration.register(earlier.visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="咨询政策", demands="了解政策", content_category_code="03",
        area_code="460106", purpose=Purpose.SUGGESTION, route=Route.ANSWERED,
    ))
    open_visit(form, issue(services).visit_id, idle)
    # 当场答复 closed it: the same facts again get a 不再受理 notice, so it is offered.
    [line] = form.repeat_bar.lines
    assert "不再受理" in line.text_label.text()
    assert form.history.table.rowCount() == 1


def test_open_by_ticket_number(form, services, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    issue(services, "张三", 1)
    second = issue(services, "李四", 2)
    form.ticket_edit.setFocus()
    keyboard.type("a1002")
    keyboard.press(Qt.Key.Key_Return)
    idle()
    assert form.detail is not None and form.detail.visit_id == second.visit_id
    assert form.name_label.text() == "李四"

    form.ticket_edit.clear()
    form.ticket_edit.setFocus()
    keyboard.type("A1009")
    keyboard.press(Qt.Key.Key_Return)
    idle()
    assert "今天没有号码为 A1009 的号票" in form.error_label.text()
    assert form.detail.visit_id == second.visit_id  # still the one that was open


def test_unsaved_changes_are_not_lost_by_opening_another_visit(  # type: ignore[no-untyped-def]
    form, services, keyboard, idle
) -> None:
    first = issue(services, "张三", 1)
    second = issue(services, "李四", 2)
    open_visit(form, first.visit_id, idle)
    assert not form.has_unsaved_changes()
    form.summary_edit.setFocus()
    keyboard.type("写了一半")
    assert form.has_unsaved_changes()

    form.load_visit(second.visit_id)
    box = form.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "A1001" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "返回继续编辑")
    keep.click()
    idle()
    assert form.detail.visit_id == first.visit_id
    assert form.summary_edit.toPlainText() == "写了一半"

    form.load_visit(second.visit_id)
    discard = next(b for b in form.question.buttons() if b.text() == "放弃修改")
    discard.click()
    idle()
    assert form.detail.visit_id == second.visit_id
    assert form.summary_edit.toPlainText() == ""
    assert not form.has_unsaved_changes()


def test_save_and_finish_marks_the_ticket_done_and_reopens_saved(  # type: ignore[no-untyped-def]
    form, services, keyboard, idle
) -> None:
    ticket = issue(services)
    services.calling.call_ticket(ticket.visit_id, "1号窗口")
    services.calling.start_serving(ticket.visit_id, "1号窗口")
    open_visit(form, ticket.visit_id, idle)
    fill_matter(form, keyboard, Route.ANSWERED)
    form.finish_button.click()
    idle()
    [entry] = services.tickets.list_queue()
    assert entry.status is QueueStatus.DONE
    assert "已办结" in form.visitor.ticket_label.text()

    form.load_visit(ticket.visit_id)  # open again: what was saved comes back
    idle()
    assert form.summary_edit.toPlainText() == "反映小区电梯长期停运，物业未维修"
    assert form.routes.route() is Route.ANSWERED
    assert form.matter.category_combo.currentData() == "01"
    assert form.case.case_number_label.text() == entry.case_number
    assert not form.has_unsaved_changes()


def test_reference_lists_reload_after_settings_change(form, services, idle) -> None:  # type: ignore[no-untyped-def]
    idle()
    form.matter.category_combo.setCurrentIndex(form.matter.category_combo.findData("03"))
    services.reference.add_content_category("18", "应急管理")
    services.reference.set_content_category_active("99", False)
    form.reload_reference()
    idle()
    combo = form.matter.category_combo
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert "18" in codes and "99" not in codes
    assert form.matter.category_combo.currentData() == "03"  # what was chosen stays chosen


def test_an_accusation_is_transferred_to_discipline_through_the_widgets(  # type: ignore[no-untyped-def]
    form, services, keyboard, qtbot, idle
) -> None:
    from desktop.cases.lifecycle import steps_of
    from desktop.domain import Paper

    ticket = issue(services)
    open_visit(form, ticket.visit_id, idle)
    fill_matter(form, keyboard, Route.ANSWERED)
    pick(form.matter.sort_combo, MatterSort.ACCUSATION)
    form.matter.respondent_edit.setText("某街道办工作人员")
    form.routes.route_buttons[Route.TRANSFERRED].click()
    combo = form.routes.route_unit_combo
    # 检举控告: the 纪检监察 organ heads the list and is chosen for the clerk.
    assert combo.itemData(0) == "HK-JW" and form.routes.unit_code() == "HK-JW"
    assert form.routes.transfer_date_edit.date().toString("yyyy-MM-dd") == "2026-11-27"
    form.routes.transfer_document_edit.setText("海信转〔2026〕88号")
    with qtbot.waitSignal(form.registration_saved, timeout=5000) as signal:
        form.save_button.click()
    idle()
    result = signal.args[0]
    assert result.paper is Paper.REGISTRATION_RECEIPT
    assert form.case.paper_label.text() == "来访登记回执"  # what 打印 offers
    with services.sessions() as session:
        from db.models import Visit

        visit = session.get(Visit, ticket.visit_id)
        assert visit is not None
        assert (visit.matter_sort, visit.route, visit.route_unit_code) == (
            "accusation", "transferred", "HK-JW")
        assert visit.route_unit == "中共海口市纪律检查委员会、海口市监察委员会"
        assert visit.respondent == "某街道办工作人员"
        assert visit.transfer_document_number == "海信转〔2026〕88号"
        assert visit.accept_notice_due.isoformat() == "2026-12-14"
        assert [(s.kind, s.unit_name) for s in steps_of(session, visit.id)] == [
            ("registered", None),
            ("transferred", "中共海口市纪律检查委员会、海口市监察委员会")]

    # Refusing an accusation is questioned first; going back saves nothing.
    form.routes.route_buttons[Route.NOT_ACCEPTED].click()
    form.routes.route_reason_edit.setText("不属于信访事项")
    form.routes.route_basis_edit.setText("《信访工作条例》第三十二条")
    form.save_button.click()
    box = form.question
    assert box is not None and box.isVisible() and "纪检监察" in box.text()
    next(b for b in box.buttons() if b.text() == "返回修改").click()
    idle()
    assert services.registration.visit_detail(ticket.visit_id).registration.route is (
        Route.TRANSFERRED)
    form.save_button.click()
    box = form.question
    assert box is not None
    with qtbot.waitSignal(form.registration_saved, timeout=5000):
        next(b for b in box.buttons() if b.text() == "仍按此办理方式保存").click()
    idle()
    reg = services.registration.visit_detail(ticket.visit_id).registration
    assert reg.route is Route.NOT_ACCEPTED and reg.route_basis == "《信访工作条例》第三十二条"
    assert form.case.paper_label.text() == "不予受理告知书"
