"""Starting the program on something unusable: a Chinese message on stderr (and a dialog
for the window), a non-zero exit, and nothing changed."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import loopback
import pytest
from helpers import make_id_number
from sqlalchemy import create_engine, inspect, text

from db.engine import make_engine
from db.migrate import upgrade_to_head

ROOT = Path(__file__).resolve().parents[2]
TICKET = ("ticket", "--name", "张三", "--id-number", make_id_number())


def run_main(data: Path, *args: str, env: dict[str, str] | None = None, timeout: int = 60,
             prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, LAIFANG_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen",
                       **(env or {}))
    return subprocess.run(
        [*prefix, sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=environment,
        capture_output=True, text=True, timeout=timeout,
    )


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        )
        for path in sorted(folder.rglob("*"))
    }




@pytest.fixture
def silent_port() -> Iterator[int]:
    with loopback.silent_server(60) as port:
        yield port


def _text_file(folder: Path) -> list[str]:
    (folder / "notes.db").write_text("只是一个文本文件\n" * 40, encoding="utf-8")
    return ["--db", f"sqlite:///{folder / 'notes.db'}"]


def _folder(folder: Path) -> list[str]:
    (folder / "sub").mkdir()
    return ["--db", f"sqlite:///{folder / 'sub'}"]


def _missing_folder(folder: Path) -> list[str]:
    return ["--db", f"sqlite:///{folder / 'nowhere' / 'laifang.sqlite3'}"]


def _newer(folder: Path) -> list[str]:
    path = folder / "newer.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    return ["--db", f"sqlite:///{path}"]


def _half(folder: Path) -> list[str]:
    path = folder / "half.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    return ["--db", f"sqlite:///{path}"]


def _bad_terminal_json(folder: Path) -> list[str]:
    (folder / "data").mkdir()
    (folder / "data" / "terminal.json").write_text('{"terminal_slot": 2.5}', encoding="utf-8")
    return ["--db", f"sqlite:///{folder / 'laifang.sqlite3'}"]


CASES: dict[str, tuple[Callable[[Path], list[str]], tuple[str, ...]]] = {
    "text file": (_text_file, ("不是数据库文件", "请检查 --db")),
    "folder": (_folder, ("指向的是文件夹", "请在 --db 中写出")),
    "missing folder": (_missing_folder, ("文件夹不存在", "请先创建该文件夹")),
    "newer revision": (_newer, ("更新版本", "0099", "请安装新版本")),
    "half migrated": (_half, ("结构不完整", "restore")),
    "terminal.json": (_bad_terminal_json, ("terminal.json", "terminal_slot", "2.5",
                                           "1–9 的整数", "请改正或删除该文件")),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("mode", ["ticket", "window", "board"])
def test_unusable_start_says_what_to_do_and_changes_nothing(tmp_path: Path, case: str,
                                                            mode: str) -> None:
    build, words = CASES[case]
    folder = tmp_path / "place"
    folder.mkdir()
    args = build(folder)
    before = snapshot(folder)
    shot = tmp_path / "dialog.png"
    command = {"ticket": list(TICKET), "window": ["--screenshot", str(shot)],
               "board": ["--screenshot", str(shot), "board"]}[mode]
    result = run_main(folder / "data", *args, *command)
    assert result.returncode == 2
    assert result.stderr.startswith("错误："), result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "意外错误" not in result.stderr
    assert result.stdout == ""
    after = snapshot(folder)
    # Only the log folder may appear (inside the data folder), nothing else.
    assert {k: v for k, v in after.items() if not k.startswith("data")} == {
        k: v for k, v in before.items() if not k.startswith("data")}
    assert {k for k in after if k.startswith("data")} <= {
        "data", "data/logs", "data/logs/laifang.log", "data/terminal.json"}
    if mode != "ticket":
        # The window's start shows the message in a dialog (rendered, since no one clicks).
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.pg
@pytest.mark.parametrize("case", ["server down", "no such role", "no such database",
                                  "never answers"])
def test_unusable_postgresql_server(tmp_path: Path, silent_port: int, case: str) -> None:
    url = {
        "server down": f"postgresql+psycopg://postgres@127.0.0.1:{loopback.free_port()}/test",
        "no such role": "postgresql+psycopg://nosuchrole@127.0.0.1:5432/test",
        "no such database": "postgresql+psycopg://postgres@127.0.0.1:5432/no_such_laifang_db",
        "never answers": f"postgresql+psycopg://postgres@127.0.0.1:{silent_port}/test",
    }[case]
    word = {"server down": "服务器未启动", "no such role": "拒绝了用户 nosuchrole",
            "no such database": "没有数据库 no_such_laifang_db",
            "never answers": "2 秒内没有应答"}[case]
    started = time.monotonic()
    result = run_main(tmp_path / "data", "--db", url, *TICKET,
                      env={"LAIFANG_CONNECT_TIMEOUT": "2"})
    assert time.monotonic() - started < 30
    assert result.returncode == 2, result.stderr
    assert word in result.stderr and "请" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.pg
def test_postgresql_start_failure_leaves_the_schema_empty(pg_schema: tuple[str, str]) -> None:
    """The same connection refusal, seen from the schema: nothing was created."""
    from desktop.app import open_services
    from desktop.storage.startup import StartupError

    url, schema = pg_schema
    with pytest.raises(StartupError):
        open_services("postgresql+psycopg://nosuchrole@127.0.0.1:5432/test", "FRONT-1", "前台",
                      schema=schema, connect_timeout=2)
    engine = create_engine(url)
    assert inspect(engine).get_table_names(schema=schema) == []
    engine.dispose()


def _read_only(folder: Path) -> tuple[str, ...]:
    """A command prefix under which `folder` cannot be written. root writes through any
    permission bits, so for root the folder becomes a read-only mount in a private
    mount namespace (unshare), as on a read-only share."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return ()
    script = ('mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0" && '
              'exec "$@"')
    probe = subprocess.run(["unshare", "-m", "sh", "-c", script, str(folder), "true"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a read-only folder as root: {probe.stderr.strip()}")
    return ("unshare", "-m", "sh", "-c", script, str(folder))


def test_read_only_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "terminal.json").write_text('{"terminal_code": "FRONT-1"}', encoding="utf-8")
    prefix = _read_only(data)
    before = snapshot(tmp_path)
    result = run_main(data, "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", *TICKET,
                      prefix=prefix)
    data.chmod(0o700)
    assert result.returncode == 2, result.stderr
    assert str(data) in result.stderr
    assert "不能写入" in result.stderr and "LAIFANG_DATA_DIR" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(tmp_path) == before


# ------------------------------------------------------------------ the terminal's slot


def test_terminal_slot_zero_is_refused(tmp_path: Path) -> None:
    result = run_main(tmp_path / "data", "--db", f"sqlite:///{tmp_path / 'a.db'}",
                      "--terminal-slot", "0", *TICKET)
    assert result.returncode == 2
    assert "终端序号应为 1–9 的整数：0" in result.stderr
    assert not (tmp_path / "a.db").exists()


def test_terminal_slot_is_used(tmp_path: Path) -> None:
    result = run_main(tmp_path / "data", "--db", f"sqlite:///{tmp_path / 'a.db'}",
                      "--terminal-slot", "4", *TICKET)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["ticket_number"] == "A4001"


def test_remembered_slot_belongs_to_its_terminal_code(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "terminal.json").write_text(
        json.dumps({"terminal_code": "FRONT-1", "terminal_slot": 5}), encoding="utf-8")
    db = ["--db", f"sqlite:///{tmp_path / 'a.db'}"]
    other = run_main(data, *db, "--terminal", "FRONT-2", *TICKET)
    assert other.returncode == 0, other.stderr
    assert json.loads(other.stdout)["ticket_number"] == "A1001"  # not FRONT-1's slot 5
    own = run_main(data, *db, "ticket", "--name", "李四", "--id-number", make_id_number(seq=8))
    assert own.returncode == 0, own.stderr
    assert json.loads(own.stdout)["ticket_number"] == "A5001"


def test_window_start_without_a_screen_does_not_wait_for_a_click(tmp_path: Path) -> None:
    """Offscreen (as in tests) no one can close the dialog: the message is on stderr."""
    args = _text_file(tmp_path)
    result = run_main(tmp_path / "data", *args, timeout=30)
    assert result.returncode == 2
    assert "不是数据库文件" in result.stderr
