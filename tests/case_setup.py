"""A registered case for the 办理流程 and 查询 tests, opened the way registration does it
(登记 and the route's step through lifecycle.record_step), without the registration form
— so these tests hold whatever the form asks for. Importable as `case_setup`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from helpers import make_id_number

from db.models import Visit
from desktop.cases.calendar_store import load_calendar
from desktop.cases.deadlines import DeadlineRules
from desktop.cases.lifecycle import record_step
from desktop.clock import LOCAL_TZ
from desktop.domain import MatterSort, Route, StepKind, TicketCategory
from desktop.queue.numbering import allocate_case_number, new_enquiry_code
from desktop.queue.tickets import TicketRequest

ROUTE_STEP = {
    Route.ACCEPTED_HERE: StepKind.ACCEPTED,
    Route.TRANSFERRED: StepKind.TRANSFERRED,
    Route.NOT_ACCEPTED: StepKind.REFUSED,
    Route.ANSWERED: StepKind.CLOSED,
}
UNIT = "海口市人力资源和社会保障局"


@dataclass(frozen=True)
class OpenedCase:
    visit_id: uuid.UUID
    case_number: str
    enquiry_code: str
    received_on: date


def set_day(clock, day: date, hour: int = 9) -> None:  # type: ignore[no-untyped-def]
    """Move the test clock to `hour` o'clock (Asia/Shanghai) on `day`."""
    clock.now = datetime.combine(day, time(hour), LOCAL_TZ).astimezone(UTC)


def open_case(services, clock, received_on: date, route: Route | None = Route.TRANSFERRED,  # type: ignore[no-untyped-def]
              *, name: str = "王小明", seq: int = 101, steps: bool = True, phone: str = "",
              address: str = "") -> OpenedCase:
    """A matter received (and its route step taken) on `received_on`; the clock is left
    on that day. `steps=False`: a case registered before case steps existed."""
    set_day(clock, received_on)
    ticket = services.tickets.issue_ticket(TicketRequest(
        name=name, id_number=make_id_number(seq=seq), phone=phone,
        category=TicketCategory.REGULAR))
    now = clock()
    with services.sessions.begin() as session:
        visit = session.get(Visit, ticket.visit_id)
        visit.case_number = allocate_case_number(session, received_on, 1, "XF")
        visit.enquiry_code = new_enquiry_code()
        visit.received_on = received_on
        visit.summary = "工地拖欠工资三个月"
        visit.demands = "请求支付拖欠工资"
        visit.matter_sort = MatterSort.CLAIM.value
        visit.route = route.value if route else None
        visit.route_unit = UNIT if route is Route.TRANSFERRED else None
        visit.registered_at = now
        visit.registered_by = "测试前台"
        visit.content_category_code = "03"
        if address:
            visit.visitor.current_address = address
        if steps:
            calendar = load_calendar(session)
            kinds = [StepKind.REGISTERED] + ([ROUTE_STEP[route]] if route else [])
            for kind in kinds:
                record_step(session, visit, kind, received_on,
                            workstation=services.workstation, now=now,
                            rules=DeadlineRules(), calendar=calendar,
                            unit_name=UNIT if kind is StepKind.TRANSFERRED else None,
                            note="不属于信访受理范围" if kind is StepKind.REFUSED else None)
        else:  # what registration wrote before case steps
            visit.case_status = {Route.TRANSFERRED: "reviewing", Route.ACCEPTED_HERE: "accepted",
                                 None: "reviewing"}.get(route, "closed")
        return OpenedCase(visit.id, visit.case_number, visit.enquiry_code, received_on)
