"""Outcome and follow-up (批示与督办): InstructionService.

For each visitor received, the leader's decision or instruction (批示), the unit it is
assigned to (交办, from the units directory) and its deadlines: a written reply within
`reception_reply_days` (15) and the matter finished within `reception_finish_days` (30),
counted from the session's day on the official calendar (`load_calendar`, roll-over as
the centre's time limits). When the visitor's matter is a case, the instruction, the
reply and the result are side steps on its timeline (StepKind.INSTRUCTION,
UNIT_REPLIED) through lifecycle.record_step, the one write path of case steps.

The follow-up list (督办) shows open instructions with the deadline they wait on (the
reply, then the result): overdue, due within N days, on time; done ones on request.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    ReceptionBooking,
    ReceptionInstruction,
    ReceptionSession,
    Visit,
    Visitor,
)
from desktop.accounts.permissions import Permission, require
from desktop.cases.calendar_store import load_calendar
from desktop.cases.case_service import BACKFILL_NOTE, ROUTE_STEP
from desktop.cases.deadlines import DeadlineRules
from desktop.cases.lifecycle import record_step, steps_of
from desktop.cases.units import find_unit
from desktop.clock import service_day
from desktop.domain import Route, StepKind
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.reception.booking_domain import (
    FOLLOW_UP_LABELS,
    INSTRUCTION_STATUS_LABELS,
    BookingStatus,
    FollowUpState,
    InstructionStatus,
)
from desktop.reception.domain import ReceptionError
from desktop.service import TerminalService
from desktop.settings.reference import load_centre_settings
from desktop.text import clean_text

MAX_DECISION = 2000


@dataclass(frozen=True)
class InstructionInput:
    decision: str  # the leader's decision or instruction
    unit_code: str = ""  # 交办: the unit (units directory); "" when nothing is assigned
    booking_id: uuid.UUID | None = None  # a booked visitor …
    visit_id: uuid.UUID | None = None  # … or a walk-in's ticket


@dataclass(frozen=True)
class InstructionItem:
    instruction_id: uuid.UUID
    session_id: uuid.UUID
    session_day: date
    leader_name: str
    visitor_name: str
    phone: str
    case_number: str | None
    decision: str
    unit_code: str | None
    unit_name: str
    given_on: date
    reply_due: date | None
    finish_due: date | None
    status: InstructionStatus
    status_label: str
    follow_up: FollowUpState
    follow_up_label: str
    waiting_due: date | None  # the deadline it waits on now
    days_left: int | None  # calendar days to `waiting_due` (negative: overdue)
    replied_on: date | None
    reply: str | None
    finished_on: date | None
    result: str | None


@dataclass(frozen=True)
class FollowUpList:
    items: tuple[InstructionItem, ...]
    overdue: int
    due_soon: int
    open: int


class InstructionService(TerminalService):
    def record(self, data: InstructionInput) -> InstructionItem:
        require(self._actor(), Permission.REGISTER_VISITS)
        decision = _text(data.decision, "decision", QT_TRANSLATE_NOOP("Fields", "领导批示"),
                         required=True)
        now = self._clock()
        with self._sessions.begin() as session:
            booking, visit = _subject(session, data)
            held_id = booking.session_id if booking else _walk_in_session(session, visit)
            held = session.get(ReceptionSession, held_id)
            assert held is not None
            unit_name = ""
            unit_code = data.unit_code.strip() or None
            if unit_code:
                unit = find_unit(session, unit_code)
                if unit is None or not unit.active:
                    raise ReceptionError(QT_TRANSLATE_NOOP(
                        "Errors", "请从承办单位名录中选择交办单位"), field="unit_code")
                unit_name = unit.name
            settings = load_centre_settings(session)
            calendar = load_calendar(session)
            given_on = held.day
            reply_due = finish_due = None
            if unit_code:
                reply_due = calendar.add_days(given_on, settings.reception_reply_days,
                                              roll_over=settings.deadline_roll_over).due
                finish_due = calendar.add_days(given_on, settings.reception_finish_days,
                                               roll_over=settings.deadline_roll_over).due
            case = _case_of(session, booking, visit)
            visitor_id = booking.visitor_id if booking else visit.visitor_id  # type: ignore[union-attr]
            row = ReceptionInstruction(
                origin_terminal=self._workstation.terminal_code,
                booking_id=booking.id if booking else None, session_id=held.id,
                visitor_id=visitor_id, case_visit_id=case.id if case else None,
                decision=decision, unit_code=unit_code, unit_name=unit_name, given_on=given_on,
                reply_due=reply_due, finish_due=finish_due,
                status=(InstructionStatus.OPEN if unit_code else InstructionStatus.DONE).value,
                recorded_by=self._workstation.operator)
            session.add(row)
            if booking is not None:
                booking.status = BookingStatus.RECEIVED.value
                booking.version += 1
            if case is not None:
                note = decision if not unit_name else f"交办{unit_name}：{decision}"
                self._step(session, case, StepKind.INSTRUCTION, min(given_on, service_day(now)),
                           note, unit_name or None)
            session.flush()
            return _items(session, [row], service_day(now), 3)[0]

    def record_reply(self, instruction_id: uuid.UUID, on_date: date, reply: str
                     ) -> InstructionItem:
        """The unit's written reply (书面回复)."""
        require(self._actor(), Permission.REGISTER_VISITS)
        return self._progress(instruction_id, on_date, reply, done=False)

    def record_result(self, instruction_id: uuid.UUID, on_date: date, result: str
                      ) -> InstructionItem:
        """The result the unit reports (办理结果): the instruction is done."""
        require(self._actor(), Permission.REGISTER_VISITS)
        return self._progress(instruction_id, on_date, result, done=True)

    def follow_up(self, *, within_days: int = 3, include_done: bool = False) -> FollowUpList:
        require(self._actor(), Permission.VIEW_CASES)
        today = service_day(self._clock())
        with self._sessions.begin() as session:
            query = select(ReceptionInstruction).where(
                ReceptionInstruction.deleted_at.is_(None),
                ReceptionInstruction.unit_code.is_not(None))
            if not include_done:
                query = query.where(
                    ReceptionInstruction.status != InstructionStatus.DONE.value)
            rows = list(session.scalars(query.order_by(ReceptionInstruction.finish_due,
                                                       ReceptionInstruction.given_on)))
            items = _items(session, rows, today, within_days)
            ordered = sorted(items, key=lambda i: (
                [FollowUpState.OVERDUE, FollowUpState.DUE_SOON, FollowUpState.ON_TIME,
                 FollowUpState.DONE].index(i.follow_up), i.waiting_due or date.max))
            return FollowUpList(
                tuple(ordered),
                overdue=sum(i.follow_up is FollowUpState.OVERDUE for i in items),
                due_soon=sum(i.follow_up is FollowUpState.DUE_SOON for i in items),
                open=sum(i.status is not InstructionStatus.DONE for i in items))

    def of_session(self, session_id: uuid.UUID) -> tuple[InstructionItem, ...]:
        require(self._actor(), Permission.VIEW_CASES)
        today = service_day(self._clock())
        with self._sessions.begin() as session:
            rows = list(session.scalars(select(ReceptionInstruction).where(
                ReceptionInstruction.session_id == session_id,
                ReceptionInstruction.deleted_at.is_(None))
                .order_by(ReceptionInstruction.updated_at)))
            return _items(session, rows, today, 3)

    # ------------------------------------------------------------------ helpers

    def _progress(self, instruction_id: uuid.UUID, on_date: date, text: str, *, done: bool
                  ) -> InstructionItem:
        label = QT_TRANSLATE_NOOP("Fields", "办理结果") if done else QT_TRANSLATE_NOOP(
            "Fields", "书面回复")
        content = _text(text, "result" if done else "reply", label, required=True)
        now = self._clock()
        today = service_day(now)
        with self._sessions.begin() as session:
            row = session.get(ReceptionInstruction, instruction_id, with_for_update=True)
            if row is None or row.deleted_at is not None:
                raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "找不到这条批示，请刷新后重试"))
            if row.status == InstructionStatus.DONE.value:
                raise ReceptionError(QT_TRANSLATE_NOOP(
                    "Errors", "这条批示已办结，不能再记录"), field="on_date")
            if on_date > today or on_date < row.given_on:
                raise ReceptionError(QT_TRANSLATE_NOOP(
                    "Errors", "日期应在批示日期 {given} 到今天之间"), field="on_date",
                    given=row.given_on.isoformat())
            if done:
                row.finished_on, row.result = on_date, content
                row.status = InstructionStatus.DONE.value
                if row.replied_on is None:
                    row.replied_on, row.reply = on_date, content
            else:
                row.replied_on, row.reply = on_date, content
                row.status = InstructionStatus.REPLIED.value
            row.version += 1
            case = session.get(Visit, row.case_visit_id) if row.case_visit_id else None
            if case is not None:
                prefix = "办理结果" if done else "书面回复"
                self._step(session, case, StepKind.UNIT_REPLIED, on_date,
                           f"{prefix}：{content}", row.unit_name or None)
            session.flush()
            return _items(session, [row], today, 3)[0]

    def _step(self, session: Session, case: Visit, kind: StepKind, on_date: date, note: str,
              unit_name: str | None) -> None:
        settings = load_centre_settings(session)
        rules = DeadlineRules(accept_notice_days=settings.accept_notice_days,
                              handling_days=settings.handling_days,
                              extension_days=settings.handling_extension_days,
                              roll_over=settings.deadline_roll_over)
        calendar = load_calendar(session)
        now = self._clock()
        if not steps_of(session, case.id) and case.received_on is not None:
            # An old case gets its registration's steps first (as CaseService does).
            kinds = [StepKind.REGISTERED]
            if case.route:
                kinds.append(ROUTE_STEP[Route(case.route)])
            for early in kinds:
                record_step(session, case, early, case.received_on,
                            workstation=self._workstation, now=now, rules=rules,
                            calendar=calendar, note=BACKFILL_NOTE,
                            unit_name=case.route_unit if early is StepKind.TRANSFERRED else None)
        record_step(session, case, kind, max(on_date, case.received_on or on_date),
                    workstation=self._workstation, now=now, rules=rules, calendar=calendar,
                    unit_name=unit_name, note=note)


