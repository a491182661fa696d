"""Reference data (内容分类, 问题属地) and centre-wide settings, seeded from resources/seed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Area, ContentCategory, Setting
from desktop.resources import load_json


@dataclass(frozen=True)
class ContentCategoryItem:
    code: str
    name: str


@dataclass(frozen=True)
class AreaItem:
    code: str
    name: str
    parent_code: str | None
    level: int


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


class ReferenceService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

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

    def centre_settings(self) -> CentreSettings:
        with self._sessions() as session:
            return load_centre_settings(session)

    def update_setting(self, key: str, value: str) -> None:
        if key not in CentreSettings.__dataclass_fields__:
            raise KeyError(key)
        with self._sessions.begin() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value


def load_centre_settings(session: Session) -> CentreSettings:
    rows = session.execute(select(Setting.key, Setting.value))
    values: dict[str, str] = {key: value for key, value in rows}
    defaults = load_json("seed", "settings.json")

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
