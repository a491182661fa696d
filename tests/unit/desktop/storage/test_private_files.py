"""The data folder holds full ID numbers: folders 0700, files 0600, whatever the umask,
and files left world-readable by older versions are fixed at start."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import make_id_number

from desktop.config import data_dir, log_dir, make_data_private

ROOT = Path(__file__).resolve().parents[4]


def _modes(top: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(top.stat().st_mode)}
    for folder, dirs, files in os.walk(top):
        for name in dirs + files:
            path = Path(folder, name)
            found[str(path.relative_to(top))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def _run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """main.py as a user with the common umask 022 starts it (files would be 0644)."""
    env = dict(os.environ, LAIFANG_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=120, preexec_fn=lambda: os.umask(0o022),
    )


def _assert_private(top: Path) -> None:
    modes = _modes(top)
    wrong = {
        name: oct(mode) for name, mode in modes.items()
        if mode != (0o700 if (top / name).is_dir() else 0o600)
    }
    assert not wrong, wrong


def test_everything_the_program_creates_is_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ticket = _run(data, "ticket", "--name", "张三", "--id-number", make_id_number())
    assert ticket.returncode == 0, ticket.stderr
    backup = _run(data, "backup")
    assert backup.returncode == 0, backup.stderr
    receipt_dir = data / "pdf"
    receipt_dir.mkdir(mode=0o700)
    slip = _run(data, "ticket-slip", json.loads(ticket.stdout)["ticket_number"],
                "--out", str(receipt_dir / "ticket.pdf"))
    assert slip.returncode == 0, slip.stderr
    names = set(_modes(data))
    assert {"laifang.sqlite3", "logs", "logs/laifang.log", "backups", "pdf/ticket.pdf"} <= names
    assert any(name.startswith("backups/laifang-") for name in names)
    _assert_private(data)


def test_world_readable_files_from_older_versions_are_fixed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = _run(data, "ticket", "--name", "张三", "--id-number", make_id_number())
    assert first.returncode == 0, first.stderr
    # As an older version left them (chmod by path: nothing opens the database).
    data.chmod(0o755)
    (data / "logs").chmod(0o755)
    (data / "laifang.sqlite3").chmod(0o644)
    (data / "logs" / "laifang.log").chmod(0o644)
    (data / "terminal.json").write_text("{}", encoding="utf-8")
    (data / "terminal.json").chmod(0o644)
    again = _run(data, "ticket", "--name", "李四", "--id-number", make_id_number(seq=7))
    assert again.returncode == 0, again.stderr
    _assert_private(data)


def test_data_and_log_folders_are_created_private(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "new" / "data"))
    old = os.umask(0o022)
    try:
        assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700
        assert stat.S_IMODE(log_dir().stat().st_mode) == 0o700
        (tmp_path / "new" / "data" / "old.log").write_text("x", encoding="utf-8")
        (tmp_path / "new" / "data" / "sub").mkdir(mode=0o755)
        make_data_private()
    finally:
        os.umask(old)
    _assert_private(tmp_path / "new" / "data")
