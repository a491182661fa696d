"""重复访 at the window, through the real widgets: the second visit of a person is
linked to the open matter with its 同一事项（关联） key — no new case number, the case's
visit count 2, a VISIT_LINKED step — and the link is there when the visit is reopened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from repeat_cases import issue, open_case

from db.models import Visit
from desktop.cases.lifecycle import steps_of
from desktop.domain import Paper, QueueStatus, RepeatDecision, StepKind
from ui.cases.registration_form import RegistrationForm


@pytest.fixture
def form(qtbot, services, tasks, keyboard, idle):  # type: ignore[no-untyped-def]
    widget = RegistrationForm(services, tasks)
    qtbot.addWidget(widget)
    keyboard.show_active(widget, 1366, 740)
    idle()
    return widget


def open_visit(form, visit_id, idle) -> None:  # type: ignore[no-untyped-def]
    form.load_visit(visit_id)
    idle()
    assert form.detail is not None and form.detail.visit_id == visit_id
    assert form.repeat_bar.view is not None


def stored(services, visit_id) -> Visit:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        visit = session.get(Visit, visit_id)
        session.expunge(visit)
        return visit


def test_link_a_repeat_visit_to_the_open_matter(form, services, qtbot, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, issue(services).visit_id, "XF20261127-1-001")
    open_case(services, issue(services).visit_id, "XF20261127-1-002",
              summary="反映小区电梯长期停运", category="01", area="460105")
    again = issue(services)
    open_visit(form, again.visit_id, idle)
    bar = form.repeat_bar
    assert bar.isVisible()
    assert "2 件在办或已办结的事项" in bar.title.text()
    [wages] = [line for line in bar.lines if line.matter.case_number == "XF20261127-1-001"]
    assert "XF20261127-1-001" in wages.text_label.text()
    assert "反映单位拖欠工资三个月" in wages.text_label.text()
    assert "2027-01-26" in wages.text_label.text()  # the 办理期限 it waits on
    assert not wages.tag.isVisible()  # nothing typed yet: nothing suggested
    # The clerk types what the visitor says: the program points at the likely matter.
    form.summary_edit.setFocus()
    keyboard.type("又来反映单位拖欠工资")
    assert wages.tag.isVisible() and wages.tag.text() == "可能是同一事项"
    assert [line.tag.isVisible() for line in bar.lines].count(True) == 1
    assert stored(services, again.visit_id).case_visit_id is None  # only a suggestion

    qtbot.mouseClick(wages.link_button, Qt.MouseButton.LeftButton)
    idle()
    visit = stored(services, again.visit_id)
    assert visit.case_visit_id == case.visit_id
    assert visit.case_number is None  # no new case
    assert visit.repeat_decision == RepeatDecision.SAME_MATTER.value
    assert stored(services, case.visit_id).visit_count == 2
    with services.sessions() as session:
        last = steps_of(session, case.visit_id)[-1]
        assert (last.kind, last.visit_id) == (StepKind.VISIT_LINKED.value, again.visit_id)
    assert "已关联到信访件 XF20261127-1-001（第 2 次来访）" in bar.title.text()
    assert "受理" in bar.progress_label.text() and "2027-01-26" in bar.progress_label.text()
    assert bar.paper_button.text() == "打印信访事项办理进展告知单"
    assert not form.matter.isVisible() and not form.routes.isVisible()
    assert not form.save_button.isEnabled()
    with qtbot.waitSignal(bar.paper_requested) as printed:
        bar.paper_button.click()
    assert printed.args == [again.visit_id, Paper.PROGRESS]
    # Ctrl+S registers nothing: the visit never gets a case of its own.
    keyboard.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle()
    assert stored(services, again.visit_id).case_number is None

    # 办结 as before: the ticket is finished.
    services.calling.call_ticket(again.visit_id, "1号窗口")
    form.finish_button.click()
    idle()
    assert stored(services, again.visit_id).queue_status == QueueStatus.DONE.value
    assert "已办结" in form.visitor.ticket_label.text()

    # Reopened: the choice and the link are there, in the bar and in the history.
    open_visit(form, issue(services, "李四", 2).visit_id, idle)
    assert not bar.isVisible() and form.matter.isVisible()
    open_visit(form, again.visit_id, idle)
    assert "已关联到信访件 XF20261127-1-001（第 2 次来访）" in bar.title.text()
    cases = [form.history.table.item(row, 1).text()
             for row in range(form.history.table.rowCount())]
    assert "XF20261127-1-001（本次关联）" in cases


def test_new_matter_then_unlink_a_mistaken_link(form, services, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, issue(services).visit_id, "XF20261127-1-001")
    again = issue(services)
    open_visit(form, again.visit_id, idle)
    bar = form.repeat_bar
    bar.new_button.click()
    idle()
    assert stored(services, again.visit_id).repeat_decision == "new_matter"
    assert "已判断为新事项" in bar.title.text()
    assert form.matter.isVisible() and form.save_button.isEnabled()
    bar.reconsider_button.click()
    [line] = bar.lines
    line.link_button.click()
    idle()
    assert stored(services, case.visit_id).visit_count == 2

    dialog = bar.ask_unlink()
    dialog.setTextValue("看错了，是另一件事")
    dialog.accept()
    idle()
    visit = stored(services, again.visit_id)
    assert visit.case_visit_id is None and visit.repeat_decision is None
    assert stored(services, case.visit_id).visit_count == 1
    with services.sessions() as session:
        kinds = [step.kind for step in steps_of(session, case.visit_id)]
    assert kinds[-2:] == [StepKind.VISIT_LINKED.value, StepKind.CORRECTION.value]
    assert "重复访核实" in bar.title.text()  # to decide again
    assert form.matter.isVisible()


def test_closed_matter_offers_the_no_longer_accepted_notice(form, services, idle) -> None:  # type: ignore[no-untyped-def]
    open_case(services, issue(services).visit_id, "XF20261127-1-001",
              steps=(StepKind.ACCEPTED, StepKind.ANSWERED, StepKind.CLOSED))
    again = issue(services)
    open_visit(form, again.visit_id, idle)
    bar = form.repeat_bar
    [line] = bar.lines
    assert "不再受理" in line.text_label.text()
    line.link_button.click()
    idle()
    assert bar.paper_button.text() == "打印不再受理告知书"
    assert "同一事实和理由不再受理" in bar.progress_label.text()


def test_foreign_case_refusal_is_shown_in_the_bar(form, services, idle) -> None:  # type: ignore[no-untyped-def]
    mine = open_case(services, issue(services).visit_id, "XF20261127-1-001")
    other = open_case(services, issue(services, "李四", 2).visit_id, "XF20261127-1-002")
    again = issue(services)
    open_visit(form, again.visit_id, idle)
    bar = form.repeat_bar
    assert [line.matter.case_visit_id for line in bar.lines] == [mine.visit_id]
    bar.link_to_case(other.visit_id)  # as a stale screen might ask
    idle()
    assert "不是这位来访人的事项" in bar.error_label.text()
    assert stored(services, again.visit_id).case_visit_id is None
