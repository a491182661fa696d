"""Planning reception sessions: one-off sessions, recurrence rules, leader swaps, and
publishing (ReceptionService).

A session is born a draft; only a published one is visible (board, papers, exports) and
bookable. Publishing a session less than `reception_publish_days` (default 3) days
ahead needs `confirm_short_notice`, else PublishTooLate says so. Unpublishing,
cancelling, or moving a session (day, time, place) is refused while it has bookings
(`bookings.count_bookings`; 0 until the booking wing exists).

Rules (`preview_rule`, `save_rule`): the dates come from `recurrence.expand` on the
official calendar; leaders take the held sessions in rotation (a skipped date takes no
turn); every date is conflict-checked, and one conflict refuses the whole rule with the
date and the reason, so nothing half-planned is saved.

Every call is one transaction; all dates are counted on `load_calendar(session)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Leader, ReceptionRule, ReceptionSession, ReceptionSwap
from desktop.accounts.permissions import Permission, require
from desktop.cases.calendar_store import load_calendar
from desktop.clock import service_day
from desktop.i18n import QT_TRANSLATE_NOOP, Label, UserError
from desktop.reception.bookings import count_bookings
from desktop.reception.checks import (
    CleanSession,
    SessionInput,
    check_conflicts,
    clean_session,
)
from desktop.reception.domain import (
    HolidayPolicy,
    PublishTooLate,
    ReceptionError,
    RulePattern,
    SessionConflict,
    SessionHasBookings,
    SessionKind,
    SessionStatus,
)
from desktop.reception.recurrence import MAX_RULE_DAYS, Outcome, RuleSpec, expand
from desktop.reception.views import SessionDetail, SessionItem, session_items, swap_items
from desktop.service import TerminalService
from desktop.settings import registry
from desktop.text import clean_text, column_length

MAX_LIST_DAYS = 400


@dataclass(frozen=True)
class RuleInput:
    """A recurrence rule and the session it repeats (times are local wall-clock)."""

    title: str
    pattern: RulePattern
    first_day: date
    last_day: date
    leader_ids: tuple[uuid.UUID, ...]  # in rotation, in this order
    start: time
    end: time
    weekday: int | None = None  # 0 = Monday … 4 = Friday
    nth: int | None = None  # 1–5, or -1 for the last (monthly_weekday)
    holiday_policy: HolidayPolicy = HolidayPolicy.MOVE
    makeup_days: bool = False  # see recurrence.py: 调休 weekends count as working days
    kind: SessionKind = SessionKind.RECEPTION
    place: str = ""
    area_code: str | None = None
    sit_in_ids: tuple[uuid.UUID, ...] = ()
    topics: str = ""
    capacity: int | None = None
    slot_minutes: int | None = None


@dataclass(frozen=True)
class PlannedDate:
    planned: date  # the pattern's date
    day: date | None  # the session's day; None: not held (skipped / merged)
    outcome: Outcome
    estimated: bool
    leader_id: uuid.UUID | None
    leader_name: str
    conflict: UserError | None  # why this date cannot be planned (the rule is refused)


@dataclass(frozen=True)
class RulePreview:
    dates: tuple[PlannedDate, ...]

    @property
    def held(self) -> tuple[PlannedDate, ...]:
        return tuple(d for d in self.dates if d.day is not None)

    @property
    def conflicts(self) -> tuple[PlannedDate, ...]:
        return tuple(d for d in self.dates if d.conflict is not None)


@dataclass(frozen=True)
class RuleSaved:
    rule_id: uuid.UUID
    sessions: tuple[SessionItem, ...]  # drafts, by day
    preview: RulePreview


@dataclass(frozen=True)
class PublishResult:
    published: tuple[SessionItem, ...]
    already: int  # already published, left as they were


class ReceptionService(TerminalService):
    # ------------------------------------------------------------------ reading

    def list_sessions(self, first: date, last: date, *,
                      include_cancelled: bool = True) -> tuple[SessionItem, ...]:
        """Sessions whose day is in [first, last], by start time."""
        _check_range(first, last)
        with self._sessions.begin() as session:
            query = select(ReceptionSession).where(
                ReceptionSession.day >= first, ReceptionSession.day <= last,
                ReceptionSession.deleted_at.is_(None)).order_by(ReceptionSession.starts_at)
            if not include_cancelled:
                query = query.where(ReceptionSession.status != SessionStatus.CANCELLED.value)
            return session_items(session, list(session.scalars(query)))

    def session_detail(self, session_id: uuid.UUID) -> SessionDetail:
        with self._sessions.begin() as session:
            row = _get(session, session_id)
            return SessionDetail(session_items(session, [row])[0], swap_items(session, row.id))

    def today(self) -> date:
        return service_day(self._clock())

    # ------------------------------------------------------------------ one-off sessions

    def create_session(self, data: SessionInput) -> SessionItem:
        """A draft session, checked and conflict-free."""
        require(self._actor(), Permission.MANAGE_RECEPTION)
        with self._sessions.begin() as session:
            clean = clean_session(session, load_calendar(session), data, today=self.today())
            check_conflicts(session, clean)
            row = ReceptionSession(origin_terminal=self._workstation.terminal_code,
                                   status=SessionStatus.DRAFT.value,
                                   created_by=self._workstation.operator,
                                   **_columns(clean))
            session.add(row)
            session.flush()
            return session_items(session, [row])[0]

    def update_session(self, session_id: uuid.UUID, data: SessionInput) -> SessionItem:
        """Change a draft or published session (a published one stays published)."""
        require(self._actor(), Permission.MANAGE_RECEPTION)
        with self._sessions.begin() as session:
            row = _get(session, session_id)
            _refuse_cancelled(row)
            clean = clean_session(session, load_calendar(session), data, today=self.today(),
                                  keep_leader=row.leader_id)
            moved = (clean.starts_at, clean.ends_at, clean.place, clean.area_code) != (
                row.starts_at, row.ends_at, row.place, row.area_code)
            if moved:
                _refuse_bookings(session, row, QT_TRANSLATE_NOOP(
                    "Errors", "该场接访已有 {count} 人预约，不能直接改日期、时间或地点；请先处理这些预约"))  # noqa: E501
            check_conflicts(session, clean, ignore=row.id)
            for key, value in _columns(clean).items():
                setattr(row, key, value)
            row.version += 1
            session.flush()
            return session_items(session, [row])[0]

    def swap_leader(self, session_id: uuid.UUID, to_leader_id: uuid.UUID,
                    requested_by: str, reason: str) -> SessionDetail:
        """A leader's swap request: who asked and why are recorded, and the session goes
        to `to_leader_id` (conflict-checked); the earlier swaps stay in the history."""
        require(self._actor(), Permission.MANAGE_RECEPTION)
        with self._sessions.begin() as session:
            row = _get(session, session_id)
            _refuse_cancelled(row)
            asked = _required(requested_by, "requested_by", QT_TRANSLATE_NOOP("Fields", "申请人"),
                              column_length(ReceptionSwap.requested_by))
            why = _required(reason, "reason", QT_TRANSLATE_NOOP("Fields", "换人原因"), 500)
            if to_leader_id == row.leader_id:
                raise ReceptionError(QT_TRANSLATE_NOOP(
                    "Errors", "换人请选择另一位领导（现在就是这位领导接访）"), field="to_leader_id")
            leader = session.get(Leader, to_leader_id)
            if leader is None or not leader.active or leader.deleted_at is not None:
                raise ReceptionError(QT_TRANSLATE_NOOP(
                    "Errors", "请从名册中选择接替的领导"), field="to_leader_id")
            clean = CleanSession(
                day=row.day, starts_at=row.starts_at, ends_at=row.ends_at,
                kind=SessionKind(row.kind), leader_id=leader.id, leader_name=leader.name,
                place=row.place, area_code=row.area_code, sit_in_ids=row.sit_in_ids,
                topics=row.topics, capacity=row.capacity, slot_minutes=row.slot_minutes,
                booking_cutoff_at=row.booking_cutoff_at, on_rest_day=row.on_rest_day)
            try:
                check_conflicts(session, clean, ignore=row.id)
            except SessionConflict as error:
                error.field = "to_leader_id"
                raise
            session.add(ReceptionSwap(
                origin_terminal=self._workstation.terminal_code, session_id=row.id,
                from_leader_id=row.leader_id, to_leader_id=leader.id, requested_by=asked,
                reason=why, at=self._clock(), actor=self._workstation.operator))
            row.leader_id = leader.id
            row.version += 1
            session.flush()
            return SessionDetail(session_items(session, [row])[0], swap_items(session, row.id))

    # ------------------------------------------------------------------ publishing

    def publish(self, session_ids: Sequence[uuid.UUID], *,
                confirm_short_notice: bool = False) -> PublishResult:
        """Publish drafts (all or none). Less than `reception_publish_days` ahead needs
        `confirm_short_notice`; a past or cancelled session is refused."""
        require(self._actor(), Permission.MANAGE_RECEPTION)
        today = self.today()
        with self._sessions.begin() as session:
            need = registry.read_value(session, registry.RECEPTION_PUBLISH_DAYS)
            rows = [_get(session, session_id) for session_id in dict.fromkeys(session_ids)]
            if not rows:
                raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "请先选择要发布的接访场次"))
            already = 0
            publish = []
            for row in sorted(rows, key=lambda r: r.starts_at):
                if row.status == SessionStatus.PUBLISHED.value:
                    already += 1
                    continue
                _refuse_cancelled(row)
                if row.day < today:
                    raise ReceptionError(QT_TRANSLATE_NOOP(
                        "Errors", "{day} 的接访已经过去，不能发布"), day=row.day.isoformat())
                ahead = row.day.toordinal() - today.toordinal()
                if ahead < need and not confirm_short_notice:
                    raise PublishTooLate(QT_TRANSLATE_NOOP(
                        "Errors", "{day} 的接访距今只有 {ahead} 天，按规定应至少提前 {need} 天公布；确需现在发布请确认"),  # noqa: E501
                        field="confirm_short_notice", day=row.day.isoformat(), ahead=ahead,
                        need=need)
                publish.append(row)
            now = self._clock()
            for row in publish:
                row.status = SessionStatus.PUBLISHED.value
                row.published_at = now
                row.published_by = self._workstation.operator
                row.version += 1
            session.flush()
            return PublishResult(session_items(session, publish), already)

    def unpublish(self, session_id: uuid.UUID) -> SessionItem:
        """Back to draft (no longer shown or bookable); refused while it has bookings."""
        require(self._actor(), Permission.MANAGE_RECEPTION)
        with self._sessions.begin() as session:
            row = _get(session, session_id)
            if row.status != SessionStatus.PUBLISHED.value:
                raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "该场接访尚未发布"))
            _refuse_bookings(session, row, QT_TRANSLATE_NOOP(
                "Errors", "该场接访已有 {count} 人预约，不能撤回发布；请先处理这些预约"))
            row.status = SessionStatus.DRAFT.value
            row.published_at = None
            row.published_by = None
            row.version += 1
            session.flush()
            return session_items(session, [row])[0]

    def cancel(self, session_id: uuid.UUID, reason: str) -> SessionItem:
        """Cancel a session (kept, marked 已取消); refused while it has bookings."""
        require(self._actor(), Permission.MANAGE_RECEPTION)
        with self._sessions.begin() as session:
            row = _get(session, session_id)
            _refuse_cancelled(row)
            why = _required(reason, "reason", QT_TRANSLATE_NOOP("Fields", "取消原因"), 500)
            _refuse_bookings(session, row, QT_TRANSLATE_NOOP(
                "Errors", "该场接访已有 {count} 人预约，不能直接取消；请先处理这些预约"))
            row.status = SessionStatus.CANCELLED.value
            row.cancel_reason = why
            row.version += 1
            session.flush()
            return session_items(session, [row])[0]

    # ------------------------------------------------------------------ rules

    def preview_rule(self, data: RuleInput) -> RulePreview:
        """The rule's dates on the official calendar, each with its leader and conflict;
        nothing is written."""
        with self._sessions.begin() as session:
            preview, _cleans = self._plan_rule(session, data)
            session.rollback()
            return preview

    def save_rule(self, data: RuleInput) -> RuleSaved:
        """The rule and its sessions as drafts, or nothing when any date conflicts."""
        require(self._actor(), Permission.MANAGE_RECEPTION)
        with self._sessions.begin() as session:
            preview, cleans = self._plan_rule(session, data)
            if not preview.held:
                raise ReceptionError(QT_TRANSLATE_NOOP(
                    "Errors", "按这条规则在所选期间内没有可安排的日期，请调整日期范围或规则"),
                    field="first_day")
            for planned in preview.conflicts:
                assert planned.conflict is not None and planned.day is not None
                raise SessionConflict(
                    QT_TRANSLATE_NOOP("Errors", "{day} 无法安排：{reason}"),
                    field=planned.conflict.field, day=planned.day.isoformat(),
                    reason=planned.conflict.message)
            rule = ReceptionRule(
                origin_terminal=self._workstation.terminal_code, title=_rule_title(data),
                pattern=data.pattern.value, weekday=data.weekday, nth=data.nth,
                holiday_policy=data.holiday_policy.value, makeup_days=data.makeup_days,
                leader_ids=",".join(str(i) for i in data.leader_ids),
                first_day=data.first_day, last_day=data.last_day,
                created_by=self._workstation.operator)
            session.add(rule)
            session.flush()
            for row in cleans:
                row.rule_id = rule.id
            session.flush()
            rows = sorted(cleans, key=lambda r: r.starts_at)
            return RuleSaved(rule.id, session_items(session, rows), preview)

    def _plan_rule(self, session: Session,
                   data: RuleInput) -> tuple[RulePreview, list[ReceptionSession]]:
        """Expand and check every date; the held ones are added to `session` as drafts
        (the caller commits or rolls back), so later dates see the earlier ones."""
        spec = _rule_spec(data)
        if not data.leader_ids:
            raise ReceptionError(QT_TRANSLATE_NOOP(
                "Errors", "请至少选择一位接访领导（多位按顺序轮流）"), field="leader_ids")
        calendar = load_calendar(session)
        today = self.today()
        rotation = list(dict.fromkeys(data.leader_ids))
        turn = 0
        dates: list[PlannedDate] = []
        rows: list[ReceptionSession] = []
        for found in expand(spec, calendar):
            if found.day is None:
                dates.append(PlannedDate(found.planned, None, found.outcome, found.estimated,
                                         None, "", None))
                continue
            leader_id = rotation[turn % len(rotation)]
            turn += 1
            leader = session.get(Leader, leader_id)
            template = SessionInput(
                day=found.day, start=data.start, end=data.end, kind=data.kind,
                leader_id=leader_id, place=data.place, area_code=data.area_code,
                sit_in_ids=data.sit_in_ids, topics=data.topics, capacity=data.capacity,
                slot_minutes=data.slot_minutes)
            conflict: UserError | None = None
            try:
                clean = clean_session(session, calendar, template, today=today)
                check_conflicts(session, clean)
            except SessionConflict as error:
                conflict = error
            except ReceptionError as error:
                # Not about this date (a missing leader, a bad time): the rule itself.
                if error.field in ("day",):
                    conflict = error
                else:
                    raise
            else:
                row = ReceptionSession(
                    origin_terminal=self._workstation.terminal_code,
                    status=SessionStatus.DRAFT.value, created_by=self._workstation.operator,
                    planned_day=found.planned if found.day != found.planned else None,
                    **_columns(clean))
                session.add(row)
                session.flush()
                rows.append(row)
            dates.append(PlannedDate(found.planned, found.day, found.outcome, found.estimated,
                                     leader_id, leader.name if leader else "", conflict))
        return RulePreview(tuple(dates)), rows


# ---------------------------------------------------------------------- helpers


def _check_range(first: date, last: date) -> None:
    if last < first or last.toordinal() - first.toordinal() > MAX_LIST_DAYS:
        raise ReceptionError(QT_TRANSLATE_NOOP(
            "Errors", "日期范围应从早到晚，且不超过 {most} 天"), field="last", most=MAX_LIST_DAYS)


def _rule_spec(data: RuleInput) -> RuleSpec:
    try:
        pattern = RulePattern(data.pattern)
    except ValueError:
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "请选择重复方式"),
                             field="pattern") from None
    if data.last_day < data.first_day:
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "结束日期应不早于开始日期"),
                             field="last_day")
    if data.last_day.toordinal() - data.first_day.toordinal() > MAX_RULE_DAYS:
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "一条规则最多安排两年内的接访"),
                             field="last_day")
    if pattern is not RulePattern.MONTHLY_WORKING_DAY and (
            data.weekday is None or not 0 <= data.weekday <= 4):
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "请选择星期一到星期五中的一天"),
                             field="weekday")
    if pattern is not RulePattern.WEEKLY:
        allowed = range(1, 6) if pattern is RulePattern.MONTHLY_WEEKDAY else range(1, 24)
        if data.nth is None or not (data.nth in allowed or (
                data.nth == -1 and pattern is RulePattern.MONTHLY_WEEKDAY)):
            raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "请选择每月的第几个"), field="nth")
    return RuleSpec(pattern=pattern, first_day=data.first_day, last_day=data.last_day,
                    weekday=data.weekday, nth=data.nth,
                    holiday_policy=HolidayPolicy(data.holiday_policy),
                    makeup_days=data.makeup_days)


def _rule_title(data: RuleInput) -> str:
    title = clean_text(data.title, field="title", label=QT_TRANSLATE_NOOP("Fields", "规则名称"),
                       limit=column_length(ReceptionRule.title), error=ReceptionError)
    return title or f"{data.pattern.value} {data.first_day.isoformat()}"


def _columns(clean: CleanSession) -> dict[str, object]:
    return {"day": clean.day, "starts_at": clean.starts_at, "ends_at": clean.ends_at,
            "kind": clean.kind.value, "leader_id": clean.leader_id, "place": clean.place,
            "area_code": clean.area_code, "sit_in_ids": clean.sit_in_ids,
            "topics": clean.topics, "capacity": clean.capacity,
            "slot_minutes": clean.slot_minutes, "booking_cutoff_at": clean.booking_cutoff_at,
            "on_rest_day": clean.on_rest_day}


def _get(session: Session, session_id: uuid.UUID) -> ReceptionSession:
    row = session.get(ReceptionSession, session_id)
    if row is None or row.deleted_at is not None:
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "找不到这场接访，可能已被删除；请刷新后重试"))  # noqa: E501
    return row


def _refuse_cancelled(row: ReceptionSession) -> None:
    if row.status == SessionStatus.CANCELLED.value:
        raise ReceptionError(QT_TRANSLATE_NOOP(
            "Errors", "{day} 的这场接访已取消，不能再修改或发布"), day=row.day.isoformat())


def _refuse_bookings(session: Session, row: ReceptionSession, template: str) -> None:
    count = count_bookings(session, [row.id])[row.id]
    if count:
        raise SessionHasBookings(template, count=count)


def _required(value: str, field: str, label: str, limit: int) -> str:
    text = clean_text(value, field=field, label=label, limit=limit, multiline=False,
                      error=ReceptionError)
    if not text:
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "请填写{label}"), field=field,
                             label=Label("Fields", label))
    return text


__all__ = ["PlannedDate", "PublishResult", "ReceptionService", "RuleInput", "RulePreview",
           "RuleSaved", "SessionInput"]
