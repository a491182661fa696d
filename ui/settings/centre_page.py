"""中心信息: the centre's name, address, phone and notices, and the case number prefix
(saved with 保存设置)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import registry
from desktop.settings.registry import Settings
from ui.settings.widgets import hint

NOTICE_LINES = 3


class CentrePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(registry.CENTRE_NAME.max_length)
        self.address_edit = QLineEdit()
        self.address_edit.setMaxLength(registry.CENTRE_ADDRESS.max_length)
        self.address_edit.setPlaceholderText(self.tr("如 海口市美兰区海府路 1 号（回执上必须有）"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(registry.CENTRE_PHONE.max_length)
        self.phone_edit.setPlaceholderText(self.tr("如 0898-12345678 或 12345"))
        self.ticket_notice_edit = self._notice_edit()
        self.receipt_notice_edit = self._notice_edit()
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(8)  # the service says what is wrong beyond 4
        self.prefix_edit.setMaximumWidth(120)
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(self.prefix_edit)
        prefix_hint = hint(self.tr("1 到 4 个英文字母，如 XF；只影响以后的新编号"))
        prefix_hint.setWordWrap(False)
        prefix_row.addWidget(prefix_hint, 1)
        form.addRow(self.tr("中心名称："), self.name_edit)
        form.addRow(self.tr("地址："), self.address_edit)
        form.addRow(self.tr("联系电话："), self.phone_edit)
        form.addRow(self.tr("号票提示语："), self.ticket_notice_edit)
        form.addRow(self.tr("回执提示语："), self.receipt_notice_edit)
        form.addRow(self.tr("信访件编号前缀："), prefix_row)
        form.addRow("", hint(self.tr(
            "中心名称、地址、电话和提示语印在号票和回执上。提示语可以不填，不填则不印；"
            "地址和电话没有填写时不能打印回执。"
        )))
        layout.addStretch(1)

    def _notice_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        margins = edit.contentsMargins()
        height = (edit.fontMetrics().lineSpacing() * NOTICE_LINES + 2 * edit.frameWidth()
                  + int(edit.document().documentMargin() * 2) + margins.top() + margins.bottom())
        edit.setFixedHeight(height)
        return edit

    def fill(self, settings: Settings) -> None:
        self.name_edit.setText(settings.centre_name)
        self.address_edit.setText(settings.centre_address)
        self.phone_edit.setText(settings.centre_phone)
        self.ticket_notice_edit.setPlainText(settings.ticket_notice)
        self.receipt_notice_edit.setPlainText(settings.receipt_notice)
        self.prefix_edit.setText(settings.case_number_prefix)

    def values(self) -> dict[str, object]:
        """What the fields say, keyed by setting (as SettingsService.update takes it)."""
        return {
            "centre_name": self.name_edit.text(),
            "centre_address": self.address_edit.text(),
            "centre_phone": self.phone_edit.text(),
            "ticket_notice": self.ticket_notice_edit.toPlainText(),
            "receipt_notice": self.receipt_notice_edit.toPlainText(),
            "case_number_prefix": self.prefix_edit.text(),
        }

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "centre_name": self.name_edit,
            "centre_address": self.address_edit,
            "centre_phone": self.phone_edit,
            "ticket_notice": self.ticket_notice_edit,
            "receipt_notice": self.receipt_notice_edit,
            "case_number_prefix": self.prefix_edit,
        }
