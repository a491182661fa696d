from __future__ import annotations

from datetime import date

import pytest
from helpers import make_id_number
from sqlalchemy import func, select

from db.models import AuditEntry, Visit, VisitStatusChange
from desktop.cases.registration import RegistrationInput
from desktop.domain import CaseStatus, Purpose, QueueStatus, Route, TicketCategory
from desktop.queue.tickets import InvalidInput, TicketRequest


def issue(services, seq: int = 123):  # type: ignore[no-untyped-def]
    return services.tickets.issue_ticket(
        TicketRequest(name="王五", id_number=make_id_number(seq=seq),
                      category=TicketCategory.REGULAR)
    )


def form(**overrides: object) -> RegistrationInput:
    values: dict[str, object] = {
        "summary": "工地拖欠工资三个月", "demands": "请求支付拖欠工资",
        "content_category_code": "03", "area_code": "460105",
        "purpose": Purpose.SEEK_RESOLUTION, "route": Route.TRANSFERRED,
        "route_unit": "市人力资源和社会保障局",
    }
    values.update(overrides)
    return RegistrationInput(**values)  # type: ignore[arg-type]


def test_register_assigns_case_number_and_deadlines(services) -> None:
    ticket = issue(services)
    result = services.registration.register(
        ticket.visit_id, form(flags=frozenset({"skip_level"}), current_address="海口市秀英区")
    )
    assert result.case_number == "XF2026112710001"
    assert len(result.enquiry_code) == 6
    assert result.case_status is CaseStatus.REVIEWING  # a transfer is not an acceptance
    # Day 15 after 2026-11-27 is Saturday 12-12: the limit ends on Monday 12-14.
    assert result.deadlines.accept_notice_due == date(2026, 12, 14)
    # Day 60 is Tuesday 2027-01-26, a working day; 2027 is not in the holiday schedule
    # yet, so the deadlines say they were estimated.
    assert result.deadlines.handling_due == date(2027, 1, 26)
    assert result.deadlines.estimated is True
    detail = services.registration.visit_detail(ticket.visit_id)
    reg = detail.registration
    assert reg is not None
    assert reg.route_unit == "市人力资源和社会保障局"
    assert reg.flags == frozenset({"skip_level"})
    assert detail.current_address == "海口市秀英区"
    assert detail.queue_status is QueueStatus.WAITING


def test_saving_again_keeps_case_number(services) -> None:
    ticket = issue(services)
    first = services.registration.register(ticket.visit_id, form())
    services.calling.call_ticket(ticket.visit_id, "1号窗口")
    second = services.registration.register(
        ticket.visit_id, form(route=Route.ANSWERED, route_unit="ignored", finish=True)
    )
    assert second.case_number == first.case_number
    assert second.enquiry_code == first.enquiry_code
    assert second.case_status is CaseStatus.CLOSED
    detail = services.registration.visit_detail(ticket.visit_id)
    assert detail.queue_status is QueueStatus.DONE
    assert detail.registration is not None and detail.registration.route_unit == ""


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"summary": "   "}, "summary"),
        ({"demands": ""}, "demands"),
        ({"content_category_code": ""}, "content_category"),
        ({"content_category_code": "ZZ"}, "content_category"),
        ({"area_code": "999999"}, "area"),
        ({"route_unit": " "}, "route_unit"),
        ({"route": Route.LEGAL_CHANNEL}, "route_channel"),
        ({"route": Route.NOT_ACCEPTED}, "route_reason"),
        ({"involved_count": 0}, "involved_count"),
    ],
)
def test_invalid_registration_changes_nothing(services, overrides, field) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    with pytest.raises(InvalidInput) as caught:
        services.registration.register(ticket.visit_id, form(**overrides))
    assert caught.value.field == field
    with services.sessions() as session:
        visit = session.get(Visit, ticket.visit_id)
        assert visit is not None
        assert visit.case_number is None and visit.summary is None


def test_not_accepted_and_legal_channel_have_no_handling_deadline(services) -> None:
    ticket = issue(services)
    result = services.registration.register(
        ticket.visit_id, form(route=Route.LEGAL_CHANNEL, route_channel="向人民法院提起诉讼")
    )
    assert result.case_status is CaseStatus.NOT_ACCEPTED
    assert result.deadlines.handling_due is None


def test_history_flags_repeat_visit_within_time_limit(services, clock) -> None:
    first = issue(services)
    services.registration.register(first.visit_id, form())
    clock.advance(days=10)
    second = issue(services)
    history = services.registration.visitor_history(second.visitor_id, second.visit_id)
    assert [e.visit_id for e in history.entries] == [first.visit_id]
    assert len(history.open_matters) == 1
    result = services.registration.register(second.visit_id, form())
    assert result.is_repeat
    # After the 60-day handling limit the earlier matter no longer counts as open.
    clock.advance(days=70)
    third = issue(services)
    later = services.registration.visitor_history(third.visitor_id, third.visit_id)
    assert len(later.entries) == 2
    # day 80: the second matter (received day 10, due day 70) has expired as well
    assert later.open_matters == ()
    clock.advance(days=-15)
    fourth = issue(services)
    middle = services.registration.visitor_history(fourth.visitor_id, fourth.visit_id)
    assert [e.visit_id for e in middle.open_matters] == [second.visit_id]


def test_answered_or_not_accepted_matters_are_not_open(services, clock) -> None:
    first = issue(services)
    services.registration.register(first.visit_id, form(route=Route.ANSWERED))
    clock.advance(days=1)
    second = issue(services)
    assert services.registration.visitor_history(second.visitor_id, second.visit_id
                                                 ).open_matters == ()


def test_viewing_full_personal_data_is_audited(services) -> None:
    ticket = issue(services)
    services.registration.visit_detail(ticket.visit_id)
    with services.sessions() as session:
        count = session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "view_personal_data"))
    assert count == 1


def test_history_by_document_number(services) -> None:
    issue(services)
    history = services.registration.history_by_document(
        ticket_visitor_type(), make_id_number()
    )
    assert [e.ticket_number for e in history.entries] == ["A1001"]


def ticket_visitor_type():  # type: ignore[no-untyped-def]
    from desktop.cases.identity import IdType

    return IdType.RESIDENT_ID


def test_finish_follows_the_calling_transitions(services) -> None:
    ticket = issue(services)
    with pytest.raises(InvalidInput) as caught:
        services.registration.register(ticket.visit_id, form(finish=True))
    assert "等候" in str(caught.value) and "叫号" in str(caught.value)
    assert services.registration.visit_detail(ticket.visit_id).registration is None
    services.calling.call_ticket(ticket.visit_id, "2号窗口")
    services.registration.register(ticket.visit_id, form(finish=True))
    with services.sessions() as session:
        steps = session.execute(
            select(VisitStatusChange.from_status, VisitStatusChange.to_status)
            .where(VisitStatusChange.visit_id == ticket.visit_id,
                   VisitStatusChange.kind == "queue")
            .order_by(VisitStatusChange.at, VisitStatusChange.id)
        ).all()
    assert [tuple(step) for step in steps] == [
        (None, "waiting"), ("waiting", "called"), ("called", "serving"), ("serving", "done"),
    ]
