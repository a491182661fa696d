"""The reception roster: leaders (name, 职务, 分管领域 as content category codes, unit)
and the people who sit in on sessions (unit heads, the bureau head, lawyers).

Nobody is deleted: sessions name them. A leader or sit-in person who no longer takes part
is switched off (`active` False): they leave the pickers and stay on old sessions.
Every write is one transaction; bad input raises ReceptionError(field=…) with a Chinese
message, and nothing is written.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import ContentCategory, Leader, SitInPerson
from desktop.accounts.permissions import Permission, require
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.reception.domain import SIT_IN_ROLE_LABELS, ReceptionError, SitInRole
from desktop.service import TerminalService
from desktop.text import clean_text, column_length

PORTFOLIO_SEPARATOR = ","
_Row = TypeVar("_Row", Leader, SitInPerson)


@dataclass(frozen=True)
class LeaderInput:
    name: str
    post: str
    portfolio: tuple[str, ...] = ()  # content category codes
    unit: str = ""
    active: bool = True


@dataclass(frozen=True)
class LeaderItem:
    leader_id: uuid.UUID
    name: str
    post: str
    portfolio: tuple[str, ...]  # content category codes, in the roster's order
    portfolio_names: tuple[str, ...]  # their names (分管领域 as printed)
    unit: str
    active: bool

    @property
    def portfolio_text(self) -> str:
        return "、".join(self.portfolio_names)


@dataclass(frozen=True)
class SitInInput:
    name: str
    role: SitInRole
    unit: str = ""
    active: bool = True


@dataclass(frozen=True)
class SitInItem:
    person_id: uuid.UUID
    name: str
    role: SitInRole
    role_label: str  # untranslated (context "Domain")
    unit: str
    active: bool


@dataclass(frozen=True)
class Roster:
    leaders: tuple[LeaderItem, ...]
    sit_ins: tuple[SitInItem, ...]


def split_ids(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(PORTFOLIO_SEPARATOR) if part)


def category_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(ContentCategory.code, ContentCategory.name)).all())


def leader_item(row: Leader, names: dict[str, str]) -> LeaderItem:
    codes = split_ids(row.portfolio)
    return LeaderItem(
        leader_id=row.id, name=row.name, post=row.post, portfolio=codes,
        portfolio_names=tuple(names.get(code, code) for code in codes),
        unit=row.unit, active=row.active,
    )


def sit_in_item(row: SitInPerson) -> SitInItem:
    role = SitInRole(row.role)
    return SitInItem(person_id=row.id, name=row.name, role=role,
                     role_label=SIT_IN_ROLE_LABELS[role], unit=row.unit, active=row.active)


def _required(value: str, *, field: str, label: str, limit: int) -> str:
    text = clean_text(value, field=field, label=label, limit=limit, error=ReceptionError)
    if not text:
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "请填写{label}"), field=field,
                             label=label)
    return text


def _clean_leader(session: Session, data: LeaderInput) -> dict[str, object]:
    name = _required(data.name, field="name", label=QT_TRANSLATE_NOOP("Fields", "姓名"),
                     limit=column_length(Leader.name))
    post = _required(data.post, field="post", label=QT_TRANSLATE_NOOP("Fields", "职务"),
                     limit=column_length(Leader.post))
    unit = clean_text(data.unit, field="unit", label=QT_TRANSLATE_NOOP("Fields", "单位"),
                      limit=column_length(Leader.unit), error=ReceptionError)
    known = category_names(session)
    codes: list[str] = []
    for code in data.portfolio:
        if code not in known:
            raise ReceptionError(
                QT_TRANSLATE_NOOP("Errors", "分管领域中的内容分类“{code}”不存在，请从列表中选择"),
                field="portfolio", code=code)
        if code not in codes:
            codes.append(code)
    if not codes:
        raise ReceptionError(
            QT_TRANSLATE_NOOP("Errors", "请至少选择一个分管领域：预约时按分管领域判断事项能否约见该领导"),  # noqa: E501
            field="portfolio")
    portfolio = PORTFOLIO_SEPARATOR.join(codes)
    if len(portfolio) > column_length(Leader.portfolio):
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "分管领域选得太多，请减少几项"),
                             field="portfolio")
    return {"name": name, "post": post, "unit": unit, "portfolio": portfolio,
            "active": bool(data.active)}


def _clean_sit_in(data: SitInInput) -> dict[str, object]:
    name = _required(data.name, field="name", label=QT_TRANSLATE_NOOP("Fields", "姓名"),
                     limit=column_length(SitInPerson.name))
    try:
        role = SitInRole(data.role)
    except ValueError:
        raise ReceptionError(
            QT_TRANSLATE_NOOP("Errors", "请选择陪同接访人员的身份：责任单位负责人、信访局负责人或律师"),  # noqa: E501
            field="role") from None
    unit = clean_text(data.unit, field="unit", label=QT_TRANSLATE_NOOP("Fields", "单位"),
                      limit=column_length(SitInPerson.unit), error=ReceptionError)
    if role is SitInRole.UNIT_HEAD and not unit:
        raise ReceptionError(
            QT_TRANSLATE_NOOP("Errors", "请填写责任单位负责人的单位名称"), field="unit")
    return {"name": name, "role": role.value, "unit": unit, "active": bool(data.active)}


class RosterService(TerminalService):
    def roster(self, *, active_only: bool = False) -> Roster:
        """Leaders in roster order, then sit-in people by role and name."""
        with self._sessions.begin() as session:
            names = category_names(session)
            leaders = select(Leader).where(Leader.deleted_at.is_(None)) \
                .order_by(Leader.sort_order, Leader.name)
            people = select(SitInPerson).where(SitInPerson.deleted_at.is_(None)) \
                .order_by(SitInPerson.role, SitInPerson.name)
            if active_only:
                leaders = leaders.where(Leader.active.is_(True))
                people = people.where(SitInPerson.active.is_(True))
            return Roster(
                leaders=tuple(leader_item(row, names) for row in session.scalars(leaders)),
                sit_ins=tuple(sit_in_item(row) for row in session.scalars(people)),
            )

    def save_leader(self, data: LeaderInput, leader_id: uuid.UUID | None = None) -> LeaderItem:
        """Add a leader (at the end of the roster) or change one."""
        require(self._actor(), Permission.MANAGE_RECEPTION)
        with self._sessions.begin() as session:
            values = _clean_leader(session, data)
            if leader_id is None:
                last = session.scalar(select(func.max(Leader.sort_order))) or 0
                row = Leader(origin_terminal=self._workstation.terminal_code,
                             sort_order=last + 1, **values)
                session.add(row)
            else:
                row = _get(session, Leader, leader_id)
                for key, value in values.items():
                    setattr(row, key, value)
                row.version += 1
            session.flush()
            return leader_item(row, category_names(session))

    def save_sit_in(self, data: SitInInput, person_id: uuid.UUID | None = None) -> SitInItem:
        require(self._actor(), Permission.MANAGE_RECEPTION)
        with self._sessions.begin() as session:
            values = _clean_sit_in(data)
            if person_id is None:
                row = SitInPerson(origin_terminal=self._workstation.terminal_code, **values)
                session.add(row)
            else:
                row = _get(session, SitInPerson, person_id)
                for key, value in values.items():
                    setattr(row, key, value)
                row.version += 1
            session.flush()
            return sit_in_item(row)


def _get(session: Session, model: type[_Row], row_id: uuid.UUID) -> _Row:
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise ReceptionError(QT_TRANSLATE_NOOP("Errors", "该人员已不在名册中，请刷新后重试"),
                             field="name")
    return row
