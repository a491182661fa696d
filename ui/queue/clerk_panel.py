"""The window clerk's queue panel (叫号): one key per action, nothing ever blocks.

F2 叫下一位 · F3 重呼 · F4 开始接谈 · F5 办结 · F6 未到 · F7 转窗口 · F8 暂挂.
Every action and the 2-second refresh run through ui/operations.py; buttons are enabled
only for what the current ticket allows, and a refused action is explained in the
message line without a dialog to dismiss. 办结 of a visit without a saved
registration emits `finish_requested(visit_id)` so the main window opens the form.

The shell: layout, refresh and the actions. Its parts: clerk_window_picker (the window),
clerk_current_ticket (当前号), clerk_lists (接下来, 暂挂, 今日未到), clerk_actions (the keys)
and clerk_transfer (转窗口).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app_services import AppServices
from desktop.clock import local_time
from desktop.domain import QueueStatus, TicketCategory
from desktop.queue.calling import CalledTicket, CallingService, WindowState
from desktop.queue.windows import WindowInfo, WindowService
from ui.operations import Operation, is_running
from ui.queue.clerk_actions import ClerkButtons
from ui.queue.clerk_current_ticket import CurrentTicketCard
from ui.queue.clerk_lists import TicketList, UpNextList
from ui.queue.clerk_transfer import TransferDialog
from ui.queue.clerk_window_picker import WindowPicker
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

REFRESH_MS = 2_000
ACTION = "action"  # the operation key of the clerk's actions: one at a time
STATE = "state"    # the operation key of the window's state: the latest read wins

__all__ = ["ClerkPanel", "TransferDialog"]


class _MessageLine:
    """A FieldErrorSink: a refused action is said in the panel's message line."""

    def __init__(self, panel: ClerkPanel) -> None:
        self._panel = panel

    def show_field_error(self, field: str | None, text: str) -> None:
        self._panel.say(text, error=True)

    def clear_field_errors(self) -> None:
        pass  # the line keeps the last message, time-stamped, until the next one


