"""RegistrationService.open_visit: one call, one transaction, everything the form shows."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from helpers import make_id_number
from sqlalchemy import event, func, select

from db.models import AuditEntry, PrintRecord
from desktop.cases.registration import RegistrationInput, VisitNotFound
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.printing.service import DOC_RECEIPT_A4, DOC_TICKET
from desktop.queue.tickets import TicketRequest


def issue(services, seq: int = 7):  # type: ignore[no-untyped-def]
    return services.tickets.issue_ticket(
        TicketRequest(name="赵六", id_number=make_id_number(seq=seq),
                      category=TicketCategory.REGULAR, phone="13900001111")
    )


def register(services, visit_id: uuid.UUID, route: Route = Route.TRANSFERRED):  # type: ignore[no-untyped-def]
    return services.registration.register(visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="拖欠工资", demands="支付工资", content_category_code="03",
        area_code="460106", purpose=Purpose.SEEK_RESOLUTION, route=route,
        route_unit_code="HK-RSJ",
    ))


def record_print(services, clock, visit_id: uuid.UUID, document: str, ok: bool = True,  # type: ignore[no-untyped-def]
                 error: str | None = None) -> None:
    # Written directly: the print service's own API is not what is tested here.
    with services.sessions.begin() as session:
        session.add(PrintRecord(visit_id=visit_id, document=document, printer="前台打印机",
                                actor="测试前台", at=clock(), status="ok" if ok else "failed",
                                error=error, origin_terminal="FRONT-1"))


def test_a_new_visit_brings_detail_history_deadlines_and_prints(services, clock) -> None:  # type: ignore[no-untyped-def]
    earlier = issue(services)
    saved = register(services, earlier.visit_id)
    clock.advance(days=3)
    ticket = issue(services)
    record_print(services, clock, ticket.visit_id, DOC_TICKET)
    record_print(services, clock, ticket.visit_id, DOC_TICKET, ok=False, error="缺纸")

    opened = services.registration.open_visit(ticket.visit_id)

    assert opened.detail.visit_id == ticket.visit_id
    assert opened.detail.id_number == make_id_number(seq=7)
    assert opened.detail.registration is None
    assert [e.case_number for e in opened.history.entries] == [saved.case_number]
    assert len(opened.history.open_matters) == 1
    assert opened.received_on == date(2026, 11, 30)  # today (FakeClock + 3 days)
    assert opened.rules.handling_days == 60
    assert opened.deadlines.received_on == date(2026, 11, 30)
    # No route yet: nothing is counted until one is chosen (the form previews it).
    assert opened.deadlines.labelled() == ()
    assert opened.calendar.knows_year(2026)
    assert [(r.document, r.ok, r.error) for r in opened.print_records] == [
        (DOC_TICKET, True, None), (DOC_TICKET, False, "缺纸"),
    ]
    assert opened.categories is None and opened.areas is None


def test_a_registered_visit_keeps_its_received_day_and_route(services, clock) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    result = register(services, ticket.visit_id, Route.TRANSFERRED)
    record_print(services, clock, ticket.visit_id, DOC_RECEIPT_A4)
    clock.advance(days=5)
    opened = services.registration.open_visit(ticket.visit_id)
    assert opened.detail.registration is not None
    assert opened.received_on == date(2026, 11, 27)
    assert opened.deadlines == result.deadlines
    assert opened.history.entries == ()  # its own visit is not its history
    assert [r.document for r in opened.print_records] == [DOC_RECEIPT_A4]


def test_reference_lists_when_asked_for(services) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    services.reference.set_content_category_active("99", False)
    opened = services.registration.open_visit(ticket.visit_id, with_reference=True)
    assert opened.categories is not None and opened.areas is not None
    assert tuple(opened.categories) == tuple(services.reference.content_categories())
    assert "99" not in {c.code for c in opened.categories}
    assert tuple(opened.areas) == tuple(services.reference.areas())


def test_one_transaction_and_one_audit_entry(services) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    begins: list[object] = []

    def on_begin(connection: object) -> None:
        begins.append(connection)

    event.listen(services.engine, "begin", on_begin)
    try:
        services.registration.open_visit(ticket.visit_id, with_reference=True)
    finally:
        event.remove(services.engine, "begin", on_begin)
    assert len(begins) == 1
    with services.sessions() as session:
        count = session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "view_personal_data"))
    assert count == 1


def test_an_unknown_visit_says_so(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(VisitNotFound):
        services.registration.open_visit(uuid.uuid4())
