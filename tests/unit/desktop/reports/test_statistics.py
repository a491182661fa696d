"""StatisticsService against the hand-counted October of report_setup."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from report_setup import TODAY, UNIT_RSJ, UNIT_ZJJ, fill_october

from desktop.reports import figures as f
from desktop.reports.periods import PeriodError, PeriodKind


@pytest.fixture
def october(services, clock):  # type: ignore[no-untyped-def]
    clock.now = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)
    ids = fill_october(services.sessions)
    return services.statistics.figures(date(2026, 10, 1), date(2026, 10, 31),
                                       PeriodKind.MONTH), ids


def _counts(rows: tuple[f.CountRow, ...]) -> dict[str, tuple[int, int, int]]:
    return {row.key: (row.visits, row.cases, row.people) for row in rows}


def test_totals_group_repeat_and_month_boundary(october) -> None:  # type: ignore[no-untyped-def]
    fig, _ = october
    assert fig.today == TODAY
    # V5 (00:10 on 1 November local, still 31 October in UTC) is November's; V7 deleted.
    assert fig.totals == f.Totals(visits=5, cases=3, people=11)
    assert fig.group == f.Totals(visits=1, cases=1, people=6)
    assert (fig.repeat_visits, fig.skip_level, fig.no_shows) == (1, 1, 1)
    assert fig.last_year.first == date(2025, 10, 1)
    assert fig.last_year_totals == f.Totals(visits=1, cases=0, people=4)


def test_dimensions(october) -> None:  # type: ignore[no-untyped-def]
    fig, _ = october
    assert _counts(fig.by_category) == {"01": (3, 2, 3), "02": (1, 1, 6), "": (1, 0, 2)}
    assert fig.by_category[0].label == "城乡建设"
    assert _counts(fig.by_area) == {"460105": (2, 1, 2), "460106": (2, 2, 7), "": (1, 0, 2)}
    assert _counts(fig.by_route) == {"transferred": (2, 2, 7), "accepted_here": (1, 1, 1),
                                     "": (2, 0, 3)}
    assert _counts(fig.by_unit) == {UNIT_RSJ: (1, 1, 6), UNIT_ZJJ: (1, 1, 1)}
    assert _counts(fig.by_sort) == {"claim": (2, 2, 2), "accusation": (1, 1, 6),
                                    "": (2, 0, 3)}
    assert _counts(fig.by_purpose)["report"] == (1, 1, 6)


def test_days_hours_and_queue_times(october) -> None:  # type: ignore[no-untyped-def]
    fig, _ = october
    assert len(fig.daily) == 31
    by_day = {d.day: d.visits for d in fig.daily if d.visits}
    assert by_day == {date(2026, 10, 8): 2, date(2026, 10, 15): 1, date(2026, 10, 20): 1,
                      date(2026, 10, 31): 1}
    heat = fig.heat()
    assert (heat[3][9], heat[3][10], heat[3][14], heat[1][9], heat[5][23]) == (1, 1, 1, 1, 1)
    assert sum(map(sum, heat)) == 5
    # Waits 300, 600, 1200, 1800: nearest-rank median the 2nd, 90th percentile the 4th.
    assert fig.waiting_all == f.TimeRow("", "合计", 4, 600.0, 1800.0)
    assert fig.service_all is not None
    assert (fig.service_all.count, fig.service_all.median_s, fig.service_all.p90_s) == (
        3, 1200.0, 2400.0)
    windows = {row.key: (row.count, round(row.median_s)) for row in
               fig.waiting[f.WAIT_WINDOW]}
    assert windows == {"1号窗口": (3, 600), "2号窗口": (1, 1200)}
    clerks = {row.key: row.count for row in fig.service[f.SERVICE_CLERK]}
    assert clerks == {"赵六": 2, "钱七": 1}


def test_deadlines_and_reception(october) -> None:  # type: ignore[no-untyped-def]
    fig, _ = october
    assert fig.deadlines == f.Deadlines(with_due=3, answered_in_time=1, answered_late=1,
                                        open_overdue=1, extended=1, reviews=1)
    assert fig.reception == f.Reception(sessions=1, bookings=2, booked_people=4, attended=1,
                                        absent=1, instructions=1, instructions_done=1)


def test_rows_behind(services, october) -> None:  # type: ignore[no-untyped-def]
    _, _ids = october
    stats = services.statistics
    first, last = date(2026, 10, 1), date(2026, 10, 31)

    def tickets(key: str, value: str = "") -> list[str]:
        return sorted(r.ticket_number for r in stats.rows_behind(key, value, first, last))

    assert tickets(f.TOTAL) == ["A1001", "A1002", "A1003", "A1004", "B1001"]
    assert tickets(f.BY_UNIT, UNIT_RSJ) == ["B1001"]
    assert tickets(f.BY_ROUTE, "") == ["A1002", "A1003"]
    assert tickets(f.GROUP) == ["B1001"]
    assert tickets(f.REPEAT) == ["A1002"]
    assert tickets(f.DAY, "2026-10-31") == ["A1003"]
    assert tickets(f.HOUR, "3-9") == ["A1001"]
    assert tickets(f.WAIT_WINDOW, "1号窗口") == ["A1001", "A1002", "A1004"]
    assert tickets(f.ANSWERED_LATE) == ["B1001"]
    assert tickets(f.OPEN_OVERDUE) == ["A1004"]
    line = next(iter(stats.rows_behind(f.GROUP, "", first, last)))
    assert (line.masked_name, line.people, line.unit) == ("李*", 6, UNIT_RSJ)
    # Every table's rows add up to the visits behind them.
    fig, _ = october
    for table in f.COUNT_TABLES:
        for row in fig.table(table):
            assert len(stats.rows_behind(table, row.key, first, last)) == row.visits


def test_bad_period_and_key(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PeriodError) as error:
        services.statistics.figures(date(2026, 10, 31), date(2026, 10, 1))
    assert error.value.field == "last_day"
    from desktop.reports.statistics import FigureKeyError

    with pytest.raises(FigureKeyError):
        services.statistics.rows_behind("nonsense", "", date(2026, 10, 1), date(2026, 10, 2))


def test_a_withdrawn_answer_is_not_counted(services, october) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from db.models import CaseStep

    _, ids = october
    with services.sessions.begin() as session:
        answer = session.scalars(select(CaseStep).where(
            CaseStep.case_visit_id == ids["v1"], CaseStep.kind == "answered")).one()
        session.add(CaseStep(case_visit_id=ids["v1"], kind="correction",
                             on_date=date(2026, 11, 12), corrects_id=answer.id,
                             origin_terminal="FRONT-1"))
    fig = services.statistics.figures(date(2026, 10, 1), date(2026, 10, 31))
    # V1's answer withdrawn: no longer in time; its due (11-20) has passed unanswered,
    # like V8's.
    assert (fig.deadlines.answered_in_time, fig.deadlines.open_overdue) == (0, 2)
    assert fig.deadlines.answered_late == 1
    tickets = sorted(r.ticket_number for r in services.statistics.rows_behind(
        f.OPEN_OVERDUE, "", date(2026, 10, 1), date(2026, 10, 31)))
    assert tickets == ["A1001", "A1004"]
