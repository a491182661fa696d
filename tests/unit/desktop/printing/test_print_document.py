"""Print-then-record as one call (PrintService.print_document), typed targets, the
devices that need no Qt, and the printer test page."""

from __future__ import annotations

import io
import re

import pytest
from helpers import make_id_number
from pypdf import PdfReader
from sqlalchemy import select

from db.models import AuditEntry, PrintRecord
from desktop.cases.registration import RegistrationInput
from desktop.config import TerminalConfig
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.printing.devices import DeviceRouter, PdfFileDevice, Printable, PrintFailed
from desktop.printing.outcome import HeldForConfirmation, PrintOutcome
from desktop.printing.targets import (
    EscposPrinter,
    PdfFile,
    PrinterInfo,
    PrintTarget,
    SystemPrinter,
    can_print,
    printers_for,
    target_for,
    target_from_record,
)
from desktop.queue.tickets import TicketRequest

NO_FONT = "\U0010fffd"  # private use, plane 16: in no font


class FakeSystemPrinters:
    """System printers: the default is "HP A4"; `fail_with` makes sends fail."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.fail_with: BaseException | None = None

    def resolve(self, target: PrintTarget) -> PrintTarget:
        if isinstance(target, SystemPrinter) and not target.name:
            return SystemPrinter("HP A4")
        return target

    def send(self, document: Printable, target: PrintTarget) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.sent.append((target.recorded, document.title))


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def issue(services, seq: int = 1, name: str = "王小明"):  # type: ignore[no-untyped-def]
    return services.tickets.issue_ticket(TicketRequest(
        name=name, id_number=make_id_number(seq=seq), category=TicketCategory.REGULAR))


def register(services, visit_id):  # type: ignore[no-untyped-def]
    return services.registration.register(visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="商品房逾期未交付", demands="请求督促交房", content_category_code="01",
        area_code="460106", purpose=Purpose.SEEK_RESOLUTION, route=Route.TRANSFERRED,
        route_unit_code="HK-ZJJ"))


def records(services) -> list[tuple[str, str, bool]]:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        rows = session.scalars(select(PrintRecord).order_by(PrintRecord.at, PrintRecord.id))
        return [(r.status, r.printer, r.is_reprint) for r in rows]


def test_print_document_sends_then_records_and_the_next_copy_is_a_reprint(services) -> None:
    ticket = issue(services)
    system = FakeSystemPrinters()
    devices = DeviceRouter(system)
    printing = services.printing

    first = printing.print_document(lambda: printing.ticket_slip(ticket.visit_id),
                                    SystemPrinter("Thermal-1"), devices)
    second = printing.print_document(lambda: printing.ticket_slip(ticket.visit_id),
                                     SystemPrinter(""), devices)

    assert isinstance(first, PrintOutcome) and first.ok and not first.document.is_reprint
    assert isinstance(second, PrintOutcome) and second.document.is_reprint
    assert second.target == SystemPrinter("HP A4")  # the default, recorded by its name
    assert system.sent == [("Thermal-1", "ticket-20261127-A1001"),
                           ("HP A4", "ticket-20261127-A1001-reprint")]
    assert records(services) == [("ok", "Thermal-1", False), ("ok", "HP A4", True)]


def test_a_failed_send_is_recorded_not_raised_and_a_retry_is_no_reprint(services) -> None:
    ticket = issue(services)
    system = FakeSystemPrinters()
    system.fail_with = OSError(5, "Input/output error")
    printing = services.printing

    failed = printing.print_document(lambda: printing.ticket_slip(ticket.visit_id),
                                     SystemPrinter("Thermal-1"), DeviceRouter(system))
    system.fail_with = None
    retry = printing.print_document(lambda: printing.ticket_slip(ticket.visit_id),
                                    SystemPrinter("Thermal-1"), DeviceRouter(system))

    assert isinstance(failed, PrintOutcome) and not failed.ok
    assert failed.entry.error == "Input/output error"
    assert isinstance(retry, PrintOutcome) and retry.ok and not retry.document.is_reprint
    assert records(services) == [("failed", "Thermal-1", False), ("ok", "Thermal-1", False)]


def test_the_target_can_follow_the_rendered_document(services) -> None:
    ticket = issue(services)
    register(services, ticket.visit_id)
    config = TerminalConfig(ticket_printer="Thermal-1", a4_printer="HP LaserJet")
    system = FakeSystemPrinters()
    printing = services.printing

    for layout in ("a4", "80mm"):
        printing.print_document(lambda layout=layout: printing.receipt(ticket.visit_id, layout),
                                lambda document: target_for(config, document.is_roll),
                                DeviceRouter(system))

    assert [printer for printer, _ in system.sent] == ["HP LaserJet", "Thermal-1"]


def test_a_receipt_with_characters_no_font_has_is_held_until_confirmed(services) -> None:
    ticket = issue(services, name=f"王{NO_FONT}明")
    register(services, ticket.visit_id)
    system = FakeSystemPrinters()
    printing = services.printing

    held = printing.print_document(printing.receipt(ticket.visit_id), SystemPrinter("HP"),
                                   DeviceRouter(system))
    assert isinstance(held, HeldForConfirmation) and system.sent == []
    assert records(services) == []

    done = printing.print_document(held.document, SystemPrinter("HP"), DeviceRouter(system),
                                   confirmed=True)
    assert isinstance(done, PrintOutcome) and done.ok
    assert records(services) == [("ok", "HP", False)]


def test_save_as_pdf_is_a_print_to_a_file(services, tmp_path) -> None:
    ticket = issue(services)
    out = tmp_path / "ticket.pdf"
    printing = services.printing

    outcome = printing.print_document(printing.ticket_slip(ticket.visit_id),
                                      PdfFile(str(out)), DeviceRouter())

    assert isinstance(outcome, PrintOutcome) and outcome.ok and outcome.to_file
    assert out.read_bytes() == outcome.document.pdf
    assert records(services) == [("ok", f"PDF:{out}", False)]
    [entry] = printing.print_history(ticket.visit_id)
    assert entry.to_file and entry.target == PdfFile(str(out))
    with services.sessions() as session:
        # (The fixture's settings changes are audited too: setting_changed.)
        assert session.scalars(select(AuditEntry.action).where(
            AuditEntry.action != "setting_changed")).all() == ["export_pdf"]

    missing = tmp_path / "no-such-folder" / "t.pdf"
    failed = printing.print_document(printing.ticket_slip(ticket.visit_id),
                                     PdfFile(str(missing)), PdfFileDevice())
    assert isinstance(failed, PrintOutcome) and not failed.ok
    assert "文件夹不存在" in (failed.entry.error or "")


def test_no_system_printer_device_says_what_to_do(services) -> None:
    ticket = issue(services)
    outcome = services.printing.print_document(
        services.printing.ticket_slip(ticket.visit_id), SystemPrinter(""), DeviceRouter())
    assert isinstance(outcome, PrintOutcome) and isinstance(outcome.error, PrintFailed)
    assert "另存为PDF" in outcome.error.message
    assert records(services) == [("failed", "?", False)]


def test_an_a4_receipt_is_refused_by_the_escpos_printer(services) -> None:
    ticket = issue(services)
    register(services, ticket.visit_id)
    outcome = services.printing.print_document(
        services.printing.receipt(ticket.visit_id, "a4"), EscposPrinter("tcp://127.0.0.1:9"),
        DeviceRouter())
    assert isinstance(outcome, PrintOutcome) and not outcome.ok
    assert "A4回执请选系统打印机" in (outcome.entry.error or "")
    assert records(services) == [("failed", "ESC/POS tcp://127.0.0.1:9", False)]


# --- Targets ---------------------------------------------------------------------------


@pytest.mark.parametrize("target", [
    SystemPrinter("HP LaserJet"), EscposPrinter("tcp://192.168.1.50:9100"),
    EscposPrinter("/dev/usb/lp0"), PdfFile("/tmp/回执.pdf"), SystemPrinter(""),
])
def test_recorded_names_read_back_as_the_same_target(target: PrintTarget) -> None:
    assert target_from_record(target.recorded) == target


def test_target_for_follows_the_settings() -> None:
    config = TerminalConfig(ticket_printer="Thermal-1", a4_printer="HP")
    assert target_for(config, is_roll=True) == SystemPrinter("Thermal-1")
    assert target_for(config, is_roll=False) == SystemPrinter("HP")
    escpos = TerminalConfig(ticket_printer="Thermal-1", escpos_target=" tcp://10.0.0.9 ")
    assert target_for(escpos, is_roll=True) == EscposPrinter("tcp://10.0.0.9")
    assert target_for(escpos, is_roll=False) == SystemPrinter("")


def test_only_printers_with_the_right_paper_can_print_a_document() -> None:
    a4 = PrinterInfo("HP", ((210.0, 297.0), (148.0, 210.0)))
    letter_only = PrinterInfo("US", ((215.9, 279.4),))
    roll = PrinterInfo("Thermal", ((79.5, 3276.0), (58.0, 210.0)))
    generic = PrinterInfo("Generic", ())
    printers = [a4, letter_only, roll, generic]
    assert printers_for("a4", printers) == [a4, generic]
    assert printers_for("80mm", printers) == [roll, generic]
    assert can_print("a4", ((297.0, 210.0),))  # landscape A4 is the same paper
    assert not can_print("80mm", ((210.0, 297.0),))


# --- Printer test page -----------------------------------------------------------------


@pytest.mark.parametrize("layout", ["80mm", "a4"])
def test_check_page_names_the_centre_printer_and_time(services, layout: str) -> None:
    page = services.printing.check_page("Thermal-1", layout)
    text = re.sub(r"\s+", "", pdf_text(page.pdf))
    assert "打印测试页" in text and "打印机：Thermal-1" in text
    assert "打印时间：2026-11-2717:00" in text or "打印时间：2026-11-27" in text
    assert "来访接待" in text and "生僻字" in text and "䶮" in text
    assert page.escpos_bytes() is not None if layout == "80mm" else page.escpos_bytes() is None


def test_print_check_page_sends_and_records_nothing(services) -> None:
    system = FakeSystemPrinters()
    used = services.printing.print_check_page(SystemPrinter(""), DeviceRouter(system), "a4", "")
    assert used == SystemPrinter("HP A4")
    assert system.sent == [("HP A4", "printer-test-page")]
    assert records(services) == []
