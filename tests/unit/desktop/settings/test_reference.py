"""Tests for desktop.settings.reference: editing 内容分类 and 问题属地."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from db.models import Area, ContentCategory
from desktop.settings.reference import ReferenceDataError


@pytest.fixture
def reference(services):  # type: ignore[no-untyped-def]
    return services.reference


def commits(services) -> list[int]:  # type: ignore[no-untyped-def]
    """A list that grows by one per committed transaction on the services' engine."""
    seen: list[int] = []
    event.listen(services.engine, "commit", lambda _conn: seen.append(1))
    return seen


# ---- content categories ----------------------------------------------------------------


def test_add_category_appears_in_the_form_list_last(reference) -> None:  # type: ignore[no-untyped-def]
    item = reference.add_content_category(" 18 ", " 应急管理 ")
    assert (item.code, item.name, item.active) == ("18", "应急管理", True)
    assert reference.content_categories()[-1].code == "18"
    assert reference.all_content_categories()[-1] == item


@pytest.mark.parametrize(
    ("code", "name", "field", "text"),
    [
        ("", "应急管理", "code", "1 到 16 位"),
        ("a b", "应急管理", "code", "不能有汉字或空格"),
        ("分类", "应急管理", "code", "1 到 16 位"),
        ("x" * 17, "应急管理", "code", "1 到 16 位"),
        ("18", "  ", "name", "请填写分类名称"),
        ("18", "名" * 65, "name", "最多 64 个字"),
        ("01", "应急管理", "code", "已被使用"),
        ("18", "城乡建设", "name", "已有名为“城乡建设”"),
    ],
)
def test_category_checks(reference, code, name, field, text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReferenceDataError) as caught:
        reference.add_content_category(code, name)
    assert caught.value.field == field
    assert text in caught.value.message


def test_a_deactivated_code_stays_taken(reference) -> None:  # type: ignore[no-untyped-def]
    reference.set_content_category_active("16", False)
    with pytest.raises(ReferenceDataError, match="已被使用") as caught:
        reference.add_content_category("16", "体育")
    assert caught.value.field == "code"


def test_rename_category(reference) -> None:  # type: ignore[no-untyped-def]
    item = reference.rename_content_category("10", "卫生健康（医疗保障）")
    assert item.name == "卫生健康（医疗保障）"
    assert "卫生健康（医疗保障）" in [c.name for c in reference.content_categories()]
    with pytest.raises(ReferenceDataError, match="已有名为") as caught:
        reference.rename_content_category("10", "教育")
    assert caught.value.field == "name"
    # Renaming to its own name is not a clash.
    assert reference.rename_content_category("09", "教育").name == "教育"
    with pytest.raises(ReferenceDataError, match="找不到"):
        reference.rename_content_category("77", "无此分类")


def test_deactivate_hides_from_the_form_but_keeps_the_row(reference, services) -> None:  # type: ignore[no-untyped-def]
    item = reference.set_content_category_active("05", False)
    assert item.active is False
    assert "05" not in [c.code for c in reference.content_categories()]
    [editor_row] = [c for c in reference.all_content_categories() if c.code == "05"]
    assert (editor_row.name, editor_row.active) == ("政法", False)
    with services.sessions() as session:
        assert session.get(ContentCategory, "05") is not None
    # Its name is free for an active category while it is off …
    reference.add_content_category("05A", "政法")
    # … and switching it back on would make two: refused.
    with pytest.raises(ReferenceDataError, match="已有名为“政法”") as caught:
        reference.set_content_category_active("05", True)
    assert caught.value.field == "name"
    reference.set_content_category_active("05A", False)
    assert reference.set_content_category_active("05", True).active is True
    assert "05" in [c.code for c in reference.content_categories()]


# ---- areas -----------------------------------------------------------------------------


def test_add_town_under_a_district(reference) -> None:  # type: ignore[no-untyped-def]
    town = reference.add_area("460105106", "新海镇", "460105")
    assert (town.parent_code, town.level, town.active) == ("460105", 4, True)
    codes = [a.code for a in reference.areas()]
    # Placed after the district's other towns, before the next district's.
    assert codes.index("460105106") == codes.index("460105105") + 1
    assert codes[codes.index("460105106") + 1] == "460106001"


