"""取号 form errors through ui/operations.py: a failed returning-visitor lookup is a hint
(an unexpected one is also reported, a UserError is not), a representative row with
only a phone is pointed at, and a service error lands at its field."""

from __future__ import annotations

import pytest
from helpers import make_id_number
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain import TicketCategory
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from ui.queue.ticket_form import TicketForm

Key = Qt.Key


@pytest.fixture
def reported() -> list[BaseException]:
    return []


@pytest.fixture
def form(qtbot, services, tasks, keyboard, reported):  # type: ignore[no-untyped-def]
    widget = TicketForm(services, tasks, report_error=reported.append)
    qtbot.addWidget(widget)
    keyboard.show_active(widget)
    return widget


@pytest.mark.parametrize("error", [
    RuntimeError("database is locked"),
    UserError(QT_TRANSLATE_NOOP("Errors", "证件号码格式不正确，请核对后重新输入"),
              field="id_number"),
])
def test_a_failed_lookup_is_a_hint(form, services, keyboard, idle, monkeypatch, reported,  # type: ignore[no-untyped-def]
                                   error) -> None:
    def broken(*_args: object) -> None:
        raise error

    monkeypatch.setattr(services.tickets, "find_visitor", broken)
    keyboard.type(make_id_number(seq=41))
    keyboard.press(Key.Key_Return)
    idle()
    assert "未能查询以往来访记录" in form.id_hint.text()
    assert keyboard.focused() is form.name_edit  # go on by hand
    assert form.error_label.text() == ""
    assert QApplication.activeModalWidget() is None  # no box at the counter
    assert reported == ([] if isinstance(error, UserError) else [error])


def test_a_representative_with_only_a_phone_is_pointed_at(form, services, keyboard, idle  # type: ignore[no-untyped-def]
                                                         ) -> None:
    form.id_edit.setText(make_id_number(seq=42))
    form.name_edit.setText("孙八")
    form.select_category(TicketCategory.GROUP)
    form.people_spin.setValue(6)
    form.rep_rows[0].name.setText("赵六")
    form.rep_rows[1].phone.setText("13812345678")
    form.issue_ticket()
    idle()
    assert "第 2 行代表请填写姓名" in form.error_label.text()
    assert keyboard.focused() is form.rep_rows[1].name
    assert form.rep_rows[1].name.property("invalid") in (True, "true")
    assert services.tickets.list_queue() == []


def test_a_service_error_lands_at_its_field(form, services, keyboard, idle, reported) -> None:  # type: ignore[no-untyped-def]
    form.id_edit.setText(make_id_number(seq=43))
    form.name_edit.setText("")
    form.issue_ticket()
    idle()
    assert form.error_label.text()
    assert keyboard.focused() is form.name_edit
    assert services.tickets.list_queue() == []
    assert reported == []
    assert form.issue_button.isEnabled() and form.issue_button.text() == "取号 (Enter)"
