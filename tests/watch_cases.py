"""Cases for the deadline watch tests (importable as `watch_cases`), made through the real
services: a ticket and a registration on the day the clock is set to, then the case's
chain brought to the wanted step by lifecycle.record_step (the one write path).

Steps the registration already wrote are not written again, so the helper works whether
or not registration records its own route steps.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime

from helpers import FakeClock, make_id_number

from db.models import Visit
from desktop.cases.calendar_store import load_calendar
from desktop.cases.deadlines import DeadlineRules
from desktop.cases.lifecycle import effective_chain, record_step, steps_of
from desktop.cases.registration import RegistrationInput
from desktop.domain import MatterSort, Purpose, Route, StepKind, TicketCategory
from desktop.queue.tickets import TicketRequest

UNITS = {"HK-RSJ": "海口市人力资源和社会保障局", "HK-ZJJ": "海口市住房和城乡建设局"}
TODAY = date(2026, 11, 27)  # the clock fixture's day (a Friday)


def set_day(clock: FakeClock, day: date) -> None:
    """09:00 in Haikou on `day`."""
    clock.now = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


def open_case(services, clock: FakeClock, day: date, name: str, seq: int, *,  # type: ignore[no-untyped-def]
              unit_code: str | None = None, sort: MatterSort = MatterSort.CLAIM,
              anonymous: bool = False) -> uuid.UUID:
    """A matter received on `day`: transferred to `unit_code`, or accepted here."""
    set_day(clock, day)
    ticket = services.tickets.issue_ticket(TicketRequest(
        name=name, id_number=make_id_number(seq=seq), category=TicketCategory.REGULAR))
    route = Route.TRANSFERRED if unit_code else Route.ACCEPTED_HERE
    values: dict[str, object] = dict(
        summary="工地拖欠工资三个月", demands="请求支付拖欠工资",
        content_category_code="03", area_code="460105", purpose=Purpose.SEEK_RESOLUTION,
        route=route, flags=frozenset({"anonymous"}) if anonymous else frozenset(),
        current_address="海口市龙华区滨海大道1号")
    known = {field.name for field in dataclasses.fields(RegistrationInput)}
    if "matter_sort" in known:
        values["matter_sort"] = sort
    if unit_code and "route_unit_code" in known:
        values["route_unit_code"] = unit_code
    elif unit_code:
        values["route_unit"] = UNITS[unit_code]
    result = services.registration.register(ticket.visit_id, RegistrationInput(**values))
    with services.sessions.begin() as session:
        visit = session.get(Visit, result.visit_id)
        if visit.matter_sort is None:  # a registration without the three-way sort yet
            visit.matter_sort = sort.value
    return result.visit_id  # type: ignore[no-any-return]


def advance(services, clock: FakeClock, visit_id: uuid.UUID,  # type: ignore[no-untyped-def]
            *steps: tuple[StepKind, date]) -> None:
    """Record `steps` (kind, day) on the case, skipping kinds its chain already has."""
    with services.sessions.begin() as session:
        case = session.get(Visit, visit_id)
        calendar = load_calendar(session)
        for kind, day in steps:
            have = {StepKind(step.kind) for step in effective_chain(steps_of(session, case.id))}
            if kind in have:
                continue
            record_step(session, case, kind, day, workstation=services.workstation,
                        now=clock(), rules=DeadlineRules(), calendar=calendar,
                        unit_name=case.route_unit)
            session.flush()


def transferred(services, clock: FakeClock, day: date, name: str, seq: int,  # type: ignore[no-untyped-def]
                unit_code: str = "HK-RSJ", **kwargs: object) -> uuid.UUID:
    """Registered and transferred on `day`: the unit's 受理告知 is due 15 days later."""
    visit_id = open_case(services, clock, day, name, seq, unit_code=unit_code, **kwargs)  # type: ignore[arg-type]
    advance(services, clock, visit_id, (StepKind.REGISTERED, day), (StepKind.TRANSFERRED, day))
    return visit_id


def accepted_here(services, clock: FakeClock, day: date, name: str, seq: int,  # type: ignore[no-untyped-def]
                  **kwargs: object) -> uuid.UUID:
    """Accepted by this organ on `day`: 办理 due 60 days later."""
    visit_id = open_case(services, clock, day, name, seq, **kwargs)  # type: ignore[arg-type]
    advance(services, clock, visit_id, (StepKind.REGISTERED, day), (StepKind.ACCEPTED, day))
    return visit_id


def standard_cases(services, clock: FakeClock) -> dict[str, uuid.UUID]:  # type: ignore[no-untyped-def]
    """Five cases seen from 2026-11-27 (the clock is left there):

    - overdue: transferred 11-10 → 受理告知 due Wed 11-25 (2 days overdue)
    - soon: accepted here Wed 09-30 → 办理 due Sun 11-29, rolled to Mon 11-30 (3 days left)
    - week: transferred 11-16 to 住建局 → due Tue 12-01 (4 days, 2 working days)
    - later: transferred 11-20 → due Sat 12-05, rolled to Mon 12-07 (10 days)
    - closed: accepted here 09-30, answered and closed 11-20 (not watched)
    """
    cases = {
        "soon": accepted_here(services, clock, date(2026, 9, 30), "赵一", 11,
                              sort=MatterSort.SUGGESTION),
        "closed": accepted_here(services, clock, date(2026, 9, 30), "钱二", 12),
        "overdue": transferred(services, clock, date(2026, 11, 10), "王小明", 13,
                               sort=MatterSort.ACCUSATION),
        "week": transferred(services, clock, date(2026, 11, 16), "李四", 14,
                            unit_code="HK-ZJJ", anonymous=True),
        "later": transferred(services, clock, date(2026, 11, 20), "欧阳小明", 15),
    }
    set_day(clock, date(2026, 11, 20))
    advance(services, clock, cases["closed"], (StepKind.ANSWERED, date(2026, 11, 20)),
            (StepKind.CLOSED, date(2026, 11, 20)))
    set_day(clock, TODAY)
    return cases
