"""Exports of the published schedule: the A4 notice (text read back with pypdf), the
Excel sheet (openpyxl) and the iCalendar file (parsed back with icalendar)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader
from reception_setup import make_roster, session_input
from sqlalchemy import select

from db.models import AuditEntry
from desktop.reception.domain import ReceptionError, SessionKind

SHANGHAI = ZoneInfo("Asia/Shanghai")
FIRST, LAST = date(2026, 12, 1), date(2026, 12, 15)


@pytest.fixture
def planned(services):  # type: ignore[no-untyped-def]
    """Published: 王建国 on 12-02 at the centre, 李秀英 下访 琼山区 on 12-09 with a lawyer;
    a draft for 赵明 on 12-03 and a published session after the range (12-31)."""
    roster = make_roster(services)
    reception = services.reception
    first = reception.create_session(session_input(roster.wang, date(2026, 12, 2),
                                                   topics="城镇老旧小区改造"))
    down = reception.create_session(session_input(
        roster.li, date(2026, 12, 9), "14:30", "17:00", kind=SessionKind.DOWN,
        area_code="460107", place="琼山区府城镇政府会议室", sit_in_ids=(roster.lawyer,)))
    reception.create_session(session_input(roster.zhao, date(2026, 12, 3)))
    late = reception.create_session(session_input(roster.zhao, date(2026, 12, 31)))
    reception.publish([first.session_id, down.session_id, late.session_id])
    return first, down


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_a4_notice_lists_published_sessions_rules_and_phone(services, planned,
                                                                tmp_path) -> None:  # type: ignore[no-untyped-def]
    made = services.reception_schedule.export(tmp_path / "日程.pdf", FIRST, LAST)
    assert (made.kind, made.sessions) == ("pdf", 2)
    reader = PdfReader(made.path)
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4 portrait
    text = pdf_text(made.path).replace("\n", "")
    for expected in ("海口市人民来访接待中心领导接访日程安排", "时间", "接访领导", "职务",
                     "分管领域", "地点", "王建国", "副市长", "城乡建设、国土资源", "接访室一",
                     "2026-12-02", "09:00–11:30", "李秀英", "（下访）", "琼山区府城镇政府会议室",
                     "预约须知", "身份证件", "预约咨询电话：0898-66668888"):
        assert expected in text, expected
    assert "赵明" not in text  # a draft and a session after the range


def test_the_excel_sheet_has_one_row_per_published_session(services, planned, tmp_path) -> None:  # type: ignore[no-untyped-def]
    made = services.reception_schedule.export(tmp_path / "schedule.xlsx", FIRST, LAST)
    sheet = load_workbook(made.path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:8] == ("日期", "星期", "时间", "方式", "接访领导", "职务", "分管领域", "地点")
    assert [row[:8] for row in rows[1:]] == [
        (datetime(2026, 12, 2), "星期三", "09:00–11:30", "接访", "王建国", "副市长",
         "城乡建设、国土资源", "接访室一"),
        (datetime(2026, 12, 9), "星期三", "14:30–17:00", "下访", "李秀英", "副市长",
         "劳动社保、民政", "琼山区府城镇政府会议室"),
    ]


def test_the_ics_has_stable_uids_in_shanghai_time(services, planned, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, down = planned
    made = services.reception_schedule.export(tmp_path / "schedule.ics", FIRST, LAST)
    raw = made.path.read_bytes()
    assert b"TZID=Asia/Shanghai" in raw and b"BEGIN:VTIMEZONE" in raw
    events = Calendar.from_ical(raw).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"reception-{first.session_id}@laifang-desk",
                                               f"reception-{down.session_id}@laifang-desk"]
    start = events[0].decoded("DTSTART")
    assert start == datetime(2026, 12, 2, 9, 0, tzinfo=SHANGHAI)
    assert str(start.tzinfo) == "Asia/Shanghai"
    assert events[1].decoded("DTEND") == datetime(2026, 12, 9, 17, 0, tzinfo=SHANGHAI)
    assert str(events[0]["SUMMARY"]) == "领导接访：王建国（副市长）"
    assert "城乡建设、国土资源" in str(events[0]["DESCRIPTION"])
    assert "陈律师" in str(events[1]["DESCRIPTION"])
    # A change keeps the UID and raises SEQUENCE: a re-import updates the event.
    services.reception.update_session(first.session_id, session_input(
        first.leader_id, date(2026, 12, 2), "09:30", "11:30"))
    again = Calendar.from_ical(services.reception_schedule.export(
        tmp_path / "schedule.ics", FIRST, LAST).path.read_bytes()).walk("VEVENT")
    assert str(again[0]["UID"]) == str(events[0]["UID"])
    assert int(again[0]["SEQUENCE"]) > int(events[0]["SEQUENCE"])
    assert again[0].decoded("DTSTART").time() == time(9, 30)


def test_exports_are_audited_and_bad_requests_refused(services, planned, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services.reception_schedule.export(tmp_path / "a.ics", FIRST, LAST)
    with services.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.subject_type == "reception_schedule")).one()
    assert (entry.subject_id, entry.detail) == ("2026-12-01..2026-12-15", "ics; 2 sessions")
    with pytest.raises(ReceptionError) as refused:
        services.reception_schedule.export(tmp_path / "a.doc", FIRST, LAST)
    assert refused.value.field == "path"
    with pytest.raises(ReceptionError) as refused:
        services.reception_schedule.export(tmp_path / "a.pdf", LAST, FIRST)
    assert refused.value.field == "last"
    services.settings.update({"centre_phone": ""})
    with pytest.raises(ReceptionError) as refused:
        services.reception_schedule.export(tmp_path / "a.pdf", FIRST, LAST)
    assert refused.value.field == "centre_phone"
    assert not (tmp_path / "a.pdf").exists()
