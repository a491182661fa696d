"""Progress enquiry (进度查询): by case number + enquiry code or the receipt's QR text;
one message for every wrong answer; repeated wrong codes are slowed and audited."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest
from case_setup import UNIT, open_case
from helpers import make_id_number
from sqlalchemy import select

from db.models import AuditEntry, Visit, VisitStatusChange
from desktop.app import open_services
from desktop.cases.enquiry import (
    WRONG_CODE,
    CaseProgress,
    EnquiryFailed,
    EnquiryThrottled,
    mask_name,
)
from desktop.domain import CaseStatus, Route, StepKind
from desktop.i18n import UserError
from desktop.printing.documents.model import receipt_qr_text

ID_NUMBER = make_id_number(seq=101)  # what open_case gives 王小明
PHONE = "13912345678"


@pytest.fixture
def case(services, clock):  # type: ignore[no-untyped-def]
    """王小明's matter, registered 2026-11-27 and transferred (the unit decides by
    2026-12-14: 15 days is Saturday 2026-12-12)."""
    return open_case(services, clock, date(2026, 11, 27), phone=PHONE,
                     address="海口市龙华区滨海大道1号")


def audit(services, action: str) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return list(session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.at)))


def test_by_case_number_and_code(services, case) -> None:  # type: ignore[no-untyped-def]
    progress = services.enquiry.look_up(f" {case.case_number} ", f" {case.enquiry_code} ")
    assert progress.case_number == case.case_number
    assert progress.masked_name == "王**"
    assert progress.received_on == date(2026, 11, 27)
    assert progress.status is CaseStatus.REVIEWING  # a transfer: the unit decides
    assert progress.status_label == "受理审查中"
    assert progress.route is Route.TRANSFERRED
    assert progress.category_label == "劳动社保"
    assert [d.kind for d in progress.deadlines] == ["accept_notice"]
    assert progress.next_deadline is not None
    assert progress.next_deadline.kind == "transferred"
    assert progress.next_deadline.label == "受理告知期限"
    assert progress.next_deadline.due == date(2026, 12, 14)
    assert [(step.on_date, step.label, step.due) for step in progress.timeline] == [
        (date(2026, 11, 27), "登记", date(2026, 12, 14)),
        (date(2026, 11, 27), "转送/交办", date(2026, 12, 14)),
    ]
    assert progress.case_visit_id == case.visit_id
    assert progress.visit_count == 1 and not progress.estimated
    [entry] = audit(services, "enquiry")
    assert (entry.subject_id, entry.terminal) == (case.case_number, "FRONT-1")


def test_by_qr_text_and_lower_case(services, case) -> None:  # type: ignore[no-untyped-def]
    qr = receipt_qr_text(case.case_number, case.enquiry_code)
    assert services.enquiry.look_up(qr).case_number == case.case_number
    assert services.enquiry.look_up(qr.lower() + "\n").case_number == case.case_number
    lower = services.enquiry.look_up(case.case_number.lower(), case.enquiry_code.lower())
    assert lower.case_number == case.case_number


def test_next_deadline_follows_the_steps(services, case, clock) -> None:  # type: ignore[no-untyped-def]
    clock.advance(days=20)  # 2026-12-17: past the 受理告知 due date
    progress = services.enquiry.look_up(case.case_number, case.enquiry_code)
    assert progress.next_deadline is not None
    assert (progress.next_deadline.due, progress.next_deadline.overdue) == (
        date(2026, 12, 14), True)
    assert progress.deadlines[0].overdue
    services.cases.record_step(case.visit_id, StepKind.ACCEPTED, date(2026, 12, 15))
    progress = services.enquiry.look_up(case.case_number, case.enquiry_code)
    assert progress.status is CaseStatus.ACCEPTED
    # 60 days from 2026-12-15 reaches 2027, counted by weekends only: said so.
    assert progress.next_deadline is not None
    assert (progress.next_deadline.label, progress.next_deadline.due) == (
        "办理期限", date(2027, 2, 15))
    assert progress.estimated
    assert [step.label for step in progress.timeline] == ["登记", "转送/交办", "受理"]
    services.cases.record_step(case.visit_id, StepKind.ANSWERED, date(2026, 12, 17))
    services.cases.record_step(case.visit_id, StepKind.CLOSED, date(2026, 12, 17))
    progress = services.enquiry.look_up(case.case_number, case.enquiry_code)
    assert progress.status is CaseStatus.CLOSED and progress.next_deadline is None


def test_withdrawn_steps_are_left_out(services, case, clock) -> None:  # type: ignore[no-untyped-def]
    clock.advance(days=3)
    detail = services.cases.record_step(case.visit_id, StepKind.ACCEPTED, date(2026, 11, 30))
    services.cases.correct_step(case.visit_id, detail.correctable.step_id, "记错了")
    progress = services.enquiry.look_up(case.case_number, case.enquiry_code)
    assert [step.label for step in progress.timeline] == ["登记", "转送/交办"]
    assert progress.status is CaseStatus.REVIEWING
    assert "记错了" not in repr(progress)


def test_an_old_case_without_steps_shows_its_status_history(services, clock) -> None:  # type: ignore[no-untyped-def]
    old = open_case(services, clock, date(2026, 11, 27), steps=False)
    with services.sessions.begin() as session:
        visit = session.get(Visit, old.visit_id)
        visit.accept_notice_due = date(2026, 12, 14)
        session.add(VisitStatusChange(visit_id=visit.id, kind="case", to_status="reviewing",
                                      at=clock(), actor="测试前台",
                                      origin_terminal="FRONT-1"))
    progress = services.enquiry.look_up(old.case_number, old.enquiry_code)
    assert [(step.on_date, step.label) for step in progress.timeline] == [
        (date(2026, 11, 27), "受理审查中")]
    assert progress.timeline[0].at is not None
    assert progress.next_deadline is not None
    assert (progress.next_deadline.kind, progress.next_deadline.due) == (
        "accept_notice", date(2026, 12, 14))


def test_wrong_code_and_unknown_case_say_the_same(services, case) -> None:  # type: ignore[no-untyped-def]
    wrong_code = "22222" + ("3" if case.enquiry_code[-1] != "3" else "4")
    attempts = [
        (case.case_number, wrong_code),
        ("XF2026112719999", case.enquiry_code),
        (f"LFXF:{case.case_number}:{wrong_code}", None),
        ("LFXF:broken", None),
    ]
    for text, code in attempts:
        with pytest.raises(EnquiryFailed) as caught:
            services.enquiry.look_up(text, code)
        assert caught.value.template == WRONG_CODE
        assert caught.value.message == "信访件编号或查询码不正确，请核对回执上的编号和查询码"
        assert caught.value.field == "code"
        assert caught.value.params == {}


def test_missing_input_and_ticket_qr(services, case) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught:
        services.enquiry.look_up("  ")
    assert caught.value.field == "case_number"
    with pytest.raises(UserError) as caught:
        services.enquiry.look_up(case.case_number, " ")
    assert caught.value.field == "code"
    with pytest.raises(UserError) as caught:
        services.enquiry.look_up("LFQ:20261127:A001")
    assert "号票" in caught.value.message


def test_nothing_personal_in_the_result(services, case) -> None:  # type: ignore[no-untyped-def]
    progress = services.enquiry.look_up(case.case_number, case.enquiry_code)
    text = repr(progress)
    for secret in (ID_NUMBER, ID_NUMBER[-4:], PHONE, "王小明", "小明", "滨海大道",
                   "拖欠工资", "请求支付", UNIT, "人社"):
        assert secret not in text
    assert {f.name for f in fields(CaseProgress)}.isdisjoint(
        {"id_number", "phone", "summary", "demands", "address", "enquiry_code"})


def test_mask_name() -> None:
    assert mask_name("张三") == "张*"
    assert mask_name("欧阳小明") == "欧***"
    assert mask_name("") == ""


def test_three_wrong_codes_throttle_then_cooling_ends(services, case, clock) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        with pytest.raises(EnquiryFailed):
            services.enquiry.look_up(case.case_number, "ZZZZZZ")
        clock.advance(minutes=1)
    # Even the right code is refused while cooling; the message says when to retry.
    with pytest.raises(EnquiryThrottled) as caught:
        services.enquiry.look_up(case.case_number, case.enquiry_code)
    assert caught.value.params == {"time": "09:10"}  # first failure 09:00 + 10 minutes
    assert "09:10" in caught.value.message
    failed = audit(services, "enquiry_failed")
    assert [(e.subject_id, e.terminal, e.subject_type) for e in failed] == [
        (case.case_number, "FRONT-1", "case")] * 3
    assert len(audit(services, "enquiry_refused")) == 1
    assert audit(services, "enquiry") == []

    clock.advance(minutes=8)  # 09:11: the first failure has left the window
    progress = services.enquiry.look_up(case.case_number, case.enquiry_code)
    assert progress.case_number == case.case_number
    assert len(audit(services, "enquiry")) == 1


def test_wrong_codes_from_one_terminal_throttle_other_cases(services, case, clock) -> None:  # type: ignore[no-untyped-def]
    for n in range(3):
        with pytest.raises(EnquiryFailed):
            services.enquiry.look_up(f"XF202611271000{n + 5}", "ZZZZZZ")
    with pytest.raises(EnquiryThrottled):
        services.enquiry.look_up(case.case_number, case.enquiry_code)


def test_failures_seen_by_another_process(services, case, db_url, clock) -> None:  # type: ignore[no-untyped-def]
    """Another terminal on the same database counts the same case's failures."""
    for _ in range(3):
        with pytest.raises(EnquiryFailed):
            services.enquiry.look_up(case.case_number, "ZZZZZZ")
    other = open_services(db_url, "FRONT-2", "另一前台", clock=clock)
    try:
        with pytest.raises(EnquiryThrottled):
            other.enquiry.look_up(case.case_number, case.enquiry_code)
        # A different case from that terminal is not slowed by FRONT-1's failures.
        with pytest.raises(EnquiryFailed):
            other.enquiry.look_up("XF2026112719999", "ZZZZZZ")
    finally:
        other.close()


def test_an_id_number_typed_as_case_number_is_not_audited(services, case) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EnquiryFailed):
        services.enquiry.look_up(ID_NUMBER, "ZZZZZZ")
    with pytest.raises(EnquiryFailed):
        services.enquiry.look_up(PHONE, "ZZZZZZ")
    entries = audit(services, "enquiry_failed")
    assert [entry.subject_id for entry in entries] == ["?", "?"]
