"""承办单位 page: a unit added by typing, corrected, moved and switched off; a refused
value is shown in red at its input and nothing is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.domain import UnitKind
from ui.settings.units_page import UnitsPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot, services, tasks, idle, keyboard):  # type: ignore[no-untyped-def]
    widget = UnitsPage(services.units_admin, tasks)
    qtbot.addWidget(widget)
    keyboard.show_active(widget, 1300, 700)
    widget.load()
    idle()
    return widget


def type_into(qtbot, keyboard, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    keyboard.press(Qt.Key.Key_A, Ctrl)
    keyboard.type(text)


def test_add_correct_move_and_switch_off(page, services, qtbot, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    assert page.table.rowCount() == len(services.units_admin.all_units())
    assert page.table.item(0, 1).text() == "海口市住房和城乡建设局"
    assert page.table.item(0, 2).text() == "政府部门"
    assert page.add_button.isEnabled() and not page.update_button.isEnabled()

    type_into(qtbot, keyboard, page.code_edit, "HK-YJJ")
    type_into(qtbot, keyboard, page.name_edit, "海口市应急管理局")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(UnitKind.GOVERNMENT.value))
    type_into(qtbot, keyboard, page.phone_edit, "0898-66660000")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    idle()
    assert "已新增承办单位“海口市应急管理局”（代码 HK-YJJ）" in page.feedback.ok_label.text()
    added = services.units_admin.all_units()[-1]
    assert (added.code, added.name, added.phone) == ("HK-YJJ", "海口市应急管理局",
                                                     "0898-66660000")
    assert page.selected_code() == "HK-YJJ"
    assert page.code_edit.isReadOnly()

    type_into(qtbot, keyboard, page.address_edit, "海口市龙华区滨海大道 1 号")
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    idle()
    assert services.units_admin.all_units()[-1].address == "海口市龙华区滨海大道 1 号"
    assert "已保存“海口市应急管理局”的修改" in page.feedback.ok_label.text()

    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    idle()
    codes = [unit.code for unit in services.units_admin.all_units()]
    assert codes[-2:] == ["HK-YJJ", "HK-XZFY"]
    assert page.selected_code() == "HK-YJJ"

    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    idle()
    assert not next(u for u in services.units_admin.all_units() if u.code == "HK-YJJ").active
    assert page.toggle_button.text() == "启用"
    row = codes.index("HK-YJJ")
    assert page.table.item(row, 5).text() == "已停用"


def test_a_refused_phone_is_marked_and_nothing_saved(page, services, qtbot, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    before = services.units_admin.all_units()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, keyboard, page.code_edit, "HK-X")
    type_into(qtbot, keyboard, page.name_edit, "某单位")
    type_into(qtbot, keyboard, page.phone_edit, "电话")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    idle()
    assert "联系电话只能有数字" in page.feedback.error_text()
    assert page.phone_edit.hasFocus()
    assert page.phone_edit.property("invalid") in (True, "true")
    assert services.units_admin.all_units() == before
    assert page.name_edit.text() == "某单位"  # nothing typed is lost
