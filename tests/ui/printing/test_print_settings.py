"""打印设置: printers, layout, automatic tickets, the ESC/POS printer, and 打印测试页."""

from __future__ import annotations

import json
from dataclasses import replace

from print_fakes import WAIT_MS

from desktop.config import TerminalConfig, load_terminal_config

# --- Settings -----------------------------------------------------------------------------


def test_settings_dialog_saves_the_terminal_config(qtbot, controller, tmp_path) -> None:
    changed: list[TerminalConfig] = []
    controller.config_changed.connect(changed.append)

    controller.edit_settings()
    qtbot.waitUntil(lambda: controller.settings_dialog is not None, timeout=WAIT_MS)
    dialog = controller.settings_dialog
    assert [dialog.a4_printer.itemData(i) for i in range(dialog.a4_printer.count())] == [
        "", "Thermal-1", "HP A4"]
    assert dialog.ticket_printer.currentData() == "Thermal-1"
    dialog.a4_printer.setCurrentIndex(0)  # the system default
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("80mm"))
    dialog.auto_print.setChecked(False)
    dialog.escpos_edit.setText("not a printer:")
    dialog.save()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "tcp://" in dialog.error_label.text()

    dialog.escpos_edit.setText("192.168.1.50:9100")
    with qtbot.waitSignal(controller.config_changed, timeout=WAIT_MS):
        dialog.save()

    saved = load_terminal_config(tmp_path / "terminal.json")
    assert (saved.ticket_printer, saved.a4_printer, saved.receipt_layout,
            saved.auto_print_ticket, saved.escpos_target) == (
        "Thermal-1", "", "80mm", False, "192.168.1.50:9100")
    assert controller.config == saved == changed[0]
    raw = json.loads((tmp_path / "terminal.json").read_text(encoding="utf-8"))
    assert raw["terminal_code"] == "FRONT-1"  # other settings kept


def test_settings_keep_a_printer_that_is_not_there_now(qtbot, controller, backend) -> None:
    controller.set_config(replace(controller.config, a4_printer="Old-Printer"))
    backend.printers = []
    controller.edit_settings()
    qtbot.waitUntil(lambda: controller.settings_dialog is not None, timeout=WAIT_MS)
    combo = controller.settings_dialog.a4_printer
    assert combo.currentData() == "Old-Printer"
    assert "当前不可用" in combo.currentText()

