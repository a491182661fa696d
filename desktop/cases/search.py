"""Finding a visit from any day: by case number (信访件编号), enquiry code (查询码),
ID number or name. What a visitor brings to the desk on a later day is one of these.

Each kind of text is looked up on its own indexed column (case number: unique index;
ID number: the (id_type, id_number) unique index, every type listed so SQLite can use
it), then the visits of the matching visitors come through ix_visit_visitor_issued,
newest first, limited. ID numbers leave this module masked.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import Visit, Visitor
from desktop.accounts.permissions import Permission, allowed, require
from desktop.cases.identity import IdType, mask_id_number
from desktop.domain import MatterSort, QueueStatus, TicketCategory
from desktop.service import TerminalService

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
# Enquiry codes: 6 characters without 0/O/1/I/L (desktop.queue.numbering).
_ENQUIRY_CODE = re.compile(r"[2-9A-HJKMNP-Z]{6}")


@dataclass(frozen=True)
class VisitHit:
    """One visit found by search_visits; `matched` says which column matched."""

    visit_id: uuid.UUID
    service_day: date
    ticket_number: str
    category: TicketCategory
    status: QueueStatus
    issued_at: datetime
    visitor_name: str
    masked_id_number: str
    people_count: int
    window_name: str | None
    case_number: str | None
    matched: str  # "case_number" | "enquiry_code" | "id_number" | "name"


class VisitSearchService(TerminalService):
    def search_visits(
        self,
        text: str,
        limit: int = DEFAULT_LIMIT,
        *,
        exclude_day: date | None = None,
    ) -> list[VisitHit]:
        """Visits whose case number, enquiry code or visitor's ID number equals `text`
        (case-insensitive), or whose visitor's name contains it; newest first, at most
        `limit`. `exclude_day`: leave that service day out (the caller shows it already)."""
        actor = self._actor()
        require(actor, Permission.ISSUE_TICKETS)
        # The front desk finds people, not matters: no search by case number or enquiry
        # code, no case numbers shown, and no 检举控告 visits.
        cases = allowed(actor, Permission.VIEW_CASES)
        needle = text.strip()
        if not needle:
            return []
        limit = max(1, min(limit, MAX_LIMIT))
        upper = needle.upper()
        with self._sessions() as session:
            found: dict[uuid.UUID, str] = {}  # visit id → what matched (first wins)
            for visit_id in (self._exact_visits(session, Visit.case_number, upper, limit)
                             if cases else ()):
                found.setdefault(visit_id, "case_number")
            if cases and _ENQUIRY_CODE.fullmatch(upper):
                for visit_id in self._exact_visits(session, Visit.enquiry_code, upper, limit):
                    found.setdefault(visit_id, "enquiry_code")
            by_id = session.scalars(
                select(Visitor.id).where(
                    Visitor.id_type.in_([t.value for t in IdType]),
                    Visitor.id_number == upper,
                    Visitor.deleted_at.is_(None),
                )
            ).all()
            by_name = session.scalars(
                select(Visitor.id)
                .where(Visitor.name.contains(needle, autoescape=True),
                       Visitor.deleted_at.is_(None))
                .limit(limit)
            ).all()
            visitor_match = {visitor_id: "id_number" for visitor_id in by_id}
            for visitor_id in by_name:
                visitor_match.setdefault(visitor_id, "name")

            query = (
                select(Visit, Visitor.name, Visitor.id_number)
                .join(Visitor, Visitor.id == Visit.visitor_id)
                .where(Visit.deleted_at.is_(None))
            )
            if exclude_day is not None:
                query = query.where(Visit.service_day != exclude_day)
            if not cases:
                query = query.where(or_(Visit.matter_sort.is_(None),
                                        Visit.matter_sort != MatterSort.ACCUSATION.value))
            rows: list[Row[Visit, str, str]] = []
            if found:
                rows += session.execute(query.where(Visit.id.in_(list(found)))).all()
            if visitor_match:
                rows += session.execute(
                    query.where(Visit.visitor_id.in_(list(visitor_match)))
                    .order_by(Visit.issued_at.desc())
                    .limit(limit)
                ).all()
            hits: dict[uuid.UUID, VisitHit] = {}
            for visit, name, id_number in rows:
                if visit.id in hits:
                    continue
                matched = found.get(visit.id) or visitor_match[visit.visitor_id]
                hits[visit.id] = VisitHit(
                    visit_id=visit.id,
                    service_day=visit.service_day,
                    ticket_number=visit.ticket_number,
                    category=TicketCategory(visit.category),
                    status=QueueStatus(visit.queue_status),
                    issued_at=visit.issued_at,
                    visitor_name=name,
                    masked_id_number=mask_id_number(id_number),
                    people_count=visit.people_count,
                    window_name=visit.window_name,
                    case_number=visit.case_number if cases else None,
                    matched=matched,
                )
        ordered = sorted(hits.values(), key=lambda hit: hit.issued_at, reverse=True)
        return ordered[:limit]

    @staticmethod
    def _exact_visits(session: Session, column: InstrumentedAttribute[str | None], value: str,
                      limit: int) -> list[uuid.UUID]:
        return list(session.scalars(select(Visit.id).where(column == value).limit(limit)).all())
