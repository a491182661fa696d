"""The window clerk's queue panel (叫号): one key per action, nothing ever blocks.

F2 叫下一位 · F3 重呼 · F4 开始接谈 · F5 办结 · F6 未到 · F7 转窗口 · F8 暂挂.
Every action and the 2-second refresh run through the TaskRunner; buttons are enabled
only for what the current ticket allows, and a refused action is explained in the
message line without a dialog to dismiss. 办结 of a visit without a saved
registration emits `finish_requested(visit_id)` so the main window opens the form.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app_services import AppServices
from desktop.clock import local_time
from desktop.domain import CATEGORIES, QUEUE_STATUS_LABELS, QueueStatus, TicketCategory
from desktop.i18n import UserError
from desktop.queue.calling import CalledTicket, CallingService, WindowState
from desktop.queue.windows import WindowInfo, WindowService
from ui.i18n import error_text, tr_domain
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

REFRESH_MS = 2_000
VISIT_ROLE = Qt.ItemDataRole.UserRole


def _raise(error: BaseException) -> None:
    raise error


class TransferDialog(QDialog):
    """转窗口: to another window, or to another category (queued by its rules)."""

    def __init__(
        self,
        ticket: CalledTicket,
        windows: list[WindowInfo],
        current_window: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("转窗口 — {ticket}").format(ticket=ticket.ticket_number))
        layout = QVBoxLayout(self)
        self.to_window_radio = QRadioButton(self.tr("转到窗口"))
        self.to_category_radio = QRadioButton(self.tr("改为类别，重新排队"))
        group = QButtonGroup(self)
        group.addButton(self.to_window_radio)
        group.addButton(self.to_category_radio)
        self.window_combo = QComboBox()
        for info in windows:
            if info.name != current_window:
                self.window_combo.addItem(info.name, info.name)
        self.category_combo = QComboBox()
        for info in CATEGORIES.values():
            if info.category is not ticket.category:
                self.category_combo.addItem(tr_domain(info.label), info.category.value)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(120)
        self.note_edit.setPlaceholderText(self.tr("转的原因（可不填）"))
        form = QFormLayout()
        form.addRow(self.to_window_radio, self.window_combo)
        form.addRow(self.to_category_radio, self.category_combo)
        form.addRow(self.tr("说明"), self.note_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.to_window_radio.toggled.connect(self._sync)
        if self.window_combo.count():
            self.to_window_radio.setChecked(True)
        else:
            self.to_category_radio.setChecked(True)
        self._sync()

    def _sync(self) -> None:
        self.window_combo.setEnabled(self.to_window_radio.isChecked())
        self.category_combo.setEnabled(self.to_category_radio.isChecked())

    def choice(self) -> tuple[str | None, TicketCategory | None, str]:
        if self.to_window_radio.isChecked():
            return self.window_combo.currentData(), None, self.note_edit.text()
        value = self.category_combo.currentData()
        return None, TicketCategory(value) if value else None, self.note_edit.text()


class ClerkPanel(QWidget):
    """A clerk's queue at one window. window_name "": a combo to choose the window."""

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
        self._operator = services.workstation.operator
        self._tasks = tasks
        self._window = window_name.strip()
        self._state: WindowState | None = None
        self._windows: list[WindowInfo] = []
        self._busy = False
        self._loading = False
        self._closed = False
        # Refreshes are numbered: a result older than one already shown, or read before
        # the clerk's last action, is dropped so the panel never goes back in time.
        self._refresh_seq = 0
        self._shown_seq = 0
        self._accept_from = 0
        self._transfer_dialog: TransferDialog | None = None
        self.no_show_box: QMessageBox | None = None
        self._build()
        self._update_buttons()

        # Polls only while visible: a clerk on another page costs the database nothing.
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._tasks.run(self._window_service.list_windows, self._windows_loaded, self._failed)
        # Closing past days is the main window's job (at start and by its day timer),
        # not a side effect of building this page.

    # ---- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("接谈窗口：")))
        self.window_label = QLabel(self._window)  # the window's name, not shown
        bold = QFont(self.window_label.font())
        bold.setBold(True)
        bold.setPointSize(bold.pointSize() + 4)
        # Always a picker: the clerk may change windows at any time, also when the
        # terminal remembered one from the last run.
        self.window_combo = QComboBox()
        self.window_combo.setFont(bold)
        self.window_combo.setMinimumWidth(160)
        self.window_combo.addItem(self.tr("请选择窗口"), "")
        if self._window:
            self.window_combo.addItem(self._window, self._window)
            self.window_combo.setCurrentIndex(1)
        self.window_combo.currentIndexChanged.connect(self._window_chosen)
        top.addWidget(self.window_combo)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("接谈员：{name}").format(name=self._operator)))
        top.addStretch(1)
        self.waiting_label = QLabel("")
        top.addWidget(self.waiting_label)
        root.addLayout(top)

        body = QHBoxLayout()
        left = QVBoxLayout()
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setObjectName("currentCard")
        card.setStyleSheet(
            "QFrame#currentCard { background: #f4f7fb; border: 1px solid #c8d1dc;"
            " border-radius: 8px; }"
        )
        card_layout = QVBoxLayout(card)
        caption = QLabel(self.tr("当前号"))
        card_layout.addWidget(caption)
        card_layout.addStretch(1)
        self.number_label = QLabel("—")
        number_font = QFont(self.number_label.font())
        number_font.setPixelSize(88)
        number_font.setBold(True)
        self.number_label.setFont(number_font)
        self.number_label.setStyleSheet("color: #0b3d91;")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card_layout.addWidget(self.number_label)
        self.status_label = QLabel(self.tr("按 F2 叫下一位"))
        status_font = QFont(self.status_label.font())
        status_font.setPointSize(status_font.pointSize() + 4)
        status_font.setBold(True)
        self.status_label.setFont(status_font)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card_layout.addWidget(self.status_label)
        self.detail_label = QLabel("")
        detail_font = QFont(self.detail_label.font())
        detail_font.setPointSize(detail_font.pointSize() + 2)
        self.detail_label.setFont(detail_font)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label.setWordWrap(True)
        card_layout.addWidget(self.detail_label)
        card_layout.addStretch(1)
        left.addWidget(card, 1)

        grid = QGridLayout()
        grid.setSpacing(8)

        def button(text: str, key: str, slot: Callable[[], None], row: int, col: int
                   ) -> QPushButton:
            widget = QPushButton(f"{text}  ({key})")
            widget.setShortcut(QKeySequence(key))
            widget.setMinimumHeight(52)
            font = QFont(widget.font())
            font.setPointSize(font.pointSize() + 3)
            font.setBold(True)
            widget.setFont(font)
            widget.clicked.connect(slot)
            grid.addWidget(widget, row, col)
            return widget

        self.call_next_button = button(self.tr("叫下一位"), "F2", self.call_next, 0, 0)
        self.recall_button = button(self.tr("重呼"), "F3", self.recall, 0, 1)
        self.start_button = button(self.tr("开始接谈"), "F4", self.start_serving, 0, 2)
        self.finish_button = button(self.tr("办结"), "F5", self.finish, 0, 3)
        self.no_show_button = button(self.tr("未到"), "F6", self.mark_no_show, 1, 0)
        self.transfer_button = button(self.tr("转窗口"), "F7", self.transfer, 1, 1)
        self.park_button = button(self.tr("暂挂"), "F8", self.park, 1, 2)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setMinimumHeight(52)
        self.refresh_button.clicked.connect(self.refresh)
        grid.addWidget(self.refresh_button, 1, 3)
        self.call_next_button.setStyleSheet(
            "QPushButton:enabled { background: #0b61d8; color: white; }")
        left.addLayout(grid)
        self.message_label = QLabel("")
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumHeight(40)
        left.addWidget(self.message_label)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        next_box = QGroupBox(self.tr("接下来"))
        next_layout = QVBoxLayout(next_box)
        self.next_list = QListWidget()
        self.next_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        next_layout.addWidget(self.next_list)
        right.addWidget(next_box, 2)

        parked_box = QGroupBox(self.tr("暂挂"))
        parked_layout = QVBoxLayout(parked_box)
        self.parked_list = QListWidget()
        self.parked_list.itemSelectionChanged.connect(self._update_buttons)
        parked_layout.addWidget(self.parked_list)
        self.resume_button = QPushButton(self.tr("恢复接谈（重新叫号）"))
        self.resume_button.clicked.connect(self.resume_selected)
        parked_layout.addWidget(self.resume_button)
        right.addWidget(parked_box, 2)

        no_show_box = QGroupBox(self.tr("今日未到"))
        no_show_layout = QVBoxLayout(no_show_box)
        self.no_show_list = QListWidget()
        self.no_show_list.itemSelectionChanged.connect(self._update_buttons)
        no_show_layout.addWidget(self.no_show_list)
        self.reactivate_button = QPushButton(self.tr("来了，恢复排队"))
        self.reactivate_button.clicked.connect(self.reactivate_selected)
        no_show_layout.addWidget(self.reactivate_button)
        right.addWidget(no_show_box, 2)
        body.addLayout(right, 2)
        root.addLayout(body, 1)

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

    def refresh(self, *, force: bool = False) -> None:
        """Reload this window's queue in the background (skipped while one is running)."""
        if (self._loading and not force) or self._closed or not self._window:
            return
        self._loading = True
        self._refresh_seq += 1
        seq = self._refresh_seq
        window = self._window
        self._tasks.run(lambda: self._calling.window_state(window),
                        lambda state: self._state_loaded(seq, state),
                        lambda error: self._refresh_failed(seq, error))

    def _state_loaded(self, seq: int, state: object) -> None:
        if seq == self._refresh_seq:
            self._loading = False
        if self._closed or not isinstance(state, WindowState) or state.window_name != self._window:
            return
        if seq < self._accept_from or seq < self._shown_seq:
            return
        self._shown_seq = seq
        self._state = state
        self._show_state(state)
        self.state_changed.emit(state)

    def _refresh_failed(self, seq: int, error: BaseException) -> None:
        if seq == self._refresh_seq:
            self._loading = False
        if self._closed:
            return
        log.warning("clerk panel: cannot read the queue: %s", error)
        self._say(self.tr("暂时无法读取队列，正在重试…"), error=True)

    def _windows_loaded(self, windows: object) -> None:
        if self._closed or not isinstance(windows, list):
            return
        self._windows = windows
        chosen = self.window_combo.currentData()
        self.window_combo.blockSignals(True)
        self.window_combo.clear()
        self.window_combo.addItem(self.tr("请选择窗口"), "")
        for info in windows:
            self.window_combo.addItem(info.name, info.name)
        index = self.window_combo.findData(chosen) if chosen else 0
        if index < 0:  # a remembered window no longer in the list stays until changed
            self.window_combo.addItem(chosen, chosen)
            index = self.window_combo.count() - 1
        self.window_combo.setCurrentIndex(index)
        self.window_combo.blockSignals(False)

    def _window_chosen(self) -> None:
        name = str(self.window_combo.currentData() or "")
        if name == self._window:
            return
        current = self.current
        if current is not None or self._busy:
            # A visitor was called to this window (or an action runs): changing now would
            # leave them at a window nobody is at. Say what to do first.
            self.window_combo.blockSignals(True)
            self.window_combo.setCurrentIndex(max(self.window_combo.findData(self._window), 0))
            self.window_combo.blockSignals(False)
            self._say(self.tr("{ticket} 还在本窗口：请先办结、暂挂或转窗口，再更换窗口").format(
                ticket=current.ticket_number if current else ""), error=True)
            return
        self._window = name
        self._state = None
        self.window_label.setText(name)
        self._show_state(None)
        if name:
            self.window_changed.emit(name)
            self._accept_from = self._refresh_seq + 1
            self.refresh(force=True)

    def select_window(self, name: str) -> None:
        """Choose the window in the combo (e.g. from the saved terminal config)."""
        index = self.window_combo.findData(name)
        if index < 0:
            self.window_combo.addItem(name, name)
            index = self.window_combo.count() - 1
        self.window_combo.setCurrentIndex(index)

    def _show_state(self, state: WindowState | None) -> None:
        current = state.current if state else None
        if current is None:
            self.number_label.setText("—")
            self.status_label.setText(
                self.tr("按 F2 叫下一位") if self._window else self.tr("请先选择窗口"))
            self.detail_label.setText("")
        else:
            self.number_label.setText(current.ticket_number)
            self.status_label.setText(self._status_text(current))
            self.detail_label.setText(self._detail_text(current))
        if state is not None:
            self.waiting_label.setText(
                self.tr("本窗口等候 {count} 人").format(count=state.waiting_for_window))
            self.next_list.clear()
            for number in state.next_waiting:
                self.next_list.addItem(number)
            self._fill(self.parked_list, state.parked)
            self._fill(self.no_show_list, state.no_shows)
        else:
            self.waiting_label.setText("")
            self.next_list.clear()
            self.parked_list.clear()
            self.no_show_list.clear()
        self._update_buttons()

    def _fill(self, widget: QListWidget, tickets: tuple[CalledTicket, ...]) -> None:
        selected = self._selected(widget)
        widget.blockSignals(True)
        widget.clear()
        for ticket in tickets:
            text = f"{ticket.ticket_number}  {ticket.visitor_name}"
            if ticket.note:
                text += f" — {ticket.note}"
            item = QListWidgetItem(text)
            item.setData(VISIT_ROLE, ticket.visit_id)
            widget.addItem(item)
            if ticket.visit_id == selected:
                item.setSelected(True)
        widget.blockSignals(False)

    def _status_text(self, ticket: CalledTicket) -> str:
        label = tr_domain(QUEUE_STATUS_LABELS[ticket.status])
        if ticket.status is QueueStatus.CALLED:
            if ticket.recall_count >= ticket.recall_limit:
                return self.tr("{status} · 已重呼 {count} 次，未到请按 F6").format(
                    status=label, count=ticket.recall_count)
            if ticket.recall_count:
                return self.tr("{status} · 重呼 {count}/{limit}").format(
                    status=label, count=ticket.recall_count, limit=ticket.recall_limit)
            return self.tr("{status} · 请等访客到窗口后按 F4").format(status=label)
        if ticket.status is QueueStatus.SERVING and ticket.serving_started_at:
            started = local_time(ticket.serving_started_at).strftime("%H:%M")
            return self.tr("{status} · {time} 开始").format(status=label, time=started)
        return label

    def _detail_text(self, ticket: CalledTicket) -> str:
        parts = [tr_domain(CATEGORIES[ticket.category].label), ticket.visitor_name]
        if ticket.people_count > 1:
            parts.append(self.tr("{count} 人").format(count=ticket.people_count))
        if ticket.called_at:
            waited = max(0, int((ticket.called_at - ticket.issued_at).total_seconds() // 60))
            parts.append(self.tr("等候 {minutes} 分钟").format(minutes=waited))
        parts.append(self.tr("已登记") if ticket.registered else self.tr("未登记"))
        text = " · ".join(parts)
        if ticket.note:
            text += "\n" + ticket.note
        return text

    @staticmethod
    def _selected(widget: QListWidget) -> uuid.UUID | None:
        items = widget.selectedItems()
        if not items:
            return None
        value = items[0].data(VISIT_ROLE)
        return value if isinstance(value, uuid.UUID) else None

    def _update_buttons(self) -> None:
        current = self.current
        ready = bool(self._window) and not self._busy and self._state is not None
        status = current.status if current else None
        # Without a window F2 still answers: it says to choose one (see call_next).
        self.call_next_button.setEnabled(
            (ready and current is None) or (not self._window and not self._busy))
        self.recall_button.setEnabled(ready and current is not None and current.can_recall)
        self.start_button.setEnabled(ready and status is QueueStatus.CALLED)
        self.finish_button.setEnabled(ready and status is QueueStatus.SERVING)
        self.no_show_button.setEnabled(ready and status is QueueStatus.CALLED)
        self.transfer_button.setEnabled(
            ready and status in (QueueStatus.CALLED, QueueStatus.SERVING))
        self.park_button.setEnabled(ready and status in (QueueStatus.CALLED, QueueStatus.SERVING))
        # 未到 is the next step once the recalls are used up: make it stand out.
        exhausted = status is QueueStatus.CALLED and current is not None and not current.can_recall
        self.no_show_button.setStyleSheet(
            "QPushButton:enabled { background: #c62828; color: white; }" if exhausted else "")
        self.resume_button.setEnabled(
            ready and current is None and self._selected(self.parked_list) is not None)
        self.reactivate_button.setEnabled(
            ready and self._selected(self.no_show_list) is not None)
        self.refresh_button.setEnabled(bool(self._window))

    # ---- actions ----------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        if self._busy or not self._window:
            return
        self._busy = True
        self._update_buttons()

        def succeeded(result: Any) -> None:
            self._busy = False
            if self._closed:
                return
            if done is not None:
                done(result)
            if isinstance(result, CalledTicket):
                self.action_done.emit(result)
            self._after_action()

        def failed(error: BaseException) -> None:
            self._busy = False
            if self._closed:
                return
            self._failed(error)
            self._update_buttons()
            self._after_action()

        self._tasks.run(fn, succeeded, failed)

    def _after_action(self) -> None:
        self._accept_from = self._refresh_seq + 1
        self.refresh(force=True)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._say(error_text(error), error=True)
        else:
            # Not the clerk's doing: hand it to the application's error reporter.
            self._tasks.run(lambda: _raise(error))

    def _say(self, text: str, *, error: bool = False) -> None:
        color = "#b71c1c" if error else "#1b5e20"
        self.message_label.setStyleSheet(f"color: {color}; font-weight: bold;")
        stamp = local_time(datetime.now(UTC)).strftime("%H:%M:%S")
        self.message_label.setText(f"{stamp}  {text}")

    def _current_id(self) -> uuid.UUID | None:
        current = self.current
        return current.visit_id if current else None

    def call_next(self) -> None:
        if not self._window:
            self._say(self.tr("请先选择窗口"), error=True)
            self.window_combo.setFocus()
            return
        window = self._window

        def done(ticket: object) -> None:
            if ticket is None:
                self._say(self.tr("现在没有等候的访客"))
            elif isinstance(ticket, CalledTicket):
                self._say(self.tr("已叫 {ticket} 到 {window}").format(
                    ticket=ticket.ticket_number, window=window))

        self._run(lambda: self._calling.call_next(window), done)

    def _on_current(
        self, action: Callable[[uuid.UUID, str], CalledTicket], message: str
    ) -> None:
        visit_id = self._current_id()
        if visit_id is None:
            return
        window = self._window

        def done(ticket: object) -> None:
            if isinstance(ticket, CalledTicket):
                self._say(message.format(ticket=ticket.ticket_number, window=window,
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
            self._say(self.tr("{ticket} 请先填写接谈登记").format(ticket=current.ticket_number))
            self.finish_requested.emit(current.visit_id)
            return
        self._on_current(self._calling.finish, self.tr("{ticket} 已办结"))

    def transfer(self) -> None:
        current = self.current
        if current is None or self._busy:
            return
        dialog = TransferDialog(current, self._windows, self._window, self)
        self._transfer_dialog = dialog
        visit_id, window = current.visit_id, self._window

        def accepted() -> None:
            to_window, to_category, note = dialog.choice()

            def done(ticket: object) -> None:
                if isinstance(ticket, CalledTicket):
                    self._say(self.tr("{ticket} 已转出：{note}").format(
                        ticket=ticket.ticket_number, note=ticket.note or ""))

            self._run(lambda: self._calling.transfer(
                visit_id, window, to_window=to_window, to_category=to_category, note=note),
                done)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @property
    def transfer_dialog(self) -> TransferDialog | None:
        return self._transfer_dialog

    def resume_selected(self) -> None:
        visit_id = self._selected(self.parked_list)
        if visit_id is None:
            return
        window = self._window
        self._run(lambda: self._calling.resume(visit_id, window),
                  lambda t: self._say(self.tr("已重新叫 {ticket}").format(ticket=t.ticket_number)))

    def reactivate_selected(self) -> None:
        visit_id = self._selected(self.no_show_list)
        if visit_id is None:
            return
        window = self._window
        self._run(lambda: self._calling.reactivate(visit_id, window),
                  lambda t: self._say(self.tr("{ticket} 已恢复排队").format(
                      ticket=t.ticket_number)))

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
