"""Printing from the GUI: preview, print to a system printer or an ESC/POS printer, save
as PDF, and what happens when a print fails.

How paper is made (the choice, and why):

* The documents are the PDFs of desktop.printing.documents, the one source of every layout. The
  same bytes are saved as PDF, written by the command line, previewed and printed.
* For a system printer the PDF pages are rasterised with QtPdf (package PySide6-Pdf,
  the same Qt version as PySide6) at the printer's resolution (at most 300 dpi) and
  painted on a QPrinter. This works the same on Windows, Linux and macOS and does not
  depend on the driver taking PDF; an 80 mm page keeps its own height on the roll.
* Without QtPdf, printing falls back to CUPS' ``lp``, which takes PDF directly
  (Linux/macOS); on Windows QtPdf is then required and a clear message says so.
* The preview is our own dialog showing the QtPdf page images (QPrintPreviewDialog is
  not used: its print button paints on the GUI thread, and it cannot show a PDF).
* Tickets and 80 mm receipts go to the ESC/POS printer instead when the terminal's
  settings name one (desktop.printing.escpos builds and sends the byte stream).

Rendering, rasterising, spooling, ESC/POS sending and file writing all run through the
TaskRunner, never on the GUI thread. Every attempt is recorded (PrintService.
record_print). A failed print keeps the ticket or registration as saved and offers
重试 / 换打印机 / 另存为PDF; it never touches a number.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.config import TerminalConfig, save_terminal_config
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.printing import escpos as escpos_output
from desktop.printing.documents import LAYOUTS
from desktop.printing.service import (
    KIND_TICKET,
    PDF_PRINTER_PREFIX,
    UNPRINTABLE_WARNING,
    PrintDocument,
    PrintHistoryEntry,
    PrintService,
    describe_chars,
    pdf_printer_name,
)
from desktop.storage.files import FileWriteFailed, save_file
from ui.file_dialogs import save_file_dialog
from ui.i18n import error_text
from ui.printing.banner import FailedPrint, PrintFailureBanner
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

ErrorCallback = Callable[[BaseException], None]
DocumentSource = PrintDocument | Callable[[], PrintDocument]

MAX_PRINT_DPI = 300.0
PREVIEW_DPI = {"a4": 90.0, "80mm": 130.0}  # an A4 page and a roll both fit the screen
ESCPOS_PREFIX = "ESC/POS "
LP_TIMEOUT = 60


class PrintFailed(UserError):
    """The document did not reach the printer: what happened, in words for the clerk."""


def qtpdf_available() -> bool:
    try:
        from PySide6 import QtPdf  # noqa: F401
    except ImportError:
        return False
    return True


# --- Rasterising and painting (worker thread) ------------------------------------------


def render_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi`, on white (QtPdf). Worker thread only."""
    from PySide6.QtPdf import QPdfDocument

    images: list[QImage] = []
    with tempfile.TemporaryDirectory(prefix="laifang-print-") as folder:
        path = os.path.join(folder, "document.pdf")
        with open(path, "wb") as file:
            file.write(pdf)
        document = QPdfDocument()
        try:
            error = document.load(path)
            if error != QPdfDocument.Error.None_:
                raise RuntimeError(f"QtPdf could not read the document: {error}")
            for page in range(document.pageCount()):
                points = document.pagePointSize(page)
                pixels = QSize(
                    max(1, round(points.width() * dpi / 72)),
                    max(1, round(points.height() * dpi / 72)),
                )
                rendered = document.render(page, pixels)
                image = QImage(pixels, QImage.Format.Format_RGB32)
                image.setDotsPerMeterX(round(dpi / 0.0254))
                image.setDotsPerMeterY(round(dpi / 0.0254))
                image.fill(QColor("white"))
                painter = QPainter(image)
                painter.drawImage(0, 0, rendered)
                painter.end()
                images.append(image)
        finally:
            document.close()
    return images


