"""Cases for the paper tests (importable as `paper_cases`): a ticket made into a case of
a given route straight through the ORM and lifecycle.record_step (the one write path of
steps), so the paper tests do not depend on the registration form's current fields."""

from __future__ import annotations

import itertools
import uuid
from datetime import date
from typing import Any

from helpers import make_id_number

from db.models import HandlingUnit, Visit
from desktop.cases.calendar_store import load_calendar
from desktop.cases.deadlines import DeadlineRules
from desktop.cases.lifecycle import record_step
from desktop.domain import MatterSort, RepeatDecision, Route, StepKind, TicketCategory
from desktop.queue.numbering import new_enquiry_code
from desktop.queue.tickets import TicketRequest
from desktop.terminal import Workstation

RECEIVED = date(2026, 11, 27)  # FakeClock's day
SUMMARY = "商品房逾期一年未交付，开发商拒不支付违约金"
RESPONDENT = "海口某某房地产开发有限公司"  # 被反映单位: must never be printed
_NUMBERS = itertools.count(1)

# The step each route records at registration (DOMAIN.md), after REGISTERED.
_ROUTE_STEP = {
    Route.TRANSFERRED: StepKind.TRANSFERRED,
    Route.ACCEPTED_HERE: StepKind.ACCEPTED,
    Route.ANSWERED: StepKind.CLOSED,
    Route.LEGAL_CHANNEL: StepKind.REFUSED,
    Route.NOT_ACCEPTED: StepKind.REFUSED,
}


def issue(services: Any, name: str = "王小明", seq: int = 7,
          category: TicketCategory = TicketCategory.REGULAR) -> Any:
    return services.tickets.issue_ticket(
        TicketRequest(name=name, id_number=make_id_number(seq=seq), category=category))


def _workstation() -> Workstation:
    return Workstation("FRONT-1", 1, "测试前台")


def make_case(services: Any, visit_id: uuid.UUID, route: Route, *,
              received: date = RECEIVED, route_on: date | None = None,
              unit_code: str = "", channel: str = "", reason: str = "", basis: str = "",
              sort: MatterSort = MatterSort.CLAIM, summary: str = SUMMARY,
              steps: tuple[tuple[StepKind, date, dict[str, Any]], ...] = ()) -> str:
    """Make the visit a registered case of `route` (its route step on `route_on`, default
    the day received), then record `steps` ((kind, day, extra record_step arguments));
    returns the case number."""
    number = f"HK{received:%Y%m%d}{next(_NUMBERS):05d}"
    now = services.registration._clock()  # noqa: SLF001 — the test's FakeClock
    with services.sessions.begin() as session:
        visit = session.get(Visit, visit_id)
        unit = session.get(HandlingUnit, unit_code) if unit_code else None
        visit.case_number = number
        visit.enquiry_code = new_enquiry_code()
        visit.received_on = received
        visit.summary = summary
        visit.demands = "请求督促开发商尽快交房"
        visit.content_category_code = "01"
        visit.area_code = "460106"
        visit.matter_sort = sort.value
        visit.route = route.value
        visit.route_unit_code = unit.code if unit else None
        visit.route_unit = unit.name if unit else None
        visit.route_channel = channel or None
        visit.route_reason = reason or None
        visit.route_basis = basis or None
        visit.respondent = RESPONDENT
        visit.registered_at = now
        calendar, rules = load_calendar(session), DeadlineRules()
        route_step = _ROUTE_STEP[route]
        walk: list[tuple[StepKind, date, dict[str, Any]]] = [
            (StepKind.REGISTERED, received, {}),
            (route_step, route_on or received,
             {"unit_name": unit.name} if unit and route is Route.TRANSFERRED else
             {"note": reason or channel} if route_step is StepKind.REFUSED else {}),
            *steps,
        ]
        for kind, day, extra in walk:
            record_step(session, visit, kind, day, workstation=_workstation(), now=now,
                        rules=rules, calendar=calendar, **extra)
    return number


def case_visit_id(services: Any, number: str) -> uuid.UUID:
    from sqlalchemy import select

    with services.sessions() as session:
        return session.scalars(select(Visit.id).where(Visit.case_number == number)).one()


def link_visit(services: Any, visit_id: uuid.UUID, number: str, on: date) -> None:
    """A repeat visit on the same matter: linked to the case, visit count +1 (as
    RepeatService.link_to_case does), with a VISIT_LINKED step."""
    now = services.registration._clock()  # noqa: SLF001
    case_id = case_visit_id(services, number)
    with services.sessions.begin() as session:
        visit = session.get(Visit, visit_id)
        case = session.get(Visit, case_id)
        visit.case_visit_id = case.id
        visit.repeat_decision = RepeatDecision.SAME_MATTER.value
        visit.is_repeat = True
        case.visit_count += 1
        record_step(session, case, StepKind.VISIT_LINKED, on, workstation=_workstation(),
                    now=now, rules=DeadlineRules(), calendar=load_calendar(session),
                    visit_id=visit.id)


def set_unit_contact(services: Any, code: str, address: str, phone: str) -> None:
    with services.sessions.begin() as session:
        unit = session.get(HandlingUnit, code)
        unit.address, unit.phone = address, phone
