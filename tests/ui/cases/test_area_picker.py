"""问题属地 picker: towns nested under their own district, search by name or code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from desktop.settings.reference import AreaItem
from ui.cases.area_picker import CODE_ROLE, AreaPicker

# The offscreen platform cannot raise a popup or grab the keyboard for it; it says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def areas(services) -> list[AreaItem]:  # type: ignore[no-untyped-def]
    return services.reference.areas()


@pytest.fixture
def picker(qtbot, areas, keyboard):  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    widget = AreaPicker(host)
    widget.set_areas(areas)
    keyboard.show_active(host, 600, 80)
    widget.resize(560, widget.sizeHint().height())
    widget.setFocus()
    yield widget  # (yield: qtbot holds widgets weakly; `host` must live through the test)
    del host


def children(picker: AreaPicker, code: str) -> set[str]:
    item = picker._items[code]
    return {item.child(row).data(CODE_ROLE) for row in range(item.rowCount())}


def visible_codes(picker: AreaPicker) -> list[str]:
    """Codes of the rows the clerk can see in the popup (expanded parents only)."""
    tree, model = picker.popup.tree, picker.popup.proxy
    found: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append(index.data(CODE_ROLE))
            if tree.isExpanded(index):
                walk(index)

    walk(QModelIndex())
    return found


def test_towns_are_nested_under_their_own_district(picker, areas) -> None:  # type: ignore[no-untyped-def]
    towns_of = {district: {a.code for a in areas if a.parent_code == district}
                for district in ("460105", "460106", "460107", "460108")}
    for district, towns in towns_of.items():
        assert towns, district
        assert children(picker, district) == towns
    # 美兰区 holds its own towns only (the flat list showed every town under it).
    assert all(code.startswith("460108") for code in children(picker, "460108"))
    assert children(picker, "460100") == set(towns_of)


def test_the_popup_shows_districts_with_their_towns_folded(picker) -> None:  # type: ignore[no-untyped-def]
    picker.open_popup()
    assert picker.popup.isVisible()
    shown = visible_codes(picker)
    assert {"460000", "460100", "460105", "460106", "460107", "460108"} <= set(shown)
    assert "460106001" not in shown  # 中山街道 waits inside 龙华区


def test_typing_searches_and_enter_chooses(picker, keyboard, qtbot) -> None:  # type: ignore[no-untyped-def]
    keyboard.type("中山")  # an input-method commit on the field opens the search
    popup = picker.popup
    assert popup.isVisible()
    assert popup.search_edit.text() == "中山"
    shown = visible_codes(picker)
    assert "460106001" in shown  # 中山街道, with the way down to it
    assert "460106" in shown and "460105" not in shown and "460108" not in shown
    with qtbot.waitSignal(picker.area_changed) as changed:
        keyboard.press(Qt.Key.Key_Return)
    assert changed.args == ["460106001"]
    assert picker.code() == "460106001"
    assert picker.text() == "海南省 › 海口市 › 龙华区 › 中山街道"
    assert not popup.isVisible()


def test_search_by_district_shows_its_towns_and_a_district_may_be_chosen(picker) -> None:  # type: ignore[no-untyped-def]
    picker.open_popup("美兰")
    shown = visible_codes(picker)
    assert "460108" in shown
    assert any(code.startswith("460108") and len(code) > 6 for code in shown)
    assert not any(code.startswith("460106") for code in shown)
    # Enter takes the first match: the district itself.
    picker.popup.search_edit.setFocus()
    picker.popup._choose(picker.popup.tree.currentIndex())
    assert picker.code() == "460108"


def test_search_by_code_and_no_match(picker) -> None:  # type: ignore[no-untyped-def]
    picker.open_popup("460105100")
    assert "460105100" in visible_codes(picker)
    assert picker.popup.no_match.isHidden()
    picker.popup.search_edit.setText("不存在的地方")
    assert visible_codes(picker) == []
    assert not picker.popup.no_match.isHidden()


def test_reloading_keeps_the_choice_while_it_is_listed(picker, areas, qtbot) -> None:  # type: ignore[no-untyped-def]
    picker.set_code("460106")
    picker.set_areas(areas)
    assert picker.code() == "460106"
    with qtbot.waitSignal(picker.area_changed) as changed:
        picker.set_areas([a for a in areas if not a.code.startswith("460106")])
    assert changed.args == [""]
    assert picker.code() == "" and picker.text() == ""
    assert not picker.set_code("460106")
