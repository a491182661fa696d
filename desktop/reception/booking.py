"""Booking visitors into published reception sessions (预约): BookingService.

`book` checks, in one transaction with the session row locked (SQLite takes the write
lock at BEGIN IMMEDIATE, PostgreSQL `SELECT … FOR UPDATE`), so two terminals booking
the last place at the same moment cannot both get it: the session is published and
not past its cut-off; the visitor's name, document and phone (the 取号 checks); a group
sends at most five representatives; one live booking per visitor and session; the
place or slot is free; the matter rules (booking_checks.matter_refusals), each refused
with its own reason unless a section chief's name and reason are given, and recorded.

`cancel` and `move` free the place. `settle_session` decides every booking of a session
that is to be cancelled or moved (move to session X, or cancel with notice), after
which the planner may cancel or move it; the visitors to tell are listed with their
phones (`to_notify`) until marked told.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ContentCategory, Leader, ReceptionBooking, ReceptionSession, Visit, Visitor
from desktop.accounts.permissions import Permission, require
from desktop.cases.identity import IdType, mask_id_number
from desktop.clock import local_time, service_day
from desktop.domain import GROUP_VISIT_MIN_PEOPLE, TicketCategory
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.queue.tickets import (
    CleanRepresentative,
    CleanTicketRequest,
    RepresentativeInput,
    TicketRequest,
    validate_ticket_request,
)
from desktop.reception.booking_checks import (
    SlotView,
    category_exists,
    check_open,
    matter_refusals,
    pick_slot,
    slots_of,
)
from desktop.reception.booking_domain import (
    CODE_ALPHABET,
    CODE_LENGTH,
    LIVE_STATUSES,
    BookingChannel,
    BookingError,
    BookingRefused,
    BookingStatus,
    FoundRefusal,
)
from desktop.reception.booking_privacy import listed, shown
from desktop.reception.booking_views import (
    BookingDetail,
    BookingView,
    booking_detail,
    booking_views,
)
from desktop.reception.checks import local_instant
from desktop.reception.views import SessionItem, session_items
from desktop.service import TerminalService
from desktop.text import clean_text, column_length


@dataclass(frozen=True)
class BookingInput:
    session_id: uuid.UUID
    name: str
    id_number: str
    id_type: IdType = IdType.RESIDENT_ID
    phone: str = ""
    slot: time | None = None  # local start of the slot; None: the first with a place
    people_count: int = 1
    representatives: tuple[RepresentativeInput, ...] = ()  # a group: at most five
    case_number: str = ""  # the visitor's matter, when it is a case already
    category_code: str = ""  # 内容分类 of the matter (taken from the case if empty)
    summary: str = ""
    channel: BookingChannel = BookingChannel.DESK
    override_reason: str = ""  # a section chief lets a refused matter be booked …
    override_by: str = ""  # … and is named


@dataclass(frozen=True)
class BookableSession:
    session: SessionItem
    slots: tuple[SlotView, ...]
    open: bool  # published and before its cut-off

    @property
    def free(self) -> int:
        return sum(slot.free for slot in self.slots)


@dataclass(frozen=True)
class NotifyItem:
    booking_id: uuid.UUID
    name: str
    phone: str
    note: str
    masked_id_number: str = ""  # for the clerk to tell visitors apart (never the full one)


@dataclass(frozen=True)
class SettleResult:
    moved: int
    cancelled: int
    to_notify: tuple[NotifyItem, ...]


class BookingService(TerminalService):
    def now(self) -> datetime:
        return self._clock()

    # ------------------------------------------------------------------ reading

    def bookable(self, first: date, last: date) -> tuple[BookableSession, ...]:
        """Published sessions in [first, last] with their slots, by start."""
        now = self._clock()
        with self._sessions.begin() as session:
            rows = list(session.scalars(select(ReceptionSession).where(
                ReceptionSession.day >= first, ReceptionSession.day <= last,
                ReceptionSession.status == "published", ReceptionSession.deleted_at.is_(None))
                .order_by(ReceptionSession.starts_at)))
            items = session_items(session, rows)
            return tuple(BookableSession(item, slots_of(session, row),
                                         now <= row.booking_cutoff_at)
                         for item, row in zip(items, rows, strict=True))

    def categories(self) -> tuple[tuple[str, str], ...]:
        """(code, name) of the active first-level content categories, for the form."""
        with self._sessions.begin() as session:
            return tuple((code, name) for code, name in session.execute(
                select(ContentCategory.code, ContentCategory.name)
                .where(ContentCategory.active, ContentCategory.parent_code.is_(None))
                .order_by(ContentCategory.sort_order, ContentCategory.code)))

    def session_bookings(self, session_id: uuid.UUID, *,
                         include_cancelled: bool = False) -> tuple[BookingView, ...]:
        """The session's bookings as a list: numbers masked (booking_privacy.listed)."""
        actor = self._actor()
        with self._sessions.begin() as session:
            query = select(ReceptionBooking).where(
                ReceptionBooking.session_id == session_id,
                ReceptionBooking.deleted_at.is_(None))
            if not include_cancelled:
                query = query.where(ReceptionBooking.status != BookingStatus.CANCELLED.value)
            rows = list(session.scalars(query.order_by(ReceptionBooking.slot_at,
                                                       ReceptionBooking.booked_at)))
            return listed(session, actor, booking_views(session, rows, self._clock()))

    def booking(self, key: uuid.UUID | str) -> BookingDetail:
        """One booking by id or by its code (as on the slip); full numbers for the roles
        that handle visits (booking_privacy.shown)."""
        actor = self._actor()
        with self._sessions.begin() as session:
            detail = booking_detail(session, _find(session, key), self._clock())
            return replace(detail, booking=shown(session, actor, detail.booking))

    def check_matter(self, data: BookingInput) -> tuple[FoundRefusal, ...]:
        """The matter rules the booking would break (nothing is written)."""
        require(self._actor(), Permission.ISSUE_TICKETS)
        today = service_day(self._clock())
        with self._sessions.begin() as session:
            row = _session_row(session, data.session_id, lock=False)
            leader = session.get(Leader, row.leader_id)
            assert leader is not None
            case, category = _matter(session, data)
            visitor = _known_visitor(session, data)
            return matter_refusals(session, leader, visitor_id=visitor.id if visitor else None,
                                   case=case, category_code=category, today=today)

    # ------------------------------------------------------------------ writing

    def book(self, data: BookingInput) -> BookingDetail:
        actor = self._actor()
        require(actor, Permission.ISSUE_TICKETS)
        if data.override_reason.strip() or data.override_by.strip():
            require(actor, Permission.OVERRIDE_BOOKINGS)  # a chief overrides, logged in
        now = self._clock()
        today = service_day(now)
        clean = _clean_person(data)
        summary = clean_text(data.summary, field="summary", label=QT_TRANSLATE_NOOP(
            "Fields", "反映问题"), limit=2000, error=BookingError)
        with self._sessions.begin() as session:
            row = _session_row(session, data.session_id, lock=True)
            check_open(row, now)
            case, category = _matter(session, data)
            visitor = _visitor_for(session, clean, self._workstation.terminal_code)
            duplicate = session.scalar(select(ReceptionBooking.code).where(
                ReceptionBooking.session_id == row.id, ReceptionBooking.visitor_id == visitor.id,
                ReceptionBooking.status.in_(LIVE_STATUSES)))
            if duplicate:
                raise BookingError(QT_TRANSLATE_NOOP(
                    "Errors", "这位来访人已预约了这场接访（预约号 {code}），不能重复预约"),
                    field="id_number", code=duplicate)
            wanted = local_instant(row.day, data.slot) if data.slot else None
            slot_at = pick_slot(session, row, wanted)
            leader = session.get(Leader, row.leader_id)
            assert leader is not None
            found = matter_refusals(session, leader, visitor_id=visitor.id, case=case,
                                    category_code=category, today=today)
            override = _override(data, found)
            booking = ReceptionBooking(
                origin_terminal=self._workstation.terminal_code, code=_new_code(session),
                session_id=row.id, slot_at=slot_at, visitor_id=visitor.id,
                people_count=clean.people_count,
                representatives=_reps_json(clean.representatives),
                case_visit_id=case.id if case else None, content_category_code=category,
                summary=summary, channel=BookingChannel(data.channel).value,
                status=BookingStatus.BOOKED.value,
                override_rules=",".join(f.refusal.value for f in found) if override else None,
                override_reason=override[0] if override else None,
                override_by=override[1] if override else None,
                booked_at=now, booked_by=self._workstation.operator)
            session.add(booking)
            session.flush()
            return booking_detail(session, booking, now)

    def cancel(self, booking_id: uuid.UUID, reason: str) -> BookingView:
        """Cancel a booking not yet checked in; its place reopens."""
        require(self._actor(), Permission.ISSUE_TICKETS)
        why = _reason(reason)
        now = self._clock()
        with self._sessions.begin() as session:
            booking = _find(session, booking_id, lock=True)
            _check_changeable(booking)
            booking.status = BookingStatus.CANCELLED.value
            booking.cancelled_at = now
            booking.cancel_reason = why
            booking.version += 1
            session.flush()
            return booking_views(session, [booking], now)[0]

    def move(self, booking_id: uuid.UUID, session_id: uuid.UUID,
             slot: time | None = None) -> BookingDetail:
        """Move a booking to another published session (its place there checked, and the
        matter against that leader's portfolio unless a chief overrode it); the old
        place reopens."""
        require(self._actor(), Permission.ISSUE_TICKETS)
        now = self._clock()
        today = service_day(now)
        with self._sessions.begin() as session:
            booking = _find(session, booking_id, lock=True)
            _check_changeable(booking)
            target = _session_row(session, session_id, lock=True)
            check_open(target, now)
            if target.id == booking.session_id and slot is None:
                raise BookingError(QT_TRANSLATE_NOOP(
                    "Errors", "请选择另一场接访或另一个时段"), field="session_id")
            booking.status = BookingStatus.CANCELLED.value  # its place is not counted …
            session.flush()
            slot_at = pick_slot(session, target, local_instant(target.day, slot) if slot
                                else None)
            if not booking.override_reason:
                leader = session.get(Leader, target.leader_id)
                assert leader is not None
                case = session.get(Visit, booking.case_visit_id) if booking.case_visit_id \
                    else None
                found = matter_refusals(session, leader, visitor_id=booking.visitor_id,
                                        case=case, category_code=booking.content_category_code,
                                        today=today)
                if found:
                    raise BookingRefused(found)
            booking.status = BookingStatus.BOOKED.value  # … until it is moved
            if target.id != booking.session_id:
                booking.moved_from_session_id = booking.session_id
            booking.session_id = target.id
            booking.slot_at = slot_at
            booking.version += 1
            session.flush()
            return booking_detail(session, booking, now)

    def settle_session(self, session_id: uuid.UUID, decisions: Mapping[uuid.UUID, uuid.UUID | None],
                       reason: str) -> SettleResult:
        """Decide every live booking of a session to be cancelled or moved: to a session
        (first free place there; cut-off not applied, capacity is) or None (cancelled).
        A booking without a decision refuses the whole call; nothing is half done."""
        require(self._actor(), Permission.MANAGE_RECEPTION)
        why = _reason(reason)
        now = self._clock()
        with self._sessions.begin() as session:
            row = _session_row(session, session_id, lock=True)
            bookings = list(session.scalars(select(ReceptionBooking).where(
                ReceptionBooking.session_id == row.id,
                ReceptionBooking.status == BookingStatus.BOOKED.value,
                ReceptionBooking.deleted_at.is_(None)).order_by(ReceptionBooking.slot_at)))
            undecided = [b for b in bookings if b.id not in decisions]
            if undecided:
                raise BookingError(QT_TRANSLATE_NOOP(
                    "Errors", "还有 {count} 个预约没有决定改约还是取消，请逐一处理"),
                    field="decisions", count=len(undecided))
            moved = cancelled = 0
            notes: list[tuple[ReceptionBooking, str]] = []
            for booking in bookings:
                target_id = decisions[booking.id]
                if target_id is None:
                    booking.status = BookingStatus.CANCELLED.value
                    booking.cancelled_at = now
                    booking.cancel_reason = why
                    note = f"{row.day.isoformat()} 的领导接访取消（{why}），预约已取消"
                    cancelled += 1
                else:
                    target = _session_row(session, target_id, lock=True)
                    check_open(target, now, check_cutoff=False)
                    booking.status = BookingStatus.CANCELLED.value
                    session.flush()
                    booking.slot_at = pick_slot(session, target, None)
                    booking.status = BookingStatus.BOOKED.value
                    booking.moved_from_session_id = row.id
                    booking.session_id = target.id
                    item = session_items(session, [target])[0]
                    note = (f"{row.day.isoformat()} 的领导接访改期（{why}），预约改到 "
                            f"{target.day.isoformat()} {booking_time(booking)} "
                            f"{item.leader_name} {item.place_text}")
                    moved += 1
                booking.notify_note = note
                booking.notified_at = None
                booking.version += 1
                session.flush()
                notes.append((booking, note))
            return SettleResult(moved, cancelled, tuple(
                _notify_item(session, booking, note) for booking, note in notes))

    def to_notify(self) -> tuple[NotifyItem, ...]:
        """Visitors whose booking was moved or cancelled with its session, not yet told."""
        require(self._actor(), Permission.ISSUE_TICKETS)
        with self._sessions.begin() as session:
            rows = session.scalars(select(ReceptionBooking).where(
                ReceptionBooking.notify_note.is_not(None),
                ReceptionBooking.notified_at.is_(None)).order_by(ReceptionBooking.updated_at))
            return tuple(_notify_item(session, row, row.notify_note or "") for row in rows)

    def mark_notified(self, booking_id: uuid.UUID) -> None:
        require(self._actor(), Permission.ISSUE_TICKETS)
        with self._sessions.begin() as session:
            booking = _find(session, booking_id, lock=True)
            booking.notified_at = self._clock()
            booking.version += 1


# ---------------------------------------------------------------------- helpers


def booking_time(booking: ReceptionBooking) -> str:
    return f"{local_time(booking.slot_at):%H:%M}"


def _notify_item(session: Session, booking: ReceptionBooking, note: str) -> NotifyItem:
    visitor = session.get(Visitor, booking.visitor_id)
    assert visitor is not None
    return NotifyItem(booking.id, visitor.name, visitor.phone or "", note,
                      mask_id_number(visitor.id_number))


def _session_row(session: Session, session_id: uuid.UUID, *, lock: bool) -> ReceptionSession:
    row = session.get(ReceptionSession, session_id, with_for_update=lock or None)
    if row is None or row.deleted_at is not None:
        raise BookingError(QT_TRANSLATE_NOOP(
            "Errors", "找不到这场接访，可能已被删除；请刷新后重试"), field="session_id")
    return row


def _find(session: Session, key: uuid.UUID | str, *, lock: bool = False) -> ReceptionBooking:
    if isinstance(key, uuid.UUID):
        row = session.get(ReceptionBooking, key, with_for_update=lock or None)
    else:
        query = select(ReceptionBooking).where(ReceptionBooking.code == key.strip().upper())
        row = session.scalars(query.with_for_update() if lock else query).one_or_none()
    if row is None or row.deleted_at is not None:
        raise BookingError(QT_TRANSLATE_NOOP("Errors", "找不到这个预约，请核对预约号"),
                           field="code")
    return row


