"""An earlier visit in full, read-only: opened from 既往来访 by a double click.

Non-blocking (`open()`), so the form behind stays as it was; every text can be selected
and copied, nothing can be changed here. A registered visit offers 办理流程… (its case's
timeline): the dialog says so with `timeline_requested(visit_id)`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.visit_views import VisitDetail
from desktop.clock import local_time
from desktop.domain import (
    CASE_STATUS_LABELS,
    CATEGORIES,
    FLAG_LABELS,
    PURPOSE_LABELS,
    QUEUE_STATUS_LABELS,
    ROUTE_LABELS,
    Route,
)
from ui.i18n import tr_domain
from ui.widgets import day_text, id_type_text, sex_text

NameLookup = Callable[[str], str]


class EarlierVisitDialog(QDialog):
    """All that was recorded for one visit. `category_name` and `area_path` turn codes
    into the names the form's lists show (unknown codes are shown as they are)."""

    timeline_requested = Signal(object)  # the visit's id: open its case's 办理流程

    def __init__(self, detail: VisitDetail, category_name: NameLookup,
                 area_path: NameLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        reg = detail.registration
        title = reg.case_number if reg else detail.ticket_number
        self.setWindowTitle(self.tr("既往来访 {number}（只读）").format(number=title))
        self.fields: dict[str, QLabel] = {}

        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        ticket = self.tr("{day}　{number}　{category}　{status}").format(
            day=detail.service_day.isoformat(), number=detail.ticket_number,
            category=tr_domain(CATEGORIES[detail.category].label),
            status=tr_domain(QUEUE_STATUS_LABELS[detail.queue_status]),
        )
        self._add("ticket", self.tr("号票"), ticket)
        person = [detail.visitor_name]
        if detail.sex:
            person.append(sex_text(detail.sex))
        if detail.birth_date:
            person.append(self.tr("{date} 出生").format(date=detail.birth_date.isoformat()))
        self._add("visitor", self.tr("来访人"), "　".join(person))
        # The same visitor the clerk has open: the masked number is enough here.
        self._add("id_number", id_type_text(detail.id_type), detail.masked_id_number)
        self._add("phone", self.tr("电话"), detail.phone or self.tr("未留"))
        self._add("people", self.tr("信访人数"), self.tr("{count} 人").format(
            count=detail.people_count))
        if detail.representatives:
            self._add("representatives", self.tr("代表"), "、".join(
                rep.name for rep in detail.representatives))
        if reg is None:
            self._add("registration", self.tr("登记"),
                      self.tr("这次来访没有接谈登记（号票状态见上）"))
        else:
            self._add("case_number", self.tr("信访件编号"), reg.case_number)
            self._add("enquiry_code", self.tr("查询码"), reg.enquiry_code)
            self._add("received_on", self.tr("收到日期"), reg.received_on.isoformat())
            self._add("summary", self.tr("事项概况"), reg.summary)
            self._add("demands", self.tr("诉求内容"), reg.demands)
            self._add("involved", self.tr("涉及人数"), self.tr("{count} 人").format(
                count=reg.involved_count) if reg.involved_count else self.tr("未填"))
            code = reg.content_category_code or ""
            self._add("content_category", self.tr("内容分类"), category_name(code) or code)
            area = reg.area_code or ""
            self._add("area", self.tr("问题属地"), area_path(area) or area)
            self._add("purpose", self.tr("信访目的"),
                      tr_domain(PURPOSE_LABELS[reg.purpose]) if reg.purpose else "")
            self._add("flags", self.tr("标记"), "、".join(
                tr_domain(label) for name, label in FLAG_LABELS.items() if name in reg.flags
            ) or self.tr("无"))
            route = tr_domain(ROUTE_LABELS[reg.route]) if reg.route else ""
            detail_text = {Route.TRANSFERRED: reg.route_unit,
                           Route.LEGAL_CHANNEL: reg.route_channel,
                           Route.NOT_ACCEPTED: reg.route_reason}.get(reg.route) if reg.route \
                else None
            if detail_text:
                route = self.tr("{route}：{detail}").format(route=route, detail=detail_text)
            self._add("route", self.tr("办理方式"), route)
            status = tr_domain(CASE_STATUS_LABELS[reg.case_status]) if reg.case_status else ""
            if reg.is_repeat:
                status = self.tr("{status}（重复访）").format(status=status)
            self._add("case_status", self.tr("办理状态"), status)
            self._add("accept_notice_due", self.tr("受理告知期限"),
                      day_text(reg.accept_notice_due))
            self._add("handling_due", self.tr("办理期限"), day_text(reg.handling_due))
            registered = local_time(reg.registered_at).strftime("%Y-%m-%d %H:%M") \
                if reg.registered_at else ""
            self._add("registered", self.tr("登记"), self.tr("{who}　{when}").format(
                who=reg.registered_by, when=registered))

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("关闭"))
        self.timeline_button = QPushButton(self.tr("办理流程…"), self)
        self.timeline_button.setAutoDefault(False)
        self.timeline_button.clicked.connect(self._request_timeline)
        if reg is not None:
            buttons.addButton(self.timeline_button, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.timeline_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _request_timeline(self) -> None:
        self.timeline_requested.emit(self.detail.visit_id)

    def _add(self, name: str, label: str, text: str) -> None:
        value = QLabel(text)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields[name] = value
        self.form.addRow(label, value)
