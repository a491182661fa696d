"""Recounting the saved deadlines of cases by the official calendar as it stands now.

Two occasions:
- cases counted before the official calendar existed (`Visit.deadline_calendar` NULL:
  registered before migration 0004, some without any case step) — once, at start-up,
  in the background (`only_uncounted=True`);
- an administrator's calendar change (a holiday or make-up working day entered or
  removed, a year marked entered): the open cases whose deadlines fall on or after the
  earliest changed day (`changed_days`), in the same transaction as the change.

A case without steps gets them from its registration (登记 on the day received, then
the route's step: 转送/交办, 受理, 不予受理, or 办结 for 当场答复), written through
`record_step`, the one write path. A case with steps has every step's due date counted
again from the day it happened (an approved 延期 keeps its date) and the case's dates
derived again (`apply_steps`). Every date comes from the Calendar passed in.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import CaseStep, Visit
from desktop.calendar import Calendar, DueDate
from desktop.cases.deadlines import DeadlineRules
from desktop.cases.lifecycle import apply_steps, record_step, step_due, steps_of
from desktop.domain import OPEN_CASE_STATUSES, Route, StepKind
from desktop.terminal import Workstation

# The step an old registration's route stands for (a transfer is a transfer now: the
# unit decides; the old rows called it accepted).
_ROUTE_STEP: dict[Route, StepKind] = {
    Route.ACCEPTED_HERE: StepKind.ACCEPTED,
    Route.ANSWERED: StepKind.CLOSED,
    Route.TRANSFERRED: StepKind.TRANSFERRED,
    Route.LEGAL_CHANNEL: StepKind.REFUSED,
    Route.NOT_ACCEPTED: StepKind.REFUSED,
}


@dataclass(frozen=True)
class _Dates:
    """What a recount may move on a case (compared before and after)."""

    case_status: str | None
    accept_notice_due: date | None
    handling_due: date | None
    next_due: date | None
    deadline_estimated: bool

    @classmethod
    def of(cls, case: Visit) -> _Dates:
        return cls(case.case_status, case.accept_notice_due, case.handling_due,
                   case.next_due, bool(case.deadline_estimated))


def calendar_label(calendar: Calendar, counted: Iterable[DueDate], day: date) -> str:
    """Which schedule counted a case: an estimate wins (it is what the clerk must see);
    nothing counted still names the calendar that would have counted on `day`."""
    dues = list(counted)
    if not dues:
        dues = [calendar.add_days(day, 0, roll_over=False)]
    return max(dues, key=lambda due: due.estimated).calendar


def _cases(session: Session, *, only_uncounted: bool,
           changed_days: Sequence[date] | None) -> list[Visit]:
    query = select(Visit).where(
        Visit.case_number.is_not(None), Visit.deleted_at.is_(None),
        Visit.case_visit_id.is_(None),
    )
    if only_uncounted:
        query = query.where(Visit.deadline_calendar.is_(None))
    if changed_days:
        first = min(changed_days)
        stepped_late = select(CaseStep.case_visit_id).where(
            CaseStep.due >= first, CaseStep.deleted_at.is_(None))
        query = query.where(
            Visit.case_status.in_([status.value for status in OPEN_CASE_STATUSES]),
            or_(Visit.next_due >= first, Visit.handling_due >= first,
                Visit.accept_notice_due >= first, Visit.id.in_(stepped_late),
                # Never counted by the official calendar: count it now.
                Visit.deadline_calendar.is_(None)),
        )
    return list(session.scalars(query.order_by(Visit.received_on, Visit.id)))


def _migrate(session: Session, case: Visit, calendar: Calendar, rules: DeadlineRules,
             workstation: Workstation, now: datetime) -> list[CaseStep]:
    """The steps of a case registered before steps existed, from its registration."""
    received = case.received_on or case.service_day
    # Two steps recorded at the same moment keep their order by a microsecond.
    steps = [record_step(session, case, StepKind.REGISTERED, received, workstation=workstation,
                         now=now, rules=rules, calendar=calendar)]
    try:
        kind = _ROUTE_STEP.get(Route(case.route)) if case.route else None
    except ValueError:  # a route this version does not know: registered only
        kind = None
    if kind is not None:
        on_date = {
            StepKind.TRANSFERRED: case.transferred_on,
            StepKind.ACCEPTED: case.accepted_on,
        }.get(kind) or received
        steps.append(record_step(
            session, case, kind, max(on_date, received), workstation=workstation,
            now=now + timedelta(microseconds=1), rules=rules, calendar=calendar,
            unit_name=case.route_unit if kind is StepKind.TRANSFERRED else None,
            document_number=(case.transfer_document_number
                             if kind is StepKind.TRANSFERRED else None),
        ))
    return steps


def _recount_steps(steps: Sequence[CaseStep], calendar: Calendar,
                   rules: DeadlineRules) -> list[DueDate]:
    counted: list[DueDate] = []
    for step in steps:
        kind = StepKind(step.kind)
        if kind is StepKind.EXTENDED:
            if step.due is None:
                continue
            # The approved date stands; whether it is an estimate may have changed.
            due = step_due(kind, step.on_date, rules, calendar, new_due=step.due)
        else:
            due = step_due(kind, step.on_date, rules, calendar)
        if due is None:
            continue
        counted.append(due)
        if step.due != due.due or step.due_estimated != due.estimated:
            step.due = due.due
            step.due_estimated = due.estimated
    return counted


def recount_deadlines(
    session: Session,
    calendar: Calendar,
    rules: DeadlineRules,
    *,
    workstation: Workstation,
    now: datetime,
    only_uncounted: bool = False,
    changed_days: Sequence[date] | None = None,
) -> int:
    """Count the saved deadlines of cases again (see the module's docstring); returns
    how many cases got steps or had a date, their status or the estimate mark moved."""
    moved = 0
    for case in _cases(session, only_uncounted=only_uncounted, changed_days=changed_days):
        before = _Dates.of(case)
        steps = steps_of(session, case.id)
        migrated = not steps
        if migrated:
            steps = _migrate(session, case, calendar, rules, workstation, now)
        counted = _recount_steps(steps, calendar, rules)
        apply_steps(session, case, steps, workstation, now)
        case.deadline_calendar = calendar_label(
            calendar, counted, case.received_on or case.service_day)
        if migrated or _Dates.of(case) != before:
            moved += 1
    session.flush()
    return moved


def uncounted_case_ids(session: Session) -> list[uuid.UUID]:
    """Cases still waiting for their first count (for checks and tests)."""
    return list(session.scalars(
        select(Visit.id).where(Visit.case_number.is_not(None), Visit.deleted_at.is_(None),
                               Visit.case_visit_id.is_(None),
                               Visit.deadline_calendar.is_(None))
    ))
