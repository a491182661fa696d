"""办理流程: a case's timeline after registration — the steps recorded on it (转送, 受理,
延期, 出具处理意见, 复查, 复核, 办结), the corrections, and the deadline it waits on.

Every write goes through desktop/cases/lifecycle.record_step (the one write path of case
steps), in one transaction per call, with the centre's time limits and the official
calendar as the administrator keeps it (load_calendar). Dates are the days things
happened: never in the future, never before the step before. Who recorded a step is the
workstation's operator (users come later).

A case registered before case steps existed has none: it is shown as its registration
left it, and the first step recorded on it first writes what its registration implies
(登记, and the route's own step), marked as written afterwards.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CaseStep, HandlingUnit, Visit
from desktop.accounts.permissions import Permission, require
from desktop.calendar import Calendar
from desktop.cases.calendar_store import load_calendar
from desktop.cases.deadlines import ACCEPT_NOTICE_LABEL, HANDLING_LABEL, DeadlineRules
from desktop.cases.lifecycle import (
    StepNotAllowed,
    StepView,
    allowed_next,
    current_step,
    effective_chain,
    is_final,
    latest_extension,
    record_step,
    step_views,
    steps_of,
)
from desktop.cases.units import UnitItem, list_units
from desktop.clock import service_day
from desktop.domain import (
    CHAIN_STEPS,
    STEP_LABELS,
    CaseStatus,
    MatterSort,
    Route,
    StepKind,
)
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.service import TerminalService
from desktop.settings.reference import load_centre_settings
from desktop.text import clean_text, column_length

# The deadline each step starts, by name (what the timeline and the enquiry show).
DUE_LABELS: dict[StepKind, str] = {
    StepKind.REGISTERED: QT_TRANSLATE_NOOP("Domain", "分类处理期限"),
    StepKind.TRANSFERRED: ACCEPT_NOTICE_LABEL,
    StepKind.ACCEPTED: HANDLING_LABEL,
    StepKind.EXTENDED: QT_TRANSLATE_NOOP("Domain", "办理期限（延期后）"),
    StepKind.ANSWERED: QT_TRANSLATE_NOOP("Domain", "申请复查期限"),
    StepKind.REVIEW_REQUESTED: QT_TRANSLATE_NOOP("Domain", "复查答复期限"),
    StepKind.REVIEWED: QT_TRANSLATE_NOOP("Domain", "申请复核期限"),
    StepKind.RE_REVIEW_REQUESTED: QT_TRANSLATE_NOOP("Domain", "复核答复期限"),
}

# The step a registration's route stands for (to fill in the steps of an old case).
ROUTE_STEP: dict[Route, StepKind] = {
    Route.ACCEPTED_HERE: StepKind.ACCEPTED,
    Route.ANSWERED: StepKind.CLOSED,
    Route.TRANSFERRED: StepKind.TRANSFERRED,
    Route.LEGAL_CHANNEL: StepKind.REFUSED,
    Route.NOT_ACCEPTED: StepKind.REFUSED,
}
BACKFILL_NOTE = QT_TRANSLATE_NOOP("Domain", "补记：按原登记内容生成")

# Steps record_step writes: the chain steps after registration, but an extension (its
# own form: who approved it and why) and the registration itself.
RECORDABLE = frozenset(CHAIN_STEPS) - {StepKind.REGISTERED, StepKind.EXTENDED}
_STEP_ORDER = {kind: index for index, kind in enumerate(StepKind)}
MAX_NOTE_LENGTH = 2000


class CaseNotFound(UserError):
    pass


class CaseInputError(UserError):
    """A step's date or text the clerk has to correct; `field` names the input."""


@dataclass(frozen=True)
class NextStep:
    kind: StepKind
    label: str  # untranslated (context "Domain")


