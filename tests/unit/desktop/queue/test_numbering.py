"""Ticket numbers are unique per service day across all terminals, also offline."""

from __future__ import annotations

import multiprocessing
from collections import Counter as Tally
from datetime import date
from pathlib import Path

import pytest
from helpers import FakeClock, make_id_number
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.app import open_services
from desktop.domain import TicketCategory
from desktop.queue.numbering import (
    InvalidTicketNumber,
    format_ticket_number,
    parse_ticket_number,
)
from desktop.queue.tickets import RepresentativeInput, TicketRequest


@given(
    category=st.sampled_from(list(TicketCategory)),
    slot=st.integers(1, 9),
    seq=st.integers(1, 999),
)
def test_format_and_parse_round_trip(category: TicketCategory, slot: int, seq: int) -> None:
    number = format_ticket_number(category, slot, seq)
    assert len(number) == 5  # read aloud in five characters
    assert parse_ticket_number(number.lower()) == (category, slot, seq)


@pytest.mark.parametrize("text", ["", "A01", "Z1001", "A0001", "A10011", "11001"])
def test_malformed_ticket_numbers(text: str) -> None:
    with pytest.raises(InvalidTicketNumber):
        parse_ticket_number(text)


operations = st.lists(
    st.tuples(
        st.integers(0, 2),                         # which terminal
        st.sampled_from(list(TicketCategory)),
        st.integers(0, 600),                       # minutes that pass before it
        st.booleans(),                             # the request is bad (must not burn)
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations)
def test_offline_terminals_never_share_a_number(tmp_path_factory, ops) -> None:  # type: ignore[no-untyped-def]
    """Three terminals, each on its own database (as when offline from each other)."""
    base = tmp_path_factory.mktemp("terminals")
    clock = FakeClock()
    terminals = [
        open_services(f"sqlite:///{base / f't{i}.db'}", f"FRONT-{i + 1}", "前台",
                      preferred_slot=i + 1, clock=clock)
        for i in range(3)
    ]
    issued: list[tuple[date, str]] = []
    per_series: dict[tuple[int, date, TicketCategory], list[int]] = {}
    try:
        for terminal, category, minutes, bad in ops:
            clock.advance(minutes=minutes)
            group = category is TicketCategory.GROUP
            request = TicketRequest(
                name="" if bad else "王五", id_number=make_id_number(seq=7),
                category=category, people_count=5 if group else 1,
                representatives=(RepresentativeInput("甲"),) if group else (),
            )
            try:
                ticket = terminals[terminal].tickets.issue_ticket(request)
            except ValueError:
                assert bad
                continue
            issued.append((ticket.service_day, ticket.ticket_number))
            _, slot, seq = parse_ticket_number(ticket.ticket_number)
            assert slot == terminal + 1
            per_series.setdefault((terminal, ticket.service_day, category), []).append(seq)
    finally:
        for services in terminals:
            services.close()
    duplicates = [key for key, count in Tally(issued).items() if count > 1]
    assert duplicates == []
    for seqs in per_series.values():  # no gaps: a refused request never burns a number
        assert seqs == list(range(1, len(seqs) + 1))


def _issue_many(url: str, count: int, worker: int, queue) -> None:  # type: ignore[no-untyped-def]
    services = open_services(url, "FRONT-1", f"worker-{worker}")
    numbers = []
    try:
        for index in range(count):
            ticket = services.tickets.issue_ticket(TicketRequest(
                name=f"访客{worker}", id_number=make_id_number(seq=worker * 100 + index % 50),
                category=TicketCategory.REGULAR,
            ))
            numbers.append(ticket.ticket_number)
    finally:
        services.close()
    queue.put(numbers)


def _run_processes(url: str, workers: int, per_worker: int) -> list[str]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    processes = [context.Process(target=_issue_many, args=(url, per_worker, w, queue))
                 for w in range(workers)]
    for process in processes:
        process.start()
    results: list[str] = []
    for _ in processes:
        results.extend(queue.get(timeout=120))
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return results


@pytest.mark.slow
def test_processes_issuing_at_once_on_one_sqlite_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    open_services(url, "FRONT-1", "setup").close()  # migrate once, before the race
    numbers = _run_processes(url, workers=4, per_worker=25)
    assert len(numbers) == 100
    assert sorted(numbers) == [f"A1{n:03d}" for n in range(1, 101)]


@pytest.mark.slow
@pytest.mark.pg
def test_processes_issuing_at_once_on_postgresql(pg_schema) -> None:  # type: ignore[no-untyped-def]
    url, schema = pg_schema
    scoped = f"{url}?options=-csearch_path%3D{schema}"
    open_services(scoped, "FRONT-1", "setup").close()
    numbers = _run_processes(scoped, workers=4, per_worker=25)
    assert sorted(numbers) == [f"A1{n:03d}" for n in range(1, 101)]
