"""Demo case histories: every route, every step of the lifecycle and repeat visits, with
dates counted on the official calendar (used by desktop/demo.py).

A case's future is drawn when its visit is made: each step follows the last after a
random gap and is kept only if it falls on or before today, so older cases have got
further. One case in five moves fast (gaps of a few days), so even a 30-day demo shows
复查, 复核 and 办结. The derived fields come from lifecycle.derive_case_dates, the same
function the real services use.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from db.base import new_id
from desktop.calendar import Calendar
from desktop.cases.deadlines import DeadlineRules
from desktop.cases.lifecycle import derive_case_dates, step_due
from desktop.cases.units import UnitItem
from desktop.clock import LOCAL_TZ
from desktop.domain import (
    FINAL_STEPS,
    LEGAL_CHANNEL_LIST,
    MatterSort,
    Route,
    StepKind,
    UnitKind,
)

DEMO_ACTOR = "演示"
ROUTE_WEIGHTS = {
    Route.TRANSFERRED: 50, Route.ANSWERED: 20, Route.ACCEPTED_HERE: 15,
    Route.LEGAL_CHANNEL: 10, Route.NOT_ACCEPTED: 5,
}
SORT_WEIGHTS = {MatterSort.CLAIM: 75, MatterSort.SUGGESTION: 15, MatterSort.ACCUSATION: 10}
REFUSALS = (
    ("该事项已经依法终结，且未提出新的事实和理由", "《信访工作条例》第三十五条"),
    ("反映的事项不属于本机关职权范围，已告知向有权处理的机关提出",
     "《信访工作条例》第三十一条"),
)


@dataclass(frozen=True)
class _Step:
    kind: str
    on_date: date
    due: date | None
    due_estimated: bool
    unit_name: str | None = None
    document_number: str | None = None
    approved_by: str | None = None
    note: str | None = None
    visit_id: uuid.UUID | None = None


@dataclass
class DemoCase:
    visit_id: uuid.UUID
    steps: list[_Step] = field(default_factory=list)
    links: int = 0  # repeat visits linked to it
    # A stalled case stops after this many steps, so the deadline watch has overdue cases.
    stop_after: int = 99

    def final_on(self, day: date) -> bool:
        """After 复核 or 办结 by `day`: the same matter is not accepted again."""
        return any(StepKind(s.kind) in FINAL_STEPS and s.on_date <= day for s in self.steps)


class CaseSimulator:
    def __init__(self, rng: random.Random, today: date, calendar: Calendar,
                 rules: DeadlineRules, units: tuple[UnitItem, ...], terminal: str) -> None:
        self._rng = rng
        self._today = today
        self._calendar = calendar
        self._rules = rules
        self._terminal = terminal
        self._units = {kind: [u for u in units if u.kind is kind] for kind in UnitKind}
        self.step_rows: list[dict[str, Any]] = []
        self.calendar_label = calendar.add_days(today, 0, roll_over=False).calendar

    def _pick_unit(self, kinds: tuple[UnitKind, ...]) -> UnitItem | None:
        choices = [unit for kind in kinds for unit in self._units.get(kind, [])]
        return self._rng.choice(choices) if choices else None

    def _gap(self, fast: bool, low: int, high: int) -> int:
        return self._rng.randint(1, 3) if fast else self._rng.randint(low, high)

    def _step(self, case: DemoCase, kind: StepKind, on: date, *, new_due: date | None = None,
              **extra: Any) -> bool:
        """Append the step when it has happened by today; False once the future starts."""
        if on > self._today or len(case.steps) >= case.stop_after:
            return False
        due = step_due(kind, on, self._rules, self._calendar, new_due=new_due)
        case.steps.append(_Step(kind.value, on, due.due if due else None,
                                bool(due and due.estimated), **extra))
        return True

    def register(self, row: dict[str, Any], received: date) -> DemoCase:
        """Fill a registered visit row's case fields and draw its steps."""
        rng = self._rng
        route = rng.choices(list(ROUTE_WEIGHTS), list(ROUTE_WEIGHTS.values()))[0]
        sort = rng.choices(list(SORT_WEIGHTS), list(SORT_WEIGHTS.values()))[0]
        case = DemoCase(row["id"])
        if rng.random() < 0.08:
            case.stop_after = rng.randint(2, 4)
        fast = rng.random() < 0.2
        row.update({"route": route.value, "matter_sort": sort.value,
                    "deadline_calendar": self.calendar_label})
        self._step(case, StepKind.REGISTERED, received)
        if route is Route.TRANSFERRED:
            kinds = ((UnitKind.DISCIPLINE,) if sort is MatterSort.ACCUSATION
                     else (UnitKind.GOVERNMENT, UnitKind.DISTRICT))
            unit = self._pick_unit(kinds)
            if unit is not None:
                row.update({"route_unit": unit.name, "route_unit_code": unit.code})
            number = f"海信转〔{received.year}〕{rng.randrange(1, 999)}号"
            row["transfer_document_number"] = number
            self._step(case, StepKind.TRANSFERRED, received,
                       unit_name=unit.name if unit else None, document_number=number)
            decided = received + timedelta(days=self._gap(fast, 3, 14))
            if rng.random() < 0.1:
                self._step(case, StepKind.REFUSED, decided, unit_name=row.get("route_unit"),
                           note="不属于本单位职权范围，已告知来访人")
            elif self._step(case, StepKind.ACCEPTED, decided, unit_name=row.get("route_unit")):
                self._after_acceptance(case, decided, fast)
        elif route is Route.ACCEPTED_HERE:
            self._step(case, StepKind.ACCEPTED, received)
            self._after_acceptance(case, received, fast)
        elif route is Route.ANSWERED:
            self._step(case, StepKind.CLOSED, received, note="当场答复")
        elif route is Route.LEGAL_CHANNEL:
            channel = rng.choice(LEGAL_CHANNEL_LIST)
            # The channel's own kind of body first (行政复议机关 before any department).
            body = next((unit for kind in channel.body_kinds
                         if (unit := self._pick_unit((kind,))) is not None), None)
            row.update({"route_channel": channel.key,
                        "route_unit": body.name if body else None,
                        "route_unit_code": body.code if body else None,
                        "flag_law_related": True})
            self._step(case, StepKind.REFUSED, received, note=channel.label)
        else:
            reason, basis = rng.choice(REFUSALS)
            row.update({"route_reason": reason, "route_basis": basis})
            self._step(case, StepKind.REFUSED, received, note=reason)
        return case

    def _after_acceptance(self, case: DemoCase, accepted: date, fast: bool) -> None:
        rng = self._rng
        answered = accepted + timedelta(days=self._gap(fast, 15, 55))
        if rng.random() < 0.12:
            extended_on = accepted + timedelta(days=self._gap(fast, 45, 55))
            handling_due = case.steps[-1].due or accepted
            new_due = self._calendar.add_days(handling_due, self._rules.extension_days,
                                              roll_over=self._rules.roll_over).due
            if not self._step(case, StepKind.EXTENDED, extended_on, new_due=new_due,
                              approved_by="科长（演示）", note="需要现场核查，延期办理"):
                return
            answered = extended_on + timedelta(days=self._gap(fast, 10, 25))
        if not self._step(case, StepKind.ANSWERED, answered,
                          document_number=f"答复〔{answered.year}〕{rng.randrange(1, 999)}号"):
            return
        if rng.random() < 0.7:
            self._step(case, StepKind.CLOSED, answered + timedelta(days=self._gap(fast, 31, 35)))
            return
        asked = answered + timedelta(days=self._gap(fast, 5, 25))
        if not self._step(case, StepKind.REVIEW_REQUESTED, asked):
            return
        reviewed = asked + timedelta(days=self._gap(fast, 10, 28))
        if not self._step(case, StepKind.REVIEWED, reviewed):
            return
        if rng.random() < 0.6:
            self._step(case, StepKind.CLOSED, reviewed + timedelta(days=self._gap(fast, 31, 35)))
            return
        asked = reviewed + timedelta(days=self._gap(fast, 5, 25))
        if self._step(case, StepKind.RE_REVIEW_REQUESTED, asked):
            self._step(case, StepKind.RE_REVIEWED, asked + timedelta(days=self._gap(fast, 10, 28)))

    def link(self, case: DemoCase, visit_id: uuid.UUID, day: date, recorded: datetime
             ) -> bool:
        """A repeat visit on the same matter (a side step on the case; the case's own
        dates do not move); True when it got a 不再受理 notice."""
        case.links += 1
        kinds = [StepKind.VISIT_LINKED]
        if case.final_on(day):
            kinds.append(StepKind.NO_LONGER_ACCEPTED)
        for order, kind in enumerate(kinds):
            self._row(case.visit_id, _Step(kind.value, day, None, False, visit_id=visit_id),
                      recorded + timedelta(microseconds=order), recorded)
        return len(kinds) > 1

    def _row(self, case_visit_id: uuid.UUID, step: _Step, recorded_at: datetime,
             updated: datetime) -> None:
        self.step_rows.append({
            "id": new_id(), "version": 1, "updated_at": updated,
            "origin_terminal": self._terminal, "case_visit_id": case_visit_id,
            "kind": step.kind, "on_date": step.on_date, "due": step.due,
            "due_estimated": step.due_estimated, "recorded_at": recorded_at,
            "actor": DEMO_ACTOR, "unit_name": step.unit_name,
            "document_number": step.document_number, "approved_by": step.approved_by,
            "note": step.note, "visit_id": step.visit_id, "corrects_id": None,
            "deleted_at": None,
        })

    def finish(self, case: DemoCase, row: dict[str, Any], recorded: datetime) -> None:
        """Derive the case row's status and dates from its steps; queue the step rows."""
        dates = derive_case_dates(case.steps)
        row.update({
            "case_status": dates.case_status, "accepted_on": dates.accepted_on,
            "transferred_on": dates.transferred_on,
            "accept_notice_due": dates.accept_notice_due or case.steps[0].due,
            "handling_due": dates.handling_due, "next_due": dates.next_due,
            "next_due_step": dates.next_due_step,
            "deadline_estimated": dates.deadline_estimated,
        })
        for order, step in enumerate(case.steps):
            at = datetime.combine(step.on_date, time(9, 0), tzinfo=LOCAL_TZ).astimezone(UTC)
            self._row(case.visit_id, step, max(at, recorded) + timedelta(microseconds=order),
                      recorded)
