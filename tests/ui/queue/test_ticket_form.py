"""取号 from the keyboard: the way the front desk works with an ID-card reader."""

from __future__ import annotations

import pytest
from helpers import make_id_number
from PySide6.QtCore import Qt

from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.queue.ticket_form import TicketForm

Key = Qt.Key


@pytest.fixture
def form(qtbot, services, tasks, keyboard):  # type: ignore[no-untyped-def]
    widget = TicketForm(services, tasks)
    qtbot.addWidget(widget)
    keyboard.show_active(widget)
    return widget


def on(widget, target) -> bool:  # type: ignore[no-untyped-def]
    """The focus is on `target` (or inside it, as with a spin box's line edit)."""
    return widget is target or target.isAncestorOf(widget)


def issued_numbers(services) -> list[str]:  # type: ignore[no-untyped-def]
    return [entry.ticket_number for entry in services.tickets.list_queue()]


def test_new_visitor_from_the_keyboard(form, services, keyboard, idle, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert keyboard.focused() is form.id_edit
    number = make_id_number()
    keyboard.type(number)
    assert "1980-01-01" in form.id_hint.text()  # checked as it is typed
    keyboard.press(Key.Key_Return)  # what the card reader sends after the number
    idle()
    assert keyboard.focused() is form.name_edit  # not known: type the name next
    keyboard.type("张三")
    keyboard.press(Key.Key_Return)
    assert keyboard.focused() is form.phone_edit
    keyboard.type("13812345678")
    keyboard.press(Key.Key_F1)
    assert form.category() is TicketCategory.REGULAR
    with qtbot.waitSignal(form.ticket_issued, timeout=5000) as signal:
        keyboard.press(Key.Key_Return)
    idle()

    ticket = signal.args[0]
    assert ticket.ticket_number == "A1001"
    assert form.ticket_number_label.text() == "A1001"
    assert "前面没有人等候" in form.ticket_ahead_label.text()
    assert issued_numbers(services) == ["A1001"]
    [entry] = services.tickets.list_queue()
    assert entry.visitor_name == "张三"
    # Ready for the next visitor.
    assert form.id_edit.text() == form.name_edit.text() == form.phone_edit.text() == ""
    assert keyboard.focused() is form.id_edit


def test_returning_visitor_needs_one_key_after_the_card(form, services, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    number = make_id_number(seq=456)
    services.tickets.issue_ticket(TicketRequest(
        name="李四", id_number=number, category=TicketCategory.REGULAR, phone="13900001111"
    ))
    keyboard.type(number)
    keyboard.press(Key.Key_Return)
    idle()
    assert form.name_edit.text() == "李四"
    assert form.phone_edit.text() == "13900001111"
    assert "回访人：已来访 1 次，最近 2026-11-27" in form.id_hint.text()

    keyboard.press(Key.Key_Return)  # the ONE key
    idle()
    assert issued_numbers(services) == ["A1001", "A1002"]
    assert form.ticket_number_label.text() == "A1002"
    assert form.last_ticket is not None and form.last_ticket.returning_visitor
    assert "前面还有 1 人" in form.ticket_ahead_label.text()


def test_invalid_id_shows_chinese_error_and_keeps_the_typing(  # type: ignore[no-untyped-def]
    form, services, keyboard, idle
) -> None:
    bad = make_id_number()[:-1] + ("0" if make_id_number()[-1] != "0" else "1")
    keyboard.type(bad)
    assert "校验位不正确" in form.id_hint.text()
    keyboard.press(Key.Key_Return)
    idle()
    assert keyboard.focused() is form.id_edit  # stays until the number is right
    form.name_edit.setFocus()
    keyboard.type("王五")
    keyboard.press(Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # issue anyway
    idle()

    assert "身份证号码校验位不正确" in form.error_label.text()
    assert form.error_label.isVisible()
    assert keyboard.focused() is form.id_edit
    assert form.id_edit.text() == bad
    assert form.name_edit.text() == "王五"
    assert services.tickets.list_queue() == []


def test_group_visit_needs_five_people_and_a_representative(form, services, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    keyboard.type(make_id_number(seq=222))
    keyboard.press(Key.Key_Return)
    idle()
    keyboard.type("赵六")
    keyboard.press(Key.Key_F2)
    assert form.reps_box.isVisible()
    keyboard.press(Key.Key_Return)  # name → phone
    keyboard.press(Key.Key_Return)  # phone → people (group)
    assert on(keyboard.focused(), form.people_spin)
    keyboard.press(Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keyboard.type("3")
    keyboard.press(Key.Key_Return)  # people → first representative
    keyboard.type("赵六")
    keyboard.press(Key.Key_Return)
    idle()
    assert "集体访指 5 人及以上同行；现在填的是 3 人" in form.error_label.text()
    assert on(keyboard.focused(), form.people_spin)
    assert services.tickets.list_queue() == []

    keyboard.press(Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keyboard.type("6")
    assert [row.name.isVisible() for row in form.rep_rows] == [True, True, False, False, False]
    form.rep_rows[1].name.setFocus()
    keyboard.type("钱七")
    assert form.rep_rows[2].name.isVisible()  # room for the next one
    assert not form.rep_rows[3].name.isVisible()
    keyboard.press(Key.Key_Return)
    idle()
    [entry] = services.tickets.list_queue()
    assert entry.category is TicketCategory.GROUP
    assert entry.people_count == 6
    assert entry.ticket_number == "B1001"
    detail = services.registration.visit_detail(entry.visit_id)
    assert [rep.name for rep in detail.representatives] == ["赵六", "钱七"]
    assert not form.reps_box.isVisible()  # back to 普通来访 for the next visitor
    # The result says how many came and who speaks for them.
    assert form.ticket_group_label.isVisible()
    assert "6 人" in form.ticket_group_label.text()
    assert "赵六" in form.ticket_group_label.text() and "钱七" in form.ticket_group_label.text()


def test_group_without_representative_points_at_the_first_row(  # type: ignore[no-untyped-def]
    form, services, keyboard, idle
) -> None:
    keyboard.type(make_id_number(seq=224))
    form.name_edit.setFocus()
    keyboard.type("孙八")
    keyboard.press(Key.Key_F2)
    form.people_spin.setValue(8)
    keyboard.press(Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle()
    assert "至少一名代表" in form.error_label.text()
    assert keyboard.focused() is form.rep_rows[0].name
    assert services.tickets.list_queue() == []


def test_double_enter_makes_one_ticket(form, services, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    form.id_edit.setText(make_id_number(seq=333))
    form.name_edit.setText("周九")
    form.name_edit.setFocus()
    keyboard.press(Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not form.issue_button.isEnabled()
    keyboard.press(Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    form.issue_ticket()
    idle()
    assert issued_numbers(services) == ["A1001"]
    assert form.issue_button.isEnabled()


def test_escape_clears_and_returns_to_the_id_field(form, services, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    keyboard.type(make_id_number())
    form.name_edit.setFocus()
    keyboard.type("吴十")
    keyboard.press(Key.Key_F4)
    assert form.category() is TicketCategory.PRIORITY
    keyboard.press(Key.Key_Escape)
    assert form.id_edit.text() == ""
    assert form.name_edit.text() == ""
    assert form.category() is TicketCategory.REGULAR
    assert form.id_hint.text() == ""
    assert keyboard.focused() is form.id_edit
    assert services.tickets.list_queue() == []


def test_other_documents_skip_the_resident_id_check(form, services, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    form.id_type_combo.setCurrentIndex(1)  # 护照
    form.id_edit.setFocus()
    keyboard.type("E12345678")
    assert form.id_hint.text() == ""
    keyboard.press(Key.Key_Return)
    idle()
    keyboard.type("Anna Schmidt")
    keyboard.press(Key.Key_Return)
    keyboard.press(Key.Key_Return)  # phone left empty: issue
    idle()
    [entry] = services.tickets.list_queue()
    assert entry.visitor_name == "Anna Schmidt"


def test_changing_the_number_drops_the_name_filled_in_for_it(  # type: ignore[no-untyped-def]
    form, services, keyboard, idle
) -> None:
    number = make_id_number(seq=456)
    services.tickets.issue_ticket(TicketRequest(
        name="李四", id_number=number, category=TicketCategory.REGULAR, phone="13900001111"
    ))
    keyboard.type(number)
    keyboard.press(Key.Key_Return)
    idle()
    assert form.name_edit.text() == "李四"
    form.id_edit.setFocus()
    keyboard.press(Key.Key_Backspace)  # a different person's number now
    assert form.name_edit.text() == ""
    assert form.phone_edit.text() == ""
    assert "回访人" not in form.id_hint.text()


def _known_visitor_typed_with_another_name(form, services, keyboard, idle, number):  # type: ignore[no-untyped-def]
    services.tickets.issue_ticket(TicketRequest(
        name="李四", id_number=number, category=TicketCategory.REGULAR,
    ))
    keyboard.type(number)
    keyboard.press(Key.Key_Return)
    idle()
    assert form.name_edit.text() == "李四"
    form.name_edit.setText("李肆")
    form.issue_ticket()
    idle()
    box = form.name_change_box
    assert box is not None and box.isVisible()
    assert "李四" in box.text() and "李肆" in box.text() and number not in box.text()
    assert issued_numbers(services) == ["A1001"]  # nothing issued while asking
    return box


def _click(box, text: str) -> None:  # type: ignore[no-untyped-def]
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


@pytest.mark.parametrize(("answer", "name"), [("更改姓名", "李肆"), ("保留原名", "李四")])
def test_a_known_visitors_name_changes_only_when_the_desk_says_so(  # type: ignore[no-untyped-def]
    form, services, keyboard, idle, answer: str, name: str
) -> None:
    from desktop.cases.identity import IdType

    number = make_id_number(seq=461)
    box = _known_visitor_typed_with_another_name(form, services, keyboard, idle, number)
    _click(box, answer)
    idle()
    assert issued_numbers(services) == ["A1001", "A1002"]
    assert services.tickets.find_visitor(IdType.RESIDENT_ID, number).name == name
    assert form.last_ticket is not None and form.last_ticket.visitor_name == name


def test_cancelling_the_name_question_issues_nothing(form, services, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    box = _known_visitor_typed_with_another_name(
        form, services, keyboard, idle, make_id_number(seq=462))
    _click(box, "取消")
    idle()
    assert issued_numbers(services) == ["A1001"]
    assert form.name_edit.text() == "李肆"  # what was typed stays, to correct it
    assert "李四" in form.error_label.text()


def test_a_regular_ticket_shows_no_group_line(form, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    form.id_edit.setText(make_id_number(seq=444))
    form.name_edit.setText("吴十")
    form.issue_ticket()
    idle()
    assert form.ticket_number_label.text() == "A1001"
    assert not form.ticket_group_label.isVisible()


@pytest.mark.parametrize("how", ["enter", "tab"])
def test_an_id_number_swiped_into_the_name_moves_to_the_id_field(  # type: ignore[no-untyped-def]
    form, services, keyboard, idle, how
) -> None:
    number = make_id_number(seq=555)
    form.name_edit.setFocus()
    keyboard.type(number)  # the card reader, with the cursor in the wrong field
    keyboard.press(Key.Key_Return if how == "enter" else Key.Key_Tab)
    idle()
    assert form.id_edit.text() == number
    assert form.name_edit.text() == ""
    assert keyboard.focused() is form.name_edit
    assert form.name_hint.isVisible()
    assert "证件号码" in form.name_hint.text()
    assert "1980-01-01" in form.id_hint.text()  # checked like a swipe into the ID field
    assert services.tickets.list_queue() == []


def test_an_id_like_name_with_a_bad_check_digit_still_moves(form, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    form.name_edit.setFocus()
    keyboard.type("460105198001011230")  # 18 digits, wrong check character
    keyboard.press(Key.Key_Return)
    idle()
    assert form.id_edit.text() == "460105198001011230"
    assert form.name_edit.text() == ""
    assert keyboard.focused() is form.name_edit


def test_a_real_name_stays_in_the_name_field(form, keyboard) -> None:  # type: ignore[no-untyped-def]
    form.name_edit.setFocus()
    keyboard.type("张三")
    keyboard.press(Key.Key_Return)
    assert form.name_edit.text() == "张三"
    assert form.id_edit.text() == ""
    assert keyboard.focused() is form.phone_edit
    assert not form.name_hint.isVisible()
