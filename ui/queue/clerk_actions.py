"""叫号 page: the action keys, one per step — F2 叫下一位 · F3 重呼 · F4 开始接谈 ·
F5 办结 · F6 未到 · F7 转窗口 · F8 暂挂 — and 刷新, enabled only for what the current
ticket allows."""

from __future__ import annotations

from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from desktop.domain import QueueStatus
from desktop.queue.calling import CalledTicket

BUTTON_HEIGHT = 52


class ClerkButtons(QWidget):
    """The keys; the panel connects their `clicked` to its actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self.call_next_button = self._button(self.tr("叫下一位"), "F2", 0, 0)
        self.recall_button = self._button(self.tr("重呼"), "F3", 0, 1)
        self.start_button = self._button(self.tr("开始接谈"), "F4", 0, 2)
        self.finish_button = self._button(self.tr("办结"), "F5", 0, 3)
        self.no_show_button = self._button(self.tr("未到"), "F6", 1, 0)
        self.transfer_button = self._button(self.tr("转窗口"), "F7", 1, 1)
        self.park_button = self._button(self.tr("暂挂"), "F8", 1, 2)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setMinimumHeight(BUTTON_HEIGHT)
        self._grid.addWidget(self.refresh_button, 1, 3)
        self.call_next_button.setStyleSheet(
            "QPushButton:enabled { background: #0b61d8; color: white; }")

    def _button(self, text: str, key: str, row: int, column: int) -> QPushButton:
        button = QPushButton(f"{text}  ({key})")
        button.setShortcut(QKeySequence(key))
        button.setMinimumHeight(BUTTON_HEIGHT)
        font = QFont(button.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        button.setFont(font)
        self._grid.addWidget(button, row, column)
        return button

    def update_for(self, current: CalledTicket | None, *, ready: bool, has_window: bool,
                   busy: bool) -> None:
        """`ready`: a window is chosen, its state is shown and no action runs."""
        status = current.status if current else None
        # Without a window F2 still answers: it says to choose one.
        self.call_next_button.setEnabled(
            (ready and current is None) or (not has_window and not busy))
        self.recall_button.setEnabled(ready and current is not None and current.can_recall)
        self.start_button.setEnabled(ready and status is QueueStatus.CALLED)
        self.finish_button.setEnabled(ready and status is QueueStatus.SERVING)
        self.no_show_button.setEnabled(ready and status is QueueStatus.CALLED)
        at_window = status in (QueueStatus.CALLED, QueueStatus.SERVING)
        self.transfer_button.setEnabled(ready and at_window)
        self.park_button.setEnabled(ready and at_window)
        # 未到 is the next step once the recalls are used up: make it stand out.
        exhausted = status is QueueStatus.CALLED and current is not None and not current.can_recall
        self.no_show_button.setStyleSheet(
            "QPushButton:enabled { background: #c62828; color: white; }" if exhausted else "")
        self.refresh_button.setEnabled(has_window)
