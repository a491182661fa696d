"""来访人 part of 接谈登记: who came (from the ticket), their representatives, and the
addresses the clerk may complete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout

from desktop.cases.visit_views import VisitDetail
from desktop.domain import CATEGORIES, QUEUE_STATUS_LABELS, QueueStatus
from ui.i18n import tr_domain
from ui.widgets import id_type_text, sex_text

ADDRESS_MAX_LENGTH = 200


class VisitorPart(QGroupBox):
    def __init__(self) -> None:
        super().__init__(self.tr("来访人"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.name_label = QLabel()
        self.name_label.setObjectName("visitorName")
        self.person_label = QLabel()
        self.id_label = QLabel()
        self.phone_label = QLabel()
        self.ticket_label = QLabel()
        self.reps_label = QLabel()
        self.reps_label.setWordWrap(True)
        for label in (self.name_label, self.person_label, self.id_label, self.phone_label,
                      self.ticket_label, self.reps_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.person_label, 0, 1)
        grid.addWidget(self.ticket_label, 0, 2)
        grid.addWidget(self.id_label, 1, 0, 1, 2)
        grid.addWidget(self.phone_label, 1, 2)
        grid.addWidget(self.reps_label, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(grid)

        self.current_address_edit = QLineEdit()
        self.hukou_address_edit = QLineEdit()
        self.work_unit_edit = QLineEdit()
        for edit in self.edits():
            edit.setMaxLength(ADDRESS_MAX_LENGTH)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("现住址"), self.current_address_edit)
        form.addRow(self.tr("户口所在地"), self.hukou_address_edit)
        form.addRow(self.tr("工作单位"), self.work_unit_edit)
        outer.addLayout(form)

    def edits(self) -> tuple[QLineEdit, ...]:
        return (self.current_address_edit, self.hukou_address_edit, self.work_unit_edit)

    def show_empty(self) -> None:
        self.name_label.setText(self.tr("尚未打开号票"))
        self.person_label.setText("")
        self.id_label.setText(self.tr("在上方输入号码，或在“排队”中双击一张号票"))
        self.phone_label.setText("")
        self.ticket_label.setText("")
        self.reps_label.hide()

    def show_visit(self, detail: VisitDetail) -> None:
        self.name_label.setText(detail.visitor_name)
        parts = []
        if detail.sex:
            parts.append(sex_text(detail.sex))
        if detail.birth_date:
            parts.append(self.tr("{date} 出生").format(date=detail.birth_date.isoformat()))
        self.person_label.setText("　".join(parts))
        id_type = id_type_text(detail.id_type)
        # The clerk needs the full number; opening the visit was recorded in the audit log.
        self.id_label.setText(
            self.tr("{id_type}　{number}").format(id_type=id_type, number=detail.id_number)
        )
        self.phone_label.setText(
            self.tr("电话　{phone}").format(phone=detail.phone or self.tr("未留"))
        )
        self.show_ticket_status(detail, detail.queue_status)
        if detail.representatives:
            names = "、".join(rep.name for rep in detail.representatives)
            self.reps_label.setText(self.tr("代表：{names}").format(names=names))
            self.reps_label.show()
        else:
            self.reps_label.hide()
        self.current_address_edit.setText(detail.current_address)
        self.hukou_address_edit.setText(detail.hukou_address)
        self.work_unit_edit.setText(detail.work_unit)

    def show_ticket_status(self, detail: VisitDetail, status: QueueStatus) -> None:
        self.ticket_label.setText(
            self.tr("号票 {number}　{category}　{status}").format(
                number=detail.ticket_number,
                category=tr_domain(CATEGORIES[detail.category].label),
                status=tr_domain(QUEUE_STATUS_LABELS[status]),
            )
        )
