"""PrintController: printing, failures, another printer, save as PDF, preview, ESC/POS,
characters no font has (real widgets, a fake printer backend)."""

from __future__ import annotations

import os
import socket
import threading
from dataclasses import replace

from helpers import make_id_number
from print_fakes import WAIT_MS, button, issue, pdf_text, records, register, visit_count

from desktop.config import TerminalConfig
from desktop.domain import TicketCategory
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.printing.escpos import PAPER_STATUS
from desktop.printing.targets import EscposPrinter, SystemPrinter
from desktop.queue.tickets import TicketRequest
from ui.printing.controller import PrintFailed, PrintOutcome

ROLL = ((80.0, 3276.0),)
A4 = ((210.0, 297.0), (148.0, 210.0))

# --- Printing -----------------------------------------------------------------------------


def test_ticket_goes_to_the_ticket_printer_and_is_recorded(qtbot, services, controller,
                                                          backend) -> None:
    ticket = issue(services)
    messages: list[str] = []
    controller.message.connect(messages.append)

    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS) as printed:
        controller.print_ticket(ticket.visit_id)

    outcome: PrintOutcome = printed.args[0]
    assert outcome.ok and outcome.printer == "Thermal-1"
    [(printer, title, pdf)] = backend.jobs
    assert printer == "Thermal-1" and title == "ticket-20261127-A1001"
    assert "A1001" in pdf_text(pdf)
    [record] = records(services)
    assert (record.document, record.status, record.printer, record.is_reprint) == (
        "ticket", "ok", "Thermal-1", False)
    assert messages == ["排队号票 A1001 已送打印机 Thermal-1"]


def test_automatic_ticket_printing_follows_the_setting(qtbot, services, controller,
                                                      backend, tasks) -> None:
    ticket = issue(services)
    controller.set_config(replace(controller.config, auto_print_ticket=False))
    controller.on_ticket_issued(ticket)
    assert tasks.pending == 0 and backend.jobs == []

    controller.set_config(replace(controller.config, auto_print_ticket=True))
    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        controller.on_ticket_issued(ticket)
    assert len(backend.jobs) == 1


def test_system_default_printer_is_used_when_none_is_set(qtbot, services, controller,
                                                         backend) -> None:
    ticket = issue(services)
    controller.set_config(TerminalConfig())
    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        controller.print_ticket(ticket.visit_id)
    assert backend.jobs[0][0] == "HP A4"


def test_failed_print_keeps_the_ticket_and_retry_prints_the_same_number(
        qtbot, services, controller, backend) -> None:
    ticket = issue(services)
    backend.fail_with = PrintFailed(QT_TRANSLATE_NOOP("Errors", "打印机“{printer}”报告错误："
                                                      "可能脱机、缺纸或卡纸，请检查打印机"),
                                    printer="Thermal-1")

    with qtbot.waitSignal(controller.failed, timeout=WAIT_MS):
        controller.print_ticket(ticket.visit_id)

    box = controller.failure_box
    assert box is not None and box.isVisible()
    assert "没有打印出来" in box.text()
    assert "缺纸" in box.informativeText()
    assert "号码不会作废或重复" in box.informativeText()
    [failed] = records(services)
    assert failed.status == "failed" and "缺纸" in (failed.error or "")

    backend.fail_with = None
    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS) as printed:
        button(box, "retryButton").click()

    outcome: PrintOutcome = printed.args[0]
    assert outcome.document.ticket_number == "A1001"
    assert not outcome.document.is_reprint  # the failed copy never reached the visitor
    assert backend.jobs[0][0] == "Thermal-1"
    assert [r.status for r in records(services)] == ["failed", "ok"]
    assert visit_count(services) == 1  # no number burnt, none duplicated
    assert issue(services, 2).ticket_number == "A1002"


def test_failed_print_can_go_to_another_printer(qtbot, services, controller, backend) -> None:
    ticket = issue(services)
    backend.fail_with = OSError(5, "Input/output error")
    with qtbot.waitSignal(controller.failed, timeout=WAIT_MS):
        controller.print_ticket(ticket.visit_id)
    backend.fail_with = None

    button(controller.failure_box, "otherPrinterButton").click()
    qtbot.waitUntil(lambda: controller.chooser is not None and controller.chooser.isVisible(),
                    timeout=WAIT_MS)
    chooser = controller.chooser
    assert chooser.targets() == [SystemPrinter("Thermal-1"), SystemPrinter("HP A4")]
    chooser.combo.setCurrentIndex(1)
    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        chooser.print_button.click()

    assert backend.jobs[0][0] == "HP A4"
    assert [(r.status, r.printer) for r in records(services)] == [
        ("failed", "Thermal-1"), ("ok", "HP A4")]
    assert records(services)[0].error == "Input/output error"


