"""打印设置: which printer takes which document, the receipt layout, automatic ticket
printing and the optional ESC/POS printer. Stored in this terminal's config file.

The dialog is passive: it is given the printer list (fetched off the GUI thread by
PrintController.edit_settings) and emits the new TerminalConfig; saving is the
controller's job. Each printer has a 打印测试页 button: the dialog asks
(`check_page_requested`), the controller prints on the device lane and answers with
`show_check_result`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.config import TerminalConfig
from desktop.printing.escpos import EscposError, parse_target
from desktop.printing.targets import EscposPrinter, PrintTarget, SystemPrinter
from ui.i18n import error_text
from ui.widgets import ErrorLabel, set_invalid


class PrintSettingsDialog(QDialog):
    """Emits `settings_accepted(TerminalConfig)` when the clerk presses 保存, and
    `check_page_requested(PrintTarget, layout, printer label)` for 打印测试页."""

    settings_accepted = Signal(object)
    check_page_requested = Signal(object, str, str)

    def __init__(
        self,
        config: TerminalConfig,
        printers: list[str],
        default_printer: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.setWindowTitle(self.tr("打印设置"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.ticket_printer = self._printer_combo(printers, default_printer,
                                                  config.ticket_printer)
        self.a4_printer = self._printer_combo(printers, default_printer, config.a4_printer)
        self.ticket_check_button = self._check_button("ticketCheckButton")
        self.a4_check_button = self._check_button("a4CheckButton")
        self.escpos_check_button = self._check_button("escposCheckButton")
        self.ticket_check_button.clicked.connect(
            lambda: self._check_system(self.ticket_printer, "80mm"))
        self.a4_check_button.clicked.connect(lambda: self._check_system(self.a4_printer, "a4"))
        self.escpos_check_button.clicked.connect(self._check_escpos)
        form.addRow(self.tr("号票打印机（80毫米）："),
                    _row(self.ticket_printer, self.ticket_check_button))
        form.addRow(self.tr("A4 打印机："), _row(self.a4_printer, self.a4_check_button))

        self.layout_combo = QComboBox()
        self.layout_combo.addItem(self.tr("A4（带存根）"), "a4")
        self.layout_combo.addItem(self.tr("80毫米热敏纸"), "80mm")
        index = self.layout_combo.findData(config.receipt_layout)
        self.layout_combo.setCurrentIndex(max(0, index))
        form.addRow(self.tr("回执默认版式："), self.layout_combo)

        self.auto_print = QCheckBox(self.tr("取号后自动打印号票"))
        self.auto_print.setChecked(bool(config.auto_print_ticket))
        form.addRow("", self.auto_print)

        self.escpos_edit = QLineEdit(config.escpos_target)
        self.escpos_edit.setPlaceholderText(
            self.tr("不用请留空；如 tcp://192.168.1.50:9100 或 COM3")
        )
        form.addRow(self.tr("ESC/POS 热敏打印机："),
                    _row(self.escpos_edit, self.escpos_check_button))
        layout.addLayout(form)
        self.check_label = QLabel()
        self.check_label.setObjectName("checkResultLabel")
        self.check_label.setWordWrap(True)
        self.check_label.hide()
        layout.addWidget(self.check_label)
        hint = QLabel(self.tr(
            "填写 ESC/POS 打印机后，号票和80毫米回执直接发送到该打印机，不经系统打印驱动。"
        ))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        if not printers:
            none = QLabel(self.tr("本机没有找到系统打印机，打印时将提示另存为PDF。"))
            none.setObjectName("hintLabel")
            none.setWordWrap(True)
            layout.addWidget(none)
        self.error_label = ErrorLabel()
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("保存"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _printer_combo(self, printers: list[str], default: str, current: str) -> QComboBox:
        combo = QComboBox()
        default_text = (
            self.tr("系统默认打印机（{name}）").format(name=default)
            if default else self.tr("系统默认打印机")
        )
        combo.addItem(default_text, "")
        for name in printers:
            combo.addItem(name, name)
        if current and current not in printers:
            # Keep a configured printer that is switched off or not installed right now.
            combo.addItem(self.tr("{name}（当前不可用）").format(name=current), current)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _check_button(self, name: str) -> QPushButton:
        button = QPushButton(self.tr("打印测试页"))
        button.setObjectName(name)
        return button

    def _check_system(self, combo: QComboBox, layout: str) -> None:
        name = str(combo.currentData() or "")
        self._ask_check(SystemPrinter(name), layout, name)

    def _check_escpos(self) -> None:
        address = self.escpos_edit.text().strip()
        try:
            parse_target(address)
        except EscposError as error:
            set_invalid(self.escpos_edit, True)
            self.error_label.show_error(error_text(error))
            return
        set_invalid(self.escpos_edit, False)
        self.error_label.clear_error()
        target = EscposPrinter(address)
        self._ask_check(target, "80mm", target.recorded)

    def _ask_check(self, target: PrintTarget, layout: str, label: str) -> None:
        self.check_label.setText(self.tr("正在打印测试页…"))
        self.check_label.setStyleSheet("")
        self.check_label.show()
        self.check_page_requested.emit(target, layout, label)

    def show_check_result(self, text: str, ok: bool) -> None:
        """What became of a test page (from the controller)."""
        self.check_label.setText(text)
        self.check_label.setStyleSheet("" if ok else "color: #b42318;")
        self.check_label.show()

    def new_config(self) -> TerminalConfig:
        """The config with this dialog's values (the ESC/POS target not yet checked)."""
        return replace(
            self.config,
            ticket_printer=str(self.ticket_printer.currentData() or ""),
            a4_printer=str(self.a4_printer.currentData() or ""),
            receipt_layout=str(self.layout_combo.currentData() or "a4"),
            auto_print_ticket=self.auto_print.isChecked(),
            escpos_target=self.escpos_edit.text().strip(),
        )

    def save(self) -> None:
        config = self.new_config()
        if config.escpos_target:
            try:
                parse_target(config.escpos_target)
            except EscposError as error:
                set_invalid(self.escpos_edit, True)
                self.error_label.show_error(error_text(error))
                self.escpos_edit.setFocus()
                return
        set_invalid(self.escpos_edit, False)
        self.error_label.clear_error()
        self.accept()
        self.settings_accepted.emit(config)


def _row(field: QWidget, button: QPushButton) -> QWidget:
    row = QWidget()
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(field, 1)
    box.addWidget(button)
    return row
