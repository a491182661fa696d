"""Clerk windows and the hall board driven together against one database: every call,
recall, no-show, transfer and finish a clerk makes shows on the board (and is spoken)."""

from __future__ import annotations

import gc
from pathlib import Path
from types import SimpleNamespace

import pytest
import shiboken6
from helpers import make_id_number
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from desktop.app_services import SERVICE_NAMES
from desktop.cases.registration import RegistrationInput
from desktop.domain import MatterSort, Purpose, QueueStatus, Route, TicketCategory
from desktop.queue.board import BoardService
from desktop.queue.calling import CallingService
from desktop.queue.calling_settings import CallingSettingsService
from desktop.queue.day_close import DayCloseService
from desktop.queue.tickets import TicketRequest
from desktop.queue.voice import Announcement, CallKind
from desktop.queue.windows import WindowService
from desktop.terminal import Workstation
from ui.queue.board import BoardWindow
from ui.queue.clerk_panel import ClerkPanel
from ui.queue.voice_player import AnnouncementQueue, SilentPlayer, VoicePlayer
from ui.tasks import TaskRunner

WAIT_MS = 5_000


class RecordingPlayer(VoicePlayer):
    kind = "recording"

    def __init__(self) -> None:
        super().__init__()
        self.played: list[Announcement] = []

    def play(self, announcement: Announcement) -> None:
        self.played.append(announcement)
        self.finished.emit()


def terminal(services, clock, operator: str, board=None):  # type: ignore[no-untyped-def]
    """The services one PC sees: same database, its own clerk and queue services."""
    values = {name: getattr(services, name) for name in SERVICE_NAMES}
    ws = Workstation(services.workstation.terminal_code, services.workstation.slot, operator)
    values["workstation"] = ws
    values["calling"] = CallingService(services.sessions, ws, clock)
    values["windows"] = WindowService(services.sessions, ws, clock)
    values["day_close"] = DayCloseService(services.sessions, ws, clock)
    values["board"] = board or BoardService(services.sessions, ws, clock)
    return SimpleNamespace(**values)


_seq = iter(range(1, 10_000))


def issue(services, category=TicketCategory.REGULAR):  # type: ignore[no-untyped-def]
    n = next(_seq)
    return services.tickets.issue_ticket(TicketRequest(
        name=f"访客{n}", id_number=make_id_number(seq=n % 999 + 1, birth="19750101"),
        category=category))


def register(services, visit_id) -> None:  # type: ignore[no-untyped-def]
    services.registration.register(visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="反映拖欠工资", demands="要求协调支付", content_category_code="03",
        area_code="460106", purpose=Purpose.SEEK_RESOLUTION, route=Route.ANSWERED))


@pytest.fixture
def failures() -> list[BaseException]:
    return []


@pytest.fixture
def tasks(qtbot, failures):  # type: ignore[no-untyped-def]
    runner = TaskRunner(failures.append)
    yield runner
    runner.wait_for_done()
    qtbot.wait(50)  # let queued results reach the (closing) widgets
    # Free this test's Qt objects here, on the GUI thread. Left to the garbage collector,
    # a widget in a reference cycle may be collected while a later test's worker thread
    # runs Python code — deleting a widget off the GUI thread crashes Qt.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shiboken6.delete(runner)
    gc.collect()


@pytest.fixture
def board_voice(qtbot) -> tuple[AnnouncementQueue, RecordingPlayer]:  # type: ignore[no-untyped-def]
    player = RecordingPlayer()
    return AnnouncementQueue(player, gap_ms=0), player


@pytest.fixture
def board(qtbot, services, clock, tasks, board_voice):  # type: ignore[no-untyped-def]
    widget = BoardWindow(terminal(services, clock, "大厅屏"), tasks, board_voice[0])
    qtbot.addWidget(widget)
    widget.resize(1920, 1080)
    widget.show()
    qtbot.waitUntil(lambda: widget.snapshot is not None, timeout=WAIT_MS)
    return widget


