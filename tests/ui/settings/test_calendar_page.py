"""法定节假日 page: a year's schedule on the grid, a day entered by clicking and typing
(the open cases' deadlines recounted and the count said), a refused entry in red, an
unknown year warned in amber until it is marked entered."""

from __future__ import annotations

from datetime import date

import pytest
from old_cases import old_case
from PySide6.QtCore import QDate, Qt

from db.models import Visit
from desktop.domain import CaseStatus, Route
from ui.settings.calendar_page import CalendarPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, services, tasks, idle):  # type: ignore[no-untyped-def]
    widget = CalendarPage(services.calendar_admin, tasks)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(2026)
    idle()
    return widget


def click_day(qtbot, page: CalendarPage, day: date) -> None:  # type: ignore[no-untyped-def]
    rect = page.grid.cell_of(day)
    assert rect is not None
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_holiday_entered_on_the_grid_moves_a_saved_deadline(  # type: ignore[no-untyped-def]
    page, services, qtbot, keyboard, idle
) -> None:
    case = old_case(services, Route.TRANSFERRED, date(2026, 11, 27), CaseStatus.ACCEPTED, 11)
    services.calendar_admin.recount_uncounted()
    assert page.year_spin.value() == 2026
    assert "国务院办公厅" in page.status_label.text()
    assert page.warning_label.isHidden()
    assert "国庆节：10月1日–10月7日 放假，9月20日、10月10日 上班" in page.schedule_label.text()
    assert page.grid.kind_of(date(2026, 10, 1)) == "rest"
    assert page.grid.kind_of(date(2026, 9, 20)) == "make_up"
    assert "国庆节" in page.grid.tip_for(date(2026, 10, 1))
    assert not page.mark_button.isEnabled()  # a published year needs no mark

    click_day(qtbot, page, date(2026, 12, 14))
    assert page.day_edit.date() == QDate(2026, 12, 14)
    assert page.kind_combo.currentText() == "休息日"  # a working day: the useful entry
    page.note_edit.setFocus()
    qtbot.waitUntil(page.note_edit.hasFocus)
    keyboard.type("地方假日")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    idle()
    assert "已保存 2026-12-14。1 件未办结信访事项的期限随之重新计算。" in \
        page.feedback.ok_label.text()
    assert page.table.rowCount() == 1
    assert [page.table.item(0, c).text() for c in range(3)] == ["2026-12-14", "休息日",
                                                                  "地方假日"]
    assert page.grid.kind_of(date(2026, 12, 14)) == "rest"
    with services.sessions() as session:
        assert session.get(Visit, case).accept_notice_due == date(2026, 12, 15)

    page.table.selectRow(0)
    assert page.note_edit.text() == "地方假日"
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    idle()
    assert page.table.rowCount() == 0
    assert "已删除 2026-12-14 的录入" in page.feedback.ok_label.text()
    with services.sessions() as session:
        assert session.get(Visit, case).accept_notice_due == date(2026, 12, 14)


def test_an_entry_that_changes_nothing_is_refused_in_red(page, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    click_day(qtbot, page, date(2026, 10, 1))
    assert page.kind_combo.currentText() == "调休上班日"
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(False))  # 休息日: as it is
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    idle()
    assert "已是休息日，录入为休息日不会改变任何期限" in page.feedback.error_text()
    assert page.table.rowCount() == 0


def test_an_unknown_year_is_amber_until_marked_entered(page, services, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    page.year_spin.setValue(2030)
    idle()
    assert page.warning_label.isVisibleTo(page)
    assert page.warning_label.objectName() == "warningLabel"
    warning = page.warning_label.text()
    assert "还没有 2030 年的国务院节假日安排（目前内置到 2026 年）" in warning
    assert "“调休上班日”" in warning and "标记为已录入全年节假日" in warning
    assert "程序里没有这一年的安排" in page.schedule_label.text()
    assert page.mark_button.isEnabled()
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    idle()
    assert page.warning_label.isHidden()
    assert "已由 测试前台 录入全年节假日" in page.status_label.text()
    assert page.mark_button.text() == "撤销“已录入”标记"
    assert services.calendar_admin.year(2030).entered
    assert not services.calendar_admin.due_date(date(2030, 9, 23), days=8).estimated
