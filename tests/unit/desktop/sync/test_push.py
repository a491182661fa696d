"""Push: the outbox reaches the central database once, whatever is sent again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sync_setup import Central, Terminal

from desktop.sync.push import apply_central, push_once, read_batch

pytestmark = pytest.mark.pg
MakeTerminal = Callable[..., Terminal]


def test_a_ticket_is_pushed_with_its_visitor_and_history(
        central: Central, make_terminal: MakeTerminal) -> None:
    t1 = make_terminal("T1", 1)
    ticket = t1.issue()
    assert t1.scalar("SELECT count(*) FROM sync_outbox") == 3  # visitor, visit, history
    report = t1.sync.sync_once()
    assert report.online and report.pushed == 3 and report.pending == 0
    assert report.error is None and report.last_success is not None
    assert central.scalar("SELECT ticket_number FROM visit WHERE id = :i",
                          i=ticket.visit_id) == ticket.ticket_number
    assert central.scalar("SELECT name FROM visitor WHERE id = :i",
                          i=ticket.visitor_id) == ticket.visitor_name
    assert central.scalar("SELECT origin FROM sync_change_log WHERE row_id = :i",
                          i=ticket.visit_id) == "T1"
    assert central.scalar("SELECT count(*) FROM sync_inbox") == 3
    assert t1.scalar("SELECT count(*) FROM sync_outbox") == 0


def test_a_batch_sent_twice_is_applied_once(
        central: Central, make_terminal: MakeTerminal) -> None:
    t1 = make_terminal("T1", 1)
    ticket = t1.issue()
    batch = read_batch(t1.host.engine, 100)
    assert batch is not None and len(batch.changes) == 3
    with central.engine.begin() as connection:
        first = apply_central(connection, "T1", batch)
    with central.engine.begin() as connection:
        second = apply_central(connection, "T1", batch)
    assert (first.applied, first.skipped) == (3, 0)
    assert (second.applied, second.skipped, second.conflicts) == (0, 3, 0)
    assert central.scalar("SELECT count(*) FROM visit") == 1
    # The second time wrote nothing: no new change-log entries.
    assert central.scalar("SELECT count(*) FROM sync_change_log WHERE row_id = :i",
                          i=ticket.visit_id) == 1
    assert second.central_versions[("visit", ticket.visit_id)] == 1


def test_a_lost_acknowledgement_is_not_applied_again(
        central: Central, make_terminal: MakeTerminal) -> None:
    t1 = make_terminal("T1", 1)
    ticket = t1.issue()
    batch = read_batch(t1.host.engine, 100)
    assert batch is not None
    with central.engine.begin() as connection:  # committed centrally …
        apply_central(connection, "T1", batch)
    # … and the acknowledgement never arrived: the outbox still holds the operations.
    assert t1.scalar("SELECT count(*) FROM sync_outbox") == 3
    # The clerk edits the visitor meanwhile: that one is new and must go through.
    t1.execute("UPDATE visitor SET phone = '13800000000' WHERE id = :i",
               i=ticket.visitor_id.hex)
    outcome = push_once(t1.host.engine, central.engine, "T1", 100)
    assert outcome is not None
    assert outcome.operations == 4 and outcome.applied == 1 and outcome.skipped == 2
    assert outcome.conflicts == 0
    assert central.scalar("SELECT count(*) FROM visit") == 1
    assert central.scalar("SELECT phone FROM visitor") == "13800000000"
    assert central.scalar("SELECT version FROM visitor") == 2
    assert central.scalar("SELECT count(*) FROM sync_conflict") == 0
    assert t1.scalar("SELECT count(*) FROM sync_outbox") == 0
    assert push_once(t1.host.engine, central.engine, "T1", 100) is None


def test_batches_follow_the_outbox_and_keep_a_row_together(
        central: Central, make_terminal: MakeTerminal) -> None:
    t1 = make_terminal("T1", 1)
    tickets = [t1.issue() for _ in range(5)]
    # A later edit of the first visitor travels with its insert, in the first batch.
    t1.execute("UPDATE visitor SET phone = '13900000000' WHERE id = :i",
               i=tickets[0].visitor_id.hex)
    batch = read_batch(t1.host.engine, 4)
    assert batch is not None
    first = [c for c in batch.changes if c.row_id == tickets[0].visitor_id]
    assert len(first) == 1 and first[0].kinds == {"I", "U"}
    assert first[0].base_version(first[0].operations) == 0
    report = t1.sync.sync_once()
    assert report.pushed == 16 and report.pending == 0
    assert central.scalar("SELECT count(*) FROM visit") == 5
    assert central.scalar("SELECT phone FROM visitor WHERE id = :i",
                          i=tickets[0].visitor_id) == "13900000000"
