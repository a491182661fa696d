"""Shared fixtures: a fresh temporary database per test, a controllable clock, and the
rule that unexpected logged errors fail a test (Qt warnings fail via qt_log_level_fail)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FakeClock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the keyring of the person running them.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


# What the `services` fixture's centre has filled in under 系统设置 → 中心信息.
CENTRE_DETAILS = {"centre_address": "海口市美兰区海府路 1 号", "centre_phone": "0898-66668888"}


@pytest.fixture
def centre_details() -> dict[str, str]:
    return dict(CENTRE_DETAILS)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'laifang.sqlite3'}"


@pytest.fixture
def services(db_url: str, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from desktop.app import open_services

    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))
    app_services = open_services(db_url, "FRONT-1", "测试前台", clock=clock)
    # A fresh database has no address or phone, and receipts are refused until the
    # centre fills them in: tests print, so the centre "has" filled them in.
    app_services.settings.update(CENTRE_DETAILS)
    yield app_services
    app_services.close()


@pytest.fixture
def expected_errors() -> list[str]:
    """Append a substring to let a logged error with that text pass this test."""
    return []


@pytest.fixture(autouse=True)
def _fail_on_logged_errors(caplog: pytest.LogCaptureFixture, expected_errors: list[str]
                           ) -> Iterator[None]:
    caplog.set_level(logging.WARNING)
    yield
    unexpected = [
        record for record in caplog.get_records("call")
        if record.levelno >= logging.ERROR
        and not any(text in record.getMessage() for text in expected_errors)
    ]
    if unexpected:
        pytest.fail("unexpected logged errors: " + "; ".join(r.getMessage() for r in unexpected))


PG_URL = os.environ.get("LAIFANG_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def pg_schema() -> Iterator[tuple[str, str]]:
    """A fresh PostgreSQL schema for one test, dropped afterwards: (url, schema)."""
    import uuid

    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as error:
        admin.dispose()
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {error}")
    try:
        yield PG_URL, schema
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