def make_panel(qtbot, services, clock, tasks, window: str, operator: str) -> ClerkPanel:  # type: ignore[no-untyped-def]
    panel = ClerkPanel(terminal(services, clock, operator), tasks, window)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitUntil(lambda: panel.state is not None, timeout=WAIT_MS)
    return panel


def press(qtbot, panel: ClerkPanel, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def board_shows(board: BoardWindow, number: str, window: str) -> bool:
    return (board.latest_number_label.text() == number
            and window in board.latest_window_label.text())


def test_a_day_at_two_windows_as_the_hall_sees_it(  # type: ignore[no-untyped-def]
    qtbot, services, clock, tasks, board, board_voice, failures
) -> None:
    _queue, player = board_voice
    regular = [issue(services) for _ in range(3)]
    priority = issue(services, TicketCategory.PRIORITY)
    three = make_panel(qtbot, services, clock, tasks, "3号窗口", "接谈员甲")
    five = make_panel(qtbot, services, clock, tasks, "5号窗口", "接谈员乙")
    qtbot.waitUntil(lambda: board.snapshot.waiting_total == 4, timeout=WAIT_MS)
    assert priority.ticket_number in board.next_label.text()
    # In one process (board opened from the menu) an action refreshes the board at once;
    # otherwise its 1-second timer does (the other tests rely on that).
    three.action_done.connect(board.refresh_now)
    five.action_done.connect(board.refresh_now)

    # 叫下一位: the priority visitor first; the board shows it and the hall hears it.
    press(qtbot, three, three.call_next_button)
    qtbot.waitUntil(lambda: board_shows(board, priority.ticket_number, "3号窗口"),
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(player.played) == 1, timeout=WAIT_MS)
    spoken = player.played[0]
    assert spoken.speech_text == f"请 {' '.join(priority.ticket_number)} 号到 3 号窗口"
    qtbot.waitUntil(lambda: three.number_label.text() == priority.ticket_number,
                    timeout=WAIT_MS)

    # 重呼: spoken again; then 未到.
    press(qtbot, three, three.recall_button)
    qtbot.waitUntil(lambda: len(player.played) == 2, timeout=WAIT_MS)
    assert player.played[1].kind is CallKind.RECALL
    assert player.played[1].speech_text == spoken.speech_text
    press(qtbot, three, three.no_show_button)
    # A priority visitor: 未到 asks first.
    qtbot.waitUntil(lambda: three.no_show_box is not None, timeout=WAIT_MS)
    [confirm] = [b for b in three.no_show_box.buttons() if b.text() == "确认未到"]
    confirm.click()
    qtbot.waitUntil(lambda: three.current is None and three.no_show_list.count() == 1,
                    timeout=WAIT_MS)

    # Next visitor at window 3, 开始接谈, then 转窗口 to window 5 through the dialog.
    press(qtbot, three, three.call_next_button)
    qtbot.waitUntil(lambda: board_shows(board, regular[0].ticket_number, "3号窗口"),
                    timeout=WAIT_MS)
    press(qtbot, three, three.start_button)
    qtbot.waitUntil(lambda: three.current is not None
                    and three.current.status is QueueStatus.SERVING, timeout=WAIT_MS)
    press(qtbot, three, three.transfer_button)
    dialog = three.transfer_dialog
    assert dialog is not None
    dialog.window_combo.setCurrentIndex(dialog.window_combo.findData("5号窗口"))
    dialog.note_edit.setText("涉及劳动仲裁")
    dialog.accept()
    qtbot.waitUntil(lambda: three.current is None, timeout=WAIT_MS)
    assert "5号窗口" in three.message_label.text()
    qtbot.waitUntil(lambda: board.snapshot.next_waiting[:1] == (regular[0].ticket_number,),
                    timeout=WAIT_MS)

    # Window 5 gets the transferred visitor first, although others waited too.
    press(qtbot, five, five.call_next_button)
    qtbot.waitUntil(lambda: board_shows(board, regular[0].ticket_number, "5号窗口"),
                    timeout=WAIT_MS)
    recent = [(n.text(), w.text()) for n, w in board.recent_rows if n.text()]
    assert (regular[0].ticket_number, "3号窗口") not in recent[:0]  # latest is shown big
    assert (priority.ticket_number, "3号窗口") in recent
    press(qtbot, five, five.start_button)
    qtbot.waitUntil(lambda: five.finish_button.isEnabled(), timeout=WAIT_MS)

    # 办结 without a registration asks for the form; with one it finishes.
    with qtbot.waitSignal(five.finish_requested, timeout=WAIT_MS) as asked:
        qtbot.mouseClick(five.finish_button, Qt.MouseButton.LeftButton)
    assert asked.args == [regular[0].visit_id]
    assert five.current is not None and five.current.status is QueueStatus.SERVING
    register(services, regular[0].visit_id)
    five.refresh()
    qtbot.waitUntil(lambda: five.current is not None and five.current.registered,
                    timeout=WAIT_MS)
    press(qtbot, five, five.finish_button)
    qtbot.waitUntil(lambda: five.current is None, timeout=WAIT_MS)
    assert services.tickets.list_queue(statuses=frozenset({QueueStatus.DONE}))[0].visit_id \
        == regular[0].visit_id

    # The reactivated no-show is back in the queue, on the board.
    three.no_show_list.setCurrentRow(0)
    press(qtbot, three, three.reactivate_button)
    qtbot.waitUntil(lambda: priority.ticket_number in board.snapshot.next_waiting,
                    timeout=WAIT_MS)
    assert len(player.played) == 4  # call, recall, call, call: each once, none replayed
    assert failures == []


def board_rows(board: BoardWindow) -> list[tuple[str, str]]:
    """What the hall reads: the big 正在呼叫 line first, then 最近叫号."""
    rows = [(board.latest_number_label.text(), board.latest_window_label.text())]
    return rows + [(n.text(), w.text()) for n, w in board.recent_rows if n.text()]


def test_board_shows_only_what_is_true_now(qtbot, services, clock, tasks, board) -> None:  # type: ignore[no-untyped-def]
    priority = issue(services, TicketCategory.PRIORITY)
    regular = issue(services)
    one = CallingService(services.sessions, services.workstation, clock)
    one.call_next("1号窗口")
    board.refresh_now()
    qtbot.waitUntil(lambda: board_shows(board, priority.ticket_number, "1号窗口"),
                    timeout=WAIT_MS)
    assert board.is_flashing
    one.start_serving(priority.visit_id, "1号窗口")
    register(services, priority.visit_id)
    one.finish(priority.visit_id, "1号窗口")
    board.refresh_now()
    # Finished: no longer under 正在呼叫, and the highlight does not linger.
    qtbot.waitUntil(lambda: board.latest_number_label.text() == "—", timeout=WAIT_MS)
    assert board.latest_window_label.text() == "暂无叫号"
    assert not board.is_flashing
    assert (priority.ticket_number, "1号窗口") in board_rows(board)[1:]

    one.call_next("1号窗口")
    board.refresh_now()
    qtbot.waitUntil(lambda: board_shows(board, regular.ticket_number, "1号窗口"),
                    timeout=WAIT_MS)
    one.transfer(regular.visit_id, "1号窗口", to_window="2号窗口")
    board.refresh_now()
    qtbot.waitUntil(lambda: regular.ticket_number in board.next_label.text(), timeout=WAIT_MS)
    # Waiting for window 2: the hall must not read that it is wanted at window 1.
    assert all(number != regular.ticket_number for number, _window in board_rows(board))
    two = CallingService(services.sessions, services.workstation, clock)
    two.call_next("2号窗口")
    board.refresh_now()
    qtbot.waitUntil(lambda: board_shows(board, regular.ticket_number, "2号窗口"),
                    timeout=WAIT_MS)
    assert [row for row in board_rows(board) if row[0] == regular.ticket_number] == [
        (regular.ticket_number, "请到 2号窗口")]


def test_keys_drive_the_panel(qtbot, services, clock, tasks, board) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    panel = make_panel(qtbot, services, clock, tasks, "2号窗口", "接谈员丙")
    panel.activateWindow()
    qtbot.waitUntil(panel.call_next_button.isEnabled, timeout=WAIT_MS)
    qtbot.keyClick(panel, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: panel.current is not None, timeout=WAIT_MS)
    assert panel.current.ticket_number == ticket.ticket_number
    qtbot.waitUntil(panel.start_button.isEnabled, timeout=WAIT_MS)
    qtbot.keyClick(panel, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: panel.current is not None
                    and panel.current.status is QueueStatus.SERVING, timeout=WAIT_MS)
    qtbot.waitUntil(panel.park_button.isEnabled, timeout=WAIT_MS)
    qtbot.keyClick(panel, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: panel.current is None and panel.parked_list.count() == 1,
                    timeout=WAIT_MS)
    panel.parked_list.setCurrentRow(0)
    press(qtbot, panel, panel.resume_button)
    qtbot.waitUntil(lambda: panel.current is not None
                    and panel.current.status is QueueStatus.CALLED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: board_shows(board, ticket.ticket_number, "2号窗口"),
                    timeout=WAIT_MS)


def test_two_clerks_pressing_at_once_get_different_visitors(  # type: ignore[no-untyped-def]
    qtbot, services, clock, tasks
) -> None:
    tickets = [issue(services) for _ in range(4)]
    one = make_panel(qtbot, services, clock, tasks, "1号窗口", "接谈员甲")
    two = make_panel(qtbot, services, clock, tasks, "2号窗口", "接谈员乙")
    one.call_next()
    two.call_next()  # both jobs run at once on the worker threads
    qtbot.waitUntil(lambda: one.current is not None and two.current is not None,
                    timeout=WAIT_MS)
    assert one.current.visit_id != two.current.visit_id
    assert {one.current.ticket_number, two.current.ticket_number} == {
        t.ticket_number for t in tickets[:2]}


def test_recall_limit_then_no_show_stands_out(qtbot, services, clock, tasks) -> None:  # type: ignore[no-untyped-def]
    CallingSettingsService(services.sessions, services.workstation, clock).update_settings(
        recall_limit=1)
    issue(services)
    panel = make_panel(qtbot, services, clock, tasks, "1号窗口", "接谈员甲")
    press(qtbot, panel, panel.call_next_button)
    press(qtbot, panel, panel.recall_button)
    qtbot.waitUntil(lambda: panel.current is not None and panel.current.recall_count == 1,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "c62828" in panel.no_show_button.styleSheet(), timeout=WAIT_MS)
    assert not panel.recall_button.isEnabled()
    assert panel.no_show_button.isEnabled()
    assert "F6" in panel.status_label.text()


def test_an_impossible_action_is_explained_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, services, clock, tasks, failures
) -> None:
    ticket = issue(services)
    panel = make_panel(qtbot, services, clock, tasks, "1号窗口", "接谈员甲")
    press(qtbot, panel, panel.call_next_button)
    qtbot.waitUntil(lambda: panel.current is not None, timeout=WAIT_MS)
    panel.hide()  # a hidden panel stops polling: its view stays as it was
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=WAIT_MS)
    CallingService(services.sessions, Workstation("X", 1, "科长"), clock).mark_no_show(
        ticket.visit_id, "1号窗口")  # another PC changes the ticket meanwhile
    panel.start_serving()  # the panel still thinks it is called
    qtbot.waitUntil(lambda: "不能开始接谈" in panel.message_label.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.current is None, timeout=WAIT_MS)  # view catches up
    assert failures == []
    calling = CallingService(services.sessions, services.workstation, clock)
    assert calling.ticket(ticket.visit_id).status is QueueStatus.NO_SHOW


