"""办理方式 part of 接谈登记: how the matter is handled, with the detail that route needs —
本机关受理 and 当场答复 need none; 转送/交办 a unit from the units directory, the 转送日期
and an optional 转送文号; 依法分类处理 the legal channel and the body it names; 不予受理
the reason and its basis. Emits `route_changed(route)` when a route is chosen and
`details_changed()` when a detail that moves a deadline or the unit list changes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.registration_rules import units_for_route
from desktop.cases.units import UnitItem
from desktop.cases.visit_views import RegistrationView
from desktop.domain import LEGAL_CHANNEL_LIST, ROUTE_LABELS, MatterSort, Route
from ui.i18n import tr_domain

ROUTE_ORDER = (Route.ACCEPTED_HERE, Route.ANSWERED, Route.TRANSFERRED, Route.LEGAL_CHANNEL,
               Route.NOT_ACCEPTED)
DATE_FORMAT = "yyyy-MM-dd"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RoutePart(QGroupBox):
    route_changed = Signal(object)
    details_changed = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("办理方式"))
        self._units: tuple[UnitItem, ...] = ()
        self._listed_for: tuple[object, ...] | None = None
        self.unit_chosen = False  # the clerk picked the unit (no preselection over it)
        self._saved_unit = ""  # the unit to keep selected when the list is refilled

        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        self.route_group = QButtonGroup(self)
        self.route_buttons: dict[Route, QRadioButton] = {}
        for index, route in enumerate(ROUTE_ORDER):
            button = QRadioButton(tr_domain(ROUTE_LABELS[route]))
            self.route_group.addButton(button, index)
            self.route_buttons[route] = button
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.route_channel_combo = QComboBox()
        self.route_channel_combo.setPlaceholderText(self.tr("请选择应走的法定途径"))
        for channel in LEGAL_CHANNEL_LIST:
            self.route_channel_combo.addItem(tr_domain(channel.label), channel.key)
        self.route_channel_combo.setCurrentIndex(-1)
        self.route_unit_combo = QComboBox()
        self.route_unit_combo.setMaxVisibleItems(20)
        self.route_unit_combo.setPlaceholderText(self.tr("请从承办单位名录中选择"))
        self.route_unit_combo.setMinimumContentsLength(16)
        self.route_unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.transfer_date_edit = QDateEdit()
        self.transfer_date_edit.setCalendarPopup(True)
        self.transfer_date_edit.setDisplayFormat(DATE_FORMAT)
        self.transfer_document_edit = QLineEdit()
        self.transfer_document_edit.setPlaceholderText(self.tr("可不填，如 海信转〔2026〕12号"))
        self.transfer_document_edit.setMaxLength(64)
        self.route_reason_edit = QLineEdit()
        self.route_reason_edit.setPlaceholderText(self.tr("不予受理的理由（告知书上告知来访人）"))
        self.route_reason_edit.setMaxLength(500)
        self.route_basis_edit = QLineEdit()
        self.route_basis_edit.setPlaceholderText(self.tr("如《信访工作条例》第三十二条"))
        self.route_basis_edit.setMaxLength(500)
        self.route_fields_hint = QLabel()
        self.route_fields_hint.setObjectName("hintLabel")
        self.route_fields_hint.setWordWrap(True)

        self.details = QFormLayout()
        self.details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details.setVerticalSpacing(8)
        self.unit_label = QLabel(self.tr("承办单位"))
        self.details.addRow(self.tr("法定途径"), self.route_channel_combo)
        self.details.addRow(self.unit_label, self.route_unit_combo)
        self.details.addRow(self.tr("转送日期"), self.transfer_date_edit)
        self.details.addRow(self.tr("转送文号"), self.transfer_document_edit)
        self.details.addRow(self.tr("理由"), self.route_reason_edit)
        self.details.addRow(self.tr("依据"), self.route_basis_edit)
        self.details.addRow(self.route_fields_hint)
        # Which detail rows each route shows (by their widget).
        self.route_fields: dict[Route, tuple[QWidget, ...]] = {
            Route.TRANSFERRED: (self.route_unit_combo, self.transfer_date_edit,
                                self.transfer_document_edit),
            Route.LEGAL_CHANNEL: (self.route_channel_combo, self.route_unit_combo),
            Route.NOT_ACCEPTED: (self.route_reason_edit, self.route_basis_edit),
        }
        details = QWidget()
        details.setLayout(self.details)
        layout = QHBoxLayout(self)
        layout.setSpacing(16)
        layout.addLayout(buttons)
        layout.addWidget(details, 1)

        self.route_group.idToggled.connect(self._on_toggled)
        self.route_unit_combo.activated.connect(self._on_unit_picked)
        self.route_channel_combo.currentIndexChanged.connect(self._on_channel_changed)
        self.transfer_date_edit.dateChanged.connect(lambda _d: self.details_changed.emit())

    # ------------------------------------------------------------------ values

    def route(self) -> Route | None:
        index = self.route_group.checkedId()
        return ROUTE_ORDER[index] if index >= 0 else None

    def unit_code(self) -> str:
        return str(self.route_unit_combo.currentData() or "")

    def channel_key(self) -> str:
        return str(self.route_channel_combo.currentData() or "")

    def transferred_on(self) -> date | None:
        if self.route() is not Route.TRANSFERRED:
            return None
        day = self.transfer_date_edit.date()
        return date(day.year(), day.month(), day.day())

    def first_button(self) -> QRadioButton:
        return self.route_buttons[ROUTE_ORDER[0]]

    def set_route(self, route: Route | None) -> None:
        if route is None:
            self.route_group.setExclusive(False)
            for button in self.route_buttons.values():
                button.setChecked(False)
            self.route_group.setExclusive(True)
            self.show_fields(None)
        else:
            self.route_buttons[route].setChecked(True)
            self.show_fields(route)

    def show_registration(self, reg: RegistrationView | None, received_on: date | None) -> None:
        """The saved route and its details (or an empty choice for a new registration)."""
        self.route_reason_edit.setText(reg.route_reason if reg else "")
        self.route_basis_edit.setText(reg.route_basis if reg else "")
        self.transfer_document_edit.setText(reg.transfer_document_number if reg else "")
        channel = reg.route_channel if reg else ""
        self.route_channel_combo.setCurrentIndex(
            self.route_channel_combo.findData(channel) if channel else -1)
        received = qdate(received_on) if received_on else QDate.currentDate()
        today = QDate.currentDate()
        self.transfer_date_edit.setMinimumDate(received)
        self.transfer_date_edit.setMaximumDate(max(received, today))
        transferred = reg.transferred_on if reg and reg.transferred_on else received_on
        self.transfer_date_edit.setDate(qdate(transferred) if transferred else received)
        self.unit_chosen = bool(reg and reg.route_unit_code)
        self._saved_unit = reg.route_unit_code if reg else ""
        self._listed_for = None
        self.set_route(reg.route if reg else None)

    # ------------------------------------------------------------------ the unit list

    def set_units(self, units: Sequence[UnitItem]) -> None:
        self._units = tuple(units)
        self._listed_for = None

    def list_units(self, sort: MatterSort | None, flags: frozenset[str]) -> None:
        """Fill the unit list for the chosen route: a transfer of a 检举控告 lists the
        纪检监察 units first (涉法涉诉: 政法) and preselects one unless the clerk chose;
        a legal channel lists the bodies of its kind."""
        route = self.route()
        key = (route, self.channel_key(), sort, flags, self._units)
        if key == self._listed_for:
            return
        self._listed_for = key
        kept = self.unit_code() or self._saved_unit
        units, preselect = units_for_route(self._units, route, self.channel_key(), sort, flags)
        combo = self.route_unit_combo
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            for unit in units:
                combo.addItem(unit.name, unit.code)
            index = combo.findData(kept) if kept else -1
            if index < 0 and self.unit_chosen:
                self.unit_chosen = False  # the clerk's unit is not offered for this route
            if (index < 0 or not self.unit_chosen) and preselect is not None:
                index = combo.findData(preselect.code)
            combo.setCurrentIndex(index)
        finally:
            combo.blockSignals(blocked)
        self.details_changed.emit()

    def _on_unit_picked(self, _index: int) -> None:
        self.unit_chosen = True
        self._saved_unit = self.unit_code()
        self.details_changed.emit()

    def _on_channel_changed(self, _index: int) -> None:
        self.details_changed.emit()

    # ------------------------------------------------------------------ showing

    def _on_toggled(self, _button_id: int, checked: bool) -> None:
        if checked:
            route = self.route()
            self.show_fields(route)
            self.route_changed.emit(route)

    def show_fields(self, route: Route | None) -> None:
        shown = set(self.route_fields.get(route, ())) if route else set()
        for row in range(self.details.rowCount()):
            item = self.details.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is None or widget is self.route_fields_hint:
                continue
            self.details.setRowVisible(row, widget in shown)
            widget.setEnabled(widget in shown)
        self.unit_label.setText(
            self.tr("受理机关") if route is Route.LEGAL_CHANNEL else self.tr("承办单位"))
        hints = {
            Route.ACCEPTED_HERE: self.tr("本机关受理：受理日期为收到日期，出具受理告知书，"
                                         "办理期限自受理之日起计算"),
            Route.ANSWERED: self.tr("当场答复即办结，出具登记回执"),
            Route.TRANSFERRED: self.tr("转送不是受理：承办单位自收到之日起 15 日内决定是否受理"),
            Route.LEGAL_CHANNEL: self.tr("告知书写明应走的途径、受理机关和申请方式"),
            Route.NOT_ACCEPTED: self.tr("告知书写明不予受理的理由和依据"),
        }
        self.route_fields_hint.setText(hints[route] if route else self.tr("请选择办理方式"))
