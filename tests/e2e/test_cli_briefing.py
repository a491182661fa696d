"""`main.py briefing`: the leader's briefing on the day's booked visitors, headless."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from booking_setup import ZHANG_ID, booking_input, make_roster, published_session
from pypdf import PdfReader
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 12, 2)


def run_briefing(db_url: str, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LAIFANG_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db_url, "briefing", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_briefing_of_a_day_and_of_one_leader(services, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    wang = published_session(services, roster.wang, DAY)
    published_session(services, roster.li, DAY, start="14:30", end="17:00")
    services.reception_bookings.book(booking_input(wang.session_id))
    services.close()
    data_dir = tmp_path / "data"
    whole = tmp_path / "day.pdf"
    done = run_briefing(db_url, data_dir, "--date", "2026-12-02", "--out", str(whole))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"file": str(whole), "sessions": 2, "bookings": 1,
                                       "bytes": whole.stat().st_size}
    assert len(PdfReader(whole).pages) == 2
    words = pdf_text(whole)
    assert "王建国" in words and "李秀英" in words and "张海" in words
    assert "小区改造噪音扰民" in words
    assert ZHANG_ID not in words and ZHANG_ID[:4] + "*" in words  # masked
    one = tmp_path / "wang.pdf"
    done = run_briefing(db_url, data_dir, "--date", "2026-12-02", "--leader", "王建国",
                        "--out", str(one))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sessions"] == 1
    assert "李秀英" not in pdf_text(one) and "张海" in pdf_text(one)
    engine = create_engine(db_url)
    with engine.connect() as conn:
        audited = conn.execute(text(
            "select count(*) from audit_entry where action = 'reception_briefing'")).scalar()
    engine.dispose()
    assert audited == 3  # two sessions, then one


def test_briefing_refuses_a_day_without_sessions_and_writes_nothing(
        services, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    published_session(services, roster.wang, DAY)
    services.close()
    out = tmp_path / "none.pdf"
    done = run_briefing(db_url, tmp_path / "data", "--date", "2026-12-03", "--out", str(out))
    assert done.returncode == 2 and "2026-12-03 没有已发布的接访场次" in done.stderr
    done = run_briefing(db_url, tmp_path / "data", "--date", "2026-12-02", "--leader", "赵明",
                        "--out", str(out))
    assert done.returncode == 2 and "没有赵明的已发布接访场次" in done.stderr
    assert not out.exists()