def paint_pdf(printer: QPrinter, pdf: bytes) -> None:
    """Paint the pages of `pdf` on `printer`, each on a page of its own size.

    Raises PrintFailed when the printer cannot be opened or reports an error.
    """
    from PySide6.QtPdf import QPdfDocument

    dpi = float(min(max(printer.resolution(), 72), MAX_PRINT_DPI))
    name = printer.printerName() or printer.outputFileName()
    with tempfile.TemporaryDirectory(prefix="laifang-print-") as folder:
        path = os.path.join(folder, "document.pdf")
        with open(path, "wb") as file:
            file.write(pdf)
        document = QPdfDocument()
        painter = QPainter()
        try:
            if document.load(path) != QPdfDocument.Error.None_ or document.pageCount() < 1:
                raise RuntimeError("QtPdf could not read the document")
            printer.setFullPage(True)
            for page in range(document.pageCount()):
                points = document.pagePointSize(page)
                layout = QPageLayout(
                    QPageSize(points, QPageSize.Unit.Point, "",
                              QPageSize.SizeMatchPolicy.ExactMatch),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(),
                )
                printer.setPageLayout(layout)
                if page == 0:
                    if not painter.begin(printer):
                        raise _cannot_open(name)
                elif not printer.newPage():
                    raise _printer_error(name)
                pixels = QSize(
                    max(1, round(points.width() * dpi / 72)),
                    max(1, round(points.height() * dpi / 72)),
                )
                image = document.render(page, pixels)
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                scale = min(paper.width() / pixels.width(), paper.height() / pixels.height())
                target = QRectF(0, 0, pixels.width() * scale, pixels.height() * scale)
                painter.drawImage(target, image)
        finally:
            ended = painter.end() if painter.isActive() else True
            document.close()
        if not ended or printer.printerState() in (
            QPrinter.PrinterState.Error,
            QPrinter.PrinterState.Aborted,
        ):
            raise _printer_error(name)


def _cannot_open(name: str) -> PrintFailed:
    return PrintFailed(
        QT_TRANSLATE_NOOP(
            "Errors", "无法打开打印机“{printer}”：可能已关机、脱机或驱动有问题"
        ),
        printer=name,
    )


def _printer_error(name: str) -> PrintFailed:
    return PrintFailed(
        QT_TRANSLATE_NOOP(
            "Errors", "打印机“{printer}”报告错误：可能脱机、缺纸或卡纸，请检查打印机"
        ),
        printer=name,
    )


# --- Printer backends ----------------------------------------------------------------


class PrinterBackend(Protocol):
    """What the controller needs from the system's printers (tests pass a fake)."""

    def printer_names(self) -> list[str]: ...

    def default_printer(self) -> str: ...

    def print_pdf(self, pdf: bytes, printer_name: str, title: str) -> None:
        """Worker thread. Raise PrintFailed (or OSError) when it does not print."""
        ...


class QtPrinterBackend:
    """System printers through QPrinter; pages rasterised with QtPdf (or ``lp``)."""

    def printer_names(self) -> list[str]:
        return list(QPrinterInfo.availablePrinterNames())

    def default_printer(self) -> str:
        return QPrinterInfo.defaultPrinterName()

    def print_pdf(self, pdf: bytes, printer_name: str, title: str) -> None:
        info = QPrinterInfo.printerInfo(printer_name)
        if info.isNull():
            raise PrintFailed(
                QT_TRANSLATE_NOOP(
                    "Errors", "找不到打印机“{printer}”：它可能已被删除或改名，请换一台打印机"
                ),
                printer=printer_name,
            )
        if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
            raise _printer_error(printer_name)
        if not qtpdf_available():
            print_with_lp(pdf, printer_name, title)
            return
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        paint_pdf(printer, pdf)


