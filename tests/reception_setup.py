"""A small reception roster and session inputs for the 领导接访 tests (importable as
`reception_setup`). Made-up names; categories and areas from the shipped seed data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from desktop.reception.checks import SessionInput
from desktop.reception.domain import SessionKind, SitInRole
from desktop.reception.roster import LeaderInput, SitInInput


@dataclass(frozen=True)
class Roster:
    wang: uuid.UUID  # 王副市长: 城乡建设, 国土资源
    li: uuid.UUID  # 李副市长: 劳动社保, 民政
    zhao: uuid.UUID  # 赵副市长: 教育
    lawyer: uuid.UUID
    bureau: uuid.UUID


def make_roster(services) -> Roster:  # type: ignore[no-untyped-def]
    roster = services.reception_roster
    wang = roster.save_leader(LeaderInput("王建国", "副市长", ("01", "02"), "海口市人民政府"))
    li = roster.save_leader(LeaderInput("李秀英", "副市长", ("03", "08"), "海口市人民政府"))
    zhao = roster.save_leader(LeaderInput("赵明", "副市长", ("09",), "海口市人民政府"))
    lawyer = roster.save_sit_in(SitInInput("陈律师", SitInRole.LAWYER, "海南某律师事务所"))
    bureau = roster.save_sit_in(SitInInput("周局长", SitInRole.BUREAU_HEAD, "海口市信访局"))
    return Roster(wang.leader_id, li.leader_id, zhao.leader_id, lawyer.person_id,
                  bureau.person_id)


def session_input(leader_id: uuid.UUID | None, day: date, start: str = "09:00",
                  end: str = "11:30", **changes) -> SessionInput:  # type: ignore[no-untyped-def]
    values = {"day": day, "start": time.fromisoformat(start), "end": time.fromisoformat(end),
              "kind": SessionKind.RECEPTION, "leader_id": leader_id, "place": "接访室一",
              "capacity": 10}
    values.update(changes)
    return SessionInput(**values)
