"""`main.py deadlines`: the deadline watch without a window — JSON rows with masked names,
or the Excel/PDF file, audited. The command counts from the real today, so the cases are
made relative to it and the expected due dates counted by the official calendar."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select
from watch_cases import UNITS, accepted_here, advance, set_day, transferred

from db.models import AuditEntry
from desktop.calendar import Calendar
from desktop.clock import service_day
from desktop.domain import StepKind

ROOT = Path(__file__).resolve().parents[2]


def run_main(db_url: str, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LAIFANG_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db_url, *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


def days_before(day: date, days: int) -> date:
    return date.fromordinal(day.toordinal() - days)


@pytest.fixture
def watched(services, clock):  # type: ignore[no-untyped-def]
    """An overdue transfer, an acceptance due within 20 days, a closed case; today real."""
    today = service_day(datetime.now(UTC))
    calendar = Calendar()
    sent_on, accepted_on = days_before(today, 30), days_before(today, 55)
    overdue = transferred(services, clock, sent_on, "王小明", 61)
    soon = accepted_here(services, clock, accepted_on, "赵一", 62)
    closed = accepted_here(services, clock, accepted_on, "钱二", 63)
    set_day(clock, days_before(today, 1))
    advance(services, clock, closed, (StepKind.ANSWERED, days_before(today, 1)),
            (StepKind.CLOSED, days_before(today, 1)))
    dues = {overdue: calendar.add_days(sent_on, 15).due,
            soon: calendar.add_days(accepted_on, 60).due}
    return today, dues, (overdue, soon, closed)


def test_deadlines_prints_the_rows_as_json(services, watched, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    today, dues, (overdue, soon, _closed) = watched
    run = run_main(db_url, tmp_path / "data", "deadlines", "--within", "20")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["today"] == today.isoformat()
    assert report["within_days"] == 20
    assert report["count"] == 2 and report["overdue"] == 1
    first, second = report["rows"]
    assert first["name"] == "王**" and second["name"] == "赵*"
    assert first["due"] == dues[overdue].isoformat()
    assert first["days_left"] == dues[overdue].toordinal() - today.toordinal() < 0
    assert first["working_days_left"] < 0
    assert (first["step"], first["step_label"], first["unit"]) == (
        "transferred", "转送/交办", UNITS["HK-RSJ"])
    assert first["status_label"] == "受理审查中"
    assert second["due"] == dues[soon].isoformat()
    assert second["days_left"] == dues[soon].toordinal() - today.toordinal() >= 0
    assert (second["step"], second["unit"]) == ("accepted", "")
    assert {c["step"]: c["count"] for c in report["by_step"]} == {
        "transferred": 1, "accepted": 1}
    for secret in ("王小明", "赵一", "钱二", "拖欠工资"):
        assert secret not in run.stdout

    only_here = json.loads(run_main(db_url, tmp_path / "data", "deadlines", "--within", "20",
                                    "--unit", "").stdout)
    assert [row["name"] for row in only_here["rows"]] == ["赵*"]
    no_overdue = json.loads(run_main(db_url, tmp_path / "data", "deadlines", "--within", "20",
                                     "--no-overdue").stdout)
    assert [row["name"] for row in no_overdue["rows"]] == ["赵*"]


def test_deadlines_writes_excel_and_pdf(services, watched, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    today, dues, (overdue, _soon, _closed) = watched
    xlsx = tmp_path / "watch.xlsx"
    run = run_main(db_url, tmp_path / "data", "deadlines", "--within", "20", "--out", str(xlsx))
    assert run.returncode == 0, run.stderr
    made = json.loads(run.stdout)
    assert (made["file"], made["kind"], made["rows"]) == (str(xlsx), "xlsx", 2)
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert [row[1] for row in rows[1:]] == ["王**", "赵*"]
    assert rows[1][5] == datetime.combine(dues[overdue], datetime.min.time())

    pdf = tmp_path / "watch.pdf"
    run = run_main(db_url, tmp_path / "data", "deadlines", "--out", str(pdf),
                   "--step", "transferred")
    assert run.returncode == 0, run.stderr
    text = PdfReader(pdf).pages[0].extract_text()
    assert f"信访事项期限监控（截至 {today.isoformat()}）" in text
    assert "王**" in text and "赵*" not in text
    with services.sessions() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")
                                  .order_by(AuditEntry.at)).all()
    assert [e.detail.split(";")[0] for e in entries] == ["xlsx", "pdf"]
    assert all(e.terminal and "王" not in (e.detail or "") for e in entries)


def test_deadlines_bad_input_is_a_chinese_message(services, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = run_main(db_url, tmp_path / "data", "deadlines", "--within", "999")
    assert run.returncode == 2
    assert "错误：天数应为 0–366 的整数" in run.stderr
    assert "Traceback" not in run.stderr
    run = run_main(db_url, tmp_path / "data", "deadlines", "--out", str(tmp_path / "x.csv"))
    assert run.returncode == 2
    assert ".xlsx" in run.stderr and not (tmp_path / "x.csv").exists()
