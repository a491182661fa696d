"""Papers of the booking wing (BriefingService): the booking slip (预约单, A4 or 80 mm
roll, with the QR code `LFYY:<code>` the front desk scans at check-in) and the leader's
briefing the day before (接访预约情况汇报: each booked visitor, the matter and its case
history), as PDF bytes the caller saves or prints. Both are official Chinese paperwork,
so their texts are plain Chinese literals (like the schedule notice); the PDF draws
Chinese in the embedded CJK font, each character in the first font that has it.
Making a paper with personal data is audited (who, which booking or session)."""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import Leader, ReceptionBooking, ReceptionSession, Visit
from desktop.accounts import audit
from desktop.accounts.permissions import Permission, allowed, require, require_briefing
from desktop.accounts.roles import Role
from desktop.cases.identity import mask_phone
from desktop.cases.lifecycle import step_views, steps_of
from desktop.domain import CASE_STATUS_LABELS, STEP_LABELS, CaseStatus, MatterSort
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.reception.booking_domain import BookingStatus
from desktop.reception.booking_views import BookingView, booking_views
from desktop.reception.domain import ReceptionError, SessionStatus
from desktop.reception.schedule_files import _markup, day_text
from desktop.reception.views import SessionItem, session_items
from desktop.service import TerminalService
from desktop.settings.reference import load_centre_settings

LAYOUTS = ("a4", "80mm")
SLIP_NOTICE = ("请携带本人身份证件和书面材料，按预约时段到场。集体访请推选不超过 5 名代表。"
               "不能按时到场请提前电话告知。")


def _step_text(label: str, unit: str, note: str) -> str:
    return label + (f"（{unit}）" if unit else "") + (f"：{note}" if note else "")


@dataclass(frozen=True)
class CaseLine:
    on_date: str
    text: str


@dataclass(frozen=True)
class BriefingEntry:
    booking: BookingView
    case_status: str  # Chinese label, "" without a case
    history: tuple[CaseLine, ...]  # the case's steps, oldest first
    other_matters: tuple[str, ...]  # the visitor's other cases: "编号 分类 状态"


@dataclass(frozen=True)
class DayBriefing:
    pdf: bytes
    sessions: int
    bookings: int


@dataclass(frozen=True)
class Briefing:
    centre_name: str
    session: SessionItem
    entries: tuple[BriefingEntry, ...]


# What a briefing shows of a 检举控告 matter (the respondent and the content stay out).
ACCUSATION_REDACTED = QT_TRANSLATE_NOOP("Domain", "检举控告事项（内容不在简报中显示）")


