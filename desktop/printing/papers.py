"""The papers each route prints: what a paper may show of a case (`PaperFacts`, read from
the database in one go), which paper a visit gets by default, and which papers a case
can have at all. The wording is composed in desktop.printing.paper_compose.

A *case* is the visit that opened it (case number, enquiry code, route, dates). A repeat
visit linked to it (Visit.case_visit_id) prints the case's papers: its progress, or the
不再受理告知书 once the case is final. Every date printed is one the case saved (its
dates and steps, counted on the official calendar when they were recorded); nothing is
counted here. The person or unit complained about (Visit.respondent) is never read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from db.models import Visit
from desktop.cases.identity import mask_id_number
from desktop.cases.lifecycle import StepView, is_final, step_views, steps_of
from desktop.cases.units import find_unit
from desktop.domain import (
    LEGAL_CHANNEL_LIST,
    LEGAL_CHANNELS_BY_KEY,
    ROUTE_PAPER,
    CaseStatus,
    LegalChannel,
    MatterSort,
    Paper,
    Route,
    StepKind,
)
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.printing.document import DocumentNotFound
from desktop.printing.documents import Representative


class PaperNotAvailable(DocumentNotFound):
    """The case has no such paper (e.g. a 受理告知书 for a transfer)."""


@dataclass(frozen=True)
class PaperFacts:
    """What the papers of one case may print, for the visit they are printed for."""

    visit_id: uuid.UUID  # the visit printed for (a linked repeat visit, or the case)
    visit_day: date  # its service day
    ticket_number: str
    linked: bool  # a repeat visit linked to the case
    case_visit_id: uuid.UUID
    case_number: str
    enquiry_code: str
    received_at: datetime  # aware: when the case's visitor took the ticket
    received_on: date
    visitor_name: str  # the visitor of the visit printed for
    masked_id_number: str
    people_count: int
    representatives: tuple[Representative, ...]
    summary: str
    accusation: bool  # 检举控告: its content is not restated on papers
    route: Route
    unit_name: str  # transfer: the receiving unit; legal channel: the body named
    unit_address: str
    unit_phone: str
    channel: LegalChannel | None
    channel_text: str  # as saved (a key, or an old row's label or free text)
    reason: str
    basis: str
    transferred_on: date | None
    accepted_on: date | None
    accept_notice_due: date | None
    handling_due: date | None
    next_due: date | None
    next_due_step: StepKind | None
    case_status: CaseStatus | None
    deadline_estimated: bool
    steps: tuple[StepView, ...]  # the standing steps (no corrections, nothing withdrawn)
    final: bool  # after 复核 or 办结: the same matter is not accepted again
    visit_count: int

    def step(self, kind: StepKind) -> StepView | None:
        """The latest standing step of `kind`."""
        found = [view for view in self.steps if view.kind is kind]
        return found[-1] if found else None


def channel_of(saved: str | None) -> LegalChannel | None:
    """The legal channel saved on a visit: its key, or (old rows) its Chinese label."""
    text = (saved or "").strip()
    if text in LEGAL_CHANNELS_BY_KEY:
        return LEGAL_CHANNELS_BY_KEY[text]
    return next((c for c in LEGAL_CHANNEL_LIST if c.label == text), None)


def case_of(session: Session, visit: Visit) -> Visit:
    """The visit that opened `visit`'s case (itself unless it is a linked repeat visit)."""
    if visit.case_visit_id is not None:
        case = session.get(Visit, visit.case_visit_id)
        if case is not None and case.deleted_at is None:
            return case
    return visit


