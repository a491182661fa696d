"""After saving a registration: 打印回执 / 预览… / 暂不打印 (opened without blocking)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


class ReceiptOfferBox(QMessageBox):
    print_requested = Signal()
    preview_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("打印回执"))
        self.setText(self.tr("登记已保存。现在为来访人打印回执吗？"))
        self.print_button = self.addButton(self.tr("打印回执"),
                                           QMessageBox.ButtonRole.AcceptRole)
        self.preview_button = self.addButton(self.tr("预览…"),
                                             QMessageBox.ButtonRole.ActionRole)
        self.addButton(self.tr("暂不打印"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.print_button)
        self.print_button.setObjectName("printReceiptButton")
        self.preview_button.setObjectName("previewReceiptButton")
        self.buttonClicked.connect(self._clicked)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.print_button:
            self.print_requested.emit()
        elif button is self.preview_button:
            self.preview_requested.emit()
