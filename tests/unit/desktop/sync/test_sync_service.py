"""SyncService: configuration (never the password in a file), 测试连接 against the real
PostgreSQL, the background runner (offline when the centre is down, stops within 2 s),
two terminals seeing each other's ticket through the centre, conflicts."""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.engine import make_url
from sync_setup import Central, Terminal

from db.sync.tables import sync_conflict
from desktop.i18n import UserError
from desktop.sync.central_config import (
    CentralConfig,
    CentralSetupError,
    PasswordStore,
    config_from_url,
    connection_problem,
)
from desktop.sync.engine import OFFLINE
from desktop.sync.service import NO_CONFLICT, SyncService

MakeTerminal = Callable[..., Terminal]
CLOSED_PORT_URL = "postgresql+psycopg://laifang_terminal@127.0.0.1:1/laifang"


def _config_of(central: Central) -> CentralConfig:
    url = make_url(central.url)
    return CentralConfig(host=url.host or "127.0.0.1", port=url.port or 5432,
                         database=url.database or "", user=url.username or "",
                         sslmode="prefer", schema=central.schema)


def _service(terminal: Terminal, tmp_path: Path, environ: dict[str, str] | None = None,
             interval: float = 2.0) -> SyncService:
    return SyncService(terminal.host.sessions, terminal.host.workstation,
                       config_path=tmp_path / f"{terminal.code}-central.json",
                       environ=environ or {}, passwords=PasswordStore(use_keyring=False),
                       interval=interval)


def _wait(condition: Callable[[], bool], timeout: float) -> float:
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < timeout, "timed out"
        time.sleep(0.02)
    return time.monotonic() - start


@pytest.mark.pg
def test_configuration_keeps_no_password_in_the_file(
        central: Central, make_terminal: MakeTerminal, tmp_path: Path) -> None:
    t1 = make_terminal("T1", 1)
    service = _service(t1, tmp_path)
    assert service.setup().config is None and not service.status().configured
    assert service.start() is False
    config = _config_of(central)
    setup = service.save_setup(config, "s3cret-密码")
    assert setup.config == replace(config, uses_password=True)
    assert setup.has_password and not setup.keyring
    saved = json.loads((tmp_path / "T1-central.json").read_text(encoding="utf-8"))
    assert saved["host"] == config.host and saved["schema"] == central.schema
    assert "s3cret" not in (tmp_path / "T1-central.json").read_text(encoding="utf-8")
    assert (tmp_path / "T1-central.json").stat().st_mode & 0o777 == 0o600
    with pytest.raises(CentralSetupError) as raised:
        service.save_setup(CentralConfig(host=" ", port=5432), None)
    assert raised.value.field == "host"
    # A new run without a keyring knows the place but has to ask for the password.
    again = _service(t1, tmp_path)
    assert again.setup().config == replace(config, uses_password=True)
    assert not again.setup().has_password
    assert again.status().needs_password and again.start() is False
    again.set_password("s3cret-密码")
    assert not again.status().needs_password


@pytest.mark.pg
def test_test_connection_against_the_real_centre(
        central: Central, make_terminal: MakeTerminal, tmp_path: Path) -> None:
    t1 = make_terminal("T1", 1)
    t1.issue()
    t1.catch_up(central)
    service = _service(t1, tmp_path)
    check = service.test_connection(_config_of(central), None)
    assert check.central_id == central.scalar("SELECT id FROM sync_central")
    assert check.terminal_code == "T1" and check.operations_received == 3
    assert check.server_version
    with pytest.raises(CentralSetupError) as raised:
        service.test_connection(CentralConfig("127.0.0.1", 1, "laifang", "x"), "pw")
    assert raised.value.field == "host"
    assert "127.0.0.1:1" in raised.value.message and "服务器没有应答" in raised.value.message
    missing = CentralConfig("127.0.0.1", _config_of(central).port, "no_such_db_h19",
                            _config_of(central).user)
    with pytest.raises(CentralSetupError) as raised:
        service.test_connection(missing, None)
    assert raised.value.field == "database" and "no_such_db_h19" in raised.value.message
    empty = CentralConfig("127.0.0.1", _config_of(central).port,
                          _config_of(central).database, _config_of(central).user,
                          schema="no_such_schema_h19")
    with pytest.raises(UserError) as refused:
        service.test_connection(empty, None)
    assert "central init" in refused.value.message


def test_a_wrong_password_is_named_clearly() -> None:
    class AuthFailed(Exception):
        sqlstate = "28P01"

    problem = connection_problem(AuthFailed("password authentication failed for user"),
                                 CentralConfig("db.example", user="terminal"))
    assert problem.field == "password"
    assert problem.message == (
        "用户名或密码不正确：中心数据库拒绝了用户 terminal 的登录，请核对后重试")