def load_facts(session: Session, visit: Visit) -> PaperFacts:
    """Everything a paper of `visit`'s case may print; refuses an unregistered visit."""
    case = case_of(session, visit)
    if case.case_number is None or not case.enquiry_code or case.route is None:
        raise DocumentNotFound(
            QT_TRANSLATE_NOOP("Errors", "号票 {ticket} 还没有接谈登记，保存登记后才能打印回执"),
            ticket=visit.ticket_number,
        )
    rows = steps_of(session, case.id)
    views = tuple(
        view for view in step_views(rows)
        if not view.withdrawn and view.kind is not StepKind.CORRECTION
    )
    unit = find_unit(session, case.route_unit_code) if case.route_unit_code else None
    visitor = visit.visitor
    status = CaseStatus(case.case_status) if case.case_status else None
    return PaperFacts(
        visit_id=visit.id,
        visit_day=visit.service_day,
        ticket_number=visit.ticket_number,
        linked=case is not visit,
        case_visit_id=case.id,
        case_number=case.case_number,
        enquiry_code=case.enquiry_code,
        received_at=case.issued_at,
        received_on=case.received_on or case.service_day,
        visitor_name=visitor.name,
        masked_id_number=mask_id_number(visitor.id_number),
        people_count=visit.people_count,
        representatives=tuple(
            Representative(r.name, mask_id_number(r.id_number) if r.id_number else None)
            for r in visit.representatives if r.deleted_at is None
        ),
        summary=case.summary or "",
        accusation=case.matter_sort == MatterSort.ACCUSATION.value,
        route=Route(case.route),
        unit_name=(case.route_unit or (unit.name if unit else "")).strip(),
        unit_address=unit.address if unit else "",
        unit_phone=unit.phone if unit else "",
        channel=channel_of(case.route_channel),
        channel_text=(case.route_channel or "").strip(),
        reason=(case.route_reason or "").strip(),
        basis=(case.route_basis or "").strip(),
        transferred_on=case.transferred_on,
        accepted_on=case.accepted_on,
        accept_notice_due=case.accept_notice_due,
        handling_due=case.handling_due,
        next_due=case.next_due,
        next_due_step=StepKind(case.next_due_step) if case.next_due_step else None,
        case_status=status,
        deadline_estimated=case.deadline_estimated,
        steps=views,
        # Old rows have no steps: a closed case is final all the same.
        final=is_final(rows) if rows else status is CaseStatus.CLOSED,
        visit_count=case.visit_count,
    )


def default_paper(facts: PaperFacts) -> Paper:
    """The paper a visit gets: its route's, or for a linked repeat visit the case's
    progress (不再受理告知书 once the case is final)."""
    if facts.linked:
        return Paper.NO_LONGER_ACCEPTED if facts.final else Paper.PROGRESS
    return ROUTE_PAPER[facts.route]


def check_available(paper: Paper, facts: PaperFacts) -> None:
    """Refuse a paper the case cannot have, saying why."""
    message: str | None = None
    if paper is Paper.ACCEPTANCE_NOTICE and (
        facts.route is not Route.ACCEPTED_HERE or facts.accepted_on is None
    ):
        message = QT_TRANSLATE_NOOP(
            "Errors",
            "信访件 {case} 不是本机关受理的事项，没有受理告知书（转送/交办的事项由承办单位"
            "告知是否受理）",
        )
    elif paper is Paper.REFUSAL_NOTICE and facts.route is not Route.NOT_ACCEPTED:
        message = QT_TRANSLATE_NOOP(
            "Errors", "信访件 {case} 不是不予受理的事项，没有不予受理告知书")
    elif paper is Paper.LEGAL_CHANNEL_NOTICE and facts.route is not Route.LEGAL_CHANNEL:
        message = QT_TRANSLATE_NOOP(
            "Errors", "信访件 {case} 不是依法分类处理的事项，没有依法分类处理告知书")
    elif paper is Paper.EXTENSION_NOTICE and facts.step(StepKind.EXTENDED) is None:
        message = QT_TRANSLATE_NOOP(
            "Errors", "信访件 {case} 没有批准延期，没有延期办理告知书；请先在办理流程中记录延期")
    elif paper is Paper.NO_LONGER_ACCEPTED and not facts.final:
        message = QT_TRANSLATE_NOOP(
            "Errors",
            "信访件 {case} 还没有办结或作出复核意见，不能出具不再受理告知书；"
            "请打印办理进展告知单",
        )
    if message is not None:
        raise PaperNotAvailable(message, field="paper", case=facts.case_number)
