"""What 接谈登记 reads: a visit, its visitor's earlier visits, and the whole of what the
form opens with (`OpenedVisit`). Frozen views, never live ORM rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from db.models import Visit
from desktop.calendar import DEFAULT_CALENDAR, Calendar
from desktop.cases.deadlines import DeadlineRules, StatutoryDeadlines
from desktop.cases.identity import IdType
from desktop.cases.registration_rules import legal_channel_for
from desktop.cases.units import UnitItem
from desktop.domain import (
    FLAG_LABELS,
    OPEN_CASE_STATUSES,
    CaseStatus,
    MatterSort,
    Purpose,
    QueueStatus,
    Route,
    TicketCategory,
)
from desktop.printing.document import PrintHistoryEntry
from desktop.settings.reference import AreaItem, ContentCategoryItem


@dataclass(frozen=True)
class RepresentativeView:
    name: str
    masked_id_number: str
    phone: str
    id_type: IdType | None = None


@dataclass(frozen=True)
class RegistrationView:
    case_number: str
    enquiry_code: str
    received_on: date
    summary: str
    demands: str
    content_category_code: str | None
    area_code: str | None
    purpose: Purpose | None
    route: Route | None
    route_unit: str  # the unit's name as saved (and printed)
    route_channel: str  # the channel's key (an old row's label is read as its key)
    route_reason: str
    flags: frozenset[str]
    involved_count: int | None
    case_status: CaseStatus | None
    accept_notice_due: date | None
    handling_due: date | None
    registered_at: datetime | None
    registered_by: str
    is_repeat: bool
    matter_sort: MatterSort | None = None
    route_unit_code: str = ""
    route_basis: str = ""
    respondent: str = ""
    materials: str = ""
    transferred_on: date | None = None
    transfer_document_number: str = ""
    accepted_on: date | None = None


@dataclass(frozen=True)
class VisitDetail:
    visit_id: uuid.UUID
    ticket_number: str
    category: TicketCategory
    queue_status: QueueStatus
    service_day: date
    issued_at: datetime
    visitor_id: uuid.UUID
    visitor_name: str
    id_type: IdType
    id_number: str
    masked_id_number: str
    phone: str
    sex: str | None
    birth_date: date | None
    current_address: str
    hukou_address: str
    work_unit: str
    people_count: int
    representatives: tuple[RepresentativeView, ...]
    registration: RegistrationView | None


@dataclass(frozen=True)
class HistoryEntry:
    visit_id: uuid.UUID
    service_day: date
    ticket_number: str
    case_number: str | None
    summary: str
    case_status: CaseStatus | None
    queue_status: QueueStatus
    accept_notice_due: date | None
    handling_due: date | None
    route: Route | None
    within_time_limit: bool


@dataclass(frozen=True)
class VisitorHistory:
    entries: tuple[HistoryEntry, ...]

    @property
    def open_matters(self) -> tuple[HistoryEntry, ...]:
        """Earlier matters still within their time limit: a new visit on them is 重复访."""
        return tuple(entry for entry in self.entries if entry.within_time_limit)


@dataclass(frozen=True)
class OpenedVisit:
    """Everything the 接谈登记 form shows for one visit, read in one transaction."""

    detail: VisitDetail
    history: VisitorHistory  # the visitor's other visits, newest first
    received_on: date  # the registration's 收到日期, or the day it would get if saved now
    rules: DeadlineRules
    deadlines: StatutoryDeadlines  # for the saved route (none yet: the preview's default)
    print_records: tuple[PrintHistoryEntry, ...]  # oldest first
    # The active reference lists, when asked for (None: the form keeps its own).
    categories: tuple[ContentCategoryItem, ...] | None
    areas: tuple[AreaItem, ...] | None
    # The calendar the deadlines are counted on (schedule + administrator's entries).
    calendar: Calendar = DEFAULT_CALENDAR
    units: tuple[UnitItem, ...] | None = None  # the units directory, with the lists


def within_limit(status: str | None, handling_due: date | None, accept_due: date | None,
                  today: date) -> bool:
    if status is None or CaseStatus(status) not in OPEN_CASE_STATUSES:
        return False
    due = handling_due or accept_due
    return due is not None and due >= today


def registration_view(visit: Visit) -> RegistrationView | None:
    if visit.case_number is None or visit.received_on is None:
        return None
    flags = frozenset(
        name for name in FLAG_LABELS if getattr(visit, f"flag_{name}")
    )
    channel = legal_channel_for(visit.route_channel)
    return RegistrationView(
        case_number=visit.case_number,
        enquiry_code=visit.enquiry_code or "",
        received_on=visit.received_on,
        summary=visit.summary or "",
        demands=visit.demands or "",
        content_category_code=visit.content_category_code,
        area_code=visit.area_code,
        purpose=Purpose(visit.purpose) if visit.purpose else None,
        route=Route(visit.route) if visit.route else None,
        route_unit=visit.route_unit or "",
        route_channel=channel.key if channel else (visit.route_channel or ""),
        route_reason=visit.route_reason or "",
        flags=flags,
        involved_count=visit.involved_count,
        case_status=CaseStatus(visit.case_status) if visit.case_status else None,
        accept_notice_due=visit.accept_notice_due,
        handling_due=visit.handling_due,
        registered_at=visit.registered_at,
        registered_by=visit.registered_by or "",
        is_repeat=visit.is_repeat,
        matter_sort=MatterSort(visit.matter_sort) if visit.matter_sort else None,
        route_unit_code=visit.route_unit_code or "",
        route_basis=visit.route_basis or "",
        respondent=visit.respondent or "",
        materials=visit.materials or "",
        transferred_on=visit.transferred_on,
        transfer_document_number=visit.transfer_document_number or "",
        accepted_on=visit.accepted_on,
    )
