"""承办单位名录: adding, editing, ordering and switching units off and on; never deleting."""

from __future__ import annotations

import pytest

from desktop.cases.units import find_unit, list_units
from desktop.domain import UnitKind
from desktop.settings.units_admin import UnitInput, UnitsError


def test_add_edit_deactivate_and_order(services) -> None:  # type: ignore[no-untyped-def]
    admin = services.units_admin
    seeded = admin.all_units()
    assert seeded[0].code == "HK-ZJJ" and seeded[0].name == "海口市住房和城乡建设局"
    added = admin.add_unit(UnitInput(" HK-YJJ ", " 海口市应急管理局 ", UnitKind.GOVERNMENT,
                                     "海口市龙华区 1 号", "0898-66660000"))
    assert (added.code, added.name, added.kind, added.address, added.phone, added.active) == (
        "HK-YJJ", "海口市应急管理局", UnitKind.GOVERNMENT, "海口市龙华区 1 号",
        "0898-66660000", True)
    assert admin.all_units()[-1].code == "HK-YJJ"

    edited = admin.update_unit(UnitInput("HK-YJJ", "海口市应急管理局（新）", UnitKind.OTHER))
    assert (edited.name, edited.kind, edited.address, edited.phone) == (
        "海口市应急管理局（新）", UnitKind.OTHER, "", "")

    off = admin.set_unit_active("HK-YJJ", False)
    assert off.active is False
    with services.sessions() as session:
        assert "HK-YJJ" not in {unit.code for unit in list_units(session)}
        assert find_unit(session, "HK-YJJ") is not None  # kept: old cases point at it
    assert admin.set_unit_active("HK-YJJ", True).active

    moved = admin.move_unit("HK-YJJ", -len(seeded) - 5)
    assert [unit.code for unit in moved][:2] == ["HK-YJJ", "HK-ZJJ"]
    moved = admin.move_unit("HK-ZJJ", 1)
    assert [unit.code for unit in moved][:3] == ["HK-YJJ", "HK-RSJ", "HK-ZJJ"]
    assert [unit.code for unit in admin.all_units()] == [unit.code for unit in moved]


@pytest.mark.parametrize(
    ("data", "field", "text"),
    [
        (UnitInput("住建", "某单位", UnitKind.GOVERNMENT), "code", "单位代码应为"),
        (UnitInput("", "某单位", UnitKind.GOVERNMENT), "code", "单位代码应为"),
        (UnitInput("HK ZJ", "某单位", UnitKind.GOVERNMENT), "code", "单位代码应为"),
        (UnitInput("HK-X", "  ", UnitKind.GOVERNMENT), "name", "请填写单位名称"),
        (UnitInput("HK-X", "单" * 121, UnitKind.GOVERNMENT), "name", "单位名称"),
        (UnitInput("HK-X", "某单位", UnitKind.GOVERNMENT, phone="电话 123"), "phone", "联系电话"),
        (UnitInput("HK-X", "某单位", UnitKind.GOVERNMENT, address="址" * 201), "address",
         "单位地址"),
        (UnitInput("HK-ZJJ", "某单位", UnitKind.GOVERNMENT), "code", "已被使用"),
        (UnitInput("HK-X", "海口市住房和城乡建设局", UnitKind.GOVERNMENT), "name", "HK-ZJJ"),
    ],
)
def test_refused_units_say_why(services, data, field, text) -> None:  # type: ignore[no-untyped-def]
    before = services.units_admin.all_units()
    with pytest.raises(UnitsError) as error:
        services.units_admin.add_unit(data)
    assert error.value.field == field
    assert text in error.value.message
    assert services.units_admin.all_units() == before


def test_edit_and_switch_refusals(services) -> None:  # type: ignore[no-untyped-def]
    admin = services.units_admin
    with pytest.raises(UnitsError) as error:
        admin.update_unit(UnitInput("HK-NONE", "某单位", UnitKind.GOVERNMENT))
    assert "找不到代码为“HK-NONE”的单位" in error.value.message
    with pytest.raises(UnitsError) as error:
        admin.update_unit(UnitInput("HK-RSJ", "海口市住房和城乡建设局", UnitKind.GOVERNMENT))
    assert error.value.field == "name"
    # A deactivated unit's name may be reused; switching the old one back on is refused.
    admin.set_unit_active("HK-ZJJ", False)
    admin.add_unit(UnitInput("HK-ZJJ2", "海口市住房和城乡建设局", UnitKind.GOVERNMENT))
    with pytest.raises(UnitsError) as error:
        admin.set_unit_active("HK-ZJJ", True)
    assert "HK-ZJJ2" in error.value.message
    assert admin.add_unit(UnitInput("HK-Y", "某单位", UnitKind.DISTRICT,
                                    phone="(0898) 6666 8888 转 12")).phone == \
        "(0898) 6666 8888 转 12"
