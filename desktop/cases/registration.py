"""接谈登记: registering the matter at the window, with the visitor's history at hand."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import fastpath, queries
from db.models import Area, ContentCategory, PrintRecord, Visit, Visitor, VisitStatusChange
from desktop.accounts import audit
from desktop.cases.deadlines import DeadlineRules, StatutoryDeadlines, compute_deadlines
from desktop.cases.identity import IdType, mask_id_number
from desktop.cases.visit_views import (
    HistoryEntry,
    OpenedVisit,
    RepresentativeView,
    VisitDetail,
    VisitorHistory,
    registration_view,
    within_limit,
)
from desktop.clock import service_day
from desktop.domain import (
    FLAG_LABELS,
    QUEUE_STATUS_LABELS,
    ROUTE_CASE_STATUS,
    CaseStatus,
    Purpose,
    QueueStatus,
    Route,
    TicketCategory,
)
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.printing.document import PrintHistoryEntry
from desktop.printing.service import STATUS_OK
from desktop.queue.day_close import service_day_after_close
from desktop.queue.numbering import allocate_case_number, new_enquiry_code
from desktop.queue.states import change_status
from desktop.queue.tickets import InvalidInput
from desktop.service import TerminalService
from desktop.settings.reference import AreaItem, ContentCategoryItem, load_centre_settings
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
class RegistrationResult:
    visit_id: uuid.UUID
    case_number: str
    enquiry_code: str
    case_status: CaseStatus
    deadlines: StatutoryDeadlines
    is_repeat: bool


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
            return self._visit_detail(session, visit_id)

    def open_visit(self, visit_id: uuid.UUID, with_reference: bool = False) -> OpenedVisit:
        """Open a visit for 接谈登记: the visit, the visitor's history, the deadlines,
        the print records and (`with_reference`) the lists to choose from, in one
        transaction, so the form never shows parts of different moments."""
        with self._sessions.begin() as session:
            detail = self._visit_detail(session, visit_id)
            connection = session.connection()
            history = self._history(
                queries.history_by_visitor.rows(connection, {"visitor_id": detail.visitor_id}),
                visit_id,
            )
            settings = load_centre_settings(session)
            rules = DeadlineRules(settings.accept_notice_days, settings.handling_days,
                                  settings.handling_extension_days)
            reg = detail.registration
            # Like register(): a new registration is received today, never on a closed day.
            received_on = reg.received_on if reg else service_day_after_close(
                connection, self._clock()
            )
            records = session.scalars(
                select(PrintRecord)
                .where(PrintRecord.visit_id == visit_id, PrintRecord.deleted_at.is_(None))
                .order_by(PrintRecord.at, PrintRecord.id)
            )
            print_records = tuple(
                PrintHistoryEntry(
                    record_id=row.id, visit_id=row.visit_id, document=row.document,
                    is_reprint=row.is_reprint, printer=row.printer, actor=row.actor,
                    at=row.at, ok=row.status == STATUS_OK, error=row.error,
                )
                for row in records
            )
            categories: tuple[ContentCategoryItem, ...] | None = None
            areas: tuple[AreaItem, ...] | None = None
            if with_reference:
                categories = tuple(
                    ContentCategoryItem(row.code, row.name)
                    for row in session.scalars(
                        select(ContentCategory)
                        .where(ContentCategory.active)
                        .order_by(ContentCategory.sort_order, ContentCategory.code)
                    )
                )
                areas = tuple(
                    AreaItem(row.code, row.name, row.parent_code, row.level)
                    for row in session.scalars(
                        select(Area).where(Area.active).order_by(Area.sort_order, Area.code)
                    )
                )
            return OpenedVisit(
                detail=detail,
                history=history,
                received_on=received_on,
                rules=rules,
                deadlines=compute_deadlines(received_on, reg.route if reg else None, rules),
                print_records=print_records,
                categories=categories,
                areas=areas,
            )

    def _visit_detail(self, session: Session, visit_id: uuid.UUID) -> VisitDetail:
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
            registration=registration_view(visit),
        )

    def visitor_history(
        self, visitor_id: uuid.UUID, exclude_visit_id: uuid.UUID | None = None
    ) -> VisitorHistory:
        with fastpath.reading(self._engine) as conn:
            rows = queries.history_by_visitor.rows(conn, {"visitor_id": visitor_id})
        return self._history(rows, exclude_visit_id)

    def history_by_document(self, id_type: IdType, id_number: str) -> VisitorHistory:
        """History lookup by (normalised) ID number: one indexed query."""
        with fastpath.reading(self._engine) as conn:
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
                within_time_limit=within_limit(case_status, handling_due, accept_due, today),
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
            if visit.case_visit_id is not None:  # 重复访 linked by RepeatService: no new case
                raise InvalidInput(QT_TRANSLATE_NOOP(
                    "Errors", "这次来访已关联到原信访件（同一事项），不另立新件；"
                    "如关联错了，请先撤销关联再登记"))
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
            change_status(session, visit, QueueStatus.SERVING, now, self._workstation,
                          visit.window_name)
        change_status(session, visit, QueueStatus.DONE, now, self._workstation,
                      visit.window_name)
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