def test_add_top_level_area(reference) -> None:  # type: ignore[no-untyped-def]
    area = reference.add_area("440000", "广东省", None)
    assert (area.parent_code, area.level) == (None, 1)
    assert reference.add_area("440100", "广州市", "440000").level == 2
    assert [a.code for a in reference.all_areas()].count("440000") == 1


@pytest.mark.parametrize(
    ("code", "name", "parent", "field", "text"),
    [
        ("46010", "某区", "460100", "code", "6 到 12 位数字"),
        ("4601091234567", "某区", "460100", "code", "6 到 12 位数字"),
        ("46010A", "某区", "460100", "code", "6 到 12 位数字"),
        ("460109", "", "460100", "name", "请填写属地名称"),
        ("460109", "某区", "469999", "parent_code", "上级属地“469999”不存在"),
        ("460105", "秀英", "460100", "code", "已被使用"),
        ("460109", "秀英区", "460100", "name", "同一上级下已有名为“秀英区”"),
    ],
)
def test_area_checks(reference, code, name, parent, field, text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReferenceDataError) as caught:
        reference.add_area(code, name, parent)
    assert caught.value.field == field
    assert text in caught.value.message


def test_same_name_under_another_parent_is_fine(reference) -> None:  # type: ignore[no-untyped-def]
    # 海秀街道 is under 秀英区; a 海秀街道 under 龙华区 is a different place.
    assert reference.add_area("460106007", "海秀街道", "460106").name == "海秀街道"


def test_deactivating_a_district_takes_its_towns_along(reference, services) -> None:  # type: ignore[no-untyped-def]
    changed = reference.set_area_active("460107", False)
    assert {a.code for a in changed} >= {"460107", "460107001", "460107106"}
    assert all(not a.active for a in changed)
    form_codes = {a.code for a in reference.areas()}
    assert not {c for c in form_codes if c.startswith("460107")}
    with services.sessions() as session:
        rows = session.scalars(select(Area).where(Area.code.like("460107%"))).all()
        assert rows and not any(row.active for row in rows)
    # A town cannot come back while its district is off; the district comes back alone.
    with pytest.raises(ReferenceDataError, match="请先启用上级属地"):
        reference.set_area_active("460107001", True)
    with pytest.raises(ReferenceDataError, match="已停用"):
        reference.add_area("460107107", "新镇", "460107")
    assert [a.code for a in reference.set_area_active("460107", True)] == ["460107"]
    assert reference.set_area_active("460107001", True)[0].active
    assert "460107002" not in {a.code for a in reference.areas()}


def test_rename_area(reference) -> None:  # type: ignore[no-untyped-def]
    assert reference.rename_area("460106001", "中山路街道").name == "中山路街道"
    with pytest.raises(ReferenceDataError, match="同一上级下已有") as caught:
        reference.rename_area("460106001", "滨海街道")
    assert caught.value.field == "name"


def test_old_visits_keep_a_deactivated_category_and_area(services, reference) -> None:  # type: ignore[no-untyped-def]
    from helpers import make_id_number

    from desktop.cases.registration import RegistrationInput
    from desktop.domain import MatterSort, Purpose, Route, TicketCategory
    from desktop.queue.tickets import TicketRequest

    ticket = services.tickets.issue_ticket(TicketRequest(
        name="王五", id_number=make_id_number(seq=77), category=TicketCategory.REGULAR,
    ))
    services.registration.register(ticket.visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="反映道路破损", demands="要求修复", content_category_code="13",
        area_code="460108101", purpose=Purpose.SEEK_RESOLUTION, route=Route.ANSWERED,
    ))
    reference.set_content_category_active("13", False)
    reference.set_area_active("460108", False)
    detail = services.registration.visit_detail(ticket.visit_id)
    assert detail.registration is not None
    assert detail.registration.content_category_code == "13"
    assert detail.registration.area_code == "460108101"
