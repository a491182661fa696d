"""Progress enquiry (查询): a visitor's case looked up by the receipt's case number and
enquiry code, or by its QR code (``LFXF:<case>:<code>``), at any terminal.

What comes back names nobody: a masked name, the status, the deadlines and the steps —
never an ID number, a phone, an address or the matter's text. A wrong case number and a
wrong code give the same message, so guessing learns nothing. Every enquiry is an audit
entry ("enquiry", "enquiry_failed", "enquiry_refused"); failures are counted from those
entries, so every process sharing the database sees the same count: after
`MAX_FAILURES` within `FAILURE_WINDOW` for one case number or from one terminal, further
attempts are refused until the oldest of them leaves the window.
"""

from __future__ import annotations

import hmac
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEntry, ContentCategory, Visit, VisitStatusChange
from desktop.accounts import audit
from desktop.accounts.permissions import Permission, require
from desktop.cases.case_service import DUE_LABELS
from desktop.cases.case_service import mask_name as mask_name
from desktop.cases.deadlines import ACCEPT_NOTICE_LABEL, HANDLING_LABEL
from desktop.cases.lifecycle import step_views, steps_of
from desktop.clock import local_time, service_day
from desktop.domain import (
    CASE_STATUS_LABELS,
    OPEN_CASE_STATUSES,
    ROUTE_LABELS,
    STEP_LABELS,
    CaseStatus,
    Route,
    StepKind,
)
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.printing.documents.model import (
    RECEIPT_QR_PREFIX,
    TICKET_QR_PREFIX,
    parse_receipt_qr_text,
)
from desktop.service import TerminalService

MAX_FAILURES = 3
FAILURE_WINDOW = timedelta(minutes=10)

ACTION_OK = "enquiry"
ACTION_FAILED = "enquiry_failed"
ACTION_REFUSED = "enquiry_refused"
SUBJECT_TYPE = "case"

WRONG_CODE = QT_TRANSLATE_NOOP(
    "Errors", "信访件编号或查询码不正确，请核对回执上的编号和查询码"
)
# A case number's shape (1–4 letter prefix, YYYYMMDD, slot, 4-digit sequence). Text of
# another shape cannot be one and is audited as "?": it may be an ID number or a phone.
_CASE_NUMBER_SHAPE = re.compile(r"[A-Z]{1,4}[0-9]{12,16}")


class EnquiryFailed(UserError):
    """Wrong case number or code: one message for both."""


class EnquiryThrottled(UserError):
    """Too many wrong codes lately; `retry_at` (aware) is when to try again."""

    def __init__(self, template: str, /, *, retry_at: datetime, field: str | None = None,
                 **params: Any) -> None:
        self.retry_at = retry_at
        super().__init__(template, field=field, **params)


@dataclass(frozen=True)
class ProgressDeadline:
    # "accept_notice" | "handling" (the case's dates), or the StepKind value of the step
    # that started the deadline the case waits on
    kind: str
    label: str  # untranslated (context "Domain")
    due: date
    overdue: bool


@dataclass(frozen=True)
class ProgressStep:
    on_date: date  # the day it happened (a status change: its local day)
    label: str  # untranslated (context "Domain"): the step, or the status reached
    at: datetime | None = None  # aware; a status change's moment (old cases only)
    due: date | None = None  # the deadline the step started
    due_label: str = ""  # untranslated (context "Domain")


@dataclass(frozen=True)
class CaseProgress:
    case_visit_id: uuid.UUID  # for the 办理进展告知单 and 办理流程; names nobody
    case_number: str
    masked_name: str  # "张*"; "" for an anonymous matter
    received_on: date
    registered_at: datetime | None
    status: CaseStatus | None
    status_label: str  # untranslated (context "Domain"); "" when not set
    route: Route | None
    route_label: str  # untranslated (context "Domain"); "" when not set
    category_label: str  # 内容分类 name; "" when not set
    deadlines: tuple[ProgressDeadline, ...]
    next_deadline: ProgressDeadline | None  # None once the case is closed or not accepted
    visit_count: int | None  # visits on this case (repeat visits linked to it count)
    # The case's steps that stand (withdrawn ones and corrections left out), oldest
    # first; a case registered before steps existed: its status changes.
    timeline: tuple[ProgressStep, ...]
    estimated: bool = False  # a date was counted by weekends only (按周末推算)


def parse_enquiry(text: str, code: str | None) -> tuple[str, str]:
    """(case number, code), upper-case, from a scanned QR text or a typed number + code."""
    raw = text.strip()
    if not raw:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "请输入信访件编号，或扫描回执上的二维码"),
            field="case_number",
        )
    upper = raw.upper()
    if upper.startswith(f"{TICKET_QR_PREFIX}:"):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "这是排队号票的二维码，请扫描回执上的二维码"),
            field="case_number",
        )
    if upper.startswith(f"{RECEIPT_QR_PREFIX}:"):
        try:
            case_number, qr_code = parse_receipt_qr_text(upper)
        except ValueError:
            raise EnquiryFailed(WRONG_CODE, field="code") from None
        return case_number, qr_code
    typed = (code or "").strip().upper()
    if not typed:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "请输入回执上的查询码"), field="code"
        )
    return upper, typed


