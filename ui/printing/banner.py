"""The front desk's print-failure banner: 打印失败 … [补打] [换打印机…] [×].

Why not a message box: a box opened after each failed ticket takes the keyboard, so the
next card swipe typed its digits into the box and its Enter pressed 重试 — the swipe
was lost. The banner sits inside the ticket page, never takes the keyboard focus (its
buttons are for the mouse), and gathers every ticket that did not print into one line.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

MAX_NUMBERS_SHOWN = 5

BANNER_STYLE = """
QFrame#printBanner { background: #fef3f2; border: 1px solid #fda29b; border-radius: 6px; }
QLabel#printBannerText { color: #b42318; }
"""


@dataclass(frozen=True)
class FailedPrint:
    key: object  # one entry per key (a visit): a ticket that fails again is not doubled
    number: str  # the ticket number, as shown
    reason: str  # why, in words for the clerk
    payload: object  # handed back with reprint_requested / other_printer_requested


class PrintFailureBanner(QFrame):
    """Hidden until a print fails. Signals carry the list of FailedPrint to print again."""

    reprint_requested = Signal(object)
    other_printer_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._failures: dict[object, FailedPrint] = {}
        self.text_label = QLabel()
        self.text_label.setObjectName("printBannerText")
        self.text_label.setWordWrap(True)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                      QSizePolicy.Policy.Preferred)
        self.reprint_button = QPushButton(self.tr("补打"))
        self.reprint_button.setObjectName("bannerReprintButton")
        self.other_button = QPushButton(self.tr("换打印机…"))
        self.other_button.setObjectName("bannerOtherPrinterButton")
        self.close_button = QPushButton("×")
        self.close_button.setObjectName("bannerCloseButton")
        self.close_button.setToolTip(self.tr("关闭提示（未打印的号票仍可在“排队”页右键补打）"))
        self.close_button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text_label, 1)
        for button in (self.reprint_button, self.other_button, self.close_button):
            # The keyboard belongs to the 证件号码 field: the next swipe must land there.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            layout.addWidget(button)
        self.reprint_button.clicked.connect(self._reprint)
        self.other_button.clicked.connect(
            lambda: self.other_printer_requested.emit(self.failures()))
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def failures(self) -> list[FailedPrint]:
        return list(self._failures.values())

    def add_failure(self, failure: FailedPrint) -> None:
        self._failures.pop(failure.key, None)  # keep the order of the latest attempt
        self._failures[failure.key] = failure
        self._update()

    def take_failures(self) -> list[FailedPrint]:
        """Every failure, to be printed again; the banner hides until one fails again."""
        taken = self.failures()
        self._failures.clear()
        self._update()
        return taken

    def dismiss(self) -> None:
        self._failures.clear()
        self._update()

    def _reprint(self) -> None:
        self.reprint_requested.emit(self.take_failures())

    def _update(self) -> None:
        failures = self.failures()
        if not failures:
            self.hide()
            return
        numbers = "、".join(f.number for f in failures[-MAX_NUMBERS_SHOWN:])
        if len(failures) > MAX_NUMBERS_SHOWN:
            numbers = "…、" + numbers
        if len(failures) == 1:
            text = self.tr("打印失败：号票 {numbers} 没有打印出来。原因：{reason}").format(
                numbers=numbers, reason=failures[-1].reason)
        else:
            text = self.tr(
                "打印失败：{count} 张号票未打印（{numbers}）。最近的原因：{reason}"
            ).format(count=len(failures), numbers=numbers, reason=failures[-1].reason)
        self.text_label.setText(
            text + self.tr("　号码已保存，不受影响。可点“补打”或“换打印机”。"))
        self.show()
