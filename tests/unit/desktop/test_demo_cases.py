"""The demo covers every route, every step and repeat visits, and its cases are
consistent with the lifecycle rules (the same derivation the services use)."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import func, select

from db.models import CaseStep, Visit
from desktop.cases.lifecycle import derive_case_dates, effective_chain
from desktop.clock import service_day
from desktop.demo import fill_demo_data
from desktop.domain import CHAIN_STEPS, SIDE_STEPS, Route, StepKind


def test_demo_covers_every_route_and_step_consistently(services) -> None:  # type: ignore[no-untyped-def]
    fill_demo_data(services, visits=2500, days=60, seed=7)
    today = service_day(datetime.now(UTC))
    with services.sessions() as session:
        cases = session.scalars(select(Visit).where(Visit.case_number.is_not(None))).all()
        steps = session.scalars(select(CaseStep).order_by(CaseStep.recorded_at)).all()
        linked = session.scalars(select(Visit).where(Visit.case_visit_id.is_not(None))).all()
        by_case: dict[object, list[CaseStep]] = {}
        for step in steps:
            by_case.setdefault(step.case_visit_id, []).append(step)

        assert {Route(case.route) for case in cases} == set(Route)
        kinds = Counter(StepKind(step.kind) for step in steps)
        # Every chain step and the repeat-visit steps (corrections are a person's act).
        assert set(kinds) >= set(CHAIN_STEPS) | {StepKind.VISIT_LINKED,
                                                 StepKind.NO_LONGER_ACCEPTED}
        overdue = [case for case in cases if case.next_due and case.next_due < today]
        assert overdue, "the deadline watch needs overdue cases to show"

        for case in cases:
            case_steps = by_case[case.id]
            chain = effective_chain(case_steps)
            assert StepKind(chain[0].kind) is StepKind.REGISTERED
            for before, after in itertools.pairwise(chain):
                assert StepKind(after.kind) in CHAIN_STEPS[StepKind(before.kind)]
                assert after.on_date >= before.on_date
            assert all(step.on_date <= today for step in case_steps)
            dates = derive_case_dates(chain)
            assert case.case_status == dates.case_status
            assert case.next_due == dates.next_due
            assert case.handling_due == dates.handling_due
            links = [s for s in case_steps if StepKind(s.kind) is StepKind.VISIT_LINKED]
            assert case.visit_count == 1 + len(links)
            if StepKind(chain[-1].kind) is StepKind.TRANSFERRED:
                assert case.route_unit_code and case.route_unit

        assert linked
        for visit in linked:
            assert visit.case_number is None and visit.is_repeat
            step_visits = session.scalars(
                select(CaseStep.visit_id).where(CaseStep.case_visit_id == visit.case_visit_id,
                                                CaseStep.kind == StepKind.VISIT_LINKED.value)
            ).all()
            assert visit.id in step_visits
        side = session.scalar(select(func.count()).select_from(CaseStep)
                              .where(CaseStep.kind.in_([k.value for k in SIDE_STEPS])))
        # The rest are the reception demo's instructions and the units' replies.
        assert side == (kinds[StepKind.VISIT_LINKED] + kinds[StepKind.NO_LONGER_ACCEPTED]
                        + kinds[StepKind.INSTRUCTION] + kinds[StepKind.UNIT_REPLIED])
        assert kinds[StepKind.INSTRUCTION] > 0
