"""What the queue tests share: issuing tickets, a clerk's CallingService, registering a
visit and reading its status history."""

from __future__ import annotations

from helpers import make_id_number
from sqlalchemy import select

from db.models import VisitStatusChange
from desktop.cases.registration import RegistrationInput
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.queue.calling import CallingService
from desktop.queue.tickets import RepresentativeInput, TicketRequest
from desktop.terminal import Workstation

_seq = iter(range(1, 10_000))


def issue(services, category=TicketCategory.REGULAR, people=1):  # type: ignore[no-untyped-def]
    n = next(_seq)
    reps: tuple[RepresentativeInput, ...] = ()
    if category is TicketCategory.GROUP:
        reps = (RepresentativeInput("代表甲"),)
        people = max(people, 5)
    return services.tickets.issue_ticket(TicketRequest(
        name=f"访客{n}", id_number=make_id_number(seq=n % 999 + 1, birth="19700101"),
        category=category, people_count=people, representatives=reps,
    ))


def clerk(services, clock, operator="接谈员甲") -> CallingService:  # type: ignore[no-untyped-def]
    ws = Workstation(services.workstation.terminal_code, services.workstation.slot, operator)
    return CallingService(services.sessions, ws, clock)


def register(services, visit_id, finish: bool = False) -> None:  # type: ignore[no-untyped-def]
    services.registration.register(visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="反映小区噪音扰民", demands="要求整改", content_category_code="01",
        area_code="460105", purpose=Purpose.SEEK_RESOLUTION, route=Route.ANSWERED,
        finish=finish,
    ))


def history(services, visit_id) -> list[tuple[str | None, str, str, str | None]]:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        rows = session.scalars(
            select(VisitStatusChange)
            .where(VisitStatusChange.visit_id == visit_id, VisitStatusChange.kind == "queue")
            .order_by(VisitStatusChange.at)
        ).all()
        return [(r.from_status, r.to_status, r.actor, r.window_name) for r in rows]
