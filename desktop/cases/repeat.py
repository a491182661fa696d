"""Repeat matters (重复访): a visit about a matter already on file is recorded on that
case, not as a new one (DOMAIN.md "Repeat matters").

The clerk decides, matter by matter: `link_to_case` (同一事项: the visit points at the
case, the case's visit count goes up, a VISIT_LINKED step — and a NO_LONGER_ACCEPTED
step when the case is past 复核 or closed), or `mark_new_matter` (新事项: the normal
registration opens a new case). A mistaken link is undone by `unlink`: a CORRECTION
step names the VISIT_LINKED step; nothing is deleted. Every call is one transaction.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db import queries
from db.models import CaseStep, Visit, VisitRepresentative
from desktop.accounts.permissions import Permission, require
from desktop.cases.calendar_store import load_calendar
from desktop.cases.deadlines import DeadlineRules
from desktop.cases.lifecycle import is_final, record_step, steps_of
from desktop.cases.repeat_views import (
    EarlierMatter,
    LinkResult,
    MatterRole,
    RepeatView,
    UnlinkResult,
    within_time_limit,
)
from desktop.domain import (
    QUEUE_STATUS_LABELS,
    CaseStatus,
    MatterSort,
    Paper,
    QueueStatus,
    RepeatDecision,
    Route,
    StepKind,
)
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.queue.day_close import service_day_after_close
from desktop.queue.states import change_status
from desktop.service import TerminalService
from desktop.settings.reference import load_centre_settings
from desktop.text import clean_text

MAX_REASON_LENGTH = 500

# When a person is part of a matter in more than one way, the closest one is shown.
_ROLE_RANK = {MatterRole.OWN: 0, MatterRole.REPRESENTATIVE: 1, MatterRole.LINKED: 2}


class RepeatNotAllowed(UserError):
    """A link, unlink or decision that does not fit the visit or the case."""


class RepeatService(TerminalService):
    # ------------------------------------------------------------------ reading

    def earlier_matters(self, visit_id: uuid.UUID) -> RepeatView:
        """The person's earlier matters in full (their own, those they represented, those
        they came on again), and what was decided for this visit."""
        require(self._actor(), Permission.VIEW_CASES)
        with self._sessions.begin() as session:
            visit = self._visit(session, visit_id)
            return self._view(session, visit, self._today(session))

    # ------------------------------------------------------------------ deciding

    def link_to_case(self, visit_id: uuid.UUID, case_visit_id: uuid.UUID) -> LinkResult:
        """同一事项: record this visit on the case (no case number of its own)."""
        require(self._actor(), Permission.REGISTER_VISITS)
        now = self._clock()
        with self._sessions.begin() as session:
            visit = self._visit(session, visit_id, lock=True)
            self._check_open_ticket(visit)
            if visit.case_number is not None:
                raise RepeatNotAllowed(QT_TRANSLATE_NOOP(
                    "Errors", "这次来访已登记为信访件 {case}，不能再关联到其他信访件"),
                    case=visit.case_number)
            if visit.case_visit_id is not None:
                raise RepeatNotAllowed(QT_TRANSLATE_NOOP(
                    "Errors", "这次来访已关联到信访件 {case}；如关联错了，请先撤销关联"),
                    case=self._case_number(session, visit.case_visit_id))
            case = session.get(Visit, case_visit_id, with_for_update=True)
            if case is None or case.deleted_at is not None or case.case_number is None \
                    or case.id == visit.id:
                raise RepeatNotAllowed(QT_TRANSLATE_NOOP(
                    "Errors", "找不到要关联的信访件（可能已被删除），请重新打开这次来访"))
            if not self._part_of(session, visit, case):
                raise RepeatNotAllowed(QT_TRANSLATE_NOOP(
                    "Errors",
                    "信访件 {case} 不是这位来访人的事项（既不是本人反映的，也不是其作为代表"
                    "参加的集体访），不能关联"), case=case.case_number)
            today = self._today(session)
            rules, calendar = self._rules(session), load_calendar(session)
            final = is_final(steps_of(session, case.id))
            step = record_step(session, case, StepKind.VISIT_LINKED, today,
                               workstation=self._workstation, now=now, rules=rules,
                               calendar=calendar, visit_id=visit.id)
            if final:
                record_step(session, case, StepKind.NO_LONGER_ACCEPTED, today,
                            workstation=self._workstation, now=now, rules=rules,
                            calendar=calendar, visit_id=visit.id)
            visit.case_visit_id = case.id
            visit.repeat_decision = RepeatDecision.SAME_MATTER.value
            visit.is_repeat = True
            # In SQL, so two terminals linking at once both count.
            case.visit_count = Visit.visit_count + 1
            session.flush()
            session.refresh(case, ["visit_count"])
            return LinkResult(
                visit_id=visit.id, case_visit_id=case.id, case_number=case.case_number,
                visit_count=case.visit_count,
                case_status=CaseStatus(case.case_status) if case.case_status else None,
                next_due=case.next_due, final=final,
                paper=Paper.NO_LONGER_ACCEPTED if final else Paper.PROGRESS,
                step_id=step.id, view=self._view(session, visit, today),
            )

    def mark_new_matter(self, visit_id: uuid.UUID) -> RepeatView:
        """新事项: the clerk says this is not an earlier matter; registration opens a case."""
        require(self._actor(), Permission.REGISTER_VISITS)
        with self._sessions.begin() as session:
            visit = self._visit(session, visit_id, lock=True)
            if visit.case_visit_id is not None:
                raise RepeatNotAllowed(QT_TRANSLATE_NOOP(
                    "Errors", "这次来访已关联到信访件 {case}；要改为新事项，请先撤销关联"),
                    case=self._case_number(session, visit.case_visit_id))
            visit.repeat_decision = RepeatDecision.NEW_MATTER.value
            visit.is_repeat = False
            return self._view(session, visit, self._today(session))

    def unlink(self, visit_id: uuid.UUID, reason: str) -> UnlinkResult:
        """Undo a mistaken link: CORRECTION steps name the VISIT_LINKED step (and the
        不再受理 notice that came with it); the case's visit count goes down."""
        require(self._actor(), Permission.REGISTER_VISITS)
        note = clean_text(reason, field="reason", label=QT_TRANSLATE_NOOP("Fields", "撤销原因"),
                          limit=MAX_REASON_LENGTH, multiline=True, error=RepeatNotAllowed)
        if not note:
            raise RepeatNotAllowed(QT_TRANSLATE_NOOP("Errors", "请写明撤销关联的原因"),
                                   field="reason")
        now = self._clock()
        with self._sessions.begin() as session:
            visit = self._visit(session, visit_id, lock=True)
            if visit.case_visit_id is None:
                raise RepeatNotAllowed(QT_TRANSLATE_NOOP(
                    "Errors", "这次来访没有关联到信访件，无需撤销"))
            case = session.get(Visit, visit.case_visit_id, with_for_update=True)
            assert case is not None and case.case_number is not None
            today = self._today(session)
            rules, calendar = self._rules(session), load_calendar(session)
            steps = steps_of(session, case.id)
            withdrawn = _withdrawn(steps)
            mine = [step for step in steps
                    if step.visit_id == visit.id and step.id not in withdrawn
                    and step.kind in (StepKind.VISIT_LINKED, StepKind.NO_LONGER_ACCEPTED)]
            for step in mine:
                record_step(session, case, StepKind.CORRECTION, today,
                            workstation=self._workstation, now=now, rules=rules,
                            calendar=calendar, note=note, corrects=step.id,
                            visit_id=visit.id)
            visit.case_visit_id = None
            visit.repeat_decision = None
            visit.is_repeat = False
            case.visit_count = Visit.visit_count - 1
            session.flush()
            session.refresh(case, ["visit_count"])
            return UnlinkResult(
                visit_id=visit.id, case_visit_id=case.id, case_number=case.case_number,
                visit_count=case.visit_count, view=self._view(session, visit, today),
            )

    def finish_linked_visit(self, visit_id: uuid.UUID) -> QueueStatus:
        """办结 the ticket of a linked visit (it has no registration of its own to save):
        from 接谈中, or from 已叫号 through 接谈中 (both steps recorded)."""
        require(self._actor(), Permission.REGISTER_VISITS)
        now = self._clock()
        with self._sessions.begin() as session:
            visit = self._visit(session, visit_id, lock=True)
            if visit.case_visit_id is None:
                raise RepeatNotAllowed(QT_TRANSLATE_NOOP(
                    "Errors", "这次来访没有关联到信访件，请保存登记后再办结"))
            status = QueueStatus(visit.queue_status)
            if status is QueueStatus.DONE:
                return status
            if status not in (QueueStatus.CALLED, QueueStatus.SERVING):
                raise RepeatNotAllowed(QT_TRANSLATE_NOOP(
                    "Errors",
                    "号票 {ticket} 现在是“{status}”，还不能办结：请先在叫号页叫号并开始接谈"),
                    ticket=visit.ticket_number, status=QUEUE_STATUS_LABELS[status])
            if status is QueueStatus.CALLED:
                visit.serving_started_at = now
                change_status(session, visit, QueueStatus.SERVING, now, self._workstation,
                              visit.window_name)
            change_status(session, visit, QueueStatus.DONE, now, self._workstation,
                          visit.window_name)
            visit.finished_at = now
            return QueueStatus.DONE

    # ------------------------------------------------------------------ helpers

    def _today(self, session: Session) -> date:
        # Like a registration: never a day already closed.
        return service_day_after_close(session.connection(), self._clock())

    @staticmethod
    def _rules(session: Session) -> DeadlineRules:
        settings = load_centre_settings(session)
        return DeadlineRules(settings.accept_notice_days, settings.handling_days,
                             settings.handling_extension_days,
                             roll_over=settings.deadline_roll_over)

    @staticmethod
    def _visit(session: Session, visit_id: uuid.UUID, lock: bool = False) -> Visit:
        visit = session.get(Visit, visit_id, with_for_update=lock or None)
        if visit is None or visit.deleted_at is not None:
            raise RepeatNotAllowed(QT_TRANSLATE_NOOP("Errors", "找不到这张号票，可能已被删除"))
        return visit

    @staticmethod
    def _check_open_ticket(visit: Visit) -> None:
        if visit.queue_status in (QueueStatus.CANCELLED.value, QueueStatus.NO_SHOW.value):
            raise RepeatNotAllowed(QT_TRANSLATE_NOOP(
                "Errors", "号票 {ticket} 已取消或未到，不能登记；请先恢复该号票"),
                ticket=visit.ticket_number)

    @staticmethod
    def _case_number(session: Session, case_visit_id: uuid.UUID) -> str:
        return session.scalar(select(Visit.case_number).where(Visit.id == case_visit_id)) or ""

    @staticmethod
    def _part_of(session: Session, visit: Visit, case: Visit) -> bool:
        """The person opened the case, came on it before, or was a representative of
        the group visit that opened it (or of one linked to it)."""
        if case.visitor_id == visit.visitor_id:
            return True
        on_case = select(Visit.id).where(
            or_(Visit.id == case.id, Visit.case_visit_id == case.id),
            Visit.deleted_at.is_(None),
        )
        came_before = session.scalar(
            on_case.where(Visit.visitor_id == visit.visitor_id, Visit.id != visit.id).limit(1))
        if came_before is not None:
            return True
        visitor = visit.visitor
        represented = session.scalar(
            select(VisitRepresentative.id).where(
                VisitRepresentative.visit_id.in_(on_case),
                VisitRepresentative.id_type == visitor.id_type,
                VisitRepresentative.id_number == visitor.id_number,
                VisitRepresentative.deleted_at.is_(None),
            ).limit(1)
        )
        return represented is not None

    def _view(self, session: Session, visit: Visit, today: date) -> RepeatView:
        conn = session.connection()
        visitor = visit.visitor
        roles: dict[uuid.UUID, MatterRole] = {}

        def note(case_id: uuid.UUID | None, role: MatterRole) -> None:
            if case_id is None or case_id == visit.id:
                return
            known = roles.get(case_id)
            if known is None or _ROLE_RANK[role] < _ROLE_RANK[known]:
                roles[case_id] = role

        unregistered = 0
        for other_id, case_number, linked_to in queries.visits_of_visitor.rows(
                conn, {"visitor_id": visitor.id}):
            if other_id == visit.id:
                continue
            if case_number is not None:
                note(other_id, MatterRole.OWN)
            elif linked_to is not None:
                note(linked_to, MatterRole.LINKED)
            else:
                unregistered += 1
        represented = [row[0] for row in queries.visits_represented.rows(
            conn, {"id_type": visitor.id_type, "id_number": visitor.id_number})]
        if represented:
            for group_id, linked_to in session.execute(
                    select(Visit.id, Visit.case_visit_id).where(Visit.id.in_(represented))):
                note(linked_to or group_id, MatterRole.REPRESENTATIVE)
        note(visit.case_visit_id, MatterRole.LINKED)
        matters = self._matters(session, roles, today)
        linked = next((m for m in matters if m.case_visit_id == visit.case_visit_id), None)
        return RepeatView(
            visit_id=visit.id,
            matters=matters,
            decision=RepeatDecision(visit.repeat_decision) if visit.repeat_decision else None,
            linked=linked,
            visit_number=self._visit_number(session, visit) if linked else None,
            own_case_number=visit.case_number,
            unregistered_visits=unregistered,
        )

    @staticmethod
    def _matters(session: Session, roles: dict[uuid.UUID, MatterRole], today: date
                 ) -> tuple[EarlierMatter, ...]:
        if not roles:
            return ()
        ids = list(roles)
        steps_by_case: dict[uuid.UUID, list[CaseStep]] = defaultdict(list)
        for step in session.scalars(
                select(CaseStep)
                .where(CaseStep.case_visit_id.in_(ids), CaseStep.deleted_at.is_(None))
                .order_by(CaseStep.recorded_at, CaseStep.id)):
            steps_by_case[step.case_visit_id].append(step)
        rows = session.execute(
            select(*queries.matter_columns)
            .where(Visit.id.in_(ids), Visit.deleted_at.is_(None),
                   Visit.case_number.is_not(None))
            .order_by(Visit.issued_at.desc(), Visit.id)
        )
        matters = []
        for (case_id, case_number, received_on, day, summary, demands, sort, category, area,
             route, unit, status, next_due, next_step, accept_due, handling_due, estimated,
             visit_count, _visitor_id) in rows:
            case_status = CaseStatus(status) if status else None
            matters.append(EarlierMatter(
                case_visit_id=case_id, case_number=case_number or "",
                received_on=received_on or day, summary=summary or "", demands=demands or "",
                matter_sort=MatterSort(sort) if sort else None,
                content_category_code=category, area_code=area,
                route=Route(route) if route else None, route_unit=unit or "",
                case_status=case_status,
                next_due=next_due or _office_due(case_status, handling_due, accept_due),
                next_due_step=StepKind(next_step) if next_step else None,
                due_estimated=bool(estimated), visit_count=visit_count,
                within_time_limit=within_time_limit(case_status, next_due, handling_due,
                                                    accept_due, today),
                final=is_final(steps_by_case[case_id]) or case_status is CaseStatus.CLOSED,
                role=roles[case_id],
            ))
        return tuple(matters)

    @staticmethod
    def _visit_number(session: Session, visit: Visit) -> int | None:
        """Which visit on its case this one is: the opening visit is the 1st."""
        assert visit.case_visit_id is not None
        steps = steps_of(session, visit.case_visit_id)
        withdrawn = _withdrawn(steps)
        links = [step for step in steps
                 if step.kind == StepKind.VISIT_LINKED and step.id not in withdrawn]
        for number, step in enumerate(links, start=2):
            if step.visit_id == visit.id:
                return number
        return None


def _withdrawn(steps: Iterable[CaseStep]) -> set[uuid.UUID]:
    return {step.corrects_id for step in steps
            if step.kind == StepKind.CORRECTION and step.corrects_id is not None}


def _office_due(status: CaseStatus | None, handling_due: date | None,
                accept_due: date | None) -> date | None:
    """Cases saved before the steps existed: their deadline from the old columns."""
    if status is None or status in (CaseStatus.CLOSED, CaseStatus.NOT_ACCEPTED):
        return None
    return handling_due or accept_due

