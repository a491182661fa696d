"""Earlier cases for the repeat-visit tests (importable as `repeat_cases`): a ticket made
into a case straight through the ORM and lifecycle.record_step, so these tests do not
depend on the registration form's current fields."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from helpers import make_id_number

from desktop.cases.calendar_store import load_calendar
from desktop.cases.deadlines import DeadlineRules
from desktop.cases.lifecycle import record_step
from desktop.domain import MatterSort, Route, StepKind, TicketCategory
from desktop.queue.tickets import RepresentativeInput, TicketRequest

RECEIVED = date(2026, 11, 27)  # FakeClock's day


@dataclass(frozen=True)
class EarlierCase:
    visit_id: uuid.UUID
    case_number: str


def issue(services, name: str = "张三", seq: int = 123, *,  # type: ignore[no-untyped-def]
          category: TicketCategory = TicketCategory.REGULAR, people: int = 1,
          representatives: tuple[RepresentativeInput, ...] = ()):
    return services.tickets.issue_ticket(TicketRequest(
        name=name, id_number=make_id_number(seq=seq), category=category,
        phone="13812345678", people_count=people, representatives=representatives,
    ))


def open_case(services, visit_id: uuid.UUID, number: str, *,  # type: ignore[no-untyped-def]
              summary: str = "反映单位拖欠工资三个月", category: str = "03",
              area: str = "460106", steps: tuple[StepKind, ...] = (StepKind.ACCEPTED,),
              on: date = RECEIVED) -> EarlierCase:
    """Make the visit a case (number `number`) accepted here, then walk `steps`."""
    from db.models import Visit
    from desktop.terminal import Workstation

    workstation = Workstation("FRONT-1", 1, "测试前台")
    now = services.registration._clock()  # noqa: SLF001 — the test's FakeClock
    with services.sessions.begin() as session:
        visit = session.get(Visit, visit_id)
        visit.case_number = number
        visit.enquiry_code = "12345678"
        visit.received_on = on
        visit.summary = summary
        visit.demands = "要求支付"
        visit.content_category_code = category
        visit.area_code = area
        visit.matter_sort = MatterSort.CLAIM.value
        visit.route = Route.ACCEPTED_HERE.value
        visit.registered_at = now
        calendar, rules = load_calendar(session), DeadlineRules()
        for kind in (StepKind.REGISTERED, *steps):
            record_step(session, visit, kind, on, workstation=workstation, now=now,
                        rules=rules, calendar=calendar)
    return EarlierCase(visit_id, number)
