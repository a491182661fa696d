"""A case's timeline (案件流程): which step may follow which, the deadline each step
starts, and the one write path of case steps.

    registered → transferred → accepted | refused            (a transfer: the unit decides)
    registered → accepted | refused | closed                  (here; 不予受理; 当场答复)
    accepted → [extended →] answered → closed
    answered → review_requested → reviewed → closed
    reviewed → re_review_requested → re_reviewed → closed

Steps are appended, never edited: a mistaken chain step is withdrawn by a CORRECTION step
naming it, which puts the case back where it was before that step. Every date counted
here comes from the official calendar (desktop/calendar.py) through `load_calendar`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CaseStep, Visit, VisitStatusChange
from desktop.calendar import Calendar, DueDate
from desktop.cases.deadlines import DeadlineRules
from desktop.domain import (
    CHAIN_STEPS,
    FINAL_STEPS,
    SIDE_STEPS,
    STEP_CASE_STATUS,
    STEP_LABELS,
    StepKind,
)
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.terminal import Workstation


class StepNotAllowed(UserError):
    """A step that does not follow the case's current step."""


@dataclass(frozen=True)
class StepView:
    step_id: uuid.UUID
    kind: StepKind
    on_date: date
    due: date | None
    due_estimated: bool
    recorded_at: datetime
    actor: str
    unit_name: str
    document_number: str
    approved_by: str
    note: str
    corrects_id: uuid.UUID | None
    withdrawn: bool  # a later CORRECTION withdrew it


def step_due(
    kind: StepKind,
    on_date: date,
    rules: DeadlineRules,
    calendar: Calendar,
    *,
    handling_due: date | None = None,
    new_due: date | None = None,
) -> DueDate | None:
    """The deadline a step starts, counted from the day it happened (DOMAIN.md table).

    EXTENDED takes the approved `new_due`, checked by the caller against
    `latest_extension` (at most `extension_days` after the current `handling_due`)."""
    days = {
        StepKind.REGISTERED: rules.sort_days,         # the centre sorts within 15 days
        StepKind.TRANSFERRED: rules.accept_notice_days,  # the unit decides within 15 days
        StepKind.ACCEPTED: rules.handling_days,       # 办理 within 60 days of 受理
        StepKind.ANSWERED: rules.review_days,         # the visitor may ask for 复查
        StepKind.REVIEW_REQUESTED: rules.review_days,  # the reviewing organ answers
        StepKind.REVIEWED: rules.review_days,         # the visitor may ask for 复核
        StepKind.RE_REVIEW_REQUESTED: rules.review_days,  # the re-reviewing organ answers
    }.get(kind)
    if kind is StepKind.EXTENDED:
        if new_due is None:
            raise ValueError("an extension needs its new due date")
        return DueDate(new_due, calendar.add_days(new_due, 0, roll_over=False).calendar,
                       not calendar.knows_year(new_due.year))
    if days is None:
        return None
    return calendar.add_days(on_date, days, roll_over=rules.roll_over)


def latest_extension(handling_due: date, rules: DeadlineRules, calendar: Calendar) -> date:
    """The furthest an extension may move the 办理期限: `extension_days` after it."""
    return calendar.add_days(handling_due, rules.extension_days, roll_over=rules.roll_over).due


def steps_of(session: Session, case_visit_id: uuid.UUID) -> list[CaseStep]:
    return list(session.scalars(
        select(CaseStep)
        .where(CaseStep.case_visit_id == case_visit_id, CaseStep.deleted_at.is_(None))
        .order_by(CaseStep.recorded_at, CaseStep.id)
    ))


def _withdrawn_ids(steps: Sequence[CaseStep]) -> set[uuid.UUID]:
    return {step.corrects_id for step in steps
            if step.kind == StepKind.CORRECTION and step.corrects_id is not None}


# Side steps a CORRECTION may withdraw (unlinking a repeat visit linked by mistake).
CORRECTABLE_SIDE_STEPS = frozenset({StepKind.VISIT_LINKED, StepKind.NO_LONGER_ACCEPTED})