def _check_changeable(booking: ReceptionBooking) -> None:
    if booking.status != BookingStatus.BOOKED.value:
        raise BookingError(QT_TRANSLATE_NOOP(
            "Errors", "预约 {code} 已到场、已接谈或已取消，不能再改约或取消"), code=booking.code)


def _reason(reason: str) -> str:
    why = clean_text(reason, field="reason", label=QT_TRANSLATE_NOOP("Fields", "原因"),
                     limit=500, multiline=False, error=BookingError)
    if not why:
        raise BookingError(QT_TRANSLATE_NOOP("Errors", "请填写原因"), field="reason")
    return why


def _clean_person(data: BookingInput) -> CleanTicketRequest:
    """The 取号 checks on name, document, phone, people and representatives; a group of
    five or more needs representatives (at most five)."""
    group = data.people_count >= GROUP_VISIT_MIN_PEOPLE
    try:
        return validate_ticket_request(TicketRequest(
            name=data.name, id_number=data.id_number, id_type=data.id_type, phone=data.phone,
            category=TicketCategory.GROUP if group else TicketCategory.BOOKED,
            people_count=data.people_count, representatives=data.representatives))
    except UserError as error:  # the same message, as the booking wing's error
        raise BookingError(error.template, field=error.field, **error.params) from None


