"""办理流程 dialog through its widgets: the next step offers only the allowed steps; an
extension typed in the form is saved and the 延期告知书 offered for printing; 更正上一步
strikes the step through with its reason; an overdue deadline is red, an estimated one
says so."""

from __future__ import annotations

from datetime import date

import pytest
from case_setup import UNIT, open_case, set_day
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from db.models import CaseStep, Visit
from desktop.domain import Paper, Route, StepKind
from ui.cases.case_timeline import CaseTimelineDialog


class Papers:
    def __init__(self) -> None:
        self.printed: list[tuple[object, Paper]] = []
        self.previewed: list[tuple[object, Paper]] = []

    def print_paper(self, visit_id, paper: Paper) -> None:  # type: ignore[no-untyped-def]
        self.printed.append((visit_id, paper))

    def preview_paper(self, visit_id, paper: Paper) -> None:  # type: ignore[no-untyped-def]
        self.previewed.append((visit_id, paper))


@pytest.fixture
def papers() -> Papers:
    return Papers()


@pytest.fixture
def dialog(qtbot, services, tasks, keyboard, papers):  # type: ignore[no-untyped-def]
    widget = CaseTimelineDialog(services.cases, tasks, papers)
    qtbot.addWidget(widget)
    keyboard.show_active(widget, 1366, 740)
    return widget


def cells(dialog, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]


