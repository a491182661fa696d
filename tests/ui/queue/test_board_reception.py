"""The hall board's line of leaders' reception sessions: today's and the coming week's
published sessions take turns on one line under the calls, nothing when there are none,
read at most once a minute (not with every one-second refresh)."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from helpers import make_id_number
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from reception_setup import make_roster, session_input

from desktop.domain import TicketCategory
from desktop.queue.calling import CallingService
from desktop.queue.tickets import TicketRequest
from desktop.reception.schedule import ComingSessions, ScheduleService
from ui.queue.board import RECEPTION_READ_S, BoardWindow
from ui.queue.voice_player import AnnouncementQueue, SilentPlayer
from ui.tasks import TaskRunner

WAIT_MS = 5_000
SHOTS = None  # a folder path to save the board while looking at it


class CountingSchedule:
    """The schedule service, counting how often the board reads it."""

    def __init__(self, real: ScheduleService) -> None:
        self.real = real
        self.reads = 0

    def coming(self) -> ComingSessions:
        self.reads += 1
        return self.real.coming()


@pytest.fixture
def failures() -> list[BaseException]:
    return []


@pytest.fixture
def tasks(qtbot, failures):  # type: ignore[no-untyped-def]
    runner = TaskRunner(failures.append)
    yield runner
    runner.wait_for_done()
    qtbot.wait(50)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shiboken6.delete(runner)
    gc.collect()
    assert failures == []


def open_board(qtbot, services, tasks, schedule):  # type: ignore[no-untyped-def]
    board = BoardWindow(services.ui_services().replace(reception_schedule=schedule), tasks,
                        AnnouncementQueue(SilentPlayer()))
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    qtbot.waitUntil(lambda: board.snapshot is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: schedule.reads == 1 and tasks.pending == 0, timeout=WAIT_MS)
    return board


def publish_week(services):  # type: ignore[no-untyped-def]
    """This afternoon (the clock stands at 09:00 Fri 2026-11-27) and next Wednesday."""
    roster = make_roster(services)
    reception = services.reception
    today = reception.create_session(session_input(roster.li, date(2026, 11, 27),
                                                   "14:30", "17:00", place="接访室二"))
    wednesday = reception.create_session(session_input(roster.wang, date(2026, 12, 2)))
    reception.publish([today.session_id, wednesday.session_id], confirm_short_notice=True)
    return roster


def test_nothing_published_no_line(qtbot, services, tasks) -> None:  # type: ignore[no-untyped-def]
    schedule = CountingSchedule(services.reception_schedule)
    board = open_board(qtbot, services, tasks, schedule)
    assert board.reception_sessions() == ()
    assert not board.reception_frame.isVisible()


def test_sessions_take_turns_under_the_calls(qtbot, services, clock, tasks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    publish_week(services)
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="访客一", id_number=make_id_number(seq=11, birth="19750101"),
        category=TicketCategory.REGULAR))
    CallingService(services.sessions, services.workstation, clock).call_next("2号窗口")
    schedule = CountingSchedule(services.reception_schedule)
    board = open_board(qtbot, services, tasks, schedule)
    qtbot.waitUntil(lambda: board.latest_number_label.text() == ticket.ticket_number,
                    timeout=WAIT_MS)
    assert board.reception_frame.isVisible()
    assert board.reception_caption.text() == "今日领导接访 1/2"
    line = board.reception_label.text()
    for part in ("今天 14:30–17:00", "李秀英（副市长）", "分管：劳动社保、民政", "地点：接访室二"):
        assert part in line, part

    board.next_reception()
    assert board.reception_caption.text() == "近期领导接访 2/2"
    assert board.reception_label.text().startswith("12月2日 星期三 09:00–11:30   王建国（副市长）")
    board.next_reception()
    assert board.reception_caption.text() == "今日领导接访 1/2"  # round again

    # The calls keep their room: the called number stays huge and nothing is cut off.
    QApplication.processEvents()
    number = board.latest_number_label
    assert number.font().pixelSize() >= 200
    assert number.fontMetrics().horizontalAdvance(number.text()) <= number.width()
    label = board.reception_label
    assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= label.width()
    assert label.shown_text() == label.text()  # fits whole at 1920×1080
    image = board.grab()
    assert image.save(str(tmp_path / "board.png"))
    if SHOTS:
        image.save(f"{SHOTS}/board_reception_1920.png")

    # A 1366×768 screen: everything smaller, the called number still whole.
    board.resize(1366, 768)
    qtbot.wait(300)
    assert number.fontMetrics().horizontalAdvance(number.text()) <= number.width()
    assert number.font().pixelSize() >= 150
    assert label.shown_text() == label.text()
    if SHOTS:
        board.grab().save(f"{SHOTS}/board_reception_1366.png")


def test_read_once_a_minute_not_every_second(qtbot, services, tasks) -> None:  # type: ignore[no-untyped-def]
    schedule = CountingSchedule(services.reception_schedule)
    board = open_board(qtbot, services, tasks, schedule)
    assert not board.reception_frame.isVisible()
    qtbot.wait(2_500)  # two or three board refreshes
    assert schedule.reads == 1

    publish_week(services)  # shows once the minute is up
    assert board._coming_read_at is not None
    board._coming_read_at -= RECEPTION_READ_S
    qtbot.waitUntil(lambda: schedule.reads == 2, timeout=WAIT_MS)
    qtbot.waitUntil(board.reception_frame.isVisible, timeout=WAIT_MS)
    assert [s.leader_name for s in board.reception_sessions()] == ["李秀英", "王建国"]
