"""The main window says from the start which of the centre's details receipts still need,
and the line goes once they are saved in 系统设置."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.config import TerminalConfig
from ui.errors import ErrorReporter
from ui.main_window import MainWindow
from ui.settings.centre_details_line import CentreDetailsLine

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_window(qtbot, services, tasks, idle) -> MainWindow:  # type: ignore[no-untyped-def]
    holder: list[MainWindow] = []
    reporter = ErrorReporter(None, lambda: holder[0] if holder else None)
    window = MainWindow(services, tasks, reporter, TerminalConfig(auto_print_ticket=False))
    holder.append(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    idle()
    return window


def test_missing_details_are_shown_at_start_until_saved(  # type: ignore[no-untyped-def]
    qtbot, services, tasks, idle
) -> None:
    services.settings.update({"centre_address": "", "centre_phone": ""})  # a fresh centre
    window = open_window(qtbot, services, tasks, idle)
    line = window.centre_details_line
    assert isinstance(line, CentreDetailsLine)
    assert line.isVisible()
    assert line.text() == "中心信息未填写：地址、联系电话 — 工具 → 系统设置"
    assert line.missing == ("centre_address", "centre_phone")

    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    idle()
    page = dialog.centre_page
    assert page.address_edit.text() == page.phone_edit.text() == ""
    page.address_edit.setText("海口市美兰区海府路 1 号")
    dialog.save()
    idle()
    assert line.text() == "中心信息未填写：联系电话 — 工具 → 系统设置"
    page.phone_edit.setText("0898-66668888")
    dialog.save()
    idle()
    assert not line.isVisible()
    assert line.missing == ()
    dialog.reject()


def test_no_line_when_the_details_are_filled_in(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, services, tasks, idle)
    assert not window.centre_details_line.isVisible()
    assert window.centre_details_line.text() == ""


def test_saving_the_dialog_is_one_service_call(  # type: ignore[no-untyped-def]
    qtbot, services, tasks, idle, monkeypatch
) -> None:
    """保存设置 hands 中心信息, 时限 and 叫号 to SettingsService.update at once (one
    transaction: all or nothing), not one call per page."""
    window = open_window(qtbot, services, tasks, idle)
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    idle()
    calls: list[dict[str, object]] = []
    update = services.settings.update

    def spy(changes):  # type: ignore[no-untyped-def]
        calls.append(dict(changes))
        return update(changes)

    monkeypatch.setattr(services.settings, "update", spy)
    dialog.centre_page.name_edit.setText("琼山区人民来访接待中心")
    dialog.limits_page.handling_spin.setValue(45)
    dialog.calling_page.recall_spin.setValue(5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle()
    assert len(calls) == 1
    assert (calls[0]["centre_name"], calls[0]["handling_days"],
            calls[0]["calling_recall_limit"]) == ("琼山区人民来访接待中心", 45, 5)
    saved = services.settings.snapshot()
    assert (saved.centre_name, saved.handling_days, saved.calling_recall_limit) == (
        "琼山区人民来访接待中心", 45, 5)
    dialog.reject()
