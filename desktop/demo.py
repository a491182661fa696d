"""Realistic, clearly fake demo data (`python main.py demo --visits N`).

Every demo visitor's work unit is "（演示数据）" and every matter starts with "【演示】",
so demo rows can never be mistaken for real ones. Bulk Core inserts keep 1,000,000
visits within a minute or two, which the benchmarks need.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from db.base import new_id
from db.models import CaseStep, Counter, Visit, Visitor, VisitStatusChange
from desktop.app import ServiceHost
from desktop.cases.calendar_store import load_calendar
from desktop.cases.deadlines import DeadlineRules
from desktop.cases.identity import IdType, compute_check_character
from desktop.cases.units import list_units
from desktop.clock import LOCAL_TZ, service_day
from desktop.demo_cases import CaseSimulator, DemoCase
from desktop.domain import (
    CATEGORIES,
    GROUP_VISIT_MIN_PEOPLE,
    Purpose,
    QueueStatus,
    RepeatDecision,
    TicketCategory,
)
from desktop.settings.reference import load_centre_settings

DEMO_MARK = "【演示】"
DEMO_UNIT = "（演示数据）"
BATCH = 20_000

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾符吉云"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
         "涛", "明", "超", "秀英", "华", "海燕", "建国", "志强", "文", "玉兰", "春梅", "德福"]
AREAS = ["460105", "460106", "460107", "460108"]
CONTENT_CODES = ["01", "02", "03", "04", "05", "08", "09", "10", "13", "99"]
MATTERS = [
    ("小区物业乱收费，业主多次反映无果", "请求有关部门核查物业收费并退还多收费用"),
    ("工地拖欠农民工工资三个月", "请求督促用工单位尽快支付拖欠工资"),
    ("征地补偿款未按协议足额发放", "请求按协议兑现征地补偿"),
    ("道路施工噪音夜间扰民", "请求限制夜间施工时间"),
    ("子女入学学位分配有疑问", "请求说明学位分配依据并重新审核"),
    ("医保报销比例与政策不符", "请求按政策核定报销比例"),
    ("宅基地界址纠纷", "请求有关部门现场勘查并调解"),
    ("养老保险缴费年限认定有误", "请求更正缴费年限"),
    ("低保申请长期未获答复", "请求告知审核结果"),
    ("排水管道堵塞导致路面积水", "请求尽快疏通排水管道"),
]
UNITS = ["市住房和城乡建设局", "市人力资源和社会保障局", "市自然资源和规划局", "市生态环境局",
         "市教育局", "市医疗保障局", "市民政局", "美兰区人民政府", "龙华区人民政府"]
SERVICE_MINUTES = (5, 40)
TODAY_WAITING = 30


@dataclass(frozen=True)
class DemoResult:
    visits: int
    visitors: int


def _id_number(rng: random.Random) -> tuple[str, date, str]:
    area = rng.choice(AREAS)
    birth = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 62))
    seq = rng.randrange(0, 1000)
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    sex = "男" if seq % 2 else "女"
    return first17 + compute_check_character(first17), birth, sex


def _local(day: date, minutes_after_eight: float) -> datetime:
    start = datetime.combine(day, time(8, 0), tzinfo=LOCAL_TZ)
    return (start + timedelta(minutes=minutes_after_eight)).astimezone(UTC)


def _fill_missing_centre_details(services: ServiceHost) -> None:
    """Demo receipts need an address and phone; a centre's own details are kept."""
    missing = services.settings.missing_centre_details()
    demo = {"centre_address": DEMO_MARK + "海口市美兰区演示路 1 号",
            "centre_phone": "0898-00000000（演示）"}
    changes = {key: value for key, value in demo.items() if key in missing}
    if changes:
        services.settings.update(changes)


def deadline_rules(services: ServiceHost) -> DeadlineRules:
    with services.sessions() as session:
        settings = load_centre_settings(session)
    return DeadlineRules(accept_notice_days=settings.accept_notice_days,
                         handling_days=settings.handling_days,
                         extension_days=settings.handling_extension_days,
                         roll_over=settings.deadline_roll_over)


