"""办理流程 through CaseService: each step of the chain and the deadline it starts on the
2026/2027 calendar, the one extension and its limits, steps out of order, corrections,
and final cases."""

from __future__ import annotations

from datetime import date

import pytest
from case_setup import UNIT, open_case, set_day
from sqlalchemy import select

from db.models import CalendarDay, CalendarYear, CaseStep, Visit, VisitStatusChange
from desktop.cases.case_service import CaseInputError, CaseNotFound
from desktop.cases.lifecycle import StepNotAllowed
from desktop.domain import CaseStatus, MatterSort, Route, StepKind


def kinds(detail) -> list[StepKind]:  # type: ignore[no-untyped-def]
    return [next_step.kind for next_step in detail.allowed_next]


def standing(detail) -> list[StepKind]:  # type: ignore[no-untyped-def]
    return [step.kind for step in detail.timeline
            if not step.withdrawn and step.kind is not StepKind.CORRECTION]


def test_a_transfer_waits_on_the_unit_until_2026_10_08(services, clock) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 9, 16))
    detail = services.cases.case_detail(case.case_number.lower())
    assert detail.case_visit_id == case.visit_id
    assert detail.masked_name == "王**"
    assert detail.matter_sort is MatterSort.CLAIM
    assert (detail.route, detail.unit_name) == (Route.TRANSFERRED, UNIT)
    assert detail.status is CaseStatus.REVIEWING
    assert detail.transferred_on == date(2026, 9, 16)
    # 15 days from 2026-09-16 is 2026-10-01, 国庆: the unit decides by 2026-10-08.
    assert detail.accept_notice_due == date(2026, 10, 8)
    assert (detail.next_due, detail.next_due_step) == (date(2026, 10, 8), StepKind.TRANSFERRED)
    assert detail.next_due_label == "受理告知期限"
    assert not detail.overdue and not detail.estimated
    assert standing(detail) == [StepKind.REGISTERED, StepKind.TRANSFERRED]
    assert kinds(detail) == [StepKind.ACCEPTED, StepKind.REFUSED]
    assert not detail.can_extend and detail.latest_extension is None
    assert detail.correctable is not None and detail.correctable.kind is StepKind.TRANSFERRED
    set_day(clock, date(2026, 10, 9))
    assert services.cases.case_detail(case.visit_id).overdue


def test_accepted_2026_11_02_is_handled_by_2027_01_04_on_the_entered_calendar(  # type: ignore[no-untyped-def]
        services, clock) -> None:
    case = open_case(services, clock, date(2026, 10, 20))
    set_day(clock, date(2026, 11, 2))
    detail = services.cases.record_step(case.visit_id, StepKind.ACCEPTED, date(2026, 11, 2),
                                        unit_name=UNIT, document_number="人社信受〔2026〕12号")
    # 60 days: 2027-01-01, a Friday; 2027's holidays are not published yet, so counted
    # by weekends only — and said so.
    assert detail.status is CaseStatus.ACCEPTED
    assert detail.accepted_on == date(2026, 11, 2)
    assert detail.handling_due == date(2027, 1, 1)
    assert detail.next_due == date(2027, 1, 1) and detail.next_due_label == "办理期限"
    assert detail.estimated
    assert kinds(detail) == [StepKind.ANSWERED] and detail.can_extend

    # The administrator enters 元旦 2027 (1–3 January) and the whole year as published.
    with services.sessions.begin() as session:
        session.add_all([CalendarDay(day=date(2027, 1, day), is_working=False, note="元旦")
                         for day in (1, 2, 3)])
        session.add(CalendarYear(year=2027, entered_by="管理员"))
    other = open_case(services, clock, date(2026, 10, 20), seq=102, name="李四")
    set_day(clock, date(2026, 11, 2))
    detail = services.cases.record_step(other.case_number, StepKind.ACCEPTED,
                                        date(2026, 11, 2))
    assert detail.handling_due == date(2027, 1, 4)
    assert not detail.estimated
    with services.sessions() as session:
        step = session.scalars(select(CaseStep).where(
            CaseStep.case_visit_id == other.visit_id, CaseStep.kind == "accepted")).one()
        assert (step.due, step.actor, step.origin_terminal) == (
            date(2027, 1, 4), "测试前台", "FRONT-1")