def test_another_printer_offers_only_printers_with_the_right_paper(
        qtbot, services, controller, backend) -> None:
    ticket = issue(services)
    register(services, ticket.visit_id)
    backend.printers = ["Thermal-1", "HP A4", "Generic"]
    backend.sizes = {"Thermal-1": ROLL, "HP A4": A4}  # "Generic" reports no sizes
    controller.set_config(replace(controller.config, escpos_target="tcp://10.0.0.9:9100"))
    receipt = services.printing.receipt(ticket.visit_id, "a4")
    slip = services.printing.ticket_slip(ticket.visit_id)

    controller.choose_printer(receipt)
    qtbot.waitUntil(lambda: controller.chooser is not None, timeout=WAIT_MS)
    assert controller.chooser.targets() == [SystemPrinter("HP A4"), SystemPrinter("Generic")]
    assert controller.chooser.selected_target() == SystemPrinter("HP A4")  # the default
    controller.chooser.reject()

    first = controller.chooser
    controller.choose_printer(slip)
    qtbot.waitUntil(lambda: controller.chooser is not first, timeout=WAIT_MS)
    assert controller.chooser.targets() == [
        SystemPrinter("Thermal-1"), SystemPrinter("Generic"),
        EscposPrinter("tcp://10.0.0.9:9100")]
    controller.chooser.reject()

    backend.printers = ["Thermal-1"]
    second = controller.chooser
    controller.choose_printer(receipt)
    qtbot.waitUntil(lambda: controller.chooser is not second, timeout=WAIT_MS)
    assert controller.chooser.targets() == []
    assert not controller.chooser.print_button.isEnabled()
    controller.chooser.reject()


def test_failed_print_can_be_saved_as_pdf(qtbot, services, controller, backend,
                                          tmp_path) -> None:
    ticket = issue(services)
    register(services, ticket.visit_id)
    backend.fail_with = PrintFailed(QT_TRANSLATE_NOOP(
        "Errors", "本机没有可用的打印机：请在打印设置中选择打印机，或另存为PDF"))
    with qtbot.waitSignal(controller.failed, timeout=WAIT_MS):
        controller.print_receipt(ticket.visit_id)

    button(controller.failure_box, "savePdfButton").click()
    dialog = controller.save_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "回执.pdf"
    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS) as saved:
        dialog.fileSelected.emit(str(target))

    assert target.read_bytes().startswith(b"%PDF")
    assert "来访登记回执" in pdf_text(target.read_bytes())
    assert saved.args[0].entry.to_file
    assert [(r.document, r.status, r.printer) for r in records(services)] == [
        ("receipt_a4", "failed", "HP A4"), ("receipt_a4", "ok", f"PDF:{target}")]


def test_failed_save_is_reported_and_retried_to_the_same_file(qtbot, services, controller,
                                                             tmp_path) -> None:
    ticket = issue(services)
    document = services.printing.ticket_slip(ticket.visit_id)
    target = tmp_path / "missing-folder" / "ticket.pdf"

    with qtbot.waitSignal(controller.failed, timeout=WAIT_MS):
        controller.save_pdf(document, str(target))
    assert "无法保存文件" in controller.failure_box.informativeText()

    target.parent.mkdir()
    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        button(controller.failure_box, "retryButton").click()
    assert target.read_bytes() == document.pdf
    assert [(r.status, r.printer) for r in records(services)] == [
        ("failed", f"PDF:{target}"), ("ok", f"PDF:{target}")]


def test_unregistered_visit_has_no_receipt_to_print(qtbot, services, controller,
                                                    backend) -> None:
    ticket = issue(services)
    controller.print_receipt(ticket.visit_id)
    qtbot.waitUntil(lambda: controller.failure_box is not None, timeout=WAIT_MS)
    assert "还没有接谈登记" in controller.failure_box.text()
    assert backend.jobs == [] and records(services) == []


def test_preview_shows_the_pages_and_prints_from_there(qtbot, services, controller,
                                                       backend) -> None:
    ticket = issue(services)
    register(services, ticket.visit_id)

    controller.preview_receipt(ticket.visit_id, "a4")
    qtbot.waitUntil(lambda: controller.preview_dialog is not None, timeout=WAIT_MS)
    dialog = controller.preview_dialog
    assert dialog.isVisible()
    assert len(dialog.page_labels) == 1
    page = dialog.page_labels[0].pixmap()
    assert page.width() > 700 and page.height() > page.width()  # A4 at preview size
    assert "HP A4" in dialog.printer_label.text()
    assert records(services) == []  # a preview is not a print

    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        dialog.print_button.click()
    assert backend.jobs[0][0] == "HP A4"
    assert [r.document for r in records(services)] == ["receipt_a4"]


