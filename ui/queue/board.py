"""The waiting-hall display board (叫号显示屏): readable from across the hall.

Shows the latest call huge and highlighted, the recent calls (number → window), the
next numbers, how many wait per category with an estimated wait, the date and time
and the centre's name. Under them, when leaders receive visitors today or in the coming
week, one line names each published session in turn (time, leader, 分管领域, place); it
never takes the calls' room and is not there when nothing is published.

It reads `board.board_snapshot()` once a second in the background (never on the GUI
thread, never two reads at once); new calls and recalls go to the voice queue. The
reception sessions are read with the same tick but at most once a minute
(`RECEPTION_READ_S`): they change rarely and the board must not load the database for
them every second. When the database cannot be read it keeps the last good data and
says so discreetly — the hall never sees an empty board.
"""

from __future__ import annotations

import logging
import time
import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.app_services import AppServices
from desktop.clock import local_time
from desktop.queue.board import BoardService, BoardSnapshot
from desktop.queue.estimates import STEP_MINUTES, WaitEstimate
from desktop.queue.voice import announcement_for
from desktop.reception.schedule import BoardSession, ComingSessions, ScheduleService
from ui.i18n import tr_domain
from ui.operations import Operation
from ui.queue.board_text import BoardLabel, call_line, date_text, reception_line, window_text
from ui.queue.voice_player import AnnouncementQueue, create_voice_player
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

REFRESH_MS = 1_000
STALE_AFTER_S = 10        # no fresh data for this long: say so on the board
FLASH_MS = 500
FLASH_TIMES = 12          # the latest call blinks for 6 seconds
RECENT_ROWS = 6
NUMBER_GAP = "   "
RECEPTION_READ_S = 60     # the leaders' reception sessions are read again after this
RECEPTION_ROTATE_S = 8    # each session's line stays this long
RECEPTION_ITEMS = 8       # at most this many sessions take turns on the line
# Font sizes below are pixels on a 1920×1080 screen, scaled to the window.
DESIGN_WIDTH, DESIGN_HEIGHT = 1920, 1080

BACKGROUND = "#05070d"
PANEL = "#111a2e"
TEXT = "#ffffff"
NUMBER = "#ffd400"
MUTED = "#a9b4c8"
ACCENT = "#ffd400"
FLASH = "#4a3b00"


def _label(text: str = "", color: str = TEXT, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
           fit: bool = False) -> QLabel:
    """A board label; with `fit` its font shrinks until its text fits its width."""
    label = BoardLabel(text, fit)
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    label.setStyleSheet(f"color: {color};")
    return label


