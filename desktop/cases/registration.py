"""接谈登记: registering the matter at the window, with the visitor's history at hand."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import fastpath, queries
from db.models import Area, ContentCategory, PrintRecord, Visit
from desktop.accounts import audit
from desktop.accounts.permissions import Permission, allowed, require
from desktop.accounts.privacy import may_see_full, shown_id_number, shown_phone
from desktop.calendar import Calendar
from desktop.cases.calendar_store import load_calendar
from desktop.cases.deadlines import (
    DeadlineRules,
    StatutoryDeadlines,
    compute_deadlines,
    deadline_rules,
)
from desktop.cases.identity import IdType, mask_id_number
from desktop.cases.registration_rules import (
    RegistrationInput,
    check_transfer_date,
    check_unit,
    validate,
)
from desktop.cases.registration_steps import write_route_steps
from desktop.cases.units import UnitItem, find_unit, list_units
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
    GROUP_VISIT_MIN_PEOPLE,
    QUEUE_STATUS_LABELS,
    ROUTE_PAPER,
    CaseStatus,
    Paper,
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

__all__ = ["DeadlineCounting", "RegistrationInput", "RegistrationResult",
           "RegistrationService", "VisitNotFound"]


class VisitNotFound(UserError):
    pass


@dataclass(frozen=True)
class RegistrationResult:
    visit_id: uuid.UUID
    case_number: str
    enquiry_code: str
    case_status: CaseStatus
    deadlines: StatutoryDeadlines
    is_repeat: bool  # set by linking to an earlier case (repeat.py), never here
    paper: Paper  # what the registration prints (ROUTE_PAPER[route])


@dataclass(frozen=True)
class DeadlineCounting:
    """What the form counts its preview with: the centre's rules and its calendar (the
    State Council schedule plus the administrator's entries), as the service saves."""

    rules: DeadlineRules
    calendar: Calendar
    units: tuple[UnitItem, ...]  # the units directory, in use, in its order