def _text(value: str, field: str, label: str, *, required: bool) -> str:
    text = clean_text(value, field=field, label=label, limit=MAX_DECISION, error=ReceptionError)
    if required and not text:
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "请填写{label}"), field=field,
                             label=label)
    return text


def _subject(session: Session, data: InstructionInput
             ) -> tuple[ReceptionBooking | None, Visit | None]:
    if data.booking_id is not None:
        booking = session.get(ReceptionBooking, data.booking_id, with_for_update=True)
        if booking is None or booking.status == BookingStatus.CANCELLED.value:
            raise ReceptionError(QT_TRANSLATE_NOOP(
                "Errors", "找不到这个预约，可能已取消；请刷新后重试"), field="booking_id")
        visit = session.get(Visit, booking.visit_id) if booking.visit_id else None
        return booking, visit
    if data.visit_id is not None:
        visit = session.get(Visit, data.visit_id)
        if visit is not None:
            return None, visit
    raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "请先选择接谈的来访人"),
                         field="booking_id")


def _walk_in_session(session: Session, visit: Visit | None) -> uuid.UUID:
    assert visit is not None
    found = session.scalar(select(ReceptionSession.id).where(
        ReceptionSession.day == visit.service_day, ReceptionSession.status == "published",
        ReceptionSession.deleted_at.is_(None)).order_by(ReceptionSession.starts_at))
    if found is None:
        raise ReceptionError(QT_TRANSLATE_NOOP(
            "Errors", "{day} 没有已发布的领导接访，无法记录批示"), field="visit_id",
            day=visit.service_day.isoformat())
    return found


