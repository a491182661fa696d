"""Power cut at the worst moment: a worker issuing tickets and registering visits is
killed with SIGKILL at random points, many times, on one database. Afterwards the
database is sound, no number is given twice, nothing a worker saw committed is lost,
no number is burnt by a killed transaction, and no visit is half-written.

Repeatable: the seed is printed; `LAIFANG_KILL_SEED=<n>` runs the same kill times again.

Workers start fast: this module also runs as a fork server (`python test_kill.py
--serve …`) that imports the services once and forks one worker per run; the test kills
the worker, never the server. A worker writes one line per commit to stdout, after the
service call returned (so only after COMMIT), with a single os.write (atomic on a pipe).
"""

from __future__ import annotations

import contextlib
import os
import queue
import random
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import IO

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNS_PER_DAY = 10            # worker runs sharing one service day (and its counters)
MAX_KILL_DELAY_S = 0.3       # kill within 300 ms of a worker's first ticket
WAIT_S = 30
CATEGORY_CYCLE = ("regular", "priority", "booked")
LETTERS = {"regular": "A", "priority": "D", "booked": "C"}


# ---- the fork server and its workers (run in the child processes) ------------------------


def _work(url: str, schema: str, slot: int, run: int) -> None:
    """Issue tickets (and register every other visit) until killed."""
    from datetime import UTC, datetime, timedelta

    from helpers import make_id_number

    from db.engine import make_engine, make_session_factory
    from desktop.cases.registration import RegistrationInput, RegistrationService
    from desktop.domain import MatterSort, Purpose, Route, TicketCategory
    from desktop.queue.tickets import TicketRequest, TicketService
    from desktop.terminal import Workstation

    engine = make_engine(url, schema=schema or None)
    sessions = make_session_factory(engine)
    workstation = Workstation("KILL-1", slot, "压测")
    shift = timedelta(days=run // RUNS_PER_DAY)  # a new service day every RUNS_PER_DAY runs

    def clock() -> datetime:
        return datetime.now(UTC) + shift

    tickets = TicketService(sessions, workstation, clock)
    registration = RegistrationService(sessions, workstation, clock)
    for i in range(100_000):
        issued = tickets.issue_ticket(TicketRequest(
            name=f"压测{i % 50}", id_number=make_id_number(seq=i % 50 + 1),
            category=TicketCategory(CATEGORY_CYCLE[i % len(CATEGORY_CYCLE)]),
        ))
        os.write(1, f"T {issued.visit_id} {issued.service_day} {issued.ticket_number}\n".encode())
        if i % 2 == 0:
            result = registration.register(issued.visit_id, RegistrationInput(
                matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
                summary="反映小区噪音扰民", demands="要求整改", content_category_code="01",
                area_code="460105", purpose=Purpose.SEEK_RESOLUTION, route=Route.ANSWERED,
            ))
            os.write(1, f"C {issued.visit_id} {result.case_number}\n".encode())
    os.write(1, b"END\n")


def _serve(url: str, schema: str, slot: int) -> None:
    """Fork one worker per "run <n>" line on stdin; report its pid and its end."""
    # Imported once here, so a forked worker starts in milliseconds.
    import db.engine  # noqa: F401
    import desktop.cases.registration  # noqa: F401
    import desktop.queue.tickets  # noqa: F401

    for line in sys.stdin:
        run = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                _work(url, schema, slot, run)
            except BaseException as error:  # a worker failure is reported, not hidden
                os.write(1, f"ERROR {type(error).__name__}: {error}\n".encode())
            finally:
                os._exit(0)  # never back into the server's loop
        os.write(1, f"PID {pid}\n".encode())
        os.waitpid(pid, 0)
        os.write(1, f"DEAD {pid}\n".encode())


# ---- the test side ------------------------------------------------------------------------


class Server:
    def __init__(self, url: str, schema: str, slot: int) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve", url, schema, str(slot)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            cwd=ROOT, env=env, text=True, bufsize=1,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        stdout = self.process.stdout
        assert stdout is not None
        threading.Thread(target=self._read, args=(stdout,), daemon=True).start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("EOF")

    def next_line(self) -> str:
        try:
            return self.lines.get(timeout=WAIT_S)
        except queue.Empty:
            pytest.fail("the kill-test server stopped answering")

    def start(self, run: int) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(f"run {run}\n")
        self.process.stdin.flush()
        while True:
            line = self.next_line()
            if line.startswith("PID "):
                return int(line.split()[1])
            self.fail_on(line)

    def fail_on(self, line: str) -> None:
        if line == "EOF" or line.startswith("ERROR"):
            self.close()
            stderr = self.process.stderr.read() if self.process.stderr else ""
            pytest.fail(f"kill-test server: {line}\n{stderr[-3000:]}")
        pytest.fail(f"unexpected line from the kill-test server: {line!r}")

    def close(self) -> None:
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=WAIT_S)


