"""信访事项 part of 接谈登记: what the matter is, its three-way sort (三分类), category,
area, purpose, who it is about (被反映人/单位), the materials handed in, and its marks
(集体访 is ticked for five or more people; the clerk may tick it too)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from desktop.cases.visit_views import RegistrationView, VisitDetail
from desktop.domain import (
    FLAG_LABELS,
    GROUP_VISIT_MIN_PEOPLE,
    MATTER_SORT_LABELS,
    PURPOSE_LABELS,
    MatterSort,
    Purpose,
)
from desktop.settings.reference import AreaItem, ContentCategoryItem
from ui.cases.area_picker import AreaPicker
from ui.i18n import tr_domain

UNKNOWN_INVOLVED = 0  # the spin box's "未填" value
MAX_INVOLVED = 1_000_000
FLAGS_PER_ROW = 4
FLAGS_WIDTH = 560  # what the marks may take beside their label in the form's column


class MatterPart(QGroupBox):
    """Emits `sorting_changed()` when the sort or a mark changes (the unit list follows)."""

    sorting_changed = Signal()

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
        involved = QHBoxLayout()
        involved.addWidget(self.involved_spin)
        involved.addStretch(1)

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
        self.sort_combo = QComboBox()
        self.sort_combo.setPlaceholderText(self.tr("请选择三分类"))
        for sort in MatterSort:
            self.sort_combo.addItem(tr_domain(MATTER_SORT_LABELS[sort]), sort)
        self.sort_combo.setCurrentIndex(-1)
        for combo in (self.sort_combo, self.purpose_combo):
            # Narrow enough for the English labels too; the list opens full width.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        sort_row = QHBoxLayout()
        sort_row.addWidget(self.sort_combo, 1)
        sort_row.addSpacing(16)
        sort_row.addWidget(QLabel(self.tr("信访目的")))
        sort_row.addWidget(self.purpose_combo, 1)

        self.respondent_edit = QLineEdit()
        self.respondent_edit.setPlaceholderText(self.tr("可不填；不会印在给对方的文书上"))
        self.respondent_edit.setMaxLength(200)
        self.materials_edit = QPlainTextEdit()
        self.materials_edit.setPlaceholderText(
            self.tr("来访人交来的材料，如 身份证复印件、合同复印件 3 页"))
        self.materials_edit.setTabChangesFocus(True)
        self.materials_edit.setFixedHeight(
            self.materials_edit.fontMetrics().lineSpacing() * 2 + 16)

        self.flag_checks: dict[str, QCheckBox] = {
            name: QCheckBox(tr_domain(label)) for name, label in FLAG_LABELS.items()}
        flags = QGridLayout()
        flags.setHorizontalSpacing(16)
        flags.setVerticalSpacing(4)
        # As many marks a row as fit the form at 1366×768 (long labels in English: fewer).
        widest = max(check.sizeHint().width() for check in self.flag_checks.values())
        per_row = max(2, min(FLAGS_PER_ROW, FLAGS_WIDTH // (widest + 16)))
        for index, check in enumerate(self.flag_checks.values()):
            flags.addWidget(check, index // per_row, index % per_row)
        flags.setColumnStretch(per_row, 1)

        form.addRow(self.tr("信访人数"), self.people_count_label)
        form.addRow(self.tr("涉及人数"), involved)
        form.addRow(self.tr("三分类"), sort_row)
        form.addRow(self.tr("事项概况"), self.summary_edit)
        form.addRow(self.tr("诉求内容"), self.demands_edit)
        form.addRow(self.tr("内容分类"), self.category_combo)
        form.addRow(self.tr("问题属地"), self.area_picker)
        form.addRow(self.tr("被反映人/单位"), self.respondent_edit)
        form.addRow(self.tr("提交材料"), self.materials_edit)
        form.addRow(self.tr("标记"), flags)

        self.sort_combo.currentIndexChanged.connect(lambda _i: self.sorting_changed.emit())
        for check in self.flag_checks.values():
            check.toggled.connect(lambda _on: self.sorting_changed.emit())

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
        select_data(self.sort_combo, reg.matter_sort if reg else None)
        self.respondent_edit.setText(reg.respondent if reg else "")
        self.materials_edit.setPlainText(reg.materials if reg else "")
        for name, check in self.flag_checks.items():
            check.setChecked(bool(reg and name in reg.flags))
        if reg is None and detail.people_count >= GROUP_VISIT_MIN_PEOPLE:
            self.flag_checks["group"].setChecked(True)  # five or more together: 集体访
        involved = reg.involved_count if reg and reg.involved_count else UNKNOWN_INVOLVED
        self.involved_spin.setValue(involved)

    def involved_count(self) -> int | None:
        self.involved_spin.interpretText()
        value = self.involved_spin.value()
        return value if value != UNKNOWN_INVOLVED else None

    def purpose(self) -> Purpose:
        return Purpose(self.purpose_combo.currentData() or Purpose.SEEK_RESOLUTION)

    def matter_sort(self) -> MatterSort | None:
        value = self.sort_combo.currentData()
        return MatterSort(value) if value else None

    def flags(self) -> frozenset[str]:
        return frozenset(name for name, check in self.flag_checks.items() if check.isChecked())


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value) if value else -1
    combo.setCurrentIndex(index)
