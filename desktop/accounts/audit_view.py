"""审计日志 for the section chief and the administrator: entries filtered by date range,
user, action, terminal and subject; exported to CSV or Excel (the export itself audited);
and the chain checked (`audit verify`)."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Literal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.models import AuditEntry
from desktop.accounts import audit
from desktop.accounts.audit_chain import ChainReport, verify_chain
from desktop.accounts.permissions import Permission, require
from desktop.clock import LOCAL_TZ, local_time
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.service import TerminalService

MAX_ROWS = 5000  # shown at once; narrow the filter for more (the export has them all)
EXPORT_ACTION = "audit_export"
ExportKind = Literal["csv", "xlsx"]
EXPORT_SUFFIXES: dict[str, ExportKind] = {".csv": "csv", ".xlsx": "xlsx"}
HEADERS = ("时间", "终端", "用户", "操作", "对象类型", "对象", "说明", "序号")
SHEET_TITLE = "审计日志"

# What the codes in `action` mean, for the viewer's list and the export.
ACTION_LABELS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("Domain", "登录"),
    "login_failed": QT_TRANSLATE_NOOP("Domain", "登录失败"),
    "logout": QT_TRANSLATE_NOOP("Domain", "退出登录"),
    "lock": QT_TRANSLATE_NOOP("Domain", "锁屏"),
    "unlock": QT_TRANSLATE_NOOP("Domain", "解锁"),
    "unlock_failed": QT_TRANSLATE_NOOP("Domain", "解锁失败"),
    "user_created": QT_TRANSLATE_NOOP("Domain", "新建用户"),
    "user_changed": QT_TRANSLATE_NOOP("Domain", "修改用户"),
    "user_disabled": QT_TRANSLATE_NOOP("Domain", "停用用户"),
    "user_enabled": QT_TRANSLATE_NOOP("Domain", "启用用户"),
    "password_set": QT_TRANSLATE_NOOP("Domain", "重设密码"),
    "password_changed": QT_TRANSLATE_NOOP("Domain", "修改密码"),
    "account_unlocked": QT_TRANSLATE_NOOP("Domain", "解除账户锁定"),
    "setting_changed": QT_TRANSLATE_NOOP("Domain", "修改设置"),
    "view_personal_data": QT_TRANSLATE_NOOP("Domain", "查看个人信息"),
    "reveal_personal_data": QT_TRANSLATE_NOOP("Domain", "显示完整个人信息"),
    "audit_export": QT_TRANSLATE_NOOP("Domain", "导出审计日志"),
    "audit_verify": QT_TRANSLATE_NOOP("Domain", "校验审计日志"),
}


class AuditFilterError(UserError):
    pass


@dataclass(frozen=True)
class AuditFilter:
    first_day: date | None = None  # local (Asia/Shanghai) days, inclusive
    last_day: date | None = None
    user: str = ""  # username, exact
    action: str = ""  # action code, exact
    terminal: str = ""  # exact
    subject: str = ""  # part of the subject's type or id


@dataclass(frozen=True)
class AuditRow:
    entry_id: uuid.UUID
    at: datetime  # local time
    terminal: str
    actor: str
    action: str
    action_label: str
    subject_type: str
    subject_id: str
    detail: str
    seq: int


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]  # newest first, at most MAX_ROWS
    total: int  # how many match
    truncated: bool


@dataclass(frozen=True)
class AuditChoices:
    users: tuple[str, ...]
    actions: tuple[str, ...]
    terminals: tuple[str, ...]


@dataclass(frozen=True)
class AuditExport:
    path: Path
    kind: ExportKind
    rows: int
    bytes: int


def _checked(criteria: AuditFilter) -> AuditFilter:
    if (criteria.first_day is not None and criteria.last_day is not None
            and criteria.first_day > criteria.last_day):
        raise AuditFilterError(QT_TRANSLATE_NOOP("Errors", "开始日期不能晚于结束日期"),
                               field="last_day")
    return criteria


def _query(criteria: AuditFilter):  # type: ignore[no-untyped-def]
    query = select(AuditEntry)
    if criteria.first_day is not None:
        start = datetime.combine(criteria.first_day, time(), LOCAL_TZ).astimezone(UTC)
        query = query.where(AuditEntry.at >= start)
    if criteria.last_day is not None:
        end = datetime.combine(criteria.last_day + timedelta(days=1), time(), LOCAL_TZ)
        query = query.where(AuditEntry.at < end.astimezone(UTC))
    if criteria.user.strip():
        query = query.where(AuditEntry.actor == criteria.user.strip())
    if criteria.action.strip():
        query = query.where(AuditEntry.action == criteria.action.strip())
    if criteria.terminal.strip():
        query = query.where(AuditEntry.terminal == criteria.terminal.strip())
    subject = criteria.subject.strip()
    if subject:
        pattern = "%" + subject.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(AuditEntry.subject_id.like(pattern, escape="\\"),
                                AuditEntry.subject_type.like(pattern, escape="\\")))
    return query


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(entry.id, local_time(entry.at), entry.terminal, entry.actor, entry.action,
                    ACTION_LABELS.get(entry.action, entry.action), entry.subject_type,
                    entry.subject_id, entry.detail or "", entry.seq)


def export_kind(path: str | Path) -> ExportKind:
    kind = EXPORT_SUFFIXES.get(Path(path).suffix.lower())
    if kind is None:
        raise AuditFilterError(
            QT_TRANSLATE_NOOP("Errors", "导出文件名应以 .csv 或 .xlsx（Excel）结尾：{name}"),
            field="path", name=Path(path).name)
    return kind


def _cells(row: AuditRow) -> list[object]:
    return [row.at.strftime("%Y-%m-%d %H:%M:%S"), row.terminal, row.actor, row.action_label,
            row.subject_type, row.subject_id, row.detail, row.seq]


def _safe_cell(value: object) -> object:
    """Text a spreadsheet would run as a formula (=, +, -, @) is kept as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def to_csv(rows: list[AuditRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([_safe_cell(cell) for cell in _cells(row)])
    return ("\ufeff" + out.getvalue()).encode()  # BOM: Excel opens it as UTF-8


def to_xlsx(rows: list[AuditRow]) -> bytes:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_safe_cell(cell) for cell in _cells(row)])
    for index, width in enumerate((20, 12, 14, 16, 14, 24, 48, 8), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


class AuditViewService(TerminalService):
    def entries(self, criteria: AuditFilter) -> AuditPage:
        require(self._actor(), Permission.VIEW_AUDIT)
        query = _query(_checked(criteria))
        with self._sessions() as session:
            total = int(session.scalar(select(func.count()).select_from(query.subquery()))
                        or 0)
            found = session.scalars(query.order_by(AuditEntry.at.desc(), AuditEntry.seq.desc())
                                    .limit(MAX_ROWS))
            rows = tuple(_row(entry) for entry in found)
        return AuditPage(rows, total, total > len(rows))

    def choices(self) -> AuditChoices:
        require(self._actor(), Permission.VIEW_AUDIT)
        with self._sessions() as session:
            def distinct(column) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
                return tuple(session.scalars(select(column).distinct().order_by(column)))

            actions = set(distinct(AuditEntry.action)) | set(ACTION_LABELS)
            return AuditChoices(distinct(AuditEntry.actor), tuple(sorted(actions)),
                                distinct(AuditEntry.terminal))

    def export(self, path: str | Path, criteria: AuditFilter) -> AuditExport:
        """Every matching entry to .csv or .xlsx, written whole or not at all; the export
        is audited (which filter, how many rows)."""
        require(self._actor(), Permission.EXPORT_AUDIT)
        kind = export_kind(path)
        query = _query(_checked(criteria))
        from desktop.storage.files import save_file

        target = Path(path).expanduser().resolve()
        with self._sessions.begin() as session:
            rows = [_row(entry) for entry in session.scalars(
                query.order_by(AuditEntry.at, AuditEntry.terminal, AuditEntry.seq))]
            data = to_csv(rows) if kind == "csv" else to_xlsx(rows)
            save_file(target, data)
            audit.record(session, self._workstation, EXPORT_ACTION, "audit_log", kind,
                         _describe(criteria, len(rows)), at=self._clock())
        return AuditExport(target, kind, len(rows), len(data))

    def verify(self) -> ChainReport:
        require(self._actor(), Permission.VIEW_AUDIT)
        with self._sessions() as session:
            return verify_chain(session.connection())


def verify_database(session: Session) -> ChainReport:
    """The chain check for `main.py audit verify` (whoever can read the database)."""
    return verify_chain(session.connection())


def _describe(criteria: AuditFilter, count: int) -> str:
    parts = [f"{count} rows"]
    for name in ("first_day", "last_day", "user", "action", "terminal", "subject"):
        value = getattr(criteria, name)
        if value:
            parts.append(f"{name}={value}")
    return "; ".join(parts)
