"""打印预览: the pages as they will print (QtPdf images), with 打印 / 换打印机 /
另存为PDF / 关闭. Our own dialog: QPrintPreviewDialog paints on the GUI thread when it
prints and cannot show a PDF."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.service import PrintDocument

PREVIEW_DPI = {"a4": 90.0, "80mm": 130.0}  # an A4 page and a roll both fit the screen


@dataclass(frozen=True)
class PreviewPages:
    document: PrintDocument
    images: tuple[QImage, ...]


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
