"""Clerks on different PCs pressing 叫下一位 at the same moment: separate processes on one
database must never be handed the same visitor."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from pathlib import Path

import pytest
from helpers import make_id_number

from desktop.app import open_services
from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest

TICKETS = 60
WORKERS = 3
CALLS_PER_WORKER = 25  # more calls than tickets: the queue runs dry during the race


def _call_many(url: str, worker: int, calls: int, start, results) -> None:  # type: ignore[no-untyped-def]
    from db.engine import make_engine, make_session_factory
    from desktop.queue.calling import CallingService
    from desktop.terminal import Workstation

    engine = make_engine(url)
    sessions = make_session_factory(engine)
    service = CallingService(sessions, Workstation(f"WIN-{worker}", 1, f"clerk-{worker}"))
    window = f"{worker + 1}号窗口"
    called: list[str] = []
    try:
        start.wait(60)
        for _ in range(calls):
            ticket = service.call_next(window)
            if ticket is None:
                continue
            called.append(str(ticket.visit_id))
            service.mark_no_show(ticket.visit_id, window)  # frees the window for the next call
    finally:
        engine.dispose()
    results.put(called)


def _race(url: str) -> list[str]:
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    results = context.Queue()
    processes = [
        context.Process(target=_call_many, args=(url, w, CALLS_PER_WORKER, start, results))
        for w in range(WORKERS)
    ]
    for process in processes:
        process.start()
    start.set()
    called: list[str] = []
    for _ in processes:
        called.extend(results.get(timeout=120))
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return called


def _fill(url: str) -> set[str]:
    services = open_services(url, "FRONT-1", "前台")
    categories = [TicketCategory.REGULAR, TicketCategory.PRIORITY, TicketCategory.BOOKED]
    try:
        return {
            str(services.tickets.issue_ticket(TicketRequest(
                name=f"访客{i}", id_number=make_id_number(seq=i + 1),
                category=categories[i % 3],
            )).visit_id)
            for i in range(TICKETS)
        }
    finally:
        services.close()


@pytest.mark.slow
def test_processes_calling_at_once_on_one_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    issued = _fill(url)
    called = _race(url)
    assert [vid for vid, n in Counter(called).items() if n > 1] == []
    assert set(called) == issued  # 75 presses for 60 visitors: everyone called exactly once


@pytest.mark.slow
@pytest.mark.pg
def test_processes_calling_at_once_on_postgresql(pg_schema) -> None:  # type: ignore[no-untyped-def]
    url, schema = pg_schema
    scoped = f"{url}?options=-csearch_path%3D{schema}"
    issued = _fill(scoped)
    called = _race(scoped)
    assert [vid for vid, n in Counter(called).items() if n > 1] == []
    assert set(called) == issued
