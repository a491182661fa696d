"""Where a document goes: a system printer, an ESC/POS printer or a PDF file.

A typed target replaces printer names with magic prefixes ("ESC/POS …", "PDF:…") in
the code. The recorded form (`PrintRecord.printer`, a human string the history shows)
stays what it always was: the printer's name, ``ESC/POS <address>`` or ``PDF:<path>``;
`target_from_record` reads it back.

Which printers can take a document (换打印机, print settings) is decided here from
the paper sizes a driver reports, so the rule has no Qt in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from desktop.config import TerminalConfig

ESCPOS_PREFIX: Final = "ESC/POS "
PDF_PREFIX: Final = "PDF:"
UNKNOWN_PRINTER: Final = "?"  # recorded when not even the default printer is known

A4_MM: Final = (210.0, 297.0)
ROLL_WIDTH_MM: Final = 80.0
SIZE_TOLERANCE_MM: Final = 1.5  # drivers round: 209.9 × 297.0, 79.5 mm rolls


@dataclass(frozen=True)
class SystemPrinter:
    """A printer of the operating system; name "" is the system's default printer."""

    name: str = ""

    @property
    def recorded(self) -> str:
        return self.name or UNKNOWN_PRINTER


@dataclass(frozen=True)
class EscposPrinter:
    """A thermal printer spoken to directly (tcp://IP:port or a device path)."""

    address: str

    @property
    def recorded(self) -> str:
        return ESCPOS_PREFIX + self.address


@dataclass(frozen=True)
class PdfFile:
    """"Save as PDF": the document written to a file (counts as a print)."""

    path: str

    @property
    def recorded(self) -> str:
        return PDF_PREFIX + self.path


PrintTarget = SystemPrinter | EscposPrinter | PdfFile


def target_from_record(printer: str) -> PrintTarget:
    """The target a recorded printer string names (the history, retries)."""
    if printer.startswith(PDF_PREFIX):
        return PdfFile(printer.removeprefix(PDF_PREFIX))
    if printer.startswith(ESCPOS_PREFIX):
        return EscposPrinter(printer.removeprefix(ESCPOS_PREFIX))
    return SystemPrinter("" if printer == UNKNOWN_PRINTER else printer)


def target_for(config: TerminalConfig, is_roll: bool) -> PrintTarget:
    """Where a document goes by the terminal's settings: roll documents (tickets, 80 mm
    receipts) to the ESC/POS printer when one is set, else to the ticket printer; A4 to
    the A4 printer ("" = the system default)."""
    if is_roll:
        escpos = config.escpos_target.strip()
        return EscposPrinter(escpos) if escpos else SystemPrinter(config.ticket_printer)
    return SystemPrinter(config.a4_printer)


@dataclass(frozen=True)
class PrinterInfo:
    """A system printer and the paper sizes its driver reports (width, height in mm)."""

    name: str
    page_sizes: tuple[tuple[float, float], ...] = ()


def can_print(layout: str, page_sizes: Sequence[tuple[float, float]]) -> bool:
    """Can a printer with these paper sizes print a document of `layout`?

    An A4 document needs A4. An 80 mm roll document needs a roll or custom size at most
    80 mm wide. A driver that reports no sizes at all may be a generic one: it is kept.
    """
    if not page_sizes:
        return True
    if layout == "a4":
        width, height = A4_MM
        return any(
            abs(min(w, h) - width) <= SIZE_TOLERANCE_MM
            and abs(max(w, h) - height) <= SIZE_TOLERANCE_MM
            for w, h in page_sizes
        )
    return any(0 < w <= ROLL_WIDTH_MM + SIZE_TOLERANCE_MM for w, _h in page_sizes)


def printers_for(layout: str, printers: Sequence[PrinterInfo]) -> list[PrinterInfo]:
    """The printers that can print a document of `layout`, in the given order."""
    return [p for p in printers if can_print(layout, p.page_sizes)]
