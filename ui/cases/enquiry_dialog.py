"""进度查询: a case's status, next deadline and steps, by the receipt's QR code or its
case number and enquiry code. Any terminal; non-modal, so the desk goes on meanwhile.

A keyboard-wedge scanner types ``LFXF:<case>:<code>`` and Enter. Wherever the focus is
in the dialog — either line, a button, the list of steps — the scan is caught: keys
typed on anything but the two lines go to the first line, and Enter on a line holding
``LFXF:`` (after what was there before) splits it into both lines and looks the case up
at once. A wrong answer shows the service's one message at the code line and hides the
last result. A shown case offers 打印进展告知单 and 办理流程….
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.clock import local_time
from desktop.domain import Paper
from desktop.printing.documents.model import RECEIPT_QR_PREFIX, parse_receipt_qr_text
from ui.i18n import tr_domain
from ui.operations import FormErrors, Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel, day_text

if TYPE_CHECKING:
    from desktop.cases.enquiry import CaseProgress, EnquiryService, ProgressStep
    from ui.cases.case_timeline import PaperPrinter

_SCAN_MARK = f"{RECEIPT_QR_PREFIX}:"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def scanned_text(text: str) -> str | None:
    """The ``LFXF:…`` part of a line a scan was typed into (after what was there)."""
    start = text.upper().rfind(_SCAN_MARK)
    return text[start:].strip() if start >= 0 else None


class EnquiryDialog(QDialog):
    def __init__(self, enquiry: EnquiryService, tasks: TaskRunner,
                 parent: QWidget | None = None, *, papers: PaperPrinter | None = None,
                 open_case: Callable[[uuid.UUID], object] | None = None) -> None:
        super().__init__(parent)
        self._enquiry = enquiry
        self._tasks = tasks
        self._papers = papers
        self._open_case = open_case
        self.setWindowTitle(self.tr("进度查询"))
        self.setModal(False)

        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("扫描回执上的二维码，或输入信访件编号"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("回执上的 6 位查询码"))
        self.query_button = QPushButton(self.tr("查询"))
        # Enter in a line is handled by the lines themselves, not by a default button.
        self.query_button.setAutoDefault(False)
        self.query_button.clicked.connect(self.look_up)
        self.case_edit.returnPressed.connect(self._on_case_entered)
        self.code_edit.returnPressed.connect(self._on_code_entered)

        form = QFormLayout()
        form.addRow(self.tr("信访件编号"), self.case_edit)
        form.addRow(self.tr("查询码"), self.code_edit)
        self.error_label = ErrorLabel()
        self.errors = FormErrors(
            self.error_label, {"case_number": self.case_edit, "code": self.code_edit})

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.estimate_label = QLabel(self.tr(
            "按周末推算：期限涉及的年份尚无国务院节假日安排，节假日公布后日期可能变动。"))
        self.estimate_label.setObjectName("warningLabel")
        self.estimate_label.setWordWrap(True)
        self.estimate_label.hide()
        self.timeline_list = QListWidget()
        self.timeline_list.hide()

        self.progress_paper_button = QPushButton(self.tr("打印进展告知单"))
        self.progress_paper_button.clicked.connect(self.print_progress)
        self.timeline_button = QPushButton(self.tr("办理流程…"))
        self.timeline_button.clicked.connect(self.open_timeline)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.query_button, QDialogButtonBox.ButtonRole.ActionRole)
        if papers is not None:
            buttons.addButton(self.progress_paper_button, QDialogButtonBox.ButtonRole.ActionRole)
        if open_case is not None:
            buttons.addButton(self.timeline_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.estimate_label)
        layout.addWidget(self.timeline_list)
        layout.addWidget(buttons)
        self.resize(560, 440)
        self.progress: CaseProgress | None = None
        # A scan typed while the focus is anywhere else in the dialog reaches the first line.
        self.installEventFilter(self)
        for child in self.findChildren(QWidget):
            if child is not self.case_edit:
                child.installEventFilter(self)

    def start(self) -> None:
        """Empty and ready for the next scan (called each time the dialog is shown)."""
        self.case_edit.clear()
        self.code_edit.clear()
        self.errors.clear_field_errors()
        self._show(None)
        self.case_edit.setFocus()

    # ------------------------------------------------------------------ scanning

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or watched is self.code_edit or watched is self.case_edit:
            return super().eventFilter(watched, event)
        if event.key() in _ENTER_KEYS:
            if scanned_text(self.case_edit.text()) is not None:
                self._on_case_entered()
                return True
            return super().eventFilter(watched, event)
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if text and text.isprintable() and not text.isspace() \
                and modifiers == Qt.KeyboardModifier.NoModifier:
            if not self.case_edit.hasFocus():
                if text.upper() == _SCAN_MARK[0]:  # a scan starts: a fresh line
                    self.case_edit.clear()
                self.case_edit.setFocus()
            self.case_edit.insert(text)
            return True
        return super().eventFilter(watched, event)

    def _on_case_entered(self) -> None:
        text = self.case_edit.text().strip()
        scan = scanned_text(text)
        if scan is not None:
            self._take_scan(scan)
            return
        if not self.code_edit.text().strip():
            self.code_edit.setFocus()
            return
        self.look_up()

    def _on_code_entered(self) -> None:
        scan = scanned_text(self.code_edit.text())
        if scan is not None:  # scanned while the cursor was at the code
            self._take_scan(scan)
            return
        self.look_up()

    def _take_scan(self, scan: str) -> None:
        try:
            case_number, code = parse_receipt_qr_text(scan.upper())
        except ValueError:
            # The service says what is wrong, in its one message.
            self.case_edit.setText(scan)
            self.code_edit.clear()
            self._run(scan, None)
            return
        self.case_edit.setText(case_number)
        self.code_edit.setText(code)
        self._run(case_number, code)

    # ------------------------------------------------------------------ looking up

    def look_up(self) -> None:
        self._run(self.case_edit.text(), self.code_edit.text())

    def _run(self, text: str, code: str | None) -> None:
        self._show(None)
        enquiry = self._enquiry
        Operation(self, self._tasks, lambda: enquiry.look_up(text, code)) \
            .success(self._show) \
            .busy(self.query_button, self.case_edit, self.code_edit) \
            .key("look_up") \
            .errors(self.errors) \
            .run()

    def print_progress(self) -> None:
        """办理进展告知单 of the case shown, through the print controller."""
        if self._papers is not None and self.progress is not None:
            self._papers.print_paper(self.progress.case_visit_id, Paper.PROGRESS)

    def open_timeline(self) -> None:
        if self._open_case is not None and self.progress is not None:
            self._open_case(self.progress.case_visit_id)

    # ------------------------------------------------------------------ showing

    def _show(self, progress: CaseProgress | None) -> None:
        self.progress = progress
        self.timeline_list.clear()
        self.timeline_list.setVisible(progress is not None)
        self.progress_paper_button.setEnabled(progress is not None)
        self.timeline_button.setEnabled(progress is not None)
        self.estimate_label.setVisible(progress is not None and progress.estimated)
        if progress is None:
            self.summary_label.clear()
            return
        lines = [
            self.tr("信访件编号：{number}").format(number=progress.case_number),
            self.tr("来访人：{name}").format(name=progress.masked_name or self.tr("（匿名）")),
            self.tr("收到日期：{day}").format(day=day_text(progress.received_on)),
            self.tr("办理状态：{status}").format(
                status=tr_domain(progress.status_label) if progress.status_label else "—"),
        ]
        if progress.route_label:
            lines.append(self.tr("处理方式：{route}").format(route=tr_domain(progress.route_label)))
        if progress.category_label:
            lines.append(self.tr("内容分类：{category}").format(category=progress.category_label))
        if progress.visit_count and progress.visit_count > 1:
            lines.append(self.tr("来访 %n 次", "", progress.visit_count))
        deadline = progress.next_deadline
        overdue = False
        if deadline is None:
            lines.append(self.tr("下一期限：无（已办结、不予受理或等待来访人申请）"))
        elif deadline.overdue:
            overdue = True
            lines.append(self.tr("下一期限：{label} {day}（已超期）").format(
                label=tr_domain(deadline.label), day=day_text(deadline.due)))
        else:
            lines.append(self.tr("下一期限：{label} {day}").format(
                label=tr_domain(deadline.label), day=day_text(deadline.due)))
        html = [escape(line) for line in lines]
        if overdue:
            html[-1] = f'<span style="color:#b42318;font-weight:bold">{html[-1]}</span>'
        self.summary_label.setText("<br>".join(html))
        for step in progress.timeline:
            self.timeline_list.addItem(self._step_text(step))

    def _step_text(self, step: ProgressStep) -> str:
        when = f"{local_time(step.at):%Y-%m-%d %H:%M}" if step.at else day_text(step.on_date)
        text = f"{when}  {tr_domain(step.label)}"
        if step.due is not None and step.due_label:
            text += self.tr("（{label} {day}）").format(
                label=tr_domain(step.due_label), day=day_text(step.due))
        return text