def kill_many(url: str, schema: str, slot: int, kills: int, seed: int
              ) -> tuple[dict[uuid.UUID, tuple[date, str]], dict[uuid.UUID, str]]:
    """Start a worker, kill it after a random moment; `kills` times. Returns what the
    workers reported as committed: tickets (day, number) and case numbers by visit."""
    rng = random.Random(seed)
    tickets: dict[uuid.UUID, tuple[date, str]] = {}
    cases: dict[uuid.UUID, str] = {}
    server = Server(url, schema, slot)
    killed = 0
    try:
        for run in range(kills):
            pid = server.start(run)
            finished = False

            def take(line: str) -> None:
                nonlocal finished
                kind, *rest = line.split()
                if kind == "T":
                    tickets[uuid.UUID(rest[0])] = (date.fromisoformat(rest[1]), rest[2])
                elif kind == "C":
                    cases[uuid.UUID(rest[0])] = rest[1]
                elif kind == "END":
                    finished = True
                else:
                    server.fail_on(line)

            # The kill window opens at the worker's first ticket, so a loaded machine (a
            # slow first connection) cannot turn every kill into a kill before any work.
            first = server.next_line()
            if first != f"DEAD {pid}":
                take(first)
                time.sleep(rng.uniform(0, MAX_KILL_DELAY_S))
                # Gone already: it ended by itself (an ERROR or END line says why).
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                while (line := server.next_line()) != f"DEAD {pid}":
                    take(line)
            killed += not finished
    finally:
        server.close()
    assert killed == kills, f"only {killed} of {kills} workers were killed while working"
    print(f"{kills} kills: {len(tickets)} tickets and {len(cases)} registrations committed")
    return tickets, cases


def check_database(url: str, schema: str, tickets: dict[uuid.UUID, tuple[date, str]],
                   cases: dict[uuid.UUID, str]) -> None:
    from sqlalchemy import func, select, text

    from db.engine import make_engine, make_session_factory
    from db.models import Counter, Visit, Visitor, VisitStatusChange

    engine = make_engine(url, schema=schema or None)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                assert conn.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
                assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        with make_session_factory(engine)() as session:
            visits = {v.id: v for v in session.scalars(select(Visit))}
            visitors = set(session.scalars(select(Visitor.id)))
            changes: dict[uuid.UUID, set[tuple[str, str]]] = defaultdict(set)
            for visit_id, kind, to_status in session.execute(
                select(VisitStatusChange.visit_id, VisitStatusChange.kind,
                       VisitStatusChange.to_status)
            ):
                changes[visit_id].add((kind, to_status))
            counters = {(c.service_day, c.series): c.last_value
                        for c in session.scalars(select(Counter))}
            assert session.scalar(select(func.count()).select_from(Visit)) == len(visits)
    finally:
        engine.dispose()

    # Completeness: everything a worker saw committed is there, as reported.
    missing = [visit_id for visit_id in tickets if visit_id not in visits]
    assert not missing, f"{len(missing)} committed tickets lost, e.g. {missing[:3]}"
    for visit_id, (day, number) in tickets.items():
        assert (visits[visit_id].service_day, visits[visit_id].ticket_number) == (day, number)
    for visit_id, case_number in cases.items():
        assert visits[visit_id].case_number == case_number, "committed registration lost"

    # Uniqueness, and no number burnt by a killed transaction: per day and series the
    # sequences are exactly 1…n, and the counter stands at n.
    sequences: dict[tuple[date, str], list[int]] = defaultdict(list)
    for visit in visits.values():
        series = f"ticket-{visit.category}"
        assert visit.ticket_number[0] == LETTERS[visit.category]
        sequences[(visit.service_day, series)].append(int(visit.ticket_number[2:]))
        if visit.case_number is not None:
            match = re.fullmatch(r"[A-Z]+(\d{8})\d(\d{4})", visit.case_number)
            assert match, visit.case_number
            day = date(int(match[1][:4]), int(match[1][4:6]), int(match[1][6:]))
            sequences[(day, "case")].append(int(match[2]))
    for key, values in sequences.items():
        assert sorted(values) == list(range(1, len(values) + 1)), f"gap or repeat in {key}"
        assert counters.get(key) == len(values), f"counter {key} out of step"

    # Nothing half-written: each ticket has its visitor and first status; a registration
    # is whole (case number, enquiry code, dates, case status and its history) or absent.
    for visit in visits.values():
        assert visit.visitor_id in visitors
        assert ("queue", "waiting") in changes[visit.id]
        registered = (visit.case_number, visit.enquiry_code, visit.received_on,
                      visit.registered_at, visit.summary, visit.case_status)
        if visit.registered_at is None:
            assert registered == (None,) * len(registered), \
                f"half-written registration on {visit.ticket_number}"
        else:
            assert all(value is not None for value in registered), visit.ticket_number
            assert ("case", visit.case_status) in changes[visit.id], visit.ticket_number


def _seed() -> int:
    seed = int(os.environ.get("LAIFANG_KILL_SEED") or random.randrange(1_000_000))
    print(f"kill test seed: {seed} (repeat with LAIFANG_KILL_SEED={seed})")
    return seed


def _prepared(url: str, schema: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
              ) -> int:
    """Schema, reference data and this terminal's slot, made once before the kills."""
    from desktop.app import open_services

    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))
    services = open_services(url, "KILL-1", "压测", schema=schema)
    try:
        return services.workstation.slot
    finally:
        services.close()


pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker server forks")


@pytest.mark.slow
def test_killing_ticket_issue_and_registration_loses_and_breaks_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'kill.sqlite3'}"
    slot = _prepared(url, None, tmp_path, monkeypatch)
    tickets, cases = kill_many(url, "", slot, kills=60, seed=_seed())
    assert len(tickets) > 100 and cases  # the workers did get work done between kills
    check_database(url, "", tickets, cases)


@pytest.mark.slow
@pytest.mark.pg
def test_killing_workers_on_postgresql(pg_schema: tuple[str, str], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    url, schema = pg_schema
    slot = _prepared(url, schema, tmp_path, monkeypatch)
    tickets, cases = kill_many(url, schema, slot, kills=10, seed=_seed())
    assert tickets and cases
    check_database(url, schema, tickets, cases)


if __name__ == "__main__" and sys.argv[1:2] == ["--serve"]:
    _serve(sys.argv[2], sys.argv[3], int(sys.argv[4]))