class EnquiryService(TerminalService):
    def look_up(self, text_or_case_number: str, code: str | None = None) -> CaseProgress:
        """The progress of one case; EnquiryFailed (same message for an unknown case
        and a wrong code) or EnquiryThrottled after too many wrong codes."""
        require(self._actor(), Permission.ENQUIRE)
        case_number, typed_code = parse_enquiry(text_or_case_number, code)
        logged_case = case_number if _CASE_NUMBER_SHAPE.fullmatch(case_number) else "?"
        now = self._clock()
        with self._sessions.begin() as session:
            retry_at = self._throttled_until(session, logged_case, now)
            if retry_at is not None:
                self._audit(session, ACTION_REFUSED, logged_case, now)
                refused = EnquiryThrottled(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "查询码错误次数过多，查询已暂停，请于{time}后再试，"
                        "或持回执到窗口查询",
                    ),
                    field="code",
                    retry_at=retry_at,
                    time=f"{local_time(retry_at):%H:%M}",
                )
            else:
                refused = None
                visit = session.scalars(
                    select(Visit).where(
                        Visit.case_number == case_number, Visit.deleted_at.is_(None)
                    )
                ).one_or_none()
                right = (
                    visit is not None
                    and visit.enquiry_code is not None
                    and visit.received_on is not None
                    and hmac.compare_digest(visit.enquiry_code.upper(), typed_code)
                )
                if visit is None or not right:
                    self._audit(session, ACTION_FAILED, logged_case, now)
                else:
                    self._audit(session, ACTION_OK, logged_case, now)
                    return self._progress(session, visit, now)
        # The audit entry is committed before the error leaves.
        if refused is not None:
            raise refused
        raise EnquiryFailed(WRONG_CODE, field="code")

    def _throttled_until(self, session: Session, case_number: str,
                         now: datetime) -> datetime | None:
        recent = (
            select(AuditEntry.at)
            .where(AuditEntry.action == ACTION_FAILED, AuditEntry.at > now - FAILURE_WINDOW)
            .order_by(AuditEntry.at.desc())
            .limit(MAX_FAILURES)
        )
        until: datetime | None = None
        for scope in (AuditEntry.subject_id == case_number,
                      AuditEntry.terminal == self._workstation.terminal_code):
            times = session.scalars(recent.where(scope)).all()
            if len(times) >= MAX_FAILURES:
                # Open again when the oldest of the last MAX_FAILURES leaves the window.
                candidate = times[-1] + FAILURE_WINDOW
                until = candidate if until is None else max(until, candidate)
        return until

    def _audit(self, session: Session, action: str, case_number: str, now: datetime) -> None:
        # Linked into the terminal's audit chain, with the acting user's account.
        audit.record(session, self._workstation, action, SUBJECT_TYPE, case_number, at=now)

    def _progress(self, session: Session, visit: Visit, now: datetime) -> CaseProgress:
        assert visit.case_number is not None and visit.received_on is not None
        status = CaseStatus(visit.case_status) if visit.case_status else None
        route = Route(visit.route) if visit.route else None
        category = ""
        if visit.content_category_code:
            category = session.scalar(
                select(ContentCategory.name).where(
                    ContentCategory.code == visit.content_category_code
                )
            ) or ""
        today = service_day(now)
        deadlines = tuple(
            ProgressDeadline(kind=kind, label=label, due=due, overdue=due < today)
            for kind, label, due in (
                ("accept_notice", ACCEPT_NOTICE_LABEL, visit.accept_notice_due),
                ("handling", HANDLING_LABEL, visit.handling_due),
            )
            if due is not None
        )
        steps = steps_of(session, visit.id)
        next_deadline: ProgressDeadline | None = None
        if steps:
            if visit.next_due is not None and visit.next_due_step:
                step = StepKind(visit.next_due_step)
                next_deadline = ProgressDeadline(
                    kind=step.value, label=DUE_LABELS.get(step, HANDLING_LABEL),
                    due=visit.next_due, overdue=visit.next_due < today)
            timeline = tuple(
                ProgressStep(on_date=view.on_date, label=STEP_LABELS[view.kind], due=view.due,
                             due_label=DUE_LABELS.get(view.kind, ""))
                for view in step_views(steps)
                if not view.withdrawn and view.kind is not StepKind.CORRECTION
            )
        else:  # registered before case steps: the status history is all there is
            if status in OPEN_CASE_STATUSES and deadlines:
                upcoming = [d for d in deadlines if not d.overdue]
                next_deadline = min(upcoming, key=lambda d: d.due) if upcoming \
                    else deadlines[-1]
            changes = session.execute(
                select(VisitStatusChange.at, VisitStatusChange.to_status)
                .where(VisitStatusChange.visit_id == visit.id,
                       VisitStatusChange.kind == "case",
                       VisitStatusChange.deleted_at.is_(None))
                .order_by(VisitStatusChange.at)
            ).all()
            labels = {status.value: label for status, label in CASE_STATUS_LABELS.items()}
            timeline = tuple(
                ProgressStep(on_date=service_day(at), label=labels[to], at=at)
                for at, to in changes if to in labels
            )
        return CaseProgress(
            case_visit_id=visit.id,
            case_number=visit.case_number,
            masked_name="" if visit.flag_anonymous else mask_name(visit.visitor.name),
            received_on=visit.received_on,
            registered_at=visit.registered_at,
            status=status,
            status_label=CASE_STATUS_LABELS[status] if status else "",
            route=route,
            route_label=ROUTE_LABELS[route] if route else "",
            category_label=category,
            deadlines=deadlines,
            next_deadline=next_deadline,
            visit_count=visit.visit_count,
            timeline=timeline,
            estimated=visit.deadline_estimated,
        )
