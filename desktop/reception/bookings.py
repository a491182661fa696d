"""How many bookings (预约) sessions hold: the one place the planner asks.

A booking is live until cancelled (booked, checked in, received, absent all hold their
place). The planner refuses unpublishing, cancelling and moving a session with live
bookings (`SessionHasBookings`); `BookingService.settle_session` (booking.py) decides
each booking first (move to another session, or cancel with notice), and lists the
visitors to tell with their phones.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import ReceptionBooking
from desktop.reception.booking_domain import LIVE_STATUSES


def count_bookings(session: Session, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """Live (not cancelled) bookings per session id; every id given is in the answer."""
    ids = list(dict.fromkeys(session_ids))
    counts = {session_id: 0 for session_id in ids}
    if not ids:
        return counts
    for session_id, count in session.execute(
            select(ReceptionBooking.session_id, func.count())
            .where(ReceptionBooking.session_id.in_(ids),
                   ReceptionBooking.status.in_(LIVE_STATUSES),
                   ReceptionBooking.deleted_at.is_(None))
            .group_by(ReceptionBooking.session_id)):
        counts[session_id] = int(count)
    return counts
