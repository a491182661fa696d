"""Conflict policies: the merge itself, and two terminals editing the same rows."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sync_setup import Central, Terminal

from desktop.sync.policy import ConflictKind, Resolution, merge_row

MakeTerminal = Callable[..., Terminal]
T0 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)


def _visit(**values: object) -> dict[str, object]:
    row: dict[str, object] = {"id": 1, "version": 3, "updated_at": T0, "deleted_at": None,
                              "origin_terminal": "T1", "queue_status": "waiting",
                              "window_name": None, "case_status": None, "summary": None}
    row.update(values)
    return row


def test_fields_changed_on_one_side_only_are_taken() -> None:
    central = {"id": 1, "version": 4, "updated_at": T0, "deleted_at": None,
               "origin_terminal": "T1", "phone": "139", "work_unit": None}
    local = dict(central, version=4, phone="138", work_unit="某公司")
    merged = merge_row("visitor", central, local, {"work_unit": None})
    assert merged.row["work_unit"] == "某公司" and merged.row["phone"] == "139"
    assert merged.conflicts == []


def test_a_field_both_changed_keeps_the_central_value_and_asks_a_person() -> None:
    central = {"id": 1, "version": 4, "updated_at": T0, "deleted_at": None,
               "origin_terminal": "T1", "phone": "139"}
    local = dict(central, phone="138")
    merged = merge_row("visitor", central, local, {"phone": "137"})
    assert merged.row["phone"] == "139"
    assert [(c.kind, c.fields, c.resolution) for c in merged.conflicts] == [
        (ConflictKind.FIELDS, ("phone",), Resolution.OPEN)]


def test_the_further_queue_status_wins_with_its_fields() -> None:
    central = _visit(queue_status="called", window_name="1号窗口")
    local = _visit(queue_status="serving", window_name="2号窗口")
    base = {"queue_status": "waiting", "window_name": None}
    merged = merge_row("visit", central, local, base)
    assert (merged.row["queue_status"], merged.row["window_name"]) == ("serving", "2号窗口")
    assert [(c.kind, c.resolution) for c in merged.conflicts] == [
        (ConflictKind.STATUS, Resolution.AUTO)]
    # The other way round the central status is further and stays.
    back = merge_row("visit", local, central, base)
    assert (back.row["queue_status"], back.row["window_name"]) == ("serving", "2号窗口")


def test_two_windows_calling_the_same_ticket_go_to_a_person() -> None:
    central = _visit(queue_status="called", window_name="1号窗口")
    local = _visit(queue_status="called", window_name="2号窗口")
    merged = merge_row("visit", central, local, {"queue_status": "waiting",
                                                 "window_name": None})
    assert merged.row["window_name"] == "1号窗口"
    assert [(c.fields, c.resolution) for c in merged.conflicts] == [
        (("window_name",), Resolution.OPEN)]


def test_delete_beats_update_both_ways() -> None:
    deleted = _visit(deleted_at=T0, summary=None)
    edited = _visit(summary="补充材料")
    lost_edit = merge_row("visit", deleted, edited, {"summary": None})
    assert lost_edit.row["deleted_at"] == T0 and lost_edit.row["summary"] is None
    assert [c.kind for c in lost_edit.conflicts] == [ConflictKind.DELETE_UPDATE]
    won = merge_row("visit", edited, deleted, {"deleted_at": None})
    assert won.row["deleted_at"] == T0 and won.row["summary"] == "补充材料"
    assert [c.kind for c in won.conflicts] == [ConflictKind.DELETE_UPDATE]


@pytest.mark.pg
def test_two_terminals_edit_the_same_field(central: Central,
                                           make_terminal: MakeTerminal) -> None:
    t1, t2 = make_terminal("T1", 1), make_terminal("T2", 2)
    ticket = t1.issue()
    t1.catch_up(central)
    t2.catch_up(central)
    t1.execute("UPDATE visitor SET phone = '13811111111' WHERE id = :i",
               i=ticket.visitor_id.hex)
    t2.execute("UPDATE visitor SET phone = '13822222222' WHERE id = :i",
               i=ticket.visitor_id.hex)
    t1.catch_up(central)
    report = t2.catch_up(central)
    t1.catch_up(central)
    assert report.conflicts == 1 and report.open_conflicts == 1
    for phone in (t1.scalar("SELECT phone FROM visitor"), t2.scalar("SELECT phone FROM visitor"),
                  central.scalar("SELECT phone FROM visitor")):
        assert phone == "13811111111"  # the first to reach the centre
    kind, fields, terminal, resolution, local_row = central.rows(
        "SELECT kind, fields, terminal, resolution, local_row FROM sync_conflict")[0]
    assert (kind, fields, terminal, resolution) == ("fields", "phone", "T2", "open")
    assert json.loads(str(local_row))["phone"] == "13822222222"  # the losing value is kept


@pytest.mark.pg
def test_a_delete_against_an_update(central: Central, make_terminal: MakeTerminal) -> None:
    t1, t2 = make_terminal("T1", 1), make_terminal("T2", 2)
    ticket = t1.issue()
    t1.catch_up(central)
    t2.catch_up(central)
    t1.execute("UPDATE visit SET deleted_at = '2026-12-01 02:00:00.000000' WHERE id = :i",
               i=ticket.visit_id.hex)
    t2.execute("UPDATE visit SET queue_note = '来访人已离开' WHERE id = :i",
               i=ticket.visit_id.hex)
    t1.catch_up(central)
    t2.catch_up(central)
    t1.catch_up(central)
    for terminal in (t1, t2):
        assert terminal.scalar("SELECT deleted_at IS NOT NULL FROM visit") == 1
        assert terminal.scalar("SELECT queue_note FROM visit") is None
    assert central.scalar("SELECT deleted_at IS NOT NULL FROM visit") is True
    kind, resolution, local_row = central.rows(
        "SELECT kind, resolution, local_row FROM sync_conflict")[0]
    assert (kind, resolution) == ("delete_update", "open")
    assert json.loads(str(local_row))["queue_note"] == "来访人已离开"


@pytest.mark.pg
def test_a_hard_delete_against_an_update(central: Central,
                                         make_terminal: MakeTerminal) -> None:
    t1, t2 = make_terminal("T1", 1), make_terminal("T2", 2)
    ticket = t1.issue()
    t1.catch_up(central)
    t2.catch_up(central)
    t2.execute("UPDATE visit_status_change SET note = '补记' WHERE visit_id = :i",
               i=ticket.visit_id.hex)
    t2.catch_up(central)
    t1.execute("DELETE FROM visit_status_change WHERE visit_id = :i", i=ticket.visit_id.hex)
    t1.catch_up(central)
    t2.catch_up(central)
    assert central.scalar("SELECT count(*) FROM visit_status_change") == 0
    assert t2.scalar("SELECT count(*) FROM visit_status_change") == 0
    kind, central_row = central.rows("SELECT kind, central_row FROM sync_conflict")[0]
    assert kind == "delete_update" and json.loads(str(central_row))["note"] == "补记"


@pytest.mark.pg
def test_the_further_status_wins_across_terminals(central: Central,
                                                  make_terminal: MakeTerminal,
                                                  clock: object) -> None:
    t1, t2 = make_terminal("T1", 1), make_terminal("T2", 2)
    ticket = t1.issue()
    t1.catch_up(central)
    t2.catch_up(central)
    # T2's window calls and serves the visitor; T1, not yet knowing, calls it too.
    t2.host.calling.call_ticket(ticket.visit_id, "2号窗口")
    t2.host.calling.start_serving(ticket.visit_id, "2号窗口")
    t1.host.calling.call_ticket(ticket.visit_id, "1号窗口")
    t2.catch_up(central)
    report = t1.catch_up(central)
    t2.catch_up(central)
    for status in (t1.scalar("SELECT queue_status || '@' || window_name FROM visit"),
                   t2.scalar("SELECT queue_status || '@' || window_name FROM visit"),
                   central.scalar("SELECT queue_status || '@' || window_name FROM visit")):
        assert status == "serving@2号窗口"
    assert report.conflicts >= 1
    assert ("visit", "status", "auto") in {
        (str(t), str(k), str(r)) for t, k, r in central.rows(
            "SELECT table_name, kind, resolution FROM sync_conflict")}
    # Every terminal's history of the visit is complete: T1's call is kept as history.
    assert central.scalar("SELECT count(*) FROM call_event") == 2
    assert t2.scalar("SELECT count(*) FROM call_event") == 2
