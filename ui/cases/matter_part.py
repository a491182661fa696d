"""信访事项 part of 接谈登记: what the matter is, its category, area, purpose and marks."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
)

from desktop.cases.visit_views import RegistrationView, VisitDetail
from desktop.domain import FLAG_LABELS, PURPOSE_LABELS, Purpose
from desktop.settings.reference import AreaItem, ContentCategoryItem
from ui.cases.area_picker import AreaPicker
from ui.i18n import tr_domain

UNKNOWN_INVOLVED = 0  # the spin box's "未填" value
MAX_INVOLVED = 1_000_000


class MatterPart(QGroupBox):
    def __init__(self) -> None:
        super().__init__(self.tr("信访事项"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)

        self.people_count_label = QLabel()
        self.involved_spin = QSpinBox()
        self.involved_spin.setRange(UNKNOWN_INVOLVED, MAX_INVOLVED)
        self.involved_spin.setSpecialValueText(self.tr("未填"))
        self.involved_spin.setSuffix(self.tr(" 人"))
        self.involved_spin.setMinimumWidth(120)
        counts = QHBoxLayout()
        counts.addWidget(self.people_count_label)
        counts.addSpacing(24)
        counts.addWidget(QLabel(self.tr("涉及人数")))
        counts.addWidget(self.involved_spin)
        counts.addStretch(1)

        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(self.tr("如实记录来访人反映的事实和理由"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMinimumHeight(110)
        self.demands_edit = QPlainTextEdit()
        self.demands_edit.setPlaceholderText(self.tr("来访人的具体请求"))
        self.demands_edit.setTabChangesFocus(True)
        self.demands_edit.setMinimumHeight(80)

        self.category_combo = QComboBox()
        self.category_combo.setPlaceholderText(self.tr("请选择内容分类"))
        self.category_combo.setMaxVisibleItems(20)
        self.area_picker = AreaPicker()
        self.purpose_combo = QComboBox()
        for purpose in Purpose:
            self.purpose_combo.addItem(tr_domain(PURPOSE_LABELS[purpose]), purpose)

        self.flag_checks: dict[str, QCheckBox] = {}
        flags = QHBoxLayout()
        flags.setSpacing(16)
        for name, label in FLAG_LABELS.items():
            check = QCheckBox(tr_domain(label))
            self.flag_checks[name] = check
            flags.addWidget(check)
        flags.addStretch(1)

        form.addRow(self.tr("信访人数"), counts)
        form.addRow(self.tr("事项概况"), self.summary_edit)
        form.addRow(self.tr("诉求内容"), self.demands_edit)
        form.addRow(self.tr("内容分类"), self.category_combo)
        form.addRow(self.tr("问题属地"), self.area_picker)
        form.addRow(self.tr("信访目的"), self.purpose_combo)
        form.addRow(self.tr("标记"), flags)

    # ------------------------------------------------------------------ lists

    def set_categories(self, categories: Sequence[ContentCategoryItem]) -> None:
        """Refill the 内容分类 list; the chosen one stays chosen while it is listed."""
        kept = self.category_combo.currentData()
        self.category_combo.clear()
        for item in categories:
            self.category_combo.addItem(item.name, item.code)
        select_data(self.category_combo, kept)

    def set_areas(self, areas: Sequence[AreaItem]) -> None:
        self.area_picker.set_areas(areas)

    def category_name(self, code: str) -> str:
        index = self.category_combo.findData(code) if code else -1
        return self.category_combo.itemText(index) if index >= 0 else ""

    # ------------------------------------------------------------------ values

    def show_empty(self) -> None:
        self.people_count_label.setText("—")

    def show_visit(self, detail: VisitDetail, reg: RegistrationView | None) -> None:
        self.people_count_label.setText(
            self.tr("{count} 人（取号时登记）").format(count=detail.people_count)
        )
        self.summary_edit.setPlainText(reg.summary if reg else "")
        self.demands_edit.setPlainText(reg.demands if reg else "")
        select_data(self.category_combo, reg.content_category_code if reg else None)
        self.area_picker.set_code(reg.area_code if reg else None)
        purpose = reg.purpose if reg and reg.purpose else Purpose.SEEK_RESOLUTION
        select_data(self.purpose_combo, purpose)
        for name, check in self.flag_checks.items():
            check.setChecked(bool(reg and name in reg.flags))
        involved = reg.involved_count if reg and reg.involved_count else UNKNOWN_INVOLVED
        self.involved_spin.setValue(involved)

    def involved_count(self) -> int | None:
        self.involved_spin.interpretText()
        value = self.involved_spin.value()
        return value if value != UNKNOWN_INVOLVED else None

    def purpose(self) -> Purpose:
        return Purpose(self.purpose_combo.currentData() or Purpose.SEEK_RESOLUTION)

    def flags(self) -> frozenset[str]:
        return frozenset(name for name, check in self.flag_checks.items() if check.isChecked())


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value) if value else -1
    combo.setCurrentIndex(index)
