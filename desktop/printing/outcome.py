"""What a print-then-record call returns (PrintService.print_document)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.i18n import UserError
from desktop.printing.targets import PdfFile, PrintTarget

if TYPE_CHECKING:
    from desktop.printing.document import PrintDocument, PrintHistoryEntry


@dataclass(frozen=True)
class PrintOutcome:
    """One attempt, recorded: where it went, the record, and the error if it failed."""

    document: PrintDocument
    target: PrintTarget  # as used: the system default printer by its name
    entry: PrintHistoryEntry
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def printer(self) -> str:
        """As recorded: the printer's name, "ESC/POS …" or "PDF:…"."""
        return self.target.recorded

    @property
    def to_file(self) -> bool:
        return isinstance(self.target, PdfFile)


@dataclass(frozen=True)
class HeldForConfirmation:
    """Not printed: the document has characters no font can draw (they would print
    blank), so the clerk decides first; nothing was recorded."""

    document: PrintDocument


def error_message(error: BaseException) -> str:
    """Why a print failed, as recorded (the Chinese source text of a UserError)."""
    if isinstance(error, UserError):
        return error.message
    if isinstance(error, OSError):
        return error.strerror or str(error) or type(error).__name__
    return str(error) or type(error).__name__