def effective_chain(steps: Sequence[CaseStep]) -> list[CaseStep]:
    """The chain steps that stand (not withdrawn by a correction), oldest first."""
    withdrawn = _withdrawn_ids(steps)
    return [step for step in steps
            if StepKind(step.kind) not in SIDE_STEPS and step.id not in withdrawn]


def current_step(steps: Sequence[CaseStep]) -> StepKind | None:
    chain = effective_chain(steps)
    return StepKind(chain[-1].kind) if chain else None


def is_final(steps: Sequence[CaseStep]) -> bool:
    """After 复核 or 办结 the same matter gets a 不再受理 notice (DOMAIN.md)."""
    return any(StepKind(step.kind) in FINAL_STEPS for step in effective_chain(steps))


def allowed_next(steps: Sequence[CaseStep]) -> frozenset[StepKind]:
    current = current_step(steps)
    if current is None:
        return frozenset({StepKind.REGISTERED})
    return CHAIN_STEPS[current]


def step_views(steps: Sequence[CaseStep]) -> tuple[StepView, ...]:
    withdrawn = _withdrawn_ids(steps)
    return tuple(
        StepView(
            step_id=step.id, kind=StepKind(step.kind), on_date=step.on_date, due=step.due,
            due_estimated=step.due_estimated, recorded_at=step.recorded_at, actor=step.actor,
            unit_name=step.unit_name or "", document_number=step.document_number or "",
            approved_by=step.approved_by or "", note=step.note or "",
            corrects_id=step.corrects_id, withdrawn=step.id in withdrawn,
        )
        for step in steps
    )


def record_step(
    session: Session,
    case: Visit,
    kind: StepKind,
    on_date: date,
    *,
    workstation: Workstation,
    now: datetime,
    rules: DeadlineRules,
    calendar: Calendar,
    unit_name: str | None = None,
    document_number: str | None = None,
    approved_by: str | None = None,
    note: str | None = None,
    visit_id: uuid.UUID | None = None,
    new_due: date | None = None,
    corrects: uuid.UUID | None = None,
) -> CaseStep:
    """Append one step to `case` (the visit that opened it) and bring the case's status
    and current deadline up to date. Refuses a step that does not follow the chain."""
    steps = steps_of(session, case.id)
    target = next((step for step in steps if step.id == corrects), None)
    if kind is StepKind.CORRECTION and target is not None and (
            StepKind(target.kind) in CORRECTABLE_SIDE_STEPS):
        # A repeat visit linked by mistake (and the 不再受理 notice that came with it).
        if target.id in _withdrawn_ids(steps):
            raise StepNotAllowed(QT_TRANSLATE_NOOP("Errors", "该步骤已经更正过"))
        if not (note or "").strip():
            raise StepNotAllowed(QT_TRANSLATE_NOOP("Errors", "请写明更正的原因"),
                                 field="note")
    elif kind is StepKind.CORRECTION:
        chain = effective_chain(steps)
        if corrects is None or not chain or chain[-1].id != corrects:
            raise StepNotAllowed(QT_TRANSLATE_NOOP(
                "Errors", "只能更正最近的一个办理步骤；更早的步骤请先更正其后的步骤"))
        if len(chain) == 1:
            raise StepNotAllowed(QT_TRANSLATE_NOOP("Errors", "登记步骤不能更正"))
        if not (note or "").strip():
            raise StepNotAllowed(QT_TRANSLATE_NOOP("Errors", "请写明更正的原因"),
                                 field="note")
    elif kind not in SIDE_STEPS:
        allowed = allowed_next(steps)
        if kind not in allowed:
            current = current_step(steps)
            raise StepNotAllowed(
                QT_TRANSLATE_NOOP("Errors", "该件现在处于“{current}”，不能记录“{step}”"),
                current=STEP_LABELS[current] if current else "—", step=STEP_LABELS[kind],
            )
        last = effective_chain(steps)[-1] if steps else None
        if last is not None and on_date < last.on_date:
            raise StepNotAllowed(
                QT_TRANSLATE_NOOP("Errors", "日期 {day} 早于上一步骤的日期 {last}，请核对"),
                field="on_date", day=on_date.isoformat(), last=last.on_date.isoformat(),
            )
    due = step_due(kind, on_date, rules, calendar, handling_due=case.handling_due,
                   new_due=new_due)
    step = CaseStep(
        case_visit_id=case.id, kind=kind.value, on_date=on_date,
        due=due.due if due else None, due_estimated=bool(due and due.estimated),
        recorded_at=now, actor=workstation.operator, unit_name=unit_name,
        document_number=document_number, approved_by=approved_by, note=note,
        visit_id=visit_id, corrects_id=corrects, origin_terminal=workstation.terminal_code,
    )
    session.add(step)
    session.flush()
    apply_steps(session, case, [*steps, step], workstation, now)
    return step


