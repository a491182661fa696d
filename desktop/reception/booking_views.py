"""What the booking services hand out: bookings as plain frozen dataclasses, built from
rows here, with where each booked visitor is on the session's day (`DayState`).

Personal data (names, document numbers, phones) is in these views for the screens and
papers of the reception section; none of it is ever logged."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ReceptionBooking, ReceptionSession, Visit, Visitor
from desktop.cases.identity import mask_id_number
from desktop.clock import local_time
from desktop.domain import QueueStatus
from desktop.reception.booking_domain import (
    BOOKING_STATUS_LABELS,
    CHANNEL_LABELS,
    DAY_STATE_LABELS,
    BookingChannel,
    BookingStatus,
    DayState,
    slip_qr_text,
)
from desktop.reception.roster import category_names
from desktop.reception.views import SessionItem, session_items


@dataclass(frozen=True)
class BookedPerson:
    name: str
    id_number: str  # as typed, checked ("" if none)
    phone: str


@dataclass(frozen=True)
class BookingView:
    booking_id: uuid.UUID
    code: str
    session_id: uuid.UUID
    day: date
    slot: time  # local wall-clock
    slot_at: datetime  # UTC
    status: BookingStatus
    status_label: str
    day_state: DayState
    day_state_label: str
    visitor_id: uuid.UUID
    name: str
    id_number: str
    masked_id_number: str
    phone: str
    people_count: int
    representatives: tuple[BookedPerson, ...]
    case_visit_id: uuid.UUID | None
    case_number: str | None
    category_code: str | None
    category_name: str
    summary: str
    channel: BookingChannel
    channel_label: str
    override_reason: str | None
    override_by: str | None
    ticket_number: str | None
    visit_id: uuid.UUID | None
    checked_in_at: datetime | None
    notify_note: str | None
    notified: bool

    @property
    def qr_text(self) -> str:
        return slip_qr_text(self.code)

    @property
    def slot_text(self) -> str:
        return f"{self.slot:%H:%M}"


@dataclass(frozen=True)
class BookingDetail:
    booking: BookingView
    session: SessionItem


def day_state(row: ReceptionBooking, ticket_status: str | None, session_ends: datetime,
              now: datetime) -> DayState:
    status = BookingStatus(row.status)
    if status is BookingStatus.CANCELLED:
        return DayState.CANCELLED
    if status is BookingStatus.RECEIVED or ticket_status == QueueStatus.DONE.value:
        return DayState.DONE
    if ticket_status in (QueueStatus.CALLED.value, QueueStatus.SERVING.value):
        return DayState.IN_RECEPTION
    if ticket_status in (QueueStatus.WAITING.value, QueueStatus.PARKED.value,
                         QueueStatus.UNFINISHED.value):
        return DayState.ARRIVED
    if status is BookingStatus.ABSENT or ticket_status in (
            QueueStatus.NO_SHOW.value, QueueStatus.CANCELLED.value):
        return DayState.ABSENT
    if status is BookingStatus.BOOKED and now > session_ends:
        return DayState.ABSENT
    return DayState.BOOKED


def booking_views(session: Session, rows: Sequence[ReceptionBooking],
                  now: datetime) -> tuple[BookingView, ...]:
    if not rows:
        return ()
    visitors = {v.id: v for v in session.scalars(
        select(Visitor).where(Visitor.id.in_({row.visitor_id for row in rows})))}
    visit_ids = {i for row in rows for i in (row.visit_id, row.case_visit_id) if i}
    visits = {v.id: v for v in session.scalars(
        select(Visit).where(Visit.id.in_(visit_ids)))} if visit_ids else {}
    sessions = {s.id: s for s in session.scalars(select(ReceptionSession).where(
        ReceptionSession.id.in_({row.session_id for row in rows})))}
    names = category_names(session)
    return tuple(_view(row, visitors[row.visitor_id], visits, sessions[row.session_id],
                       names, now) for row in rows)


def _view(row: ReceptionBooking, visitor: Visitor, visits: dict[uuid.UUID, Visit],
          held: ReceptionSession, names: dict[str, str], now: datetime) -> BookingView:
    ticket = visits.get(row.visit_id) if row.visit_id else None
    case = visits.get(row.case_visit_id) if row.case_visit_id else None
    state = day_state(row, ticket.queue_status if ticket else None, held.ends_at, now)
    status = BookingStatus(row.status)
    channel = BookingChannel(row.channel)
    reps = tuple(BookedPerson(r.get("name", ""), r.get("id_number", ""), r.get("phone", ""))
                 for r in json.loads(row.representatives or "[]"))
    slot = local_time(row.slot_at)
    return BookingView(
        booking_id=row.id, code=row.code, session_id=row.session_id, day=held.day,
        slot=slot.time().replace(tzinfo=None), slot_at=row.slot_at, status=status,
        status_label=BOOKING_STATUS_LABELS[status], day_state=state,
        day_state_label=DAY_STATE_LABELS[state], visitor_id=visitor.id, name=visitor.name,
        id_number=visitor.id_number, masked_id_number=mask_id_number(visitor.id_number),
        phone=visitor.phone or "", people_count=row.people_count, representatives=reps,
        case_visit_id=row.case_visit_id, case_number=case.case_number if case else None,
        category_code=row.content_category_code,
        category_name=names.get(row.content_category_code or "", ""), summary=row.summary,
        channel=channel, channel_label=CHANNEL_LABELS[channel],
        override_reason=row.override_reason, override_by=row.override_by,
        ticket_number=ticket.ticket_number if ticket else None, visit_id=row.visit_id,
        checked_in_at=row.checked_in_at, notify_note=row.notify_note,
        notified=row.notified_at is not None)


def booking_detail(session: Session, row: ReceptionBooking, now: datetime) -> BookingDetail:
    held = session.get(ReceptionSession, row.session_id)
    assert held is not None
    return BookingDetail(booking_views(session, [row], now)[0], session_items(session, [held])[0])
