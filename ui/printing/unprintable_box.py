"""有字符无法打印: characters no font has would print blank — 仍然打印 / 取消.

Cancel is the default: printing blanks in a name is a choice, not what Enter does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desktop.printing.service import UNPRINTABLE_WARNING, describe_chars


class UnprintableBox(QMessageBox):
    print_anyway = Signal()

    def __init__(self, chars: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("有字符无法打印"))
        self.setText(
            QCoreApplication.translate("Printing", UNPRINTABLE_WARNING).format(
                chars=describe_chars(chars)
            )
        )
        self.anyway_button = self.addButton(self.tr("仍然打印"),
                                            QMessageBox.ButtonRole.AcceptRole)
        cancel = self.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(cancel)
        self.anyway_button.setObjectName("printAnywayButton")
        self.buttonClicked.connect(self._clicked)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.anyway_button:
            self.print_anyway.emit()
