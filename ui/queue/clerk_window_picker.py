"""叫号 page: the window picker. Always there — the clerk may change windows at any time,
also when the terminal remembered one from the last run."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.queue.windows import WindowInfo


class WindowPicker(QComboBox):
    """The windows by name; "" (请选择窗口) first. `chosen(name)` when the clerk picks one."""

    chosen = Signal(str)

    def __init__(self, window_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSize(bold.pointSize() + 4)
        self.setFont(bold)
        self.setMinimumWidth(160)
        self.addItem(self.tr("请选择窗口"), "")
        if window_name:
            self.addItem(window_name, window_name)
            self.setCurrentIndex(1)
        self.currentIndexChanged.connect(lambda _index: self.chosen.emit(self.name()))

    def name(self) -> str:
        return str(self.currentData() or "")

    def set_windows(self, windows: list[WindowInfo]) -> None:
        """The saved windows; the choice stays (a remembered window no longer in the list
        stays until changed)."""
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("请选择窗口"), "")
        for info in windows:
            self.addItem(info.name, info.name)
        index = self.findData(chosen) if chosen else 0
        if index < 0:
            self.addItem(chosen, chosen)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def show_window(self, name: str) -> None:
        """Show `name` as chosen without announcing it (a refused change goes back)."""
        self.blockSignals(True)
        self.setCurrentIndex(max(self.findData(name), 0))
        self.blockSignals(False)

    def select_window(self, name: str) -> None:
        """Choose `name` as if the clerk had (added when not in the list)."""
        index = self.findData(name)
        if index < 0:
            self.addItem(name, name)
            index = self.count() - 1
        self.setCurrentIndex(index)