def test_answer_opens_the_visitors_30_days_to_ask_for_review(services, clock) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 9, 10), Route.ACCEPTED_HERE)
    assert services.cases.case_detail(case.visit_id).handling_due == date(2026, 11, 9)
    set_day(clock, date(2026, 12, 1))
    detail = services.cases.record_step(case.visit_id, StepKind.ANSWERED, date(2026, 11, 9),
                                        document_number="海信复〔2026〕3号")
    assert detail.status is CaseStatus.OPINION_ISSUED
    answered = detail.timeline[-1]
    assert (answered.kind, answered.due, answered.document_number) == (
        StepKind.ANSWERED, date(2026, 12, 9), "海信复〔2026〕3号")
    # The visitor's window is not the office's deadline.
    assert detail.next_due is None and not detail.overdue
    assert kinds(detail) == [StepKind.REVIEW_REQUESTED, StepKind.CLOSED]


def test_review_requested_the_organ_answers_in_30_days(services, clock) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 9, 10), Route.ACCEPTED_HERE)
    set_day(clock, date(2026, 12, 1))
    services.cases.record_step(case.visit_id, StepKind.ANSWERED, date(2026, 11, 9))
    detail = services.cases.record_step(case.visit_id, StepKind.REVIEW_REQUESTED,
                                        date(2026, 11, 20), unit_name="海口市人民政府")
    # 30 days from 2026-11-20 is Sunday 2026-12-20: due Monday 2026-12-21.
    assert detail.status is CaseStatus.REVIEW
    assert (detail.next_due, detail.next_due_step) == (
        date(2026, 12, 21), StepKind.REVIEW_REQUESTED)
    assert detail.next_due_label == "复查答复期限"
    assert kinds(detail) == [StepKind.REVIEWED]
    detail = services.cases.record_step(case.visit_id, StepKind.REVIEWED, date(2026, 11, 30))
    assert detail.timeline[-1].due == date(2026, 12, 30)  # the visitor may ask for 复核
    assert kinds(detail) == [StepKind.RE_REVIEW_REQUESTED, StepKind.CLOSED]


def test_one_extension_within_30_days_of_the_handling_deadline(services, clock) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 9, 1), Route.ACCEPTED_HERE)
    set_day(clock, date(2026, 10, 20))
    detail = services.cases.case_detail(case.visit_id)
    # 60 days from 2026-09-01: Saturday 2026-10-31 → Monday 2026-11-02; +30 → 2026-12-02.
    assert detail.handling_due == date(2026, 11, 2)
    assert detail.can_extend and detail.latest_extension == date(2026, 12, 2)

    extend = services.cases.record_extension
    with pytest.raises(CaseInputError) as caught:
        extend(case.visit_id, approved_by=" ", reason="需要调查取证", new_due=date(2026, 12, 2))
    assert caught.value.field == "approved_by"
    with pytest.raises(CaseInputError) as caught:
        extend(case.visit_id, approved_by="张局长", reason="", new_due=date(2026, 12, 2))
    assert caught.value.field == "reason"
    with pytest.raises(CaseInputError) as caught:
        extend(case.visit_id, approved_by="张局长", reason="需要调查取证",
               new_due=date(2026, 12, 3))
    assert caught.value.field == "new_due"
    assert caught.value.message == "延期不得超过 30 日：新的办理期限最晚为 2026-12-02"
    with pytest.raises(CaseInputError) as caught:
        extend(case.visit_id, approved_by="张局长", reason="需要调查取证",
               new_due=date(2026, 11, 2))
    assert caught.value.message == "新的办理期限应晚于原办理期限 2026-11-02"

    detail = extend(case.visit_id, approved_by="张局长", reason="需要调查取证",
                    new_due=date(2026, 12, 2))
    assert detail.handling_due == date(2026, 12, 2)
    assert (detail.next_due, detail.next_due_step) == (date(2026, 12, 2), StepKind.EXTENDED)
    assert detail.status is CaseStatus.ACCEPTED
    assert detail.extension is not None
    assert (detail.extension.approved_by, detail.extension.note,
            detail.extension.on_date) == ("张局长", "需要调查取证", date(2026, 10, 20))
    assert not detail.can_extend and kinds(detail) == [StepKind.ANSWERED]
    with pytest.raises(StepNotAllowed) as refused:
        extend(case.visit_id, approved_by="张局长", reason="再次延期", new_due=date(2026, 12, 2))
    assert refused.value.message == "该件已经延期过一次，不能再次延期"


