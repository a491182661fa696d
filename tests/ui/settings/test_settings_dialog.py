"""系统设置: editing the centre's settings, calling, windows, categories and areas by typing
into the real widgets; refused input is shown in red and kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from desktop.config import TerminalConfig
from desktop.domain import TicketCategory
from ui.app import ErrorReporter
from ui.main_window import MainWindow
from ui.settings.dialog import SettingsDialog

Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier
# The offscreen platform says this whenever a shown window's size limits change.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot, services, tasks, idle):  # type: ignore[no-untyped-def]
    dlg = SettingsDialog(services.settings, services.reference, services.windows, tasks)
    qtbot.addWidget(dlg)
    dlg.load()
    dlg.open()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    idle()
    assert dlg.is_loaded()
    return dlg


def retype(qtbot, keyboard, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Put the cursor in `widget`, select what is there and type over it."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    keyboard.press(Key.Key_A, Ctrl)
    keyboard.type(text)


def test_edit_centre_name_time_limit_and_add_a_category(  # type: ignore[no-untyped-def]
    dialog, services, qtbot, keyboard, idle
) -> None:
    centre, limits = dialog.centre_page, dialog.limits_page
    assert dialog.windowTitle() == "系统设置"
    assert centre.name_edit.text() == "海口市人民来访接待中心"
    assert limits.handling_spin.value() == 60
    assert "法定 60 天" in limits.handling_hint.text()
    assert "15" in limits.accept_hint.text() and "30" in limits.extension_hint.text()
    assert dialog.has_unsaved_changes() is False

    retype(qtbot, keyboard, centre.name_edit, "海口市人民来访接待中心（新址）")
    dialog.tabs.setCurrentWidget(limits)
    retype(qtbot, keyboard, limits.handling_spin, "45")
    assert dialog.has_unsaved_changes()

    page = dialog.category_page
    dialog.tabs.setCurrentWidget(page)
    retype(qtbot, keyboard, page.code_edit, "18")
    keyboard.press(Key.Key_Return)
    assert keyboard.focused() is page.name_edit
    keyboard.type("应急管理")
    keyboard.press(Key.Key_Return)  # 新增
    idle()
    assert services.reference.content_categories()[-1].code == "18"
    assert services.reference.content_categories()[-1].name == "应急管理"
    assert page.selected_code() == "18"
    assert "已新增内容分类“应急管理”" in page.feedback.ok_label.text()
    assert page.code_edit.text() == page.name_edit.text() == ""
    # The centre's fields were not touched by the category action.
    assert services.settings.snapshot().centre_name == "海口市人民来访接待中心"

    with qtbot.waitSignal(dialog.settings_saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle()
    settings = services.settings.snapshot()
    assert settings.centre_name == "海口市人民来访接待中心（新址）"
    assert settings.handling_days == 45
    assert saved.args[0] == settings
    assert "设置已保存" in dialog.feedback.ok_label.text()
    assert dialog.has_unsaved_changes() is False


def test_refused_value_is_shown_in_red_and_kept(dialog, services, qtbot, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    centre = dialog.centre_page
    retype(qtbot, keyboard, centre.prefix_edit, "X1")
    retype(qtbot, keyboard, centre.name_edit, "新的中心名称")
    dialog.tabs.setCurrentIndex(1)  # the user has moved on to another page
    dialog.save()
    idle()
    assert dialog.tabs.currentWidget() is centre  # back to the page with the problem
    assert "信访件编号前缀应为 1 到 4 个英文字母" in dialog.feedback.error_text()
    assert keyboard.focused() is centre.prefix_edit
    assert centre.prefix_edit.property("invalid") is True
    assert centre.prefix_edit.text() == "X1"
    assert centre.name_edit.text() == "新的中心名称"
    # Nothing was saved: one bad value stops the whole save.
    assert services.settings.snapshot().centre_name == "海口市人民来访接待中心"

    retype(qtbot, keyboard, centre.prefix_edit, "hk")
    dialog.save()
    idle()
    assert dialog.feedback.error_text() == ""
    assert centre.prefix_edit.property("invalid") is False
    assert centre.prefix_edit.text() == "HK"  # shown as stored
    assert services.settings.snapshot().case_number_prefix == "HK"
    assert services.settings.snapshot().centre_name == "新的中心名称"


def test_empty_name_puts_the_cursor_on_it(dialog, services, qtbot, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    retype(qtbot, keyboard, dialog.centre_page.name_edit, " ")
    dialog.tabs.setCurrentIndex(2)
    dialog.save()
    idle()
    assert dialog.tabs.currentIndex() == 0
    assert "请填写中心名称" in dialog.feedback.error_text()
    assert keyboard.focused() is dialog.centre_page.name_edit


def test_calling_options_are_saved(dialog, services, qtbot, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    page = dialog.calling_page
    dialog.tabs.setCurrentWidget(page)
    assert page.recall_spin.value() == 3
    retype(qtbot, keyboard, page.recall_spin, "5")
    page.voice_check.setFocus()
    qtbot.waitUntil(page.voice_check.hasFocus)
    keyboard.press(Key.Key_Space)
    assert not page.voice_check.isChecked()
    with qtbot.waitSignal(dialog.settings_saved, timeout=5000):
        dialog.save()
    idle()
    settings = services.settings.snapshot()
    assert (settings.calling_recall_limit, settings.board_voice_enabled) == (5, False)


def test_windows_edit_and_add_keep_the_builtin_ones(  # type: ignore[no-untyped-def]
    dialog, services, qtbot, keyboard, idle
) -> None:
    page = dialog.windows_page
    dialog.tabs.setCurrentWidget(page)
    assert page.table.rowCount() == 6  # 1号窗口 … 6号窗口, not yet stored
    page.table.selectRow(2)
    assert page.number_spin.value() == 3
    assert page.window_name_edit.text() == "3号窗口"
    qtbot.mouseClick(page.category_checks[TicketCategory.PRIORITY], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_window_button, Qt.MouseButton.LeftButton)
    idle()
    windows = services.windows.list_windows()
    assert [w.number for w in windows] == [1, 2, 3, 4, 5, 6]  # none vanished
    assert windows[2].categories == (TicketCategory.PRIORITY,)
    assert "优先" in page.table.item(2, 2).text()

    qtbot.mouseClick(page.new_window_button, Qt.MouseButton.LeftButton)
    assert page.number_spin.value() == 7
    assert keyboard.focused() is page.window_name_edit
    keyboard.type("1号窗口")
    keyboard.press(Key.Key_Return)
    assert "两个窗口不能同名" in page.feedback.error_text()
    assert page.window_name_edit.text() == "1号窗口"
    assert len(services.windows.list_windows()) == 6

    retype(qtbot, keyboard, page.window_name_edit, "综合窗口")
    keyboard.press(Key.Key_Return)
    idle()
    assert [(w.number, w.name) for w in services.windows.list_windows()][-1] == (7, "综合窗口")
    assert page.table.rowCount() == 7


def test_category_errors_and_deactivation(dialog, services, qtbot, keyboard, idle) -> None:  # type: ignore[no-untyped-def]
    page = dialog.category_page
    dialog.tabs.setCurrentWidget(page)
    retype(qtbot, keyboard, page.code_edit, "01")
    retype(qtbot, keyboard, page.name_edit, "新分类")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    idle()
    assert "已被使用" in page.feedback.error_text()
    assert keyboard.focused() is page.code_edit
    assert (page.code_edit.text(), page.name_edit.text()) == ("01", "新分类")

    page.select_code("05")
    assert page.rename_edit.text() == "政法"
    assert page.toggle_button.text() == "停用"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    idle()
    assert "05" not in [c.code for c in services.reference.content_categories()]
    assert page.selected_code() == "05"
    assert page.table.item(4, 2).text() == "已停用"
    assert page.toggle_button.text() == "启用"
    assert "已停用“政法”" in page.feedback.ok_label.text()

    retype(qtbot, keyboard, page.rename_edit, "政法综治")
    keyboard.press(Key.Key_Return)
    idle()
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    idle()
    [item] = [c for c in services.reference.content_categories() if c.code == "05"]
    assert item.name == "政法综治"


def test_add_a_town_under_the_selected_district(  # type: ignore[no-untyped-def]
    dialog, services, qtbot, keyboard, idle
) -> None:
    page = dialog.area_page
    dialog.tabs.setCurrentWidget(page)
    page.select_code("460105")
    assert page.parent_combo.currentData() == "460105"
    retype(qtbot, keyboard, page.code_edit, "4601")
    keyboard.press(Key.Key_Return)
    keyboard.type("新海镇")
    keyboard.press(Key.Key_Return)
    idle()
    assert "6 到 12 位数字" in page.feedback.error_text()
    assert keyboard.focused() is page.code_edit
    assert page.name_edit.text() == "新海镇"

    retype(qtbot, keyboard, page.code_edit, "460105106")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    idle()
    [town] = [a for a in services.reference.areas() if a.code == "460105106"]
    assert (town.name, town.parent_code, town.level) == ("新海镇", "460105", 4)
    assert page.parent_combo.currentData() == "460105"  # ready for the next town
    assert page.selected_code() == "460105106"

    page.select_code("460107")
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    idle()
    assert not [a for a in services.reference.areas() if a.code.startswith("460107")]
    assert "下级 11 个属地" in page.feedback.ok_label.text()
    assert page.toggle_button.text() == "启用"


def test_closing_with_unsaved_changes_asks_first(dialog, qtbot, keyboard) -> None:  # type: ignore[no-untyped-def]
    phone_edit = dialog.centre_page.phone_edit
    retype(qtbot, keyboard, phone_edit, "12345")
    dialog.reject()
    box = dialog.question
    assert isinstance(box, QMessageBox)
    keep = next(b for b in box.buttons() if b.text() == "返回继续编辑")
    keep.click()
    qtbot.waitUntil(lambda: dialog.question is None)
    assert dialog.isVisible()
    assert phone_edit.text() == "12345"

    dialog.reject()
    discard = next(b for b in dialog.question.buttons() if b.text() == "放弃修改")
    discard.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert phone_edit.text() == "0898-66668888"  # as stored (tests/conftest.py)


def test_main_window_menu_opens_settings_and_title_follows(  # type: ignore[no-untyped-def]
    qtbot, services, tasks, idle, keyboard
) -> None:
    holder: list[MainWindow] = []
    reporter = ErrorReporter(None, lambda: holder[0] if holder else None)
    window = MainWindow(services, tasks, reporter, TerminalConfig(auto_print_ticket=False))
    holder.append(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    idle()
    [tools] = [a.menu() for a in window.menuBar().actions() if a.text() == "工具(&T)"]
    assert isinstance(tools, QMenu)
    [action] = [a for a in tools.actions() if a.text() == "系统设置…"]
    action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    idle()
    assert dialog.isVisible() and dialog.is_loaded()
    dialog.centre_page.name_edit.setText("琼山区人民来访接待中心")
    dialog.save()
    idle()
    assert window.windowTitle() == "来访接待台 — 琼山区人民来访接待中心 — 终端 FRONT-1"
    dialog.reject()
    assert not dialog.isVisible()
    # Opened again, it reads afresh (and is the same dialog).
    assert window.open_settings() is dialog
    idle()
    assert dialog.centre_page.name_edit.text() == "琼山区人民来访接待中心"
    dialog.reject()
