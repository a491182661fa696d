"""A session's input checked before anything is written: times, place, leader,
capacity, the booking cut-off, a rest day, and the conflicts with other sessions.

Conflicts (SessionConflict, with the reason): the same leader in two sessions whose
times overlap; two sessions in one place (the same area and room) whose times overlap;
a session on a rest day of the official calendar unless `confirm_rest_day`. Cancelled
sessions take nobody's time.

The default booking cut-off is the `reception_booking_cutoff` time (17:00) on the
working day before the session's day (holidays skipped, by the official calendar).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Area, Leader, ReceptionSession, SitInPerson
from desktop.calendar import Calendar
from desktop.clock import LOCAL_TZ, local_time
from desktop.i18n import QT_TRANSLATE_NOOP, Label
from desktop.reception.domain import (
    CENTRE_PLACE,
    SESSION_KIND_LABELS,
    ReceptionError,
    RestDayNotConfirmed,
    SessionConflict,
    SessionKind,
    SessionStatus,
)
from desktop.settings import registry
from desktop.text import clean_text, column_length

MAX_CAPACITY = 200
MIN_SLOT_MINUTES = 5
MAX_SLOT_MINUTES = 240
MAX_TOPICS = 500


@dataclass(frozen=True)
class SessionInput:
    """One session as the planner enters it (times are Asia/Shanghai wall-clock times)."""

    day: date
    start: time
    end: time
    kind: SessionKind
    leader_id: uuid.UUID | None
    place: str = ""  # the room or address; "" is the centre (接访/约访) or the area (下访)
    area_code: str | None = None  # 下访: the district or town visited (required)
    sit_in_ids: tuple[uuid.UUID, ...] = ()
    topics: str = ""
    capacity: int | None = None  # N visitors …
    slot_minutes: int | None = None  # … or slots of M minutes (capacity derived)
    booking_cutoff: datetime | None = None  # aware; None: the setting's default
    confirm_rest_day: bool = False


@dataclass(frozen=True)
class CleanSession:
    day: date
    starts_at: datetime  # UTC
    ends_at: datetime
    kind: SessionKind
    leader_id: uuid.UUID
    leader_name: str
    place: str
    area_code: str | None
    sit_in_ids: str  # "," joined
    topics: str
    capacity: int
    slot_minutes: int | None
    booking_cutoff_at: datetime
    on_rest_day: bool


def local_instant(day: date, at: time) -> datetime:
    return datetime.combine(day, at, LOCAL_TZ).astimezone(UTC)


def default_cutoff(session: Session, calendar: Calendar, day: date) -> datetime:
    """`reception_booking_cutoff` (e.g. 17:00) on the last working day before `day`."""
    hours, minutes = registry.read_value(session, registry.RECEPTION_BOOKING_CUTOFF).split(":")
    before = day - timedelta(days=1)
    for _ in range(31):
        if calendar.is_working_day(before):
            break
        before -= timedelta(days=1)
    return local_instant(before, time(int(hours), int(minutes)))


def slot_count(start: time, end: time, minutes: int) -> int:
    span = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return span // minutes


def clean_session(session: Session, calendar: Calendar, data: SessionInput, *,
                  today: date, check_past: bool = True,
                  keep_leader: uuid.UUID | None = None) -> CleanSession:
    """Every input checked (first refusal raises with `field`); conflicts not yet."""
    if check_past and data.day < today:
        raise ReceptionError(QT_TRANSLATE_NOOP(
            "Errors", "接访日期 {day} 已经过去，请选择今天或以后的日期"),
            field="day", day=data.day.isoformat())
    if data.end <= data.start:
        raise ReceptionError(QT_TRANSLATE_NOOP(
            "Errors", "结束时间应晚于开始时间（如 09:00–11:30）"), field="end")
    try:
        kind = SessionKind(data.kind)
    except ValueError:
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "请选择接访方式：接访、下访或约访"),
                             field="kind") from None
    leader = _leader(session, data.leader_id, keep_leader)
    area_code, area_name = _area(session, kind, data.area_code)
    place = clean_text(data.place, field="place", label=QT_TRANSLATE_NOOP("Fields", "地点"),
                       limit=column_length(ReceptionSession.place), error=ReceptionError)
    if not place:
        place = area_name if kind is SessionKind.DOWN else CENTRE_PLACE
    topics = clean_text(data.topics, field="topics", multiline=True, limit=MAX_TOPICS,
                        label=QT_TRANSLATE_NOOP("Fields", "接访主题"), error=ReceptionError)
    capacity, slot_minutes = _capacity(data)
    starts_at = local_instant(data.day, data.start)
    if data.booking_cutoff is None:
        cutoff = default_cutoff(session, calendar, data.day)
    else:
        if data.booking_cutoff.tzinfo is None:
            raise ValueError("booking_cutoff must be an aware datetime")
        cutoff = data.booking_cutoff.astimezone(UTC)
        if cutoff > starts_at:
            raise ReceptionError(QT_TRANSLATE_NOOP(
                "Errors", "预约截止时间应在接访开始之前（接访 {start} 开始）"),
                field="booking_cutoff", start=f"{data.day.isoformat()} {data.start:%H:%M}")
    on_rest_day = not calendar.is_working_day(data.day)
    if on_rest_day and not data.confirm_rest_day:
        raise RestDayNotConfirmed(QT_TRANSLATE_NOOP(
            "Errors", "{day} 是休息日（法定节假日或周末），一般不安排接访；确需安排请勾选“确认在休息日接访”"),  # noqa: E501
            field="day", day=data.day.isoformat())
    return CleanSession(
        day=data.day, starts_at=starts_at, ends_at=local_instant(data.day, data.end), kind=kind,
        leader_id=leader.id, leader_name=leader.name, place=place, area_code=area_code,
        sit_in_ids=",".join(str(person) for person in _sit_ins(session, data.sit_in_ids)),
        topics=topics, capacity=capacity, slot_minutes=slot_minutes,
        booking_cutoff_at=cutoff, on_rest_day=on_rest_day,
    )


def _leader(session: Session, leader_id: uuid.UUID | None,
            keep_leader: uuid.UUID | None) -> Leader:
    row = session.get(Leader, leader_id) if leader_id is not None else None
    if row is None or row.deleted_at is not None:
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "请选择接访领导"), field="leader_id")
    if not row.active and row.id != keep_leader:
        raise ReceptionError(QT_TRANSLATE_NOOP(
            "Errors", "{name} 已不在接访名册中（已停用），请选择其他领导"),
            field="leader_id", name=row.name)
    return row


def _area(session: Session, kind: SessionKind, code: str | None) -> tuple[str | None, str]:
    if not code:
        if kind is SessionKind.DOWN:
            raise ReceptionError(QT_TRANSLATE_NOOP(
                "Errors", "下访请选择去往的区县或乡镇"), field="area_code")
        return None, ""
    name = session.scalar(select(Area.name).where(Area.code == code))
    if name is None:
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "地区代码 {code} 不存在，请从列表中选择"),
                             field="area_code", code=code)
    return code, name


def _capacity(data: SessionInput) -> tuple[int, int | None]:
    if data.slot_minutes is not None:
        if not MIN_SLOT_MINUTES <= data.slot_minutes <= MAX_SLOT_MINUTES:
            raise ReceptionError(QT_TRANSLATE_NOOP(
                "Errors", "每个时段应为 {low} 到 {high} 分钟"), field="slot_minutes",
                low=MIN_SLOT_MINUTES, high=MAX_SLOT_MINUTES)
        count = slot_count(data.start, data.end, data.slot_minutes)
        if count < 1:
            raise ReceptionError(QT_TRANSLATE_NOOP(
                "Errors", "接访时长不够一个 {minutes} 分钟的时段，请缩短时段或延长接访时间"),
                field="slot_minutes", minutes=data.slot_minutes)
        return count, data.slot_minutes
    if data.capacity is None or not 1 <= data.capacity <= MAX_CAPACITY:
        raise ReceptionError(QT_TRANSLATE_NOOP(
            "Errors", "可接待人数应为 1 到 {most} 之间的整数"), field="capacity",
            most=MAX_CAPACITY)
    return data.capacity, None


def _sit_ins(session: Session, ids: tuple[uuid.UUID, ...]) -> list[uuid.UUID]:
    unique = list(dict.fromkeys(ids))
    if not unique:
        return []
    found = set(session.scalars(select(SitInPerson.id).where(
        SitInPerson.id.in_(unique), SitInPerson.deleted_at.is_(None))))
    if len(found) != len(unique):
        raise ReceptionError(QT_TRANSLATE_NOOP(
            "Errors", "所选陪同接访人员已不在名册中，请刷新后重新选择"), field="sit_in_ids")
    return unique


def check_conflicts(session: Session, clean: CleanSession,
                    ignore: uuid.UUID | frozenset[uuid.UUID] | None = None) -> None:
    """SessionConflict when the leader or the place is taken during the session's time."""
    ignored = ignore if isinstance(ignore, frozenset) else frozenset(
        {ignore} if ignore is not None else ())
    rows = session.scalars(select(ReceptionSession).where(
        ReceptionSession.starts_at < clean.ends_at, ReceptionSession.ends_at > clean.starts_at,
        ReceptionSession.status != SessionStatus.CANCELLED.value,
        ReceptionSession.deleted_at.is_(None)))
    for row in rows:
        if row.id in ignored:
            continue
        when = (f"{row.day.isoformat()} {local_time(row.starts_at):%H:%M}–"
                f"{local_time(row.ends_at):%H:%M}")
        if row.leader_id == clean.leader_id:
            raise SessionConflict(QT_TRANSLATE_NOOP(
                "Errors", "{name} 在 {when} 已安排在“{place}”{kind}，同一时间不能在两处接访"),
                field="leader_id", name=clean.leader_name, when=when,
                place=Label("Domain", row.place),
                kind=Label("Domain", SESSION_KIND_LABELS[SessionKind(row.kind)]))
        if row.place == clean.place and row.area_code == clean.area_code:
            other = session.get(Leader, row.leader_id)
            raise SessionConflict(QT_TRANSLATE_NOOP(
                "Errors", "“{place}”在 {when} 已有 {name} 的接访安排，请换一个地点或时间"),
                field="place", place=Label("Domain", row.place), when=when,
                name=other.name if other is not None else "")
