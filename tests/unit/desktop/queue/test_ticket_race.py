"""Two terminals issuing a ticket to the same new visitor at the same moment: both get
their ticket, there is one visitor row, and no ID number reaches a log file."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import Counter
from pathlib import Path

import pytest
from helpers import make_id_number
from sqlalchemy import func, select

from desktop.app import open_services
from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest

PAIRS = 30
TERMINALS = ("RACE-1", "RACE-2")


def _issue_all(url: str, schema: str | None, terminal: str, numbers: list[str],
               data_dir: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    os.environ["LAIFANG_DATA_DIR"] = data_dir
    from desktop.config import setup_logging

    setup_logging()
    log = logging.getLogger("laifang")
    services = open_services(url, terminal, "前台", schema=schema)
    outcome: list[tuple[str, str]] = []
    try:
        for number in numbers:
            barrier.wait(60)  # both terminals press 取号 for this visitor together
            try:
                issued = services.tickets.issue_ticket(TicketRequest(
                    name="同时来访", id_number=number, category=TicketCategory.REGULAR,
                    phone="13912345678",
                ))
                outcome.append((number, issued.ticket_number))
            except Exception:
                # What the program does with an unexpected error (main.py, ui/tasks.py).
                log.exception("fatal error")
                outcome.append((number, "error"))
    finally:
        services.close()
    results.put(outcome)


def _race(url: str, schema: str | None, tmp_path: Path) -> None:
    for terminal in TERMINALS:  # registered first: the race is about visitors only
        open_services(url, terminal, "前台", schema=schema).close()
    numbers = [make_id_number(area="110105", birth="19750505", seq=i) for i in range(PAIRS)]
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(TERMINALS))
    results = context.Queue()
    processes = [
        context.Process(target=_issue_all, args=(
            url, schema, terminal, numbers, str(tmp_path / f"data-{terminal}"), barrier,
            results,
        ))
        for terminal in TERMINALS
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=180) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0

    failed = [number for outcome in outcomes for number, ticket in outcome if ticket == "error"]
    assert failed == [], f"{len(failed)} of {PAIRS * 2} tickets failed"

    from db.models import Visit, Visitor

    services = open_services(url, TERMINALS[0], "前台", schema=schema)
    try:
        with services.sessions() as session:
            visitors = Counter(session.scalars(
                select(Visitor.id_number).where(Visitor.id_number.in_(numbers))
            ))
            tickets = Counter(session.scalars(
                select(Visitor.id_number).join(Visit, Visit.visitor_id == Visitor.id)
                .where(Visitor.id_number.in_(numbers))
            ))
            assert session.scalar(select(func.count()).select_from(Visitor)) == PAIRS
    finally:
        services.close()
    assert visitors == Counter({number: 1 for number in numbers})
    assert tickets == Counter({number: 2 for number in numbers})

    logs = list(tmp_path.glob("data-*/logs/*.log*"))
    assert logs, "the workers wrote no log file"
    for path in logs:
        text = path.read_text(encoding="utf-8")
        leaked = [number for number in numbers if number in text or number[:17] in text]
        assert leaked == [], f"{path.name} holds ID numbers"


@pytest.mark.slow
@pytest.mark.pg
def test_same_new_visitor_at_two_terminals_on_postgresql(pg_schema, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, schema = pg_schema
    _race(url, schema, tmp_path)


@pytest.mark.slow
def test_same_new_visitor_at_two_terminals_on_sqlite(tmp_path: Path) -> None:
    _race(f"sqlite:///{tmp_path / 'laifang.sqlite3'}", None, tmp_path)
