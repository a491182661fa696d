"""Text that must never be stored: every bad input through the services, on SQLite and
PostgreSQL alike (SQLite ignores VARCHAR lengths, PostgreSQL enforces them), and the
cleaner itself on random text."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers import FakeClock, make_id_number
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.base import Base
from desktop.app import AppServices, open_services
from desktop.cases.identity import IdType
from desktop.cases.registration import RegistrationInput
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.i18n import UserError
from desktop.queue.tickets import RepresentativeInput, TicketRequest
from desktop.terminal import Workstation
from desktop.text import InvalidText, clean_text, column_length

ID = make_id_number(seq=7)


def ticket(**overrides: Any) -> TicketRequest:
    values: dict[str, Any] = {"name": "王五", "id_number": ID,
                              "category": TicketCategory.REGULAR, "phone": "13800138000"}
    values.update(overrides)
    return TicketRequest(**values)


def registration(**overrides: Any) -> RegistrationInput:
    values: dict[str, Any] = {
        "summary": "工地拖欠工资三个月", "demands": "请求支付拖欠工资",
        "content_category_code": "03", "area_code": "460105",
        "purpose": Purpose.SEEK_RESOLUTION, "route": Route.ANSWERED,
        "matter_sort": MatterSort.CLAIM, "current_address": "海口市龙华区滨海大道 1 号",
    }
    values.update(overrides)
    return RegistrationInput(**values)


@dataclass(frozen=True)
class World:
    services: AppServices
    url: str
    schema: str | None
    visit_id: Any


def _group(name: str = "代表甲", **rep: str) -> TicketRequest:
    return ticket(category=TicketCategory.GROUP, people_count=5,
                  representatives=(RepresentativeInput(name, **rep),))


def _reopen(world: World, code: str, operator: str) -> None:
    again = open_services(world.url, code, operator, schema=world.schema, clock=FakeClock())
    again.close()


# (what, field, action): each action must raise a UserError naming `field` and store nothing.
CASES: list[tuple[str, str, Callable[[World], object]]] = [
    # 取号
    ("zero-width name", "name", lambda w: w.services.tickets.issue_ticket(ticket(name="\u200b"))),
    ("joiners only", "name",
     lambda w: w.services.tickets.issue_ticket(ticket(name="\u200c\u200d\u2060"))),
    ("control char in name", "name",
     lambda w: w.services.tickets.issue_ticket(ticket(name="张\x01三"))),
    ("ESC sequence in name", "name",
     lambda w: w.services.tickets.issue_ticket(ticket(name="\x1b[31m张三"))),
    ("lone surrogate in name", "name",
     lambda w: w.services.tickets.issue_ticket(ticket(name="张\ud800三"))),
    ("NUL in name", "name", lambda w: w.services.tickets.issue_ticket(ticket(name="张\x00三"))),
    ("combining mark only", "name",
     lambda w: w.services.tickets.issue_ticket(ticket(name="\u0301"))),
    ("name over 64", "name", lambda w: w.services.tickets.issue_ticket(ticket(name="张" * 65))),
    ("NUL in ID number", "id_number",
     lambda w: w.services.tickets.issue_ticket(ticket(id_number=ID[:6] + "\x00" + ID[6:]))),
    ("passport over 40", "id_number", lambda w: w.services.tickets.issue_ticket(
        ticket(id_type=IdType.PASSPORT, id_number="E" * 41))),
    ("control char in phone", "phone",
     lambda w: w.services.tickets.issue_ticket(ticket(phone="138\x0700138000"))),
    ("zero-width representative", "representative_1",
     lambda w: w.services.tickets.issue_ticket(_group("\u200b"))),
    ("representative over 64", "representative_1",
     lambda w: w.services.tickets.issue_ticket(_group("代" * 65))),
    ("surrogate in representative phone", "representative_1",
     lambda w: w.services.tickets.issue_ticket(_group(phone="\udc00"))),
    # 接谈登记
    ("legal channel over 32", "route_channel", lambda w: w.services.registration.register(
        w.visit_id, registration(route=Route.LEGAL_CHANNEL, route_channel="行政复议" * 9))),
    ("NUL in summary", "summary", lambda w: w.services.registration.register(
        w.visit_id, registration(summary="概况\x00"))),
    ("zero-width demands", "demands", lambda w: w.services.registration.register(
        w.visit_id, registration(demands="\ufeff\u200b"))),
    ("unit code over 32", "route_unit", lambda w: w.services.registration.register(
        w.visit_id, registration(route=Route.TRANSFERRED, route_unit_code="单" * 33))),
    ("ESC in reason", "route_reason", lambda w: w.services.registration.register(
        w.visit_id, registration(route=Route.NOT_ACCEPTED, route_reason="\x1b[2J理由"))),
    ("address over 200", "current_address", lambda w: w.services.registration.register(
        w.visit_id, registration(current_address="址" * 201))),
    ("control char in work unit", "work_unit", lambda w: w.services.registration.register(
        w.visit_id, registration(work_unit="单位\x7f"))),
    ("surrogate category code", "content_category", lambda w: w.services.registration.register(
        w.visit_id, registration(content_category_code="\ud800"))),
    # terminal and operator
    ("terminal code over 32", "terminal_code", lambda w: _reopen(w, "T" * 33, "前台")),
    ("control char in terminal code", "terminal_code", lambda w: _reopen(w, "FRONT\x01", "前台")),
    ("operator over 64", "operator", lambda w: _reopen(w, "FRONT-1", "操" * 65)),
    ("zero-width operator", "operator", lambda w: _reopen(w, "FRONT-1", "\u200b")),
    # 系统设置
    ("ESC in category name", "name",
     lambda w: w.services.reference.add_content_category("99", "\x1b分类")),
    ("category name over 64", "name",
     lambda w: w.services.reference.add_content_category("99", "类" * 65)),
    ("zero-width area name", "name",
     lambda w: w.services.reference.add_area("460105999", "\u200b", "460105")),
    ("NUL in centre name", "centre_name",
     lambda w: w.services.reference.update_centre_settings(centre_name="中心\x00")),
    ("surrogate in notice", "receipt_notice",
     lambda w: w.services.reference.update_centre_settings(receipt_notice="请\udfff保管")),
    # 叫号
    ("window name over 32", "window_name",
     lambda w: w.services.windows.save_window(7, "窗" * 33)),
    ("zero-width window name", "window_name",
     lambda w: w.services.windows.save_window(7, "\u200b")),
    ("control char in call window", "window_name",
     lambda w: w.services.calling.call_next("1号窗口\x08")),
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    schema: str | None = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'laifang.sqlite3'}"
    else:
        url, schema = request.getfixturevalue("pg_schema")
    services = open_services(url, "FRONT-1", "前台", schema=schema, clock=FakeClock())
    visit = services.tickets.issue_ticket(ticket(id_number=make_id_number(seq=8)))
    yield World(services, url, schema, visit.visit_id)
    services.close()


def _row_counts(services: AppServices) -> dict[str, int]:
    with services.engine.connect() as conn:
        return {
            table.name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


def _snapshot(services: AppServices) -> tuple[dict[str, int], object, object]:
    """Row counts plus the texts an update could change (visitor, visit, settings)."""
    from db.models import Setting, Visit, Visitor

    with services.sessions() as session:
        visitors = sorted(session.execute(select(Visitor.name, Visitor.phone,
                                                 Visitor.current_address,
                                                 Visitor.work_unit)).all())
        visits = sorted(session.execute(select(Visit.summary, Visit.route_channel,
                                               Visit.case_number)).all(), key=repr)
        settings = sorted(session.execute(select(Setting.key, Setting.value)).all())
    return _row_counts(services), (visitors, visits), settings


@pytest.mark.parametrize(("what", "field", "action"), CASES, ids=[case[0] for case in CASES])
def test_bad_text_is_refused_naming_the_field_and_nothing_is_stored(
    world: World, what: str, field: str, action: Callable[[World], object]
) -> None:
    before = _snapshot(world.services)
    with pytest.raises(UserError) as caught:
        action(world)
    assert caught.value.field == field, (what, caught.value.message)
    assert caught.value.message  # a Chinese sentence, not a database error
    assert _snapshot(world.services) == before


def test_limits_come_from_the_model_columns() -> None:
    from db.models import Visit, Visitor
    from desktop.cases import registration_rules as registration
    from desktop.queue import tickets

    assert tickets.MAX_NAME_LENGTH == column_length(Visitor.name) == 64
    assert registration.MAX_CHANNEL_LENGTH == column_length(Visit.route_channel) == 32


def test_cleaning_normalises_strips_and_drops_stray_invisibles() -> None:
    decomposed = "e\u0301"  # é as two code points
    assert clean_text(f"  {decomposed}  ", field="f", label="l", limit=5) == "\u00e9"
    assert clean_text("张\u200b三\ufeff", field="f", label="l", limit=5) == "张三"
    assert clean_text("张\t三\r\n", field="f", label="l", limit=5) == "张 三"
    assert clean_text("一\r\n二\t三", field="f", label="l", limit=9, multiline=True) == "一\n二\t三"
    assert clean_text("   ", field="f", label="l", limit=5) == ""
    assert clean_text("\ue000", field="f", label="l", limit=5) == "\ue000"  # 生僻字 in PUA
    with pytest.raises(InvalidText) as caught:
        clean_text("\x1b", field="f", label="姓名", limit=5)
    assert caught.value.message == "姓名含有不可见或控制字符，请删除后重新输入"
    assert caught.value.field == "f"


def test_workstation_checks_code_and_operator() -> None:
    assert Workstation(" FRONT-1 ", 1, " 前台 ").terminal_code == "FRONT-1"
    with pytest.raises(UserError):
        Workstation("FRONT-1", 1, "x" * 65)


@given(st.text(max_size=80), st.booleans())
def test_cleaner_output_is_always_storable(value: str, multiline: bool) -> None:
    try:
        text = clean_text(value, field="f", label="l", limit=40, multiline=multiline)
    except InvalidText as error:
        assert error.field == "f"
        return
    assert text == text.strip()
    assert unicodedata.is_normalized("NFC", text)
    assert len(text) <= 40
    allowed = {"\n", "\t"} if multiline else set()
    for char in text:
        assert unicodedata.category(char) not in ("Cs", "Cc") or char in allowed
        assert not (unicodedata.category(char) == "Cf" and not multiline)
    if text:
        invisible = ("Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me")
        assert any(unicodedata.category(c) not in invisible for c in text)
        text.encode("utf-8")  # PostgreSQL and SQLite take it
    assert clean_text(text, field="f", label="l", limit=40, multiline=multiline) == text
