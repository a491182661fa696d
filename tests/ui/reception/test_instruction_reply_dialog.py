"""批示督办 → 记录答复… / 记录办理结果… through the real widgets: the date stays between
the instruction's day and today, an empty text is refused at its field, the list
refreshes, and the case's 办理流程 shows the unit's reply and result."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from booking_setup import LIU_ID, add_case, booking_input, make_roster, published_session
from helpers import FakeClock
from PySide6.QtCore import QDate, Qt

from desktop.domain import StepKind
from desktop.reception.booking_domain import InstructionStatus
from desktop.reception.instructions import InstructionInput
from ui.reception.day_panel import ReceptionDayPanel
from ui.reception.instruction_reply_dialog import InstructionReplyDialog

SHOTS = os.environ.get("LAIFANG_SHOTS")
DAY = date(2026, 9, 10)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 9, 1, 1, 0, tzinfo=UTC))


def test_reply_then_result_from_the_follow_up_list_go_on_the_case(
        qtbot, services, tasks, idle, clock) -> None:  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    item = published_session(services, roster.wang, DAY)
    add_case(services, LIU_ID, "刘芳", "XF202604010001", date(2026, 4, 1), "accepted")
    booking = services.reception_bookings.book(booking_input(
        item.session_id, name="刘芳", id_number=LIU_ID, case_number="XF202604010001")).booking
    clock.now = datetime(2026, 9, 10, 1, 30, tzinfo=UTC)
    services.reception_checkin.check_in(booking.code)
    services.reception_instructions.record(InstructionInput(
        "请住建局核查噪音问题并书面答复", unit_code=services.cases.units()[0].code,
        booking_id=booking.booking_id))
    clock.now = datetime(2026, 9, 29, 1, 0, tzinfo=UTC)  # 09-29: the reply (09-28) is late

    panel = ReceptionDayPanel(services.ui_services(), tasks)
    qtbot.addWidget(panel)
    panel.resize(1366, 740)
    panel.show()
    panel.load()
    idle()
    panel.tabs.setCurrentIndex(1)
    assert panel.follow is not None and panel.follow.overdue == 1
    assert not panel.reply_button.isEnabled() and not panel.result_button.isEnabled()
    panel.follow_table.selectRow(0)
    assert panel.reply_button.isEnabled() and panel.result_button.isEnabled()
    if SHOTS:
        panel.grab().save(str(Path(SHOTS) / "follow_up_selected.png"))

    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    dialog = panel.reply_dialog
    assert isinstance(dialog, InstructionReplyDialog) and not dialog.finishes
    # Not in the future, not before the instruction: the field allows 09-10 … 09-29.
    assert dialog.date_edit.minimumDate() == QDate(2026, 9, 10)
    assert dialog.date_edit.maximumDate() == QDate(2026, 9, 29)
    assert dialog.on_date() == date(2026, 9, 29)
    dialog.date_edit.setDate(QDate(2026, 10, 5))
    assert dialog.on_date() == date(2026, 9, 29)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    idle()
    assert "请填写书面回复" in dialog.error_label.text() and dialog.isVisible()
    assert dialog.text_edit.property("invalid") in (True, "true")
    dialog.date_edit.setDate(QDate(2026, 9, 25))
    dialog.text_edit.setPlainText("已书面答复来访人，施工时间调整中")
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "instruction_reply_dialog.png"))
    saved = []
    dialog.saved.connect(saved.append)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    idle()
    assert panel.reply_dialog is None  # closed and let go
    assert [i.status for i in saved] == [InstructionStatus.REPLIED]
    assert "书面回复" in panel.follow_message.text()
    assert "XF202604010001" in panel.follow_message.text()
    assert panel.follow.items[0].status is InstructionStatus.REPLIED
    assert panel.follow.items[0].replied_on == date(2026, 9, 25)
    assert panel.follow.overdue == 0  # now it waits on the result, due 10-10

    panel.follow_table.selectRow(0)
    assert not panel.reply_button.isEnabled() and panel.result_button.isEnabled()
    qtbot.mouseClick(panel.result_button, Qt.MouseButton.LeftButton)
    result = panel.reply_dialog
    assert isinstance(result, InstructionReplyDialog) and result.finishes
    result.text_edit.setPlainText("施工时间已调整，来访人表示满意")
    qtbot.mouseClick(result.ok_button, Qt.MouseButton.LeftButton)
    idle()
    assert panel.follow.items == () and panel.follow.open == 0
    assert "已办结" in panel.follow_message.text()
    if SHOTS:
        panel.grab().save(str(Path(SHOTS) / "follow_up_after_result.png"))

    case = services.cases.case_detail("XF202604010001")
    replied = [(s.on_date, s.note) for s in case.timeline if s.kind is StepKind.UNIT_REPLIED]
    assert replied == [(date(2026, 9, 25), "书面回复：已书面答复来访人，施工时间调整中"),
                       (date(2026, 9, 29), "办理结果：施工时间已调整，来访人表示满意")]
