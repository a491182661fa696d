"""进度查询: a case's status, next deadline and steps, by the receipt's QR code or its
case number and enquiry code. Any terminal; non-modal, so the desk goes on meanwhile.

A keyboard-wedge scanner types ``LFXF:<case>:<code>`` and Enter into the first line: the
dialog splits it into both lines and looks the case up at once. A wrong answer shows
the service's one message at the code line and hides the last result.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

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
from desktop.printing.documents.model import RECEIPT_QR_PREFIX, parse_receipt_qr_text
from ui.i18n import tr_domain
from ui.operations import FormErrors, Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel, day_text

if TYPE_CHECKING:
    from desktop.cases.enquiry import CaseProgress, EnquiryService, ProgressStep


class EnquiryDialog(QDialog):
    def __init__(self, enquiry: EnquiryService, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enquiry = enquiry
        self._tasks = tasks
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
        self.code_edit.returnPressed.connect(self.look_up)

        form = QFormLayout()
        form.addRow(self.tr("信访件编号"), self.case_edit)
        form.addRow(self.tr("查询码"), self.code_edit)
        self.error_label = ErrorLabel()
        self.errors = FormErrors(
            self.error_label, {"case_number": self.case_edit, "code": self.code_edit})

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.timeline_list = QListWidget()
        self.timeline_list.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.query_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.timeline_list)
        layout.addWidget(buttons)
        self.resize(460, 380)
        self.progress: CaseProgress | None = None

    def start(self) -> None:
        """Empty and ready for the next scan (called each time the dialog is shown)."""
        self.case_edit.clear()
        self.code_edit.clear()
        self.errors.clear_field_errors()
        self._show(None)
        self.case_edit.setFocus()

    def _on_case_entered(self) -> None:
        text = self.case_edit.text().strip()
        if text.upper().startswith(f"{RECEIPT_QR_PREFIX}:"):
            try:
                case_number, code = parse_receipt_qr_text(text.upper())
            except ValueError:
                pass  # the service says what is wrong, in its one message
            else:
                self.case_edit.setText(case_number)
                self.code_edit.setText(code)
                self._run(case_number, code)
                return
            self._run(text, None)
            return
        if not self.code_edit.text().strip():
            self.code_edit.setFocus()
            return
        self.look_up()

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

    def _show(self, progress: CaseProgress | None) -> None:
        self.progress = progress
        self.timeline_list.clear()
        self.timeline_list.setVisible(progress is not None)
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
        deadline = progress.next_deadline
        if deadline is None:
            lines.append(self.tr("下一期限：无（已办结或不予受理）"))
        elif deadline.overdue:
            lines.append(self.tr("下一期限：{label} {day}（已超期）").format(
                label=tr_domain(deadline.label), day=day_text(deadline.due)))
        else:
            lines.append(self.tr("下一期限：{label} {day}").format(
                label=tr_domain(deadline.label), day=day_text(deadline.due)))
        self.summary_label.setText("<br>".join(escape(line) for line in lines))
        for step in progress.timeline:
            self.timeline_list.addItem(self._step_text(step))

    def _step_text(self, step: ProgressStep) -> str:
        when = f"{local_time(step.at):%Y-%m-%d %H:%M}" if step.at else day_text(step.on_date)
        text = f"{when}  {tr_domain(step.label)}"
        if step.due is not None and step.due_label:
            text += self.tr("（{label} {day}）").format(
                label=tr_domain(step.due_label), day=day_text(step.due))
        return text
