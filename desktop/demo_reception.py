"""Demo leader reception days (`python main.py demo`): a month of published sessions
around today, bookings, check-ins, absences and instructions with their follow-up.

Everything goes through the real services (roster, planning, booking, check-in,
instructions) on a clock of its own that the demo moves from day to day, so every rule
applies: sessions from recurrence rules on the official calendar (working days only),
capacity held by the booking service, matter rules refused unless a section chief's
recorded override. Only the tickets' queue progress of past days (called, finished) is
written directly, as desktop/demo.py does. Clearly marked: leaders' posts end with
【演示】 and their unit is （演示数据）; topics, matters and decisions start with 【演示】.

What it leaves: sessions from about six weeks ago to two weeks ahead (rules cover the
last and the coming two weeks; older one-offs carry the overdue follow-ups), every
booking state (booked, checked in, received, absent, cancelled), every follow-up state
(on time, due soon, overdue, done), a few 下访 to districts, groups with
representatives, overridden refusals, and one cancelled session whose bookings were
settled (moved or cancelled with notice, visitors still to tell).
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select, update

from db.models import ReceptionSession, Visit, Visitor
from desktop.app import ServiceHost
from desktop.cases.calendar_store import load_calendar
from desktop.cases.identity import IdType
from desktop.cases.units import list_units
from desktop.clock import LOCAL_TZ, service_day
from desktop.domain import QueueStatus
from desktop.queue.tickets import RepresentativeInput
from desktop.reception.booking import BookingInput, BookingService
from desktop.reception.booking_domain import BookingChannel, BookingError, BookingRefused
from desktop.reception.checkin import CheckInService
from desktop.reception.checks import SessionInput
from desktop.reception.domain import HolidayPolicy, RulePattern, SessionKind, SitInRole
from desktop.reception.instructions import InstructionInput, InstructionService
from desktop.reception.planning import ReceptionService, RuleInput
from desktop.reception.roster import LeaderInput, RosterService, SitInInput
from desktop.reception.views import SessionItem
from desktop.settings.reference import load_centre_settings

DEMO_MARK = "【演示】"
DEMO_UNIT = "（演示数据）"
AREAS = ("460105", "460106", "460107", "460108")
LEADERS = (  # name, post, portfolio (content category codes)
    ("王建国", "副市长【演示】", ("01", "02")),
    ("李秀英", "副市长【演示】", ("03", "08")),
    ("赵明", "副市长【演示】", ("09", "10")),
    ("陈志强", "市政府秘书长【演示】", ("04", "13", "99")),
    ("周海燕", "副市长【演示】", ("05", "11", "14")),
)
MATTERS = (
    "小区加装电梯意见不一，申请协调", "拆迁安置房逾期未交付", "工伤认定久拖未决",
    "农民工工资被拖欠", "低保资格被取消有异议", "学校周边交通安全隐患",
    "医院收费与公示不符", "村集体土地承包纠纷", "企业排污影响周边居民",
    "出租车经营权转让纠纷", "商铺租金减免政策未落实",
)
DECISIONS = (
    "请责任单位会同属地核实情况，依法依规处理，并书面答复来访人",
    "请责任单位十五日内研究提出解决方案，报市政府",
    "请责任单位组织现场会商，明确责任，限期解决",
)
REPLIES = ("已约谈来访人，说明调查情况，正在整改", "已书面答复来访人，提出处理方案")
RESULTS = ("问题已解决，来访人表示满意", "已按政策落实，来访人签收答复意见")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = ("伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "华")
APPROVER = "刘科长（演示）"
MORNING = (time(9, 0), time(11, 30))
AFTERNOON = (time(14, 30), time(17, 0))


@dataclass(frozen=True)
class ReceptionDemoResult:
    sessions: int
    bookings: int
    instructions: int


class DemoClock:
    """The demo's own clock, moved by hand; each reading moves on a millisecond."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=1)
        return self.now

    def at(self, day: date, at: time) -> None:
        self.now = datetime.combine(day, at, tzinfo=LOCAL_TZ).astimezone(UTC)


