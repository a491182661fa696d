"""接谈登记: registering the matter at the window, with the visitor's history at hand."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from db import queries
from db.models import Area, ContentCategory, Visit, Visitor, VisitStatusChange
from desktop.accounts import audit
from desktop.cases.deadlines import DeadlineRules, StatutoryDeadlines, compute_deadlines
from desktop.cases.identity import IdType, mask_id_number
from desktop.clock import service_day
from desktop.domain import (
    FLAG_LABELS,
    OPEN_CASE_STATUSES,
    QUEUE_STATUS_LABELS,
    ROUTE_CASE_STATUS,
    CaseStatus,
    Purpose,
    QueueStatus,
    Route,
    TicketCategory,
)
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.queue.day_close import service_day_after_close
from desktop.queue.numbering import allocate_case_number, new_enquiry_code
from desktop.queue.tickets import InvalidInput
from desktop.service import TerminalService
from desktop.settings.reference import load_centre_settings
from desktop.text import clean_text, column_length

MAX_SUMMARY_LENGTH = 20_000
MAX_UNIT_LENGTH = column_length(Visit.route_unit)
MAX_CHANNEL_LENGTH = column_length(Visit.route_channel)
MAX_ADDRESS_LENGTH = column_length(Visitor.current_address)
MAX_CODE_LENGTH = column_length(ContentCategory.code)

# (field, label, limit, multiline) of every text the registration stores.
_TEXT_FIELDS: dict[str, tuple[str, int, bool]] = {
    "summary": (QT_TRANSLATE_NOOP("Fields", "事项概况"), MAX_SUMMARY_LENGTH, True),
    "demands": (QT_TRANSLATE_NOOP("Fields", "诉求内容"), MAX_SUMMARY_LENGTH, True),
    "content_category_code": (QT_TRANSLATE_NOOP("Fields", "内容分类"), MAX_CODE_LENGTH, False),
    "area_code": (QT_TRANSLATE_NOOP("Fields", "问题属地"), column_length(Area.code), False),
    "route_unit": (QT_TRANSLATE_NOOP("Fields", "承办单位"), MAX_UNIT_LENGTH, False),
    "route_channel": (QT_TRANSLATE_NOOP("Fields", "法定途径"), MAX_CHANNEL_LENGTH, False),
    "route_reason": (QT_TRANSLATE_NOOP("Fields", "不予受理理由"), MAX_SUMMARY_LENGTH, True),
    "current_address": (QT_TRANSLATE_NOOP("Fields", "现住址"), MAX_ADDRESS_LENGTH, False),
    "hukou_address": (QT_TRANSLATE_NOOP("Fields", "户籍地址"),
                      column_length(Visitor.hukou_address), False),
    "work_unit": (QT_TRANSLATE_NOOP("Fields", "工作单位"), column_length(Visitor.work_unit),
                  False),
}
# The form's names for two of them (the UI puts the cursor by these).
_FORM_FIELD = {"content_category_code": "content_category", "area_code": "area"}


class VisitNotFound(UserError):
    pass


@dataclass(frozen=True)
class RepresentativeView:
    name: str
    masked_id_number: str
    phone: str


@dataclass(frozen=True)
class RegistrationInput:
    summary: str
    demands: str
    content_category_code: str
    area_code: str
    purpose: Purpose
    route: Route
    route_unit: str = ""
    route_channel: str = ""
    route_reason: str = ""
    flags: frozenset[str] = frozenset()
    involved_count: int | None = None
    current_address: str = ""
    hukou_address: str = ""
    work_unit: str = ""
    finish: bool = False  # also mark the ticket 已办结


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
    route_unit: str
    route_channel: str
    route_reason: str
    flags: frozenset[str]
    involved_count: int | None
    case_status: CaseStatus | None
    accept_notice_due: date | None
    handling_due: date | None
    registered_at: datetime | None
    registered_by: str
    is_repeat: bool


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
class RegistrationResult:
    visit_id: uuid.UUID
    case_number: str
    enquiry_code: str
    case_status: CaseStatus
    deadlines: StatutoryDeadlines
    is_repeat: bool


def _within_limit(status: str | None, handling_due: date | None, accept_due: date | None,
                  today: date) -> bool:
    if status is None or CaseStatus(status) not in OPEN_CASE_STATUSES:
        return False
    due = handling_due or accept_due
    return due is not None and due >= today


def _registration_view(visit: Visit) -> RegistrationView | None:
    if visit.case_number is None or visit.received_on is None:
        return None
    flags = frozenset(
        name for name in FLAG_LABELS if getattr(visit, f"flag_{name}")
    )
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
        route_channel=visit.route_channel or "",
        route_reason=visit.route_reason or "",
        flags=flags,
        involved_count=visit.involved_count,
        case_status=CaseStatus(visit.case_status) if visit.case_status else None,
        accept_notice_due=visit.accept_notice_due,
        handling_due=visit.handling_due,
        registered_at=visit.registered_at,
        registered_by=visit.registered_by or "",
        is_repeat=visit.is_repeat,
    )


class RegistrationService(TerminalService):
    def deadline_rules(self) -> DeadlineRules:
        with self._sessions() as session:
            settings = load_centre_settings(session)
        return DeadlineRules(
            accept_notice_days=settings.accept_notice_days,
            handling_days=settings.handling_days,
            extension_days=settings.handling_extension_days,
        )

    def preview_deadlines(self, route: Route | None, received_on: date | None = None
                          ) -> StatutoryDeadlines:
        """What the form shows before saving: the limits that will apply."""
        return compute_deadlines(
            received_on or service_day(self._clock()), route, self.deadline_rules()
        )

    def visit_detail(self, visit_id: uuid.UUID) -> VisitDetail:
        """Everything the clerk needs; showing the full ID number is audited."""
        with self._sessions.begin() as session:
            visit = session.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise VisitNotFound(QT_TRANSLATE_NOOP("Errors", "找不到这张号票，可能已被删除"))
            visitor = visit.visitor
            audit.record(session, self._workstation, "view_personal_data", "visitor",
                         str(visitor.id), f"visit {visit.ticket_number}")
            return VisitDetail(
                visit_id=visit.id,
                ticket_number=visit.ticket_number,
                category=TicketCategory(visit.category),
                queue_status=QueueStatus(visit.queue_status),
                service_day=visit.service_day,
                issued_at=visit.issued_at,
                visitor_id=visitor.id,
                visitor_name=visitor.name,
                id_type=IdType(visitor.id_type),
                id_number=visitor.id_number,
                masked_id_number=mask_id_number(visitor.id_number),
                phone=visitor.phone or "",
                sex=visitor.sex,
                birth_date=visitor.birth_date,
                current_address=visitor.current_address or "",
                hukou_address=visitor.hukou_address or "",
                work_unit=visitor.work_unit or "",
                people_count=visit.people_count,
                representatives=tuple(
                    RepresentativeView(
                        rep.name,
                        mask_id_number(rep.id_number) if rep.id_number else "",
                        rep.phone or "",
                    )
                    for rep in visit.representatives
                ),
                registration=_registration_view(visit),
            )

    def visitor_history(
        self, visitor_id: uuid.UUID, exclude_visit_id: uuid.UUID | None = None
    ) -> VisitorHistory:
        with self._engine.connect() as conn:
            rows = queries.history_by_visitor.rows(conn, {"visitor_id": visitor_id})
        return self._history(rows, exclude_visit_id)

    def history_by_document(self, id_type: IdType, id_number: str) -> VisitorHistory:
        """History lookup by (normalised) ID number: one indexed query."""
        with self._engine.connect() as conn:
            rows = queries.history_by_document.rows(
                conn, {"id_type": id_type.value, "id_number": id_number}
            )
        return self._history(rows, None)

    def _history(
        self, rows: Iterable[tuple[Any, ...]], exclude: uuid.UUID | None
    ) -> VisitorHistory:
        today = service_day(self._clock())
        entries = []
        for (visit_id, day, ticket, case_number, summary, case_status, queue_status,
             accept_due, handling_due, route) in rows:
            if visit_id == exclude:
                continue
            entries.append(HistoryEntry(
                visit_id=visit_id,
                service_day=day,
                ticket_number=ticket,
                case_number=case_number,
                summary=summary or "",
                case_status=CaseStatus(case_status) if case_status else None,
                queue_status=QueueStatus(queue_status),
                accept_notice_due=accept_due,
                handling_due=handling_due,
                route=Route(route) if route else None,
                within_time_limit=_within_limit(case_status, handling_due, accept_due, today),
            ))
        return VisitorHistory(tuple(entries))

    def register(self, visit_id: uuid.UUID, data: RegistrationInput) -> RegistrationResult:
        """Save the registration whole or not at all; re-saving keeps the case number."""
        clean = self._validate(data)
        now = self._clock()
        ws = self._workstation
        with self._sessions.begin() as session:
            self._check_reference(session, clean)
            visit = session.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise VisitNotFound(QT_TRANSLATE_NOOP("Errors", "找不到这张号票，可能已被删除"))
            if visit.queue_status in (QueueStatus.CANCELLED.value, QueueStatus.NO_SHOW.value):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "号票 {ticket} 已取消或未到，不能登记；请先恢复该号票"
                    ),
                    ticket=visit.ticket_number,
                )
            settings = load_centre_settings(session)
            rules = DeadlineRules(settings.accept_notice_days, settings.handling_days,
                                  settings.handling_extension_days)
            # The case number's date and 收到日期: like a new ticket's, never a closed day.
            today = service_day_after_close(session.connection(), now)
            received_on = visit.received_on or today
            deadlines = compute_deadlines(received_on, clean.route, rules)
            history = self._history(
                queries.history_by_visitor.rows(
                    session.connection(), {"visitor_id": visit.visitor_id}
                ),
                visit.id,
            )
            if visit.case_number is None:
                visit.case_number = allocate_case_number(
                    session, today, ws.slot, settings.case_number_prefix
                )
                visit.enquiry_code = new_enquiry_code()
                visit.received_on = received_on
            old_case_status = visit.case_status
            new_case_status = ROUTE_CASE_STATUS[clean.route]
            visit.summary = clean.summary
            visit.demands = clean.demands
            visit.content_category_code = clean.content_category_code
            visit.area_code = clean.area_code
            visit.purpose = clean.purpose.value
            visit.route = clean.route.value
            visit.route_unit = clean.route_unit or None
            visit.route_channel = clean.route_channel or None
            visit.route_reason = clean.route_reason or None
            visit.involved_count = clean.involved_count
            for name in FLAG_LABELS:
                setattr(visit, f"flag_{name}", name in clean.flags)
            visit.is_repeat = bool(history.open_matters)
            visit.case_status = new_case_status.value
            visit.accept_notice_due = deadlines.accept_notice_due
            visit.handling_due = deadlines.handling_due
            visit.registered_at = now
            visit.registered_by = ws.operator
            visitor = visit.visitor
            if clean.current_address:
                visitor.current_address = clean.current_address
            if clean.hukou_address:
                visitor.hukou_address = clean.hukou_address
            if clean.work_unit:
                visitor.work_unit = clean.work_unit
            if old_case_status != new_case_status.value:
                session.add(VisitStatusChange(
                    visit_id=visit.id, kind="case", from_status=old_case_status,
                    to_status=new_case_status.value, at=now, actor=ws.operator,
                    window_name=visit.window_name, origin_terminal=ws.terminal_code,
                ))
            if data.finish:
                self._finish(session, visit, now)
            return RegistrationResult(
                visit_id=visit.id,
                case_number=visit.case_number,
                enquiry_code=visit.enquiry_code or "",
                case_status=new_case_status,
                deadlines=deadlines,
                is_repeat=visit.is_repeat,
            )

    def _finish(self, session: Session, visit: Visit, now: datetime) -> None:
        """保存并办结: the ticket goes to 已办结 along the calling transitions only —
        from 接谈中, or from 已叫号 through 接谈中 (both steps recorded)."""
        status = QueueStatus(visit.queue_status)
        if status is QueueStatus.DONE:
            return
        if status not in (QueueStatus.CALLED, QueueStatus.SERVING):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "号票 {ticket} 现在是“{status}”，还不能办结：请先在叫号页叫号并开始接谈；"
                    "登记内容可以先点“保存登记”保存",
                ),
                ticket=visit.ticket_number,
                status=QUEUE_STATUS_LABELS[status],
            )
        if status is QueueStatus.CALLED:
            visit.serving_started_at = now
            self._change(session, visit, QueueStatus.SERVING, now, visit.window_name)
        self._change(session, visit, QueueStatus.DONE, now, visit.window_name)
        visit.finished_at = now

    @staticmethod
    def _validate(data: RegistrationInput) -> RegistrationInput:
        # Only the route's own detail is kept (and checked): the form may hold the others.
        data = dataclasses.replace(
            data,
            route_unit=data.route_unit if data.route is Route.TRANSFERRED else "",
            route_channel=data.route_channel if data.route is Route.LEGAL_CHANNEL else "",
            route_reason=data.route_reason if data.route is Route.NOT_ACCEPTED else "",
        )
        text: dict[str, Any] = {
            name: clean_text(getattr(data, name), field=_FORM_FIELD.get(name, name),
                             label=label, limit=limit, multiline=multiline,
                             error=InvalidInput)
            for name, (label, limit, multiline) in _TEXT_FIELDS.items()
        }
        data = dataclasses.replace(data, **text)
        summary = data.summary
        demands = data.demands
        if not summary:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "请填写事项概况"), field="summary")
        if not demands:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "请填写诉求内容"), field="demands")
        if not data.content_category_code:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "请选择内容分类"),
                               field="content_category")
        if not data.area_code:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "请选择问题属地"), field="area")
        unknown = data.flags - FLAG_LABELS.keys()
        if unknown:
            raise ValueError(f"unknown flags: {sorted(unknown)}")
        unit = data.route_unit
        channel = data.route_channel
        reason = data.route_reason
        if data.route is Route.TRANSFERRED and not unit:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "转送/交办请填写承办单位"), field="route_unit"
            )
        if data.route is Route.LEGAL_CHANNEL and not channel:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "依法分类处理请写明应走的法定途径（如诉讼、仲裁、行政复议）"
                ),
                field="route_channel",
            )
        if data.route is Route.NOT_ACCEPTED and not reason:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "不予受理请填写理由，回执上会告知来访人"),
                field="route_reason",
            )
        if data.involved_count is not None and not 1 <= data.involved_count <= 1_000_000:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "涉及人数应为正整数"), field="involved_count"
            )
        return RegistrationInput(
            summary=summary, demands=demands,
            content_category_code=data.content_category_code, area_code=data.area_code,
            purpose=data.purpose, route=data.route,
            route_unit=unit, route_channel=channel, route_reason=reason,
            flags=data.flags, involved_count=data.involved_count,
            current_address=data.current_address,
            hukou_address=data.hukou_address, work_unit=data.work_unit,
            finish=data.finish,
        )

    @staticmethod
    def _check_reference(session: Session, data: RegistrationInput) -> None:
        if session.get(ContentCategory, data.content_category_code) is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "内容分类“{code}”不存在，请从列表中选择"),
                field="content_category", code=data.content_category_code,
            )
        if session.get(Area, data.area_code) is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "问题属地“{code}”不存在，请从列表中选择"),
                field="area", code=data.area_code,
            )
