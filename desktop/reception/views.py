"""What the reception services hand out: plain frozen dataclasses, built from rows here.

Labels are untranslated Chinese (context "Domain"); times are Asia/Shanghai wall-clock
times of the session's own day; `booking_cutoff_at` and `published_at` are UTC instants.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Area, Leader, ReceptionSession, ReceptionSwap, SitInPerson
from desktop.clock import local_time
from desktop.reception.bookings import count_bookings
from desktop.reception.domain import (
    SESSION_KIND_LABELS,
    SESSION_STATUS_LABELS,
    SIT_IN_ROLE_LABELS,
    SessionKind,
    SessionStatus,
    SitInRole,
)
from desktop.reception.roster import category_names, split_ids


@dataclass(frozen=True)
class SitInView:
    person_id: uuid.UUID
    name: str
    role_label: str  # untranslated (context "Domain")
    unit: str


@dataclass(frozen=True)
class SessionItem:
    session_id: uuid.UUID
    day: date  # the Asia/Shanghai day the session belongs to
    start: time  # local wall-clock times
    end: time
    starts_at: datetime  # UTC
    ends_at: datetime  # UTC
    kind: SessionKind
    kind_label: str
    place: str  # the room or address as printed
    area_code: str | None  # 下访: the district or town
    area_name: str
    leader_id: uuid.UUID
    leader_name: str
    leader_post: str
    portfolio_names: tuple[str, ...]  # the leader's 分管领域
    sit_ins: tuple[SitInView, ...]
    topics: str
    capacity: int  # visitors (for slots: the number of slots)
    slot_minutes: int | None
    booking_cutoff_at: datetime  # UTC; bookings close then
    status: SessionStatus
    status_label: str
    rule_id: uuid.UUID | None
    planned_day: date | None  # the rule's own date when the session was moved off it
    on_rest_day: bool  # held on a rest day (confirmed when planned)
    published_at: datetime | None
    bookings: int
    version: int  # goes up with every change (the .ics SEQUENCE)

    @property
    def time_text(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    @property
    def place_text(self) -> str:
        if self.area_name and self.area_name not in self.place:
            return f"{self.area_name} {self.place}"
        return self.place

    @property
    def portfolio_text(self) -> str:
        return "、".join(self.portfolio_names)

    @property
    def is_published(self) -> bool:
        return self.status is SessionStatus.PUBLISHED


@dataclass(frozen=True)
class SwapItem:
    at: datetime  # UTC
    from_leader: str
    to_leader: str
    requested_by: str
    reason: str
    actor: str


@dataclass(frozen=True)
class SessionDetail:
    session: SessionItem
    swaps: tuple[SwapItem, ...]  # oldest first


def session_items(session: Session, rows: Sequence[ReceptionSession]) -> tuple[SessionItem, ...]:
    """Items for `rows` (any order kept), reading leaders, people and areas once."""
    if not rows:
        return ()
    leader_ids = {row.leader_id for row in rows}
    leaders = {row.id: row for row in session.scalars(
        select(Leader).where(Leader.id.in_(leader_ids)))}
    people_ids = {uuid.UUID(text) for row in rows for text in split_ids(row.sit_in_ids)}
    people = {row.id: row for row in session.scalars(
        select(SitInPerson).where(SitInPerson.id.in_(people_ids)))} if people_ids else {}
    area_codes = {row.area_code for row in rows if row.area_code}
    areas = dict(session.execute(
        select(Area.code, Area.name).where(Area.code.in_(area_codes))).all()) \
        if area_codes else {}
    names = category_names(session)
    bookings = count_bookings(session, [row.id for row in rows])
    return tuple(_item(row, leaders[row.leader_id], people, areas, names, bookings[row.id])
                 for row in rows)


def _item(row: ReceptionSession, leader: Leader, people: dict[uuid.UUID, SitInPerson],
          areas: dict[str, str], names: dict[str, str], bookings: int) -> SessionItem:
    kind = SessionKind(row.kind)
    status = SessionStatus(row.status)
    sit_ins = []
    for text in split_ids(row.sit_in_ids):
        person = people.get(uuid.UUID(text))
        if person is not None:
            sit_ins.append(SitInView(person.id, person.name,
                                     SIT_IN_ROLE_LABELS[SitInRole(person.role)], person.unit))
    return SessionItem(
        session_id=row.id, day=row.day,
        start=local_time(row.starts_at).time().replace(tzinfo=None),
        end=local_time(row.ends_at).time().replace(tzinfo=None),
        starts_at=row.starts_at, ends_at=row.ends_at,
        kind=kind, kind_label=SESSION_KIND_LABELS[kind],
        place=row.place, area_code=row.area_code,
        area_name=areas.get(row.area_code, "") if row.area_code else "",
        leader_id=leader.id, leader_name=leader.name, leader_post=leader.post,
        portfolio_names=tuple(names.get(code, code) for code in split_ids(leader.portfolio)),
        sit_ins=tuple(sit_ins), topics=row.topics, capacity=row.capacity,
        slot_minutes=row.slot_minutes, booking_cutoff_at=row.booking_cutoff_at,
        status=status, status_label=SESSION_STATUS_LABELS[status], rule_id=row.rule_id,
        planned_day=row.planned_day, on_rest_day=row.on_rest_day,
        published_at=row.published_at, bookings=bookings, version=row.version,
    )


def swap_items(session: Session, session_id: uuid.UUID) -> tuple[SwapItem, ...]:
    rows = list(session.scalars(select(ReceptionSwap).where(
        ReceptionSwap.session_id == session_id).order_by(ReceptionSwap.at)))
    ids: Iterable[uuid.UUID] = {r.from_leader_id for r in rows} | {r.to_leader_id for r in rows}
    names = dict(session.execute(select(Leader.id, Leader.name).where(
        Leader.id.in_(list(ids)))).all()) if rows else {}
    return tuple(SwapItem(at=r.at, from_leader=names.get(r.from_leader_id, ""),
                          to_leader=names.get(r.to_leader_id, ""), requested_by=r.requested_by,
                          reason=r.reason, actor=r.actor) for r in rows)
