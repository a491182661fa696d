"""The forms of 办理流程: the next step (offering only the steps that may follow), the one
extension (批准人, 理由, 新的办理期限), and the reason for withdrawing the last step.

They only collect and show; the timeline dialog (ui/cases/case_timeline.py) runs the
service calls and puts the service's messages at their inputs (`errors`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.case_service import CaseDetail
from desktop.cases.lifecycle import StepView
from desktop.cases.units import UnitItem
from desktop.domain import STEP_LABELS, StepKind
from ui.i18n import tr_domain
from ui.operations import FormErrors
from ui.widgets import ErrorLabel, day_text


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


# Steps that name a unit (the one deciding, handling or reviewing), and the label.
_UNIT_STEPS = {
    StepKind.TRANSFERRED, StepKind.ACCEPTED, StepKind.REFUSED,
    StepKind.REVIEW_REQUESTED, StepKind.RE_REVIEW_REQUESTED,
}


class NextStepForm(QGroupBox):
    """记录下一步: the step (only those allowed now), its date, unit, 文号 and 说明."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("记录下一步"), parent)
        self.step_combo = QComboBox()
        self.date_edit = date_edit()
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        unit_line = self.unit_combo.lineEdit()
        if unit_line is not None:
            unit_line.setPlaceholderText(self.tr("从名录中选择，或直接填写"))
        self.document_edit = QLineEdit()
        self.document_edit.setPlaceholderText(self.tr("如：海信转〔2026〕12号（可不填）"))
        self.note_edit = QLineEdit()
        self.note_label = QLabel(self.tr("说明"))
        self.unit_label = QLabel(self.tr("单位"))
        self.record_button = QPushButton(self.tr("记录"))
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.submitted)
        self.closed_label = QLabel()
        self.closed_label.setObjectName("hintLabel")
        self.closed_label.setWordWrap(True)
        self.closed_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("步骤"), self.step_combo)
        form.addRow(self.tr("日期"), self.date_edit)
        form.addRow(self.unit_label, self.unit_combo)
        form.addRow(self.tr("文号"), self.document_edit)
        form.addRow(self.note_label, self.note_edit)
        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {
            "on_date": self.date_edit, "unit_name": self.unit_combo,
            "document_number": self.document_edit, "note": self.note_edit,
        })
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._inputs: tuple[QWidget, ...] = (
            self.step_combo, self.date_edit, self.unit_combo, self.document_edit,
            self.note_edit, self.record_button)
        self.step_combo.currentIndexChanged.connect(self._on_step_changed)

    def set_units(self, units: tuple[UnitItem, ...]) -> None:
        text = self.unit_combo.currentText()
        self.unit_combo.clear()
        self.unit_combo.addItems([unit.name for unit in units])
        self.unit_combo.setEditText(text)

    def show_case(self, detail: CaseDetail) -> None:
        """Offer the steps that may follow now, dated today (no later, no earlier than
        the step before)."""
        self.errors.clear_field_errors()
        self.step_combo.clear()
        for step in detail.allowed_next:
            self.step_combo.addItem(tr_domain(step.label), step.kind.value)
        self.date_edit.setMaximumDate(to_qdate(detail.today))
        chain = [step for step in detail.timeline
                 if not step.withdrawn and step.kind is not StepKind.CORRECTION]
        earliest = chain[-1].on_date if chain else detail.received_on
        self.date_edit.setMinimumDate(to_qdate(min(earliest, detail.today)))
        self.date_edit.setDate(to_qdate(detail.today))
        self.unit_combo.setEditText("")
        self.document_edit.clear()
        self.note_edit.clear()
        open_case = bool(detail.allowed_next)
        for widget in self._inputs:
            widget.setEnabled(open_case)
        self.closed_label.setVisible(not open_case)
        if detail.final:
            self.closed_label.setText(self.tr(
                "该件已办结（或已复核），流程已经结束；同一事项再来访的，出具不再受理告知书。"))
        elif not open_case:
            self.closed_label.setText(self.tr("该件流程已经结束，不能再记录办理步骤。"))
        self._on_step_changed()

    def kind(self) -> StepKind | None:
        value = self.step_combo.currentData()
        return StepKind(value) if isinstance(value, str) else None

    def select_kind(self, kind: StepKind) -> None:
        index = self.step_combo.findData(kind.value)
        if index >= 0:
            self.step_combo.setCurrentIndex(index)

    def on_date(self) -> date:
        return from_qdate(self.date_edit.date())

    def unit_name(self) -> str:
        return self.unit_combo.currentText() if self.unit_combo.isEnabled() else ""

    def _on_step_changed(self, _index: int = 0) -> None:
        kind = self.kind()
        names_unit = kind in _UNIT_STEPS
        self.unit_combo.setEnabled(names_unit)
        self.unit_label.setEnabled(names_unit)
        self.unit_label.setText(self.tr("承办单位") if kind is StepKind.TRANSFERRED
                                else self.tr("单位"))
        self.note_label.setText(self.tr("不予受理理由") if kind is StepKind.REFUSED
                                else self.tr("说明"))


class ExtensionForm(QGroupBox):
    """延期 (once): who approved it, why (the visitor is told), the new 办理期限 —
    prefilled with the latest the rules allow."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("延期办理（限一次）"), parent)
        self.approver_edit = QLineEdit()
        self.approver_edit.setPlaceholderText(self.tr("批准延期的负责人"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("延期告知书上会告知来访人"))
        self.due_edit = date_edit()
        self.limit_label = QLabel()
        self.limit_label.setObjectName("hintLabel")
        self.limit_label.setWordWrap(True)
        self.extend_button = QPushButton(self.tr("批准延期"))
        self.extend_button.setAutoDefault(False)
        self.extend_button.clicked.connect(self.submitted)
        form = QFormLayout()
        form.addRow(self.tr("批准人"), self.approver_edit)
        form.addRow(self.tr("理由"), self.reason_edit)
        form.addRow(self.tr("新的办理期限"), self.due_edit)
        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {
            "approved_by": self.approver_edit, "reason": self.reason_edit,
            "new_due": self.due_edit})
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.extend_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

    def show_case(self, detail: CaseDetail) -> None:
        self.errors.clear_field_errors()
        self.setVisible(detail.can_extend)
        if not detail.can_extend or detail.latest_extension is None:
            return
        latest = detail.latest_extension
        self.approver_edit.clear()
        self.reason_edit.clear()
        self.due_edit.setMaximumDate(to_qdate(latest))
        self.due_edit.setDate(to_qdate(latest))
        self.limit_label.setText(self.tr("原办理期限 {due}，最多延至 {latest}").format(
            due=day_text(detail.handling_due), latest=day_text(latest)))

    def new_due(self) -> date:
        return from_qdate(self.due_edit.date())


class CorrectionDialog(QDialog):
    """更正上一步: which step is withdrawn, and why (required)."""

    def __init__(self, step: StepView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setWindowTitle(self.tr("更正上一步"))
        text = self.tr("撤回步骤：{day} {step}。撤回后该件回到此前的状态，原记录保留并划线。") \
            .format(day=day_text(step.on_date), step=tr_domain(STEP_LABELS[step.kind]))
        explain = QLabel(text)
        explain.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("更正的原因（必填）"))
        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {"reason": self.reason_edit})
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("更正"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("原因"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(460, 170)

    def reason(self) -> str:
        return self.reason_edit.text()