@dataclass(frozen=True)
class CaseDetail:
    """One case as the 办理流程 screen shows it."""

    case_visit_id: uuid.UUID
    case_number: str
    masked_name: str  # "张*"; "" for an anonymous matter
    received_on: date
    matter_sort: MatterSort | None
    route: Route | None
    unit_name: str  # the unit it was transferred to, or the body named
    status: CaseStatus | None
    accepted_on: date | None
    transferred_on: date | None
    accept_notice_due: date | None
    handling_due: date | None
    next_due: date | None  # the deadline the case waits on now
    next_due_step: StepKind | None  # the step that started it
    next_due_label: str  # untranslated (context "Domain"); "" without a deadline
    overdue: bool
    estimated: bool  # some date was counted by weekends only (按周末推算)
    visit_count: int
    today: date
    timeline: tuple[StepView, ...]  # every step, oldest first (withdrawn ones marked)
    has_steps: bool  # False: an old registration, no steps recorded yet
    allowed_next: tuple[NextStep, ...]  # the chain steps record_step may write now
    can_extend: bool
    latest_extension: date | None  # the furthest a 延期 may set the 办理期限
    correctable: StepView | None  # the step 更正上一步 would withdraw
    final: bool  # 复核 or 办结: the same matter is not accepted again

    def correction_reason(self, step_id: uuid.UUID) -> str:
        """Why a withdrawn step was withdrawn ("" when it was not)."""
        for step in self.timeline:
            if step.kind is StepKind.CORRECTION and step.corrects_id == step_id:
                return step.note
        return ""

    @property
    def extension(self) -> StepView | None:
        """The standing 延期 step, if any."""
        for step in self.timeline:
            if step.kind is StepKind.EXTENDED and not step.withdrawn:
                return step
        return None


def mask_name(name: str) -> str:
    """"张三" → "张*", "欧阳小明" → "欧***": what a case shows of its visitor."""
    name = name.strip()
    return name[:1] + "*" * (len(name) - 1) if name else ""


def _clean(value: str, field: str, label: str, limit: int, multiline: bool = False) -> str:
    return clean_text(value, field=field, label=label, limit=limit, multiline=multiline,
                      error=CaseInputError)


