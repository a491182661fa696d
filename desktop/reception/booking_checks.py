"""What a booking is checked against before it is written: the session (published, not
past its cut-off), its places and slots, and the matter rules of DOMAIN.md.

Slots: a session with `slot_minutes` has one place per slot (start, start + M, …); a
session without has `capacity` places all at its start time. Places are counted from
the live bookings (`LIVE_STATUSES`) with the session row locked by the caller.

Matter rules (each a `Refusal` a section chief may override): the matter's content
category must be in the leader's portfolio (a category or one under it; an empty
portfolio takes every matter); the matter (the case named, else the visitor's cases of
the same category) must not be accepted or in progress when registered within the
last RECENT_MONTHS months, nor closed (办结/终结), nor past 复查/复核.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import ContentCategory, Leader, ReceptionBooking, ReceptionSession, Visit
from desktop.cases.lifecycle import effective_chain, is_final, steps_of
from desktop.clock import local_time
from desktop.domain import CaseStatus, StepKind
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.reception.booking_domain import (
    LIVE_STATUSES,
    RECENT_MONTHS,
    BookingClosed,
    BookingError,
    FoundRefusal,
    Refusal,
    SessionFull,
)
from desktop.reception.domain import SessionStatus
from desktop.reception.roster import category_names, split_ids


@dataclass(frozen=True)
class SlotView:
    at: datetime  # UTC instant the slot starts
    places: int
    taken: int

    @property
    def free(self) -> int:
        return max(self.places - self.taken, 0)

    @property
    def time_text(self) -> str:
        return f"{local_time(self.at):%H:%M}"


def slot_starts(row: ReceptionSession) -> list[datetime]:
    if not row.slot_minutes:
        return [row.starts_at]
    step = timedelta(minutes=row.slot_minutes)
    return [row.starts_at + step * index for index in range(row.capacity)]


def slots_of(session: Session, row: ReceptionSession) -> tuple[SlotView, ...]:
    taken = {at: int(count) for at, count in session.execute(
        select(ReceptionBooking.slot_at, func.count())
        .where(ReceptionBooking.session_id == row.id,
               ReceptionBooking.status.in_(LIVE_STATUSES),
               ReceptionBooking.deleted_at.is_(None))
        .group_by(ReceptionBooking.slot_at)).all()}
    per_slot = 1 if row.slot_minutes else row.capacity
    return tuple(SlotView(at, per_slot, taken.get(at, 0)) for at in slot_starts(row))


def check_open(row: ReceptionSession, now: datetime, *, check_cutoff: bool = True) -> None:
    if row.status == SessionStatus.CANCELLED.value or row.deleted_at is not None:
        raise BookingClosed(QT_TRANSLATE_NOOP("Errors", "该场接访已取消，不能预约"),
                            field="session_id")
    if row.status != SessionStatus.PUBLISHED.value:
        raise BookingClosed(QT_TRANSLATE_NOOP("Errors", "该场接访尚未发布，不能预约"),
                            field="session_id")
    if check_cutoff and now > row.booking_cutoff_at:
        raise BookingClosed(QT_TRANSLATE_NOOP(
            "Errors", "{day} 这场接访的预约已于 {cutoff} 截止，请改约其他场次"),
            field="session_id", day=row.day.isoformat(),
            cutoff=f"{local_time(row.booking_cutoff_at):%Y-%m-%d %H:%M}")


def pick_slot(session: Session, row: ReceptionSession, wanted: datetime | None) -> datetime:
    """The slot to book: `wanted` if it is one of the session's and has a place, else the
    first with a place; SessionFull when none has."""
    slots = slots_of(session, row)
    if sum(slot.taken for slot in slots) >= row.capacity:
        raise SessionFull(QT_TRANSLATE_NOOP(
            "Errors", "{day} 这场接访的 {capacity} 个名额已约满，请选择其他场次"),
            field="session_id", day=row.day.isoformat(), capacity=row.capacity)
    if wanted is None:
        return next(slot.at for slot in slots if slot.free)
    for slot in slots:
        if slot.at == wanted:
            if not slot.free:
                raise SessionFull(QT_TRANSLATE_NOOP(
                    "Errors", "{time} 这个时段已有人预约，请选择其他时段"),
                    field="slot", time=slot.time_text)
            return slot.at
    raise BookingError(QT_TRANSLATE_NOOP("Errors", "请从这场接访的时段中选择一个"),
                       field="slot")


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the last day of a shorter month).
    A look-back window, not a time limit: not counted on the official calendar."""
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def matter_refusals(session: Session, leader: Leader, *, visitor_id: uuid.UUID | None,
                    case: Visit | None, category_code: str | None,
                    today: date) -> tuple[FoundRefusal, ...]:
    """Every booking rule the matter breaks (empty: it may be booked)."""
    names = category_names(session)
    found: list[FoundRefusal] = []
    portfolio = split_ids(leader.portfolio)
    if category_code and portfolio and not any(
            category_code == code or category_code.startswith(code) for code in portfolio):
        found.append(FoundRefusal(Refusal.OUTSIDE_PORTFOLIO, {
            "category": names.get(category_code, category_code), "leader": leader.name,
            "portfolio": "、".join(names.get(code, code) for code in portfolio)}))
    cases: Sequence[Visit]
    if case is not None:
        cases = [case]
    elif visitor_id is not None and category_code:
        cases = session.scalars(select(Visit).where(
            Visit.visitor_id == visitor_id, Visit.case_number.is_not(None),
            Visit.content_category_code == category_code, Visit.deleted_at.is_(None))
            .order_by(Visit.received_on)).all()
    else:
        cases = []
    since = months_before(today, RECENT_MONTHS)
    for row in cases:
        refusal = _case_refusal(session, row, since)
        if refusal is not None and refusal not in (item.refusal for item in found):
            found.append(FoundRefusal(refusal, {
                "case": row.case_number or "—",
                "day": row.received_on.isoformat() if row.received_on else "—"}))
    return tuple(found)


def _case_refusal(session: Session, case: Visit, since: date) -> Refusal | None:
    steps = steps_of(session, case.id)
    chain_kinds = {StepKind(step.kind) for step in effective_chain(steps)}
    if chain_kinds & {StepKind.REVIEWED, StepKind.RE_REVIEWED} or case.case_status in (
            CaseStatus.REVIEW.value, CaseStatus.RE_REVIEW.value):
        return Refusal.REVIEWED
    if is_final(steps) or case.case_status == CaseStatus.CLOSED.value:
        return Refusal.CLOSED
    in_progress = case.case_status in (CaseStatus.REVIEWING.value, CaseStatus.ACCEPTED.value)
    if in_progress and case.received_on is not None and case.received_on >= since:
        return Refusal.RECENT_IN_PROGRESS
    return None


def category_exists(session: Session, code: str) -> bool:
    row = session.get(ContentCategory, code)
    return row is not None and row.active
