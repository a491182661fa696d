"""打印预览 for the reception wing's papers (the leader's briefing, the booking slip):
they belong to no visit, so they do not go through PrintController (whose prints are
recorded against a visit); their making is audited by BriefingService instead.

The pages are rendered off the GUI thread (QtPdf) and shown with 打印 / 另存为PDF… /
关闭. 打印 sends the PDF on the device lane to the terminal's printer for the paper
(A4 printer, or the ticket printer for an 80 mm slip, from the print settings when the
window's PrintController is given; else the system default). 另存为PDF goes through
ui/file_dialogs.py and writes the file whole (a temporary file renamed)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from ui.file_dialogs import SafeFileDialog, save_file_dialog
from ui.operations import Operation
from ui.printing.preview_dialog import PREVIEW_DPI
from ui.printing.qt_printer import (
    PrinterBackend,
    PrintFailed,
    QtPrinterBackend,
    qtpdf_available,
    render_pages,
)
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.reception.briefing import BriefingService
    from desktop.reception.views import SessionItem
    from ui.printing.controller import PrintController


@dataclass(frozen=True)
class Paper:
    title: str  # the window's and the print job's title
    file_name: str  # suggested for 另存为PDF
    layout: str  # "a4" | "80mm"
    pdf: bytes


@dataclass(frozen=True)
class RenderedPaper:
    paper: Paper
    images: tuple[QImage, ...]


def briefing_paper(briefing: BriefingService, item: SessionItem) -> Paper:
    """Worker thread: the leader's briefing of one session (audited by the service)."""
    return Paper(f"领导接访预约情况 {item.day.isoformat()} {item.leader_name}",
                 f"领导接访预约情况-{item.day.isoformat()}-{item.leader_name}.pdf", "a4",
                 briefing.briefing_pdf(item.session_id))


def slip_paper(briefing: BriefingService, booking_id: uuid.UUID, code: str,
               layout: str) -> Paper:
    """Worker thread: a booking slip, A4 or 80 mm (audited by the service)."""
    return Paper(f"领导接访预约单 {code}", f"预约单-{code}.pdf", layout,
                 briefing.slip_pdf(booking_id, layout))


def render(paper: Paper) -> RenderedPaper:
    """Worker thread: the pages as images (none without QtPdf)."""
    if not qtpdf_available():
        return RenderedPaper(paper, ())
    return RenderedPaper(paper, tuple(render_pages(paper.pdf, PREVIEW_DPI.get(
        paper.layout, 90.0))))


def open_preview(owner: QWidget, tasks: TaskRunner, make: Callable[[], Paper],
                 printing: PrintController | None, errors: ErrorLabel,
                 shown: Callable[[PaperPreviewDialog], None] | None = None) -> None:
    """Make the paper (a service call) and render it in the background, then open the
    preview over `owner`; a refusal goes to `errors`."""

    def opened(rendered: RenderedPaper) -> None:
        dialog = PaperPreviewDialog(rendered, tasks, printing, owner)
        dialog.open()
        if shown is not None:
            shown(dialog)

    Operation(owner, tasks, lambda: render(make())).success(opened) \
        .exclusive("paper_preview").errors(errors).run()


class PaperPreviewDialog(QDialog):
    def __init__(self, rendered: RenderedPaper, tasks: TaskRunner,
                 printing: PrintController | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper = rendered.paper
        self._tasks = tasks
        self._printing = printing
        self.save_dialog: SafeFileDialog | None = None
        self.saved_to: Path | None = None
        self.printed_on: str | None = None
        self.setWindowTitle(self.tr("打印预览 — {title}").format(title=self.paper.title))

        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        inner = QWidget()
        pages = QVBoxLayout(inner)
        pages.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for image in rendered.images:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("border: 1px solid #98a2b3; background: white;")
            page.setFixedSize(image.width() + 2, image.height() + 2)
            pages.addWidget(page)
            self.page_labels.append(page)
        if not rendered.images:
            pages.addWidget(QLabel(self.tr(
                "本机缺少预览组件（PySide6-Pdf），无法显示预览；仍可打印或另存为PDF。")))
        area.setWidget(inner)

        self.status_label = QLabel()
        self.status_label.setObjectName("okHint")
        self.status_label.setWordWrap(True)
        self.error_label = ErrorLabel()
        self.print_button = QPushButton(self.tr("打印(&P)"))
        self.print_button.setToolTip(self.tr("送到本机打印设置中的打印机（Alt+P）"))
        self.save_button = QPushButton(self.tr("另存为PDF(&S)…"))
        self.save_button.setToolTip(self.tr("把这份材料保存为 PDF 文件（Alt+S）"))
        close = QPushButton(self.tr("关闭"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_paper)
        self.save_button.clicked.connect(self.ask_save)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        width = max((image.width() for image in rendered.images), default=400)
        self.resize(min(width + 70, 900), 700)

    # ------------------------------------------------------------------ printing

    def _printer(self) -> tuple[PrinterBackend, str, TaskRunner]:
        roll = self.paper.layout == "80mm"
        if self._printing is not None:
            config = self._printing.config
            name = config.ticket_printer if roll else config.a4_printer
            return self._printing.backend, name, self._printing.devices
        return QtPrinterBackend(), "", self._tasks

    def print_paper(self) -> None:
        backend, name, lane = self._printer()
        paper = self.paper

        def job() -> str:
            printer = name or backend.default_printer()
            if not printer:
                raise PrintFailed(QT_TRANSLATE_NOOP(
                    "Errors", "本机没有可用的打印机：请在打印设置中选择打印机，或另存为PDF"))
            backend.print_pdf(paper.pdf, printer, paper.title)
            return printer

        self.status_label.clear()
        Operation(self, lane, job).success(self._printed).busy(self.print_button) \
            .exclusive("print").errors(self.error_label).run()

    def _printed(self, printer: str) -> None:
        self.printed_on = printer
        self.status_label.setText(self.tr("已送到打印机：{printer}").format(printer=printer))

    # ------------------------------------------------------------------ saving

    def ask_save(self) -> SafeFileDialog:
        dialog = save_file_dialog(self, self.tr("另存为PDF"), self.paper.file_name,
                                  self.tr("PDF 文件 (*.pdf)"), "pdf")
        dialog.fileSelected.connect(self.save_to)
        self.save_dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, path: str) -> None:
        target, pdf = Path(path), self.paper.pdf

        def write() -> Path:
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(pdf)
            partial.replace(target)
            return target

        self.status_label.clear()
        Operation(self, self._tasks, write).success(self._saved).busy(self.save_button) \
            .exclusive("save").errors(self.error_label).run()

    def _saved(self, path: Path) -> None:
        self.saved_to = path
        self.status_label.setText(self.tr("已保存到 {path}").format(path=str(path)))
