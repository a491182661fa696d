"""A hand-counted October 2026 for the statistics tests (importable as `report_setup`).

Rows are written straight into the database (the figures only read them):

| visit | local time        | what                                                      |
|-------|-------------------|-----------------------------------------------------------|
| V1    | 10-08 (Thu) 09:00 | regular, 城乡建设/秀英区, accepted here, case, answered in  |
|       |                   | time, review requested; wait 600 s, service 1200 s, 1 person |
| V2    | 10-08 (Thu) 10:00 | 集体访 6 people, 国土资源/龙华区, transferred to 人社局,     |
|       |                   | 检举控告 (respondent 王某某局长), extended, answered late;    |
|       |                   | wait 1200 s, service 2400 s                                  |
| V3    | 10-15 (Thu) 14:00 | repeat visit on V1's case, 越级访, no case; wait 1800 s      |
| V4    | 10-31 (Sat) 23:30 | no-show, 2 people (15:30 UTC: still October locally)         |
| V8    | 10-20 (Tue) 09:00 | transferred to 住建局, case, unanswered past its due;        |
|       |                   | wait 300 s, service 600 s                                    |
| V5    | 11-01 (Sun) 00:10 | November (16:10 UTC on 31 October), 3 people                 |
| V6    | 2025-10-10        | last year, 4 people                                          |
| V7    | 10-09             | deleted: counted nowhere                                     |

October: 5 visits, 3 cases, 11 people. A reception session on 10-22 with two bookings
(one checked in, one absent, 1 + 3 people) and one instruction (done).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from helpers import make_id_number
from sqlalchemy.orm import Session, sessionmaker

from db.models import (
    CaseStep,
    Leader,
    ReceptionBooking,
    ReceptionInstruction,
    ReceptionSession,
    Visit,
    Visitor,
)

TERMINAL = "FRONT-1"
RESPONDENT = "王某某局长"
UNIT_RSJ = "海口市人力资源和社会保障局"
UNIT_ZJJ = "海口市住房和城乡建设局"
TODAY = date(2026, 11, 27)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """An Asia/Shanghai wall-clock time as the UTC instant stored."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


def _visitor(session: Session, name: str, seq: int) -> uuid.UUID:
    visitor = Visitor(id_type="resident_id", id_number=make_id_number(seq=seq), name=name,
                      origin_terminal=TERMINAL)
    session.add(visitor)
    session.flush()
    return visitor.id


def _visit(session: Session, visitor: uuid.UUID, at: datetime, number: str, *,
           wait: int | None = None, service: int | None = None, **values: object) -> Visit:
    day = (at + timedelta(hours=8)).date()
    called = at + timedelta(seconds=wait) if wait is not None else None
    visit = Visit(service_day=day, ticket_number=number, category=values.pop("category",
                  "regular"), queue_status=values.pop("queue_status", "done"), issued_at=at,
                  visitor_id=visitor, origin_terminal=TERMINAL, called_at=called,
                  serving_started_at=called if service is not None else None,
                  finished_at=(called + timedelta(seconds=service)
                               if called is not None and service is not None else None),
                  **values)
    session.add(visit)
    session.flush()
    return visit


def _step(session: Session, case: Visit, kind: str, on: date) -> None:
    session.add(CaseStep(case_visit_id=case.id, kind=kind, on_date=on,
                         origin_terminal=TERMINAL))


def fill_october(sessions: sessionmaker[Session]) -> dict[str, uuid.UUID]:
    with sessions.begin() as session:
        zhang = _visitor(session, "张三", 101)
        li = _visitor(session, "李四", 102)
        wang = _visitor(session, "王五", 103)
        v1 = _visit(session, zhang, local(date(2026, 10, 8), 9), "A1001", wait=600,
                    service=1200, window_name="1号窗口", registered_by="赵六",
                    case_number="HK20261008-0001", content_category_code="01",
                    area_code="460105", route="accepted_here", matter_sort="claim",
                    purpose="seek_resolution", handling_due=date(2026, 11, 20))
        v2 = _visit(session, li, local(date(2026, 10, 8), 10), "B1001", wait=1200,
                    service=2400, category="group", flag_group=True, people_count=6,
                    window_name="2号窗口", registered_by="钱七",
                    case_number="HK20261008-0002", content_category_code="02",
                    area_code="460106", route="transferred", route_unit=UNIT_RSJ,
                    route_unit_code="HK-RSJ", matter_sort="accusation", purpose="report",
                    respondent=RESPONDENT, handling_due=date(2026, 10, 30))
        v3 = _visit(session, zhang, local(date(2026, 10, 15), 14), "A1002", wait=1800,
                    window_name="1号窗口", registered_by="赵六", content_category_code="01",
                    area_code="460105", case_visit_id=v1.id, is_repeat=True,
                    flag_skip_level=True)
        v4 = _visit(session, wang, local(date(2026, 10, 31), 23, 30), "A1003",
                    queue_status="no_show", people_count=2)
        v8 = _visit(session, wang, local(date(2026, 10, 20), 9), "A1004", wait=300,
                    service=600, window_name="1号窗口", registered_by="赵六",
                    case_number="HK20261020-0001", content_category_code="01",
                    area_code="460106", route="transferred", route_unit=UNIT_ZJJ,
                    route_unit_code="HK-ZJJ", matter_sort="claim",
                    purpose="seek_resolution", handling_due=date(2026, 11, 25))
        v5 = _visit(session, li, local(date(2026, 11, 1), 0, 10), "A1001", people_count=3)
        v6 = _visit(session, li, local(date(2025, 10, 10), 9), "A1001", people_count=4)
        v7 = _visit(session, li, local(date(2026, 10, 9), 9), "A1009",
                    deleted_at=local(date(2026, 10, 9), 10))
        _step(session, v1, "answered", date(2026, 11, 10))
        _step(session, v1, "review_requested", date(2026, 11, 15))
        _step(session, v2, "extended", date(2026, 10, 25))
        _step(session, v2, "answered", date(2026, 11, 5))
        leader = Leader(name="陈局长", post="局长", origin_terminal=TERMINAL)
        session.add(leader)
        session.flush()
        start = local(date(2026, 10, 22), 9)
        meeting = ReceptionSession(
            day=date(2026, 10, 22), starts_at=start, ends_at=start + timedelta(hours=3),
            kind="reception", place="接访室", leader_id=leader.id, capacity=10,
            booking_cutoff_at=start - timedelta(days=1), status="published",
            origin_terminal=TERMINAL)
        session.add(meeting)
        session.flush()
        for code, visitor, people, status in (("R001", zhang, 1, "checked_in"),
                                              ("R002", li, 3, "absent")):
            session.add(ReceptionBooking(code=code, session_id=meeting.id, slot_at=start,
                                         visitor_id=visitor, people_count=people,
                                         channel="phone", status=status,
                                         origin_terminal=TERMINAL))
        session.add(ReceptionInstruction(session_id=meeting.id, visitor_id=zhang,
                                         decision="限期答复", given_on=date(2026, 10, 22),
                                         status="done", origin_terminal=TERMINAL))
        return {"v1": v1.id, "v2": v2.id, "v3": v3.id, "v4": v4.id, "v5": v5.id,
                "v6": v6.id, "v7": v7.id, "v8": v8.id}
