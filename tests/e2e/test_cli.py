"""The program as a user starts it: main.py in a subprocess against a temporary database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import make_id_number

ROOT = Path(__file__).resolve().parents[2]


def run_main(tmp_path: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LAIFANG_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", f"sqlite:///{tmp_path / 'cli.db'}", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )


def test_ticket_subcommand_prints_json(tmp_path: Path) -> None:
    first = run_main(tmp_path, "ticket", "--name", "张三", "--id-number", make_id_number())
    assert first.returncode == 0, first.stderr
    ticket = json.loads(first.stdout)
    assert ticket["ticket_number"] == "A1001"
    assert ticket["people_ahead"] == 0
    assert ticket["returning_visitor"] is False
    second = run_main(tmp_path, "--terminal", "FRONT-1", "ticket", "--name", "张三",
                      "--id-number", make_id_number().lower(), "--category", "priority")
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert again["ticket_number"] == "D1001" and again["returning_visitor"] is True


def test_bad_input_gives_a_chinese_message_and_no_traceback(tmp_path: Path) -> None:
    result = run_main(tmp_path, "ticket", "--name", "张三", "--id-number", "123")
    assert result.returncode == 2
    assert "身份证" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_id_type_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    result = run_main(tmp_path, "ticket", "--name", "张三", "--id-number", "X123",
                      "--id-type", "driver")
    assert result.returncode == 2
    assert "--id-type" in result.stderr and "passport" in result.stderr
    assert "Traceback" not in result.stderr


def test_name_change_needs_confirmation(tmp_path: Path) -> None:
    number = make_id_number(seq=31)
    assert run_main(tmp_path, "ticket", "--name", "张三", "--id-number", number).returncode == 0
    refused = run_main(tmp_path, "ticket", "--name", "张叁", "--id-number", number)
    assert refused.returncode == 2
    assert "已登记的姓名是“张三”" in refused.stderr and "--confirm-name-change" in refused.stderr
    assert number not in refused.stderr and "Traceback" not in refused.stderr
    assert refused.stdout == ""
    changed = run_main(tmp_path, "ticket", "--name", "张叁", "--id-number", number,
                       "--confirm-name-change")
    assert changed.returncode == 0, changed.stderr
    assert json.loads(changed.stdout)["visitor_name"] == "张叁"


def test_demo_subcommand(tmp_path: Path) -> None:
    result = run_main(tmp_path, "demo", "--visits", "300", "--days", "5")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["visits"] == 300
    later = run_main(tmp_path, "ticket", "--name", "李四", "--id-number", make_id_number(seq=77))
    assert later.returncode == 0, later.stderr  # demo never collides with real numbers


@pytest.mark.parametrize("view", ["ticket", "queue", "registration"])
def test_screenshot_renders_a_png(tmp_path: Path, view: str) -> None:
    out = tmp_path / f"{view}.png"
    result = run_main(tmp_path, "--screenshot", str(out), "--view", view, "--size", "1366x768")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 10_000


def test_due_date_counts_by_the_official_calendar_without_a_database(tmp_path: Path) -> None:
    result = run_main(tmp_path, "due-date", "--from", "2026-09-16", "--days", "15")
    assert result.returncode == 0, result.stderr
    # Day 15 is 2026-10-01 (国庆): the limit ends on the first working day after the holiday.
    printed = json.loads(result.stdout)
    assert printed["calendar"].startswith("chinese_calendar ")
    assert printed == {
        "from": "2026-09-16", "days": 15, "due": "2026-10-08",
        "calendar": printed["calendar"], "estimated": False,
    }
    working = run_main(tmp_path, "due-date", "--from", "2026-09-30", "--working-days", "5")
    assert working.returncode == 0, working.stderr
    assert json.loads(working.stdout)["due"] == "2026-10-13"
    kept = run_main(tmp_path, "due-date", "--from", "2026-09-16", "--days", "15",
                    "--no-roll-over")
    assert json.loads(kept.stdout)["due"] == "2026-10-01"
    guessed = json.loads(run_main(tmp_path, "due-date", "--from", "2031-01-03",
                                  "--days", "15").stdout)
    assert guessed["due"] == "2031-01-20" and guessed["estimated"] is True
    assert not (tmp_path / "cli.db").exists()
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-13-01", "--days", "15"), "日期应写成 YYYY-MM-DD"),
        (("--from", "2026-09-16", "--days", "-1"), "天数应为 0–36500 的整数"),
        (("--from", "9999-12-30", "--days", "5"), "期限超出了 9999 年"),
    ],
)
def test_due_date_bad_input_is_a_chinese_message(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = run_main(tmp_path, "due-date", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_due_date_uses_the_centres_calendar_when_the_database_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from desktop.app import open_services

    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))
    host = open_services(f"sqlite:///{tmp_path / 'cli.db'}", "FRONT-1", "管理员")
    try:
        # The administrator declares Monday 2026-12-14 a holiday.
        host.calendar_admin.set_day(date(2026, 12, 14), False, "地方假日")
    finally:
        host.close()
    result = run_main(tmp_path, "due-date", "--from", "2026-11-27", "--days", "15")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["due"] == "2026-12-15" and printed["estimated"] is False
    assert printed["calendar"].endswith("+ overrides")
    kept = run_main(tmp_path, "due-date", "--from", "2026-11-27", "--days", "15",
                    "--no-roll-over")
    assert json.loads(kept.stdout)["due"] == "2026-12-12"
    working = run_main(tmp_path, "due-date", "--from", "2026-12-11", "--working-days", "1")
    assert json.loads(working.stdout)["due"] == "2026-12-15"


def test_a_screenshot_needs_no_display(tmp_path: Path) -> None:
    """`--screenshot` on a machine without a display (no DISPLAY, no platform chosen)
    still draws the window: it picks the offscreen platform itself."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["LAIFANG_DATA_DIR"] = str(tmp_path / "data")
    out = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--screenshot", str(out), "--size", "800x600"],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
