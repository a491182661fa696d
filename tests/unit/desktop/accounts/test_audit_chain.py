"""The hash chain: every way an entry is written links it, and `verify` catches an entry
changed, removed or reordered directly in the database (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers import FakeClock, make_id_number
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from db.audit_hash import GENESIS
from db.models import AuditEntry
from desktop.accounts.audit_chain import verify_chain
from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest


def _fill(services: Any) -> None:
    """Entries through a Session (settings), the hot path (a name change) and an
    AuditEntry added directly (a failed enquiry)."""
    services.settings.update({"handling_days": 50})
    services.settings.update({"handling_days": 45, "accept_notice_days": 10})
    number = make_id_number(seq=321)
    services.tickets.issue_ticket(TicketRequest(name="王五", id_number=number,
                                                category=TicketCategory.REGULAR))
    services.tickets.issue_ticket(TicketRequest(name="王小五", id_number=number,
                                                category=TicketCategory.REGULAR,
                                                confirm_name_change=True))
    from desktop.cases.enquiry import EnquiryFailed

    with pytest.raises(EnquiryFailed):
        services.enquiry.look_up("XF000000000000", "000000")


def _verify(services: Any):  # type: ignore[no-untyped-def]
    with services.engine.connect() as conn:
        return verify_chain(conn)


def _without_triggers(services: Any, statements: list[str]) -> None:
    """What someone with the database file (or a server login) could do."""
    with services.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only"))
        else:
            conn.execute(text("DROP TRIGGER audit_entry_no_update"))
            conn.execute(text("DROP TRIGGER audit_entry_no_delete"))
        for statement in statements:
            conn.execute(text(statement))


def _seqs(services: Any) -> list[tuple[int, str, str]]:
    with services.sessions() as session:
        return [(e.seq, e.action, e.prev_hash[:8]) for e in session.scalars(
            select(AuditEntry).order_by(AuditEntry.terminal, AuditEntry.seq))]


@pytest.fixture(params=["sqlite", "postgresql"])
def any_services(request, tmp_path, monkeypatch) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from desktop.app import open_services

    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))
    if request.param == "sqlite":
        host = open_services(f"sqlite:///{tmp_path / 'a.sqlite3'}", "FRONT-1", "测试前台",
                             clock=FakeClock())
    else:
        url, schema = request.getfixturevalue("pg_schema")
        host = open_services(url, "FRONT-1", "测试前台", schema=schema, clock=FakeClock())
    yield host
    host.close()


def test_every_writer_links_the_chain(any_services) -> None:  # type: ignore[no-untyped-def]
    _fill(any_services)
    rows = _seqs(any_services)
    assert [seq for seq, _, _ in rows] == list(range(1, len(rows) + 1))
    assert rows[0][2] == GENESIS[:8]
    actions = [action for _, action, _ in rows]
    assert actions.count("setting_changed") == 3
    assert "change_visitor_name" in actions  # the ticket hot path (record_on)
    assert "enquiry_failed" in actions  # an AuditEntry the enquiry adds itself
    report = _verify(any_services)
    assert report.intact and report.entries == len(rows)
    assert [(h.terminal, h.last_seq) for h in report.heads] == [("FRONT-1", len(rows))]


def test_the_database_refuses_changes(any_services) -> None:  # type: ignore[no-untyped-def]
    _fill(any_services)
    for statement in ("UPDATE audit_entry SET actor = 'x'", "DELETE FROM audit_entry"):
        with pytest.raises(DBAPIError, match="append-only"), any_services.engine.begin() as conn:
            conn.execute(text(statement))
    assert _verify(any_services).intact


def test_verify_catches_a_changed_entry(any_services) -> None:  # type: ignore[no-untyped-def]
    _fill(any_services)
    _without_triggers(any_services, [
        "UPDATE audit_entry SET detail = '60 -> 30' WHERE seq = 2"])
    bad = _verify(any_services).first_bad
    assert bad is not None and (bad.terminal, bad.seq) == ("FRONT-1", 2)
    assert "changed" in bad.reason


def test_verify_catches_a_removed_entry(any_services) -> None:  # type: ignore[no-untyped-def]
    _fill(any_services)
    _without_triggers(any_services, ["DELETE FROM audit_entry WHERE seq = 3"])
    bad = _verify(any_services).first_bad
    assert bad is not None and (bad.seq, bad.entry_id) == (3, None)
    assert "missing" in bad.reason


def test_verify_catches_reordered_entries(any_services) -> None:  # type: ignore[no-untyped-def]
    _fill(any_services)
    _without_triggers(any_services, [
        "UPDATE audit_entry SET seq = 100 WHERE seq = 2",
        "UPDATE audit_entry SET seq = 2 WHERE seq = 3",
        "UPDATE audit_entry SET seq = 3 WHERE seq = 100",
    ])
    bad = _verify(any_services).first_bad
    assert bad is not None and bad.seq == 2
    assert "link" in bad.reason


def test_verify_catches_a_rewritten_hash(any_services) -> None:  # type: ignore[no-untyped-def]
    """Recomputing the changed entry's own hash still breaks the next link."""
    from db.audit_hash import entry_hash

    _fill(any_services)
    with any_services.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.seq == 2)).one()
        forged = entry_hash(entry.prev_hash, entry_id=entry.id, seq=2, at=entry.at,
                            terminal=entry.terminal, actor="someone-else",
                            actor_user_id=None, action=entry.action,
                            subject_type=entry.subject_type, subject_id=entry.subject_id,
                            detail=entry.detail)
    _without_triggers(any_services, [
        f"UPDATE audit_entry SET actor = 'someone-else', hash = '{forged}' WHERE seq = 2"])
    bad = _verify(any_services).first_bad
    assert bad is not None and bad.seq == 3