def print_with_lp(pdf: bytes, printer_name: str, title: str) -> None:
    """CUPS takes PDF as it is: the fallback where QtPdf is not installed."""
    lp = shutil.which("lp")
    if lp is None:
        raise PrintFailed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "本机缺少打印组件（PySide6-Pdf），无法打印；请另存为PDF，并请管理员安装该组件",
            )
        )
    with tempfile.TemporaryDirectory(prefix="laifang-print-") as folder:
        path = os.path.join(folder, "document.pdf")
        with open(path, "wb") as file:
            file.write(pdf)
        command = [lp, "-t", title]
        if printer_name:
            command += ["-d", printer_name]
        result = subprocess.run(
            [*command, path], capture_output=True, text=True, timeout=LP_TIMEOUT, check=False
        )
    if result.returncode != 0:
        raise PrintFailed(
            QT_TRANSLATE_NOOP("Errors", "打印机“{printer}”没有接受打印任务：{detail}"),
            printer=printer_name,
            detail=(result.stderr or result.stdout).strip() or f"lp exit {result.returncode}",
        )


# --- Outcome -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintOutcome:
    document: PrintDocument
    printer: str  # as recorded: printer name, "ESC/POS …" or "PDF:…"
    entry: PrintHistoryEntry
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def printer_for_retry(self) -> str:
        """The printer to try again: the one that failed ("" = the system default)."""
        return "" if self.printer == "?" else self.printer


@dataclass(frozen=True)
class PreviewPages:
    document: PrintDocument
    images: tuple[QImage, ...]


def failure_reason(error: BaseException | None) -> str:
    """Why a print failed, in words for the clerk."""
    if isinstance(error, UserError):
        return error_text(error)
    return _error_message(error) if error is not None else ""


def _error_message(error: BaseException) -> str:
    if isinstance(error, UserError):
        return error.message  # the record keeps the Chinese source text
    if isinstance(error, OSError):
        return error.strerror or str(error) or type(error).__name__
    return str(error) or type(error).__name__


# --- Controller ------------------------------------------------------------------------


