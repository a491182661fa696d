"""ORM models. Synced tables use UUIDv7 keys and the SyncedMixin columns."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, SyncedMixin, UtcDateTime, new_id, utc_now


class Terminal(Base):
    """A counter PC. `slot` (1–9) is part of every ticket and case number it issues,
    which is what keeps numbers unique across terminals that cannot see each other."""

    __tablename__ = "terminal"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    slot: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class Setting(Base):
    """Centre-wide settings (centre name, address, time limits, …) editable by an admin."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class User(SyncedMixin, Base):
    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(64), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    # Failed logins in a row (reset by a good one); past the limit the account is locked
    # until `locked_until` (desktop/accounts/login.py).
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class ContentCategory(Base):
    """内容分类 — editable seed data."""

    __tablename__ = "content_category"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    parent_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class Area(Base):
    """问题属地 — administrative areas (GB/T 2260 codes), editable seed data."""

    __tablename__ = "area"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    parent_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    level: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class Visitor(SyncedMixin, Base):
    __tablename__ = "visitor"
    __table_args__ = (UniqueConstraint("id_type", "id_number"),)

    id_type: Mapped[str] = mapped_column(String(24), nullable=False)
    id_number: Mapped[str] = mapped_column(String(40), nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    sex: Mapped[str | None] = mapped_column(String(8), nullable=True)
    ethnicity: Mapped[str | None] = mapped_column(String(16), nullable=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str | None] = mapped_column(String(32), nullable=True)
    hukou_address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    current_address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    work_unit: Mapped[str | None] = mapped_column(String(200), nullable=True)


def _not_null_index(name: str, column: str, *, unique: bool = False) -> Index:
    """An index of the rows where `column` is set. Migration 0004 makes it partial on
    PostgreSQL too; the model says only SQLite's form, because a `postgresql_where`
    here would load the PostgreSQL dialect (~40 ms, ~3 MiB) at every SQLite start
    (nothing creates tables from the models: the migrations do)."""
    return Index(name, column, unique=unique, sqlite_where=text(f"{column} IS NOT NULL"))


class Visit(SyncedMixin, Base):
    """One arrival: the queue ticket, then the registration (接谈登记) of the matter."""

    __tablename__ = "visit"
    __table_args__ = (
        UniqueConstraint("service_day", "ticket_number"),
        Index("ix_visit_visitor_issued", "visitor_id", "issued_at"),
        # Covers the queue: who is waiting today, in call order (category, arrival).
        Index("ix_visit_queue", "service_day", "queue_status", "category", "issued_at",
              "deleted_at"),
        # Partial: a ticket leaves these three NULL and writes no entry into them (every
        # index entry is a page the busiest call writes). A query on the column
        # (= value, <= date) implies IS NOT NULL, so both databases still use them.
        _not_null_index("uq_visit_case_number", "case_number", unique=True),
        _not_null_index("ix_visit_case_visit_id", "case_visit_id"),
        _not_null_index("ix_visit_next_due", "next_due"),
    )

    # Ticket
    service_day: Mapped[date] = mapped_column(Date, nullable=False)
    ticket_number: Mapped[str] = mapped_column(String(8), nullable=False)
    category: Mapped[str] = mapped_column(String(16), nullable=False)
    queue_status: Mapped[str] = mapped_column(String(16), nullable=False)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, nullable=False)
    issued_by: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    visitor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visitor.id"), nullable=False)
    people_count: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    window_name: Mapped[str | None] = mapped_column(String(32), nullable=True)
    called_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    recall_count: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    serving_started_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    appointment_slot: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # 转窗口: a ticket sent back to the queue for one named window is called there first.
    target_window: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # Why the ticket is in an exceptional state (转窗口, 未办结 at midnight, …); the full
    # story stays in VisitStatusChange.
    queue_note: Mapped[str | None] = mapped_column(String(200), nullable=True)

    # Registration (filled at the window)
    case_number: Mapped[str | None] = mapped_column(String(32), nullable=True)
    enquiry_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    visit_form: Mapped[str] = mapped_column(String(16), default="来访", nullable=False)
    involved_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    summary: Mapped[str | None] = mapped_column(Text, nullable=True)
    demands: Mapped[str | None] = mapped_column(Text, nullable=True)
    content_category_code: Mapped[str | None] = mapped_column(
        ForeignKey("content_category.code"), nullable=True
    )
    area_code: Mapped[str | None] = mapped_column(ForeignKey("area.code"), nullable=True)
    purpose: Mapped[str | None] = mapped_column(String(16), nullable=True)
    flag_skip_level: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    flag_cross_region: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    flag_law_related: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    flag_urgent: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    flag_anonymous: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    flag_agree_public: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    # 集体访 as a mark on the matter (five or more people), not only a ticket category.
    flag_group: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    route: Mapped[str | None] = mapped_column(String(24), nullable=True)
    route_unit: Mapped[str | None] = mapped_column(String(120), nullable=True)
    route_channel: Mapped[str | None] = mapped_column(String(32), nullable=True)
    route_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # 不予受理: the rule the refusal rests on (printed on the 不予受理告知书).
    route_basis: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The directory unit the matter goes to (transfer) or the body a legal channel names;
    # `route_unit` keeps the name as it was printed.
    route_unit_code: Mapped[str | None] = mapped_column(
        ForeignKey("handling_unit.code"), nullable=True
    )
    # 三分类 (MatterSort): 建议意见 / 检举控告 / 申诉求决.
    matter_sort: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # 被反映人或单位: never printed on papers made for that unit (DOMAIN.md Confidentiality).
    respondent: Mapped[str | None] = mapped_column(String(200), nullable=True)
    materials: Mapped[str | None] = mapped_column(Text, nullable=True)  # 来访人提交的材料
    transferred_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    transfer_document_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    accepted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # A repeat visit on the same matter points at the visit that opened the case (and has
    # no case number of its own); `repeat_decision` records what the clerk decided.
    case_visit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visit.id"), nullable=True
    )
    repeat_decision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    visit_count: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    # The deadline the case is waiting on now (the deadline watch reads these), and the
    # calendar that counted the saved dates (None: counted before the official calendar;
    # recomputed).
    next_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_due_step: Mapped[str | None] = mapped_column(String(24), nullable=True)
    deadline_calendar: Mapped[str | None] = mapped_column(String(64), nullable=True)
    deadline_estimated: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    case_status: Mapped[str | None] = mapped_column(String(24), nullable=True)
    accept_notice_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    handling_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    registered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    registered_by: Mapped[str | None] = mapped_column(String(64), nullable=True)

    visitor: Mapped[Visitor] = relationship()
    representatives: Mapped[list[VisitRepresentative]] = relationship(
        back_populates="visit",
        order_by="VisitRepresentative.position",
        cascade="all, delete-orphan",
    )


