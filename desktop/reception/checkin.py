"""On the day (到场): check-in at the front desk and the session view (CheckInService).

A booked visitor checks in by the slip (a keyboard-wedge scanner types `LFYY:<code>`
and Enter; a typed code works too) or by the ID document. Check-in issues a booked
ticket (TicketCategory.BOOKED, `Visit.appointment_slot` = the booking's slot) in the
same transaction that marks the booking arrived, with the booking row locked, so a slip
scanned at two desks at once gives one ticket. The ticket is then called through the one
queue order (desktop/queue/order.py): first in its slot, from BOOKED_EARLY before it.

`day_view` is the session on its day: every booking with where the visitor is (booked,
arrived, being received, done, absent), and the walk-ins — booked-category tickets of
that day issued without a booking — listed apart.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ReceptionBooking, ReceptionSession, Visit, Visitor, VisitRepresentative
from desktop.accounts.permissions import Permission, require
from desktop.cases.identity import InvalidIdNumber, mask_id_number, parse_id_number
from desktop.clock import local_time, service_day
from desktop.domain import QueueStatus, TicketCategory
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.queue import order
from desktop.queue.day_close import service_day_after_close
from desktop.queue.numbering import allocate_ticket_number
from desktop.queue.states import record_issued
from desktop.reception.booking_domain import (
    BookingStatus,
    CheckInError,
    DayState,
    parse_slip_text,
)
from desktop.reception.booking_privacy import listed
from desktop.reception.booking_views import BookingView, booking_views
from desktop.reception.views import SessionItem, session_items
from desktop.service import TerminalService


@dataclass(frozen=True)
class CheckedIn:
    booking: BookingView
    ticket_number: str
    visit_id: uuid.UUID
    people_ahead: int


@dataclass(frozen=True)
class WalkIn:
    visit_id: uuid.UUID
    ticket_number: str
    name: str
    masked_id_number: str
    issued_at: datetime
    queue_status: QueueStatus


@dataclass(frozen=True)
class DayView:
    session: SessionItem
    bookings: tuple[BookingView, ...]  # by slot
    walk_ins: tuple[WalkIn, ...]

    def count(self, state: DayState) -> int:
        return sum(1 for booking in self.bookings if booking.day_state is state)


class CheckInService(TerminalService):
    def today_sessions(self) -> tuple[SessionItem, ...]:
        """Today's published sessions, by start."""
        today = service_day(self._clock())
        with self._sessions.begin() as session:
            rows = list(session.scalars(select(ReceptionSession).where(
                ReceptionSession.day == today, ReceptionSession.status == "published",
                ReceptionSession.deleted_at.is_(None)).order_by(ReceptionSession.starts_at)))
            return session_items(session, rows)

    def check_in(self, scanned: str) -> CheckedIn:
        """Check in by a slip's QR text or code, or by an ID number (today's booking)."""
        require(self._actor(), Permission.ISSUE_TICKETS)
        now = self._clock()
        ws = self._workstation
        with self._sessions.begin() as session:
            booking = _booking_for(session, scanned, service_day(now))
            if booking.status == BookingStatus.CHECKED_IN.value and booking.visit_id:
                ticket = session.get(Visit, booking.visit_id)
                raise CheckInError(QT_TRANSLATE_NOOP(
                    "Errors", "该预约已于 {time} 到场，号票 {ticket}；请勿重复取号"),
                    field="scan", time=f"{local_time(booking.checked_in_at or now):%H:%M}",
                    ticket=ticket.ticket_number if ticket else "—")
            if booking.status != BookingStatus.BOOKED.value:
                raise CheckInError(QT_TRANSLATE_NOOP(
                    "Errors", "预约 {code} 已取消或已处理，不能到场取号"), field="scan",
                    code=booking.code)
            conn = session.connection()
            day = service_day_after_close(conn, now)
            number = allocate_ticket_number(conn, day, TicketCategory.BOOKED, ws.slot)
            visit = Visit(
                service_day=day, ticket_number=number, category=TicketCategory.BOOKED.value,
                queue_status=QueueStatus.WAITING.value, issued_at=now, issued_by=ws.operator,
                visitor_id=booking.visitor_id, people_count=booking.people_count,
                appointment_slot=booking.slot_at, origin_terminal=ws.terminal_code)
            session.add(visit)
            session.flush()
            for position, rep in enumerate(json.loads(booking.representatives or "[]"),
                                           start=1):
                session.add(VisitRepresentative(
                    visit_id=visit.id, position=position, name=rep.get("name", ""),
                    id_type=rep.get("id_type"), id_number=rep.get("id_number") or None,
                    phone=rep.get("phone") or None, origin_terminal=ws.terminal_code))
            record_issued(conn, visit.id, now, ws)
            booking.status = BookingStatus.CHECKED_IN.value
            booking.visit_id = visit.id
            booking.checked_in_at = now
            booking.version += 1
            session.flush()
            ahead = order.people_ahead(session, visit.id, now)
            view = booking_views(session, [booking], now)[0]
            return CheckedIn(view, number, visit.id, ahead)

    def mark_absent(self, booking_id: uuid.UUID) -> BookingView:
        """A booked visitor who did not come (their place stays counted)."""
        require(self._actor(), Permission.ISSUE_TICKETS)
        now = self._clock()
        with self._sessions.begin() as session:
            booking = session.get(ReceptionBooking, booking_id, with_for_update=True)
            if booking is None or booking.status != BookingStatus.BOOKED.value:
                raise CheckInError(QT_TRANSLATE_NOOP(
                    "Errors", "只有尚未到场的预约才能记为未到"), field="booking_id")
            booking.status = BookingStatus.ABSENT.value
            booking.version += 1
            session.flush()
            return booking_views(session, [booking], now)[0]

    def day_view(self, session_id: uuid.UUID) -> DayView:
        """The session on its day: bookings as a list (numbers masked; a 检举控告
        matter's content for the clerk and the chief only), walk-ins."""
        actor = self._actor()
        now = self._clock()
        with self._sessions.begin() as session:
            row = session.get(ReceptionSession, session_id)
            if row is None:
                raise CheckInError(QT_TRANSLATE_NOOP(
                    "Errors", "找不到这场接访，可能已被删除；请刷新后重试"), field="session_id")
            rows = list(session.scalars(select(ReceptionBooking).where(
                ReceptionBooking.session_id == row.id,
                ReceptionBooking.status != BookingStatus.CANCELLED.value,
                ReceptionBooking.deleted_at.is_(None))
                .order_by(ReceptionBooking.slot_at, ReceptionBooking.booked_at)))
            booked_visits = select(ReceptionBooking.visit_id).where(
                ReceptionBooking.visit_id.is_not(None))
            walk_rows = session.execute(
                select(Visit, Visitor).join(Visitor, Visitor.id == Visit.visitor_id)
                .where(Visit.service_day == row.day,
                       Visit.category == TicketCategory.BOOKED.value,
                       Visit.deleted_at.is_(None), Visit.id.not_in(booked_visits))
                .order_by(Visit.issued_at)).all()
            walk_ins = tuple(WalkIn(visit.id, visit.ticket_number, visitor.name,
                                    mask_id_number(visitor.id_number), visit.issued_at,
                                    QueueStatus(visit.queue_status))
                             for visit, visitor in walk_rows)
            return DayView(session_items(session, [row])[0],
                           listed(session, actor, booking_views(session, rows, now)),
                           walk_ins)


