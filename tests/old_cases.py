"""Cases as the versions before case steps saved them (importable as `old_cases`)."""

from __future__ import annotations

import uuid
from datetime import date

from helpers import make_id_number

from db.models import Visit
from desktop.domain import CaseStatus, Route, TicketCategory
from desktop.queue.tickets import TicketRequest


def old_case(services, route: Route, received_on: date, status: CaseStatus, seq: int,  # type: ignore[no-untyped-def]
             **fields: object) -> uuid.UUID:
    """Route and dates on the visit, no steps, never counted by the official calendar
    (deadline_calendar NULL): what migration 0004 leaves of an earlier registration."""
    issued = services.tickets.issue_ticket(TicketRequest(
        "测试来访人", make_id_number(seq=seq), TicketCategory.REGULAR))
    with services.sessions.begin() as session:
        visit = session.get(Visit, issued.visit_id)
        visit.case_number = f"XF20261127-1{seq:03d}"
        visit.enquiry_code = "ABCD2345"
        visit.received_on = received_on
        visit.route = route.value
        visit.route_unit = "海口市住房和城乡建设局" if route is Route.TRANSFERRED else None
        visit.case_status = status.value
        visit.accept_notice_due = date(2026, 12, 12)  # counted without the holiday calendar
        for name, value in fields.items():
            setattr(visit, name, value)
    return issued.visit_id
