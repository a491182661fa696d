"""The central database: init is repeatable, and a terminal syncs as the
least-privilege role it grants."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import FakeClock
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from sync_setup import Central, Terminal

from desktop.sync.central import CentralError, central_engine, init_central
from desktop.sync.engine import SyncEngine

pytestmark = pytest.mark.pg
MakeTerminal = Callable[..., Terminal]


def test_init_twice_keeps_the_centre(central: Central) -> None:
    before = central.scalar("SELECT id FROM sync_central")
    info = init_central(central.url, schema=central.schema)
    assert info.central_id == before
    assert central.scalar("SELECT count(*) FROM sync_central") == 1


def test_only_postgresql_can_be_the_centre(tmp_path: Path) -> None:
    with pytest.raises(CentralError) as refused:
        init_central(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    assert refused.value.field == "url" and "PostgreSQL" in refused.value.message


def test_a_terminal_syncs_as_the_granted_role_and_can_do_no_more(
        central: Central, make_terminal: MakeTerminal, monkeypatch: pytest.MonkeyPatch,
        clock: FakeClock) -> None:
    role = f"laifang_t_{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("LAIFANG_CENTRAL_ROLE_PASSWORD", "s3cret'pw")
    init_central(central.url, schema=central.schema, role=role)
    url = make_url(central.url).set(username=role, password="s3cret'pw")
    as_role = central_engine(url.render_as_string(hide_password=False), central.schema)
    try:
        t1 = make_terminal("T1", 1)
        ticket = t1.issue()
        engine = SyncEngine(t1.host.engine, as_role, "T1", clock=clock)
        report = engine.sync_once()
        assert report.online, report.error
        assert report.pushed == 3
        assert central.scalar("SELECT count(*) FROM visit WHERE id = :i",
                              i=ticket.visit_id) == 1
        with pytest.raises(ProgrammingError), as_role.begin() as connection:
            connection.execute(text("DROP TABLE visit"))
        with pytest.raises(ProgrammingError), as_role.begin() as connection:
            connection.execute(text("DELETE FROM sync_inbox"))
    finally:
        as_role.dispose()
        admin = create_engine(central.url)
        with admin.begin() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()
