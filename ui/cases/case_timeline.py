"""办理流程: one case's timeline and the next step. Opened from 既往来访 (the visit dialog),
from 进度查询 and from 工具 → 办理流程… (by case number); non-modal.

The header says the case's number, status and the deadline it waits on (red when
overdue; an amber note when a date was counted by weekends only). The table lists every
step in order — withdrawn ones struck through with the correction's reason. Below: the
next step (only the steps that may follow), the one extension, and 更正上一步. After an
extension the 延期告知书 is offered for printing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.case_service import DUE_LABELS
from desktop.domain import (
    CASE_STATUS_LABELS,
    MATTER_SORT_LABELS,
    ROUTE_LABELS,
    STEP_LABELS,
    Paper,
    StepKind,
)
from ui.cases.step_form import CorrectionDialog, ExtensionForm, NextStepForm
from ui.i18n import tr_domain
from ui.operations import Operation
from ui.tasks import TaskRunner
from ui.widgets import STYLE_SHEET, ErrorLabel, day_text, restyle

if TYPE_CHECKING:
    from desktop.cases.case_service import CaseDetail, CaseService
    from desktop.cases.lifecycle import StepView
    from desktop.cases.units import UnitItem

COLUMNS = 7  # 日期 步骤 单位 文号 经办人 起算期限 说明


@runtime_checkable
class PaperPrinter(Protocol):
    """What prints a case's papers (ui/printing/controller.py PrintController)."""

    def print_paper(self, visit_id: uuid.UUID, paper: Paper) -> None: ...

    def preview_paper(self, visit_id: uuid.UUID, paper: Paper) -> None: ...


