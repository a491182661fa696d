"""叫号: how often a ticket may be called again and whether the board speaks (saved with
保存设置)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import registry
from desktop.settings.registry import Settings
from ui.settings.widgets import hint


class CallingOptionsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        options = QGroupBox(self.tr("叫号"))
        form = QFormLayout(options)
        self.recall_spin = QSpinBox()
        self.recall_spin.setRange(registry.CALLING_RECALL_LIMIT.minimum,
                                  registry.CALLING_RECALL_LIMIT.maximum)
        self.recall_spin.setSuffix(self.tr(" 次"))
        recall_row = QHBoxLayout()
        recall_row.addWidget(self.recall_spin)
        recall_row.addWidget(hint(self.tr("同一号票最多重呼几次；0 表示不能重呼")), 1)
        form.addRow(self.tr("重呼次数上限："), recall_row)
        self.voice_check = QCheckBox(self.tr("大厅显示屏用语音播报叫号"))
        form.addRow("", self.voice_check)
        layout.addWidget(options)
        layout.addStretch(1)

    def fill(self, settings: Settings) -> None:
        self.recall_spin.setValue(settings.calling_recall_limit)
        self.voice_check.setChecked(settings.board_voice_enabled)

    def values(self) -> dict[str, object]:
        return {
            "calling_recall_limit": self.recall_spin.value(),
            "board_voice_enabled": self.voice_check.isChecked(),
        }

    def field_widgets(self) -> dict[str, QWidget]:
        return {"calling_recall_limit": self.recall_spin,
                "board_voice_enabled": self.voice_check}