def _case_of(session: Session, booking: ReceptionBooking | None, visit: Visit | None
             ) -> Visit | None:
    """The case the instruction belongs to: the booked matter, else the day's
    registration (its own case, or the case it was linked to)."""
    if booking is not None and booking.case_visit_id is not None:
        return session.get(Visit, booking.case_visit_id)
    if visit is not None:
        if visit.case_visit_id is not None:
            return session.get(Visit, visit.case_visit_id)
        if visit.case_number is not None and visit.received_on is not None:
            return visit
    return None


def _items(session: Session, rows: list[ReceptionInstruction], today: date,
           within_days: int) -> tuple[InstructionItem, ...]:
    from desktop.reception.views import session_items

    if not rows:
        return ()
    held = {s.id: s for s in session.scalars(select(ReceptionSession).where(
        ReceptionSession.id.in_({row.session_id for row in rows})))}
    leaders = {item.session_id: item.leader_name
               for item in session_items(session, list(held.values()))}
    visitors = {v.id: v for v in session.scalars(select(Visitor).where(
        Visitor.id.in_({row.visitor_id for row in rows})))}
    case_ids = {row.case_visit_id for row in rows if row.case_visit_id}
    cases = dict(session.execute(select(Visit.id, Visit.case_number).where(
        Visit.id.in_(case_ids))).all()) if case_ids else {}
    out = []
    for row in rows:
        status = InstructionStatus(row.status)
        waiting = {InstructionStatus.OPEN: row.reply_due,
                   InstructionStatus.REPLIED: row.finish_due}.get(status)
        left = waiting.toordinal() - today.toordinal() if waiting else None
        if status is InstructionStatus.DONE:
            state = FollowUpState.DONE
        elif left is not None and left < 0:
            state = FollowUpState.OVERDUE
        elif left is not None and left <= within_days:
            state = FollowUpState.DUE_SOON
        else:
            state = FollowUpState.ON_TIME
        visitor = visitors[row.visitor_id]
        out.append(InstructionItem(
            instruction_id=row.id, session_id=row.session_id,
            session_day=held[row.session_id].day, leader_name=leaders.get(row.session_id, ""),
            visitor_name=visitor.name, phone=visitor.phone or "",
            case_number=cases.get(row.case_visit_id) if row.case_visit_id else None,
            decision=row.decision, unit_code=row.unit_code, unit_name=row.unit_name,
            given_on=row.given_on, reply_due=row.reply_due, finish_due=row.finish_due,
            status=status, status_label=INSTRUCTION_STATUS_LABELS[status], follow_up=state,
            follow_up_label=FOLLOW_UP_LABELS[state], waiting_due=waiting, days_left=left,
            replied_on=row.replied_on, reply=row.reply, finished_on=row.finished_on,
            result=row.result))
    return tuple(out)
