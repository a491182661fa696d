"""承办单位名录 as the centre edits it (系统设置 → 承办单位): add, edit, order, switch off and
on. Units are never deleted: old cases point at them (Visit.route_unit_code); a
deactivated unit leaves the lists of the registration form and stays on its old cases."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import HandlingUnit
from desktop.accounts.permissions import Permission, require
from desktop.cases.units import UnitItem, list_units, unit_item
from desktop.domain import UnitKind
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.service import TerminalService
from desktop.text import clean_text, column_length

MAX_CODE_LENGTH = column_length(HandlingUnit.code)
MAX_NAME_LENGTH = column_length(HandlingUnit.name)
MAX_ADDRESS_LENGTH = column_length(HandlingUnit.address)
MAX_PHONE_LENGTH = column_length(HandlingUnit.phone)

_CODE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,31}")
# Digits with the usual separators: 0898-66668888, (0898) 6666 8888, +86 …, 12345 转 8.
_PHONE = re.compile(r"[0-9+()\- ]*(转 ?[0-9]{1,6})?")


class UnitsError(UserError):
    """A unit's details the centre has to correct; `field` names the input
    ("code", "name", "kind", "address", "phone", "active")."""


@dataclass(frozen=True)
class UnitInput:
    code: str
    name: str
    kind: UnitKind
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class _Clean:
    name: str
    kind: UnitKind
    address: str
    phone: str


class UnitsAdminService(TerminalService):
    """Reads for everyone; changes by an administrator (PermissionDenied otherwise)."""

    def all_units(self) -> list[UnitItem]:
        """Every unit, active or not, in the directory's order."""
        with self._sessions() as session:
            return list(list_units(session, active_only=False))

    def add_unit(self, data: UnitInput) -> UnitItem:
        require(self._actor(), Permission.MANAGE_UNITS)
        code = _clean_code(data.code)
        clean = _clean(data)
        with self._sessions.begin() as session:
            if session.get(HandlingUnit, code) is not None:
                raise _code_taken(code)
            _require_unique_name(session, clean.name)
            last = session.scalar(select(func.max(HandlingUnit.sort_order)))
            row = HandlingUnit(code=code, name=clean.name, kind=clean.kind.value,
                               address=clean.address or None, phone=clean.phone or None,
                               sort_order=(last if last is not None else -1) + 1, active=True)
            session.add(row)
            try:
                session.flush()
            except IntegrityError as error:  # taken meanwhile by another terminal
                raise _code_taken(code) from error
            return unit_item(row)

    def update_unit(self, data: UnitInput) -> UnitItem:
        """Rename or correct a unit (the code stays: cases point at it)."""
        require(self._actor(), Permission.MANAGE_UNITS)
        clean = _clean(data)
        with self._sessions.begin() as session:
            row = _unit(session, data.code)
            if row.active:
                _require_unique_name(session, clean.name, except_code=row.code)
            row.name = clean.name
            row.kind = clean.kind.value
            row.address = clean.address or None
            row.phone = clean.phone or None
            return unit_item(row)

    def set_unit_active(self, code: str, active: bool) -> UnitItem:
        require(self._actor(), Permission.MANAGE_UNITS)
        with self._sessions.begin() as session:
            row = _unit(session, code)
            if active and not row.active:
                _require_unique_name(session, row.name, except_code=row.code)
            row.active = active
            return unit_item(row)

    def move_unit(self, code: str, offset: int) -> list[UnitItem]:
        """Move a unit `offset` places up (negative) or down in the directory's order;
        returns the whole list as now ordered."""
        require(self._actor(), Permission.MANAGE_UNITS)
        with self._sessions.begin() as session:
            rows = list(session.scalars(
                select(HandlingUnit).order_by(HandlingUnit.sort_order, HandlingUnit.code)))
            row = _unit(session, code)
            index = rows.index(row)
            target = max(0, min(len(rows) - 1, index + offset))
            rows.insert(target, rows.pop(index))
            for order, item in enumerate(rows):
                if item.sort_order != order:
                    item.sort_order = order
            session.flush()
            return list(list_units(session, active_only=False))


def _clean_code(code: str) -> str:
    text = code.strip()
    if not _CODE.fullmatch(text):
        raise UnitsError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "单位代码应为 1 到 32 位英文字母、数字、点、横线或下划线（如 HK-ZJJ），"
                "以字母或数字开头，不能有汉字或空格"),
            field="code")
    return text


def _clean(data: UnitInput) -> _Clean:
    name = clean_text(data.name, field="name", label=QT_TRANSLATE_NOOP("Fields", "单位名称"),
                      limit=MAX_NAME_LENGTH, error=UnitsError)
    if not name:
        raise UnitsError(QT_TRANSLATE_NOOP("Errors", "请填写单位名称"), field="name")
    if not isinstance(data.kind, UnitKind):
        try:
            kind = UnitKind(data.kind)
        except ValueError:
            raise UnitsError(QT_TRANSLATE_NOOP("Errors", "请从列表中选择单位类别"),
                             field="kind") from None
    else:
        kind = data.kind
    address = clean_text(data.address, field="address",
                         label=QT_TRANSLATE_NOOP("Fields", "单位地址"),
                         limit=MAX_ADDRESS_LENGTH, error=UnitsError)
    phone = clean_text(data.phone, field="phone", label=QT_TRANSLATE_NOOP("Fields", "联系电话"),
                       limit=MAX_PHONE_LENGTH, error=UnitsError)
    if not _PHONE.fullmatch(phone) or (phone and not any(c.isdigit() for c in phone)):
        raise UnitsError(
            QT_TRANSLATE_NOOP(
                "Errors", "联系电话只能有数字、空格、+、-、括号（如 0898-66668888），或不填"),
            field="phone")
    return _Clean(name, kind, address, phone)


def _code_taken(code: str) -> UnitsError:
    return UnitsError(
        QT_TRANSLATE_NOOP("Errors", "单位代码“{code}”已被使用（可能是已停用的单位），请换一个代码"),
        field="code", code=code)


def _require_unique_name(session: Session, name: str, except_code: str | None = None) -> None:
    query = select(HandlingUnit.code).where(HandlingUnit.active, HandlingUnit.name == name)
    if except_code is not None:
        query = query.where(HandlingUnit.code != except_code)
    taken = session.scalar(query.limit(1))
    if taken is not None:
        raise UnitsError(
            QT_TRANSLATE_NOOP("Errors", "已有名为“{name}”的单位（代码 {code}），请换一个名称"),
            field="name", name=name, code=taken)


def _unit(session: Session, code: str) -> HandlingUnit:
    row = session.get(HandlingUnit, code.strip())
    if row is None:
        raise UnitsError(
            QT_TRANSLATE_NOOP("Errors", "找不到代码为“{code}”的单位，请刷新列表后重试"),
            field="code", code=code)
    return row
