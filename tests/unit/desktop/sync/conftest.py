"""Sync tests: a central database in a PostgreSQL schema of its own, and terminals, each
its own SQLite file with its own services and SyncEngine."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import FakeClock
from sync_setup import Central, Terminal

from desktop.app import open_services
from desktop.sync.central import central_engine, init_central
from desktop.sync.engine import SyncEngine


@pytest.fixture
def central(pg_schema: tuple[str, str]) -> Iterator[Central]:
    url, schema = pg_schema
    init_central(url, schema=schema)
    engine = central_engine(url, schema)
    yield Central(url, schema, engine)
    engine.dispose()


@pytest.fixture
def make_terminal(central: Central, tmp_path: Path, clock: FakeClock,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Terminal]]:
    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))
    made: list[Terminal] = []

    def make(code: str, slot: int, batch_size: int = 500) -> Terminal:
        host = open_services(f"sqlite:///{tmp_path / code}.sqlite3", code, "测试员",
                             preferred_slot=slot, clock=clock)
        terminal = Terminal(code, host, SyncEngine(host.engine, central.engine, code,
                                                   clock=clock, batch_size=batch_size))
        made.append(terminal)
        return terminal

    yield make
    for terminal in made:
        terminal.host.close()
