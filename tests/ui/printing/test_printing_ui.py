"""Printing from the GUI: real widgets, a fake printer (and QPrinter writing a PDF file)."""

from __future__ import annotations

import io
import json
import os
import socket
import stat
import threading
from dataclasses import replace

import pytest
from helpers import make_id_number
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy import func, select

from db.models import PrintRecord, Visit
from desktop.cases.registration import RegistrationInput
from desktop.config import TerminalConfig, load_terminal_config
from desktop.domain import Purpose, Route, TicketCategory
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.printing.escpos import PAPER_STATUS
from desktop.queue.tickets import TicketRequest
from ui.printing.controller import (
    PrintController,
    PrintFailed,
    PrintOutcome,
    paint_pdf,
    print_with_lp,
)
from ui.printing.history import PrintHistoryWidget
from ui.tasks import TaskRunner

WAIT_MS = 15_000
ROLL_WIDTH = 80 * 72 / 25.4


class FakeBackend:
    """Two printers; `fail_with` makes the next prints fail like a real printer would."""

    def __init__(self) -> None:
        self.printers = ["Thermal-1", "HP A4"]
        self.default = "HP A4"
        self.jobs: list[tuple[str, str, bytes]] = []
        self.fail_with: BaseException | None = None

    def printer_names(self) -> list[str]:
        return list(self.printers)

    def default_printer(self) -> str:
        return self.default

    def print_pdf(self, pdf: bytes, printer_name: str, title: str) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.jobs.append((printer_name, title, pdf))


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def task_errors() -> list[BaseException]:
    return []


@pytest.fixture
def tasks(qtbot, task_errors):  # type: ignore[no-untyped-def]
    runner = TaskRunner(task_errors.append)
    yield runner
    runner.wait_for_done()
    assert task_errors == []


@pytest.fixture
def host(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def controller(services, tasks, backend, host, tmp_path):  # type: ignore[no-untyped-def]
    config = TerminalConfig(ticket_printer="Thermal-1", a4_printer="HP A4")
    return PrintController(services.printing, tasks, config, backend=backend,
                           parent_widget=host, config_path=tmp_path / "terminal.json")


def issue(services, seq: int = 1):  # type: ignore[no-untyped-def]
    return services.tickets.issue_ticket(TicketRequest(
        name="王小明", id_number=make_id_number(seq=seq), category=TicketCategory.REGULAR))


def register(services, visit_id):  # type: ignore[no-untyped-def]
    return services.registration.register(visit_id, RegistrationInput(
        summary="商品房逾期未交付", demands="请求督促交房", content_category_code="01",
        area_code="460106", purpose=Purpose.SEEK_RESOLUTION, route=Route.TRANSFERRED,
        route_unit="海口市住房和城乡建设局"))


def records(services) -> list[PrintRecord]:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return list(session.scalars(select(PrintRecord).order_by(PrintRecord.at)))


def visit_count(services) -> int:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return int(session.scalar(select(func.count(Visit.id))) or 0)


def button(widget: QWidget, name: str) -> QPushButton:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


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
    assert [chooser.combo.itemData(i) for i in range(chooser.combo.count())] == [
        "Thermal-1", "HP A4"]
    chooser.combo.setCurrentIndex(1)
    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        chooser.print_button.click()

    assert backend.jobs[0][0] == "HP A4"
    assert [(r.status, r.printer) for r in records(services)] == [
        ("failed", "Thermal-1"), ("ok", "HP A4")]
    assert records(services)[0].error == "Input/output error"


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
    assert "受理凭证" in pdf_text(target.read_bytes())
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


# --- The real QPrinter path -------------------------------------------------------------


def test_qprinter_gets_every_page_at_its_own_size(services, tmp_path) -> None:
    ticket = issue(services)
    summary = "物业公司擅自提高收费标准，业主多次反映未果。" * 150
    services.registration.register(ticket.visit_id, RegistrationInput(
        summary=summary, demands="请求核查", content_category_code="01", area_code="460106",
        purpose=Purpose.SEEK_RESOLUTION, route=Route.TRANSFERRED, route_unit="某局"))
    receipt = services.printing.receipt(ticket.visit_id, "a4").pdf
    slip = services.printing.ticket_slip(ticket.visit_id).pdf

    for name, pdf in (("receipt", receipt), ("ticket", slip)):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = tmp_path / f"{name}-printed.pdf"
        printer.setOutputFileName(str(out))
        paint_pdf(printer, pdf)
        source = PdfReader(io.BytesIO(pdf)).pages
        printed = PdfReader(out).pages
        assert len(printed) == len(source)
        for a, b in zip(source, printed, strict=True):
            assert float(b.mediabox.width) == pytest.approx(float(a.mediabox.width), abs=1.5)
            assert float(b.mediabox.height) == pytest.approx(float(a.mediabox.height), abs=1.5)
    assert len(PdfReader(tmp_path / "receipt-printed.pdf").pages) >= 2
    ticket_page = PdfReader(tmp_path / "ticket-printed.pdf").pages[0]
    assert float(ticket_page.mediabox.width) == pytest.approx(ROLL_WIDTH, abs=1.5)


def test_lp_fallback_submits_the_pdf(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "lp.log"
    fake_lp = bin_dir / "lp"
    fake_lp.write_text(f'#!/bin/sh\necho "$@" > {log}\ncat "$5" > {tmp_path}/spooled.pdf\n')
    fake_lp.chmod(fake_lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")

    print_with_lp(b"%PDF-1.4 test", "Thermal-1", "ticket-1")

    assert log.read_text().split()[:4] == ["-t", "ticket-1", "-d", "Thermal-1"]
    assert (tmp_path / "spooled.pdf").read_bytes() == b"%PDF-1.4 test"

    fake_lp.write_text("#!/bin/sh\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n")
    with pytest.raises(PrintFailed, match="does not exist"):
        print_with_lp(b"%PDF", "Nope", "x")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(PrintFailed, match="PySide6-Pdf"):
        print_with_lp(b"%PDF", "Nope", "x")


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


# --- History ------------------------------------------------------------------------------


def test_print_history_shows_every_attempt(qtbot, services, tasks) -> None:
    ticket = issue(services)
    printing = services.printing
    printing.record_print(ticket.visit_id, "ticket", "Thermal-1", ok=True)
    printing.record_print(ticket.visit_id, "ticket", "Thermal-1", ok=False, error="缺纸")
    printing.record_print(ticket.visit_id, "ticket", "PDF:/tmp/t.pdf", ok=True)
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
    assert printer == "HP A4" and "受理凭证" in pdf_text(pdf)
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