def test_choosing_the_window(qtbot, services, clock, tasks) -> None:  # type: ignore[no-untyped-def]
    panel = ClerkPanel(terminal(services, clock, "接谈员甲"), tasks, "")
    qtbot.addWidget(panel)
    assert panel.window_combo is not None
    assert panel.call_next_button.isEnabled()  # F2 says to choose a window first
    qtbot.waitUntil(lambda: panel.window_combo.count() > 1, timeout=WAIT_MS)
    with qtbot.waitSignal(panel.window_changed, timeout=WAIT_MS) as chosen:
        panel.select_window("4号窗口")
    assert chosen.args == ["4号窗口"]
    qtbot.waitUntil(lambda: panel.state is not None and panel.call_next_button.isEnabled(),
                    timeout=WAIT_MS)


class FlakyBoard:
    """The board's service, but the database goes away after the first reads."""

    def __init__(self, real: BoardService) -> None:
        self.real = real
        self.broken = False

    def board_snapshot(self):  # type: ignore[no-untyped-def]
        if self.broken:
            raise OSError("database is locked")
        return self.real.board_snapshot()


def test_board_keeps_the_last_data_when_the_database_fails(  # type: ignore[no-untyped-def]
    qtbot, services, clock, tasks, caplog
) -> None:
    ticket = issue(services)
    CallingService(services.sessions, services.workstation, clock).call_next("2号窗口")
    flaky = FlakyBoard(BoardService(services.sessions, services.workstation, clock))
    board = BoardWindow(terminal(services, clock, "大厅屏", board=flaky), tasks,
                        AnnouncementQueue(SilentPlayer()))
    qtbot.addWidget(board)
    board.resize(1920, 1080)
    board.show()
    qtbot.waitUntil(lambda: board.latest_number_label.text() == ticket.ticket_number,
                    timeout=WAIT_MS)
    assert not board.is_stale
    flaky.broken = True
    qtbot.waitUntil(lambda: board.is_stale, timeout=WAIT_MS)
    assert "数据暂时无法更新" in board.notice_label.text()
    assert board.latest_number_label.text() == ticket.ticket_number  # never an empty board
    assert "2号窗口" in board.latest_window_label.text()
    qtbot.wait(1500)  # several failed refreshes: one warning, no error
    warnings = [r for r in caplog.records if "cannot read the database" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].levelname == "WARNING"
    flaky.broken = False
    qtbot.waitUntil(lambda: not board.is_stale, timeout=WAIT_MS)


def test_board_without_audio_and_with_voice_off(qtbot, services, clock, tasks) -> None:  # type: ignore[no-untyped-def]
    calling = CallingService(services.sessions, services.workstation, clock)
    board = BoardWindow(terminal(services, clock, "大厅屏"), tasks)
    qtbot.addWidget(board)
    assert isinstance(board.voice.player, SilentPlayer)  # offscreen: no audio device
    qtbot.waitUntil(lambda: board.snapshot is not None, timeout=WAIT_MS)
    CallingSettingsService(services.sessions, services.workstation, clock).update_settings(
        voice_enabled=False)
    ticket = issue(services)
    calling.call_next("1号窗口")
    qtbot.waitUntil(lambda: board.latest_number_label.text() == ticket.ticket_number,
                    timeout=WAIT_MS)
    assert not board.voice.enabled and board.voice.is_idle


def test_board_renders_readably_at_1920(qtbot, services, clock, tasks, board, tmp_path: Path
                                        ) -> None:  # type: ignore[no-untyped-def]
    for category in [TicketCategory.REGULAR] * 12 + [TicketCategory.PRIORITY]:
        issue(services, category)
    calling = CallingService(services.sessions, services.workstation, clock)
    for window in ("1号窗口", "2号窗口", "3号窗口"):
        calling.call_next(window)
    qtbot.waitUntil(lambda: board.snapshot.windows_open == 3, timeout=WAIT_MS)
    QApplication.processEvents()
    image = board.grab()
    assert (image.width(), image.height()) == (1920, 1080)
    assert image.save(str(tmp_path / "board.png"))
    number = board.latest_number_label
    assert number.font().pixelSize() >= 200  # readable from across the hall
    assert number.fontMetrics().horizontalAdvance(number.text()) <= number.width()
    for label in (board.centre_label, board.clock_label, board.next_label):
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert board.centre_label.text()
    assert "年" in board.clock_label.text()
