"""`main.py report --period … --out …`: the monthly report as Excel and the daily report
as PDF without a window, audited; a period it cannot read is refused (exit 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from report_setup import fill_october
from sqlalchemy import select

from db.models import AuditEntry

ROOT = Path(__file__).resolve().parents[2]


def run_main(db_url: str, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LAIFANG_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db_url, *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)


def test_report_month_xlsx_and_day_pdf(services, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    fill_october(services.sessions)
    out = tmp_path / "2026-10.xlsx"
    run = run_main(db_url, tmp_path / "data", "report", "--period", "2026-10", "--out", str(out))
    assert run.returncode == 0, run.stderr
    printed = json.loads(run.stdout)
    assert (printed["kind"], printed["visits"], printed["first"], printed["last"]) == (
        "xlsx", 5, "2026-10-01", "2026-10-31")
    assert load_workbook(out)["概况"]["B2"].value == 5

    pdf = tmp_path / "day.pdf"
    run = run_main(db_url, tmp_path / "data", "report", "--period", "2026-10-31", "--out",
                   str(pdf))
    assert run.returncode == 0, run.stderr
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace(" ", "")
    assert "来访接待日报（2026年10月31日）" in text
    with services.sessions.begin() as session:
        audited = session.scalars(select(AuditEntry.detail).where(
            AuditEntry.subject_type == "statistics").order_by(AuditEntry.at)).all()
    assert audited == ["xlsx; month; 5 visits", "pdf; day; 1 visits"]


def test_report_refuses_a_bad_period(services, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = run_main(db_url, tmp_path / "data", "report", "--period", "2026-13", "--out",
                   str(tmp_path / "x.pdf"))
    assert run.returncode == 2
    assert "2026-13" in run.stderr and "2026-10" in run.stderr
    assert not (tmp_path / "x.pdf").exists()