def test_no_extension_before_acceptance(services, clock) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 9, 16))
    with pytest.raises(StepNotAllowed) as refused:
        services.cases.record_extension(case.visit_id, approved_by="张局长", reason="调查",
                                        new_due=date(2026, 10, 20))
    assert "该件现在处于“转送/交办”" in refused.value.message


def test_steps_out_of_order_and_bad_dates_are_refused(services, clock) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 9, 16))
    set_day(clock, date(2026, 9, 25))
    with pytest.raises(StepNotAllowed) as refused:
        services.cases.record_step(case.visit_id, StepKind.ANSWERED, date(2026, 9, 25))
    assert refused.value.message == "该件现在处于“转送/交办”，不能记录“出具处理意见”"
    with pytest.raises(CaseInputError) as caught:
        services.cases.record_step(case.visit_id, StepKind.ACCEPTED, date(2026, 9, 26))
    assert caught.value.field == "on_date"
    assert caught.value.message == "日期 2026-09-26 还没有到，请填写实际办理的日期"
    with pytest.raises(CaseInputError) as caught:
        services.cases.record_step(case.visit_id, StepKind.ACCEPTED, date(2026, 9, 15))
    assert caught.value.message == "日期 2026-09-15 早于上一步骤的日期 2026-09-16，请核对"
    with pytest.raises(CaseInputError) as caught:
        services.cases.record_step(case.visit_id, StepKind.REFUSED, date(2026, 9, 25))
    assert caught.value.field == "note"
    with pytest.raises(ValueError):
        services.cases.record_step(case.visit_id, StepKind.EXTENDED, date(2026, 9, 25))
    # Nothing of the refused attempts was written.
    assert [s.kind for s in services.cases.case_detail(case.visit_id).timeline] == [
        StepKind.REGISTERED, StepKind.TRANSFERRED]


def test_correcting_the_last_step_puts_the_case_back(services, clock) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 9, 16))
    set_day(clock, date(2026, 9, 25))
    accepted = services.cases.record_step(case.visit_id, StepKind.ACCEPTED, date(2026, 9, 24))
    assert accepted.status is CaseStatus.ACCEPTED and accepted.handling_due is not None
    step = accepted.correctable
    assert step is not None and step.kind is StepKind.ACCEPTED
    with pytest.raises(CaseInputError) as caught:
        services.cases.correct_step(case.visit_id, step.step_id, "  ")
    assert caught.value.field == "reason"
    earlier = accepted.timeline[1]  # the transfer: not the latest
    with pytest.raises(StepNotAllowed):
        services.cases.correct_step(case.visit_id, earlier.step_id, "单位写错")

    detail = services.cases.correct_step(case.visit_id, step.step_id, "受理日期记错，应待单位回复")
    assert detail.status is CaseStatus.REVIEWING
    assert detail.accepted_on is None and detail.handling_due is None
    assert (detail.next_due, detail.next_due_step) == (date(2026, 10, 8), StepKind.TRANSFERRED)
    withdrawn = [s for s in detail.timeline if s.withdrawn]
    assert [s.step_id for s in withdrawn] == [step.step_id]
    assert detail.correction_reason(step.step_id) == "受理日期记错，应待单位回复"
    assert detail.timeline[-1].kind is StepKind.CORRECTION
    assert kinds(detail) == [StepKind.ACCEPTED, StepKind.REFUSED]
    # Withdrawing the transfer too clears its dates.
    detail = services.cases.correct_step(case.visit_id, detail.correctable.step_id, "未转送")
    assert detail.transferred_on is None and detail.accept_notice_due is None
    assert detail.correctable is None  # 登记 itself cannot be corrected
    with services.sessions() as session:
        statuses = session.scalars(
            select(VisitStatusChange.to_status)
            .where(VisitStatusChange.visit_id == case.visit_id)
            .where(VisitStatusChange.kind == "case")
            .order_by(VisitStatusChange.at)).all()
    assert statuses == ["reviewing", "accepted", "reviewing"]


def test_a_final_case_takes_no_more_steps(services, clock) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 9, 10), Route.ACCEPTED_HERE)
    set_day(clock, date(2026, 12, 1))
    services.cases.record_step(case.visit_id, StepKind.ANSWERED, date(2026, 11, 9))
    detail = services.cases.record_step(case.visit_id, StepKind.CLOSED, date(2026, 11, 30))
    assert detail.final and detail.status is CaseStatus.CLOSED
    assert detail.allowed_next == () and detail.next_due is None
    with pytest.raises(StepNotAllowed) as refused:
        services.cases.record_step(case.visit_id, StepKind.REVIEW_REQUESTED, date(2026, 12, 1))
    assert refused.value.message.startswith("该件已“办结”，流程已经结束")
    refused_case = open_case(services, clock, date(2026, 11, 2), Route.NOT_ACCEPTED, seq=103)
    detail = services.cases.case_detail(refused_case.case_number)
    assert detail.status is CaseStatus.NOT_ACCEPTED and detail.allowed_next == ()
    assert not detail.final  # 不予受理 is not 办结: a later visit may be a new matter


def test_an_old_case_without_steps_gets_them_on_the_first_step(services, clock) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 9, 16), steps=False)
    with services.sessions.begin() as session:
        session.get(Visit, case.visit_id).accept_notice_due = date(2026, 10, 8)
    detail = services.cases.case_detail(case.case_number)
    assert not detail.has_steps and detail.timeline == ()
    assert kinds(detail) == [StepKind.ACCEPTED, StepKind.REFUSED]
    assert (detail.next_due, detail.next_due_label) == (date(2026, 10, 8), "受理告知期限")
    set_day(clock, date(2026, 9, 30))
    detail = services.cases.record_step(case.visit_id, StepKind.ACCEPTED, date(2026, 9, 30))
    assert detail.has_steps
    assert [(s.kind, s.on_date) for s in detail.timeline] == [
        (StepKind.REGISTERED, date(2026, 9, 16)), (StepKind.TRANSFERRED, date(2026, 9, 16)),
        (StepKind.ACCEPTED, date(2026, 9, 30))]
    assert detail.timeline[1].unit_name == UNIT
    assert detail.timeline[0].note.startswith("补记")
    assert detail.status is CaseStatus.ACCEPTED


def test_a_linked_visit_finds_its_case_and_unknown_cases_say_so(services, clock) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 9, 16))
    later = open_case(services, clock, date(2026, 9, 20), seq=104, name="王小明")
    with services.sessions.begin() as session:
        repeat = session.get(Visit, later.visit_id)
        repeat.case_number = None
        repeat.case_visit_id = case.visit_id
        session.get(Visit, case.visit_id).visit_count = 2
    detail = services.cases.case_detail(later.visit_id)
    assert detail.case_number == case.case_number and detail.visit_count == 2
    with pytest.raises(CaseNotFound) as caught:
        services.cases.case_detail("XF2026091619999")
    assert caught.value.field == "case_number"
    assert caught.value.message == "找不到信访件“XF2026091619999”，请核对信访件编号"


def test_units_directory(services) -> None:  # type: ignore[no-untyped-def]
    units = services.cases.units()
    assert units and all(unit.active for unit in units)
