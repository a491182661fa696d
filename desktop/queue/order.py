"""The one queue order: who is called next, and how many are ahead (DESIGN.md).

Called order: priority first, then booked visitors within their slot (from BOOKED_EARLY
before it, ordered by the slot), then everyone else by arrival; a booked visitor hours
before the slot is queued by arrival like a walk-in. Ties go to the earlier ticket, then
the smaller id, so the order is total and every count agrees with `call_next`.

Tickets, slips, the board, calling and the estimates all use the expressions below;
never re-state the order elsewhere. A visit's place is its `order_key`; the people ahead
of it are the waiting visits of its day with a smaller key.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session, aliased

from db.base import UtcDateTime
from db.fastpath import Executor, FastStatement
from db.models import Visit
from desktop.domain import CATEGORIES, QueueStatus, TicketCategory

BOOKED_EARLY = timedelta(minutes=10)  # a booked visitor may be called this long before the slot
_LAST_RANK = max(info.call_rank for info in CATEGORIES.values())
_KNOWN = frozenset(category.value for category in TicketCategory)
# Stands in for the id of a ticket not issued yet: every tie is counted ahead of it.
_NEWEST_ID = uuid.UUID(int=(1 << 128) - 1)

# Visit itself or an alias of it (a visit compared with another).
VisitColumns = Any


def _booked_in_slot(visit: VisitColumns, until: Any) -> ColumnElement[bool]:
    return and_(
        visit.category == TicketCategory.BOOKED.value,
        or_(visit.appointment_slot.is_(None), visit.appointment_slot <= until),
    )


def _rank(visit: VisitColumns, until: Any) -> ColumnElement[int]:
    whens: list[tuple[ColumnElement[bool], int]] = []
    for info in CATEGORIES.values():
        condition: ColumnElement[bool] = visit.category == info.category.value
        if info.category is TicketCategory.BOOKED:
            condition = _booked_in_slot(visit, until)
        whens.append((condition, info.call_rank))
    return case(*whens, else_=_LAST_RANK)


def _key(visit: VisitColumns, until: Any) -> tuple[ColumnElement[Any], ...]:
    in_slot = and_(_booked_in_slot(visit, until), visit.appointment_slot.is_not(None))
    return (
        _rank(visit, until),
        # Booked visitors in the order of their slots, everyone else by arrival.
        case((in_slot, visit.appointment_slot), else_=visit.issued_at),
        visit.issued_at,
        visit.id,
    )


def call_rank(now: datetime, visit: VisitColumns = Visit) -> ColumnElement[int]:
    """Priority 0, booked 1 (only from BOOKED_EARLY before the slot), everyone else 2."""
    return _rank(visit, now + BOOKED_EARLY)


def order_key(now: datetime, visit: VisitColumns = Visit) -> tuple[ColumnElement[Any], ...]:
    """A visit's place in the queue at `now`: smaller is called first."""
    return _key(visit, now + BOOKED_EARLY)


def call_order(now: datetime, window_name: str | None = None) -> list[ColumnElement[Any]]:
    """ORDER BY for waiting tickets; with a window, tickets sent to it come first."""
    order: list[ColumnElement[Any]] = []
    if window_name:
        order.append(case((Visit.target_window == window_name, 0), else_=1))
    order += [part.asc() for part in order_key(now)]
    return order


def waiting_on(day: Any, visit: VisitColumns = Visit) -> list[ColumnElement[bool]]:
    """The waiting tickets of service day `day` (a date or a bound parameter)."""
    return [
        visit.service_day == day,
        visit.queue_status == QueueStatus.WAITING.value,
        visit.deleted_at.is_(None),
    ]


def for_window(window_name: str, categories: Sequence[TicketCategory]) -> ColumnElement[bool]:
    """Tickets a window may call: sent to it, or sent nowhere and of a category it serves
    (no categories: every category)."""
    untargeted: ColumnElement[bool] = Visit.target_window.is_(None)
    if categories:
        untargeted = and_(untargeted, Visit.category.in_([c.value for c in categories]))
    return or_(untargeted, Visit.target_window == window_name)