class HandlingUnit(Base):
    """承办单位名录 — units matters are transferred to and bodies legal channels name;
    editable seed data. Never deleted (old cases point at them); deactivated instead."""

    __tablename__ = "handling_unit"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)  # UnitKind
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(32), nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class CaseStep(SyncedMixin, Base):
    """One step of a case's timeline. Append-only: a mistaken step is withdrawn by a
    CORRECTION step that names it (`corrects_id`), never edited or deleted."""

    __tablename__ = "case_step"
    __table_args__ = (Index("ix_case_step_case", "case_visit_id", "recorded_at"),)

    case_visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)  # StepKind
    on_date: Mapped[date] = mapped_column(Date, nullable=False)  # the day it happened
    # The deadline this step starts (e.g. ACCEPTED → 办理期限), counted by the calendar.
    due: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_estimated: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, nullable=False)
    actor: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    unit_name: Mapped[str | None] = mapped_column(String(120), nullable=True)
    document_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), nullable=True)
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("case_step.id"), nullable=True
    )


class CalendarDay(Base):
    """An administrator's entry in the official calendar: a holiday (False) or a
    make-up working day (True) that wins over the State Council schedule package."""

    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_working: Mapped[bool] = mapped_column(Boolean, nullable=False)
    note: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class CalendarYear(Base):
    """A year whose holidays an administrator has entered in full: its dates are no
    longer estimated even where the package has no schedule for it."""

    __tablename__ = "calendar_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    entered_by: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class VisitRepresentative(SyncedMixin, Base):
    """A representative (代表) of a group visit; at most five per visit (DOMAIN.md)."""

    __tablename__ = "visit_representative"
    # A representative who comes alone is found by ID document (desktop/cases/repeat.py).
    __table_args__ = (Index("ix_visit_representative_document", "id_type", "id_number"),)

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    id_type: Mapped[str | None] = mapped_column(String(24), nullable=True)
    id_number: Mapped[str | None] = mapped_column(String(40), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(32), nullable=True)

    visit: Mapped[Visit] = relationship(back_populates="representatives")