class _Demo:
    def __init__(self, services: ServiceHost, rng: random.Random, today: date) -> None:
        self.host = services
        self.rng = rng
        self.today = today
        self.clock = DemoClock(datetime.now(UTC))
        args = (services.sessions, services.workstation, self.clock)
        self.roster = RosterService(*args)
        self.planning = ReceptionService(*args)
        self.bookings = BookingService(*args)
        self.checkin = CheckInService(*args)
        self.instructions = InstructionService(*args)
        with services.sessions.begin() as session:
            self.calendar = load_calendar(session)
            settings = load_centre_settings(session)
            self.reply_days = settings.reception_reply_days
            self.roll_over = settings.deadline_roll_over
            self.units = [unit.code for unit in list_units(session) if unit.active]
            self.taken_ids = set(session.scalars(select(Visitor.id_number)))
            self.cases = [(str(number), received) for number, received in session.execute(
                select(Visit.case_number, Visit.received_on).where(
                    Visit.case_number.is_not(None), Visit.summary.startswith(DEMO_MARK)))
                if received is not None]
        self.booked = 0
        self.overrides = 0
        self.held = 0
        self.last_past = today  # the latest past session's day (set once planned)

    # ------------------------------------------------------------------ dates

    def working_day(self, day: date, step: int = -1) -> date:
        while not self.calendar.is_working_day(day):
            day += timedelta(days=step)
        return day

    def reply_due(self, day: date) -> date:
        return self.calendar.add_days(day, self.reply_days, roll_over=self.roll_over).due

    # ------------------------------------------------------------------ plan

    def plan(self) -> list[SessionItem]:
        first = self.today - timedelta(days=14)
        last = self.today + timedelta(days=14)
        old_over = self.working_day(self.today - timedelta(days=38))
        over = self.working_day(self.today - timedelta(days=24))
        soon = next((day for day in (self.today - timedelta(days=n) for n in range(10, 25))
                     if self.calendar.is_working_day(day)
                     and self.today <= self.reply_due(day) <= self.today + timedelta(days=2)),
                    self.working_day(self.today - timedelta(days=14)))
        self.clock.at(old_over - timedelta(days=10), time(9, 0))
        leaders = [self.roster.save_leader(LeaderInput(name, post, codes, DEMO_UNIT)).leader_id
                   for name, post, codes in LEADERS]
        lawyer = self.roster.save_sit_in(SitInInput("孙律师", SitInRole.LAWYER,
                                                    "演示律师事务所")).person_id
        bureau = self.roster.save_sit_in(SitInInput("马局长", SitInRole.BUREAU_HEAD,
                                                    "市信访局" + DEMO_UNIT)).person_id
        items: list[SessionItem] = []
        rules = (
            (RulePattern.WEEKLY, 1, MORNING, leaders[:3], "接访室一"),  # Tuesday mornings
            (RulePattern.WEEKLY, 3, AFTERNOON, leaders[3:], "接访室二"),  # Thursday afternoons
        )
        for pattern, weekday, (start, end), rotation, room in rules:
            saved = self.planning.save_rule(RuleInput(
                title=DEMO_MARK + "领导接访日", pattern=pattern, first_day=first, last_day=last,
                leader_ids=tuple(rotation), start=start, end=end, weekday=weekday,
                holiday_policy=HolidayPolicy.MOVE, kind=SessionKind.RECEPTION, place=room,
                sit_in_ids=(bureau,), topics=DEMO_MARK + "分管领域内的信访事项",
                slot_minutes=30))
            items.extend(saved.sessions)
        one_offs = [  # day, kind, leader, times, place/area, topic
            (old_over, SessionKind.DOWN, leaders[4], MORNING, AREAS[0], "下访：企业欠薪"),
            (over, SessionKind.DOWN, leaders[1], AFTERNOON, AREAS[1], "下访：社保与民政"),
            (soon, SessionKind.RECEPTION, leaders[0], (time(15, 0), time(17, 0)), "接访室三",
             "城建国土专场"),
            (self.working_day(self.today + timedelta(days=8), 1), SessionKind.DOWN, leaders[2],
             MORNING, AREAS[2], "下访：教育卫生"),
            (self.working_day(self.today + timedelta(days=12), 1), SessionKind.DOWN,
             leaders[3], AFTERNOON, AREAS[3], "下访：农业农村"),
        ]
        if self.calendar.is_working_day(self.today) and not any(
                item.day == self.today for item in items):
            one_offs.append((self.today, SessionKind.RECEPTION, leaders[4], MORNING, "接访室一",
                             "今日接访"))
        for day, kind, leader, (start, end), where, topic in one_offs:
            down = kind is SessionKind.DOWN
            items.append(self.planning.create_session(SessionInput(
                day=day, start=start, end=end, kind=kind, leader_id=leader,
                place="" if down else where, area_code=where if down else None,
                sit_in_ids=(lawyer,) if down else (bureau,), topics=DEMO_MARK + topic,
                capacity=4 if down else None, slot_minutes=None if down else 30)))
        self.planning.publish([item.session_id for item in items], confirm_short_notice=True)
        return sorted(items, key=lambda item: item.starts_at)

    # ------------------------------------------------------------------ book

    def person(self) -> tuple[str, str, str]:
        from desktop.demo import _id_number  # the same made-up documents as the hall's

        while True:
            number, _birth, _sex = _id_number(self.rng)
            if number not in self.taken_ids:
                self.taken_ids.add(number)
                break
        name = self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)
        return name, number, f"1{self.rng.choice('3589')}{self.rng.randrange(10**9):09d}"

    def book(self, item: SessionItem, portfolio: tuple[str, ...], index: int,
             special: bool) -> uuid.UUID | None:
        name, number, phone = self.person()
        category = self.rng.choice(portfolio)
        changes: dict[str, object] = {}
        if index == 1:  # a group: the lead and representatives
            reps = []
            for _ in range(self.rng.randrange(2, 5)):
                rep_name, rep_number, rep_phone = self.person()
                reps.append(RepresentativeInput(rep_name, rep_number, rep_phone))
            changes = {"people_count": self.rng.randrange(6, 20),
                       "representatives": tuple(reps)}
        outside = special and index == 3 and self.overrides < 4  # another leader's field
        if outside:
            category = next(code for code in ("12", "15", "16") if code not in portfolio)
        case = ""
        if special and index == 2 and self.cases:  # a case (recent: refused, overridden)
            earlier = [n for n, received in self.cases if received < self.clock.now.date()]
            case = self.rng.choice(earlier) if earlier else ""
        data = BookingInput(
            session_id=item.session_id, name=name, id_number=number,
            id_type=IdType.RESIDENT_ID, phone=phone, case_number=case,
            category_code="" if case else category,
            summary=DEMO_MARK + self.rng.choice(MATTERS),
            channel=self.rng.choice(list(BookingChannel)) if not case else BookingChannel.CASE,
            **changes)  # type: ignore[arg-type]
        try:
            done = self.bookings.book(data)
        except BookingRefused:
            if self.overrides >= 4:  # enough exceptions: a matter of the leader's own field
                return self.book(item, portfolio, 0, special=False)
            self.overrides += 1
            reason = DEMO_MARK + ("群众反映强烈，经科长同意破例安排" if outside else
                                  "事项久拖未决，经科长同意安排领导接访")
            done = self.bookings.book(dataclasses.replace(
                data, override_reason=reason, override_by=APPROVER))
        except BookingError:  # full: the demo never forces a place
            return None
        self.booked += 1
        return done.booking.booking_id

    def book_all(self, items: list[SessionItem]) -> dict[uuid.UUID, list[uuid.UUID]]:
        portfolios = {item.leader_id: codes for item, codes in self._portfolios(items)}
        booked: dict[uuid.UUID, list[uuid.UUID]] = {}
        for number, item in enumerate(items):
            cutoff = item.booking_cutoff_at
            self.clock.now = cutoff - timedelta(days=2, hours=self.rng.randrange(0, 48))
            wanted = item.capacity - (number % 3 == 2)
            ids = []
            for index in range(wanted):
                self.clock.now += timedelta(minutes=self.rng.randrange(5, 90))
                found = self.book(item, portfolios[item.leader_id], index, number % 2 == 0)
                if found is not None:
                    ids.append(found)
            if len(ids) > 3 and self.rng.random() < 0.5:  # a visitor called off
                self.bookings.cancel(ids.pop(), DEMO_MARK + "来访人来电取消")
            booked[item.session_id] = ids
        return booked

    def _portfolios(self, items: list[SessionItem]
                    ) -> list[tuple[SessionItem, tuple[str, ...]]]:
        codes = {leader.leader_id: leader.portfolio
                 for leader in self.roster.roster().leaders}
        return [(item, codes[item.leader_id]) for item in items if item.leader_id in codes]

    # ------------------------------------------------------------------ the days

    def hold(self, item: SessionItem, ids: list[uuid.UUID]) -> int:
        """A past session: most come (ticket, served), some do not; decisions recorded."""
        made = 0
        start = datetime.combine(item.day, item.start, tzinfo=LOCAL_TZ).astimezone(UTC)
        self.clock.now = start - timedelta(minutes=20)
        came: list[tuple[uuid.UUID, uuid.UUID]] = []
        self.held += 1
        absent = {booking_id for index, booking_id in enumerate(ids)
                  if index == 1 and self.held % 2 == 1}  # every other session: one stays away
        for booking_id in ids:
            if booking_id in absent:
                continue
            code = self.bookings.booking(booking_id).booking.code
            self.clock.now += timedelta(minutes=self.rng.randrange(2, 12))
            came.append((booking_id, self.checkin.check_in(code).visit_id))
        self.clock.now = datetime.combine(item.day, item.end, tzinfo=LOCAL_TZ).astimezone(UTC)
        for booking_id in absent:
            self.checkin.mark_absent(booking_id)
        for position, (_booking_id, visit_id) in enumerate(came):
            called = start + timedelta(minutes=30 * position)
            self._served(visit_id, called, called + timedelta(minutes=25))
        for position, (booking_id, _visit) in enumerate(came):
            if item.day == self.last_past and position == len(came) - 1:
                continue  # the leader's decision on the last one is still to be written
            with_unit = position % 4 != 3
            self.instructions.record(InstructionInput(
                DEMO_MARK + (self.rng.choice(DECISIONS) if with_unit else "当场答复，不再交办"),
                unit_code=self.rng.choice(self.units) if with_unit and self.units else "",
                booking_id=booking_id))
            made += 1
        return made

    def hold_today(self, item: SessionItem, ids: list[uuid.UUID]) -> None:
        """Today: the first is with the leader, the next two wait, the rest are to come."""
        start = datetime.combine(item.day, item.start, tzinfo=LOCAL_TZ).astimezone(UTC)
        self.clock.now = start - timedelta(minutes=25)
        for position, booking_id in enumerate(ids[:3]):
            code = self.bookings.booking(booking_id).booking.code
            self.clock.now += timedelta(minutes=5)
            visit_id = self.checkin.check_in(code).visit_id
            if position == 0:
                with self.host.sessions.begin() as session:
                    session.execute(update(Visit).where(Visit.id == visit_id).values(
                        queue_status=QueueStatus.SERVING.value, called_at=start,
                        serving_started_at=start, window_name="接访室"))

    def _served(self, visit_id: uuid.UUID, called: datetime, finished: datetime) -> None:
        with self.host.sessions.begin() as session:
            session.execute(update(Visit).where(Visit.id == visit_id).values(
                queue_status=QueueStatus.DONE.value, called_at=called,
                serving_started_at=called, finished_at=finished, window_name="接访室"))

    def follow_up(self) -> None:
        """Units' replies and results: most of the old ones, some recent; the rest wait
        (overdue when their deadline passed, due soon, on time)."""
        self.clock.at(self.today, time(8, 30))
        items = self.instructions.follow_up(within_days=2).items
        for index, item in enumerate(items):
            if item.reply_due is None or item.replied_on is not None or item.days_left is None:
                continue
            gap = (self.today - item.given_on).days
            if item.days_left < 0 and index % 2 == 0:
                continue  # overdue, the unit has not replied
            if 0 <= item.days_left <= 2 or gap < 4 or index % 3 == 1:
                continue  # due soon, or not replied yet
            on = min(item.given_on + timedelta(days=self.rng.randrange(2, min(gap, 14))),
                     self.today)
            self.instructions.record_reply(item.instruction_id, on,
                                           DEMO_MARK + self.rng.choice(REPLIES))
            if gap > 20 and index % 3 != 2:
                self.instructions.record_result(item.instruction_id, min(
                    on + timedelta(days=5), self.today), DEMO_MARK + self.rng.choice(RESULTS))

    def settle_one(self, items: list[SessionItem],
                   booked: dict[uuid.UUID, list[uuid.UUID]]) -> None:
        """The leader is called away: one coming session is cancelled, its bookings moved
        to another session with room or cancelled with notice."""
        coming = [item for item in items if item.day > self.today + timedelta(days=2)
                  and booked.get(item.session_id)]
        if len(coming) < 2:
            return
        gone = coming[0]
        self.clock.at(self.today, time(8, 40))
        targets = [item for item in coming[1:]
                   if item.leader_id == gone.leader_id or item.kind is gone.kind]
        free = {b.session.session_id: b.free
                for b in self.bookings.bookable(self.today, self.today + timedelta(days=30))}
        decisions: dict[uuid.UUID, uuid.UUID | None] = {}
        for index, booking_id in enumerate(booked[gone.session_id]):
            target = next((t for t in targets if free.get(t.session_id, 0) > 0), None)
            if index % 2 == 0 and target is not None:
                free[target.session_id] -= 1
                decisions[booking_id] = target.session_id
            else:
                decisions[booking_id] = None
        reason = DEMO_MARK + "接访领导临时有公务"
        self.bookings.settle_session(gone.session_id, decisions, reason)
        self.planning.cancel(gone.session_id, reason)


def already_filled(services: ServiceHost) -> bool:
    with services.sessions.begin() as session:
        return session.scalar(select(ReceptionSession.id).where(
            ReceptionSession.topics.startswith(DEMO_MARK)).limit(1)) is not None


def fill_reception_demo(services: ServiceHost, seed: int = 1,
                        now: Callable[[], datetime] | None = None) -> ReceptionDemoResult:
    """The demo month of leader reception days; nothing when the demo's sessions exist
    (a second `demo` run adds hall visits only)."""
    if already_filled(services):
        return ReceptionDemoResult(0, 0, 0)
    today = service_day((now or services.reception_bookings.now)())
    demo = _Demo(services, random.Random(seed), today)
    items = demo.plan()
    booked = demo.book_all(items)
    past = [item for item in items if item.day < today]
    demo.last_past = max((item.day for item in past), default=today)
    made = 0
    for item in past:
        made += demo.hold(item, booked[item.session_id])
    for item in items:
        if item.day == today:
            demo.hold_today(item, booked[item.session_id])
    demo.follow_up()
    demo.settle_one(items, booked)
    return ReceptionDemoResult(len(items), demo.booked, made)
