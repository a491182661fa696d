"""System printers: QPrinter with pages rasterised by QtPdf, or CUPS' ``lp``.

How paper is made (the choice, and why):

* The documents are the PDFs of desktop.printing.documents, the one source of every
  layout. The same bytes are saved as PDF, written by the command line, previewed and
  printed.
* For a system printer the PDF pages are rasterised with QtPdf (package PySide6-Pdf,
  the same Qt version as PySide6) at the printer's resolution (at most 300 dpi) and
  painted on a QPrinter. This works the same on Windows, Linux and macOS and does not
  depend on the driver taking PDF; an 80 mm page keeps its own height on the roll.
* Without QtPdf, printing falls back to CUPS' ``lp``, which takes PDF directly
  (Linux/macOS); on Windows QtPdf is then required and a clear message says so.

`SystemPrinterDevice` is the desktop.printing.devices.PrintDevice for system printers;
everything here runs on the device thread, never on the GUI thread.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from typing import Protocol

from PySide6.QtCore import QMarginsF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.printing.devices import Printable, PrintFailed
from desktop.printing.targets import PrinterInfo, PrintTarget, SystemPrinter

MAX_PRINT_DPI = 300.0
LP_TIMEOUT = 60

__all__ = [
    "PrintFailed",
    "PrinterBackend",
    "QtPrinterBackend",
    "SystemPrinterDevice",
    "paint_pdf",
    "print_with_lp",
    "qtpdf_available",
    "render_pages",
]


def qtpdf_available() -> bool:
    try:
        from PySide6 import QtPdf  # noqa: F401
    except ImportError:
        return False
    return True


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


# --- The system's printers ---------------------------------------------------------------


class PrinterBackend(Protocol):
    """What printing needs from the system's printers (tests pass a fake)."""

    def printer_names(self) -> list[str]: ...

    def default_printer(self) -> str: ...

    def page_sizes(self, printer_name: str) -> tuple[tuple[float, float], ...]:
        """Paper sizes the driver reports, (width, height) in mm; () when it reports none."""
        ...

    def print_pdf(self, pdf: bytes, printer_name: str, title: str) -> None:
        """Device thread. Raise PrintFailed (or OSError) when it does not print."""
        ...


class QtPrinterBackend:
    """System printers through QPrinter; pages rasterised with QtPdf (or ``lp``)."""

    def printer_names(self) -> list[str]:
        return list(QPrinterInfo.availablePrinterNames())

    def default_printer(self) -> str:
        return QPrinterInfo.defaultPrinterName()

    def page_sizes(self, printer_name: str) -> tuple[tuple[float, float], ...]:
        info = QPrinterInfo.printerInfo(printer_name)
        if info.isNull():
            return ()
        sizes = []
        for page_size in info.supportedPageSizes():
            size = page_size.size(QPageSize.Unit.Millimeter)
            sizes.append((float(size.width()), float(size.height())))
        return tuple(sizes)

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


def printer_infos(backend: PrinterBackend) -> tuple[list[PrinterInfo], str]:
    """Every system printer with its paper sizes, and the default's name (slow: call
    it off the GUI thread)."""
    infos = [PrinterInfo(name, backend.page_sizes(name)) for name in backend.printer_names()]
    return infos, backend.default_printer()


class SystemPrinterDevice:
    """The PrintDevice for system printers ("" = the system default, by its name)."""

    def __init__(self, backend: PrinterBackend) -> None:
        self.backend = backend

    def resolve(self, target: PrintTarget) -> PrintTarget:
        assert isinstance(target, SystemPrinter)
        name = target.name or self.backend.default_printer()
        if not name:
            raise PrintFailed(
                QT_TRANSLATE_NOOP(
                    "Errors", "本机没有可用的打印机：请在打印设置中选择打印机，或另存为PDF"
                )
            )
        return SystemPrinter(name)

    def send(self, document: Printable, target: PrintTarget) -> None:
        assert isinstance(target, SystemPrinter) and target.name
        self.backend.print_pdf(document.pdf, target.name, document.title)