class VisitStatusChange(SyncedMixin, Base):
    """History of queue and case status changes: who, where, when, why."""

    __tablename__ = "visit_status_change"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)  # "queue" | "case"
    from_status: Mapped[str | None] = mapped_column(String(24), nullable=True)
    to_status: Mapped[str] = mapped_column(String(24), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, nullable=False)
    actor: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    window_name: Mapped[str | None] = mapped_column(String(32), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class Counter(Base):
    """Local sequence allocator (not synced): one row per (day, series, terminal slot)."""

    __tablename__ = "counter"

    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    series: Mapped[str] = mapped_column(String(16), primary_key=True)
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0, nullable=False)


class ServiceWindow(SyncedMixin, Base):
    """接谈窗口 — a counter window visitors are called to."""

    __tablename__ = "service_window"

    number: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(32), nullable=False)
    categories: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class CallEvent(SyncedMixin, Base):
    """Every call and recall, for the display board, voice and waiting-time reports."""

    __tablename__ = "call_event"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), index=True)
    ticket_number: Mapped[str] = mapped_column(String(8), nullable=False)
    window_name: Mapped[str] = mapped_column(String(32), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # "call" | "recall"
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, nullable=False, index=True)
    actor: Mapped[str] = mapped_column(String(64), default="", nullable=False)


class PrintRecord(SyncedMixin, Base):
    """Every print and reprint (补打) of a ticket or receipt."""

    __tablename__ = "print_record"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), index=True)
    document: Mapped[str] = mapped_column(String(24), nullable=False)
    is_reprint: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    printer: Mapped[str] = mapped_column(String(120), default="", nullable=False)
    actor: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="ok", nullable=False)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)


class AuditEntry(Base):
    """Append-only audit log: logins, views of personal data, prints, exports, settings
    changes. A hash chain per origin terminal (`terminal`, `seq`, `prev_hash`, `hash`;
    db/audit_hash.py) makes a change, removal or reordering in the database detectable;
    triggers refuse UPDATE and DELETE (migration 0008)."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        # The chain's order, and the one indexed read of its last link per write.
        Index("uq_audit_entry_terminal_seq", "terminal", "seq", unique=True),
        Index("ix_audit_entry_at", "at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, nullable=False)
    terminal: Mapped[str] = mapped_column(String(32), nullable=False)
    actor: Mapped[str] = mapped_column(String(64), nullable=False)
    # The logged-in user (None: a database without users, the terminal's operator).
    actor_user_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    subject_type: Mapped[str] = mapped_column(String(32), nullable=False)
    subject_id: Mapped[str] = mapped_column(String(64), nullable=False)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


# ---- leader reception days (领导接访日, desktop/reception) --------------------------------


class Leader(SyncedMixin, Base):
    """A leader on the reception roster: post (职务), portfolio (分管领域, content
    category codes joined by ","), unit. Never deleted (old sessions name them)."""

    __tablename__ = "reception_leader"

    name: Mapped[str] = mapped_column(String(64), nullable=False)
    post: Mapped[str] = mapped_column(String(64), nullable=False)
    portfolio: Mapped[str] = mapped_column(String(400), default="", nullable=False)
    unit: Mapped[str] = mapped_column(String(120), default="", nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class SitInPerson(SyncedMixin, Base):
    """Someone who sits in on sessions: a unit head, the bureau head or a lawyer."""

    __tablename__ = "reception_sit_in"

    name: Mapped[str] = mapped_column(String(64), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)  # SitInRole
    unit: Mapped[str] = mapped_column(String(120), default="", nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)


class ReceptionRule(SyncedMixin, Base):
    """A recurrence rule ("first Wednesday of each month, leaders in rotation"); its
    sessions are expanded on the official calendar when it is saved."""

    __tablename__ = "reception_rule"

    title: Mapped[str] = mapped_column(String(64), nullable=False)
    pattern: Mapped[str] = mapped_column(String(24), nullable=False)  # RulePattern
    weekday: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 0 = Monday
    nth: Mapped[int | None] = mapped_column(Integer, nullable=True)  # -1: the last
    holiday_policy: Mapped[str] = mapped_column(String(8), nullable=False)  # move | skip
    makeup_days: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    leader_ids: Mapped[str] = mapped_column(Text, nullable=False)  # rotation, "," joined
    first_day: Mapped[date] = mapped_column(Date, nullable=False)
    last_day: Mapped[date] = mapped_column(Date, nullable=False)
    created_by: Mapped[str] = mapped_column(String(64), default="", nullable=False)


class ReceptionSession(SyncedMixin, Base):
    """One reception session (接访/下访/约访). `day` is its Asia/Shanghai date; the
    times are stored as UTC instants. Bookable and shown only when `status` is
    published."""

    __tablename__ = "reception_session"
    __table_args__ = (
        Index("ix_reception_session_day", "day", "status"),
        Index("ix_reception_session_leader", "leader_id", "day"),
    )

    day: Mapped[date] = mapped_column(Date, nullable=False)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # SessionKind ("reception": 9)
    area_code: Mapped[str | None] = mapped_column(ForeignKey("area.code"), nullable=True)
    place: Mapped[str] = mapped_column(String(120), nullable=False)
    leader_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reception_leader.id"),
                                                 nullable=False)
    sit_in_ids: Mapped[str] = mapped_column(Text, default="", nullable=False)  # "," joined
    topics: Mapped[str] = mapped_column(Text, default="", nullable=False)
    capacity: Mapped[int] = mapped_column(Integer, nullable=False)
    slot_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    booking_cutoff_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False)  # SessionStatus
    rule_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("reception_rule.id"),
                                                      nullable=True)
    planned_day: Mapped[date | None] = mapped_column(Date, nullable=True)  # before a move
    on_rest_day: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    published_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    cancel_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_by: Mapped[str] = mapped_column(String(64), default="", nullable=False)


class ReceptionSwap(SyncedMixin, Base):
    """A leader's swap request and the re-assignment it led to (kept as history)."""

    __tablename__ = "reception_swap"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reception_session.id"),
                                                  index=True)
    from_leader_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reception_leader.id"),
                                                      nullable=False)
    to_leader_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reception_leader.id"),
                                                    nullable=False)
    requested_by: Mapped[str] = mapped_column(String(64), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, nullable=False)
    actor: Mapped[str] = mapped_column(String(64), default="", nullable=False)