class BriefingService(TerminalService):
    def briefing(self, session_id: uuid.UUID) -> Briefing:
        with self._sessions.begin() as session:
            held = session.get(ReceptionSession, session_id)
            if held is None:
                raise ReceptionError(QT_TRANSLATE_NOOP(
                    "Errors", "找不到这场接访，可能已被删除；请刷新后重试"), field="session_id")
            return self._briefing(session, held)

    def briefing_pdf(self, session_id: uuid.UUID) -> bytes:
        return render_briefing(self.briefing(session_id))

    def day_briefing(self, day: date, leader: str = "") -> DayBriefing:
        """The briefing of every published session of `day` (only `leader`'s when a name
        is given) as one PDF, a session a section; each made is audited. A leader
        without PREPARE_BRIEFINGS gets their own sessions' (their display name)."""
        name = leader.strip()
        actor = self._actor()
        if not name and actor.role is Role.LEADER \
                and not allowed(actor, Permission.PREPARE_BRIEFINGS):
            name = actor.display_name.strip()
        with self._sessions.begin() as session:
            query = select(ReceptionSession).where(
                ReceptionSession.day == day,
                ReceptionSession.status == SessionStatus.PUBLISHED.value,
                ReceptionSession.deleted_at.is_(None)).order_by(ReceptionSession.starts_at)
            if name:
                query = query.join(Leader, Leader.id == ReceptionSession.leader_id).where(
                    Leader.name == name)
            rows = list(session.scalars(query))
            if not rows:
                if name:
                    raise ReceptionError(QT_TRANSLATE_NOOP(
                        "Errors", "{day} 没有{leader}的已发布接访场次；请核对日期和领导姓名"),
                        field="leader", day=day.isoformat(), leader=name)
                raise ReceptionError(QT_TRANSLATE_NOOP(
                    "Errors", "{day} 没有已发布的接访场次；请核对日期"), field="day",
                    day=day.isoformat())
            briefings = tuple(self._briefing(session, row) for row in rows)
        return DayBriefing(render_briefings(briefings), len(briefings),
                           sum(len(b.entries) for b in briefings))

    def _briefing(self, session: Session, held: ReceptionSession) -> Briefing:
        """Privacy: the briefing is made for the leader, who meets the visitor in person
        — the name and the matter, with the ID number and phone masked (a paper that
        leaves the desk; the leader has no use for the numbers). A 检举控告 matter shows
        its sort only: no summary, steps or units, which name the respondent."""
        leader = session.get(Leader, held.leader_id)
        require_briefing(self._actor(), (leader.name.strip(),) if leader else ())
        now = self._clock()
        rows = list(session.scalars(select(ReceptionBooking).where(
            ReceptionBooking.session_id == held.id,
            ReceptionBooking.status != BookingStatus.CANCELLED.value,
            ReceptionBooking.deleted_at.is_(None)).order_by(ReceptionBooking.slot_at)))
        entries = []
        for full_view in booking_views(session, rows, now):
            view = replace(full_view, id_number=full_view.masked_id_number,
                           phone=mask_phone(full_view.phone) if full_view.phone else "",
                           representatives=tuple(
                               replace(p, id_number="", phone=mask_phone(p.phone)
                                       if p.phone else "")
                               for p in full_view.representatives))
            status = ""
            history: tuple[CaseLine, ...] = ()
            if view.case_visit_id is not None:
                case = session.get(Visit, view.case_visit_id)
                assert case is not None
                if case.case_status:
                    status = CASE_STATUS_LABELS[CaseStatus(case.case_status)]
                if case.matter_sort == MatterSort.ACCUSATION.value:
                    view = replace(view, summary=ACCUSATION_REDACTED)
                    entries.append(BriefingEntry(view, status, (), ()))
                    continue
                history = tuple(
                    CaseLine(step.on_date.isoformat(), _step_text(
                        STEP_LABELS[step.kind], step.unit_name, step.note))
                    for step in step_views(steps_of(session, case.id)) if not step.withdrawn)
            others = session.execute(select(Visit.case_number, Visit.received_on,
                                            Visit.summary, Visit.case_status).where(
                Visit.visitor_id == view.visitor_id, Visit.case_number.is_not(None),
                or_(Visit.matter_sort.is_(None),
                    Visit.matter_sort != MatterSort.ACCUSATION.value),
                Visit.id != (view.case_visit_id or uuid.UUID(int=0)))
                .order_by(Visit.received_on)).all()
            entries.append(BriefingEntry(view, status, history, tuple(
                f"{number} {day.isoformat() if day else ''} "
                f"{CASE_STATUS_LABELS[CaseStatus(state)] if state else ''} "
                f"{(summary or '')[:40]}" for number, day, summary, state in others)))
        audit.record(session, self._workstation, "reception_briefing", "reception_session",
                     str(held.id), None)
        return Briefing(load_centre_settings(session).centre_name,
                        session_items(session, [held])[0], tuple(entries))

    def slip_pdf(self, booking_id: uuid.UUID, layout: str = "a4") -> bytes:
        require(self._actor(), Permission.ISSUE_TICKETS)
        if layout not in LAYOUTS:
            raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "请选择纸张：A4 或 80 毫米"),
                                 field="layout")
        now = self._clock()
        with self._sessions.begin() as session:
            row = session.get(ReceptionBooking, booking_id)
            if row is None:
                raise ReceptionError(QT_TRANSLATE_NOOP(
                    "Errors", "找不到这个预约，请核对预约号"), field="booking_id")
            view = booking_views(session, [row], now)[0]
            held = session.get(ReceptionSession, row.session_id)
            assert held is not None
            item = session_items(session, [held])[0]
            settings = load_centre_settings(session)
            audit.record(session, self._workstation, "print_booking_slip", "reception_booking",
                         str(row.id), layout)
        return render_slip(view, item, settings.centre_name, settings.centre_phone,
                           settings.centre_address, layout)


# ---------------------------------------------------------------------- rendering


def slip_lines(view: BookingView, item: SessionItem) -> list[tuple[str, str]]:
    lines = [("预约号", view.code), ("来访人", view.name), ("证件号码", view.masked_id_number),
             ("接访日期", f"{item.day.year}年{day_text(item.day)}"),
             ("预约时段", f"{view.slot_text} 起（请提前 10 分钟到场）"),
             ("接访领导", f"{item.leader_name}（{item.leader_post}）"),
             ("接访地点", item.place_text), ("反映问题", view.category_name)]
    if view.case_number:
        lines.append(("信访件编号", view.case_number))
    if view.people_count > 1:
        lines.append(("来访人数", f"{view.people_count} 人（代表 {len(view.representatives)} 人）"))
    return lines


def render_slip(view: BookingView, item: SessionItem, centre: str, phone: str, address: str,
                layout: str) -> bytes:
    from desktop.printing.service import _RENDER_LOCK

    with _RENDER_LOCK:
        return _render_slip(view, item, centre, phone, address, layout)


