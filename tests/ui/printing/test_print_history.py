"""打印记录 of one visit: every attempt, and reprints from there."""

from __future__ import annotations

from print_fakes import WAIT_MS, issue

from desktop.printing.targets import PdfFile, SystemPrinter
from ui.printing.history import PrintHistoryWidget

# --- History ------------------------------------------------------------------------------


def test_print_history_shows_every_attempt(qtbot, services, tasks) -> None:
    ticket = issue(services)
    printing = services.printing
    printing.record_print(ticket.visit_id, "ticket", SystemPrinter("Thermal-1"), ok=True)
    printing.record_print(ticket.visit_id, "ticket", SystemPrinter("Thermal-1"), ok=False,
                          error="缺纸")
    printing.record_print(ticket.visit_id, "ticket", PdfFile("/tmp/t.pdf"), ok=True)
    widget = PrintHistoryWidget(printing, tasks)
    qtbot.addWidget(widget)

    widget.load(ticket.visit_id, has_receipt=False)
    qtbot.waitUntil(lambda: widget.table.rowCount() == 3, timeout=WAIT_MS)

    rows = [[widget.table.item(r, c).text() for c in range(5)] for r in range(3)]
    assert rows[0][0] == "2026-11-27 09:00:00"
    assert rows[0][1:] == ["排队号票", "Thermal-1", "测试前台", "成功"]
    assert rows[1][1] == "排队号票（补打）" and rows[1][4] == "失败：缺纸"
    assert rows[2][2] == "/tmp/t.pdf" and rows[2][4] == "已另存"
    assert widget.status_label.text() == "共 3 次，成功 2 次"
    assert not widget.receipt_button.isEnabled()
    with qtbot.waitSignal(widget.reprint_requested) as requested:
        widget.ticket_button.click()
    assert requested.args == [ticket.visit_id, "ticket"]


def test_print_history_follows_the_controller(qtbot, services, tasks, controller) -> None:
    ticket = issue(services)
    widget = PrintHistoryWidget(services.printing, tasks)
    qtbot.addWidget(widget)
    controller.history_changed.connect(widget.refresh)
    widget.reprint_requested.connect(controller.reprint)
    widget.load(ticket.visit_id)
    qtbot.waitUntil(lambda: widget.status_label.text() == "还没有打印记录", timeout=WAIT_MS)

    widget.ticket_button.click()

    qtbot.waitUntil(lambda: widget.table.rowCount() == 1, timeout=WAIT_MS)