class ReceptionBooking(SyncedMixin, Base):
    """A visitor's booking (预约) of a place in a published session: the slot, the matter
    (a case, or a content category and summary), at most five representatives, and what
    became of it (checked in → the ticket `visit_id`, received, absent, cancelled).
    A refusal a section chief overrode is recorded (`override_*`)."""

    __tablename__ = "reception_booking"
    __table_args__ = (
        Index("ix_reception_booking_session", "session_id", "status"),
        Index("ix_reception_booking_visitor", "visitor_id"),
    )

    code: Mapped[str] = mapped_column(String(16), unique=True, nullable=False)  # on the slip
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reception_session.id"),
                                                  nullable=False)
    slot_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    visitor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visitor.id"), nullable=False)
    people_count: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    # Further representatives of a group (JSON list of {name, id_type, id_number, phone}).
    representatives: Mapped[str] = mapped_column(Text, default="[]", nullable=False)
    case_visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"),
                                                            nullable=True)
    content_category_code: Mapped[str | None] = mapped_column(
        ForeignKey("content_category.code"), nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="", nullable=False)
    channel: Mapped[str] = mapped_column(String(8), nullable=False)  # BookingChannel
    status: Mapped[str] = mapped_column(String(12), nullable=False)  # BookingStatus
    override_rules: Mapped[str | None] = mapped_column(String(120), nullable=True)
    override_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    override_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"), nullable=True)
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancel_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Moved or cancelled because its session was: the visitor still has to be told.
    notify_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    notified_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    moved_from_session_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("reception_session.id"), nullable=True)
    booked_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, nullable=False)
    booked_by: Mapped[str] = mapped_column(String(64), default="", nullable=False)


class ReceptionInstruction(SyncedMixin, Base):
    """The leader's decision or instruction (批示) for one visitor received, the unit it
    is assigned to (交办) with its deadlines, and the unit's reply and result (督办)."""

    __tablename__ = "reception_instruction"
    __table_args__ = (
        Index("ix_reception_instruction_open", "status", "finish_due"),
    )

    booking_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("reception_booking.id"), nullable=True, index=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reception_session.id"),
                                                  nullable=False)
    visitor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visitor.id"), nullable=False)
    case_visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visit.id"),
                                                            nullable=True)
    decision: Mapped[str] = mapped_column(Text, nullable=False)
    unit_code: Mapped[str | None] = mapped_column(ForeignKey("handling_unit.code"),
                                                  nullable=True)
    unit_name: Mapped[str] = mapped_column(String(120), default="", nullable=False)
    given_on: Mapped[date] = mapped_column(Date, nullable=False)
    reply_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    finish_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(12), nullable=False)  # InstructionStatus
    replied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reply: Mapped[str | None] = mapped_column(Text, nullable=True)
    finished_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    result: Mapped[str | None] = mapped_column(Text, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(64), default="", nullable=False)