class BoardWindow(QWidget):
    """The hall display. `voice`: the announcement queue (None: the best this PC has)."""

    refreshed = Signal(object)  # BoardSnapshot, after each successful read

    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        voice: AnnouncementQueue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._board: BoardService = services.board
        self._schedule: ScheduleService = services.reception_schedule
        self._coming: ComingSessions | None = None
        self._coming_read_at: float | None = None  # time.monotonic() of the last read
        self._coming_failing = False
        self._reception_index = 0
        self._reception_shown_s = 0
        self._tasks = tasks
        if voice is None:
            voice = AnnouncementQueue(create_voice_player(), self)
        elif voice.parent() is None:
            voice.setParent(self)  # goes with the board, on the GUI thread
        self._voice = voice
        self._snapshot: BoardSnapshot | None = None
        self._seen_events: set[uuid.UUID] | None = None  # None until the first read
        self._last_ok: datetime | None = None
        self._failing = False
        self._flash_left = 0
        self._flash_on = False
        self._closed = False
        self._sizes: list[tuple[QWidget, int, bool]] = []

        self.setWindowTitle(self.tr("叫号显示屏"))
        self.setObjectName("board")
        self.setAutoFillBackground(True)
        self._apply_style()
        self._build()

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._flash_step)
        self._tick()

    # ---- layout -----------------------------------------------------------------------

    def _sized(self, widget: QWidget, pixels: int, bold: bool = False) -> QWidget:
        self._sizes.append((widget, pixels, bold))
        return widget

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(36, 20, 36, 16)
        root.setSpacing(16)

        header = QHBoxLayout()
        self.centre_label = _label("", TEXT, fit=True)
        self._sized(self.centre_label, 52, True)
        self.clock_label = _label("", TEXT, Qt.AlignmentFlag.AlignRight, fit=True)
        self._sized(self.clock_label, 42, True)
        header.addWidget(self.centre_label, 1)
        header.addWidget(self.clock_label, 1)
        root.addLayout(header)

        middle = QHBoxLayout()
        middle.setSpacing(24)
        self.latest_frame = QFrame()
        self.latest_frame.setObjectName("latest")
        latest = QVBoxLayout(self.latest_frame)
        latest.setContentsMargins(24, 12, 24, 24)
        latest.setSpacing(0)
        self.latest_caption = _label(self.tr("正在呼叫"), MUTED, Qt.AlignmentFlag.AlignHCenter,
                                     fit=True)
        self._sized(self.latest_caption, 44, True)
        # Shrinks to the frame's width on a smaller screen rather than losing its edges.
        self.latest_number_label = _label("—", NUMBER, Qt.AlignmentFlag.AlignHCenter, fit=True)
        self._sized(self.latest_number_label, 280, True)
        # "Please go to Window 2" is three times as wide as "请到 2号窗口": it shrinks to fit.
        self.latest_window_label = _label(self.tr("暂无叫号"), TEXT, Qt.AlignmentFlag.AlignHCenter,
                                          fit=True)
        self._sized(self.latest_window_label, 112, True)
        latest.addWidget(self.latest_caption)
        latest.addWidget(self.latest_number_label, 3)
        latest.addWidget(self.latest_window_label, 2)
        middle.addWidget(self.latest_frame, 11)

        recent_frame = QFrame()
        recent_frame.setObjectName("panel")
        recent = QGridLayout(recent_frame)
        recent.setContentsMargins(28, 12, 28, 12)
        recent.setHorizontalSpacing(24)
        recent.setVerticalSpacing(0)
        caption = _label(self.tr("最近叫号"), MUTED)
        self._sized(caption, 40, True)
        recent.addWidget(caption, 0, 0, 1, 2)
        self.recent_rows: list[tuple[QLabel, QLabel]] = []
        for row in range(RECENT_ROWS):
            number = _label("", NUMBER)
            window = _label("", TEXT, Qt.AlignmentFlag.AlignRight, fit=True)
            self._sized(number, 68, True)
            self._sized(window, 60, True)
            recent.addWidget(number, row + 1, 0)
            recent.addWidget(window, row + 1, 1)
            recent.setRowStretch(row + 1, 1)
            self.recent_rows.append((number, window))
        recent.setColumnStretch(1, 1)  # the window names take the room the numbers leave
        middle.addWidget(recent_frame, 8)
        root.addLayout(middle, 1)

        waiting_frame = QFrame()
        waiting_frame.setObjectName("panel")
        waiting = QHBoxLayout(waiting_frame)
        waiting.setContentsMargins(28, 10, 28, 10)
        caption = _label(self.tr("等候叫号"), MUTED)
        self._sized(caption, 40, True)
        self.next_label = _label("", TEXT)
        self.next_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._sized(self.next_label, 60, True)
        waiting.addWidget(caption)
        waiting.addSpacing(24)
        waiting.addWidget(self.next_label, 1)
        root.addWidget(waiting_frame)

        categories = QHBoxLayout()
        categories.setSpacing(16)
        self.category_labels: list[QLabel] = []
        for _ in range(4):
            card = _label("", TEXT, Qt.AlignmentFlag.AlignHCenter)
            card.setObjectName("panel")
            card.setWordWrap(True)
            card.setTextFormat(Qt.TextFormat.RichText)
            self._sized(card, 36, True)
            categories.addWidget(card, 1)
            self.category_labels.append(card)
        root.addLayout(categories)

        # The leaders' reception sessions: one line, hidden while there are none.
        self.reception_frame = QFrame()
        self.reception_frame.setObjectName("panel")
        reception = QHBoxLayout(self.reception_frame)
        reception.setContentsMargins(28, 4, 28, 4)
        self.reception_caption = _label("", ACCENT)
        self._sized(self.reception_caption, 34, True)
        self.reception_label = _label("", TEXT, fit=True)
        self._sized(self.reception_label, 34, True)
        reception.addWidget(self.reception_caption)
        reception.addSpacing(24)
        reception.addWidget(self.reception_label, 1)
        self.reception_frame.hide()
        root.addWidget(self.reception_frame)

        footer = QHBoxLayout()
        self.footer_label = _label(self.tr("请留意叫号，过号请到前台咨询"), MUTED, fit=True)
        self._sized(self.footer_label, 28)
        self.notice_label = _label("", "#ff9f80", Qt.AlignmentFlag.AlignRight, fit=True)
        self._sized(self.notice_label, 26)
        footer.addWidget(self.footer_label, 1)
        footer.addWidget(self.notice_label, 1)
        root.addLayout(footer)

        self._apply_highlight()
        self._apply_sizes()

    def _apply_style(self) -> None:
        # Set before the children exist (set later, Qt 6.12 did not restyle them).
        self.setStyleSheet(
            f"QWidget#board {{ background: {BACKGROUND}; }}"
            f"QFrame#panel, QLabel#panel {{ background: {PANEL}; border-radius: 12px;"
            f" padding: 8px; }}"
        )

    def _apply_highlight(self) -> None:
        background = FLASH if self._flash_on else PANEL
        self.latest_frame.setStyleSheet(
            f"QFrame#latest {{ background: {background}; border: 6px solid {ACCENT};"
            f" border-radius: 16px; }}"
        )

    def _apply_sizes(self) -> None:
        if self.height() > 0 and self.width() > 0:
            scale = max(0.3, min(self.height() / DESIGN_HEIGHT, self.width() / DESIGN_WIDTH))
        else:
            scale = 1.0
        for widget, pixels, bold in self._sizes:
            size = max(10, round(pixels * scale))
            if isinstance(widget, BoardLabel):
                widget.set_pixel_size(size, bold)
                continue
            font = QFont(widget.font())
            font.setPixelSize(size)
            font.setBold(bold)
            widget.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    # ---- refresh ----------------------------------------------------------------------

    @property
    def snapshot(self) -> BoardSnapshot | None:
        """The last good data on display."""
        return self._snapshot

    @property
    def voice(self) -> AnnouncementQueue:
        return self._voice

    @property
    def is_stale(self) -> bool:
        return bool(self.notice_label.text())

    def refresh_now(self) -> None:
        """Read the board data now (unless a read is already under way)."""
        if self._closed:
            return
        # First wins: never two reads at once; the next tick reads again.
        (Operation(self, self._tasks, self._board.board_snapshot)
         .success(self._loaded)
         .failure(self._failed)
         .exclusive("snapshot")
         .run())

    def _tick(self) -> None:
        now = local_time(datetime.now(UTC))
        self.clock_label.setText(f"{date_text(now.date())}  {now.strftime('%H:%M:%S')}")
        self._update_notice()
        self.refresh_now()
        self._reception_tick()

    def _loaded(self, snapshot: object) -> None:
        if self._closed or not isinstance(snapshot, BoardSnapshot):
            return
        if self._failing:
            log.warning("board: database readable again")
        self._failing = False
        self._last_ok = datetime.now(UTC)
        self._announce_new(snapshot)
        self._show(snapshot)
        self._update_notice()
        self.refreshed.emit(snapshot)

    def _failed(self, error: BaseException) -> bool:
        """Keep the last data and say so on the board; never a box on the hall's TV."""
        if self._closed:
            return True
        if not self._failing:  # once per outage, not once a second
            log.warning("board: cannot read the database, showing the last data: %s", error)
        self._failing = True
        self._update_notice()
        return True

    def _update_notice(self) -> None:
        stale = self._failing or (
            self._last_ok is not None
            and (datetime.now(UTC) - self._last_ok).total_seconds() > STALE_AFTER_S
        )
        if stale:
            if self._last_ok is not None:
                when = local_time(self._last_ok).strftime("%H:%M:%S")
                text = self.tr("数据暂时无法更新（最后更新 {time}）").format(time=when)
            else:
                text = self.tr("数据暂时无法读取，正在重试…")
            self.notice_label.setText(text)
        else:
            self.notice_label.setText("")

    def _announce_new(self, snapshot: BoardSnapshot) -> None:
        ids = {call.event_id for call in snapshot.call_events}
        seen = self._seen_events
        self._seen_events = ids
        self._voice.set_enabled(snapshot.voice_enabled)
        if seen is None:
            return  # first read: what was called before the board started is not replayed
        fresh = [call for call in snapshot.call_events if call.event_id not in seen]
        for call in fresh:
            self._voice.announce(announcement_for(call.ticket_number, call.window_name, call.kind))
        if fresh:
            self._start_flash()

    # ---- the leaders' reception sessions ---------------------------------------------

    def _reception_tick(self) -> None:
        read_at = self._coming_read_at
        if read_at is None or time.monotonic() - read_at >= RECEPTION_READ_S:
            self.refresh_reception()
        self._reception_shown_s += 1
        if self._reception_shown_s >= RECEPTION_ROTATE_S:
            self.next_reception()

    def refresh_reception(self) -> None:
        """Read today's and the coming week's published sessions (one read at a time)."""
        if self._closed:
            return
        self._coming_read_at = time.monotonic()  # also after a failure: retried in a minute
        (Operation(self, self._tasks, self._schedule.coming)
         .success(self._reception_loaded)
         .failure(self._reception_failed)
         .exclusive("reception")
         .run())

    def _reception_loaded(self, coming: object) -> None:
        if self._closed or not isinstance(coming, ComingSessions):
            return
        self._coming_failing = False
        if coming != self._coming:
            self._coming = coming
            self._reception_index = 0
            self._reception_shown_s = 0
        self._show_reception()

    def _reception_failed(self, error: BaseException) -> bool:
        """Keep the sessions shown; the calls part says when the database is away."""
        if not self._closed and not self._coming_failing:
            log.warning("board: cannot read the reception sessions: %s", type(error).__name__)
        self._coming_failing = True
        return True

    def reception_sessions(self) -> tuple[BoardSession, ...]:
        """The sessions taking turns on the line: today's first, then the coming days."""
        coming = self._coming
        if coming is None:
            return ()
        return (coming.today_sessions + coming.next_days)[:RECEPTION_ITEMS]

    def next_reception(self) -> None:
        """Show the next session on the line."""
        self._reception_shown_s = 0
        sessions = self.reception_sessions()
        if len(sessions) > 1:
            self._reception_index = (self._reception_index + 1) % len(sessions)
            self._show_reception()

    def _show_reception(self) -> None:
        sessions = self.reception_sessions()
        coming = self._coming
        if not sessions or coming is None:
            self.reception_frame.hide()
            return
        index = self._reception_index % len(sessions)
        session = sessions[index]
        if session.day == coming.today:
            caption = self.tr("今日领导接访")
        else:
            caption = self.tr("近期领导接访")
        if len(sessions) > 1:
            caption = f"{caption} {index + 1}/{len(sessions)}"
        self.reception_caption.setText(caption)
        self.reception_label.setText(reception_line(session, coming.today))
        self.reception_frame.show()

    # ---- display ----------------------------------------------------------------------

    def _show(self, snapshot: BoardSnapshot) -> None:
        self._snapshot = snapshot
        self.centre_label.setText(snapshot.centre_name)
        latest = snapshot.latest
        if latest is None:
            # Nobody is being called now (finished, transferred, …): nothing stays lit.
            self.latest_number_label.setText("—")
            self.latest_window_label.setText(self.tr("暂无叫号"))
            self._stop_flash()
        else:
            self.latest_number_label.setText(latest.ticket_number)
            self.latest_window_label.setText(call_line(latest.window_name))
        others = [c for c in snapshot.recent if latest is None or c.event_id != latest.event_id]
        for row, (number, window) in enumerate(self.recent_rows):
            if row < len(others):
                number.setText(others[row].ticket_number)
                window.setText(window_text(others[row].window_name))
            else:
                number.setText("")
                window.setText("")
        if snapshot.next_waiting:
            self.next_label.setText(self._fitting(snapshot.next_waiting))
        else:
            self.next_label.setText(self.tr("暂无等候"))
        for card, load in zip(self.category_labels, snapshot.categories, strict=False):
            estimate = self._estimate_text(load.estimate)
            line = self.tr("等候 %n 人", "", load.waiting)
            parts = [f"<span style='color:{MUTED}'>{tr_domain(load.label)}</span>",
                     f"<span style='color:{TEXT}'>{line}</span>"]
            if estimate and load.waiting:
                parts.append(
                    f"<span style='color:{NUMBER}'>"
                    f"{estimate}</span>"
                )
            card.setText("<br>".join(parts))

    def _fitting(self, numbers: tuple[str, ...]) -> str:
        """As many of the next numbers as fit on the line, never a cut-off one."""
        metrics = QFontMetrics(self.next_label.font())
        width = self.next_label.width()
        text = numbers[0]
        for number in numbers[1:]:
            longer = f"{text}{NUMBER_GAP}{number}"
            if width > 0 and metrics.horizontalAdvance(longer) > width:
                break
            text = longer
        return text

    def _estimate_text(self, estimate: WaitEstimate | None) -> str:
        if estimate is None:
            return ""  # no data yet today: no made-up number
        if estimate.high_minutes <= STEP_MINUTES:
            return self.tr("即将叫号")
        return self.tr("预计约 {low}–{high} 分钟").format(
            low=estimate.low_minutes, high=estimate.high_minutes)

    def _start_flash(self) -> None:
        self._flash_left = FLASH_TIMES
        self._flash_on = True
        self._apply_highlight()
        self._flash_timer.start()

    def _stop_flash(self) -> None:
        self._flash_timer.stop()
        self._flash_left = 0
        if self._flash_on:
            self._flash_on = False
            self._apply_highlight()

    @property
    def is_flashing(self) -> bool:
        return self._flash_on or self._flash_timer.isActive()

    def _flash_step(self) -> None:
        self._flash_left -= 1
        self._flash_on = self._flash_left > 0 and not self._flash_on
        self._apply_highlight()
        if self._flash_left <= 0:
            self._flash_timer.stop()

    # ---- window -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def stop(self) -> None:
        """Stop refreshing and speaking (closing the window does this)."""
        self._closed = True
        self._timer.stop()
        self._flash_timer.stop()
        self._voice.clear()


def open_board_on_screen(
    services: AppServices,
    tasks: TaskRunner,
    screen: QScreen | int | None = None,
    voice: AnnouncementQueue | None = None,
    owner: QObject | None = None,
) -> BoardWindow:
    """Open the board full-screen on `screen` (index or QScreen; default: the last one,
    usually the hall's TV). Keep the returned window; Esc closes it."""
    screens = QApplication.screens()
    if isinstance(screen, int):
        target = screens[screen] if 0 <= screen < len(screens) else screens[-1]
    else:
        target = screen or screens[-1]
    board = BoardWindow(services, tasks, voice)
    board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if owner is not None:
        owner.destroyed.connect(board.close)
    board.setScreen(target)
    board.setGeometry(target.geometry())
    board.setCursor(Qt.CursorShape.BlankCursor)  # no mouse pointer on the hall's TV
    board.showFullScreen()
    return board
