"""The SQL of the statistics: a handful of GROUP BY statements over one period, each one
pass over the period's visits (`service_day` leads the queue index), folded into figures
from their grouped rows (never from visits one by one).

SQLite and PostgreSQL differ in two places only: the local hour of an instant (Asia/
Shanghai has no daylight saving: UTC+8 all year) and seconds between two instants.
Percentiles are nearest-rank in SQL (ROW_NUMBER over the sorted durations of each group),
so only the rank rows come back.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Executable,
    Float,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from db.models import (
    CaseStep,
    ReceptionBooking,
    ReceptionInstruction,
    ReceptionSession,
    Visit,
)
from desktop.domain import QueueStatus, Route, StepKind, TicketCategory

UTC_OFFSET_HOURS = 8


def in_period(first: date, last: date) -> ColumnElement[bool]:
    return and_(Visit.service_day >= first, Visit.service_day <= last,
                Visit.deleted_at.is_(None))


def local_hour(session: Session, column: Any) -> ColumnElement[int]:
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.strftime("%H", column, f"+{UTC_OFFSET_HOURS} hours"), Integer)
    return cast(func.extract("hour", func.timezone("Asia/Shanghai", column)), Integer)


def seconds_between(session: Session, start: Any, end: Any) -> ColumnElement[float]:
    if session.get_bind().dialect.name == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 86400.0
    return cast(func.extract("epoch", end - start), Float)


def is_group() -> ColumnElement[bool]:
    return or_(Visit.flag_group.is_(True), Visit.category == TicketCategory.GROUP.value)


def is_repeat() -> ColumnElement[bool]:
    return Visit.case_visit_id.is_not(None)


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


# Row tags of `visit_pass`.
MAIN, DAY_HOUR, DURATION = 1, 2, 3


def visit_pass(session: Session, first: date, last: date) -> Executable:
    """The period's visits read once (a materialised CTE of the columns the figures
    need), and three results from it, tagged in the first column:
    MAIN: visits, cases and people by every dimension at once
          (category, area, route, unit, sort, purpose, group, repeat, 越级, no-show);
    DAY_HOUR: visits and people by service day and local hour;
    DURATION: waiting and service seconds (whole) of each called visit with its
          category, window and clerk — durations only, never whole rows; the
          nearest-rank percentiles are read off them sorted (SQLite has no percentile
          function, and ROW_NUMBER over ~10^5 rows per group took seconds).
    Three separate statements read the month's rows three times (~0.6 s more a month
    over 1M stored visits)."""
    wait = case((Visit.called_at.is_not(None),
                 seconds_between(session, Visit.issued_at, Visit.called_at)), else_=None)
    service = case((and_(Visit.serving_started_at.is_not(None), Visit.finished_at.is_not(None)),
                    seconds_between(session, Visit.serving_started_at, Visit.finished_at)),
                   else_=None)
    base = (select(
        cast(Visit.service_day, String).label("day"),
        cast(local_hour(session, Visit.issued_at), String).label("hour"),
        Visit.category.label("cat"), Visit.content_category_code.label("cc"),
        Visit.area_code.label("ar"), Visit.route.label("route"),
        case((Visit.route == Route.TRANSFERRED.value, Visit.route_unit),
             else_=None).label("unit"),
        Visit.matter_sort.label("ms"), Visit.purpose.label("pu"),
        _flag(is_group()).label("grp"), _flag(is_repeat()).label("rep"),
        _flag(Visit.flag_skip_level.is_(True)).label("skip"),
        _flag(Visit.queue_status == QueueStatus.NO_SHOW.value).label("noshow"),
        _flag(Visit.case_number.is_not(None)).label("is_case"),
        Visit.people_count.label("people"),
        func.coalesce(Visit.window_name, "").label("win"),
        func.coalesce(Visit.registered_by, "").label("clerk"),
        func.round(wait).label("wait"), func.round(service).label("service"))
        .where(in_period(first, last))
        .cte("base").prefix_with("MATERIALIZED"))
    c = base.c
    none = null()
    dims = (c.cc, c.ar, c.route, c.unit, c.ms, c.pu, c.grp, c.rep, c.skip, c.noshow)
    main = (select(literal(MAIN), *dims, cast(func.count(), Float), cast(func.sum(c.is_case),
                                                                          Float),
                   cast(func.sum(c.people), Float)).group_by(*dims))
    day_hour = (select(literal(DAY_HOUR), c.day, c.hour, *([none] * 8),
                       cast(func.count(), Float), cast(func.sum(c.people), Float), none)
                .group_by(c.day, c.hour))
    timed = (select(literal(DURATION), c.cat, c.win, c.clerk, *([none] * 7),
                    cast(c.wait, Float), cast(c.service, Float), none)
             .where(c.wait.is_not(None)))
    return union_all(main, day_hour, timed)


def totals(first: date, last: date) -> Executable:
    return select(func.count(), func.count(Visit.case_number),
                  func.coalesce(func.sum(Visit.people_count), 0)).where(in_period(first, last))


def _corrected(cases: Any = None) -> Any:
    """Ids of steps withdrawn by a CORRECTION step (of `cases` when given: found through
    the case-step index instead of reading every step)."""
    query = select(CaseStep.corrects_id).where(CaseStep.kind == StepKind.CORRECTION.value,
                                               CaseStep.corrects_id.is_not(None))
    if cases is not None:
        query = query.where(CaseStep.case_visit_id.in_(cases))
    return query.scalar_subquery()


def _live_step(kind: StepKind) -> Any:
    """Case steps of `kind` not withdrawn by a CORRECTION step."""
    return and_(CaseStep.kind == kind.value, CaseStep.deleted_at.is_(None),
                CaseStep.id.not_in(_corrected()))


_DEADLINE_KINDS = (StepKind.ANSWERED.value, StepKind.EXTENDED.value,
                   StepKind.REVIEW_REQUESTED.value)


def _deadline_sums(due: Any, answered: Any, extended: Any, review: Any,
                   today: date) -> tuple[Any, ...]:
    return (
        func.count(due),
        func.coalesce(func.sum(_flag(and_(due.is_not(None), answered <= due))), 0),
        func.coalesce(func.sum(_flag(and_(due.is_not(None), answered > due))), 0),
        func.coalesce(func.sum(_flag(and_(due.is_not(None), answered.is_(None),
                                          due < today))), 0),
        func.coalesce(func.sum(extended), 0),
        func.coalesce(func.sum(review), 0))


def _step_summary(cases: Any, corrections: bool) -> Any:
    """Per case: the first answer, extended?, review requested? — and with
    `corrections`, how many CORRECTION steps it has (instead of leaving out the steps
    they withdraw, which costs another pass)."""
    kinds = (*_DEADLINE_KINDS, StepKind.CORRECTION.value) if corrections else _DEADLINE_KINDS
    columns = [
        CaseStep.case_visit_id,
        func.min(case((CaseStep.kind == StepKind.ANSWERED.value, CaseStep.on_date),
                      else_=None)).label("answered"),
        func.max(_flag(CaseStep.kind == StepKind.EXTENDED.value)).label("extended"),
        func.max(_flag(CaseStep.kind == StepKind.REVIEW_REQUESTED.value)).label("review")]
    where = [CaseStep.case_visit_id.in_(cases), CaseStep.kind.in_(kinds),
             CaseStep.deleted_at.is_(None)]
    if corrections:
        columns.append(func.sum(_flag(CaseStep.kind == StepKind.CORRECTION.value))
                       .label("corrections"))
    else:
        where.append(CaseStep.id.not_in(_corrected(cases)))
    return select(*columns).where(*where).group_by(CaseStep.case_visit_id).subquery("steps")


def deadlines(first: date, last: date, today: date) -> Executable:
    """One pass over the period's cases and their steps (the case-step index by case).
    Rows: (None, the sums over the cases without a CORRECTION step), then (case id, …)
    for each case with one — those few are counted again by `deadlines_exact`, since a
    correction may withdraw the very step counted here."""
    cases = (select(Visit.id).where(in_period(first, last), Visit.case_number.is_not(None))
             .scalar_subquery())
    steps = _step_summary(cases, corrections=True)
    corrected = case((steps.c.corrections > 0, Visit.id), else_=None)
    return (select(corrected, *_deadline_sums(Visit.handling_due, steps.c.answered,
                                               steps.c.extended, steps.c.review, today))
            .select_from(Visit)
            .outerjoin(steps, steps.c.case_visit_id == Visit.id)
            .where(in_period(first, last), Visit.case_number.is_not(None))
            .group_by(corrected))


def deadlines_exact(case_ids: list[Any], today: date) -> Executable:
    """The same sums for the given cases with the withdrawn steps left out."""
    steps = _step_summary(case_ids, corrections=False)
    return (select(*_deadline_sums(Visit.handling_due, steps.c.answered, steps.c.extended,
                                   steps.c.review, today))
            .select_from(Visit).outerjoin(steps, steps.c.case_visit_id == Visit.id)
            .where(Visit.id.in_(case_ids)))


def deadline_filter(key: str, today: date) -> ColumnElement[bool]:
    """Which cases a deadline figure counts (for the drill-down)."""
    def answered_on() -> Any:
        return (select(func.min(CaseStep.on_date)).where(
            CaseStep.case_visit_id == Visit.id, _live_step(StepKind.ANSWERED))
            .scalar_subquery())

    def has(kind: StepKind) -> ColumnElement[bool]:
        return select(CaseStep.id).where(CaseStep.case_visit_id == Visit.id,
                                         _live_step(kind)).exists()

    due = Visit.handling_due
    conditions: dict[str, ColumnElement[bool]] = {
        "answered_in_time": and_(due.is_not(None), answered_on() <= due),
        "answered_late": and_(due.is_not(None), answered_on() > due),
        "open_overdue": and_(due.is_not(None), ~has(StepKind.ANSWERED), due < today),
        "extended": has(StepKind.EXTENDED),
        "reviews": has(StepKind.REVIEW_REQUESTED),
    }
    return and_(Visit.case_number.is_not(None), conditions[key])


def reception(first: date, last: date) -> tuple[Executable, Executable, Executable]:
    held = and_(ReceptionSession.day >= first, ReceptionSession.day <= last,
                ReceptionSession.status != "cancelled", ReceptionSession.deleted_at.is_(None))
    sessions = select(func.count()).select_from(ReceptionSession).where(held)
    live = and_(ReceptionBooking.status != "cancelled", ReceptionBooking.deleted_at.is_(None))
    bookings = (select(
        func.count(), func.coalesce(func.sum(ReceptionBooking.people_count), 0),
        func.coalesce(func.sum(_flag(ReceptionBooking.status.in_(("checked_in", "received")))),
                      0),
        func.coalesce(func.sum(_flag(ReceptionBooking.status == "absent")), 0))
        .select_from(ReceptionBooking)
        .join(ReceptionSession, ReceptionSession.id == ReceptionBooking.session_id)
        .where(held, live))
    instructions = (select(func.count(), func.coalesce(func.sum(_flag(
        ReceptionInstruction.status == "done")), 0))
        .where(ReceptionInstruction.given_on >= first, ReceptionInstruction.given_on <= last,
               ReceptionInstruction.deleted_at.is_(None)))
    return sessions, bookings, instructions
