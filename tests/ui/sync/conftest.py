"""ui/sync tests: a central database in a PostgreSQL schema of its own (the real server
on this machine), and the terminal's SyncService pointed at it or not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from desktop.sync.central import central_engine, init_central
from desktop.sync.central_config import CentralConfig, PasswordStore
from desktop.sync.service import SyncService

CLOSED_PORT_URL = "postgresql+psycopg://laifang_terminal@127.0.0.1:1/laifang"


@pytest.fixture
def central_config(pg_schema: tuple[str, str]) -> CentralConfig:
    url, schema = pg_schema
    init_central(url, schema=schema)
    parsed = make_url(url)
    return CentralConfig(host=parsed.host or "127.0.0.1", port=parsed.port or 5432,
                         database=parsed.database or "", user=parsed.username or "",
                         sslmode="prefer", schema=schema)


@pytest.fixture
def central_db(pg_schema: tuple[str, str], central_config: CentralConfig
               ) -> Iterator[Engine]:
    engine = central_engine(pg_schema[0], pg_schema[1])
    yield engine
    engine.dispose()


def make_sync_service(services, tmp_path: Path,  # type: ignore[no-untyped-def]
                      environ: dict[str, str] | None = None) -> SyncService:
    return SyncService(services.sessions, services.workstation,
                       config_path=tmp_path / "central.json", environ=environ or {},
                       passwords=PasswordStore(use_keyring=False))


@pytest.fixture
def make_sync(services, tmp_path: Path):  # type: ignore[no-untyped-def]
    """make_sync(environ=None): another SyncService of this terminal (a later start)."""
    made: list[SyncService] = []

    def make(environ: dict[str, str] | None = None) -> SyncService:
        made.append(make_sync_service(services, tmp_path, environ))
        return made[-1]

    yield make
    for service in made:
        service.stop()


@pytest.fixture
def sync_service(make_sync) -> SyncService:  # type: ignore[no-untyped-def]
    service: SyncService = make_sync()
    return service


@pytest.fixture
def closed_port_url() -> str:
    return CLOSED_PORT_URL