class PrintController(QObject):
    """Prints, previews and saves tickets and receipts; one per main window.

    Signals: `printed(PrintOutcome)` after a good print or save, `failed(PrintOutcome)`
    after a failed one (the failure dialog is then open, or the ticket banner shows it),
    `history_changed(visit_id)` after any attempt was recorded, `message(str)` a line for
    the status bar, and `config_changed(TerminalConfig)` after the print settings were saved.
    """

    printed = Signal(object)
    failed = Signal(object)
    history_changed = Signal(object)
    message = Signal(str)
    config_changed = Signal(object)

    def __init__(
        self,
        printing: PrintService,
        tasks: TaskRunner,
        config: TerminalConfig,
        *,
        backend: PrinterBackend | None = None,
        parent_widget: QWidget | None = None,
        report_error: ErrorCallback | None = None,
        config_path: Path | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self.printing = printing
        self.tasks = tasks
        self.config = config
        self.backend: PrinterBackend = backend or QtPrinterBackend()
        self._parent_widget = parent_widget
        self._report_error = report_error
        self._config_path = config_path
        # Open dialogs, kept so they stay alive (and so tests can answer them).
        self.failure_box: QMessageBox | None = None
        self.offer_box: QMessageBox | None = None
        self.unprintable_box: QMessageBox | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.chooser: ChoosePrinterDialog | None = None
        self.save_dialog: QFileDialog | None = None
        self.settings_dialog: QDialog | None = None
        # Front desk: failed automatic tickets go to this banner, not to a box (see
        # set_ticket_banner); the visits whose ticket is printing that way.
        self.ticket_banner: PrintFailureBanner | None = None
        self._quiet_tickets: set[uuid.UUID] = set()

    # ------------------------------------------------------------------ configuration

    def set_config(self, config: TerminalConfig) -> None:
        self.config = config

    def set_ticket_banner(self, banner: PrintFailureBanner) -> None:
        """Show failures of automatic ticket printing in `banner`, without a box: a box
        took the keyboard, so the next card swipe went into it and its Enter pressed 重试."""
        self.ticket_banner = banner
        banner.reprint_requested.connect(self._reprint_failed_tickets)
        banner.other_printer_requested.connect(self._other_printer_for_failed_tickets)

    def warm_up(self) -> None:
        """Load the receipt font in the background (once, at start-up)."""
        self.tasks.run(self.printing.warm_up)

    @property
    def receipt_layout(self) -> str:
        """The default receipt layout from the settings ("a4" if the value is unknown)."""
        layout = self.config.receipt_layout
        return layout if layout in LAYOUTS else "a4"

    def target_for(self, document: PrintDocument) -> str:
        return target_for(self.config, document)

    # ------------------------------------------------------------------ entry points

    def on_ticket_issued(self, issued: object) -> None:
        """Slot for TicketForm.ticket_issued: prints the ticket if the setting says so."""
        visit_id = getattr(issued, "visit_id", None)
        if self.config.auto_print_ticket and isinstance(visit_id, uuid.UUID):
            self._quiet_tickets.add(visit_id)
            self.print_ticket(visit_id)

    def on_registration_saved(self, result: object) -> None:
        """Slot for RegistrationForm.registration_saved: offers to print the receipt."""
        visit_id = getattr(result, "visit_id", None)
        if isinstance(visit_id, uuid.UUID):
            self.offer_receipt(visit_id)

    def print_ticket(self, visit_id: uuid.UUID, printer: str | None = None) -> None:
        """Print the queue ticket (marked 补打 if one was printed before)."""
        printing = self.printing
        self.print_document(lambda: printing.ticket_slip(visit_id), printer)

    def print_receipt(
        self, visit_id: uuid.UUID, layout: str | None = None, printer: str | None = None
    ) -> None:
        """Print the visit receipt (marked 补打 if one was printed before)."""
        printing = self.printing
        chosen = layout or self.receipt_layout
        self.print_document(lambda: printing.receipt(visit_id, chosen), printer)

    def preview_ticket(self, visit_id: uuid.UUID) -> None:
        printing = self.printing
        self.preview(lambda: printing.ticket_slip(visit_id))

    def preview_receipt(self, visit_id: uuid.UUID, layout: str | None = None) -> None:
        printing = self.printing
        chosen = layout or self.receipt_layout
        self.preview(lambda: printing.receipt(visit_id, chosen))

    def reprint(self, visit_id: uuid.UUID, kind: str) -> None:
        """补打: `kind` "ticket" or "receipt"; the copy says 补打 by the print records."""
        if kind == KIND_TICKET:
            self.print_ticket(visit_id)
        else:
            self.print_receipt(visit_id)

    # ------------------------------------------------------------------ printing

    def print_document(
        self, source: DocumentSource, printer: str | None = None, *, confirmed: bool = False
    ) -> None:
        """Render (if `source` is a callable) and print, all off the GUI thread.

        `printer`: a system printer name, "ESC/POS <target>", "" for the system default,
        or None for the one the settings give for this kind of document. A receipt with
        characters no font can draw is not printed until the clerk confirms (`confirmed`).
        """
        printing = self.printing
        backend = self.backend
        config = self.config  # as it is now: the worker reads no controller state

        def job() -> PrintOutcome | PrintDocument:
            document = source() if callable(source) else source
            if document.unprintable and not confirmed and document.kind != KIND_TICKET:
                return document  # blanks in a name: the clerk decides first
            wanted = target_for(config, document) if printer is None else printer
            try:
                used = _send(document, wanted, backend)
            except Exception as error:
                if not isinstance(error, UserError | OSError):
                    log.warning("print failed unexpectedly", exc_info=True)
                used = wanted or backend.default_printer() or "?"
                entry = printing.record_print(
                    document.visit_id, document.document, used, ok=False,
                    error=_error_message(error), is_reprint=document.is_reprint,
                )
                return PrintOutcome(document, used, entry, error)
            entry = printing.record_print(
                document.visit_id, document.document, used, ok=True,
                is_reprint=document.is_reprint,
            )
            return PrintOutcome(document, used, entry)

        def done(result: PrintOutcome | PrintDocument) -> None:
            if isinstance(result, PrintDocument):
                self.warn_unprintable(result, printer)
            else:
                self._on_print_done(result)

        self.tasks.run(job, done, self._on_job_failed)

    def warn_unprintable(self, document: PrintDocument, printer: str | None) -> QMessageBox:
        """Characters no font has would print blank: 仍然打印 / 取消 (non-blocking)."""
        box = QMessageBox(self._parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("有字符无法打印"))
        box.setText(
            QCoreApplication.translate("Printing", UNPRINTABLE_WARNING).format(
                chars=describe_chars(document.unprintable)
            )
        )
        anyway = box.addButton(self.tr("仍然打印"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # printing blanks is a choice, not the default
        anyway.setObjectName("printAnywayButton")

        def clicked(button: QAbstractButton) -> None:
            if button is anyway:  # the document as rendered: nothing printed meanwhile
                self.print_document(document, printer, confirmed=True)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.unprintable_box = box
        box.open()
        return box

    def save_pdf(self, document: PrintDocument, path: str) -> None:
        """Write the PDF to `path` (worker) and record it as a print to a file."""
        printing = self.printing

        def job() -> PrintOutcome:
            name = pdf_printer_name(path)
            try:
                # Temporary file + rename: a full disk never destroys a good file.
                save_file(path, document.pdf)
            except FileWriteFailed as failure:
                entry = printing.record_print(
                    document.visit_id, document.document, name, ok=False,
                    error=failure.message, is_reprint=document.is_reprint,
                )
                return PrintOutcome(document, name, entry, failure)
            entry = printing.record_print(
                document.visit_id, document.document, name, ok=True,
                is_reprint=document.is_reprint,
            )
            return PrintOutcome(document, name, entry)

        self.tasks.run(job, self._on_print_done, self._on_job_failed)

    def _on_print_done(self, outcome: PrintOutcome) -> None:
        document = outcome.document
        self.history_changed.emit(document.visit_id)
        quiet = (document.kind == KIND_TICKET and not outcome.entry.to_file
                 and document.visit_id in self._quiet_tickets)
        if quiet:
            self._quiet_tickets.discard(document.visit_id)
        if outcome.ok:
            self.message.emit(self._done_text(outcome))
            self.printed.emit(outcome)
            return
        if quiet and self.ticket_banner is not None:
            self.ticket_banner.add_failure(FailedPrint(
                document.visit_id, document.ticket_number,
                failure_reason(outcome.error), outcome))
        else:
            self.show_failure(outcome)
        self.failed.emit(outcome)

    def _on_job_failed(self, error: BaseException) -> None:
        """Rendering or recording failed (nothing was printed, or it was not recorded)."""
        if isinstance(error, UserError):
            self._box(QMessageBox.Icon.Warning, self.tr("无法打印"), error_text(error))
        elif self._report_error is not None:
            self._report_error(error)
        else:
            log.error("printing failed", exc_info=(type(error), error, error.__traceback__))

    def _done_text(self, outcome: PrintOutcome) -> str:
        document = outcome.document
        number = document.ticket_number
        if document.kind != KIND_TICKET and document.case_number:
            number = document.case_number
        what = f"{self._label(document)} {number}"
        if outcome.entry.to_file:
            return self.tr("{what} 已另存为 {path}").format(
                what=what, path=outcome.printer.removeprefix(PDF_PRINTER_PREFIX)
            )
        reprint = self.tr("（补打）") if document.is_reprint else ""
        return self.tr("{what}{reprint} 已送打印机 {printer}").format(
            what=what, reprint=reprint, printer=outcome.printer
        )

    @staticmethod
    def _label(document: PrintDocument) -> str:
        return QCoreApplication.translate("Printing", document.label)

    # ------------------------------------------------------------------ failure

    def show_failure(self, outcome: PrintOutcome) -> QMessageBox:
        """重试 / 换打印机 / 另存为PDF / 取消, opened without blocking."""
        document = outcome.document
        reason = failure_reason(outcome.error)
        box = QMessageBox(self._parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("打印失败"))
        box.setText(
            self.tr("{document}没有打印出来。").format(document=self._label(document))
        )
        box.setInformativeText(
            self.tr(
                "原因：{reason}\n\n号票和登记已经保存，不受影响，号码不会作废或重复。"
                "可以重试、换一台打印机，或另存为PDF。"
            ).format(reason=reason)
        )
        retry = box.addButton(self.tr("重试"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("换打印机…"), QMessageBox.ButtonRole.ActionRole)
        save = box.addButton(self.tr("另存为PDF…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        retry.setObjectName("retryButton")
        other.setObjectName("otherPrinterButton")
        save.setObjectName("savePdfButton")

        def clicked(button: QAbstractButton) -> None:
            # A retry renders again: the copy is marked 补打 only if one did print.
            if button is retry and outcome.entry.to_file:
                self.save_pdf(document, outcome.printer.removeprefix(PDF_PRINTER_PREFIX))
            elif button is retry:
                self.print_document(self._again(document), outcome.printer_for_retry)
            elif button is other:
                self.choose_printer(self._again(document))
            elif button is save:
                self.ask_save_pdf(document)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.failure_box = box
        box.open()
        return box

    def _reprint_failed_tickets(self, failures: list[FailedPrint]) -> None:
        """补打 in the banner: each ticket again on the printer that failed."""
        for failure in failures:
            outcome = failure.payload
            assert isinstance(outcome, PrintOutcome)
            self._quiet_tickets.add(outcome.document.visit_id)
            self.print_document(self._again(outcome.document), outcome.printer_for_retry)

    def _other_printer_for_failed_tickets(self, failures: list[FailedPrint]) -> None:
        """换打印机 in the banner: pick one printer for every ticket that did not print."""
        outcomes = [f.payload for f in failures if isinstance(f.payload, PrintOutcome)]
        if not outcomes:
            return
        backend = self.backend

        def names() -> tuple[list[str], str]:
            return backend.printer_names(), backend.default_printer()

        def chosen(name: str) -> None:
            banner = self.ticket_banner
            if banner is not None:
                banner.take_failures()
            for outcome in outcomes:
                self._quiet_tickets.add(outcome.document.visit_id)
                self.print_document(self._again(outcome.document), name)

        def show(result: tuple[list[str], str]) -> None:
            printers, default = result
            escpos = self.config.escpos_target.strip()
            dialog = ChoosePrinterDialog(
                printers, default, ESCPOS_PREFIX + escpos if escpos else "",
                self._parent_widget,
            )
            dialog.chosen.connect(chosen)
            if len(outcomes) == 1:
                document = outcomes[0].document
                dialog.save_requested.connect(lambda: self.ask_save_pdf(document))
            else:
                dialog.save_button.hide()  # one file per ticket: use 补打 or the queue
            self.chooser = dialog
            dialog.open()

        self.tasks.run(names, show, self._on_job_failed)

    def _again(self, document: PrintDocument) -> Callable[[], PrintDocument]:
        printing = self.printing
        visit_id = document.visit_id
        if document.kind == KIND_TICKET:
            return lambda: printing.ticket_slip(visit_id)
        layout = document.layout
        return lambda: printing.receipt(visit_id, layout)

    # ------------------------------------------------------------------ dialogs

    def choose_printer(self, source: DocumentSource) -> None:
        """Let the clerk pick another printer (list fetched off the GUI thread)."""
        backend = self.backend

        def names() -> tuple[list[str], str]:
            return backend.printer_names(), backend.default_printer()

        def show(result: tuple[list[str], str]) -> None:
            printers, default = result
            escpos = self.config.escpos_target.strip()
            dialog = ChoosePrinterDialog(
                printers, default, ESCPOS_PREFIX + escpos if escpos else "",
                self._parent_widget,
            )
            dialog.chosen.connect(lambda name: self.print_document(source, name))
            dialog.save_requested.connect(lambda: self._save_from(source))
            self.chooser = dialog
            dialog.open()

        self.tasks.run(names, show, self._on_job_failed)

    def _save_from(self, source: DocumentSource) -> None:
        if callable(source):
            def ask(document: PrintDocument) -> None:
                self.ask_save_pdf(document)

            self.tasks.run(source, ask, self._on_job_failed)
        else:
            self.ask_save_pdf(source)

    def ask_save_pdf(self, document: PrintDocument) -> QFileDialog:
        # ui.file_dialogs: opens in Documents and never reads the database files.
        dialog = save_file_dialog(
            self._parent_widget,
            self.tr("另存为PDF"),
            document.suggested_file_name,
            self.tr("PDF 文件 (*.pdf)"),
            "pdf",
        )
        dialog.fileSelected.connect(lambda path: self.save_pdf(document, path))
        self.save_dialog = dialog
        dialog.open()
        return dialog

    def preview(self, source: DocumentSource) -> None:
        """Render and rasterise off the GUI thread, then open the preview dialog."""

        def job() -> PreviewPages:
            document = source() if callable(source) else source
            if not qtpdf_available():
                return PreviewPages(document, ())
            dpi = PREVIEW_DPI.get(document.layout, 90.0)
            return PreviewPages(document, tuple(render_pages(document.pdf, dpi)))

        self.tasks.run(job, self._show_preview, self._on_job_failed)

    def _show_preview(self, pages: PreviewPages) -> None:
        document = pages.document
        dialog = PreviewDialog(pages, self.target_for(document), self._parent_widget)
        dialog.print_requested.connect(lambda: self.print_document(document))
        dialog.other_printer_requested.connect(lambda: self.choose_printer(document))
        dialog.save_requested.connect(lambda: self.ask_save_pdf(document))
        self.preview_dialog = dialog
        dialog.open()

    def offer_receipt(self, visit_id: uuid.UUID) -> QMessageBox:
        """After saving a registration: 打印回执 / 预览 / 暂不打印 (non-blocking)."""
        box = QMessageBox(self._parent_widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("打印回执"))
        box.setText(self.tr("登记已保存。现在为来访人打印回执吗？"))
        print_button = box.addButton(self.tr("打印回执"), QMessageBox.ButtonRole.AcceptRole)
        preview_button = box.addButton(self.tr("预览…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("暂不打印"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(print_button)
        print_button.setObjectName("printReceiptButton")
        preview_button.setObjectName("previewReceiptButton")

        def clicked(button: QAbstractButton) -> None:
            if button is print_button:
                self.print_receipt(visit_id)
            elif button is preview_button:
                self.preview_receipt(visit_id)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.offer_box = box
        box.open()
        return box

    def edit_settings(self) -> None:
        """The print settings dialog; saved to the terminal config off the GUI thread."""
        from ui.printing.print_settings import PrintSettingsDialog

        backend = self.backend

        def names() -> tuple[list[str], str]:
            return backend.printer_names(), backend.default_printer()

        def show(result: tuple[list[str], str]) -> None:
            printers, default = result
            dialog = PrintSettingsDialog(self.config, printers, default, self._parent_widget)
            dialog.settings_accepted.connect(self._save_config)
            self.settings_dialog = dialog
            dialog.open()

        self.tasks.run(names, show, self._on_job_failed)

    def _save_config(self, config: TerminalConfig) -> None:
        path = self._config_path

        def job() -> TerminalConfig:
            save_terminal_config(config, path)
            return config

        def saved(result: TerminalConfig) -> None:
            self.config = result
            self.config_changed.emit(result)
            self.message.emit(self.tr("打印设置已保存"))

        self.tasks.run(job, saved, self._on_job_failed)

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(self._parent_widget)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.failure_box = box
        box.open()
        return box


def target_for(config: TerminalConfig, document: PrintDocument) -> str:
    """Where `document` goes by the settings: a printer name ("" = system default), or
    "ESC/POS <target>" for roll documents when an ESC/POS printer is set."""
    if document.is_roll:
        if config.escpos_target.strip():
            return ESCPOS_PREFIX + config.escpos_target.strip()
        return config.ticket_printer
    return config.a4_printer


def _send(document: PrintDocument, wanted: str, backend: PrinterBackend) -> str:
    """Deliver `document` (worker thread); returns the printer as it is recorded."""
    if wanted.startswith(ESCPOS_PREFIX):
        target = wanted.removeprefix(ESCPOS_PREFIX)
        if document.slip is not None:
            data = escpos_output.ticket_bytes(document.slip, document.centre)
        elif document.receipt is not None and document.is_roll:
            data = escpos_output.receipt_bytes(document.receipt, document.centre)
        else:
            raise PrintFailed(
                QT_TRANSLATE_NOOP(
                    "Errors", "ESC/POS 打印机只能打印号票和80毫米回执，A4回执请选系统打印机"
                )
            )
        escpos_output.send(data, target)
        return wanted
    name = wanted or backend.default_printer()
    if not name:
        raise PrintFailed(
            QT_TRANSLATE_NOOP(
                "Errors", "本机没有可用的打印机：请在打印设置中选择打印机，或另存为PDF"
            )
        )
    title = document.suggested_file_name.removesuffix(".pdf")
    backend.print_pdf(document.pdf, name, title)
    return name


# --- Dialogs -----------------------------------------------------------------------------


class ChoosePrinterDialog(QDialog):
    """Pick a printer for this one print (the settings stay as they are)."""

    chosen = Signal(str)
    save_requested = Signal()

    def __init__(
        self, printers: list[str], default: str, escpos: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("换打印机"))
        layout = QVBoxLayout(self)
        self.combo = QComboBox()
        for name in printers:
            label = self.tr("{name}（默认）").format(name=name) if name == default else name
            self.combo.addItem(label, name)
        if escpos:
            self.combo.addItem(escpos, escpos)
        if default in printers:
            self.combo.setCurrentIndex(printers.index(default))
        if self.combo.count():
            layout.addWidget(QLabel(self.tr("用哪台打印机打印这份单据？")))
            layout.addWidget(self.combo)
        else:
            self.combo.hide()
            layout.addWidget(QLabel(self.tr("本机没有找到打印机。可以另存为PDF，稍后再打印。")))
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("打印"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setEnabled(self.combo.count() > 0)
        self.save_button = buttons.addButton(self.tr("另存为PDF…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._save)
        layout.addWidget(buttons)

    def selected_printer(self) -> str:
        return str(self.combo.currentData() or "")

    def _accept(self) -> None:
        name = self.selected_printer()
        self.accept()
        if name:
            self.chosen.emit(name)

    def _save(self) -> None:
        self.reject()
        self.save_requested.emit()


class PreviewDialog(QDialog):
    """The pages as they will print, with 打印 / 换打印机 / 另存为PDF / 关闭."""

    print_requested = Signal()
    other_printer_requested = Signal()
    save_requested = Signal()

    def __init__(self, pages: PreviewPages, printer: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        document = pages.document
        label = QCoreApplication.translate("Printing", document.label)
        mark = self.tr("（补打）") if document.is_reprint else ""
        self.setWindowTitle(self.tr("打印预览 — {document}{mark}").format(
            document=label, mark=mark))
        layout = QVBoxLayout(self)
        where = printer or self.tr("系统默认打印机")
        self.printer_label = QLabel(self.tr("打印到：{printer}").format(printer=where))
        layout.addWidget(self.printer_label)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        inner = QWidget()
        pages_layout = QVBoxLayout(inner)
        pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for image in pages.images:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("border: 1px solid #98a2b3; background: white;")
            page.setFixedSize(image.width() + 2, image.height() + 2)
            pages_layout.addWidget(page)
            self.page_labels.append(page)
        if not pages.images:
            pages_layout.addWidget(QLabel(self.tr(
                "本机缺少预览组件（PySide6-Pdf），无法显示预览；仍可打印或另存为PDF。"
            )))
        area.setWidget(inner)
        layout.addWidget(area, 1)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("打印"))
        self.other_button = QPushButton(self.tr("换打印机…"))
        self.save_button = QPushButton(self.tr("另存为PDF…"))
        close = QPushButton(self.tr("关闭"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(lambda: self._then(self.print_requested))
        self.other_button.clicked.connect(lambda: self._then(self.other_printer_requested))
        self.save_button.clicked.connect(lambda: self._then(self.save_requested))
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        width = max((image.width() for image in pages.images), default=400)
        self.resize(min(width + 70, 900), 780)

    def _then(self, signal: SignalInstance) -> None:
        self.accept()
        signal.emit()
