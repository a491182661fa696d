"""叫号 page: the 转窗口 dialog (to another window, or to another category)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import CATEGORIES, TicketCategory
from desktop.queue.calling import CalledTicket
from desktop.queue.windows import WindowInfo
from ui.i18n import tr_domain


class TransferDialog(QDialog):
    """转窗口: to another window, or to another category (queued by its rules)."""

    def __init__(
        self,
        ticket: CalledTicket,
        windows: list[WindowInfo],
        current_window: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("转窗口 — {ticket}").format(ticket=ticket.ticket_number))
        layout = QVBoxLayout(self)
        self.to_window_radio = QRadioButton(self.tr("转到窗口"))
        self.to_category_radio = QRadioButton(self.tr("改为类别，重新排队"))
        group = QButtonGroup(self)
        group.addButton(self.to_window_radio)
        group.addButton(self.to_category_radio)
        self.window_combo = QComboBox()
        for info in windows:
            if info.name != current_window:
                self.window_combo.addItem(info.name, info.name)
        self.category_combo = QComboBox()
        for category in CATEGORIES.values():
            if category.category is not ticket.category:
                self.category_combo.addItem(tr_domain(category.label), category.category.value)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(120)
        self.note_edit.setPlaceholderText(self.tr("转的原因（可不填）"))
        form = QFormLayout()
        form.addRow(self.to_window_radio, self.window_combo)
        form.addRow(self.to_category_radio, self.category_combo)
        form.addRow(self.tr("说明"), self.note_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.to_window_radio.toggled.connect(self._sync)
        if self.window_combo.count():
            self.to_window_radio.setChecked(True)
        else:
            self.to_category_radio.setChecked(True)
        self._sync()

    def _sync(self) -> None:
        self.window_combo.setEnabled(self.to_window_radio.isChecked())
        self.category_combo.setEnabled(self.to_category_radio.isChecked())

    def choice(self) -> tuple[str | None, TicketCategory | None, str]:
        if self.to_window_radio.isChecked():
            return self.window_combo.currentData(), None, self.note_edit.text()
        value = self.category_combo.currentData()
        return None, TicketCategory(value) if value else None, self.note_edit.text()
