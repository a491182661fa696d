"""The real system-printer path: QPrinter painting every page at its own size, and the
``lp`` fallback."""

from __future__ import annotations

import io
import os
import stat

import pytest
from print_fakes import issue
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop.cases.registration import RegistrationInput
from desktop.domain import MatterSort, Purpose, Route
from ui.printing.qt_printer import PrintFailed, paint_pdf, print_with_lp

ROLL_WIDTH = 80 * 72 / 25.4


# --- The real QPrinter path -------------------------------------------------------------


def test_qprinter_gets_every_page_at_its_own_size(services, tmp_path) -> None:
    ticket = issue(services)
    summary = "物业公司擅自提高收费标准，业主多次反映未果。" * 150
    services.registration.register(ticket.visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary=summary, demands="请求核查", content_category_code="01", area_code="460106",
        purpose=Purpose.SEEK_RESOLUTION, route=Route.TRANSFERRED, route_unit_code="HK-ZJJ"))
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

