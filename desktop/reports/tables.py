"""The figures as plain tables (title, headers, rows, totals) — one source for the PDF
and the Excel file, so the same figure is the same number in both. Official paperwork:
plain Chinese literals whatever the screen's language (like desktop/cases/watch_export).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.reports import figures as f
from desktop.reports.statistics import ALL, NOT_RECORDED

Cell = str | int | float


@dataclass(frozen=True)
class Table:
    title: str  # also the Excel sheet name (≤ 31 characters)
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None = None  # the 合计 row


COUNT_HEADERS = ("来访批次", "信访件", "人数")
COUNT_TITLES = {f.BY_CATEGORY: ("内容分类", "内容分类"), f.BY_AREA: ("问题属地", "问题属地"),
                f.BY_ROUTE: ("办理方式", "办理方式"), f.BY_UNIT: ("转送单位", "承办单位"),
                f.BY_SORT: ("三分类", "类别"), f.BY_PURPOSE: ("信访目的", "信访目的")}
TIME_TITLES = {f.WAIT_CATEGORY: ("等候时间（按类别）", "号票类别"),
               f.WAIT_WINDOW: ("等候时间（按窗口）", "窗口"),
               f.WAIT_CLERK: ("等候时间（按接谈人）", "接谈人"),
               f.SERVICE_CATEGORY: ("接谈时间（按类别）", "号票类别"),
               f.SERVICE_WINDOW: ("接谈时间（按窗口）", "窗口"),
               f.SERVICE_CLERK: ("接谈时间（按接谈人）", "接谈人")}
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
PLAIN = {NOT_RECORDED: "未登记", ALL: "合计"}


def minutes(seconds: float) -> float:
    return round(seconds / 60, 1)


def summary(fig: f.Figures) -> Table:
    t, ly = fig.totals, fig.last_year_totals

    def change(now: int, before: int) -> str:
        return "—" if before == 0 else f"{(now - before) * 100 / before:+.1f}%"

    rows: list[tuple[Cell, ...]] = [
        ("来访批次", t.visits, ly.visits, change(t.visits, ly.visits)),
        ("信访件", t.cases, ly.cases, change(t.cases, ly.cases)),
        ("来访人数", t.people, ly.people, change(t.people, ly.people)),
        ("集体访批次", fig.group.visits, "", ""),
        ("集体访人数", fig.group.people, "", ""),
        ("重复访批次", fig.repeat_visits, "", ""),
        ("越级访批次", fig.skip_level, "", ""),
        ("过号未到", fig.no_shows, "", ""),
    ]
    if fig.waiting_all is not None:
        rows.append(("等候时间中位数（分钟）", minutes(fig.waiting_all.median_s), "", ""))
        rows.append(("等候时间90%分位（分钟）", minutes(fig.waiting_all.p90_s), "", ""))
    if fig.service_all is not None:
        rows.append(("接谈时间中位数（分钟）", minutes(fig.service_all.median_s), "", ""))
    return Table("概况", ("项目", "本期", f"去年同期（{fig.last_year.title}）", "增减"),
                 tuple(rows))


def count_table(fig: f.Figures, key: str) -> Table:
    title, head = COUNT_TITLES[key]
    rows = fig.table(key)
    return Table(title, (head, *COUNT_HEADERS),
                 tuple((PLAIN.get(r.label, r.label), r.visits, r.cases, r.people) for r in rows),
                 ("合计", sum(r.visits for r in rows), sum(r.cases for r in rows),
                  sum(r.people for r in rows)))


def time_table(fig: f.Figures, key: str) -> Table:
    title, head = TIME_TITLES[key]
    rows = (fig.waiting if key.startswith("wait") else fig.service)[key]
    return Table(title, (head, "人次", "中位数（分钟）", "90%分位（分钟）"),
                 tuple((_ticket_label(r.label), r.count, minutes(r.median_s), minutes(r.p90_s))
                       for r in rows))


def _ticket_label(label: str) -> str:
    return PLAIN.get(label, label)


def daily_table(fig: f.Figures) -> Table:
    rows = tuple((d.day.isoformat(), WEEKDAYS[d.day.weekday()], d.visits, d.people)
                 for d in fig.daily)
    return Table("每日来访", ("日期", "星期", "来访批次", "人数"), rows,
                 ("合计", "", sum(d.visits for d in fig.daily),
                  sum(d.people for d in fig.daily)))


def hours_table(fig: f.Figures) -> Table:
    grid = fig.heat()
    used = [h for h in range(24) if any(grid[w][h] for w in range(7))] or list(range(8, 18))
    hours = list(range(min(used), max(used) + 1))
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (WEEKDAYS[w], *(grid[w][h] for h in hours), sum(grid[w])) for w in range(7))
    return Table("时段分布", ("星期", *(f"{h}时" for h in hours), "合计"), rows)


def deadline_table(fig: f.Figures) -> Table:
    d = fig.deadlines
    return Table("办理期限", ("项目", "件数"), (
        ("有办理期限的信访件", d.with_due), ("按期答复", d.answered_in_time),
        ("逾期答复", d.answered_late), ("超期未答复", d.open_overdue),
        ("延期", d.extended), ("申请复查", d.reviews)))


def reception_table(fig: f.Figures) -> Table:
    r = fig.reception
    return Table("领导接访", ("项目", "数量"), (
        ("接访场次", r.sessions), ("预约人次", r.bookings), ("预约人数", r.booked_people),
        ("到场", r.attended), ("未到", r.absent), ("领导批示", r.instructions),
        ("批示已办结", r.instructions_done)))


def all_tables(fig: f.Figures) -> tuple[Table, ...]:
    return (summary(fig), *(count_table(fig, key) for key in f.COUNT_TABLES),
            daily_table(fig), hours_table(fig),
            *(time_table(fig, key) for key in f.TIME_TABLES),
            deadline_table(fig), reception_table(fig))


VISIT_HEADERS = ("日期", "号码", "信访件编号", "来访人", "号票类别", "内容分类", "问题属地",
                 "办理方式", "承办单位", "三分类", "人数", "排队状态")


def visit_rows(lines: tuple[f.VisitLine, ...]) -> tuple[tuple[Cell, ...], ...]:
    """The visit list, masked; the respondent (被反映人) is not even read."""
    return tuple((line.service_day.isoformat(), line.ticket_number, line.case_number,
                  line.masked_name or "（匿名）", line.category_label, line.content_category,
                  line.area, line.route_label, line.unit, line.sort_label, line.people,
                  line.queue_status_label) for line in lines)
