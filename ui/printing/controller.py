"""Printing from the GUI: routes the clerk's intents (print, preview, reprint, another
printer, save as PDF, test page) to PrintService and shows what came of them.

* Print-then-record is one service call (PrintService.print_document) with a typed
  target (desktop.printing.targets) and a device: system printers through
  ui.printing.qt_printer, ESC/POS and PDF files through desktop.printing.devices.
* Printing runs on the device lane, a thread of its own (TaskRunner.device_lane): a
  hung printer never holds up the board's refresh or the database work of the others.
  Previews and printer lists run on the ordinary runner.
* A failed print keeps the ticket or registration as saved and offers 重试 / 换打印机 /
  另存为PDF (ui.printing.failure_box); it never touches a number. Failed automatic
  tickets at the front desk go to the banner instead (ui.printing.banner).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.config import TerminalConfig, save_terminal_config
from desktop.domain import Paper
from desktop.i18n import UserError
from desktop.printing.devices import DeviceRouter
from desktop.printing.documents import LAYOUTS
from desktop.printing.outcome import HeldForConfirmation, PrintOutcome, error_message
from desktop.printing.service import KIND_TICKET, PrintDocument, PrintService
from desktop.printing.targets import PdfFile, PrinterInfo, PrintTarget, target_for
from ui.file_dialogs import save_file_dialog
from ui.hub import PRINTS
from ui.i18n import error_text
from ui.operations import Operation
from ui.printing.banner import FailedPrint, PrintFailureBanner
from ui.printing.failure_box import PrintFailureBox
from ui.printing.offer_box import ReceiptOfferBox
from ui.printing.preview_dialog import PREVIEW_DPI, PreviewDialog, PreviewPages
from ui.printing.printer_chooser import ChoosePrinterDialog
from ui.printing.qt_printer import (
    PrinterBackend,
    PrintFailed,
    QtPrinterBackend,
    SystemPrinterDevice,
    printer_infos,
    qtpdf_available,
    render_pages,
)
from ui.printing.unprintable_box import UnprintableBox
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

ErrorCallback = Callable[[BaseException], None]
DocumentSource = PrintDocument | Callable[[], PrintDocument]

__all__ = ["PrintController", "PrintFailed", "PrintOutcome", "failure_reason"]


def failure_reason(error: BaseException | None) -> str:
    """Why a print failed, in words for the clerk."""
    if isinstance(error, UserError):
        return error_text(error)
    return error_message(error) if error is not None else ""


class PrintController(QObject):
    """Prints, previews and saves tickets and receipts; one per main window.

    Signals: `printed(PrintOutcome)` after a good print or save, `failed(PrintOutcome)`
    after a failed one (the failure box is then open, or the ticket banner shows it),
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
        devices: TaskRunner | None = None,
        parent_widget: QWidget | None = None,
        report_error: ErrorCallback | None = None,
        config_path: Path | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self.printing = printing
        self.tasks = tasks
        # Printers and ESC/POS sends get a thread of their own (see the module's notes).
        self.devices = devices if devices is not None else tasks.device_lane()
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

    # ------------------------------------------------------------------ plumbing

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None],
             runner: TaskRunner | None = None) -> None:
        Operation(self, runner or self.tasks, job).success(done) \
            .failure(self._on_job_failed).report_to(self._report_error).run()

    def device(self) -> DeviceRouter:
        """Every print target's device (the backend is read now: tests replace it)."""
        return DeviceRouter(SystemPrinterDevice(self.backend))

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

    def target_for(self, document: PrintDocument) -> PrintTarget:
        return target_for(self.config, document.is_roll)

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

    def print_ticket(self, visit_id: uuid.UUID, target: PrintTarget | None = None) -> None:
        """Print the queue ticket (marked 补打 if one was printed before)."""
        printing = self.printing
        self.print_document(lambda: printing.ticket_slip(visit_id), target)

    def print_receipt(self, visit_id: uuid.UUID, layout: str | None = None,
                      target: PrintTarget | None = None) -> None:
        """Print the visit receipt (marked 补打 if one was printed before)."""
        printing = self.printing
        chosen = layout or self.receipt_layout
        self.print_document(lambda: printing.receipt(visit_id, chosen), target)

    def print_paper(self, visit_id: uuid.UUID, paper: Paper, layout: str | None = None,
                    target: PrintTarget | None = None) -> None:
        """Print `paper` of the case of `visit_id` (受理告知书, 延期办理告知书, 办理进展告知单 …),
        recorded as printed for that visit; a paper the case cannot have is refused in a
        box saying why."""
        printing = self.printing
        chosen = layout or self.receipt_layout
        self.print_document(lambda: printing.case_paper(visit_id, paper, chosen), target)

    def preview_paper(self, visit_id: uuid.UUID, paper: Paper, layout: str | None = None
                      ) -> None:
        printing = self.printing
        chosen = layout or self.receipt_layout
        self.preview(lambda: printing.case_paper(visit_id, paper, chosen))

    def preview_ticket(self, visit_id: uuid.UUID) -> None:
        printing = self.printing
        self.preview(lambda: printing.ticket_slip(visit_id))

    def preview_receipt(self, visit_id: uuid.UUID, layout: str | None = None) -> None:
        printing = self.printing
        chosen = layout or self.receipt_layout
        self.preview(lambda: printing.receipt(visit_id, chosen))

    def reprint(self, visit_id: uuid.UUID, kind: str) -> None:
        """补打: `kind` "ticket", "receipt" (the visit's own paper) or a Paper value; the
        copy says 补打 by the print records."""
        if kind == KIND_TICKET:
            self.print_ticket(visit_id)
        elif kind in {paper.value for paper in Paper}:
            self.print_paper(visit_id, Paper(kind))
        else:
            self.print_receipt(visit_id)

    # ------------------------------------------------------------------ printing

    def print_document(self, source: DocumentSource, target: PrintTarget | None = None, *,
                       confirmed: bool = False) -> None:
        """Render (if `source` is a callable), print and record, on the device lane.

        `target` None: where the settings send this kind of document. A receipt with
        characters no font can draw is not printed until the clerk confirms.
        """
        printing, device, config = self.printing, self.device(), self.config

        def job() -> PrintOutcome | HeldForConfirmation:
            chosen = target if target is not None else (
                lambda document: target_for(config, document.is_roll))
            return printing.print_document(source, chosen, device, confirmed=confirmed)

        def done(result: PrintOutcome | HeldForConfirmation) -> None:
            if isinstance(result, HeldForConfirmation):
                self.warn_unprintable(result.document, target)
            else:
                self._on_print_done(result)

        self._run(job, done, self.devices)

    def save_pdf(self, document: PrintDocument, path: str) -> None:
        """Write the PDF to `path` and record it as a print to a file."""
        self.print_document(document, PdfFile(path), confirmed=True)

    def print_check_page(self, target: PrintTarget, layout: str, label: str,
                         done: Callable[[str, bool], None]) -> None:
        """打印测试页 to `target`; `done(text, ok)` says what happened (not recorded)."""
        printing, device = self.printing, self.device()

        def job() -> PrintTarget:
            return printing.print_check_page(target, device, layout, label)

        def printed(used: PrintTarget) -> None:
            done(self.tr("测试页已送打印机 {printer}，请查看打印效果").format(
                printer=used.recorded), True)

        def failed(error: BaseException) -> bool:
            if not isinstance(error, UserError | OSError):
                return False
            done(self.tr("测试页没有打印出来：{reason}").format(
                reason=failure_reason(error)), False)
            return True

        Operation(self, self.devices, job).success(printed).failure(failed) \
            .report_to(self._report_error).run()

    def warn_unprintable(self, document: PrintDocument, target: PrintTarget | None
                         ) -> QMessageBox:
        """Characters no font has would print blank: 仍然打印 / 取消 (non-blocking)."""
        box = UnprintableBox(document.unprintable, self._parent_widget)
        # The document as rendered: nothing printed meanwhile.
        box.print_anyway.connect(
            lambda: self.print_document(document, target, confirmed=True))
        self.unprintable_box = box
        box.open()
        return box

    def _on_print_done(self, outcome: PrintOutcome) -> None:
        document = outcome.document
        self.history_changed.emit(document.visit_id)
        self.tasks.hub.announce(PRINTS)
        quiet = (document.kind == KIND_TICKET and not outcome.to_file
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

    def _on_job_failed(self, error: BaseException) -> bool:
        """Rendering or recording failed (nothing was printed, or it was not recorded):
        a UserError in a box here; anything else goes to the reporter."""
        if not isinstance(error, UserError):
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("无法打印"), error_text(error),
                          QMessageBox.StandardButton.NoButton, self._parent_widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.failure_box = box
        box.open()
        return True

    def _done_text(self, outcome: PrintOutcome) -> str:
        document = outcome.document
        number = document.ticket_number
        if document.kind != KIND_TICKET and document.case_number:
            number = document.case_number
        what = f"{self._label(document)} {number}"
        if isinstance(outcome.target, PdfFile):
            return self.tr("{what} 已另存为 {path}").format(what=what, path=outcome.target.path)
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
        box = PrintFailureBox(self._label(document), failure_reason(outcome.error),
                              self._parent_widget)
        target = outcome.target

        def retry() -> None:
            # A retry renders again: the copy is marked 补打 only if one did print.
            if isinstance(target, PdfFile):
                self.save_pdf(document, target.path)
            else:
                self.print_document(self._again(document), target)

        box.retry_requested.connect(retry)
        box.other_printer_requested.connect(lambda: self.choose_printer(document, again=True))
        box.save_requested.connect(lambda: self.ask_save_pdf(document))
        self.failure_box = box
        box.open()
        return box

    def _reprint_failed_tickets(self, failures: list[FailedPrint]) -> None:
        """补打 in the banner: each ticket again on the printer that failed."""
        for failure in failures:
            outcome = failure.payload
            assert isinstance(outcome, PrintOutcome)
            self._quiet_tickets.add(outcome.document.visit_id)
            self.print_document(self._again(outcome.document), outcome.target)

    def _other_printer_for_failed_tickets(self, failures: list[FailedPrint]) -> None:
        """换打印机 in the banner: pick one printer for every ticket that did not print."""
        outcomes = [f.payload for f in failures if isinstance(f.payload, PrintOutcome)]
        if not outcomes:
            return

        def chosen(target: PrintTarget) -> None:
            if self.ticket_banner is not None:
                self.ticket_banner.take_failures()
            for outcome in outcomes:
                self._quiet_tickets.add(outcome.document.visit_id)
                self.print_document(self._again(outcome.document), target)

        def show(dialog: ChoosePrinterDialog) -> None:
            dialog.chosen.connect(chosen)
            if len(outcomes) == 1:
                document = outcomes[0].document
                dialog.save_requested.connect(lambda: self.ask_save_pdf(document))
            else:
                dialog.save_button.hide()  # one file per ticket: use 补打 or the queue

        self._open_chooser(outcomes[0].document.layout, show)

    def _again(self, document: PrintDocument) -> Callable[[], PrintDocument]:
        printing = self.printing
        visit_id = document.visit_id
        if document.kind == KIND_TICKET:
            return lambda: printing.ticket_slip(visit_id)
        layout, paper = document.layout, document.paper
        return lambda: printing.case_paper(visit_id, paper, layout)

    # ------------------------------------------------------------------ dialogs

    def choose_printer(self, document: PrintDocument, *, again: bool = False) -> None:
        """换打印机: only printers that can print `document` (list fetched off the GUI
        thread). `again`: render anew when printing (after a failure), so 补打 is right."""
        source: DocumentSource = self._again(document) if again else document

        def show(dialog: ChoosePrinterDialog) -> None:
            dialog.chosen.connect(lambda target: self.print_document(source, target))
            dialog.save_requested.connect(lambda: self.ask_save_pdf(document))

        self._open_chooser(document.layout, show)

    def _open_chooser(self, layout: str, wire: Callable[[ChoosePrinterDialog], None]) -> None:
        backend = self.backend

        def show(result: tuple[list[PrinterInfo], str]) -> None:
            printers, default = result
            dialog = ChoosePrinterDialog(printers, default, self.config.escpos_target.strip(),
                                         layout, self._parent_widget)
            wire(dialog)
            self.chooser = dialog
            dialog.open()

        self._run(lambda: printer_infos(backend), show)

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

        self._run(job, self._show_preview)

    def _show_preview(self, pages: PreviewPages) -> None:
        document = pages.document
        target = self.target_for(document)
        dialog = PreviewDialog(pages, target.recorded if target_named(target) else "",
                               self._parent_widget)
        dialog.print_requested.connect(lambda: self.print_document(document))
        dialog.other_printer_requested.connect(lambda: self.choose_printer(document))
        dialog.save_requested.connect(lambda: self.ask_save_pdf(document))
        self.preview_dialog = dialog
        dialog.open()

    def offer_receipt(self, visit_id: uuid.UUID) -> QMessageBox:
        """After saving a registration: 打印回执 / 预览 / 暂不打印 (non-blocking)."""
        box = ReceiptOfferBox(self._parent_widget)
        box.print_requested.connect(lambda: self.print_receipt(visit_id))
        box.preview_requested.connect(lambda: self.preview_receipt(visit_id))
        self.offer_box = box
        box.open()
        return box

    def edit_settings(self) -> None:
        """The print settings dialog; saved to the terminal config off the GUI thread."""
        from ui.printing.print_settings import PrintSettingsDialog

        backend = self.backend

        def show(result: tuple[list[PrinterInfo], str]) -> None:
            printers, default = result
            dialog = PrintSettingsDialog(self.config, [p.name for p in printers], default,
                                         self._parent_widget)
            dialog.settings_accepted.connect(self._save_config)
            dialog.check_page_requested.connect(
                lambda target, layout, label: self.print_check_page(
                    target, layout, label, dialog.show_check_result))
            self.settings_dialog = dialog
            dialog.open()

        self._run(lambda: printer_infos(backend), show)

    def _save_config(self, config: TerminalConfig) -> None:
        path = self._config_path

        def job() -> TerminalConfig:
            save_terminal_config(config, path)
            return config

        def saved(result: TerminalConfig) -> None:
            self.config = result
            self.config_changed.emit(result)
            self.message.emit(self.tr("打印设置已保存"))

        self._run(job, saved)


def target_named(target: PrintTarget) -> bool:
    """False for "the system default printer" (the preview says so in words)."""
    return bool(target.recorded) and target.recorded != "?"
