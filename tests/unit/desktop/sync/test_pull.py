"""Pull: every central change arrives once, in order, late commits included; a
terminal's own changes are not applied again, and unsent local edits are kept."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import text
from sync_setup import Central, Terminal

from desktop.sync.pull import PullOutcome, pull_once

pytestmark = pytest.mark.pg
MakeTerminal = Callable[..., Terminal]

_CENTRAL_VISITOR = (
    "INSERT INTO visitor (id, version, updated_at, origin_terminal, id_type, id_number, name)"
    " VALUES (:id, 1, now(), 'PG-1', 'resident_id', :number, :name)")


def _pull(terminal: Terminal, central: Central) -> PullOutcome:
    """One pull that hands something out (other tests' open transactions on the same
    server may hold it back for a moment)."""
    deadline = time.monotonic() + 60
    while True:
        outcome = pull_once(terminal.host.engine, central.engine, 100)
        if outcome.changes or time.monotonic() > deadline:
            return outcome
        time.sleep(0.05)


def test_a_ticket_issued_at_one_terminal_reaches_the_other(
        central: Central, make_terminal: MakeTerminal) -> None:
    t1, t2 = make_terminal("T1", 1), make_terminal("T2", 2)
    ticket = t1.issue()
    t1.catch_up(central)
    report = t2.catch_up(central)
    assert report.online and report.pulled == 3 and report.pushed == 0
    assert t2.scalar("SELECT ticket_number FROM visit WHERE id = :i",
                     i=ticket.visit_id.hex) == ticket.ticket_number
    assert t2.scalar("SELECT count(*) FROM visit_status_change") == 1
    # Applied rows are not captured again, so nothing goes back.
    assert t2.scalar("SELECT count(*) FROM sync_outbox") == 0
    # T2's own ticket goes the other way; T1 gets it and not its own rows again.
    other = t2.issue()
    t2.catch_up(central)
    t1.catch_up(central)
    assert t1.scalar("SELECT count(*) FROM visit") == 2
    assert t1.scalar("SELECT ticket_number FROM visit WHERE id = :i",
                     i=other.visit_id.hex) == other.ticket_number
    assert central.scalar("SELECT count(*) FROM visit") == 2


def test_own_changes_coming_back_are_not_applied_as_new(
        central: Central, make_terminal: MakeTerminal) -> None:
    t1 = make_terminal("T1", 1)
    t1.issue()
    t1.catch_up(central)  # pushes, then pulls its own three changes
    before = t1.scalar("SELECT group_concat(id || ':' || version || ':' || updated_at)"
                       " FROM visitor")
    with t1.host.engine.begin() as connection:
        connection.execute(text("UPDATE sync_state SET cursor_xid = 0, cursor_seq = 0"))
    outcome = _pull(t1, central)
    assert outcome.changes == 3 and outcome.applied == 0
    assert t1.scalar("SELECT group_concat(id || ':' || version || ':' || updated_at)"
                     " FROM visitor") == before
    assert t1.scalar("SELECT count(*) FROM sync_outbox") == 0


def test_a_late_committing_transaction_is_not_skipped(
        central: Central, make_terminal: MakeTerminal) -> None:
    t1 = make_terminal("T1", 1)
    t1.catch_up(central)
    early, late = uuid.uuid4(), uuid.uuid4()
    first = central.engine.connect()
    second = central.engine.connect()
    try:
        # Transaction 1 begins and writes (it takes the lower transaction id) …
        first.begin()
        first.execute(text(_CENTRAL_VISITOR), {"id": early, "number": "E1", "name": "甲"})
        # … transaction 2 writes and commits while 1 is still open.
        with second.begin():
            second.execute(text(_CENTRAL_VISITOR), {"id": late, "number": "L2", "name": "乙"})
        outcome = pull_once(t1.host.engine, central.engine, 100)
        # Nothing at or after the open transaction is handed out yet …
        assert outcome.changes == 0
        assert t1.scalar("SELECT count(*) FROM visitor") == 0
        first.commit()
    finally:
        first.close()
        second.close()
    # … and once it committed, both arrive, in transaction order.
    outcome = _pull(t1, central)
    assert outcome.changes == 2 and outcome.applied == 2
    assert t1.scalar("SELECT group_concat(id_number) FROM (SELECT id_number FROM visitor"
                     " ORDER BY id_number)") == "E1,L2"
    assert t1.scalar("SELECT count(*) FROM sync_outbox") == 0
    assert pull_once(t1.host.engine, central.engine, 100).changes == 0


def test_unsent_local_edits_are_not_overwritten_by_a_pull(
        central: Central, make_terminal: MakeTerminal) -> None:
    t1, t2 = make_terminal("T1", 1), make_terminal("T2", 2)
    ticket = t1.issue()
    t1.catch_up(central)
    t2.catch_up(central)
    t1.execute("UPDATE visitor SET work_unit = '海口市某公司' WHERE id = :i",
               i=ticket.visitor_id.hex)
    t1.catch_up(central)
    # T2 edits before it has pulled T1's edit: its own edit must survive the pull.
    t2.execute("UPDATE visitor SET phone = '13700000000' WHERE id = :i",
               i=ticket.visitor_id.hex)
    _pull(t2, central)
    assert t2.scalar("SELECT phone FROM visitor") == "13700000000"
    assert t2.scalar("SELECT work_unit FROM visitor") is None
    # The next round merges both (different fields) and brings the merge back.
    t2.catch_up(central)
    t1.catch_up(central)
    for terminal in (t1, t2):
        assert terminal.scalar("SELECT phone || '/' || work_unit FROM visitor") == (
            "13700000000/海口市某公司")
    assert central.scalar("SELECT phone || '/' || work_unit FROM visitor") == (
        "13700000000/海口市某公司")
    assert central.scalar("SELECT count(*) FROM sync_conflict") == 0
    versions = {t.scalar("SELECT version FROM visitor") for t in (t1, t2)}
    assert versions == {central.scalar("SELECT version FROM visitor")}


def test_a_child_before_its_parent_in_transaction_order_is_applied(
        central: Central, make_terminal: MakeTerminal) -> None:
    """Transaction ids are not commit order: a visit written by an older transaction
    can reference a visitor committed by a younger one. A batch ending between them
    is retried larger, never half-applied."""
    t1 = make_terminal("T1", 1)
    t1.catch_up(central)
    other, visitor, visit = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    older = central.engine.connect()
    try:
        older.begin()
        older.execute(text(_CENTRAL_VISITOR), {"id": other, "number": "O1", "name": "丙"})
        with central.engine.begin() as younger:
            younger.execute(text(_CENTRAL_VISITOR), {"id": visitor, "number": "V1",
                                                     "name": "丁"})
        older.execute(text(
            "INSERT INTO visit (id, version, updated_at, origin_terminal, service_day,"
            " ticket_number, category, queue_status, issued_at, issued_by, visitor_id,"
            " people_count, recall_count, visit_form, flag_skip_level, flag_cross_region,"
            " flag_law_related, flag_urgent, flag_anonymous, flag_agree_public, flag_group,"
            " is_repeat, visit_count, deadline_estimated) VALUES (:id, 1, now(), 'PG-1',"
            " '2026-12-01', 'A9001', 'regular', 'waiting', now(), '前台', :visitor, 1, 0,"
            " '来访', false, false, false, false, false, false, false, false, 1, false)"),
            {"id": visit, "visitor": visitor})
        older.commit()
    finally:
        older.close()
    deadline = time.monotonic() + 60
    while pull_once(t1.host.engine, central.engine, 2).changes == 0:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    while pull_once(t1.host.engine, central.engine, 2).more:
        pass
    assert t1.scalar("SELECT count(*) FROM visitor") == 2
    assert t1.scalar("SELECT visitor_id FROM visit WHERE id = :i", i=visit.hex) == visitor.hex
