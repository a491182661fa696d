"""`main.py backup` / `main.py restore` and the start-up check, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import make_id_number
from sqlite_damage import pages_of, zero_page

ROOT = Path(__file__).resolve().parents[2]

# Another program with the database open (a second window, the board): open the services
# the way main.py does, say so, and wait for stdin to close.
_HOLDER = """
import sys
from desktop.app import open_services
services = open_services(sys.argv[1], "FRONT-2", "前台二")
services.reference.centre_settings()
print("ready", flush=True)
sys.stdin.read()
services.close()
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, LAIFANG_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")


def run_main(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", f"sqlite:///{tmp_path / 'cli.db'}", *args],
        cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=120,
    )


def _ticket(tmp_path: Path, seq: int) -> str:
    result = run_main(tmp_path, "ticket", "--name", "张三", "--id-number", make_id_number(seq=seq))
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)["ticket_number"])


def test_backup_into_the_backups_folder_or_a_chosen_file(tmp_path: Path) -> None:
    _ticket(tmp_path, 1)
    result = run_main(tmp_path, "backup")
    assert result.returncode == 0, result.stderr
    made = json.loads(result.stdout)
    assert Path(made["file"]).parent == tmp_path / "data" / "backups"
    assert Path(made["file"]).name.startswith("laifang-")
    assert made["bytes"] == Path(made["file"]).stat().st_size > 0
    assert made["checked"] is True
    out = tmp_path / "usb" / "copy.sqlite3"
    out.parent.mkdir()
    chosen = run_main(tmp_path, "backup", "--out", str(out))
    assert chosen.returncode == 0, chosen.stderr
    assert json.loads(chosen.stdout)["file"] == str(out) and out.is_file()


def test_restore_round_trip_keeps_a_safety_copy(tmp_path: Path) -> None:
    assert _ticket(tmp_path, 1) == "A1001"
    backup = json.loads(run_main(tmp_path, "backup").stdout)["file"]
    assert _ticket(tmp_path, 2) == "A1002"
    result = run_main(tmp_path, "restore", backup)
    assert result.returncode == 0, result.stderr
    done = json.loads(result.stdout)
    assert done["restored_from"] == backup
    assert Path(done["safety_backup"]).name.startswith("laifang-before-restore-")
    assert _ticket(tmp_path, 3) == "A1002"  # the database is the backup's again


@pytest.mark.slow
def test_restore_is_refused_while_another_process_has_the_database_open(tmp_path: Path) -> None:
    _ticket(tmp_path, 1)
    backup = json.loads(run_main(tmp_path, "backup").stdout)["file"]
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, f"sqlite:///{tmp_path / 'cli.db'}"],
        cwd=ROOT, env=_env(tmp_path), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        refused = run_main(tmp_path, "restore", backup)
        assert refused.returncode == 2
        assert ("数据库正被其他程序使用（如叫号显示屏或另一个窗口），请先关闭它们再恢复"
                in refused.stderr)
        assert "Traceback" not in refused.stderr
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(60)
    assert holder.returncode == 0
    assert not list((tmp_path / "data" / "backups").glob("laifang-before-restore-*"))
    assert run_main(tmp_path, "restore", backup).returncode == 0


def test_restore_refuses_a_file_that_is_not_a_laifang_database(tmp_path: Path) -> None:
    _ticket(tmp_path, 1)
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + bytes(5000))
    result = run_main(tmp_path, "restore", str(junk))
    assert result.returncode == 2
    assert "不是来访接待台的数据库" in result.stderr and "Traceback" not in result.stderr
    assert _ticket(tmp_path, 2) == "A1002"  # nothing was replaced


def test_a_damaged_database_is_caught_at_start_with_the_way_back(tmp_path: Path) -> None:
    assert run_main(tmp_path, "demo", "--visits", "300", "--days", "3").returncode == 0
    backup = json.loads(run_main(tmp_path, "backup").stdout)["file"]
    database = tmp_path / "cli.db"
    leaves = pages_of(database, "visit", "leaf")
    zero_page(database, leaves[len(leaves) // 2])
    result = run_main(tmp_path, "ticket", "--name", "李四", "--id-number", make_id_number(seq=99))
    assert result.returncode == 2
    assert "数据库文件已损坏" in result.stderr
    assert f'python main.py restore "{backup}"' in result.stderr
    assert "Traceback" not in result.stderr
    # The way back works: restore, and tickets are issued again.
    assert run_main(tmp_path, "restore", backup).returncode == 0
    _ticket(tmp_path, 99)
