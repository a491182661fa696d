"""`main.py schedule`: the published reception schedule written headless."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader
from reception_setup import make_roster, session_input

ROOT = Path(__file__).resolve().parents[2]


def run_schedule(db_url: str, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LAIFANG_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db_url, "schedule", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_schedule_writes_pdf_xlsx_and_ics(services, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    item = services.reception.create_session(session_input(roster.wang, date(2026, 12, 2)))
    services.reception.publish([item.session_id])
    services.close()
    data_dir = tmp_path / "data"
    for name in ("notice.pdf", "schedule.xlsx", "schedule.ics"):
        out = tmp_path / name
        done = run_schedule(db_url, data_dir, "--from", "2026-12-01", "--to", "2026-12-31",
                            "--out", str(out))
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout)
        assert (result["file"], result["sessions"]) == (str(out), 1)
    assert "王建国" in PdfReader(tmp_path / "notice.pdf").pages[0].extract_text()
    sheet = load_workbook(tmp_path / "schedule.xlsx").active
    assert sheet.cell(2, 5).value == "王建国"
    events = Calendar.from_ical((tmp_path / "schedule.ics").read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"reception-{item.session_id}@laifang-desk"]


def test_schedule_refuses_a_bad_file_name_and_a_bad_date(services, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services.close()
    done = run_schedule(db_url, tmp_path / "data", "--from", "2026-12-01", "--to",
                        "2026-12-31", "--out", str(tmp_path / "schedule.doc"))
    assert done.returncode == 2
    assert ".pdf、.xlsx 或 .ics" in done.stderr
    done = run_schedule(db_url, tmp_path / "data", "--from", "2026-12-01", "--to",
                        "2026/12/31", "--out", str(tmp_path / "schedule.pdf"))
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr
