"""The main window: pages, title and status bar, wiring between pages, closing safely."""

from __future__ import annotations

import time

import pytest
from helpers import make_id_number
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.config import TerminalConfig
from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.app import ErrorReporter
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, tasks, idle):  # type: ignore[no-untyped-def]
    holder: list[MainWindow] = []
    reporter = ErrorReporter(None, lambda: holder[0] if holder else None)
    # No paper in tests: automatic ticket printing is switched off.
    win = MainWindow(services, tasks, reporter, TerminalConfig(auto_print_ticket=False))
    holder.append(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    idle()
    return win


def test_pages_title_and_status_bar(window, services) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "来访接待台 — 海口市人民来访接待中心 — 终端 FRONT-1"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "取号", "排队", "接谈登记", "叫号", "领导接访", "接访当日", "统计"
    ]
    for name, page in (("ticket", window.ticket_form), ("queue", window.queue_view),
                       ("registration", window.registration_form)):
        window.select_view(name)
        assert window.tabs.currentWidget() is page
        assert window.current_view() == name
    with pytest.raises(ValueError, match="unknown view"):
        window.select_view("nonsense")
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "终端 FRONT-1" in texts
    assert "操作员 测试前台" in texts


def test_issuing_a_ticket_refreshes_the_queue(window, services, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    assert window.current_view() == "ticket"
    assert window.queue_view.model.rowCount() == 0
    form = window.ticket_form
    form.id_edit.setText(make_id_number())
    form.name_edit.setText("张三")
    form.issue_ticket()
    idle()
    assert form.ticket_number_label.text() == "A1001"
    # The queue page is not even showing, yet it already has the new ticket.
    assert window.queue_view.model.rowCount() == 1


def test_opening_a_row_in_the_queue_switches_to_registration(window, services, idle) -> None:  # type: ignore[no-untyped-def]
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="李四", id_number=make_id_number(seq=9), category=TicketCategory.REGULAR,
    ))
    window.select_view("queue")
    idle()
    window.queue_view.open_visit.emit(ticket.visit_id)
    idle()
    assert window.current_view() == "registration"
    assert window.registration_form.name_label.text() == "李四"


def test_add_page_for_later_tabs(window) -> None:  # type: ignore[no-untyped-def]
    extra = QLabel("统计")
    index = window.add_page(extra, "统计", "reports")
    assert window.tabs.tabText(index) == "统计"
    window.select_view("reports")
    assert window.tabs.currentWidget() is extra


def test_busy_indicator_only_for_slow_work(window, tasks, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    assert not window.is_busy_shown()
    tasks.run(lambda: time.sleep(0.8))
    qtbot.waitUntil(window.is_busy_shown, timeout=3000)
    idle()
    assert not window.is_busy_shown()


def test_closing_with_an_unsaved_registration_asks_first(window, services, qtbot, idle) -> None:  # type: ignore[no-untyped-def]
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="王五", id_number=make_id_number(seq=5), category=TicketCategory.REGULAR,
    ))
    window.open_visit(ticket.visit_id)
    idle()
    window.registration_form.summary_edit.setPlainText("还没保存的记录")
    assert window.registration_form.has_unsaved_changes()

    window.select_view("ticket")
    assert not window.close()
    box = window.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert window.current_view() == "registration"  # shows what would be lost
    next(b for b in box.buttons() if b.text() == "返回继续编辑").click()
    assert window.isVisible()

    window.close()
    next(b for b in window.question.buttons() if b.text() == "放弃修改").click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def test_closing_without_changes_just_closes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.close()
    assert window.question is None


class PaperlessBackend:
    """Stands in for the printer: remembers what it was asked to print."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, str]] = []

    def printer_names(self) -> list[str]:
        return ["票据打印机"]

    def default_printer(self) -> str:
        return "票据打印机"

    def print_pdf(self, pdf: bytes, printer_name: str, title: str) -> None:
        assert pdf.startswith(b"%PDF")
        self.jobs.append((printer_name, title))


def test_reprint_from_the_queue_menu_prints_and_records(window, services, idle) -> None:  # type: ignore[no-untyped-def]
    backend = PaperlessBackend()
    window.printing.backend = backend
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="赵六", id_number=make_id_number(seq=21), category=TicketCategory.REGULAR,
    ))
    window.select_view("queue")
    window.queue_view.refresh()
    idle()
    menu = window.queue_view.row_menu(0)
    assert menu is not None
    actions = {action.text(): action for action in menu.actions()}
    assert not actions["打印/补打回执"].isEnabled()  # nothing registered yet
    actions["补打号票"].trigger()
    idle()
    assert len(backend.jobs) == 1
    [record] = services.printing.print_history(ticket.visit_id)
    assert record.document == "ticket" and record.ok


def test_clerk_finish_without_registration_opens_the_form(window, services, idle) -> None:  # type: ignore[no-untyped-def]
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="钱七", id_number=make_id_number(seq=22), category=TicketCategory.REGULAR,
    ))
    window.clerk_panel.finish_requested.emit(ticket.visit_id)
    idle()
    assert window.current_view() == "registration"
    assert window.registration_form.name_label.text() == "钱七"


def test_the_clerks_window_is_remembered(window, idle) -> None:  # type: ignore[no-untyped-def]
    from desktop.config import load_terminal_config

    window.clerk_panel.window_changed.emit("3号窗口")
    idle()
    assert window.config.window_name == "3号窗口"
    assert load_terminal_config().window_name == "3号窗口"


def test_ticket_shows_the_wait_estimate_when_there_is_one(  # type: ignore[no-untyped-def]
    window, services, idle, monkeypatch
) -> None:
    from desktop.queue.estimates import WaitEstimate

    monkeypatch.setattr(services.estimates, "estimate_for_visit",
                        lambda visit_id: WaitEstimate(2, 10, 20))
    form = window.ticket_form
    form.id_edit.setText(make_id_number(seq=23))
    form.name_edit.setText("孙八")
    form.issue_ticket()
    idle()
    assert form.ticket_ahead_label.text() == "前面没有人等候，预计等候约 10–20 分钟"


def test_a_change_announced_on_this_terminal_reloads_the_pages_at_once(  # type: ignore[no-untyped-def]
    window, services, tasks, qtbot, idle
) -> None:
    """No waiting for a poll timer: the announcement itself reloads the queue page and
    the board (their timers are stopped here, so only the hub can have done it)."""
    from ui.hub import QUEUE

    window.queue_view.timer.stop()
    window.open_board(0)
    board = window.board
    assert board is not None
    idle()
    board._timer.stop()
    services.tickets.issue_ticket(TicketRequest(
        name="吴十", id_number=make_id_number(seq=24), category=TicketCategory.REGULAR,
    ))
    assert window.queue_view.model.rowCount() == 0
    with qtbot.waitSignal(board.refreshed, timeout=5000):
        tasks.hub.announce(QUEUE)
    idle()
    assert window.queue_view.model.rowCount() == 1
    board.close()
    idle()


def test_board_opens_on_a_chosen_screen_and_only_once(window, idle) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    window._fill_board_menu(menu)
    assert menu.actions() and menu.actions()[0].text().startswith("屏幕 1：")
    menu.actions()[0].trigger()
    first = window.board
    assert first is not None and first.isFullScreen()
    window.open_board(0)  # a second request replaces it, never two boards
    idle()
    assert window.board is not None and window.board is not first
    window.board.close()
    idle()


def test_midnight_while_running_closes_yesterday_and_shows_the_new_day(  # type: ignore[no-untyped-def]
    window, services, clock, qtbot, idle
) -> None:
    from datetime import UTC, datetime, timedelta

    from desktop.domain import QueueStatus

    yesterday = [services.tickets.issue_ticket(TicketRequest(
        name=f"过夜{n}", id_number=make_id_number(seq=40 + n), category=TicketCategory.REGULAR,
    )) for n in range(2)]
    day = yesterday[0].service_day
    window.queue_view.refresh()
    idle()
    assert window.queue_view.model.rowCount() == 2
    # Half a minute is cheap (the clock only) and soon enough after midnight.
    assert window.day_timer.isActive() and 10_000 <= window.day_timer.interval() <= 60_000

    clock.now = datetime(2026, 11, 27, 16, 0, 30, tzinfo=UTC)  # 00:00:30 local, next day
    window.day_timer.setInterval(20)  # the real timer, just sooner
    qtbot.waitUntil(
        lambda: all(services.calling.ticket(t.visit_id).status is QueueStatus.UNFINISHED
                    for t in yesterday), timeout=5000)
    idle()
    assert window.queue_view.model.rowCount() == 0  # the queue page shows the new day
    assert "前一天未办结的 2 张号票已关闭" in window.statusBar().currentMessage()

    # The clock steps back to 23:59 of the closed day: the next ticket is the new day's.
    clock.now = datetime(2026, 11, 27, 15, 59, tzinfo=UTC)
    form = window.ticket_form
    form.id_edit.setText(make_id_number(seq=50))
    form.name_edit.setText("周九")
    form.issue_ticket()
    idle()
    assert form.ticket_number_label.text() == "A1001"
    window.queue_view.refresh()
    idle()
    [entry] = window.queue_view.model.entries()
    assert entry.ticket_number == "A1001" and entry.status is QueueStatus.WAITING
    assert services.tickets.list_queue(day=day + timedelta(days=1))[0].visit_id \
        == entry.visit_id


def test_the_day_is_closed_once_however_often_the_clock_ticks_meanwhile(  # type: ignore[no-untyped-def]
    window, services, clock, monkeypatch, qtbot, idle
) -> None:
    import threading
    from datetime import UTC, datetime

    gate = threading.Event()
    calls: list[int] = []
    real = services.day_close.close_past_days

    def slow_close() -> int:
        calls.append(1)
        gate.wait(5)
        return real()

    monkeypatch.setattr(services.day_close, "close_past_days", slow_close)
    clock.now = datetime(2026, 11, 27, 16, 0, 30, tzinfo=UTC)  # the next service day
    window.check_service_day()
    window.check_service_day()  # the timer ticks again while the first is running
    gate.set()
    idle()
    assert calls == [1]
    assert "前一天未办结的 0 张号票已关闭" in window.statusBar().currentMessage()
    window.check_service_day()  # closed: nothing more to do
    idle()
    assert calls == [1]


def test_one_backup_at_a_time(window, services, monkeypatch, idle) -> None:  # type: ignore[no-untyped-def]
    import threading

    gate = threading.Event()
    calls: list[int] = []

    def slow_backup() -> None:
        calls.append(1)
        gate.wait(5)

    monkeypatch.setattr(services.backups, "backup_if_due", slow_backup)
    window.backup_if_due()
    window.backup_if_due()
    gate.set()
    idle()
    assert calls == [1]
    window.backup_if_due()
    idle()
    assert calls == [1, 1]


# ---------------------------------------------------------------------- database safety


def _main_window(qtbot, services, tasks) -> MainWindow:  # type: ignore[no-untyped-def]
    holder: list[MainWindow] = []
    reporter = ErrorReporter(None, lambda: holder[0] if holder else None)
    win = MainWindow(services, tasks, reporter, TerminalConfig(auto_print_ticket=False))
    holder.append(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_status_bar_says_when_the_last_good_backup_was_taken(window, idle, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import re

    idle()
    folder = tmp_path / "data" / "backups"
    [daily] = folder.glob("laifang-*.sqlite3")  # the day's backup, taken at start
    stamp = re.fullmatch(r"laifang-(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)\d\d\.sqlite3", daily.name)
    assert stamp is not None
    year, month, day, hour, minute = stamp.groups()
    assert window.backup_label.text() == f"最近备份：{year}-{month}-{day} {hour}:{minute}"
    assert window.backup_label.toolTip() == str(daily)
    assert window.backup_label.isVisibleTo(window)
    assert window.backup_timer.isActive()  # a window left open backs up the next day too
    window.backup_if_due()
    idle()
    assert list(folder.glob("laifang-*.sqlite3")) == [daily]  # once a day


def test_no_backup_yet_is_shown_in_warning_colour(qtbot, services, tasks, idle,  # type: ignore[no-untyped-def]
                                                  monkeypatch) -> None:
    from desktop.storage.backup import BackupService
    from ui.storage_status import WARNING_COLOUR

    monkeypatch.setattr(BackupService, "backup_if_due", lambda self: self.latest())
    win = _main_window(qtbot, services, tasks)
    idle()
    assert win.backup_label.text() == "尚无备份"
    assert WARNING_COLOUR in win.backup_label.styleSheet()


def test_a_damaged_database_stops_the_counter_and_says_how_to_restore(  # type: ignore[no-untyped-def]
        qtbot, services, tasks, idle, db_url, expected_errors) -> None:
    from pathlib import Path

    from sqlite_damage import add_filler, checkpoint, pages_of, zero_page

    good = services.backups.take_backup()
    path = Path(db_url.removeprefix("sqlite:///"))
    add_filler(path)
    checkpoint(path)
    zero_page(path, pages_of(path, "filler", "leaf")[5])
    expected_errors.append("is damaged")
    win = _main_window(qtbot, services, tasks)
    idle()
    assert win.database_damaged
    assert not win.ticket_form.isEnabled()  # no more tickets into a damaged file
    assert not win.menuBar().isEnabled()
    box = win.damage_box
    assert box is not None and box.isVisible()
    assert "数据库文件已损坏" in box.text()
    assert f'python main.py restore "{good.path}"' in box.text()
    assert win.backup_label.text() == "数据库已损坏"
    assert list(good.path.parent.glob("laifang-*.sqlite3")) == [good.path]  # no backup of it
    box.close()


def test_the_repeat_bars_paper_goes_to_the_printer(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """重复访: the linked case's 办理进展告知单 button prints through the print controller."""
    import uuid

    from desktop.domain import Paper

    asked: list[tuple[uuid.UUID, Paper]] = []
    monkeypatch.setattr(window.printing, "print_paper",
                        lambda visit_id, paper, *a, **k: asked.append((visit_id, paper)))
    visit_id = uuid.uuid4()
    window.registration_form.repeat_bar.paper_requested.emit(visit_id, Paper.PROGRESS)
    assert asked == [(visit_id, Paper.PROGRESS)]