class CaseService(TerminalService):
    # ------------------------------------------------------------------ reading

    def units(self) -> tuple[UnitItem, ...]:
        """The units directory (承办单位名录), for the unit a step names."""
        with self._sessions.begin() as session:
            return list_units(session)

    def case_detail(self, case: str | uuid.UUID) -> CaseDetail:
        """A case by its number, or by the id of its visit (a linked repeat visit's id
        gives the case it was linked to)."""
        require(self._actor(), Permission.VIEW_CASES)
        with self._sessions.begin() as session:
            visit = self._find(session, case)
            return self._detail(session, visit, self._setup(session))

    # ------------------------------------------------------------------ writing

    def record_step(
        self,
        case: str | uuid.UUID,
        kind: StepKind,
        on_date: date,
        *,
        unit_name: str = "",
        document_number: str = "",
        note: str = "",
    ) -> CaseDetail:
        """Append one chain step (转送, 受理, 不予受理, 出具处理意见, 申请复查, 复查意见,
        申请复核, 复核意见, 办结) and return the case as it now stands."""
        require(self._actor(), Permission.REGISTER_VISITS)
        if kind not in RECORDABLE:
            raise ValueError(f"record_step does not write {kind.value} steps")
        unit = _clean(unit_name, "unit_name", QT_TRANSLATE_NOOP("Fields", "单位"),
                      column_length(CaseStep.unit_name))
        number = _clean(document_number, "document_number",
                        QT_TRANSLATE_NOOP("Fields", "文号"),
                        column_length(CaseStep.document_number))
        text = _clean(note, "note", QT_TRANSLATE_NOOP("Fields", "说明"), MAX_NOTE_LENGTH,
                      multiline=True)
        if kind is StepKind.TRANSFERRED and not unit:
            raise CaseInputError(
                QT_TRANSLATE_NOOP("Errors", "转送/交办请填写承办单位"), field="unit_name")
        if kind is StepKind.REFUSED and not text:
            raise CaseInputError(
                QT_TRANSLATE_NOOP("Errors", "不予受理请写明理由，告知书上会告知来访人"),
                field="note")
        now = self._clock()
        with self._sessions.begin() as session:
            visit = self._find(session, case, lock=True)
            rules, calendar = self._setup(session)
            steps = self._steps_for_writing(session, visit, now, rules, calendar)
            self._check_open(steps)
            self._check_date(visit, steps, on_date, now)
            record_step(session, visit, kind, on_date, workstation=self._workstation,
                        now=now, rules=rules, calendar=calendar, unit_name=unit or None,
                        document_number=number or None, note=text or None)
            if kind is StepKind.TRANSFERRED:
                visit.route = Route.TRANSFERRED.value
                visit.route_unit = unit
                visit.route_unit_code = session.scalar(
                    select(HandlingUnit.code).where(HandlingUnit.name == unit).limit(1))
                visit.transfer_document_number = number or None
            return self._detail(session, visit, (rules, calendar))

    def record_extension(
        self,
        case: str | uuid.UUID,
        *,
        approved_by: str,
        reason: str,
        new_due: date,
        on_date: date | None = None,
    ) -> CaseDetail:
        """延期: once, approved, with the reason the visitor is told; the new 办理期限 is
        after the current one and at most `extension_days` later."""
        require(self._actor(), Permission.APPROVE_EXTENSIONS)
        approver = _clean(approved_by, "approved_by", QT_TRANSLATE_NOOP("Fields", "批准人"),
                          column_length(CaseStep.approved_by))
        why = _clean(reason, "reason", QT_TRANSLATE_NOOP("Fields", "延期理由"),
                     MAX_NOTE_LENGTH, multiline=True)
        if not approver:
            raise CaseInputError(
                QT_TRANSLATE_NOOP("Errors", "请填写批准延期的负责人"), field="approved_by")
        if not why:
            raise CaseInputError(
                QT_TRANSLATE_NOOP("Errors", "请填写延期理由，延期告知书上会告知来访人"),
                field="reason")
        now = self._clock()
        day = on_date or service_day(now)
        with self._sessions.begin() as session:
            visit = self._find(session, case, lock=True)
            rules, calendar = self._setup(session)
            steps = self._steps_for_writing(session, visit, now, rules, calendar)
            self._check_open(steps)
            if any(StepKind(step.kind) is StepKind.EXTENDED for step in effective_chain(steps)):
                raise StepNotAllowed(
                    QT_TRANSLATE_NOOP("Errors", "该件已经延期过一次，不能再次延期"),
                    field="new_due")
            if StepKind.EXTENDED not in allowed_next(steps) or visit.handling_due is None:
                current = current_step(steps)
                raise StepNotAllowed(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "只有已受理、尚未出具处理意见的信访件可以延期；该件现在处于“{step}”"),
                    step=STEP_LABELS[current] if current else "—")
            latest = latest_extension(visit.handling_due, rules, calendar)
            if new_due <= visit.handling_due:
                raise CaseInputError(
                    QT_TRANSLATE_NOOP("Errors", "新的办理期限应晚于原办理期限 {due}"),
                    field="new_due", due=visit.handling_due.isoformat())
            if new_due > latest:
                raise CaseInputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "延期不得超过 {days} 日：新的办理期限最晚为 {latest}"),
                    field="new_due", days=rules.extension_days, latest=latest.isoformat())
            self._check_date(visit, steps, day, now)
            record_step(session, visit, StepKind.EXTENDED, day, workstation=self._workstation,
                        now=now, rules=rules, calendar=calendar, approved_by=approver,
                        note=why, new_due=new_due)
            return self._detail(session, visit, (rules, calendar))

    def correct_step(self, case: str | uuid.UUID, step_id: uuid.UUID,
                     reason: str) -> CaseDetail:
        """更正: withdraw the latest standing step (it stays on the timeline, struck
        through, with the reason); the case goes back to where it was before it."""
        require(self._actor(), Permission.REGISTER_VISITS)
        why = _clean(reason, "reason", QT_TRANSLATE_NOOP("Fields", "更正原因"),
                     MAX_NOTE_LENGTH, multiline=True)
        if not why:
            raise CaseInputError(
                QT_TRANSLATE_NOOP("Errors", "请写明更正的原因"), field="reason")
        now = self._clock()
        with self._sessions.begin() as session:
            visit = self._find(session, case, lock=True)
            rules, calendar = self._setup(session)
            steps = steps_of(session, visit.id)
            withdrawn = next((step for step in steps if step.id == step_id), None)
            record_step(session, visit, StepKind.CORRECTION, service_day(now),
                        workstation=self._workstation, now=now, rules=rules,
                        calendar=calendar, note=why, corrects=step_id)
            # The case's dates of a withdrawn transfer or acceptance go with it.
            kind = StepKind(withdrawn.kind) if withdrawn is not None else None
            if kind is StepKind.TRANSFERRED:
                visit.transferred_on = None
                visit.accept_notice_due = None
                visit.transfer_document_number = None
            elif kind is StepKind.ACCEPTED:
                visit.handling_due = None
            return self._detail(session, visit, (rules, calendar))

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _setup(session: Session) -> tuple[DeadlineRules, Calendar]:
        settings = load_centre_settings(session)
        rules = DeadlineRules(accept_notice_days=settings.accept_notice_days,
                              handling_days=settings.handling_days,
                              extension_days=settings.handling_extension_days,
                              roll_over=settings.deadline_roll_over)
        return rules, load_calendar(session)

    @staticmethod
    def _find(session: Session, key: str | uuid.UUID, *, lock: bool = False) -> Visit:
        visit: Visit | None
        if isinstance(key, uuid.UUID):
            visit = session.get(Visit, key, with_for_update=lock)
            if visit is not None and visit.case_visit_id is not None:
                visit = session.get(Visit, visit.case_visit_id, with_for_update=lock)
            shown = "—"
        else:
            shown = key.strip().upper()
            query = select(Visit).where(Visit.case_number == shown)
            visit = session.scalars(query.with_for_update() if lock else query).one_or_none()
        if (visit is None or visit.deleted_at is not None or visit.case_number is None
                or visit.received_on is None):
            raise CaseNotFound(
                QT_TRANSLATE_NOOP("Errors", "找不到信访件“{number}”，请核对信访件编号"),
                field="case_number", number=shown)
        return visit

    def _steps_for_writing(self, session: Session, visit: Visit, now: datetime,
                           rules: DeadlineRules, calendar: Calendar) -> list[CaseStep]:
        """The case's steps; an old case without any first gets what its registration
        implies (登记 and the route's step, on the day received)."""
        steps = steps_of(session, visit.id)
        if steps:
            return steps
        assert visit.received_on is not None
        kinds = [StepKind.REGISTERED]
        route = Route(visit.route) if visit.route else None
        if route is not None:
            kinds.append(ROUTE_STEP[route])
        for kind in kinds:
            record_step(
                session, visit, kind, visit.received_on, workstation=self._workstation,
                now=now, rules=rules, calendar=calendar,
                unit_name=visit.route_unit if kind is StepKind.TRANSFERRED else None,
                note=BACKFILL_NOTE,
            )
        return steps_of(session, visit.id)

    @staticmethod
    def _check_open(steps: list[CaseStep]) -> None:
        if not allowed_next(steps):
            current = current_step(steps)
            raise StepNotAllowed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "该件已“{step}”，流程已经结束，不能再记录办理步骤；"
                    "同一事项再来访的，出具不再受理告知书"),
                step=STEP_LABELS[current] if current else "—")

    @staticmethod
    def _check_date(visit: Visit, steps: list[CaseStep], on_date: date, now: datetime) -> None:
        today = service_day(now)
        if on_date > today:
            raise CaseInputError(
                QT_TRANSLATE_NOOP("Errors", "日期 {day} 还没有到，请填写实际办理的日期"),
                field="on_date", day=on_date.isoformat())
        assert visit.received_on is not None
        chain = effective_chain(steps)
        last = chain[-1].on_date if chain else visit.received_on
        if on_date < last:
            raise CaseInputError(
                QT_TRANSLATE_NOOP("Errors", "日期 {day} 早于上一步骤的日期 {last}，请核对"),
                field="on_date", day=on_date.isoformat(), last=last.isoformat())

    def _detail(self, session: Session, visit: Visit,
                setup: tuple[DeadlineRules, Calendar]) -> CaseDetail:
        assert visit.case_number is not None and visit.received_on is not None
        session.flush()
        rules, calendar = setup
        steps = steps_of(session, visit.id)
        today = service_day(self._clock())
        views = step_views(steps)
        chain = effective_chain(steps)
        if steps:
            current = current_step(steps)
            allowed = allowed_next(steps)
        else:  # an old registration: what its route implies
            route = Route(visit.route) if visit.route else None
            current = ROUTE_STEP[route] if route is not None else StepKind.REGISTERED
            allowed = CHAIN_STEPS[current]
        next_due, next_step = visit.next_due, (
            StepKind(visit.next_due_step) if visit.next_due_step else None)
        if not steps and next_due is None:  # old rows: the dates the registration set
            status = CaseStatus(visit.case_status) if visit.case_status else None
            if status is not CaseStatus.CLOSED and status is not CaseStatus.NOT_ACCEPTED:
                if visit.handling_due is not None:
                    next_due, next_step = visit.handling_due, StepKind.ACCEPTED
                elif visit.accept_notice_due is not None:
                    next_due, next_step = visit.accept_notice_due, StepKind.TRANSFERRED
        extended = any(StepKind(step.kind) is StepKind.EXTENDED for step in chain)
        can_extend = (StepKind.EXTENDED in allowed and not extended
                      and visit.handling_due is not None)
        by_id = {view.step_id: view for view in views}
        correctable = by_id.get(chain[-1].id) if len(chain) > 1 else None
        return CaseDetail(
            case_visit_id=visit.id,
            case_number=visit.case_number,
            masked_name="" if visit.flag_anonymous else mask_name(visit.visitor.name),
            received_on=visit.received_on,
            matter_sort=MatterSort(visit.matter_sort) if visit.matter_sort else None,
            route=Route(visit.route) if visit.route else None,
            unit_name=visit.route_unit or "",
            status=CaseStatus(visit.case_status) if visit.case_status else None,
            accepted_on=visit.accepted_on,
            transferred_on=visit.transferred_on,
            accept_notice_due=visit.accept_notice_due,
            handling_due=visit.handling_due,
            next_due=next_due,
            next_due_step=next_step,
            next_due_label=DUE_LABELS.get(next_step, "") if next_step else "",
            overdue=next_due is not None and next_due < today,
            estimated=visit.deadline_estimated or any(
                view.due_estimated for view in views if not view.withdrawn),
            visit_count=visit.visit_count,
            today=today,
            timeline=views,
            has_steps=bool(steps),
            allowed_next=tuple(
                NextStep(kind, STEP_LABELS[kind])
                for kind in sorted(allowed - {StepKind.EXTENDED}, key=_STEP_ORDER.__getitem__)
            ),
            can_extend=can_extend,
            latest_extension=(latest_extension(visit.handling_due, rules, calendar)
                              if can_extend and visit.handling_due else None),
            correctable=correctable,
            final=is_final(steps),
        )
