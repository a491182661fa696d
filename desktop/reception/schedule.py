"""The published schedule (ScheduleService): files for the centre's notice board and
the leaders' calendars, and the hall board's list of coming sessions.

Only published sessions appear. `export` writes an A4 PDF notice, an Excel sheet or an
iCalendar file (chosen by the file's suffix), whole or not at all (a temporary file
renamed), and records the export in the audit log. `coming` is for the display board:
today's published sessions (those not over yet) and those of the next `days` days, as
plain dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ReceptionSession
from desktop.accounts import audit
from desktop.accounts.permissions import Permission, require
from desktop.clock import service_day
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.reception.domain import ReceptionError, SessionStatus
from desktop.reception.views import SessionItem, session_items
from desktop.service import TerminalService
from desktop.settings import registry

ExportKind = Literal["pdf", "xlsx", "ics"]
EXPORT_SUFFIXES: dict[str, ExportKind] = {".pdf": "pdf", ".xlsx": "xlsx", ".ics": "ics"}
MAX_EXPORT_DAYS = 400
COMING_DAYS = 7
EXPORT_ACTION = "export"
EXPORT_SUBJECT = "reception_schedule"


@dataclass(frozen=True)
class ScheduleExport:
    path: Path
    kind: ExportKind
    sessions: int
    bytes: int


@dataclass(frozen=True)
class BoardSession:
    day: date
    start: time
    end: time
    kind_label: str  # untranslated (context "Domain")
    leader_name: str
    leader_post: str
    portfolio: str  # 分管领域, "、" joined
    place: str


@dataclass(frozen=True)
class ComingSessions:
    today: date
    today_sessions: tuple[BoardSession, ...]
    next_days: tuple[BoardSession, ...]  # tomorrow up to `days` days ahead


def export_kind(path: str | Path) -> ExportKind:
    kind = EXPORT_SUFFIXES.get(Path(path).suffix.lower())
    if kind is None:
        raise ReceptionError(QT_TRANSLATE_NOOP(
            "Errors", "导出文件名应以 .pdf、.xlsx 或 .ics（日历）结尾：{name}"),
            field="path", name=Path(path).name)
    return kind


def published(session: Session, first: date, last: date) -> tuple[SessionItem, ...]:
    rows = session.scalars(select(ReceptionSession).where(
        ReceptionSession.day >= first, ReceptionSession.day <= last,
        ReceptionSession.status == SessionStatus.PUBLISHED.value,
        ReceptionSession.deleted_at.is_(None)).order_by(ReceptionSession.starts_at))
    return session_items(session, list(rows))


def _board(item: SessionItem) -> BoardSession:
    return BoardSession(day=item.day, start=item.start, end=item.end,
                        kind_label=item.kind_label, leader_name=item.leader_name,
                        leader_post=item.leader_post, portfolio=item.portfolio_text,
                        place=item.place_text)


class ScheduleService(TerminalService):
    def export(self, path: str | Path, first: date, last: date) -> ScheduleExport:
        """The published sessions of [first, last] as .pdf / .xlsx / .ics at `path`."""
        require(self._actor(), Permission.MANAGE_RECEPTION)
        kind = export_kind(path)
        if last < first or last.toordinal() - first.toordinal() > MAX_EXPORT_DAYS:
            raise ReceptionError(QT_TRANSLATE_NOOP(
                "Errors", "导出的日期范围应从早到晚，且不超过 {most} 天"), field="last",
                most=MAX_EXPORT_DAYS)
        from desktop.reception import schedule_files
        from desktop.storage.files import save_file

        target = Path(path).expanduser().resolve()
        with self._sessions.begin() as session:
            settings = registry.read_settings(session)
            if kind == "pdf" and not settings.centre_phone:
                raise ReceptionError(QT_TRANSLATE_NOOP(
                    "Errors", "公告要印中心的联系电话，但尚未填写：请在 工具 → 系统设置 → 中心信息 中填写"),  # noqa: E501
                    field="centre_phone")
            schedule = schedule_files.Schedule(
                centre_name=settings.centre_name, centre_phone=settings.centre_phone,
                centre_address=settings.centre_address,
                booking_rules=settings.reception_booking_rules, first=first, last=last,
                sessions=published(session, first, last), made_at=self._clock())
            render = {"pdf": schedule_files.to_pdf, "xlsx": schedule_files.to_xlsx,
                      "ics": schedule_files.to_ics}[kind]
            data = render(schedule)
            save_file(target, data)
            audit.record(session, self._workstation, EXPORT_ACTION, EXPORT_SUBJECT,
                         f"{first.isoformat()}..{last.isoformat()}",
                         f"{kind}; {len(schedule.sessions)} sessions")
        return ScheduleExport(path=target, kind=kind, sessions=len(schedule.sessions),
                              bytes=len(data))

    def coming(self, days: int = COMING_DAYS) -> ComingSessions:
        """Today's published sessions not over yet and those of the next `days` days
        (the board)."""
        now = self._clock()
        today = service_day(now)
        with self._sessions.begin() as session:
            items = published(session, today, today + timedelta(days=max(0, days)))
        return ComingSessions(
            today=today,
            today_sessions=tuple(_board(i) for i in items if i.day == today and i.ends_at > now),
            next_days=tuple(_board(i) for i in items if i.day > today))
