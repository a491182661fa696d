"""办理方式 part of 接谈登记: how the matter is handled, with the detail that route needs
(承办单位, 法定途径 or 理由). Emits `route_changed(route)` when a route is chosen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from desktop.cases.visit_views import RegistrationView
from desktop.domain import LEGAL_CHANNELS, ROUTE_LABELS, Route
from ui.i18n import tr_domain

ROUTE_ORDER = (Route.ANSWERED, Route.TRANSFERRED, Route.LEGAL_CHANNEL, Route.NOT_ACCEPTED)


class RoutePart(QGroupBox):
    route_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__(self.tr("办理方式"))
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.route_group = QButtonGroup(self)
        self.route_buttons: dict[Route, QRadioButton] = {}
        for row, route in enumerate(ROUTE_ORDER):
            button = QRadioButton(tr_domain(ROUTE_LABELS[route]))
            self.route_group.addButton(button, row)
            self.route_buttons[route] = button
            grid.addWidget(button, row, 0)

        self.route_unit_edit = QLineEdit()
        self.route_unit_edit.setPlaceholderText(self.tr("承办单位名称"))
        self.route_unit_edit.setMaxLength(120)
        self.route_channel_combo = QComboBox()
        self.route_channel_combo.setEditable(True)
        self.route_channel_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for channel in LEGAL_CHANNELS:
            self.route_channel_combo.addItem(tr_domain(channel))
        self.route_channel_combo.setCurrentIndex(-1)
        channel_edit = self.route_channel_combo.lineEdit()
        assert channel_edit is not None  # the combo is editable
        channel_edit.setPlaceholderText(self.tr("应走的法定途径"))
        self.route_reason_edit = QLineEdit()
        self.route_reason_edit.setPlaceholderText(self.tr("不予受理的理由（回执上告知来访人）"))
        self.route_reason_edit.setMaxLength(500)
        self.route_fields: dict[Route, tuple[QLabel, QWidget]] = {
            Route.TRANSFERRED: (QLabel(self.tr("承办单位")), self.route_unit_edit),
            Route.LEGAL_CHANNEL: (QLabel(self.tr("法定途径")), self.route_channel_combo),
            Route.NOT_ACCEPTED: (QLabel(self.tr("理由")), self.route_reason_edit),
        }
        for route, (label, field) in self.route_fields.items():
            row = ROUTE_ORDER.index(route)
            grid.addWidget(label, row, 1)
            grid.addWidget(field, row, 2)
        self.route_fields_hint = QLabel(self.tr("当场答复即办结"))
        self.route_fields_hint.setObjectName("hintLabel")
        grid.addWidget(self.route_fields_hint, 0, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        # Keep the rows the same height whichever sub-field is showing.
        for row in range(len(ROUTE_ORDER)):
            grid.setRowMinimumHeight(row, self.route_reason_edit.sizeHint().height())
        self.route_group.idToggled.connect(self._on_toggled)

    def route(self) -> Route | None:
        index = self.route_group.checkedId()
        return ROUTE_ORDER[index] if index >= 0 else None

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

    def show_registration(self, reg: RegistrationView | None) -> None:
        self.route_unit_edit.setText(reg.route_unit if reg else "")
        self.route_channel_combo.setCurrentText(reg.route_channel if reg else "")
        self.route_reason_edit.setText(reg.route_reason if reg else "")
        self.set_route(reg.route if reg else None)

    def first_button(self) -> QRadioButton:
        return self.route_buttons[ROUTE_ORDER[0]]

    def _on_toggled(self, _button_id: int, checked: bool) -> None:
        if checked:
            route = self.route()
            self.show_fields(route)
            self.route_changed.emit(route)

    def show_fields(self, route: Route | None) -> None:
        for field_route, (label, field) in self.route_fields.items():
            chosen = field_route is route
            label.setVisible(chosen)
            field.setVisible(chosen)
            field.setEnabled(chosen)
        self.route_fields_hint.setVisible(route is Route.ANSWERED)
