"""打印失败: why, that the ticket and registration are safe, and 重试 / 换打印机 /
另存为PDF / 取消. Opened without blocking; the controller acts on its signals.

(The front desk shows failed automatic tickets in ui/printing/banner.py instead: a box
takes the keyboard, and the next card swipe would type into it.)"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


class PrintFailureBox(QMessageBox):
    retry_requested = Signal()
    other_printer_requested = Signal()
    save_requested = Signal()

    def __init__(self, document_label: str, reason: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("打印失败"))
        self.setText(self.tr("{document}没有打印出来。").format(document=document_label))
        self.setInformativeText(
            self.tr(
                "原因：{reason}\n\n号票和登记已经保存，不受影响，号码不会作废或重复。"
                "可以重试、换一台打印机，或另存为PDF。"
            ).format(reason=reason)
        )
        self.retry_button = self.addButton(self.tr("重试"), QMessageBox.ButtonRole.AcceptRole)
        self.other_button = self.addButton(self.tr("换打印机…"),
                                           QMessageBox.ButtonRole.ActionRole)
        self.save_button = self.addButton(self.tr("另存为PDF…"),
                                          QMessageBox.ButtonRole.ActionRole)
        self.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button)
        self.retry_button.setObjectName("retryButton")
        self.other_button.setObjectName("otherPrinterButton")
        self.save_button.setObjectName("savePdfButton")
        self.buttonClicked.connect(self._clicked)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.retry_button:
            self.retry_requested.emit()
        elif button is self.other_button:
            self.other_printer_requested.emit()
        elif button is self.save_button:
            self.save_requested.emit()