class CaseTimelineDialog(QDialog):
    """`case_changed(CaseDetail)` after a step, an extension or a correction was saved."""

    case_changed = Signal(object)

    def __init__(self, cases: CaseService, tasks: TaskRunner,
                 papers: PaperPrinter | None = None, parent: QWidget | None = None,
                 book_case: Callable[[uuid.UUID], object] | None = None) -> None:
        super().__init__(parent)
        self._cases = cases
        self._book_case = book_case  # 预约领导接访… for the case's visitor (the window's)
        self._tasks = tasks
        self._papers = papers
        self.detail: CaseDetail | None = None
        self.offer_box: QMessageBox | None = None
        self.correction_dialog: CorrectionDialog | None = None
        self.setModal(False)
        self.setWindowTitle(self.tr("办理流程"))
        if parent is None:
            self.setStyleSheet(STYLE_SHEET)

        self.number_label = QLabel()
        self.number_label.setObjectName("caseNumber")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setObjectName("sectionTitle")
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.estimate_label = QLabel()
        self.estimate_label.setObjectName("warningLabel")
        self.estimate_label.setWordWrap(True)
        self.estimate_label.hide()
        self.old_label = QLabel(self.tr(
            "这是旧登记，尚无办理步骤记录；记录第一步时会按原登记内容补记登记步骤。"))
        self.old_label.setObjectName("hintLabel")
        self.old_label.setWordWrap(True)
        self.old_label.hide()
        self.error_label = ErrorLabel()

        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("日期"), self.tr("步骤"), self.tr("单位"), self.tr("文号"),
            self.tr("经办人"), self.tr("起算期限"), self.tr("说明")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)

        self.step_form = NextStepForm()
        self.step_form.submitted.connect(self.record_step)
        self.extension_form = ExtensionForm()
        self.extension_form.submitted.connect(self.record_extension)
        self.extension_form.hide()

        self.correct_button = QPushButton(self.tr("更正上一步…"))
        self.correct_button.clicked.connect(self.ask_correction)
        self.extension_paper_button = QPushButton(self.tr("打印延期告知书"))
        self.extension_paper_button.clicked.connect(
            lambda: self.print_paper(Paper.EXTENSION_NOTICE))
        self.progress_paper_button = QPushButton(self.tr("打印进展告知单"))
        self.progress_paper_button.clicked.connect(lambda: self.print_paper(Paper.PROGRESS))
        self.book_button = QPushButton(self.tr("预约领导接访…"))
        self.book_button.setToolTip(self.tr("为这件信访件的来访人预约领导接访"))
        self.book_button.clicked.connect(self.book_reception)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        self._actions = (self.correct_button, self.extension_paper_button,
                         self.progress_paper_button)
        for action in (*self._actions, self.book_button):
            buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        self.book_button.setVisible(book_case is not None)  # (addButton shows it)
        for any_button in buttons.buttons():
            if isinstance(any_button, QPushButton):
                any_button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.number_label)
        top.addSpacing(16)
        top.addWidget(self.status_label)
        top.addStretch(1)
        forms = QHBoxLayout()
        forms.addWidget(self.step_form, 3)
        forms.addWidget(self.extension_form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info_label)
        layout.addWidget(self.due_label)
        layout.addWidget(self.estimate_label)
        layout.addWidget(self.old_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(forms)
        layout.addWidget(buttons)
        self.resize(1100, 680)
        self._show(None)

    # ------------------------------------------------------------------ loading

    def load(self, case: str | uuid.UUID) -> None:
        """Show the case with this number, or of this visit."""
        cases = self._cases

        def job() -> tuple[CaseDetail, tuple[UnitItem, ...]]:
            return cases.case_detail(case), cases.units()

        Operation(self, self._tasks, job).success(self._loaded).key("load") \
            .errors(self.error_label).run()

    def _loaded(self, result: tuple[CaseDetail, tuple[UnitItem, ...]]) -> None:
        detail, units = result
        self.step_form.set_units(units)
        self._show(detail)

    # ------------------------------------------------------------------ writing

    def record_step(self) -> None:
        detail, kind = self.detail, self.step_form.kind()
        if detail is None or kind is None:
            return
        form = self.step_form
        cases, case = self._cases, detail.case_visit_id
        on_date, unit = form.on_date(), form.unit_name()
        number, note = form.document_edit.text(), form.note_edit.text()
        Operation(self, self._tasks, lambda: cases.record_step(
            case, kind, on_date, unit_name=unit, document_number=number, note=note)) \
            .success(self._saved).busy(form.record_button).exclusive("write") \
            .errors(form.errors).run()

    def record_extension(self) -> None:
        detail = self.detail
        if detail is None:
            return
        form = self.extension_form
        cases, case = self._cases, detail.case_visit_id
        approver, reason, new_due = form.approver_edit.text(), form.reason_edit.text(), \
            form.new_due()
        Operation(self, self._tasks, lambda: cases.record_extension(
            case, approved_by=approver, reason=reason, new_due=new_due)) \
            .success(self._extended).busy(form.extend_button).exclusive("write") \
            .errors(form.errors).run()

    def ask_correction(self) -> CorrectionDialog | None:
        detail = self.detail
        if detail is None or detail.correctable is None:
            return None
        dialog = CorrectionDialog(detail.correctable, self)
        dialog.buttons.accepted.connect(lambda: self._correct(dialog))
        dialog.finished.connect(lambda _result: self._forget_correction(dialog))
        self.correction_dialog = dialog
        dialog.open()
        return dialog

    def _correct(self, dialog: CorrectionDialog) -> None:
        detail = self.detail
        if detail is None:
            return
        cases, case, step, reason = self._cases, detail.case_visit_id, dialog.step.step_id, \
            dialog.reason()

        def done(result: CaseDetail) -> None:
            dialog.accept()
            self._saved(result)

        Operation(self, self._tasks, lambda: cases.correct_step(case, step, reason)) \
            .success(done).busy(dialog.ok_button).exclusive("write") \
            .errors(dialog.errors).run()

    def _forget_correction(self, dialog: CorrectionDialog) -> None:
        if self.correction_dialog is dialog:
            self.correction_dialog = None
        dialog.deleteLater()

    def _saved(self, detail: CaseDetail) -> None:
        self._show(detail)
        self.case_changed.emit(detail)

    def _extended(self, detail: CaseDetail) -> None:
        self._saved(detail)
        self.offer_extension_notice()

    # ------------------------------------------------------------------ papers

    def offer_extension_notice(self) -> QMessageBox | None:
        """After an extension: print the 延期告知书 now (or preview it)?"""
        if self._papers is None or self.detail is None:
            return None
        extension = self.detail.extension
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("延期已批准"), self.tr(
            "办理期限已延至 {due}。现在打印延期告知书交来访人吗？").format(
                due=day_text(extension.due if extension else None)), parent=self)
        self.print_offer_button = box.addButton(self.tr("打印"),
                                                QMessageBox.ButtonRole.AcceptRole)
        self.preview_offer_button = box.addButton(self.tr("预览"),
                                                  QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("以后再说"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.print_offer_button)
        box.buttonClicked.connect(self._on_offer_answered)
        self.offer_box = box
        box.open()
        return box

    def _on_offer_answered(self, button: object) -> None:
        if button is self.print_offer_button:
            self.print_paper(Paper.EXTENSION_NOTICE)
        elif button is self.preview_offer_button:
            self.preview_paper(Paper.EXTENSION_NOTICE)
        self.offer_box = None

    def print_paper(self, paper: Paper) -> None:
        if self._papers is not None and self.detail is not None:
            self._papers.print_paper(self.detail.case_visit_id, paper)

    def preview_paper(self, paper: Paper) -> None:
        if self._papers is not None and self.detail is not None:
            self._papers.preview_paper(self.detail.case_visit_id, paper)

    # ------------------------------------------------------------------ showing

    def _show(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        has_case = detail is not None
        self.step_form.setVisible(has_case)
        for button in (*self._actions, self.book_button):
            button.setEnabled(False)
        if detail is None:
            self.number_label.setText(self.tr("—"))
            self.status_label.clear()
            self.info_label.clear()
            self.due_label.clear()
            self.estimate_label.hide()
            self.old_label.hide()
            self.table.setRowCount(0)
            self.extension_form.hide()
            return
        self.setWindowTitle(self.tr("办理流程 {number}").format(number=detail.case_number))
        self.number_label.setText(detail.case_number)
        status = tr_domain(CASE_STATUS_LABELS[detail.status]) if detail.status else "—"
        self.status_label.setText(status)
        self.info_label.setText(self._info(detail))
        self._show_due(detail)
        self._fill_table(detail)
        self.step_form.show_case(detail)
        self.extension_form.show_case(detail)
        printable = self._papers is not None
        self.correct_button.setEnabled(detail.correctable is not None)
        self.extension_paper_button.setEnabled(printable and detail.extension is not None)
        self.progress_paper_button.setEnabled(printable)
        self.book_button.setEnabled(self._book_case is not None and bool(detail.masked_name))

    def book_reception(self) -> None:
        """预约领导接访…: the booking dialog with this case's visitor and number."""
        if self._book_case is not None and self.detail is not None:
            self._book_case(self.detail.case_visit_id)

    def _info(self, detail: CaseDetail) -> str:
        parts = [
            self.tr("来访人 {name}").format(name=detail.masked_name or self.tr("（匿名）")),
            self.tr("收到 {day}").format(day=day_text(detail.received_on)),
        ]
        if detail.matter_sort is not None:
            parts.append(self.tr("分类 {sort}").format(
                sort=tr_domain(MATTER_SORT_LABELS[detail.matter_sort])))
        if detail.route is not None:
            route = tr_domain(ROUTE_LABELS[detail.route])
            if detail.unit_name:
                route = self.tr("{route}：{unit}").format(route=route, unit=detail.unit_name)
            parts.append(self.tr("办理方式 {route}").format(route=route))
        parts.append(self.tr("来访 %n 次", "", detail.visit_count))
        return "　".join(parts)

    def _show_due(self, detail: CaseDetail) -> None:
        if detail.next_due is None:
            self.due_label.setText(self.tr("下一期限：无"))
            restyle(self.due_label, "hintLabel")
        elif detail.overdue:
            days = (detail.today - detail.next_due).days
            self.due_label.setText(self.tr("下一期限：{label} {day}（已超期 %n 天）", "", days)
                                   .format(label=tr_domain(detail.next_due_label),
                                           day=day_text(detail.next_due)))
            restyle(self.due_label, "errorLabel")
        else:
            self.due_label.setText(self.tr("下一期限：{label} {day}").format(
                label=tr_domain(detail.next_due_label), day=day_text(detail.next_due)))
            restyle(self.due_label, "sectionTitle")
        self.estimate_label.setVisible(detail.estimated)
        self.estimate_label.setText(self.tr(
            "按周末推算：期限涉及的年份尚无国务院节假日安排，暂按周六、周日休息计算，"
            "节假日公布后日期可能变动。"))
        self.old_label.setVisible(not detail.has_steps)

    def _fill_table(self, detail: CaseDetail) -> None:
        self.table.setRowCount(len(detail.timeline))
        for row, step in enumerate(detail.timeline):
            cells = (
                day_text(step.on_date), tr_domain(STEP_LABELS[step.kind]), step.unit_name,
                step.document_number, step.actor, self._due_text(step),
                self._note_text(detail, step),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if step.withdrawn:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if detail.timeline:
            self.table.scrollToBottom()

    def _due_text(self, step: StepView) -> str:
        if step.due is None:
            return ""
        label = DUE_LABELS.get(step.kind, "")
        text = f"{tr_domain(label)} {day_text(step.due)}" if label else day_text(step.due)
        if step.due_estimated:
            text += self.tr("（按周末推算）")
        return text

    def _note_text(self, detail: CaseDetail, step: StepView) -> str:
        parts = []
        if step.kind is StepKind.EXTENDED and step.approved_by:
            parts.append(self.tr("批准人：{name}").format(name=step.approved_by))
        if step.kind is StepKind.CORRECTION and step.corrects_id is not None:
            withdrawn = next((s for s in detail.timeline if s.step_id == step.corrects_id), None)
            if withdrawn is not None:
                parts.append(self.tr("撤回“{step}”").format(
                    step=tr_domain(STEP_LABELS[withdrawn.kind])))
        if step.note:
            parts.append(step.note)
        if step.withdrawn:
            parts.append(self.tr("已更正：{reason}").format(
                reason=detail.correction_reason(step.step_id)))
        return "；".join(parts)