class ClerkPanel(QWidget):
    """A clerk's queue at one window. window_name "": choose the window first."""

    finish_requested = Signal(object)   # visit id: open the registration form for it
    window_changed = Signal(str)        # the clerk chose a window (save it in the config)
    state_changed = Signal(object)      # WindowState after each refresh
    action_done = Signal(object)        # CalledTicket after each successful action

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        window_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._calling: CallingService = services.calling
        self._window_service: WindowService = services.windows
        self._operator = services.workstation.shown_operator()
        self._tasks = tasks
        self._window = window_name.strip()
        self._state: WindowState | None = None
        self._windows: list[WindowInfo] = []
        self._closed = False
        self._transfer_dialog: TransferDialog | None = None
        self.no_show_box: QMessageBox | None = None
        self._messages = _MessageLine(self)
        self._build()
        self._update_buttons()

        # Polls only while visible: a clerk on another page costs the database nothing.
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        (Operation(self, self._tasks, self._window_service.list_windows)
         .success(self._windows_loaded)
         .errors(self._messages)
         .run())
        # Closing past days is the main window's job (at start and by its day timer),
        # not a side effect of building this page.

    # ---- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("接谈窗口：")))
        self.window_label = QLabel(self._window)  # the window's name, not shown
        self.window_combo = WindowPicker(self._window)
        self.window_combo.chosen.connect(self._window_chosen)
        top.addWidget(self.window_combo)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("接谈员：{name}").format(name=self._operator)))
        top.addStretch(1)
        self.waiting_label = QLabel("")
        top.addWidget(self.waiting_label)
        root.addLayout(top)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.card = CurrentTicketCard()
        self.number_label = self.card.number_label
        self.status_label = self.card.status_label
        self.detail_label = self.card.detail_label
        left.addWidget(self.card, 1)

        self.buttons = ClerkButtons()
        self.call_next_button = self.buttons.call_next_button
        self.recall_button = self.buttons.recall_button
        self.start_button = self.buttons.start_button
        self.finish_button = self.buttons.finish_button
        self.no_show_button = self.buttons.no_show_button
        self.transfer_button = self.buttons.transfer_button
        self.park_button = self.buttons.park_button
        self.refresh_button = self.buttons.refresh_button
        for button, slot in (
            (self.call_next_button, self.call_next), (self.recall_button, self.recall),
            (self.start_button, self.start_serving), (self.finish_button, self.finish),
            (self.no_show_button, self.mark_no_show), (self.transfer_button, self.transfer),
            (self.park_button, self.park), (self.refresh_button, self.refresh),
        ):
            button.clicked.connect(slot)
        left.addWidget(self.buttons)
        self.message_label = QLabel("")
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumHeight(40)
        left.addWidget(self.message_label)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        next_box = QGroupBox(self.tr("接下来"))
        self.next_list = UpNextList()
        QVBoxLayout(next_box).addWidget(self.next_list)
        right.addWidget(next_box, 2)
        self.parked_list = TicketList()
        self.resume_button = QPushButton(self.tr("恢复接谈（重新叫号）"))
        self.resume_button.clicked.connect(self.resume_selected)
        right.addWidget(self._list_box(self.tr("暂挂"), self.parked_list, self.resume_button), 2)
        self.no_show_list = TicketList()
        self.reactivate_button = QPushButton(self.tr("来了，恢复排队"))
        self.reactivate_button.clicked.connect(self.reactivate_selected)
        right.addWidget(
            self._list_box(self.tr("今日未到"), self.no_show_list, self.reactivate_button), 2)
        body.addLayout(right, 2)
        root.addLayout(body, 1)

    def _list_box(self, title: str, tickets: TicketList, button: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        tickets.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(tickets)
        layout.addWidget(button)
        return box

    # ---- state ------------------------------------------------------------------------

    @property
    def window_name(self) -> str:
        return self._window

    @property
    def state(self) -> WindowState | None:
        return self._state

    @property
    def current(self) -> CalledTicket | None:
        return self._state.current if self._state else None

    @property
    def transfer_dialog(self) -> TransferDialog | None:
        return self._transfer_dialog

    def _acting(self) -> bool:
        return is_running(self, ACTION)

    def refresh(self, *, force: bool = False) -> None:
        """Reload this window's queue in the background. A read already under way is
        left to finish unless `force` (after an action or a change of window): then the
        newer read wins, so the panel never shows what was true before the action."""
        if (is_running(self, STATE) and not force) or self._closed or not self._window:
            return
        window = self._window
        (Operation(self, self._tasks, lambda: self._calling.window_state(window))
         .success(self._state_loaded)
         .failure(self._refresh_failed)
         .key(STATE)
         .run())

    def _state_loaded(self, state: WindowState) -> None:
        if self._closed or state.window_name != self._window:
            return
        self._state = state
        self._show_state(state)
        self.state_changed.emit(state)

    def _refresh_failed(self, error: BaseException) -> bool:
        """The timer retries: a line, not a box (and the log once per failed read)."""
        if not self._closed:
            log.warning("clerk panel: cannot read the queue: %s", error)
            self.say(self.tr("暂时无法读取队列，正在重试…"), error=True)
        return True

    def _windows_loaded(self, windows: list[WindowInfo]) -> None:
        if self._closed:
            return
        self._windows = windows
        self.window_combo.set_windows(windows)

    def _window_chosen(self, name: str) -> None:
        if name == self._window:
            return
        current = self.current
        if current is not None or self._acting():
            # A visitor was called to this window (or an action runs): changing now would
            # leave them at a window nobody is at. Say what to do first.
            self.window_combo.show_window(self._window)
            self.say(self.tr("{ticket} 还在本窗口：请先办结、暂挂或转窗口，再更换窗口").format(
                ticket=current.ticket_number if current else ""), error=True)
            return
        self._window = name
        self._state = None
        self.window_label.setText(name)
        self._show_state(None)
        if name:
            self.window_changed.emit(name)
            self.refresh(force=True)

    def select_window(self, name: str) -> None:
        """Choose the window in the picker (e.g. from the saved terminal config)."""
        self.window_combo.select_window(name)

    def _show_state(self, state: WindowState | None) -> None:
        self.card.show_ticket(state.current if state else None, bool(self._window))
        if state is not None:
            self.waiting_label.setText(
                self.tr("本窗口等候 %n 人", None, state.waiting_for_window))
            self.next_list.show_tickets(state.next_waiting)
            self.parked_list.show_tickets(state.parked)
            self.no_show_list.show_tickets(state.no_shows)
        else:
            self.waiting_label.setText("")
            self.next_list.clear()
            self.parked_list.clear()
            self.no_show_list.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.current
        acting = self._acting()
        ready = bool(self._window) and not acting and self._state is not None
        self.buttons.update_for(current, ready=ready, has_window=bool(self._window),
                                busy=acting)
        self.resume_button.setEnabled(
            ready and current is None and self.parked_list.selected_visit() is not None)
        self.reactivate_button.setEnabled(
            ready and self.no_show_list.selected_visit() is not None)

    # ---- actions ----------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        """One action at a time; a refused one is said in the message line. Either way
        the window's state is read again."""
        if not self._window:
            return

        def succeeded(result: Any) -> None:
            if self._closed:
                return
            if done is not None:
                done(result)
            if isinstance(result, CalledTicket):
                self.action_done.emit(result)
            self._after_action()

        def failed(_error: BaseException) -> bool:
            if self._closed:
                return True
            self._after_action()
            return False  # the message line (or the reporter) shows it

        (Operation(self, self._tasks, fn)
         .success(succeeded)
         .failure(failed)
         .busy(lambda _busy: self._update_buttons())
         .exclusive(ACTION)
         .errors(self._messages)
         .run())

    def _after_action(self) -> None:
        self._update_buttons()
        self.refresh(force=True)

    def say(self, text: str, *, error: bool = False) -> None:
        """A time-stamped line under the keys: what was done, or why not."""
        color = "#b71c1c" if error else "#1b5e20"
        self.message_label.setStyleSheet(f"color: {color}; font-weight: bold;")
        stamp = local_time(datetime.now(UTC)).strftime("%H:%M:%S")
        self.message_label.setText(f"{stamp}  {text}")

    def _current_id(self) -> uuid.UUID | None:
        current = self.current
        return current.visit_id if current else None

    def call_next(self) -> None:
        if not self._window:
            self.say(self.tr("请先选择窗口"), error=True)
            self.window_combo.setFocus()
            return
        window = self._window

        def done(ticket: CalledTicket | None) -> None:
            if ticket is None:
                self.say(self.tr("现在没有等候的访客"))
            else:
                self.say(self.tr("已叫 {ticket} 到 {window}").format(
                    ticket=ticket.ticket_number, window=window))

        self._run(lambda: self._calling.call_next(window), done)

    def _on_current(
        self, action: Callable[[uuid.UUID, str], CalledTicket], message: str
    ) -> None:
        visit_id = self._current_id()
        if visit_id is None:
            return
        window = self._window

        def done(ticket: CalledTicket) -> None:
            self.say(message.format(ticket=ticket.ticket_number, window=window,
                                    count=ticket.recall_count))

        self._run(lambda: action(visit_id, window), done)

    def recall(self) -> None:
        self._on_current(self._calling.recall, self.tr("已重呼 {ticket}（第 {count} 次）"))

    def start_serving(self) -> None:
        self._on_current(self._calling.start_serving, self.tr("{ticket} 开始接谈"))

    def mark_no_show(self) -> None:
        current = self.current
        if current is None or current.category is not TicketCategory.PRIORITY:
            self._mark_no_show()
            return
        # 优先 visitors (elderly, disabled, …) may be slow to reach the window: ask first.
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("标记未到"))
        box.setText(self.tr("{ticket} 是优先号（老年人、残疾人等），可能行动较慢。确认标记为未到？")
                    .format(ticket=current.ticket_number))
        confirm = box.addButton(self.tr("确认未到"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        visit_id = current.visit_id

        def answered(button: object) -> None:
            self.no_show_box = None
            if button is confirm and self._current_id() == visit_id:
                self._mark_no_show()

        box.buttonClicked.connect(answered)
        self.no_show_box = box
        box.open()

    def _mark_no_show(self) -> None:
        self._on_current(self._calling.mark_no_show, self.tr("{ticket} 已标记未到"))

    def park(self) -> None:
        self._on_current(self._calling.park, self.tr("{ticket} 已暂挂，可以叫下一位"))

    def finish(self) -> None:
        current = self.current
        if current is None or current.status is not QueueStatus.SERVING:
            return
        if not current.registered:
            self.say(self.tr("{ticket} 请先填写接谈登记").format(ticket=current.ticket_number))
            self.finish_requested.emit(current.visit_id)
            return
        self._on_current(self._calling.finish, self.tr("{ticket} 已办结"))

    def transfer(self) -> None:
        current = self.current
        if current is None or self._acting():
            return
        dialog = TransferDialog(current, self._windows, self._window, self)
        self._transfer_dialog = dialog
        visit_id, window = current.visit_id, self._window

        def accepted() -> None:
            to_window, to_category, note = dialog.choice()

            def done(ticket: CalledTicket) -> None:
                self.say(self.tr("{ticket} 已转出：{note}").format(
                    ticket=ticket.ticket_number, note=ticket.note or ""))

            self._run(lambda: self._calling.transfer(
                visit_id, window, to_window=to_window, to_category=to_category, note=note),
                done)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def resume_selected(self) -> None:
        visit_id = self.parked_list.selected_visit()
        if visit_id is None:
            return
        window = self._window
        self._run(lambda: self._calling.resume(visit_id, window),
                  lambda t: self.say(self.tr("已重新叫 {ticket}").format(ticket=t.ticket_number)))

    def reactivate_selected(self) -> None:
        visit_id = self.no_show_list.selected_visit()
        if visit_id is None:
            return
        window = self._window
        self._run(lambda: self._calling.reactivate(visit_id, window),
                  lambda t: self.say(self.tr("{ticket} 已恢复排队").format(
                      ticket=t.ticket_number)))

    # ---- visibility -------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._closed:
            self._timer.start()
            self.refresh()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def closeEvent(self, event: Any) -> None:
        self.stop()
        super().closeEvent(event)

    def stop(self) -> None:
        self._closed = True
        self._timer.stop()
