"""打印设置: printers, layout, automatic tickets, the ESC/POS printer, and 打印测试页."""

from __future__ import annotations

import json
from dataclasses import replace

from print_fakes import WAIT_MS, pdf_text

from desktop.config import TerminalConfig, load_terminal_config
from desktop.i18n import QT_TRANSLATE_NOOP
from ui.printing.qt_printer import PrintFailed

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



def test_each_printer_prints_a_test_page_from_the_settings(qtbot, controller,
                                                            backend) -> None:
    controller.edit_settings()
    qtbot.waitUntil(lambda: controller.settings_dialog is not None, timeout=WAIT_MS)
    dialog = controller.settings_dialog

    dialog.a4_check_button.click()
    qtbot.waitUntil(lambda: "已送打印机" in dialog.check_label.text(), timeout=WAIT_MS)
    assert dialog.check_label.text() == "测试页已送打印机 HP A4，请查看打印效果"
    [(printer, title, pdf)] = backend.jobs
    assert (printer, title) == ("HP A4", "printer-test-page")
    text = pdf_text(pdf)
    assert "打印测试页" in text and "HP A4" in text and "海口市人民来访接待中心" in text
    assert "生僻字" in text

    backend.fail_with = PrintFailed(QT_TRANSLATE_NOOP(
        "Errors", "打印机“{printer}”报告错误：可能脱机、缺纸或卡纸，请检查打印机"),
        printer="Thermal-1")
    dialog.ticket_check_button.click()
    qtbot.waitUntil(lambda: "没有打印出来" in dialog.check_label.text(), timeout=WAIT_MS)
    assert "缺纸" in dialog.check_label.text()
    assert dialog.isVisible()  # the clerk can change the printer and try again
    dialog.escpos_edit.setText("not a printer:")
    dialog.escpos_check_button.click()
    assert "tcp://" in dialog.error_label.text()
