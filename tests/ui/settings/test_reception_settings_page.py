"""系统设置 → 领导接访: the publish days, the booking cut-off and the booking rules typed
into the real widgets, checked at the field and saved with 保存设置 in one call."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget

from desktop.settings import registry
from ui.settings.dialog import SettingsDialog
from ui.settings.reception_page import ReceptionSettingsPage

Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = None  # a folder path to save the page while looking at it


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
    dlg.tabs.setCurrentWidget(dlg.reception_page)
    return dlg


def retype(qtbot, keyboard, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    keyboard.press(Key.Key_A, Ctrl)
    keyboard.type(text)


def test_the_page_shows_the_stored_values_and_saves_all_three(  # type: ignore[no-untyped-def]
    dialog, services, qtbot, keyboard, idle
) -> None:
    page: ReceptionSettingsPage = dialog.reception_page
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "领导接访"
    assert page.publish_spin.value() == 3
    assert page.cutoff_edit.time() == QTime(17, 0)
    assert page.rules_edit.toPlainText().startswith("来访群众请于接访日前一个工作日 17:00 前预约")
    assert page.rules_count.text().endswith(f"/ {registry.RECEPTION_BOOKING_RULES.max_length} 字")
    assert (page.publish_spin.minimum(), page.publish_spin.maximum()) == (0, 30)

    retype(qtbot, keyboard, page.publish_spin, "5")
    page.cutoff_edit.setFocus()
    qtbot.waitUntil(page.cutoff_edit.hasFocus)
    keyboard.type("1630")  # the hour is selected; typing it out moves on to the minutes
    retype(qtbot, keyboard, page.rules_edit, "请提前一个工作日预约。")
    assert page.rules_count.text() == "11 / 600 字"
    assert dialog.has_unsaved_changes()
    if SHOTS:
        dialog.resize(1000, 640)
        dialog.grab().save(f"{SHOTS}/settings_reception.png")

    with qtbot.waitSignal(dialog.settings_saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle()
    stored = services.settings.snapshot()
    assert (stored.reception_publish_days, stored.reception_booking_cutoff,
            stored.reception_booking_rules) == (5, "16:30", "请提前一个工作日预约。")
    assert dialog.has_unsaved_changes() is False
    assert "设置已保存" in dialog.feedback.ok_label.text()


def test_a_publish_window_beyond_the_range_cannot_be_typed(dialog, qtbot, keyboard) -> None:  # type: ignore[no-untyped-def]
    page = dialog.reception_page
    retype(qtbot, keyboard, page.publish_spin, "45")
    # The spin box takes "4" and refuses the "5" that would make 45 (range 0–30).
    assert page.publish_spin.value() == 4


def test_too_long_rules_turn_red_as_typed_and_are_refused_at_the_field(  # type: ignore[no-untyped-def]
    dialog, services, qtbot, keyboard, idle
) -> None:
    page = dialog.reception_page
    retype(qtbot, keyboard, page.publish_spin, "7")
    retype(qtbot, keyboard, page.rules_edit, "须" * 601)
    assert page.rules_count.text() == "601 / 600 字，超出 1 字，请删减"
    assert page.rules_count.objectName() == "errorLabel"
    assert page.rules_edit.property("invalid") is True

    dialog.tabs.setCurrentIndex(0)  # moved on before saving
    dialog.save()
    idle()
    assert dialog.tabs.currentWidget() is page  # back to the page with the problem
    assert "600" in dialog.feedback.error_text()
    assert keyboard.focused() is page.rules_edit
    # All or nothing: the good publish days were not saved either.
    assert services.settings.snapshot().reception_publish_days == 3
    assert page.rules_edit.toPlainText() == "须" * 601  # nothing typed is lost

    retype(qtbot, keyboard, page.rules_edit, "须" * 600)
    assert page.rules_count.objectName() == "hintLabel"
    dialog.save()
    idle()
    assert dialog.feedback.error_text() == ""
    assert services.settings.snapshot().reception_publish_days == 7


def test_a_bad_stored_cutoff_shows_the_default_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = ReceptionSettingsPage()
    qtbot.addWidget(page)
    page.fill(registry.settings_from({"reception_booking_cutoff": "25:99"}))
    # The registry keeps the text; the page shows the default rather than crashing.
    assert page.cutoff_edit.time() == QTime(17, 0)
    assert page.values()["reception_booking_cutoff"] == "17:00"
