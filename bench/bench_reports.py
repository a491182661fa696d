"""A month's statistics with 1,000,000 stored visits (issue 13).

    .venv/bin/python bench/bench_reports.py [--visits 1000000] [--repeat 5] [--month 2026-10]

Uses (and builds once, like bench_visits.py) the stored-visits database, then measures,
interleaved: StatisticsService.figures for a month vs the same aggregation written as
raw SQL — the very statements the service runs, compiled once with their values and run
on a plain sqlite3 connection (the floor: the database's own work and nothing of ours).
Prints both medians and the ratio (target <= 1.5x) and whether the month took under a
second.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_visits import prepare  # noqa: E402
from common import bench_dir, median_ms, report  # noqa: E402

from desktop.app import open_services  # noqa: E402
from desktop.reports import queries as q  # noqa: E402
from desktop.reports.periods import PeriodKind, parse_period, same_period_last_year  # noqa: E402


def raw_statements(services, first: date, last: date, today: date) -> list[str]:  # type: ignore[no-untyped-def]
    """The service's statements as literal SQL (compiled here, run raw in the floor)."""
    last_year = same_period_last_year(parse_period(first.isoformat()[:7]))
    with services.sessions.begin() as session:
        statements = [q.visit_pass(session, first, last), q.deadlines(first, last, today),
                      *q.reception(first, last), q.totals(last_year.first, last_year.last)]
        dialect = session.get_bind().dialect
        return [str(s.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
                for s in statements]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--month", default="2026-10")
    args = parser.parse_args()
    path = bench_dir() / f"visits-{args.visits}.sqlite3"
    os.environ.setdefault("LAIFANG_DATA_DIR", str(bench_dir() / "data"))
    prepare(path, args.visits)
    services = open_services(f"sqlite:///{path}", "BENCH-1", "bench")
    period = parse_period(args.month)
    today = date.today()
    sql = raw_statements(services, period.first, period.last, today)
    raw = sqlite3.connect(path, isolation_level=None)

    def ours() -> None:
        services.statistics.figures(period.first, period.last, PeriodKind.MONTH)

    def floor() -> None:
        raw.execute("BEGIN")
        for statement in sql:
            raw.execute(statement).fetchall()
        raw.execute("COMMIT")

    figures = services.statistics.figures(period.first, period.last, PeriodKind.MONTH)
    print(f"{period.title}: {figures.totals.visits} visits, {figures.totals.cases} cases, "
          f"{figures.totals.people} people; {len(sql)} statements")
    rounds = 3
    mine, floors = [], []
    for _ in range(rounds):  # interleaved, so machine noise hits both alike
        mine.append(median_ms(ours, args.repeat, warmup=1))
        floors.append(median_ms(floor, args.repeat, warmup=1))
    ours_ms, floor_ms = sorted(mine)[rounds // 2], sorted(floors)[rounds // 2]
    ok = report(f"month statistics ({args.visits} visits stored)", ours_ms, floor_ms,
                "the same statements in raw sqlite3", 1.5)
    fast = ours_ms < 1000
    print(f"under a second: {'yes' if fast else 'NO'} ({ours_ms:.0f} ms)")
    raw.close()
    services.close()
    return 0 if ok and fast else 1


if __name__ == "__main__":
    sys.exit(main())
