"""记录答复 / 记录办理结果 — the unit's written reply to a leader's instruction, or the
result it reports (the instruction is then done): the date (from the instruction's day
to today, never in the future) and the text. Saved through InstructionService; when the
instruction belongs to a case, the service puts the step on the case's timeline."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.operations import FormErrors, Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.reception.instructions import InstructionItem, InstructionService


class InstructionReplyDialog(QDialog):
    """`saved(InstructionItem)` once the reply (done=False) or the result (done=True)
    was recorded; the dialog then closes."""

    saved = Signal(object)

    def __init__(self, service: InstructionService, tasks: TaskRunner, item: InstructionItem,
                 *, done: bool, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self.item = item
        self.finishes = done  # 办理结果: the instruction is done
        self.saved_item: InstructionItem | None = None
        self.setWindowTitle(self.tr("记录办理结果") if done else self.tr("记录答复"))

        self.about_label = QLabel(self.tr("{unit}：{decision}").format(
            unit=item.unit_name or self.tr("（未交办）"), decision=item.decision))
        self.about_label.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        last = max(today, item.given_on)
        self.date_edit.setDateRange(_qdate(item.given_on), _qdate(last))
        self.date_edit.setDate(_qdate(last))
        self.date_edit.setToolTip(self.tr("批示日期 {given} 到今天之间").format(
            given=item.given_on.isoformat()))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            self.tr("承办单位报告的办理结果") if done else self.tr("承办单位书面回复的内容"))
        self.text_edit.setMinimumHeight(110)

        form = QFormLayout()
        form.addRow(self.tr("批示"), self.about_label)
        form.addRow(self.tr("办结日期") if done else self.tr("回复日期"), self.date_edit)
        form.addRow(self.tr("办理结果") if done else self.tr("书面回复"), self.text_edit)
        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {
            "on_date": self.date_edit, "reply": self.text_edit, "result": self.text_edit})
        self.ok_button = QPushButton(self.tr("保存"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(520, 300)

    def on_date(self) -> date:
        day = self.date_edit.date()
        return date(day.year(), day.month(), day.day())

    def save(self) -> None:
        service, instruction = self._service, self.item.instruction_id
        on_date, text = self.on_date(), self.text_edit.toPlainText()
        if self.finishes:
            def job() -> InstructionItem:
                return service.record_result(instruction, on_date, text)
        else:
            def job() -> InstructionItem:
                return service.record_reply(instruction, on_date, text)
        Operation(self, self._tasks, job).success(self._saved).busy(self.ok_button) \
            .exclusive("save").errors(self.errors).run()

    def _saved(self, item: InstructionItem) -> None:
        self.saved_item = item
        self.saved.emit(item)
        self.accept()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


__all__ = ["InstructionReplyDialog"]
