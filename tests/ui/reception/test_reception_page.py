"""领导接访 page through the real widgets: plan a session in the form, publish it (with
the short-notice confirmation), preview a rule, and look at the month and week views."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from reception_setup import make_roster, session_input

from desktop.reception.domain import SessionStatus
from ui.reception.choices import qdate
from ui.reception.reception_page import PUBLISHED_BACKGROUND, ReceptionPage
from ui.reception.rule_dialog import RuleDialog
from ui.reception.session_dialog import SessionDialog

SHOTS = None  # set to a folder path to save screenshots while looking at the page


def open_page(qtbot, services, tasks, idle) -> ReceptionPage:  # type: ignore[no-untyped-def]
    page = ReceptionPage(services.ui_services(), tasks)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)
    idle()
    return page


def test_plan_a_session_in_the_form_and_publish_it(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    make_roster(services)
    page = open_page(qtbot, services, tasks, idle)
    # The clock stands at 09:00 Friday 2026-11-27: plan this afternoon, 0 days ahead.
    page.calendar.setSelectedDate(qdate(date(2026, 11, 27)))
    dialog = page.new_session()
    assert isinstance(dialog, SessionDialog)
    dialog.leader_combo.setCurrentIndex(dialog.leader_combo.findText("李秀英（副市长）"))
    dialog.place_edit.setText("接访室二")
    dialog.start_edit.setTime(QTime(14, 30))
    dialog.end_edit.setTime(QTime(17, 0))
    dialog.capacity_spin.setValue(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle()
    assert dialog.isVisible()
    assert "可接待人数" in dialog.error_label.text()
    dialog.capacity_spin.setValue(8)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle()
    assert not dialog.isVisible()
    planned = services.reception.list_sessions(date(2026, 11, 27), date(2026, 11, 27))
    assert [(i.leader_name, i.place, i.capacity, i.status) for i in planned] == [
        ("李秀英", "接访室二", 8, SessionStatus.DRAFT)]
    assert "[草稿]" in page.week.item(0, 4).text()
    assert page.publish_button.isEnabled() and not page.unpublish_button.isEnabled()

    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    idle()
    box = page.question
    assert isinstance(box, QMessageBox)
    assert "只有 0 天" in box.text() and "至少提前 3 天" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    idle()
    item = services.reception.list_sessions(date(2026, 11, 27), date(2026, 11, 27))[0]
    assert item.status is SessionStatus.PUBLISHED
    cell = page.week.item(0, 4)
    assert "[已发布]" in cell.text()
    assert cell.background().color() == PUBLISHED_BACKGROUND
    assert page.calendar.dateTextFormat(qdate(date(2026, 11, 27))).font().bold()
    assert page.unpublish_button.isEnabled() and not page.publish_button.isEnabled()
    if SHOTS:
        page.grab().save(f"{SHOTS}/reception_page.png")


def test_a_rule_is_previewed_before_it_is_saved(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    make_roster(services)
    page = open_page(qtbot, services, tasks, idle)
    page.calendar.setSelectedDate(qdate(date(2026, 12, 1)))
    dialog = page.new_rule()
    assert isinstance(dialog, RuleDialog)
    dialog.resize(1300, 620)
    dialog.pattern_combo.setCurrentIndex(dialog.pattern_combo.findData("monthly_weekday"))
    dialog.first_edit.setDate(qdate(date(2026, 12, 1)))
    dialog.last_edit.setDate(qdate(date(2027, 2, 28)))
    for row in (0, 1):
        dialog.leader_list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.place_edit.setText("接访室一")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    idle()
    rows = [[dialog.table.item(r, c).text() for c in range(3)]
            for r in range(dialog.table.rowCount())]
    assert rows == [["2026-12-02", "2026-12-02", "王建国"], ["2027-01-06", "2027-01-06", "李秀英"],
                    ["2027-02-03", "2027-02-03", "王建国"]]
    assert services.reception.list_sessions(date(2026, 12, 1), date(2027, 2, 28)) == ()
    if SHOTS:
        dialog.grab().save(f"{SHOTS}/rule_dialog.png")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    idle()
    saved = services.reception.list_sessions(date(2026, 12, 1), date(2027, 2, 28))
    assert [(i.day, i.leader_name) for i in saved] == [
        (date(2026, 12, 2), "王建国"), (date(2027, 1, 6), "李秀英"), (date(2027, 2, 3), "王建国")]
    assert "王建国" in page.week.item(0, 2).text()


def test_every_button_says_what_it_does_and_has_a_key(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, services, tasks, idle)
    buttons = (page.new_button, page.rule_button, page.edit_button, page.publish_button,
               page.unpublish_button, page.cancel_button, page.roster_button, page.pdf_button,
               page.excel_button, page.ics_button)
    keys = []
    for button in buttons:
        assert button.toolTip(), button.text()
        key = button.shortcut().toString()
        assert key.startswith("Alt+"), button.text()
        assert f"（{key}" in button.toolTip(), button.text()
        keys.append(key)
    assert len(set(keys)) == len(keys)  # no letter twice


def test_enter_in_the_week_opens_the_selected_session(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    services.reception.create_session(session_input(roster.li, date(2026, 12, 2)))
    page = open_page(qtbot, services, tasks, idle)
    page.activateWindow()
    page.calendar.setSelectedDate(qdate(date(2026, 12, 2)))
    idle()
    assert "李秀英" in page.week.item(0, 2).text()
    page.week.setFocus()
    qtbot.waitUntil(page.week.hasFocus)
    qtbot.keyClick(page.week, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "修改接访"
    assert dialog.leader_combo.currentText() == "李秀英（副市长）"
    dialog.reject()


def test_the_notice_without_the_centre_phone_says_where_to_fill_it_in(  # type: ignore[no-untyped-def]
    qtbot, services, tasks, idle, tmp_path
) -> None:
    services.settings.update({"centre_phone": ""})
    page = open_page(qtbot, services, tasks, idle)
    page.export_to(str(tmp_path / "日程.pdf"), date(2026, 12, 1))
    idle()
    assert page.error_label.isVisible()
    text = page.error_label.text()
    assert "联系电话" in text and "系统设置 → 中心信息" in text
    assert not (tmp_path / "日程.pdf").exists()