def test_receipt_offer_after_registration_prints_the_default_layout(
        qtbot, services, controller, backend) -> None:
    ticket = issue(services)
    result = register(services, ticket.visit_id)
    controller.set_config(replace(controller.config, receipt_layout="80mm"))

    controller.on_registration_saved(result)
    box = controller.offer_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS) as printed:
        button(box, "printReceiptButton").click()

    assert printed.args[0].document.layout == "80mm"
    assert backend.jobs[0][0] == "Thermal-1"  # 80 mm goes to the roll printer


def test_second_print_is_a_reprint(qtbot, services, controller, backend) -> None:
    ticket = issue(services)
    for _ in range(2):
        with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
            controller.reprint(ticket.visit_id, "ticket")
    assert "补打" not in pdf_text(backend.jobs[0][2])
    assert "补打" in pdf_text(backend.jobs[1][2])
    assert [r.is_reprint for r in records(services)] == [False, True]


class _RawPrinter:
    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(10)
        self.port = self.server.getsockname()[1]
        self.received = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            conn.settimeout(10)
            conn.recv(len(PAPER_STATUS))
            conn.sendall(b"\x12")  # paper present
            chunks = []
            while chunk := conn.recv(65536):
                chunks.append(chunk)
            self.received = b"".join(chunks)

    def join(self) -> None:
        self.thread.join(10)
        self.server.close()


def test_escpos_printer_takes_tickets_when_set(qtbot, services, controller, backend) -> None:
    ticket = issue(services)
    raw = _RawPrinter()
    target = f"tcp://127.0.0.1:{raw.port}"
    controller.set_config(replace(controller.config, escpos_target=target))

    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        controller.print_ticket(ticket.visit_id)
    raw.join()

    assert backend.jobs == []
    assert "A1001".encode("gb18030") in raw.received
    assert raw.received.startswith(b"\x1b@\x1c&")
    [record] = records(services)
    assert record.printer == f"ESC/POS {target}"


# --- Characters no font can draw, and a full disk ----------------------------------------

NO_FONT = "\U0010fffd"  # private use, plane 16: in no font


def test_receipt_with_characters_no_font_has_warns_before_printing(
        qtbot, services, controller, backend) -> None:
    ticket = services.tickets.issue_ticket(TicketRequest(
        name=f"王{NO_FONT}明", id_number=make_id_number(seq=3),
        category=TicketCategory.REGULAR))
    register(services, ticket.visit_id)

    controller.print_receipt(ticket.visit_id)
    qtbot.waitUntil(lambda: controller.unprintable_box is not None
                    and controller.unprintable_box.isVisible(), timeout=WAIT_MS)
    box = controller.unprintable_box
    assert "以下字符无法打印" in box.text() and "U+10FFFD" in box.text()
    assert "请核对姓名，或手写补全" in box.text()
    assert backend.jobs == [] and records(services) == []  # nothing printed yet

    cancel = next(b for b in box.buttons() if b.text() == "取消")
    cancel.click()
    qtbot.wait(50)
    assert backend.jobs == [] and records(services) == []

    controller.print_receipt(ticket.visit_id)
    qtbot.waitUntil(lambda: controller.unprintable_box is not box
                    and controller.unprintable_box.isVisible(), timeout=WAIT_MS)
    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        button(controller.unprintable_box, "printAnywayButton").click()
    [(printer, _title, pdf)] = backend.jobs
    assert printer == "HP A4" and "来访登记回执" in pdf_text(pdf)
    assert [r.status for r in records(services)] == ["ok"]


def test_saving_over_a_good_file_on_a_full_disk_keeps_it(
        qtbot, services, controller, tmp_path, monkeypatch) -> None:
    import errno

    from desktop.storage import files

    ticket = issue(services)
    document = services.printing.ticket_slip(ticket.visit_id)
    folder = tmp_path / "saved"
    folder.mkdir()
    target = folder / "ticket.pdf"
    target.write_bytes(b"%PDF-1.4 a good earlier copy")
    real_write = os.write
    calls: list[int] = []

    def write(fd: int, data: bytes) -> int:  # part of the data, then the disk is full
        calls.append(fd)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data)[: len(data) // 2])

    monkeypatch.setattr(files.os, "write", write)

    with qtbot.waitSignal(controller.failed, timeout=WAIT_MS):
        controller.save_pdf(document, str(target))

    assert calls  # the write did start
    assert "磁盘空间不足" in controller.failure_box.informativeText()
    assert target.read_bytes() == b"%PDF-1.4 a good earlier copy"
    assert os.listdir(folder) == ["ticket.pdf"]
    assert [(r.status, r.printer) for r in records(services)] == [("failed", f"PDF:{target}")]
