"""换打印机: pick a printer for this one print (the settings stay as they are).

Only printers that can print the document are offered (desktop.printing.targets.
printers_for: an A4 receipt needs A4 paper, a ticket a roll); the ESC/POS printer only
for roll documents."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.printing.targets import (
    EscposPrinter,
    PrinterInfo,
    PrintTarget,
    SystemPrinter,
    printers_for,
)


class ChoosePrinterDialog(QDialog):
    """Emits `chosen(PrintTarget)` or `save_requested()`."""

    chosen = Signal(object)
    save_requested = Signal()

    def __init__(
        self,
        printers: Sequence[PrinterInfo],
        default: str,
        escpos_address: str,
        layout: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("换打印机"))
        layout_box = QVBoxLayout(self)
        self.combo = QComboBox()
        fitting = printers_for(layout, printers)
        for info in fitting:
            name = info.name
            label = self.tr("{name}（默认）").format(name=name) if name == default else name
            self.combo.addItem(label, SystemPrinter(name))
        if escpos_address and layout == "80mm":
            target = EscposPrinter(escpos_address)
            self.combo.addItem(target.recorded, target)
        names = [info.name for info in fitting]
        if default in names:
            self.combo.setCurrentIndex(names.index(default))
        if self.combo.count():
            layout_box.addWidget(QLabel(self.tr("用哪台打印机打印这份单据？")))
            layout_box.addWidget(self.combo)
        else:
            self.combo.hide()
            if printers:
                text = self.tr(
                    "本机没有能打印这份单据的打印机（纸张规格不符）。可以另存为PDF，稍后再打印。"
                )
            else:
                text = self.tr("本机没有找到打印机。可以另存为PDF，稍后再打印。")
            layout_box.addWidget(QLabel(text))
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("打印"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setEnabled(self.combo.count() > 0)
        self.save_button = buttons.addButton(self.tr("另存为PDF…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._save)
        layout_box.addWidget(buttons)

    def targets(self) -> list[PrintTarget]:
        return [self.combo.itemData(i) for i in range(self.combo.count())]

    def selected_target(self) -> PrintTarget | None:
        data = self.combo.currentData()
        return data if isinstance(data, SystemPrinter | EscposPrinter) else None

    def _accept(self) -> None:
        target = self.selected_target()
        self.accept()
        if target is not None:
            self.chosen.emit(target)

    def _save(self) -> None:
        self.reject()
        self.save_requested.emit()
