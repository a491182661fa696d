"""Recounting saved deadlines: old cases registered before case steps existed get their
steps and dates by the official calendar once; an administrator's calendar entry moves
the dates of the open cases it reaches."""

from __future__ import annotations

import uuid
from datetime import date

from old_cases import old_case
from sqlalchemy import select

from db.models import Visit, VisitStatusChange
from desktop.calendar import Calendar
from desktop.cases.deadlines import DeadlineRules
from desktop.cases.lifecycle import steps_of
from desktop.cases.recount import recount_deadlines, uncounted_case_ids
from desktop.domain import CaseStatus, Route, StepKind


def kinds(services, visit_id: uuid.UUID) -> list[tuple[StepKind, date, date | None]]:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return [(StepKind(step.kind), step.on_date, step.due)
                for step in steps_of(session, visit_id)]


def test_old_cases_get_their_steps_and_dates_once(services) -> None:  # type: ignore[no-untyped-def]
    received = date(2026, 11, 27)
    # The old 'transferred' rows were saved as accepted; now a transfer waits on the unit.
    transferred = old_case(services, Route.TRANSFERRED, received, CaseStatus.ACCEPTED, 1)
    here = old_case(services, Route.ACCEPTED_HERE, received, CaseStatus.ACCEPTED, 2)
    refused = old_case(services, Route.NOT_ACCEPTED, received, CaseStatus.NOT_ACCEPTED, 3)
    answered = old_case(services, Route.ANSWERED, received, CaseStatus.CLOSED, 4)
    with services.sessions() as session:
        assert len(uncounted_case_ids(session)) == 4

    assert services.calendar_admin.recount_uncounted() == 4

    # 2026-11-27 + 15 = Saturday 2026-12-12 → Monday 2026-12-14.
    assert kinds(services, transferred) == [
        (StepKind.REGISTERED, received, date(2026, 12, 14)),
        (StepKind.TRANSFERRED, received, date(2026, 12, 14)),
    ]
    # 60 days run into 2027, a year the schedule does not carry yet: an estimate.
    assert kinds(services, here) == [
        (StepKind.REGISTERED, received, date(2026, 12, 14)),
        (StepKind.ACCEPTED, received, date(2027, 1, 26)),
    ]
    assert [k for k, _, _ in kinds(services, refused)] == [StepKind.REGISTERED,
                                                           StepKind.REFUSED]
    assert [k for k, _, _ in kinds(services, answered)] == [StepKind.REGISTERED,
                                                            StepKind.CLOSED]
    with services.sessions() as session:
        moved = session.get(Visit, transferred)
        assert moved.case_status == CaseStatus.REVIEWING.value
        assert moved.accept_notice_due == date(2026, 12, 14)
        assert moved.transferred_on == received
        assert (moved.next_due, moved.next_due_step) == (date(2026, 12, 14), "transferred")
        assert moved.deadline_calendar.startswith("chinese_calendar ")
        assert moved.deadline_estimated is False
        history = session.scalars(select(VisitStatusChange).where(
            VisitStatusChange.visit_id == transferred, VisitStatusChange.kind == "case"
        )).all()
        assert [(h.from_status, h.to_status) for h in history] == [("accepted", "reviewing")]
        accepted = session.get(Visit, here)
        assert accepted.handling_due == date(2027, 1, 26)
        assert accepted.deadline_estimated is True
        assert accepted.deadline_calendar == "weekends only"
        assert session.get(Visit, refused).next_due is None
        assert session.get(Visit, answered).case_status == CaseStatus.CLOSED.value
        assert uncounted_case_ids(session) == []
    # Once: nothing is left to count, and no step is written twice.
    assert services.calendar_admin.recount_uncounted() == 0
    assert len(kinds(services, transferred)) == 2


def test_an_entered_holiday_moves_the_saved_dates_of_open_cases(services) -> None:  # type: ignore[no-untyped-def]
    received = date(2026, 11, 27)
    transferred = old_case(services, Route.TRANSFERRED, received, CaseStatus.ACCEPTED, 5)
    closed = old_case(services, Route.ANSWERED, received, CaseStatus.CLOSED, 6)
    services.calendar_admin.recount_uncounted()

    # The administrator declares Monday 2026-12-14 a holiday: 11-27 + 15 → 12-15.
    change = services.calendar_admin.set_day(date(2026, 12, 14), False, "地方假日")
    assert change.moved_cases == 1
    assert date(2026, 12, 14) in change.calendar.rest_days
    with services.sessions() as session:
        case = session.get(Visit, transferred)
        assert case.accept_notice_due == date(2026, 12, 15)
        assert case.next_due == date(2026, 12, 15)
        assert case.deadline_calendar.endswith("+ overrides")
        assert session.get(Visit, closed).next_due is None
    assert kinds(services, transferred)[-1] == (StepKind.TRANSFERRED, received,
                                                date(2026, 12, 15))

    # Taken away again: back to the Monday.
    assert services.calendar_admin.remove_day(date(2026, 12, 14)).moved_cases == 1
    assert kinds(services, transferred)[-1][2] == date(2026, 12, 14)
    # A day after every saved deadline moves nothing.
    assert services.calendar_admin.set_day(date(2027, 3, 1), False, "").moved_cases == 0


def test_recount_function_keeps_an_approved_extension(services, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop.cases.lifecycle import record_step

    here = old_case(services, Route.ACCEPTED_HERE, date(2026, 11, 27), CaseStatus.ACCEPTED, 7)
    services.calendar_admin.recount_uncounted()
    rules = DeadlineRules()
    with services.sessions.begin() as session:
        case = session.get(Visit, here)
        record_step(session, case, StepKind.EXTENDED, date(2027, 1, 20),
                    workstation=services.workstation, now=clock(), rules=rules,
                    calendar=Calendar(), new_due=date(2027, 2, 24), approved_by="主任")
    with services.sessions.begin() as session:
        # Everything recounted with 2027-01-26 as a holiday: the approved date stands.
        moved = recount_deadlines(session, Calendar({date(2027, 1, 26): False}), rules,
                                  workstation=services.workstation, now=clock(),
                                  changed_days=[date(2027, 1, 26)])
        assert moved == 0  # the case waits on the extension, which did not move
        case = session.get(Visit, here)
        assert case.handling_due == date(2027, 2, 24)
        accepted = next(s for s in steps_of(session, here) if s.kind == "accepted")
        assert accepted.due == date(2027, 1, 27)


def test_roll_over_switched_off_keeps_a_saturday(services) -> None:  # type: ignore[no-untyped-def]
    services.settings.update({"deadline_roll_over": False})
    case = old_case(services, Route.TRANSFERRED, date(2026, 11, 27), CaseStatus.ACCEPTED, 8)
    services.calendar_admin.recount_uncounted()
    with services.sessions() as session:
        assert session.get(Visit, case).accept_notice_due == date(2026, 12, 12)