class RegistrationService(TerminalService):
    def deadline_rules(self) -> DeadlineRules:
        with self._sessions() as session:
            return deadline_rules(load_centre_settings(session))

    def counting(self) -> DeadlineCounting:
        """The rules, the calendar and the units directory, read together."""
        with self._sessions() as session:
            return DeadlineCounting(deadline_rules(load_centre_settings(session)),
                                    load_calendar(session), list_units(session))

    def preview_deadlines(self, route: Route | None, received_on: date | None = None,
                          transferred_on: date | None = None) -> StatutoryDeadlines:
        """What the form shows before saving: the limits that will apply."""
        with self._sessions() as session:
            rules = deadline_rules(load_centre_settings(session))
            calendar = load_calendar(session)
            received = received_on or service_day_after_close(session.connection(),
                                                              self._clock())
        return compute_deadlines(received, route, rules, calendar,
                                 transferred_on=transferred_on)

    def visit_detail(self, visit_id: uuid.UUID) -> VisitDetail:
        """Everything the clerk needs; showing the full ID number is audited."""
        with self._sessions.begin() as session:
            return self._visit_detail(session, visit_id)

    def open_visit(self, visit_id: uuid.UUID, with_reference: bool = False) -> OpenedVisit:
        """Open a visit for 接谈登记: the visit, the visitor's history, the deadlines,
        the print records and (`with_reference`) the lists to choose from, in one
        transaction, so the form never shows parts of different moments."""
        require(self._actor(), Permission.VIEW_CASES)
        with self._sessions.begin() as session:
            detail = self._visit_detail(session, visit_id)
            connection = session.connection()
            history = self._history(
                queries.history_by_visitor.rows(connection, {"visitor_id": detail.visitor_id}),
                visit_id,
            )
            rules = deadline_rules(load_centre_settings(session))
            calendar = load_calendar(session)
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
            units: tuple[UnitItem, ...] | None = None
            if with_reference:
                units = list_units(session)
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
                calendar=calendar,
                deadlines=compute_deadlines(
                    received_on, reg.route if reg else None, rules, calendar,
                    transferred_on=reg.transferred_on if reg else None,
                    accepted_on=reg.accepted_on if reg else None,
                ),
                print_records=print_records,
                categories=categories,
                areas=areas,
                units=units,
            )

    def _visit_detail(self, session: Session, visit_id: uuid.UUID) -> VisitDetail:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise VisitNotFound(QT_TRANSLATE_NOOP("Errors", "找不到这张号票，可能已被删除"))
        visitor = visit.visitor
        # Full ID number and phone for the roles that handle visits (audited), masked
        # for the others (who may reveal them on purpose: PrivacyService.reveal).
        actor = self._actor()
        full = may_see_full(actor)
        if full:
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
            id_number=shown_id_number(actor, visitor.id_number),
            masked_id_number=mask_id_number(visitor.id_number),
            phone=shown_phone(actor, visitor.phone or ""),
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
                    shown_phone(actor, rep.phone or ""),
                    IdType(rep.id_type) if rep.id_type else None,
                )
                for rep in visit.representatives
            ),
            # The matter itself only for the roles that handle visits (not the front desk,
            # a leader or the administrator).
            registration=(registration_view(visit) if allowed(actor, Permission.VIEW_CASES)
                          else None),
        )

    def visitor_history(
        self, visitor_id: uuid.UUID, exclude_visit_id: uuid.UUID | None = None
    ) -> VisitorHistory:
        require(self._actor(), Permission.VIEW_CASES)
        with fastpath.reading(self._engine) as conn:
            rows = queries.history_by_visitor.rows(conn, {"visitor_id": visitor_id})
        return self._history(rows, exclude_visit_id)

    def history_by_document(self, id_type: IdType, id_number: str) -> VisitorHistory:
        """History lookup by (normalised) ID number: one indexed query."""
        require(self._actor(), Permission.VIEW_CASES)
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
        """Save the registration whole or not at all, with its case steps (登记 and the
        route's step) in the same transaction; re-saving keeps the case number."""
        require(self._actor(), Permission.REGISTER_VISITS)
        clean = validate(data)
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
            visitor = visit.visitor
            if ("anonymous" not in clean.flags and not clean.current_address
                    and not visitor.current_address):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "请填写来访人的现住址（匿名反映的事项可以不填）"),
                    field="current_address")
            settings = load_centre_settings(session)
            rules = deadline_rules(settings)
            calendar = load_calendar(session)
            # The case number's date and 收到日期: like a new ticket's, never a closed day.
            today = service_day_after_close(session.connection(), now)
            received_on = visit.received_on or today
            transferred_on: date | None = None
            if clean.route is Route.TRANSFERRED:
                transferred_on = clean.transferred_on or received_on
                check_transfer_date(transferred_on, received_on, today)
            unit: UnitItem | None = None
            if clean.route_unit_code:
                unit = check_unit(find_unit(session, clean.route_unit_code),
                                  clean.route_unit_code, clean.route, clean.route_channel,
                                  visit.route_unit_code)
            deadlines = compute_deadlines(received_on, clean.route, rules, calendar,
                                          transferred_on=transferred_on)
            if visit.case_number is None:
                visit.case_number = allocate_case_number(
                    session, today, ws.slot, settings.case_number_prefix
                )
                visit.enquiry_code = new_enquiry_code()
                visit.received_on = received_on
            visit.matter_sort = clean.matter_sort.value if clean.matter_sort else None
            visit.summary = clean.summary
            visit.demands = clean.demands
            visit.content_category_code = clean.content_category_code
            visit.area_code = clean.area_code
            visit.purpose = clean.purpose.value
            visit.respondent = clean.respondent or None
            visit.materials = clean.materials or None
            visit.involved_count = clean.involved_count
            flags = set(clean.flags)
            if visit.people_count >= GROUP_VISIT_MIN_PEOPLE:
                flags.add("group")  # five or more together is a 集体访 (DOMAIN.md)
            for name in FLAG_LABELS:
                setattr(visit, f"flag_{name}", name in flags)
            visit.registered_at = now
            visit.registered_by = ws.operator
            if clean.current_address:
                visitor.current_address = clean.current_address
            if clean.hukou_address:
                visitor.hukou_address = clean.hukou_address
            if clean.work_unit:
                visitor.work_unit = clean.work_unit
            write_route_steps(session, visit, clean, unit, deadlines, workstation=ws,
                              now=now, rules=rules, calendar=calendar)
            if data.finish:
                self._finish(session, visit, now)
            return RegistrationResult(
                visit_id=visit.id,
                case_number=visit.case_number,
                enquiry_code=visit.enquiry_code or "",
                case_status=CaseStatus(visit.case_status or CaseStatus.REVIEWING),
                deadlines=deadlines,
                is_repeat=visit.is_repeat,
                paper=ROUTE_PAPER[clean.route],
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
