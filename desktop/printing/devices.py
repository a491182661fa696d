"""Print devices: what takes a rendered document to paper (or to a file).

`PrintDevice` is the protocol `PrintService.print_document` sends through. Two devices
need no Qt and live here: the ESC/POS sender and "save as PDF file" (written with
desktop.storage.files, all or nothing). System printers (QPrinter + QtPdf, or ``lp``) are
ui.printing.qt_printer; `DeviceRouter` puts them together by the kind of target.

Devices are slow and may hang (a printer switched off, a socket that never answers):
the GUI runs them on a thread of their own, never on the one that feeds the board.
"""

from __future__ import annotations

from typing import Protocol

from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.printing import escpos
from desktop.printing.targets import EscposPrinter, PdfFile, PrintTarget, SystemPrinter
from desktop.storage.files import save_file


class PrintFailed(UserError):
    """The document did not reach the printer: what happened, in words for the clerk."""


class Printable(Protocol):
    """What a device needs of a document."""

    @property
    def pdf(self) -> bytes: ...

    @property
    def layout(self) -> str: ...  # "80mm" | "a4"

    @property
    def title(self) -> str: ...  # the print job's name (ASCII, no personal data)

    def escpos_bytes(self) -> bytes | None:
        """The ESC/POS job, or None when the document is not for a roll printer."""
        ...


class PrintDevice(Protocol):
    def resolve(self, target: PrintTarget) -> PrintTarget:
        """The target named in full (the system default printer by its name); quick.
        Raises PrintFailed when there is nothing to print to."""
        ...

    def send(self, document: Printable, target: PrintTarget) -> None:
        """Deliver the document (slow). Raises PrintFailed or OSError when it does not."""
        ...


class EscposDevice:
    """Tickets and 80 mm receipts straight to an ESC/POS printer (10 s timeout)."""

    def resolve(self, target: PrintTarget) -> PrintTarget:
        return target

    def send(self, document: Printable, target: PrintTarget) -> None:
        assert isinstance(target, EscposPrinter)
        data = document.escpos_bytes()
        if data is None:
            raise PrintFailed(
                QT_TRANSLATE_NOOP(
                    "Errors", "ESC/POS 打印机只能打印号票和80毫米回执，A4回执请选系统打印机"
                )
            )
        escpos.send(data, target.address)


class PdfFileDevice:
    """"Save as PDF": a temporary file renamed over the target, so a full disk never
    leaves half a PDF or destroys a good file of the same name."""

    def resolve(self, target: PrintTarget) -> PrintTarget:
        return target

    def send(self, document: Printable, target: PrintTarget) -> None:
        assert isinstance(target, PdfFile)
        save_file(target.path, document.pdf)  # FileWriteFailed (a UserError) on failure


class DeviceRouter:
    """One PrintDevice for every kind of target: system printers go to `system`."""

    def __init__(
        self,
        system: PrintDevice | None = None,
        escpos_device: PrintDevice | None = None,
        files: PrintDevice | None = None,
    ) -> None:
        self.system = system
        self.escpos = escpos_device or EscposDevice()
        self.files = files or PdfFileDevice()

    def _device(self, target: PrintTarget) -> PrintDevice:
        if isinstance(target, PdfFile):
            return self.files
        if isinstance(target, EscposPrinter):
            return self.escpos
        if self.system is None:
            raise PrintFailed(
                QT_TRANSLATE_NOOP(
                    "Errors", "本机没有可用的打印机：请在打印设置中选择打印机，或另存为PDF"
                )
            )
        return self.system

    def resolve(self, target: PrintTarget) -> PrintTarget:
        return self._device(target).resolve(target)

    def send(self, document: Printable, target: PrintTarget) -> None:
        self._device(target).send(document, target)


__all__ = [
    "DeviceRouter",
    "EscposDevice",
    "PdfFileDevice",
    "PrintDevice",
    "PrintFailed",
    "Printable",
    "SystemPrinter",
]
