"""期限与登记结果 of 接谈登记: the statutory deadlines the chosen route starts (转送期限 and
受理告知期限 for a transfer, 办理期限 when accepted here), the paper the registration
prints, and the case number, enquiry code and status once saved. Two columns, so it
stays short at 1366×768."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel

from desktop.cases.deadlines import (
    ACCEPT_NOTICE_LABEL,
    HANDLING_LABEL,
    SORT_LABEL,
    StatutoryDeadlines,
)
from desktop.cases.visit_views import RegistrationView
from desktop.domain import (
    CASE_STATUS_LABELS,
    PAPER_TITLES,
    ROUTE_PAPER,
    CaseStatus,
    Paper,
    Route,
)
from ui.i18n import tr_domain
from ui.widgets import restyle


class CasePanel(QGroupBox):
    def __init__(self) -> None:
        super().__init__(self.tr("期限与登记结果"))
        self.received_label = QLabel()
        self.sort_due_label = QLabel()
        self.accept_due_label = QLabel()
        self.handling_due_label = QLabel()
        self.paper_label = QLabel()
        for label in (self.sort_due_label, self.accept_due_label, self.handling_due_label,
                      self.paper_label):
            label.setWordWrap(True)
        self.case_number_label = QLabel()
        self.case_number_label.setObjectName("caseNumber")
        self.enquiry_code_label = QLabel()
        self.enquiry_code_label.setObjectName("caseNumber")
        self.case_status_label = QLabel()
        self.case_status_label.setWordWrap(True)
        for label in (self.case_number_label, self.enquiry_code_label, self.case_status_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        rows = (
            (self.tr("收到日期"), self.received_label, self.tr("信访件编号"),
             self.case_number_label),
            (tr_domain(SORT_LABEL), self.sort_due_label, self.tr("查询码"),
             self.enquiry_code_label),
            (tr_domain(ACCEPT_NOTICE_LABEL), self.accept_due_label, self.tr("办理状态"),
             self.case_status_label),
            (tr_domain(HANDLING_LABEL), self.handling_due_label, self.tr("出具文书"),
             self.paper_label),
        )
        for row, (left, left_value, right, right_value) in enumerate(rows):
            grid.addWidget(QLabel(left), row, 0)
            grid.addWidget(left_value, row, 1)
            grid.addWidget(QLabel(right), row, 2)
            grid.addWidget(right_value, row, 3)
        # A period that reaches a year whose holidays are not yet published is counted by
        # weekends only (desktop/calendar.py): say so where the dates are shown.
        self.calendar_note_label = QLabel()
        self.calendar_note_label.setObjectName("warningLabel")
        self.calendar_note_label.setWordWrap(True)
        self.calendar_note_label.hide()
        grid.addWidget(self.calendar_note_label, len(rows), 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def show_deadlines(self, deadlines: StatutoryDeadlines | None,
                       route: Route | None = None) -> None:
        self.calendar_note_label.setVisible(deadlines is not None and deadlines.estimated)
        self.paper_label.setText(
            tr_domain(PAPER_TITLES[ROUTE_PAPER[route]]) if route is not None else "—")
        labels = (self.received_label, self.sort_due_label, self.accept_due_label,
                  self.handling_due_label)
        if deadlines is None:
            for label in labels:
                label.setText("—")
            return
        if deadlines.estimated:
            self.calendar_note_label.setText(self.tr(
                "期限涉及的年份尚无国务院节假日安排，暂按周六、周日休息估算，"
                "节假日公布后日期可能变动。"))
        self.received_label.setText(deadlines.received_on.isoformat())
        if route is None:
            for label in labels[1:]:
                label.setText(self.tr("选择办理方式后显示"))
            return
        not_here = (self.tr("不适用（不作为信访事项受理）")
                    if route in (Route.LEGAL_CHANNEL, Route.NOT_ACCEPTED)
                    else self.tr("不适用"))
        _show_due(self.sort_due_label, deadlines.sort_due, self.tr("不适用"))
        _show_due(self.accept_due_label, deadlines.accept_notice_due,
                  self.tr("当场受理") if route is Route.ACCEPTED_HERE else self.tr("不适用"))
        _show_due(self.handling_due_label, deadlines.handling_due,
                  self.tr("承办单位受理后起算") if route is Route.TRANSFERRED else not_here)

    def show_paper(self, paper: Paper) -> None:
        """The paper the saved registration prints (offered by 打印记录)."""
        self.paper_label.setText(tr_domain(PAPER_TITLES[paper]))

    def show_registration(self, reg: RegistrationView | None) -> None:
        if reg is None:
            self.case_number_label.setText(self.tr("保存后生成"))
            self.enquiry_code_label.setText(self.tr("保存后生成"))
            restyle(self.case_number_label, "hintLabel")
            restyle(self.enquiry_code_label, "hintLabel")
            self.case_status_label.setText(self.tr("尚未登记"))
            return
        self.show_case_numbers(reg.case_number, reg.enquiry_code)
        status = tr_domain(CASE_STATUS_LABELS[reg.case_status]) if reg.case_status else ""
        self.case_status_label.setText(status)

    def show_case_numbers(self, case_number: str, enquiry_code: str) -> None:
        self.case_number_label.setText(case_number)
        self.enquiry_code_label.setText(enquiry_code)
        restyle(self.case_number_label, "caseNumber")
        restyle(self.enquiry_code_label, "caseNumber")

    def show_status(self, status: CaseStatus, is_repeat: bool) -> None:
        text = tr_domain(CASE_STATUS_LABELS[status])
        if is_repeat:
            text = self.tr("{status}（重复访）").format(status=text)
        self.case_status_label.setText(text)


def _show_due(label: QLabel, due: date | None, otherwise: str) -> None:
    """A date stands out like the case number; "why there is none" reads as plain text."""
    label.setText(due.isoformat() if due is not None else otherwise)
    restyle(label, "caseNumber" if due is not None else "")
