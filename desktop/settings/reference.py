"""Reference data (内容分类, 问题属地) and centre-wide settings, seeded from resources/seed.

Both are editable by the centre (系统设置). Reference rows are never deleted: old visits
point at them. A deactivated (停用) category or area leaves the registration form's
lists but stays on the visits that already use it, and can be switched on again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.models import Area, ContentCategory, Setting
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.resources import load_json
from desktop.text import clean_text, column_length

MAX_CENTRE_NAME_LENGTH = 64
MAX_ADDRESS_LENGTH = 200
MAX_PHONE_LENGTH = 32
MAX_NOTICE_LENGTH = 300
MIN_DAYS = 1
MAX_DAYS = 365
MAX_CODE_LENGTH = min(column_length(ContentCategory.code), column_length(Area.code))
MAX_NAME_LENGTH = min(column_length(ContentCategory.name), column_length(Area.name))

_PREFIX = re.compile(r"[A-Z]{1,4}")
_CATEGORY_CODE = re.compile(r"[0-9A-Za-z._-]{1,16}")
_AREA_CODE = re.compile(r"[0-9]{6,12}")


class ReferenceDataError(UserError):
    """Invalid centre settings or reference data; `field` names the input."""


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


@dataclass(frozen=True)
class CentreSettings:
    centre_name: str
    centre_address: str
    centre_phone: str
    case_number_prefix: str
    accept_notice_days: int
    handling_days: int
    handling_extension_days: int
    ticket_notice: str
    receipt_notice: str


_DAY_FIELDS = frozenset({"accept_notice_days", "handling_days", "handling_extension_days"})
_SETTING_FIELDS = tuple(field.name for field in fields(CentreSettings))

# Messages name the field in full: a label passed as a parameter would stay Chinese in
# the English UI (only the template is translated).
_DAY_ERRORS = {
    "accept_notice_days": QT_TRANSLATE_NOOP(
        "Errors", "受理告知时限应为 {low} 到 {high} 之间的整天数（法定 15 天）"),
    "handling_days": QT_TRANSLATE_NOOP(
        "Errors", "办理时限应为 {low} 到 {high} 之间的整天数（法定 60 天）"),
    "handling_extension_days": QT_TRANSLATE_NOOP(
        "Errors", "延期时限应为 {low} 到 {high} 之间的整天数（法定最多 30 天）"),
}
# The field names in messages ("{label}太长…", "{label}含有不可见或控制字符…").
_LABELS = {
    "centre_name": QT_TRANSLATE_NOOP("Fields", "中心名称"),
    "centre_address": QT_TRANSLATE_NOOP("Fields", "地址"),
    "centre_phone": QT_TRANSLATE_NOOP("Fields", "联系电话"),
    "ticket_notice": QT_TRANSLATE_NOOP("Fields", "号票提示语"),
    "receipt_notice": QT_TRANSLATE_NOOP("Fields", "回执提示语"),
    "category_name": QT_TRANSLATE_NOOP("Fields", "分类名称"),
    "area_name": QT_TRANSLATE_NOOP("Fields", "属地名称"),
}
_LIMITS = {
    "centre_name": MAX_CENTRE_NAME_LENGTH,
    "centre_address": MAX_ADDRESS_LENGTH,
    "centre_phone": MAX_PHONE_LENGTH,
    "ticket_notice": MAX_NOTICE_LENGTH,
    "receipt_notice": MAX_NOTICE_LENGTH,
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
    existing = set(session.scalars(select(Setting.key)))
    for key, value in load_json("seed", "settings.json").items():
        if key not in existing:
            session.add(Setting(key=key, value=str(value)))


def default_centre_settings() -> CentreSettings:
    """The shipped defaults (resources/seed/settings.json), e.g. the statutory 15/60/30."""
    return _settings_from({}, load_json("seed", "settings.json"))


class ReferenceService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

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
        clean_name = _category_name(name)
        with self._sessions.begin() as session:
            row = _category(session, code)
            if row.active:
                _require_unique_category_name(session, clean_name, except_code=row.code)
            row.name = clean_name
            return _category_item(row)

    def set_content_category_active(self, code: str, active: bool) -> ContentCategoryItem:
        with self._sessions.begin() as session:
            row = _category(session, code)
            if active and not row.active:
                _require_unique_category_name(session, row.name, except_code=row.code)
            row.active = active
            return _category_item(row)

    def add_area(self, code: str, name: str, parent_code: str | None) -> AreaItem:
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
        clean_name = _area_name(name)
        with self._sessions.begin() as session:
            row = _area(session, code)
            if row.active:
                _require_unique_area_name(session, clean_name, row.parent_code,
                                          except_code=row.code)
            row.name = clean_name
            return _area_item(row)

    def set_area_active(self, code: str, active: bool) -> list[AreaItem]:
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

    # ---- centre settings -------------------------------------------------------------

    def centre_settings(self) -> CentreSettings:
        with self._sessions() as session:
            return load_centre_settings(session)

    def default_centre_settings(self) -> CentreSettings:
        return default_centre_settings()

    def update_centre_settings(self, **changes: Any) -> CentreSettings:
        """Check and save any of CentreSettings' fields at once; returns the new settings.

        Nothing is saved unless every value is valid (one transaction)."""
        unknown = sorted(set(changes) - set(_SETTING_FIELDS))
        if unknown:
            raise TypeError(f"unknown centre settings: {', '.join(unknown)}")
        values = {key: _clean_setting(key, value) for key, value in changes.items()}
        with self._sessions.begin() as session:
            for key, value in values.items():
                row = session.get(Setting, key)
                if row is None:
                    session.add(Setting(key=key, value=value))
                else:
                    row.value = value
            session.flush()
            return load_centre_settings(session)

    def update_setting(self, key: str, value: str) -> None:
        """One setting by name (kept for scripts); checked like update_centre_settings."""
        if key not in _SETTING_FIELDS:
            raise KeyError(key)
        self.update_centre_settings(**{key: value})


def load_centre_settings(session: Session) -> CentreSettings:
    rows = session.execute(select(Setting.key, Setting.value))
    values: dict[str, str] = {key: value for key, value in rows}
    return _settings_from(values, load_json("seed", "settings.json"))


def _settings_from(values: dict[str, str], defaults: dict[str, Any]) -> CentreSettings:
    def text(key: str) -> str:
        return str(values.get(key, defaults[key]))

    def number(key: str) -> int:
        try:
            return int(text(key))
        except ValueError:
            return int(defaults[key])

    return CentreSettings(
        centre_name=text("centre_name"),
        centre_address=text("centre_address"),
        centre_phone=text("centre_phone"),
        case_number_prefix=text("case_number_prefix"),
        accept_notice_days=number("accept_notice_days"),
        handling_days=number("handling_days"),
        handling_extension_days=number("handling_extension_days"),
        ticket_notice=text("ticket_notice"),
        receipt_notice=text("receipt_notice"),
    )


# ---- checks ----------------------------------------------------------------------------


def _clean_setting(key: str, value: Any) -> str:
    """The stored text of one setting, or ReferenceDataError(field=key)."""
    if key in _DAY_FIELDS:
        return str(_days(key, value))
    if not isinstance(value, str):
        raise TypeError(f"{key} must be a string, not {type(value).__name__}")
    if key == "case_number_prefix":
        text = value.strip().upper()
        if not _PREFIX.fullmatch(text):
            raise ReferenceDataError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "信访件编号前缀应为 1 到 4 个英文字母（如 XF），不能有数字、汉字或空格",
                ),
                field=key,
            )
        return text
    # Several lines are fine in the notices; elsewhere pasted line breaks become spaces.
    text = _checked(value, key, key, multiline=key in ("ticket_notice", "receipt_notice"))
    if key == "centre_name" and not text:
        raise ReferenceDataError(
            QT_TRANSLATE_NOOP("Errors", "请填写中心名称，它印在号票和回执的抬头上"), field=key,
        )
    return text


def _days(key: str, value: Any) -> int:
    number: int | None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    else:
        try:
            number = int(str(value).strip())
        except ValueError:
            number = None
    if number is None or not MIN_DAYS <= number <= MAX_DAYS:
        raise ReferenceDataError(_DAY_ERRORS[key], field=key, low=MIN_DAYS, high=MAX_DAYS)
    return number


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