def _qr(text: str, size: float) -> Any:
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(text)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _render_slip(view: BookingView, item: SessionItem, centre: str, phone: str, address: str,
                 layout: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from desktop.printing.documents.fonts import cjk_font_name

    font = cjk_font_name()
    roll = layout == "80mm"
    width = 72 * mm if roll else 170 * mm
    scale = 0.85 if roll else 1.0
    title = ParagraphStyle("t", fontName=font, fontSize=16 * scale, leading=24 * scale,
                           alignment=1)
    body = ParagraphStyle("b", fontName=font, fontSize=11 * scale, leading=17 * scale)
    small = ParagraphStyle("s", fontName=font, fontSize=9 * scale, leading=13 * scale)

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(_markup(text, font), style)

    label_width = 22 * mm if roll else 30 * mm
    table = Table([[para(k, body), para(v, body)] for k, v in slip_lines(view, item)],
                  colWidths=[label_width, width - label_width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 1)]))
    qr_size = 32 * mm if roll else 40 * mm
    qr = Table([[_qr(view.qr_text, qr_size)], [para("到场时请出示本单扫码取号", small)]],
               colWidths=[width])
    qr.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story: list[Any] = [para(f"{centre}", body), para("领导接访预约单", title),
                        Spacer(1, 3 * mm), table, Spacer(1, 4 * mm), qr, Spacer(1, 3 * mm),
                        para(SLIP_NOTICE, small)]
    if phone:
        story.append(para(f"联系电话：{phone}", small))
    if address:
        story.append(para(f"地址：{address}", small))
    out = io.BytesIO()
    if roll:
        height = 200 * mm
        doc = SimpleDocTemplate(out, pagesize=(80 * mm, height), leftMargin=4 * mm,
                                rightMargin=4 * mm, topMargin=4 * mm, bottomMargin=4 * mm,
                                title="领导接访预约单", creator="Laifang Desk")
    else:
        doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=20 * mm, bottomMargin=20 * mm,
                                title="领导接访预约单", creator="Laifang Desk")
    doc.build(story)
    return out.getvalue()


def render_briefing(briefing: Briefing) -> bytes:
    return render_briefings((briefing,))


def render_briefings(briefings: Sequence[Briefing]) -> bytes:
    """Briefings one after another, each session from a new page."""
    from desktop.printing.service import _RENDER_LOCK

    with _RENDER_LOCK:
        return _render_briefings(briefings)


def _render_briefings(briefings: Sequence[Briefing]) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from desktop.printing.documents.fonts import cjk_font_name

    font = cjk_font_name()
    title = ParagraphStyle("t", fontName=font, fontSize=17, leading=25, alignment=1)
    sub = ParagraphStyle("u", fontName=font, fontSize=10.5, leading=16, alignment=1)
    head = ParagraphStyle("h", fontName=font, fontSize=12, leading=18, spaceBefore=8)
    body = ParagraphStyle("b", fontName=font, fontSize=10, leading=15)

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(_markup(text, font), style)

    story: list[Any] = []
    for number, briefing in enumerate(briefings):
        if number:
            story.append(PageBreak())
        item = briefing.session
        story += [
            para("领导接访预约情况", title),
            para(f"{item.day.year}年{day_text(item.day)} {item.time_text}　{item.place_text}　"
                 f"接访领导：{item.leader_name}（{item.leader_post}）", sub),
            para(f"分管领域：{item.portfolio_text or '—'}　预约 {len(briefing.entries)} 人 / "
                 f"名额 {item.capacity} 人", sub), Spacer(1, 3 * mm)]
        if not briefing.entries:
            story.append(para("这场接访目前没有预约。", body))
        for index, entry in enumerate(briefing.entries, start=1):
            view = entry.booking
            story.append(para(f"{index}. {view.slot_text}　{view.name}　{view.masked_id_number}"
                              f"　{view.people_count} 人", head))
            rows = [["反映问题", f"{view.category_name}　{view.summary}".strip()]]
            if view.case_number:
                rows.append(["信访件", f"{view.case_number}　{entry.case_status}"])
            if view.override_reason:
                rows.append(["破例预约", f"{view.override_reason}（批准人：{view.override_by}）"])
            if entry.history:
                rows.append(["办理经过", "\n".join(f"{line.on_date} {line.text}"
                                                   for line in entry.history)])
            if entry.other_matters:
                rows.append(["其他事项", "\n".join(entry.other_matters)])
            table = Table([[para(k, body), para(v, body)] for k, v in rows],
                          colWidths=[24 * mm, 150 * mm])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(table)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm, title="领导接访预约情况",
                            creator="Laifang Desk")
    doc.build(story)
    return out.getvalue()
