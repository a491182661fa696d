"""Reference data (内容分类, 问题属地), seeded from resources/seed.

Editable by the centre (系统设置). Reference rows are never deleted: old visits
point at them. A deactivated (停用) category or area leaves the registration form's
lists but stays on the visits that already use it, and can be switched on again.

The centre's settings (name, address, time limits …) live in desktop.settings.registry;
the settings names below are kept for callers that have not moved there yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.models import Area, ContentCategory, HandlingUnit
from desktop.accounts.permissions import Permission, require
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.resources import load_json
from desktop.settings.registry import Settings, default_settings, read_settings
from desktop.settings.service import SettingsService
from desktop.text import clean_text, column_length

MAX_CODE_LENGTH = min(column_length(ContentCategory.code), column_length(Area.code))
MAX_NAME_LENGTH = min(column_length(ContentCategory.name), column_length(Area.name))

_CATEGORY_CODE = re.compile(r"[0-9A-Za-z._-]{1,16}")
_AREA_CODE = re.compile(r"[0-9]{6,12}")


class ReferenceDataError(UserError):
    """Invalid reference data; `field` names the input."""


@dataclass(frozen=True)
class ContentCategoryItem:
    code: str
    name: str
    active: bool = True


@dataclass(frozen=True)
class AreaItem:
    code: str
    name: str
    parent_code: str | None
    level: int
    active: bool = True


# The field names in messages ("{label}太长…", "{label}含有不可见或控制字符…").
_LABELS = {
    "category_name": QT_TRANSLATE_NOOP("Fields", "分类名称"),
    "area_name": QT_TRANSLATE_NOOP("Fields", "属地名称"),
}
_LIMITS = {
    "category_name": MAX_NAME_LENGTH,
    "area_name": MAX_NAME_LENGTH,
}


def seed_reference_data(session: Session) -> None:
    """Fill empty reference tables from resources/seed; never overwrite edited rows."""
    if session.scalar(select(ContentCategory.code).limit(1)) is None:
        for order, item in enumerate(load_json("seed", "content_categories.json")):
            session.add(ContentCategory(code=item["code"], name=item["name"], sort_order=order))
    if session.scalar(select(Area.code).limit(1)) is None:
        for order, item in enumerate(load_json("seed", "areas.json")):
            session.add(
                Area(
                    code=item["code"],
                    name=item["name"],
                    parent_code=item["parent_code"],
                    level=item["level"],
                    sort_order=order,
                )
            )
    if session.scalar(select(HandlingUnit.code).limit(1)) is None:
        for order, item in enumerate(load_json("seed", "handling_units.json")):
            session.add(HandlingUnit(code=item["code"], name=item["name"], kind=item["kind"],
                                     sort_order=order))


class ReferenceService:
    def __init__(self, sessions: sessionmaker[Session], settings: SettingsService) -> None:
        self._sessions = sessions
        self._settings = settings  # the centre settings' one (gated, audited) write path

    def _require_admin(self) -> None:
        """Reference lists are settings: changing them needs CHANGE_SETTINGS (the
        acting user is read through the settings service, which shares the terminal)."""
        require(self._settings.actor(), Permission.CHANGE_SETTINGS)

    # ---- for the registration form (active items only) ------------------------------

    def content_categories(self) -> list[ContentCategoryItem]:
        with self._sessions() as session:
            rows = session.scalars(
                select(ContentCategory)
                .where(ContentCategory.active)
                .order_by(ContentCategory.sort_order, ContentCategory.code)
            )
            return [ContentCategoryItem(row.code, row.name) for row in rows]

    def areas(self) -> list[AreaItem]:
        with self._sessions() as session:
            rows = session.scalars(
                select(Area).where(Area.active).order_by(Area.sort_order, Area.code)
            )
            return [AreaItem(row.code, row.name, row.parent_code, row.level) for row in rows]

    # ---- for the settings editor (inactive items too) -------------------------------

    def all_content_categories(self) -> list[ContentCategoryItem]:
        with self._sessions() as session:
            rows = session.scalars(
                select(ContentCategory).order_by(ContentCategory.sort_order, ContentCategory.code)
            )
            return [_category_item(row) for row in rows]

    def all_areas(self) -> list[AreaItem]:
        with self._sessions() as session:
            rows = session.scalars(select(Area).order_by(Area.sort_order, Area.code))
            return [_area_item(row) for row in rows]

    def add_content_category(self, code: str, name: str) -> ContentCategoryItem:
        self._require_admin()
        clean_code = _category_code(code)
        clean_name = _category_name(name)
        with self._sessions.begin() as session:
            if session.get(ContentCategory, clean_code) is not None:
                raise _code_taken(clean_code)
            _require_unique_category_name(session, clean_name)
            last = session.scalar(select(func.max(ContentCategory.sort_order)))
            row = ContentCategory(
                code=clean_code, name=clean_name, sort_order=(last or 0) + 1, active=True
            )
            session.add(row)
            _flush_new(session, clean_code)
            return _category_item(row)

    def rename_content_category(self, code: str, name: str) -> ContentCategoryItem:
        self._require_admin()
        clean_name = _category_name(name)
        with self._sessions.begin() as session:
            row = _category(session, code)
            if row.active:
                _require_unique_category_name(session, clean_name, except_code=row.code)
            row.name = clean_name
            return _category_item(row)

    def set_content_category_active(self, code: str, active: bool) -> ContentCategoryItem:
        self._require_admin()
        with self._sessions.begin() as session:
            row = _category(session, code)
            if active and not row.active:
                _require_unique_category_name(session, row.name, except_code=row.code)
            row.active = active
            return _category_item(row)

    def add_area(self, code: str, name: str, parent_code: str | None) -> AreaItem:
        self._require_admin()
        """A new 问题属地 under `parent_code` (None or "": a top-level area)."""
        clean_code = _area_code(code)
        clean_name = _area_name(name)
        parent_key = (parent_code or "").strip() or None
        with self._sessions.begin() as session:
            if session.get(Area, clean_code) is not None:
                raise _code_taken(clean_code)
            parent = None
            if parent_key is not None:
                parent = session.get(Area, parent_key)
                if parent is None:
                    raise ReferenceDataError(
                        QT_TRANSLATE_NOOP("Errors", "上级属地“{code}”不存在，请从列表中选择上级"),
                        field="parent_code", code=parent_key,
                    )
                if not parent.active:
                    raise ReferenceDataError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "上级属地“{name}”已停用，请先启用它再添加下级属地"),
                        field="parent_code", name=parent.name,
                    )
            _require_unique_area_name(session, clean_name, parent_key)
            row = Area(
                code=clean_code,
                name=clean_name,
                parent_code=parent_key,
                level=parent.level + 1 if parent is not None else 1,
                sort_order=_area_slot(session, parent),
                active=True,
            )
            session.add(row)
            _flush_new(session, clean_code)
            return _area_item(row)

    def rename_area(self, code: str, name: str) -> AreaItem:
        self._require_admin()
        clean_name = _area_name(name)
        with self._sessions.begin() as session:
            row = _area(session, code)
            if row.active:
                _require_unique_area_name(session, clean_name, row.parent_code,
                                          except_code=row.code)
            row.name = clean_name
            return _area_item(row)

    def set_area_active(self, code: str, active: bool) -> list[AreaItem]:
        self._require_admin()
        """Switch an area on or off; returns every row changed.

        Switching off takes its lower levels with it (a town of a closed district cannot
        be chosen); switching on needs an active parent and brings back only this one."""
        with self._sessions.begin() as session:
            row = _area(session, code)
            changed = [row]
            if active:
                if row.parent_code is not None:
                    parent = session.get(Area, row.parent_code)
                    if parent is not None and not parent.active:
                        raise ReferenceDataError(
                            QT_TRANSLATE_NOOP(
                                "Errors", "上级属地“{name}”已停用，请先启用上级属地"),
                            field="active", name=parent.name,
                        )
                if not row.active:
                    _require_unique_area_name(session, row.name, row.parent_code,
                                              except_code=row.code)
                row.active = True
            else:
                changed += [child for child in _descendants(session, row.code) if child.active]
                for item in changed:
                    item.active = False
            return [_area_item(item) for item in changed]

    # ---- centre settings: kept for callers not yet on SettingsService -----------------

    def centre_settings(self) -> CentreSettings:
        return self._settings.snapshot()

    def default_centre_settings(self) -> CentreSettings:
        return default_settings()

    def update_centre_settings(self, **changes: Any) -> CentreSettings:
        """SettingsService.update with keyword arguments; returns the new settings."""
        return self._settings.update(changes).settings


# Kept for the wings that read the settings inside their own transaction.
CentreSettings = Settings
load_centre_settings = read_settings
default_centre_settings = default_settings


# ---- checks ----------------------------------------------------------------------------


def _checked(value: str, kind: str, field: str, multiline: bool = False) -> str:
    """Cleaned text (desktop.text) within the limit of `kind`; field names the input."""
    return clean_text(value, field=field, label=_LABELS[kind], limit=_LIMITS[kind],
                      multiline=multiline, error=ReferenceDataError)


def _category_code(code: str) -> str:
    text = code.strip()
    if not _CATEGORY_CODE.fullmatch(text):
        raise ReferenceDataError(
            QT_TRANSLATE_NOOP(
                "Errors", "分类代码应为 1 到 16 位数字或英文字母（如 18），不能有汉字或空格"
            ),
            field="code",
        )
    return text


def _area_code(code: str) -> str:
    text = code.strip()
    if not _AREA_CODE.fullmatch(text):
        raise ReferenceDataError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "属地代码应为 6 到 12 位数字：区县如 460105，乡镇街道在后面加 3 位如 460105001",
            ),
            field="code",
        )
    return text


def _category_name(name: str) -> str:
    text = _checked(name, "category_name", "name")
    if not text:
        raise ReferenceDataError(QT_TRANSLATE_NOOP("Errors", "请填写分类名称"), field="name")
    return text


def _area_name(name: str) -> str:
    text = _checked(name, "area_name", "name")
    if not text:
        raise ReferenceDataError(QT_TRANSLATE_NOOP("Errors", "请填写属地名称"), field="name")
    return text


def _code_taken(code: str) -> ReferenceDataError:
    return ReferenceDataError(
        QT_TRANSLATE_NOOP(
            "Errors", "代码“{code}”已被使用（可能是已停用的一项），请换一个代码"),
        field="code", code=code,
    )


def _flush_new(session: Session, code: str) -> None:
    """Insert now, so a code taken meanwhile by another terminal is a message, not a crash."""
    try:
        session.flush()
    except IntegrityError as error:
        raise _code_taken(code) from error


def _require_unique_category_name(
    session: Session, name: str, except_code: str | None = None
) -> None:
    query = select(ContentCategory.code).where(
        ContentCategory.active, ContentCategory.name == name
    )
    if except_code is not None:
        query = query.where(ContentCategory.code != except_code)
    taken = session.scalar(query.limit(1))
    if taken is not None:
        raise ReferenceDataError(
            QT_TRANSLATE_NOOP("Errors", "已有名为“{name}”的内容分类（代码 {code}），请换一个名称"),
            field="name", name=name, code=taken,
        )


def _require_unique_area_name(
    session: Session, name: str, parent_code: str | None, except_code: str | None = None
) -> None:
    """Names repeat across a province (两个“城关镇”), but not under one parent."""
    query = select(Area.code).where(Area.active, Area.name == name)
    query = query.where(
        Area.parent_code.is_(None) if parent_code is None else Area.parent_code == parent_code
    )
    if except_code is not None:
        query = query.where(Area.code != except_code)
    taken = session.scalar(query.limit(1))
    if taken is not None:
        raise ReferenceDataError(
            QT_TRANSLATE_NOOP(
                "Errors", "同一上级下已有名为“{name}”的属地（代码 {code}），请换一个名称"
            ),
            field="name", name=name, code=taken,
        )


def _category(session: Session, code: str) -> ContentCategory:
    row = session.get(ContentCategory, code.strip())
    if row is None:
        raise ReferenceDataError(
            QT_TRANSLATE_NOOP("Errors", "找不到代码为“{code}”的内容分类，请刷新列表后重试"),
            field="code", code=code,
        )
    return row


def _area(session: Session, code: str) -> Area:
    row = session.get(Area, code.strip())
    if row is None:
        raise ReferenceDataError(
            QT_TRANSLATE_NOOP("Errors", "找不到代码为“{code}”的属地，请刷新列表后重试"),
            field="code", code=code,
        )
    return row


def _descendants(session: Session, code: str) -> list[Area]:
    found: list[Area] = []
    frontier = [code]
    while frontier:
        children = list(session.scalars(select(Area).where(Area.parent_code.in_(frontier))))
        found += children
        frontier = [child.code for child in children]
    return found


def _area_slot(session: Session, parent: Area | None) -> int:
    """sort_order for a new area: right after the last area under the same parent (so the
    registration form's list keeps siblings together), else at the end."""
    parent_code = parent.code if parent is not None else None
    siblings = select(func.max(Area.sort_order)).where(
        Area.parent_code.is_(None) if parent_code is None else Area.parent_code == parent_code
    )
    last_sibling = session.scalar(siblings)
    if last_sibling is None:
        last = session.scalar(select(func.max(Area.sort_order)))
        return (last if last is not None else -1) + 1
    session.execute(
        update(Area)
        .where(Area.sort_order > last_sibling)
        .values(sort_order=Area.sort_order + 1)
        .execution_options(synchronize_session=False)
    )
    return last_sibling + 1


def _category_item(row: ContentCategory) -> ContentCategoryItem:
    return ContentCategoryItem(row.code, row.name, row.active)


def _area_item(row: Area) -> AreaItem:
    return AreaItem(row.code, row.name, row.parent_code, row.level, row.active)