def fill_demo_data(services: ServiceHost, visits: int, days: int = 30, seed: int = 1,
                   *, reception: bool = True) -> DemoResult:
    """`visits` visits over `days` days; `reception`: also a month of leader reception
    days (sessions, bookings, check-ins that add booked visits, instructions)."""
    rng = random.Random(seed)
    terminal = services.workstation.terminal_code
    _fill_missing_centre_details(services)
    today = service_day(datetime.now(UTC))
    days = max(1, days)
    visitor_count = max(1, visits // 3)
    with services.sessions.begin() as session:
        taken = set(session.scalars(select(Visitor.id_number)))
    visitor_rows: list[dict[str, Any]] = []
    seen: set[str] = set(taken)
    while len(visitor_rows) < visitor_count:
        number, birth, sex = _id_number(rng)
        if number in seen:
            continue
        seen.add(number)
        visitor_rows.append({
            "id": new_id(), "version": 1, "updated_at": datetime.now(UTC),
            "origin_terminal": terminal, "id_type": IdType.RESIDENT_ID.value,
            "id_number": number, "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
            "sex": sex, "birth_date": birth,
            "phone": f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}",
            "work_unit": DEMO_UNIT,
        })
    # Spread visits over days and over the nine terminal slots of a busy centre.
    per_day = [visits // days + (1 if i < visits % days else 0) for i in range(days)]
    counters: dict[tuple[date, str, int], int] = {}
    with services.sessions.begin() as session:
        for counter in session.execute(select(Counter)).scalars():
            counters[(counter.service_day, counter.series, counter.slot)] = counter.last_value
    visit_batch: list[dict[str, Any]] = []
    change_batch: list[dict[str, Any]] = []
    made = 0
    categories = list(TicketCategory)
    weights = [70, 5, 10, 15]
    with services.sessions.begin() as session:
        calendar = load_calendar(session)
        units = list_units(session)
    simulator = CaseSimulator(rng, today, calendar, deadline_rules(services), units, terminal)
    last_case: dict[Any, tuple[DemoCase, date]] = {}  # by visitor: their latest case
    linked: dict[Any, DemoCase] = {}  # cases with repeat visits

    def flush() -> None:
        with services.sessions.begin() as session:
            if visit_batch:
                session.execute(insert(Visit), visit_batch)
            if change_batch:
                session.execute(insert(VisitStatusChange), change_batch)
            if simulator.step_rows:
                session.execute(insert(CaseStep), simulator.step_rows)
        visit_batch.clear()
        change_batch.clear()
        simulator.step_rows.clear()

    with services.sessions.begin() as session:
        for start in range(0, len(visitor_rows), BATCH):
            session.execute(insert(Visitor), visitor_rows[start:start + BATCH])
    for offset, count in enumerate(per_day):
        day = today - timedelta(days=days - 1 - offset)
        is_today = day == today
        for index in range(count):
            category = rng.choices(categories, weights)[0]
            slot = 1 + index % 9
            series = f"ticket-{category.value}"
            seq = counters.get((day, series, slot), 0) + 1
            if seq > 999:
                continue
            counters[(day, series, slot)] = seq
            visitor = visitor_rows[rng.randrange(len(visitor_rows))]
            issued = _local(day, index * 480 / max(count, 1))
            visit_id = new_id()
            row: dict[str, Any] = {
                "id": visit_id, "version": 1, "updated_at": issued,
                "origin_terminal": terminal, "service_day": day,
                "ticket_number": f"{CATEGORIES[category].letter}{slot}{seq:03d}",
                "category": category.value, "issued_at": issued, "issued_by": "演示",
                "visitor_id": visitor["id"],
                "people_count": rng.randrange(5, 30) if category is TicketCategory.GROUP else 1,
            }
            # A realistic hall: the last few dozen of today's visitors are still waiting.
            waiting = is_today and index >= count - TODAY_WAITING
            if waiting:
                row["queue_status"] = QueueStatus.WAITING.value
            elif rng.random() < 0.05:
                row["queue_status"] = QueueStatus.NO_SHOW.value
            else:
                called = issued + timedelta(minutes=rng.uniform(1, 30))
                finished = called + timedelta(minutes=rng.uniform(*SERVICE_MINUTES))
                matter, demand = rng.choice(MATTERS)
                row.update({
                    "queue_status": QueueStatus.DONE.value, "window_name": f"{slot % 6 + 1}号窗口",
                    "called_at": called, "serving_started_at": called, "finished_at": finished,
                    "received_on": day, "registered_at": finished, "registered_by": "演示",
                    "flag_group": row["people_count"] >= GROUP_VISIT_MIN_PEOPLE,
                })
                earlier = last_case.get(visitor["id"])
                if earlier is not None and earlier[1] < day and rng.random() < 0.35:
                    # The same matter again: recorded on the earlier case, no new case.
                    case = earlier[0]
                    simulator.link(case, visit_id, day, finished)
                    linked[case.visit_id] = case
                    row.update({
                        "case_visit_id": case.visit_id, "is_repeat": True,
                        "repeat_decision": RepeatDecision.SAME_MATTER.value,
                        "summary": DEMO_MARK + "再次来访：" + matter, "demands": demand,
                    })
                else:
                    case_seq = counters.get((day, "case", slot), 0) + 1
                    counters[(day, "case", slot)] = case_seq
                    row.update({
                        "case_number": f"XF{day:%Y%m%d}{slot}{case_seq:04d}",
                        "enquiry_code": "".join(rng.choice("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
                                                for _ in range(6)),
                        "summary": DEMO_MARK + matter, "demands": demand,
                        "content_category_code": rng.choice(CONTENT_CODES),
                        "area_code": rng.choice(AREAS),
                        "purpose": Purpose.SEEK_RESOLUTION.value,
                        "repeat_decision": RepeatDecision.NEW_MATTER.value if earlier else None,
                    })
                    case = simulator.register(row, day)
                    simulator.finish(case, row, finished)
                    last_case[visitor["id"]] = (case, day)
            visit_batch.append(row)
            if is_today:
                change_batch.append({
                    "id": new_id(), "version": 1, "updated_at": issued,
                    "origin_terminal": terminal, "visit_id": visit_id, "kind": "queue",
                    "from_status": None, "to_status": QueueStatus.WAITING.value,
                    "at": issued, "actor": "演示",
                })
            made += 1
            if len(visit_batch) >= BATCH:
                flush()
    flush()
    with services.sessions.begin() as session:
        for case in linked.values():
            session.execute(update(Visit).where(Visit.id == case.visit_id)
                            .values(visit_count=1 + case.links))
    # Move the counters on, so real tickets issued after the demo never collide with it.
    with services.sessions.begin() as session:
        for (day, series, slot), value in counters.items():
            updated = session.execute(
                update(Counter)
                .where(Counter.service_day == day, Counter.series == series, Counter.slot == slot)
                .values(last_value=value)
            )
            if updated.rowcount == 0:  # type: ignore[attr-defined]
                session.add(Counter(service_day=day, series=series, slot=slot, last_value=value))
    if reception:
        # Leader reception days, through the real services (after the counters moved on).
        from desktop.demo_reception import fill_reception_demo

        fill_reception_demo(services, seed=seed)
    return DemoResult(visits=made, visitors=len(visitor_rows))
