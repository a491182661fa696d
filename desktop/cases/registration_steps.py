"""The case steps a registration writes (desktop/cases/lifecycle.record_step, the one
write path): 登记 on the day received, then the route's step — 转送/交办 on the transfer
date, 受理 (本机关受理), 不予受理 (依法分类处理 and 不予受理, the reason or channel as its
note) or 办结 (当场答复). Re-saving with another route corrects the route's step while it
is still the case's current step; after later steps the registration page refuses and
points to 办理流程."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from db.models import CaseStep, Visit
from desktop.calendar import Calendar
from desktop.cases.deadlines import DeadlineRules, StatutoryDeadlines
from desktop.cases.lifecycle import effective_chain, record_step, steps_of
from desktop.cases.registration_rules import RegistrationInput, legal_channel_for
from desktop.cases.units import UnitItem
from desktop.domain import Route, StepKind
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.queue.tickets import InvalidInput
from desktop.terminal import Workstation

# The step each route records after 登记.
ROUTE_STEP: dict[Route, StepKind] = {
    Route.ACCEPTED_HERE: StepKind.ACCEPTED,
    Route.ANSWERED: StepKind.CLOSED,
    Route.TRANSFERRED: StepKind.TRANSFERRED,
    Route.LEGAL_CHANNEL: StepKind.REFUSED,
    Route.NOT_ACCEPTED: StepKind.REFUSED,
}
CORRECTION_NOTE = QT_TRANSLATE_NOOP("Domain", "登记时更正办理方式")


@dataclass(frozen=True)
class RouteStep:
    kind: StepKind
    on_date: date
    unit_name: str | None
    document_number: str | None
    note: str | None

    def matches(self, step: CaseStep) -> bool:
        """The recorded step says the same (a transfer: the same unit, date and 文号)."""
        if StepKind(step.kind) is not self.kind:
            return False
        if self.kind is StepKind.TRANSFERRED:
            return (step.on_date, step.unit_name, step.document_number) == (
                self.on_date, self.unit_name, self.document_number)
        return True


def route_step(data: RegistrationInput, unit: UnitItem | None,
               deadlines: StatutoryDeadlines) -> RouteStep:
    received = deadlines.received_on
    kind = ROUTE_STEP[data.route]
    if data.route is Route.TRANSFERRED:
        assert unit is not None and deadlines.transferred_on is not None  # validated
        return RouteStep(kind, deadlines.transferred_on, unit.name,
                         data.transfer_document_number or None, None)
    if data.route is Route.LEGAL_CHANNEL:
        channel = legal_channel_for(data.route_channel)
        assert channel is not None and unit is not None  # validated
        return RouteStep(kind, received, unit.name, None, channel.label)
    if data.route is Route.NOT_ACCEPTED:
        return RouteStep(kind, received, None, None, data.route_reason)
    return RouteStep(kind, received, None, None, None)


def write_route_steps(
    session: Session,
    visit: Visit,
    data: RegistrationInput,
    unit: UnitItem | None,
    deadlines: StatutoryDeadlines,
    *,
    workstation: Workstation,
    now: datetime,
    rules: DeadlineRules,
    calendar: Calendar,
) -> None:
    """Bring the case's steps and route fields in line with the registration `data`."""
    wanted = route_step(data, unit, deadlines)
    chain = effective_chain(steps_of(session, visit.id))
    order = iter(range(1, 10))

    def record(kind: StepKind, on_date: date, **details: object) -> CaseStep:
        # Distinct times keep the steps in the order they were written.
        at = now + timedelta(microseconds=next(order))
        return record_step(session, visit, kind, on_date, workstation=workstation, now=at,
                           rules=rules, calendar=calendar, **details)  # type: ignore[arg-type]

    recorded = False
    if not chain:
        record(StepKind.REGISTERED, deadlines.received_on)
        chain_after = []
    else:
        chain_after = chain[1:]
    current = chain_after[0] if chain_after else None
    if current is None or not wanted.matches(current) or visit.route != data.route.value:
        if len(chain_after) > 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "该件登记后已有后续办理步骤，不能在登记页更改办理方式；"
                    "请在“办理流程”中更正"),
                field="route")
        if current is not None:
            record(StepKind.CORRECTION, max(current.on_date, deadlines.received_on),
                   corrects=current.id, note=CORRECTION_NOTE)
        record(wanted.kind, wanted.on_date, unit_name=wanted.unit_name,
               document_number=wanted.document_number, note=wanted.note)
        recorded = True
    visit.route = data.route.value
    visit.route_unit_code = unit.code if unit else None
    visit.route_unit = unit.name if unit else None
    visit.route_channel = data.route_channel or None
    visit.route_reason = data.route_reason or None
    visit.route_basis = data.route_basis or None
    visit.transfer_document_number = data.transfer_document_number or None
    if recorded:
        # The dates the route's steps started (apply_steps keeps only the chain's own).
        visit.transferred_on = deadlines.transferred_on
        visit.accepted_on = deadlines.accepted_on
        visit.accept_notice_due = deadlines.accept_notice_due
        visit.handling_due = deadlines.handling_due
        visit.deadline_calendar = deadlines.calendar