def _reps_json(reps: tuple[CleanRepresentative, ...]) -> str:
    return json.dumps([{"name": r.name, "id_type": r.id_type.value if r.id_type else None,
                        "id_number": r.id_number or "", "phone": r.phone or ""}
                       for r in reps], ensure_ascii=False)


def _matter(session: Session, data: BookingInput) -> tuple[Visit | None, str]:
    case: Visit | None = None
    number = data.case_number.strip().upper()
    if number:
        case = session.scalars(select(Visit).where(Visit.case_number == number)).one_or_none()
        if case is None or case.deleted_at is not None:
            raise BookingError(QT_TRANSLATE_NOOP(
                "Errors", "找不到信访件“{number}”，请核对信访件编号"), field="case_number",
                number=number)
    category = data.category_code.strip() or (case.content_category_code if case else "") or ""
    if not category:
        raise BookingError(QT_TRANSLATE_NOOP(
            "Errors", "请选择反映问题的内容分类（用于核对是否属于接访领导的分管领域）"),
            field="category_code")
    if not category_exists(session, category):
        raise BookingError(QT_TRANSLATE_NOOP("Errors", "请从列表中选择内容分类"),
                           field="category_code")
    return case, category


def _override(data: BookingInput, found: tuple[FoundRefusal, ...]) -> tuple[str, str] | None:
    if not found:
        return None
    reason = clean_text(data.override_reason, field="override_reason", label=QT_TRANSLATE_NOOP(
        "Fields", "破例预约理由"), limit=500, error=BookingError)
    if not reason:
        raise BookingRefused(found)
    by = clean_text(data.override_by, field="override_by", label=QT_TRANSLATE_NOOP(
        "Fields", "批准人"), limit=column_length(ReceptionBooking.override_by), multiline=False,
        error=BookingError)
    if not by:
        raise BookingError(QT_TRANSLATE_NOOP(
            "Errors", "破例预约须经科长同意：请填写批准人姓名"), field="override_by")
    return reason, by


