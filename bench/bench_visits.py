"""Ticket issue and history lookup with 1,000,000 stored visits (DESIGN.md, Performance).

    .venv/bin/python bench/bench_visits.py [--visits 1000000] [--repeat 200]

Builds (once, then reuses) a SQLite database with the stored visits via the demo
generator, then measures, interleaved in the same run:
- issue a ticket (number + visitor + commit) vs one raw sqlite3 insert + commit;
- visitor history by ID number vs the same indexed query in raw SQL.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import bench_dir, median_ms, report  # noqa: E402

from desktop.app import open_services  # noqa: E402
from desktop.cases.identity import IdType, compute_check_character  # noqa: E402
from desktop.demo import fill_demo_data  # noqa: E402
from desktop.domain import TicketCategory  # noqa: E402
from desktop.queue.tickets import TicketRequest  # noqa: E402

HISTORY_SQL = (
    "SELECT v.id, v.service_day, v.ticket_number, v.case_number, v.summary, v.case_status, "
    "v.queue_status, v.accept_notice_due, v.handling_due, v.route "
    "FROM visit v WHERE v.visitor_id = (SELECT id FROM visitor WHERE id_type = ? "
    "AND id_number = ?) AND v.deleted_at IS NULL ORDER BY v.issued_at DESC"
)


def prepare(path: Path, visits: int) -> None:
    url = f"sqlite:///{path}"
    services = open_services(url, "BENCH-1", "bench")
    try:
        with sqlite3.connect(path) as conn:
            have = conn.execute("SELECT count(*) FROM visit").fetchone()[0]
        if have >= visits:
            return
        print(f"building {visits - have} demo visits in {path} (once) …", flush=True)
        start = time.perf_counter()
        fill_demo_data(services, visits=visits - have, days=250, seed=have + 1)
        print(f"built in {time.perf_counter() - start:.0f} s", flush=True)
    finally:
        services.close()


def remove_bench_tickets(path: Path) -> None:
    """Undo what the ticket benchmark wrote, so every run starts from the same state
    (and the terminal's 999 numbers a day are not used up after a few runs)."""
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM visit_status_change WHERE visit_id IN "
                     "(SELECT id FROM visit WHERE issued_by = 'bench')")
        conn.execute("DELETE FROM print_record WHERE visit_id IN "
                     "(SELECT id FROM visit WHERE issued_by = 'bench')")
        conn.execute("DELETE FROM visit WHERE issued_by = 'bench'")
        conn.execute("DELETE FROM visitor WHERE origin_terminal = 'BENCH-1' AND id NOT IN "
                     "(SELECT visitor_id FROM visit)")
        # Counters go back to the highest number still in use (the demo's own tickets).
        conn.execute(
            "UPDATE counter SET last_value = coalesce((SELECT max(CAST(substr(v.ticket_number, 3) "
            "AS INTEGER)) FROM visit v WHERE v.service_day = counter.service_day AND "
            "substr(v.ticket_number, 2, 1) = CAST(counter.slot AS TEXT) AND 'ticket-' || "
            "v.category = counter.series), 0) WHERE series LIKE 'ticket-%' AND slot = "
            "(SELECT slot FROM terminal WHERE code = 'BENCH-1')")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    path = bench_dir() / f"visits-{args.visits}.sqlite3"
    os.environ.setdefault("LAIFANG_DATA_DIR", str(bench_dir() / "data"))
    prepare(path, args.visits)
    remove_bench_tickets(path)

    services = open_services(f"sqlite:///{path}", "BENCH-1", "bench")
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("CREATE TABLE IF NOT EXISTS bench_floor (id BLOB PRIMARY KEY, name TEXT, "
                "day TEXT, number TEXT)")
    rng = random.Random(7)
    counter = iter(range(10**9))

    def issue() -> None:
        n = next(counter)
        first17 = f"460106{1950 + n % 50}0101{n % 1000:03d}"
        services.tickets.issue_ticket(TicketRequest(
            name="测试", id_number=first17 + compute_check_character(first17),
            category=rng.choice([TicketCategory.REGULAR, TicketCategory.PRIORITY]),
        ))

    def floor_insert() -> None:
        raw.execute("BEGIN")
        raw.execute("INSERT INTO bench_floor VALUES (?, ?, ?, ?)",
                    (uuid.uuid4().bytes, "测试", "2026-11-27", "A1001"))
        raw.execute("COMMIT")

    numbers = [row[0] for row in raw.execute(
        "SELECT id_number FROM visitor ORDER BY random() LIMIT 500")]

    def history() -> None:
        services.registration.history_by_document(IdType.RESIDENT_ID, rng.choice(numbers))

    def floor_history() -> None:
        raw.execute(HISTORY_SQL, ("resident_id", rng.choice(numbers))).fetchall()

    # The ticket benchmark is capped by the 999 numbers per category a day per terminal.
    repeat = min(args.repeat, 400)
    rounds = 5
    ours, floors = [], []
    for _ in range(rounds):  # interleave, so machine noise hits both alike
        ours.append(median_ms(issue, repeat // rounds, warmup=2))
        floors.append(median_ms(floor_insert, repeat // rounds, warmup=2))
    ok = report("issue ticket (1M visits stored)", sorted(ours)[rounds // 2],
                sorted(floors)[rounds // 2], "raw sqlite3 insert + commit", 3.0)
    hist, hist_floor = [], []
    for _ in range(rounds):
        hist.append(median_ms(history, args.repeat // rounds))
        hist_floor.append(median_ms(floor_history, args.repeat // rounds))
    ok &= report("visitor history by ID number (1M visits)", sorted(hist)[rounds // 2],
                 sorted(hist_floor)[rounds // 2], "same indexed query in raw SQL", 2.0)
    raw.execute("DELETE FROM bench_floor")
    raw.close()
    services.close()
    remove_bench_tickets(path)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