def offered(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    combo = dialog.step_form.step_combo
    return [combo.itemText(index) for index in range(combo.count())]


def test_an_extension_through_the_form_then_the_notice_is_printed(  # type: ignore[no-untyped-def]
        dialog, services, clock, keyboard, qtbot, idle, papers) -> None:
    case = open_case(services, clock, date(2026, 9, 1), Route.ACCEPTED_HERE)
    set_day(clock, date(2026, 10, 20))
    dialog.load(case.case_number)
    idle()
    form = dialog.extension_form
    assert form.isVisible()
    assert dialog.due_label.text() == "下一期限：办理期限 2026-11-02"
    assert offered(dialog) == ["出具处理意见"]
    # Prefilled with the latest the rules allow: 2026-11-02 + 30 days.
    assert form.due_edit.date() == QDate(2026, 12, 2)
    assert form.limit_label.text() == "原办理期限 2026-11-02，最多延至 2026-12-02"

    qtbot.mouseClick(form.extend_button, Qt.MouseButton.LeftButton)  # nothing filled in
    idle()
    assert form.error_label.text() == "请填写批准延期的负责人"
    assert keyboard.focused() is form.approver_edit
    keyboard.type("张局长")
    form.reason_edit.setFocus()
    keyboard.type("需要现场调查取证")
    form.due_edit.setFocus()
    form.due_edit.setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(form.extend_button, Qt.MouseButton.LeftButton)
    idle()

    assert form.error_label.isHidden()
    assert not form.isVisible()  # once only
    assert dialog.due_label.text() == "下一期限：办理期限（延期后） 2026-11-30"
    last = cells(dialog, dialog.table.rowCount() - 1)
    assert last[:2] == ["2026-10-20", "延期"]
    assert last[4:] == ["测试前台", "办理期限（延期后） 2026-11-30",
                        "批准人：张局长；需要现场调查取证"]
    with services.sessions() as session:
        step = session.scalars(select(CaseStep).where(
            CaseStep.case_visit_id == case.visit_id, CaseStep.kind == "extended")).one()
        assert (step.approved_by, step.note, step.due) == (
            "张局长", "需要现场调查取证", date(2026, 11, 30))
        assert session.get(Visit, case.visit_id).handling_due == date(2026, 11, 30)

    box = dialog.offer_box
    assert box is not None and box.isVisible()
    assert "2026-11-30" in box.text()
    qtbot.mouseClick(dialog.print_offer_button, Qt.MouseButton.LeftButton)
    assert papers.printed == [(case.visit_id, Paper.EXTENSION_NOTICE)]
    assert dialog.extension_paper_button.isEnabled()


def test_an_extension_past_the_limit_is_refused_at_the_date(  # type: ignore[no-untyped-def]
        dialog, services, clock, keyboard, qtbot, idle) -> None:
    case = open_case(services, clock, date(2026, 9, 1), Route.ACCEPTED_HERE)
    set_day(clock, date(2026, 10, 20))
    dialog.load(case.visit_id)
    idle()
    form = dialog.extension_form
    form.approver_edit.setText("张局长")
    form.reason_edit.setText("调查")
    form.due_edit.setMaximumDate(QDate(2027, 1, 1))  # as if the widget allowed it
    form.due_edit.setDate(QDate(2026, 12, 3))
    qtbot.mouseClick(form.extend_button, Qt.MouseButton.LeftButton)
    idle()
    assert form.error_label.text() == "延期不得超过 30 日：新的办理期限最晚为 2026-12-02"
    assert form.due_edit.property("invalid")
    assert dialog.offer_box is None


def test_only_the_allowed_steps_and_a_transfer_accepted(  # type: ignore[no-untyped-def]
        dialog, services, clock, qtbot, idle) -> None:
    case = open_case(services, clock, date(2026, 9, 16))
    set_day(clock, date(2026, 9, 24))
    dialog.load(case.case_number)
    idle()
    assert dialog.number_label.text() == case.case_number
    assert dialog.status_label.text() == "受理审查中"
    assert dialog.due_label.text() == "下一期限：受理告知期限 2026-10-08"
    assert offered(dialog) == ["受理", "不予受理"]
    assert not dialog.extension_form.isVisible()
    assert [cells(dialog, row)[:3] for row in range(dialog.table.rowCount())] == [
        ["2026-09-16", "登记", ""], ["2026-09-16", "转送/交办", UNIT]]
    form = dialog.step_form
    assert form.date_edit.date() == QDate(2026, 9, 24)
    assert form.date_edit.maximumDate() == QDate(2026, 9, 24)  # never in the future
    assert form.date_edit.minimumDate() == QDate(2026, 9, 16)
    form.select_kind(StepKind.ACCEPTED)
    form.unit_combo.setCurrentText(UNIT)
    form.document_edit.setText("人社信受〔2026〕12号")
    qtbot.mouseClick(form.record_button, Qt.MouseButton.LeftButton)
    idle()
    assert form.error_label.isHidden(), form.error_label.text()
    assert dialog.status_label.text() == "受理"
    # 60 days from 2026-09-24 is Monday 2026-11-23.
    assert dialog.due_label.text() == "下一期限：办理期限 2026-11-23"
    assert cells(dialog, 2)[:6] == ["2026-09-24", "受理", UNIT, "人社信受〔2026〕12号", "测试前台",
                                     "办理期限 2026-11-23"]
    assert offered(dialog) == ["出具处理意见"] and dialog.extension_form.isVisible()


def test_correcting_the_last_step_strikes_it_through(  # type: ignore[no-untyped-def]
        dialog, services, clock, keyboard, qtbot, idle) -> None:
    case = open_case(services, clock, date(2026, 9, 16))
    set_day(clock, date(2026, 9, 24))
    services.cases.record_step(case.visit_id, StepKind.ACCEPTED, date(2026, 9, 24))
    dialog.load(case.visit_id)
    idle()
    assert dialog.correct_button.isEnabled()
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    correction = dialog.correction_dialog
    assert correction is not None and correction.isVisible()
    assert "2026-09-24 受理" in correction.findChildren(type(dialog.status_label))[0].text()
    qtbot.mouseClick(correction.ok_button, Qt.MouseButton.LeftButton)  # no reason
    idle()
    assert correction.error_label.text() == "请写明更正的原因"
    correction.reason_edit.setFocus()
    keyboard.type("单位尚未答复，受理记早了")
    qtbot.mouseClick(correction.ok_button, Qt.MouseButton.LeftButton)
    idle()
    assert dialog.correction_dialog is None  # closed (and let go)
    assert dialog.status_label.text() == "受理审查中"
    withdrawn = dialog.table.item(2, 1)
    assert withdrawn.text() == "受理" and withdrawn.font().strikeOut()
    assert cells(dialog, 2)[6] == "已更正：单位尚未答复，受理记早了"
    assert cells(dialog, 3)[1:2] == ["更正"]
    assert cells(dialog, 3)[6] == "撤回“受理”；单位尚未答复，受理记早了"
    assert not dialog.table.item(3, 1).font().strikeOut()
    assert offered(dialog) == ["受理", "不予受理"]


def test_overdue_is_red_and_estimated_is_said(dialog, services, clock, idle) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 9, 16))
    set_day(clock, date(2026, 10, 12))
    dialog.load(case.case_number)
    idle()
    assert dialog.due_label.text() == "下一期限：受理告知期限 2026-10-08（已超期 4 天）"
    assert dialog.due_label.objectName() == "errorLabel"
    assert dialog.estimate_label.isHidden()

    later = open_case(services, clock, date(2026, 11, 2), Route.ACCEPTED_HERE, seq=105)
    dialog.load(later.case_number)
    idle()
    # 60 days from 2026-11-02 reach 2027, whose holidays are not published yet.
    assert dialog.due_label.text() == "下一期限：办理期限 2027-01-01"
    assert dialog.due_label.objectName() != "errorLabel"
    assert dialog.estimate_label.isVisible()
    assert dialog.estimate_label.text().startswith("按周末推算")
    assert cells(dialog, 1)[5] == "办理期限 2027-01-01（按周末推算）"


def test_a_closed_case_offers_no_step(dialog, services, clock, idle) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 11, 2), Route.ANSWERED)
    dialog.load(case.case_number)
    idle()
    assert dialog.status_label.text() == "办结"
    assert offered(dialog) == []
    assert not dialog.step_form.record_button.isEnabled()
    assert dialog.step_form.closed_label.isVisible()
    assert "流程已经结束" in dialog.step_form.closed_label.text()
    assert dialog.due_label.text() == "下一期限：无"


def test_an_unknown_case_says_so(dialog, idle) -> None:  # type: ignore[no-untyped-def]
    dialog.load("XF2026091619999")
    idle()
    assert dialog.error_label.text() == "找不到信访件“XF2026091619999”，请核对信访件编号"
    assert dialog.detail is None and not dialog.step_form.isVisible()
