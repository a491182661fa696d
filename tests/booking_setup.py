"""Published sessions, visitors and cases for the booking tests (importable as
`booking_setup`). Made-up names; ID numbers built with the real check character."""

from __future__ import annotations

import uuid
from datetime import date

from helpers import make_id_number
from reception_setup import make_roster, session_input
from sqlalchemy import select

from db.models import Visit, Visitor
from desktop.reception.booking import BookingInput

ZHANG_ID = make_id_number(area="460106", birth="19700302", seq=215)
LIU_ID = make_id_number(area="460107", birth="19820715", seq=338)


def published_session(services, leader_id: uuid.UUID, day: date, **changes):  # type: ignore[no-untyped-def]
    item = services.reception.create_session(session_input(leader_id, day, **changes))
    services.reception.publish([item.session_id], confirm_short_notice=True)
    return item


def booking_input(session_id: uuid.UUID, **changes) -> BookingInput:  # type: ignore[no-untyped-def]
    values = {"session_id": session_id, "name": "张海", "id_number": ZHANG_ID,
              "phone": "13800000001", "category_code": "01", "summary": "小区改造噪音扰民"}
    values.update(changes)
    return BookingInput(**values)


def add_case(services, id_number: str, name: str, number: str, received: date,  # type: ignore[no-untyped-def]
             status: str, category: str = "01") -> uuid.UUID:
    """A registered case (no steps: an old case) of the visitor with this document."""
    with services.sessions.begin() as session:
        visitor = session.scalars(select(Visitor).where(Visitor.id_number == id_number)
                                  ).one_or_none()
        if visitor is None:
            visitor = Visitor(id_type="resident_id", id_number=id_number, name=name,
                              origin_terminal="FRONT-1")
            session.add(visitor)
            session.flush()
        visit = Visit(service_day=received, ticket_number=f"A1{number[-3:]}",
                      category="regular", queue_status="done", visitor_id=visitor.id,
                      case_number=number, received_on=received, case_status=status,
                      content_category_code=category, summary="既往事项",
                      origin_terminal="FRONT-1")
        session.add(visit)
        session.flush()
        return visit.id


__all__ = ["LIU_ID", "ZHANG_ID", "add_case", "booking_input", "make_roster",
           "published_session"]
