"""时限: the statutory time limits new registrations get (saved with 保存设置)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.settings.registry import MAX_DAYS, MIN_DAYS, Settings
from ui.settings.widgets import hint


class LimitsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._defaults: Settings | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.accept_spin = self._days_spin()
        self.handling_spin = self._days_spin()
        self.extension_spin = self._days_spin()
        self.accept_hint = hint("")
        self.handling_hint = hint("")
        self.extension_hint = hint("")
        for label, spin, line in (
            (self.tr("受理告知时限："), self.accept_spin, self.accept_hint),
            (self.tr("办理时限："), self.handling_spin, self.handling_hint),
            (self.tr("延期时限："), self.extension_spin, self.extension_hint),
        ):
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(line, 1)
            form.addRow(label, row)
        self.roll_over_check = QCheckBox(
            self.tr("期限最后一天是休息日或法定节假日的，顺延到其后的第一个工作日"))
        form.addRow(self.tr("末日顺延："), self.roll_over_check)
        layout.addLayout(form)
        self.defaults_button = QPushButton(self.tr("恢复法定时限"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        row = QHBoxLayout()
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(hint(self.tr(
            "按自然日计算，从收到信访事项之日起算。修改只影响以后登记的事项，"
            "已登记事项的截止日期不变。顺延按《民法典》第二百零三条，默认开启。"
        )))
        layout.addStretch(1)

    def _days_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(MIN_DAYS, MAX_DAYS)
        spin.setSuffix(self.tr(" 天"))
        spin.setMinimumWidth(100)
        return spin

    def set_defaults(self, defaults: Settings) -> None:
        self._defaults = defaults
        self.accept_hint.setText(
            self.tr("法定 {days} 天").format(days=defaults.accept_notice_days))
        self.handling_hint.setText(
            self.tr("法定 {days} 天").format(days=defaults.handling_days))
        self.extension_hint.setText(
            self.tr("法定最多延长 {days} 天，只能延期一次").format(
                days=defaults.handling_extension_days))

    def restore_defaults(self) -> None:
        if self._defaults is not None:
            self.fill(self._defaults)

    def fill(self, settings: Settings) -> None:
        self.accept_spin.setValue(settings.accept_notice_days)
        self.handling_spin.setValue(settings.handling_days)
        self.extension_spin.setValue(settings.handling_extension_days)
        self.roll_over_check.setChecked(settings.deadline_roll_over)

    def values(self) -> dict[str, object]:
        return {
            "accept_notice_days": self.accept_spin.value(),
            "handling_days": self.handling_spin.value(),
            "handling_extension_days": self.extension_spin.value(),
            "deadline_roll_over": self.roll_over_check.isChecked(),
        }

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "accept_notice_days": self.accept_spin,
            "handling_days": self.handling_spin,
            "handling_extension_days": self.extension_spin,
            "deadline_roll_over": self.roll_over_check,
        }
