"""领导接访: how far ahead sessions are published, when bookings close and the booking
rules printed on the schedule notice (saved with 保存设置, in the one service call).

Each field checks what it can as it is typed: the publish days and any other day count
are spin boxes held to the registry's range, the cut-off is a time edit (always
"HH:MM"), and the rules text counts its characters against the registry's limit and
turns red beyond it. What the service still refuses comes back at the field through
the dialog's feedback line.

Other whole-day settings the reception wing declares in the registry (e.g. the
follow-up deadlines of a leader's instruction) get a row each, labelled by the registry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import registry
from desktop.settings.registry import IntSetting, Settings
from ui.settings.widgets import hint
from ui.widgets import restyle, set_invalid

WING = "reception"
RULES_LINES = 5
CUTOFF_FORMAT = "HH:mm"
# The settings this page lays out itself; other reception day counts follow them.
OWN_KEYS = ("reception_publish_days", "reception_booking_cutoff", "reception_booking_rules")


def extra_day_settings() -> tuple[IntSetting, ...]:
    """The reception wing's other whole-number settings, in registry order."""
    return tuple(
        spec for spec in registry.SPECS.values()
        if WING in spec.used_by and isinstance(spec, IntSetting) and not spec.internal
        and spec.key not in OWN_KEYS)


class ReceptionSettingsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("领导接访日"))
        form = QFormLayout(box)

        publish = registry.RECEPTION_PUBLISH_DAYS
        self.publish_spin = QSpinBox()
        self.publish_spin.setRange(publish.minimum, publish.maximum)
        self.publish_spin.setSuffix(self.tr(" 天"))
        self.publish_spin.setMinimumWidth(100)
        self.publish_spin.setToolTip(self.tr(
            "接访安排至少提前几天公布；不足这个天数发布时要再确认一次（0 表示不限）"))
        publish_row = QHBoxLayout()
        publish_row.addWidget(self.publish_spin)
        publish_row.addWidget(hint(self.tr("{low} 到 {high} 天，通常提前 {days} 天公布").format(
            low=publish.minimum, high=publish.maximum, days=publish.default)), 1)
        form.addRow(self.tr("提前公布："), publish_row)

        self.cutoff_edit = QTimeEdit()
        self.cutoff_edit.setDisplayFormat(CUTOFF_FORMAT)
        self.cutoff_edit.setMinimumWidth(100)
        self.cutoff_edit.setToolTip(self.tr(
            "接访日前一个工作日的这个时刻停止预约（节假日跳过）"))
        cutoff_row = QHBoxLayout()
        cutoff_row.addWidget(self.cutoff_edit)
        cutoff_row.addWidget(hint(self.tr(
            "接访日前一个工作日的该时刻截止预约，如 17:00；遇节假日往前推到最近的工作日")), 1)
        form.addRow(self.tr("预约截止："), cutoff_row)

        rules = registry.RECEPTION_BOOKING_RULES
        self.rules_limit = rules.max_length
        self.rules_edit = QPlainTextEdit()
        self.rules_edit.setTabChangesFocus(True)
        self.rules_edit.setToolTip(self.tr("印在接访日程公告上，也在预约时告诉来访群众"))
        metrics = self.rules_edit.fontMetrics()
        self.rules_edit.setFixedHeight(
            metrics.lineSpacing() * RULES_LINES + 2 * self.rules_edit.frameWidth()
            + int(self.rules_edit.document().documentMargin() * 2))
        self.rules_count = QLabel()
        self.rules_count.setObjectName("hintLabel")
        self.rules_edit.textChanged.connect(self._count_rules)
        form.addRow(self.tr("预约须知："), self.rules_edit)
        form.addRow("", self.rules_count)

        self.day_spins: dict[str, QSpinBox] = {}
        for spec in extra_day_settings():
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            spin.setSuffix(self.tr(" 天"))
            spin.setMinimumWidth(100)
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(hint(self.tr("{low} 到 {high} 天，默认 {days} 天").format(
                low=spec.minimum, high=spec.maximum, days=spec.default)), 1)
            label = QCoreApplication.translate("Fields", spec.label)
            form.addRow(self.tr("{label}：").format(label=label), row)
            self.day_spins[spec.key] = spin

        layout.addWidget(box)
        layout.addWidget(hint(self.tr(
            "修改后新安排的接访按新设置计算预约截止时间；已经排好的接访不变。"
            "须知和中心电话一起印在导出的接访日程公告上。")))
        layout.addStretch(1)
        self._count_rules()

    def _count_rules(self) -> None:
        used = len(self.rules_edit.toPlainText().strip())
        over = used > self.rules_limit
        if over:
            text = self.tr("{used} / {most} 字，超出 {extra} 字，请删减").format(
                used=used, most=self.rules_limit, extra=used - self.rules_limit)
        else:
            text = self.tr("{used} / {most} 字").format(used=used, most=self.rules_limit)
        self.rules_count.setText(text)
        restyle(self.rules_count, "errorLabel" if over else "hintLabel")
        set_invalid(self.rules_edit, over)

    def rules_too_long(self) -> bool:
        return len(self.rules_edit.toPlainText().strip()) > self.rules_limit

    def fill(self, settings: Settings) -> None:
        self.publish_spin.setValue(settings.reception_publish_days)
        cutoff = QTime.fromString(settings.reception_booking_cutoff, CUTOFF_FORMAT)
        if not cutoff.isValid():
            cutoff = QTime.fromString(registry.RECEPTION_BOOKING_CUTOFF.default, CUTOFF_FORMAT)
        self.cutoff_edit.setTime(cutoff)
        self.rules_edit.setPlainText(settings.reception_booking_rules)
        for key, spin in self.day_spins.items():
            spin.setValue(int(getattr(settings, key)))

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {
            "reception_publish_days": self.publish_spin.value(),
            "reception_booking_cutoff": self.cutoff_edit.time().toString(CUTOFF_FORMAT),
            "reception_booking_rules": self.rules_edit.toPlainText(),
        }
        values.update({key: spin.value() for key, spin in self.day_spins.items()})
        return values

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "reception_publish_days": self.publish_spin,
            "reception_booking_cutoff": self.cutoff_edit,
            "reception_booking_rules": self.rules_edit,
            **self.day_spins,
        }
