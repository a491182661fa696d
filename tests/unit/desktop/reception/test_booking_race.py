"""Two terminals booking the last places of a session at the same moment, in two
processes against one database (SQLite and PostgreSQL): the capacity is never
exceeded, and every refusal says the session is full."""

from __future__ import annotations

import multiprocessing
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from helpers import FakeClock, make_id_number
from sqlalchemy import func, select

from desktop.app import open_services

TERMINALS = ("BOOK-1", "BOOK-2")
CAPACITY = 3
PER_TERMINAL = 4  # eight visitors for three places
NOW = datetime(2026, 9, 1, 1, 0, tzinfo=UTC)


def _book_all(url: str, schema: str | None, terminal: str, session_id: str, offset: int,
              data_dir: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    import uuid

    os.environ["LAIFANG_DATA_DIR"] = data_dir
    from booking_setup import booking_input

    from desktop.reception.booking_domain import SessionFull

    services = open_services(url, terminal, "预约员", schema=schema, clock=FakeClock(NOW))
    outcome: list[str] = []
    try:
        for index in range(PER_TERMINAL):
            barrier.wait(60)
            try:
                services.reception_bookings.book(booking_input(
                    uuid.UUID(session_id), name=f"来访{offset + index}",
                    id_number=make_id_number(seq=offset + index)))
                outcome.append("booked")
            except SessionFull:
                outcome.append("full")
            except Exception as error:  # noqa: BLE001 - reported to the test
                outcome.append(f"error: {type(error).__name__}")
    finally:
        services.close()
    results.put(outcome)


def _race(url: str, schema: str | None, tmp_path: Path) -> None:
    from booking_setup import make_roster, published_session

    services = open_services(url, TERMINALS[0], "预约员", schema=schema, clock=FakeClock(NOW))
    try:
        roster = make_roster(services)
        item = published_session(services, roster.wang, date(2026, 9, 10), capacity=CAPACITY)
    finally:
        services.close()
    open_services(url, TERMINALS[1], "预约员", schema=schema).close()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(TERMINALS))
    results = context.Queue()
    processes = [context.Process(target=_book_all, args=(
        url, schema, terminal, str(item.session_id), 100 * (n + 1),
        str(tmp_path / f"data-{terminal}"), barrier, results))
        for n, terminal in enumerate(TERMINALS)]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=180) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    flat = [o for outcome in outcomes for o in outcome]
    assert [o for o in flat if o.startswith("error")] == []
    assert flat.count("booked") == CAPACITY and flat.count("full") == len(flat) - CAPACITY

    from db.models import ReceptionBooking

    services = open_services(url, TERMINALS[0], "预约员", schema=schema)
    try:
        with services.sessions() as session:
            assert session.scalar(select(func.count()).select_from(ReceptionBooking).where(
                ReceptionBooking.session_id == item.session_id)) == CAPACITY
    finally:
        services.close()


@pytest.mark.slow
def test_the_last_places_at_two_terminals_on_sqlite(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))
    _race(f"sqlite:///{tmp_path / 'laifang.sqlite3'}", None, tmp_path)


@pytest.mark.slow
@pytest.mark.pg
def test_the_last_places_at_two_terminals_on_postgresql(pg_schema, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))
    url, schema = pg_schema
    _race(url, schema, tmp_path)
