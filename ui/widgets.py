"""Small widgets and helpers shared by the counter views.

Nothing here talks to services: these are passive pieces the forms arrange.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from desktop.cases.identity import ID_TYPE_LABELS, IdType
from desktop.i18n import UserError
from ui.i18n import error_text

log = logging.getLogger(__name__)

ErrorCallback = Callable[[BaseException], None]

# The 取号 entry is read at arm's length and typed fast: larger type than elsewhere.
ENTRY_POINT_SIZE = 14

# One calm look for the counter views. Only colours, weights and spacing are set here:
# combo boxes and spin boxes keep the platform style so their arrows stay native.
# (Fonts go through the sheet too: with a sheet active, QWidget.setFont does not reach
# the children.)
_ENTRY_FONT = (
    "QWidget#ticketEntry QLabel, QWidget#ticketEntry QLineEdit, QWidget#ticketEntry QComboBox,"
    " QWidget#ticketEntry QSpinBox, QWidget#ticketEntry QGroupBox"
    f" {{ font-size: {ENTRY_POINT_SIZE}pt; }}"
)
STYLE_SHEET = _ENTRY_FONT + """
QTabWidget#mainTabs > QTabBar::tab {
    font-size: 14pt;
    padding: 8px 16px;
    min-width: 5em;
}
QTabWidget#mainTabs > QTabBar::tab:selected {
    font-weight: bold;
    color: #1d4f91;
}
QLabel#errorLabel {
    color: #b42318;
    font-weight: bold;
}
QLabel#hintLabel {
    color: #475467;
}
QLabel#okHint {
    color: #067647;
}
QLabel#warningLabel {
    color: #b54708;
}
QLabel#returningHint {
    color: #1d4f91;
    font-weight: bold;
}
QLabel#sectionTitle {
    font-size: 13pt;
    font-weight: bold;
    color: #1d2939;
}
QLabel#repeatBanner {
    background: #fde8e7;
    color: #912018;
    border: 2px solid #d92d20;
    border-radius: 6px;
    padding: 8px 12px;
    font-size: 12pt;
    font-weight: bold;
}
QFrame#ticketPanel {
    background: #f4f8fd;
    border: 1px solid #c7d7ee;
    border-radius: 10px;
}
QLabel#ticketNumber {
    color: #1d4f91;
    font-size: 80pt;
    font-weight: bold;
}
QLabel#ticketCategory {
    font-size: 18pt;
    color: #1d2939;
}
QLabel#ticketAhead {
    font-size: 16pt;
    color: #344054;
}
QLabel#resultTitle {
    font-size: 13pt;
    color: #475467;
}
QPushButton#primaryButton {
    background: #1d4f91;
    color: white;
    border: none;
    border-radius: 6px;
    font-size: 16pt;
    font-weight: bold;
    padding: 10px 24px;
}
QPushButton#primaryButton:hover {
    background: #245eab;
}
QPushButton#primaryButton:disabled {
    background: #98a2b3;
}
QPushButton#secondaryButton {
    background: #ffffff;
    color: #1d2939;
    border: 1px solid #98a2b3;
    border-radius: 6px;
    font-size: 13pt;
    padding: 8px 20px;
}
QPushButton#secondaryButton:hover {
    background: #f2f4f7;
}
QPushButton#secondaryButton:disabled {
    color: #98a2b3;
    border-color: #d0d5dd;
}
QPushButton#categoryButton {
    background: #ffffff;
    color: #1d2939;
    border: 2px solid #d0d5dd;
    border-radius: 8px;
    font-size: 13pt;
    padding: 8px 6px;
}
QPushButton#categoryButton:checked {
    background: #1d4f91;
    color: white;
    border-color: #1d4f91;
    font-weight: bold;
}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {
    border: 2px solid #d92d20;
    border-radius: 3px;
}
QLabel#caseNumber {
    font-size: 15pt;
    font-weight: bold;
    color: #1d4f91;
}
QLabel#visitorName {
    font-size: 16pt;
    font-weight: bold;
}
"""


def id_type_text(id_type: IdType) -> str:
    return QCoreApplication.translate("IdType", ID_TYPE_LABELS[id_type])


def sex_text(sex: str | None) -> str:
    """'男'/'女' as stored (desktop.cases.identity.MALE/FEMALE), in the UI language."""
    return QCoreApplication.translate("Sex", sex) if sex else ""


def day_text(day: date | None) -> str:
    """Dates are shown as 2026-11-27 everywhere (what the paper forms use)."""
    return day.isoformat() if day else "—"


class FittingScrollArea(QScrollArea):
    """A scroll area as tall as its content when there is room, scrolling only when the
    window is too small (QScrollArea's own size hint stops at 24 lines)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content grew or shrank (rows shown, fonts polished)
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        hint = content.sizeHint()
        return QSize(hint.width() + frame + self.verticalScrollBar().sizeHint().width(),
                     hint.height() + frame)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().height() * 6)


class ErrorLabel(QLabel):
    """The red line under a form: what went wrong and what to do, never a popup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.setText("")
        self.hide()

    # A FieldErrorSink (ui/operations.py) for a form with no inputs to mark.
    def show_field_error(self, field: str | None, text: str) -> None:
        del field
        self.show_error(text)

    def clear_field_errors(self) -> None:
        self.clear_error()


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark an input red (style sheet keys on the `invalid` property)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def restyle(widget: QWidget, object_name: str) -> None:
    """Switch a label between looks defined in STYLE_SHEET (e.g. hint vs. result)."""
    if widget.objectName() == object_name:
        return
    widget.setObjectName(object_name)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def message_for(error: BaseException) -> str:
    """The inline text for a failed background call."""
    if isinstance(error, UserError):
        return error_text(error)
    return QCoreApplication.translate(
        "Widgets", "操作没有完成，请重试；如果反复出现，请联系管理员。"
    )


def report_unexpected(error: BaseException, report: ErrorCallback | None) -> None:
    """Hand a programming or system error to the application's reporter (logs it)."""
    if report is not None:
        report(error)
    else:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))


def ask_to_discard(parent: QWidget, text: str, on_discard: Callable[[], None],
                   on_keep: Callable[[], None] | None = None) -> QMessageBox:
    """Ask "discard unsaved changes?" without blocking (opened with open()).

    Returns the box so a caller (or a test) can answer it. The safe answer, keeping the
    changes, is the default, so a stray Enter never throws work away.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Widgets", "尚未保存"))
    box.setText(text)
    discard = box.addButton(QCoreApplication.translate("Widgets", "放弃修改"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("Widgets", "返回继续编辑"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished() -> None:
        if box.clickedButton() is discard:
            on_discard()
        elif on_keep is not None:
            on_keep()

    box.finished.connect(finished)
    box.open()
    return box