class StepFacts(Protocol):
    """What derive_case_dates reads of a step (a CaseStep row, or a plain record)."""

    @property
    def kind(self) -> str: ...
    @property
    def on_date(self) -> date: ...
    @property
    def due(self) -> date | None: ...
    @property
    def due_estimated(self) -> bool: ...


@dataclass(frozen=True)
class CaseDates:
    """What a case's chain of steps says about the case (stored on its Visit row)."""

    case_status: str
    accepted_on: date | None
    transferred_on: date | None
    # The unit's decision when transferred, else the centre's own sorting deadline.
    accept_notice_due: date | None
    handling_due: date | None  # None unless the chain has an acceptance
    next_due: date | None
    next_due_step: str | None
    deadline_estimated: bool


def derive_case_dates(chain: Sequence[StepFacts]) -> CaseDates:
    """Pure: the case's status and dates from its standing chain steps (oldest first)."""
    last = chain[-1]
    by_kind = {StepKind(step.kind): step for step in chain}
    accepted = by_kind.get(StepKind.ACCEPTED)
    transferred = by_kind.get(StepKind.TRANSFERRED)
    extended = by_kind.get(StepKind.EXTENDED)
    # What the case waits on: the last chain step's deadline, unless it is the visitor's
    # own window (ANSWERED/REVIEWED: time to ask for review) — that is not the office's.
    waiting_on_office = StepKind(last.kind) not in (StepKind.ANSWERED, StepKind.REVIEWED)
    next_due = last.due if waiting_on_office else None
    return CaseDates(
        case_status=STEP_CASE_STATUS[StepKind(last.kind)].value,
        accepted_on=accepted.on_date if accepted else None,
        transferred_on=transferred.on_date if transferred else None,
        accept_notice_due=transferred.due if transferred else chain[0].due,
        handling_due=(extended.due if extended else accepted.due) if accepted else None,
        next_due=next_due,
        next_due_step=last.kind if next_due else None,
        deadline_estimated=any(step.due_estimated for step in chain if step.due),
    )


def apply_steps(session: Session, case: Visit, steps: Sequence[CaseStep],
                workstation: Workstation, now: datetime) -> None:
    """Derive the case's status, its dates and the deadline it waits on from its steps;
    a status change is written to the status history."""
    chain = effective_chain(steps)
    if not chain:
        return
    dates = derive_case_dates(chain)
    # Assigned whole: a withdrawn transfer or acceptance takes its dates with it.
    case.accepted_on = dates.accepted_on
    case.transferred_on = dates.transferred_on
    case.accept_notice_due = dates.accept_notice_due
    case.handling_due = dates.handling_due
    case.next_due = dates.next_due
    case.next_due_step = dates.next_due_step
    case.deadline_estimated = dates.deadline_estimated
    if case.case_status != dates.case_status:
        session.add(VisitStatusChange(
            visit_id=case.id, kind="case", from_status=case.case_status,
            to_status=dates.case_status, at=now, actor=workstation.operator,
            window_name=case.window_name, origin_terminal=workstation.terminal_code,
        ))
        case.case_status = dates.case_status
