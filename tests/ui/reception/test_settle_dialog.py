"""处理预约 through the real widgets: cancelling or moving a session with bookings asks
for a decision per booking, refuses to go on until each has one, then lists the
visitors to tell with their phones and an 已通知 tick."""

from __future__ import annotations

from datetime import date

from booking_setup import booking_input, make_roster, published_session
from helpers import make_id_number
from PySide6.QtCore import Qt, QTime

from desktop.reception.booking_domain import BookingStatus
from desktop.reception.domain import SessionStatus
from ui.reception.choices import qdate
from ui.reception.reception_page import ReceptionPage
from ui.reception.session_dialog import SessionDialog
from ui.reception.settle_dialog import SettleDialog

SHOTS = None  # set to a folder path to save screenshots while looking at the dialog
DAY = date(2026, 12, 3)
PEOPLE = (("张海", 215), ("刘芳", 338), ("王磊", 417))


def booked_page(qtbot, services, tasks, idle):  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    held = published_session(services, roster.wang, DAY)
    later = published_session(services, roster.wang, date(2026, 12, 10), capacity=1)
    for index, (name, seq) in enumerate(PEOPLE):
        services.reception_bookings.book(booking_input(
            held.session_id, name=name, phone=f"1380000000{index}",
            id_number=make_id_number(area="460106", birth="19700302", seq=seq)))
    page = ReceptionPage(services.ui_services(), tasks)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)
    idle()
    page.calendar.setSelectedDate(qdate(DAY))
    idle()
    page.select_session(held.session_id)
    assert page.selected_session() is not None
    return page, held, later


def test_cancelling_a_booked_session_decides_each_booking_then_lists_whom_to_tell(
        qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    page, held, later = booked_page(qtbot, services, tasks, idle)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    idle()
    dialog = page.settle_dialog
    assert isinstance(dialog, SettleDialog) and dialog.isVisible()
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 1).text() == "张海"
    assert dialog.table.item(0, 2).text() == "4601**********" + make_id_number(
        area="460106", birth="19700302", seq=215)[-4:]
    assert "3 个预约" in dialog.intro.text()
    targets = [dialog.combo(0).itemText(i) for i in range(dialog.combo(0).count())]
    assert targets[:2] == ["请选择…", "取消预约并通知"]
    assert len(targets) == 3 and "12-10" in targets[2] and "余 1 位" in targets[2]

    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    idle()
    assert "还有 3 个预约没有选择改约还是取消" in dialog.error_label.text()
    dialog.choose(0, later.session_id)
    dialog.choose(1, later.session_id)
    dialog.choose(2, None)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    idle()
    assert "超过余位 1 个" in dialog.error_label.text()
    dialog.choose(1, None)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    idle()
    assert "请填写原因" in dialog.error_label.text()
    assert dialog.pages.currentIndex() == 0
    assert services.reception.session_detail(held.session_id).session.bookings == 3

    dialog.reason_edit.setText("接访领导临时有公务")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    idle()
    assert dialog.pages.currentIndex() == 1
    told = [[dialog.notify_table.item(r, c).text() for c in range(4)]
            for r in range(dialog.notify_table.rowCount())]
    assert [row[0] for row in told] == ["张海", "刘芳", "王磊"]
    assert told[0][2] == "13800000000" and "*" in told[0][1]
    assert "改到 2026-12-10" in told[0][3] and "预约已取消" in told[1][3]
    assert services.reception.session_detail(held.session_id).session.status \
        is SessionStatus.CANCELLED
    moved = services.reception_bookings.session_bookings(later.session_id)
    assert [(b.name, b.status) for b in moved] == [("张海", BookingStatus.BOOKED)]
    if SHOTS:
        dialog.grab().save(f"{SHOTS}/settle_dialog.png")

    dialog.tick(0).setChecked(True)
    idle()
    assert not dialog.tick(0).isEnabled()
    assert [p.name for p in services.reception_bookings.to_notify()] == ["刘芳", "王磊"]


def test_moving_a_booked_session_settles_its_bookings_and_saves_the_move(
        qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    page, held, _later = booked_page(qtbot, services, tasks, idle)
    edit = page.edit_selected()
    assert isinstance(edit, SessionDialog)
    edit.start_edit.setTime(QTime(14, 30))
    edit.end_edit.setTime(QTime(17, 0))
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    idle()
    dialog = page.settle_dialog
    assert isinstance(dialog, SettleDialog) and dialog.isVisible()
    assert "已有 3 人预约" in edit.error_label.text()
    assert "改期这场接访" in dialog.intro.text()
    dialog.cancel_all()
    dialog.reason_edit.setText("接访时间调整到下午")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    idle()
    assert dialog.pages.currentIndex() == 1 and dialog.notify_table.rowCount() == 3
    assert not edit.isVisible()  # saved again once the bookings were settled
    item = services.reception.session_detail(held.session_id).session
    assert (item.start.hour, item.status, item.bookings) == (14, SessionStatus.PUBLISHED, 0)