def next_to_call(
    day: date,
    now: datetime,
    window_name: str | None = None,
    categories: Sequence[TicketCategory] = (),
    column: Any = Visit.id,
) -> Select[tuple[Any]]:
    """`column` of the waiting visits in call order (add .limit); with a window, of those
    it may call, the ones sent to it first."""
    query = select(column).where(*waiting_on(day))
    if window_name:
        query = query.where(for_window(window_name, categories))
    return query.order_by(*call_order(now, window_name))


def _new_ticket_key(category: TicketCategory, at: Any, visit_id: Any) -> Any:
    # A new ticket has no slot: its sort time is its arrival.
    return tuple_(literal(CATEGORIES[category].call_rank, Integer), at, at, visit_id)


def ahead_of_visit(now: datetime, visit_id: uuid.UUID) -> Select[str, int]:
    """Per category, the waiting visits called before waiting visit `visit_id` (none
    when it is not waiting)."""
    me = aliased(Visit, name="me")
    return (
        select(Visit.category, func.count())
        .select_from(Visit)
        .join(me, me.id == visit_id)
        .where(
            *waiting_on(me.service_day),
            me.queue_status == QueueStatus.WAITING.value,
            tuple_(*order_key(now, Visit)) < tuple_(*order_key(now, me)),
        )
        .group_by(Visit.category)
    )


def ahead_of_new_ticket(
    day: date, category: TicketCategory, now: datetime
) -> Select[str, int]:
    """Per category, the waiting visits called before a ticket of `category` taken now."""
    at = literal(now, UtcDateTime())
    newest = literal(_NEWEST_ID, Visit.id.type)
    return (
        select(Visit.category, func.count())
        .where(
            *waiting_on(day),
            tuple_(*order_key(now)) < _new_ticket_key(category, at, newest),
        )
        .group_by(Visit.category)
    )


def _by_category(rows: Sequence[Any]) -> dict[TicketCategory, int]:
    return {TicketCategory(category): int(count) for category, count in rows
            if category in _KNOWN}


def ahead_by_category(session: Session, visit_id: uuid.UUID, now: datetime
                      ) -> dict[TicketCategory, int]:
    """People ahead of an issued, waiting ticket, per category (empty if not waiting)."""
    return _by_category(session.execute(ahead_of_visit(now, visit_id)).all())


def ahead_of_new_by_category(
    session: Session, day: date, category: TicketCategory, now: datetime
) -> dict[TicketCategory, int]:
    """People ahead of a ticket of `category` if it were taken now, per category."""
    return _by_category(session.execute(ahead_of_new_ticket(day, category, now)).all())


def people_ahead(session: Session, visit_id: uuid.UUID, now: datetime) -> int:
    """How many are called before this ticket (0 when it is not waiting)."""
    return sum(ahead_by_category(session, visit_id, now).values())


def position(session: Session, visit_id: uuid.UUID, now: datetime) -> int | None:
    """1 for the next to be called; None when the ticket is not waiting."""
    status = session.scalar(select(Visit.queue_status).where(Visit.id == visit_id))
    if status != QueueStatus.WAITING.value:
        return None
    return people_ahead(session, visit_id, now) + 1


# The same count for the busiest call (issue a ticket), prebuilt (db.fastpath). Booked
# rows need their slot; all others are decided from the ix_visit_queue index.
_BOOKED_UNTIL = bindparam("booked_until", type_=UtcDateTime())
COUNT_AHEAD_OF_NEW = {
    category: FastStatement(
        select(func.count()).select_from(Visit).where(
            *waiting_on(bindparam("day")),
            tuple_(*_key(Visit, _BOOKED_UNTIL)) < _new_ticket_key(
                category,
                bindparam("issued_at", type_=UtcDateTime()),
                bindparam("visit_id", type_=Visit.id.type),
            ),
        )
    )
    for category in TicketCategory
}


def count_ahead_of_new(
    conn: Executor, day: date, category: TicketCategory, now: datetime, visit_id: uuid.UUID
) -> int:
    """People ahead of ticket `visit_id` about to be issued now (call it before saving)."""
    row = COUNT_AHEAD_OF_NEW[category].first(conn, {
        "day": day, "booked_until": now + BOOKED_EARLY, "issued_at": now, "visit_id": visit_id,
    })
    return int(row[0]) if row else 0
