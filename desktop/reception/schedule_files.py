"""The published schedule as files: an A4 PDF notice, an Excel sheet, an iCalendar file.

The notice is official Chinese paperwork whatever the screen's language (like the
printed papers), so its texts are plain Chinese literals. The PDF draws Chinese in the
embedded CJK font (desktop/printing/documents/fonts.py), each character in the first
font that has it. The .ics has one VEVENT per session with TZID Asia/Shanghai and a UID
made from the session's id, so importing the file again updates the leaders' calendars
instead of doubling them (SEQUENCE is the session's version). Bytes are returned; the
caller writes them (a temporary file renamed).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.clock import LOCAL_TZ
from desktop.printing.documents.report_pdf import font_markup
from desktop.reception.views import SessionItem

HEADERS = ("时间", "接访领导", "职务", "分管领域", "地点")
XLSX_HEADERS = ("日期", "星期", "时间", "方式", "接访领导", "职务", "分管领域", "地点",
                "接访主题", "可预约人数")
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
TITLE = "{centre}领导接访日程安排"
PERIOD = "（{first} 至 {last}）"
NONE_FOUND = "该期间没有已发布的领导接访安排。"
RULES_HEAD = "预约须知"
PHONE = "预约咨询电话：{phone}"
ADDRESS = "地址：{address}"
SHEET_TITLE = "领导接访日程"
UID_DOMAIN = "laifang-desk"


@dataclass(frozen=True)
class Schedule:
    centre_name: str
    centre_phone: str
    centre_address: str
    booking_rules: str
    first: date
    last: date
    sessions: tuple[SessionItem, ...]  # published, by start
    made_at: datetime  # UTC, for DTSTAMP of sessions without a publication time


def day_text(day: date) -> str:
    return f"{day.month}月{day.day}日 {WEEKDAYS[day.weekday()]}"


def time_cell(item: SessionItem) -> str:
    kind = "" if item.kind.value == "reception" else f"（{item.kind_label}）"
    return f"{item.day.isoformat()} {WEEKDAYS[item.day.weekday()]} {item.time_text}{kind}"


def row_cells(item: SessionItem) -> tuple[str, str, str, str, str]:
    return (time_cell(item), item.leader_name, item.leader_post, item.portfolio_text or "—",
            item.place_text)


def title(schedule: Schedule) -> str:
    return TITLE.format(centre=schedule.centre_name)


def period(schedule: Schedule) -> str:
    return PERIOD.format(first=f"{schedule.first.year}年{day_text(schedule.first)[:-4]}",
                         last=f"{schedule.last.year}年{day_text(schedule.last)[:-4]}")


# ---------------------------------------------------------------------------- iCalendar


def event_uid(item: SessionItem) -> str:
    return f"reception-{item.session_id}@{UID_DOMAIN}"


def to_ics(schedule: Schedule) -> bytes:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Laifang Desk//Leader reception schedule//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", title(schedule))
    calendar.add("x-wr-timezone", "Asia/Shanghai")
    for item in schedule.sessions:
        event = Event()
        event.add("uid", event_uid(item))
        event.add("dtstamp", item.published_at or schedule.made_at)
        event.add("dtstart", item.starts_at.astimezone(LOCAL_TZ))
        event.add("dtend", item.ends_at.astimezone(LOCAL_TZ))
        event.add("sequence", item.version)
        event.add("status", "CONFIRMED")
        event.add("summary", f"领导{item.kind_label}：{item.leader_name}（{item.leader_post}）")
        event.add("location", item.place_text)
        lines = [f"分管领域：{item.portfolio_text or '—'}"]
        if item.topics:
            lines.append(f"接访主题：{item.topics}")
        if item.sit_ins:
            lines.append("陪同接访：" + "、".join(p.name for p in item.sit_ins))
        lines.append(f"可预约 {item.capacity} 人")
        event.add("description", "\n".join(lines))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


# ---------------------------------------------------------------------------- Excel


def to_xlsx(schedule: Schedule) -> bytes:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    sheet.append(list(XLSX_HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for item in schedule.sessions:
        sheet.append([item.day, WEEKDAYS[item.day.weekday()], item.time_text, item.kind_label,
                      item.leader_name, item.leader_post, item.portfolio_text, item.place_text,
                      item.topics, item.capacity])
        sheet.cell(sheet.max_row, 1).number_format = "yyyy-mm-dd"
    for index, width in enumerate((12, 8, 13, 6, 10, 16, 30, 30, 30, 10), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ---------------------------------------------------------------------------- PDF


def _markup(text: str, font: str) -> str:
    return font_markup(text, font, line_breaks=True)


def to_pdf(schedule: Schedule) -> bytes:
    # ReportLab's font registry is process-wide: serialised with the counter's papers.
    from desktop.printing.service import _RENDER_LOCK

    with _RENDER_LOCK:
        return _render_pdf(schedule)


def _render_pdf(schedule: Schedule) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from desktop.printing.documents.fonts import cjk_font_name

    font = cjk_font_name()
    title_style = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1)
    period_style = ParagraphStyle("period", fontName=font, fontSize=11, leading=16,
                                  alignment=1, spaceAfter=6)
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16)
    head_style = ParagraphStyle("head", fontName=font, fontSize=11, leading=16, spaceBefore=8)
    cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=14)
    head_cell = ParagraphStyle("headcell", parent=cell, alignment=1)

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(_markup(text, font), style)

    data: list[list[Any]] = [[para(h, head_cell) for h in HEADERS]]
    data += [[para(text, cell) for text in row_cells(item)] for item in schedule.sessions]
    table = Table(data, colWidths=[42 * mm, 22 * mm, 30 * mm, 42 * mm, 44 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story: list[Any] = [para(title(schedule), title_style), para(period(schedule), period_style),
                        table]
    if not schedule.sessions:
        story += [Spacer(1, 3 * mm), para(NONE_FOUND, body)]
    story += [Spacer(1, 5 * mm), para(RULES_HEAD, head_style)]
    story += [para(line, body) for line in schedule.booking_rules.splitlines() if line.strip()]
    story.append(Spacer(1, 3 * mm))
    if schedule.centre_address:
        story.append(para(ADDRESS.format(address=schedule.centre_address), body))
    story.append(para(PHONE.format(phone=schedule.centre_phone), body))

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm, title=title(schedule),
                            creator="Laifang Desk")
    doc.build(story)
    return out.getvalue()
