"""The status bar's "正在处理…" with a running bar, shown only when background work takes
longer than a moment (a short call does not make it flash)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ui.tasks import TaskRunner

# A background call shorter than this does not flash the busy indicator.
BUSY_DELAY_MS = 400


class BusyIndicator(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("正在处理…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._show(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUSY_DELAY_MS)
        self._timer.timeout.connect(lambda: self._show(True))
        tasks.busy_changed.connect(self._on_busy_changed)

    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self._timer.start()
        else:
            self._timer.stop()
            self._show(False)

    def _show(self, busy: bool) -> None:
        self.label.setVisible(busy)
        self.bar.setVisible(busy)

    def is_shown(self) -> bool:
        return self.bar.isVisibleTo(self.window())