@pytest.mark.pg
def test_a_closed_port_leaves_the_desk_working_and_says_offline(
        make_terminal: MakeTerminal, tmp_path: Path) -> None:
    t1 = make_terminal("T1", 1)
    service = _service(t1, tmp_path, {"LAIFANG_CENTRAL_URL": CLOSED_PORT_URL})
    assert service.status().configured and not service.status().online
    assert service.start()
    try:
        _wait(lambda: service.status().message is not None, 10)
        t1.issue()  # the desk works meanwhile
        status = service.status()
        assert not status.online and status.message == OFFLINE
        assert status.last_success is None and status.open_conflicts is None
    finally:
        started = time.monotonic()
        assert service.stop()
        assert time.monotonic() - started < 2.0
    assert not service.is_running()
    assert t1.scalar("SELECT count(*) FROM visit") == 1
    assert t1.scalar("SELECT count(*) FROM sync_outbox") == 3  # kept for later


@pytest.mark.pg
def test_two_terminals_see_each_others_ticket_within_seconds(
        central: Central, make_terminal: MakeTerminal, tmp_path: Path) -> None:
    t1, t2 = make_terminal("T1", 1), make_terminal("T2", 2)
    s1, s2 = _service(t1, tmp_path), _service(t2, tmp_path)
    for service in (s1, s2):
        service.save_setup(_config_of(central), None)
        assert service.start()
    try:
        _wait(lambda: s1.status().online and s2.status().online, 20)
        latencies = []
        rounds = ((t1, t2, s1), (t2, t1, s2)) * 5
        for terminal, other, service in rounds:
            ticket = terminal.issue()
            service.wake()  # the page that issued it wakes the push (ui/sync)
            number = ticket.ticket_number
            latencies.append(_wait(lambda other=other, number=number: other.scalar(
                "SELECT count(*) FROM visit WHERE ticket_number = :n", n=number) == 1, 10))
        latencies.sort()
        print("ticket to the other terminal, seconds:", [round(x, 2) for x in latencies])
        # LISTEN/NOTIFY wakes the other terminal's pull: well under the 2 s poll (the
        # 95th percentile of 10 is the 10th; the pull may wait for a slow xmin).
        assert latencies[len(latencies) // 2] < 1.0 and latencies[-1] < 2.5
        status = s2.status()
        assert status.online and status.pending == 0 and status.last_success is not None
        assert status.open_conflicts == 0
    finally:
        for service in (s1, s2):
            started = time.monotonic()
            service.stop()
            assert time.monotonic() - started < 2.0


@pytest.mark.pg
def test_conflicts_show_both_versions_and_are_resolved_once(
        central: Central, make_terminal: MakeTerminal, tmp_path: Path) -> None:
    t1 = make_terminal("T1", 1)
    service = _service(t1, tmp_path)
    service.save_setup(_config_of(central), None)
    conflict_id, row_id = uuid.uuid4(), uuid.uuid4()
    with central.engine.begin() as connection:
        connection.execute(insert(sync_conflict).values(
            id=conflict_id, table_name="visitor", row_id=row_id, kind="fields",
            fields="phone", terminal="T2", resolution="open",
            local_row=json.dumps({"phone": "13800000001", "name": "甲"}),
            central_row=json.dumps({"phone": "13900000002", "name": "甲"})))
    items = service.conflicts()
    assert len(items) == 1
    item = items[0]
    assert (item.id, item.table_name, item.row_id, item.terminal) == (
        conflict_id, "visitor", row_id, "T2")
    assert item.fields == ("phone",)
    assert [(p.field, p.local, p.central, p.differs) for p in item.pairs] == [
        ("phone", "13800000001", "13900000002", True), ("name", "甲", "甲", False)]
    service.resolve(conflict_id)
    assert service.conflicts() == ()
    assert len(service.conflicts(include_resolved=True)) == 1
    assert central.scalar("SELECT resolution FROM sync_conflict") == "resolved"
    with pytest.raises(UserError) as raised:
        service.resolve(conflict_id)
    assert raised.value.template == NO_CONFLICT


def test_the_global_central_option_reaches_the_sync_service(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
        ) -> None:
    import main

    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LAIFANG_CENTRAL_URL", "")  # restored (unset) after the test
    args = main.build_parser().parse_args(["--central", CLOSED_PORT_URL])
    assert args.central_url == CLOSED_PORT_URL and args.command is None
    db = f"sqlite:///{tmp_path / 'gui.sqlite3'}"
    # The same option before a command: `sync --once` uses it, offline (exit 1).
    assert main.main(["--db", db, "--central", CLOSED_PORT_URL, "sync", "--once"]) == 1
    assert '"online": false' in capsys.readouterr().out
    assert os.environ["LAIFANG_CENTRAL_URL"] == CLOSED_PORT_URL
    config, password = config_from_url(os.environ["LAIFANG_CENTRAL_URL"])
    assert (config.host, config.port, password) == ("127.0.0.1", 1, None)