def _known_visitor(session: Session, data: BookingInput) -> Visitor | None:
    try:
        clean = _clean_person(data)
    except BookingError:  # not checkable yet: nobody to look up
        return None
    return session.scalars(select(Visitor).where(
        Visitor.id_type == clean.id_type.value, Visitor.id_number == clean.id_number)
    ).one_or_none()


def _visitor_for(session: Session, clean: CleanTicketRequest, terminal: str) -> Visitor:
    visitor = session.scalars(select(Visitor).where(
        Visitor.id_type == clean.id_type.value, Visitor.id_number == clean.id_number)
    ).one_or_none()
    if visitor is None:
        visitor = Visitor(id_type=clean.id_type.value, id_number=clean.id_number,
                          name=clean.name, sex=clean.sex, birth_date=clean.birth_date,
                          phone=clean.phone, origin_terminal=terminal)
        session.add(visitor)
        session.flush()
        return visitor
    if visitor.name != clean.name:
        raise BookingError(QT_TRANSLATE_NOOP(
            "Errors", "该证件号码已登记的姓名是“{old_name}”，与填写的“{new_name}”不同；"
            "请核对（改名请在取号页办理）"), field="name", old_name=visitor.name,
            new_name=clean.name)
    if clean.phone and clean.phone != visitor.phone:
        visitor.phone = clean.phone
        visitor.version += 1
    return visitor


def _new_code(session: Session) -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if session.scalar(select(ReceptionBooking.id).where(ReceptionBooking.code == code)) \
                is None:
            return code


__all__ = ["BookableSession", "BookingInput", "BookingService", "NotifyItem", "SettleResult"]