def _booking_for(session: Session, scanned: str, today: object) -> ReceptionBooking:
    text = (scanned or "").strip()
    if not text:
        raise CheckInError(QT_TRANSLATE_NOOP(
            "Errors", "请扫描预约单上的二维码，或刷身份证 / 输入证件号码"), field="scan")
    code = parse_slip_text(text)
    if code is not None:
        booking = session.scalars(select(ReceptionBooking).where(
            ReceptionBooking.code == code).with_for_update()).one_or_none()
        if booking is None:
            raise CheckInError(QT_TRANSLATE_NOOP(
                "Errors", "找不到预约号 {code}，请核对预约单"), field="scan", code=code)
        held = session.get(ReceptionSession, booking.session_id)
        assert held is not None
        if held.day != today:
            raise CheckInError(QT_TRANSLATE_NOOP(
                "Errors", "该预约是 {day} 的领导接访，不是今天；请按预约日期前来"),
                field="scan", day=held.day.isoformat())
        return booking
    try:
        number = parse_id_number(text).number
    except InvalidIdNumber:
        number = text.upper()
    found = session.scalars(
        select(ReceptionBooking).join(Visitor, Visitor.id == ReceptionBooking.visitor_id)
        .join(ReceptionSession, ReceptionSession.id == ReceptionBooking.session_id)
        .where(Visitor.id_number == number, ReceptionSession.day == today,
               ReceptionBooking.status.in_((BookingStatus.BOOKED.value,
                                            BookingStatus.CHECKED_IN.value)),
               ReceptionBooking.deleted_at.is_(None))
        .order_by(ReceptionBooking.slot_at).with_for_update(of=ReceptionBooking)).all()
    if not found:
        raise CheckInError(QT_TRANSLATE_NOOP(
            "Errors", "该证件今天没有领导接访预约；未预约的来访请到取号处正常取号"),
            field="scan")
    return next((b for b in found if b.status == BookingStatus.BOOKED.value), found[0])
