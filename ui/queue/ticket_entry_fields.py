"""The entry fields of the 取号 form: document type and number (checked as typed),
name, phone, the category buttons (F1–F4) and the number of people."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktop.cases.identity import IdType, InvalidIdNumber, parse_id_number
from desktop.domain import CATEGORIES, GROUP_VISIT_MIN_PEOPLE, TicketCategory
from desktop.queue.tickets import MAX_PEOPLE
from ui.i18n import error_text, tr_domain
from ui.widgets import ENTRY_POINT_SIZE, id_type_text, restyle, set_invalid, sex_text

# F1–F4, in the order the buttons are shown.
CATEGORY_KEYS: tuple[tuple[TicketCategory, Qt.Key], ...] = (
    (TicketCategory.REGULAR, Qt.Key.Key_F1),
    (TicketCategory.GROUP, Qt.Key.Key_F2),
    (TicketCategory.BOOKED, Qt.Key.Key_F3),
    (TicketCategory.PRIORITY, Qt.Key.Key_F4),
)

# What a card reader or a hurried hand leaves in the name field: 15 or 18 characters of
# digits (the last may be X), spaces allowed between groups.
_ID_LIKE = re.compile(r"\d{14}[\dXx]|\d{17}[\dXx]")


def age_on(birth: date, day: date) -> int:
    had_birthday = (day.month, day.day) >= (birth.month, birth.day)
    return day.year - birth.year - (0 if had_birthday else 1)


def looks_like_id_number(text: str) -> bool:
    """True when `text` is a resident ID number rather than a name."""
    compact = re.sub(r"\s+", "", text)
    if not compact:
        return False
    if _ID_LIKE.fullmatch(compact):
        return True
    try:
        parse_id_number(compact)
    except InvalidIdNumber:
        return False
    return True


class TicketEntryFields(QWidget):
    """The fields; the form shell handles the keys, the lookup and issuing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.id_type_combo = QComboBox()
        for id_type in IdType:
            self.id_type_combo.addItem(id_type_text(id_type), id_type)
        self.id_type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("刷身份证，或输入号码后按回车"))
        self.id_edit.setMaxLength(40)
        self.id_edit.setMinimumWidth(260)
        self.id_hint = QLabel()
        self.id_hint.setObjectName("hintLabel")
        self.id_hint.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(64)
        self.name_edit.setPlaceholderText(self.tr("姓名"))
        self.name_hint = QLabel()
        self.name_hint.setObjectName("returningHint")
        self.name_hint.setWordWrap(True)
        self.name_hint.hide()
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(32)
        self.phone_edit.setPlaceholderText(self.tr("手机或带区号的固定电话（可不填）"))

        self.category_group = QButtonGroup(self)
        self.category_group.setExclusive(True)
        self.category_buttons: dict[TicketCategory, QPushButton] = {}
        self.category_box = QWidget()
        category_row = QHBoxLayout(self.category_box)
        category_row.setContentsMargins(0, 0, 0, 0)
        category_row.setSpacing(8)
        for index, (category, _key) in enumerate(CATEGORY_KEYS):
            label = tr_domain(CATEGORIES[category].label)
            key_name = f"F{index + 1}"
            button = QPushButton(f"{label}\n{key_name}")
            button.setObjectName("categoryButton")
            button.setCheckable(True)
            # The F-keys choose a category; keeping the buttons out of the Tab order
            # means Tab goes straight from field to field.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setMinimumHeight(64)
            button.setToolTip(self.tr("按 {key} 选择“{label}”").format(key=key_name, label=label))
            self.category_group.addButton(button, index)
            self.category_buttons[category] = button
            category_row.addWidget(button)

        self.people_spin = QSpinBox()
        self.people_spin.setRange(1, MAX_PEOPLE)
        self.people_spin.setValue(1)
        self.people_spin.setMinimumWidth(110)
        self._set_people_suffix(1)
        self.people_hint = QLabel()
        self.people_hint.setObjectName("hintLabel")
        self.show_category_hint(group=False)
        people_row = QHBoxLayout()
        people_row.setSpacing(12)
        people_row.addWidget(self.people_spin)
        people_row.addWidget(self.people_hint, 1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("证件类型"), self.id_type_combo)
        form.addRow(self.tr("证件号码"), self.id_edit)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("姓名"), self.name_edit)
        form.addRow("", self.name_hint)
        form.addRow(self.tr("手机/电话"), self.phone_edit)
        form.addRow(self.tr("类别"), self.category_box)
        form.addRow(self.tr("人数"), people_row)

        font = QFont(self.font())
        font.setPointSize(ENTRY_POINT_SIZE)
        field_height = QFontMetrics(font).height() * 17 // 10
        for widget in (self.id_type_combo, self.id_edit, self.name_edit, self.phone_edit,
                       self.people_spin):
            widget.setMinimumHeight(field_height)
        # Labels as tall as their fields, so the text sits level with what is typed.
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            row_label = item.widget() if item is not None else None
            if isinstance(row_label, QLabel) and row_label.text():
                row_label.setMinimumHeight(field_height)
                row_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.people_spin.valueChanged.connect(self._set_people_suffix)
        self.name_edit.textEdited.connect(self._name_edited)
        self.phone_edit.textEdited.connect(lambda _text: set_invalid(self.phone_edit, False))

    def _set_people_suffix(self, count: int) -> None:
        # "1 person / 2 people" in English: the plural form follows the value.
        self.people_spin.setSuffix(self.tr(" 人", "people count suffix", count))

    def _name_edited(self, _text: str) -> None:
        set_invalid(self.name_edit, False)
        self.name_hint.hide()

    def inputs(self) -> list[QWidget]:
        return [self.id_type_combo, self.id_edit, self.name_edit, self.phone_edit,
                self.people_spin]

    def category(self) -> TicketCategory:
        index = self.category_group.checkedId()
        return CATEGORY_KEYS[index][0] if index >= 0 else TicketCategory.REGULAR

    def select_category(self, category: TicketCategory) -> None:
        self.category_buttons[category].setChecked(True)

    def id_type(self) -> IdType:
        value = self.id_type_combo.currentData()
        return IdType(value) if value else IdType.RESIDENT_ID

    def show_category_hint(self, *, group: bool) -> None:
        self.people_hint.setText(
            self.tr("集体访：{count} 人及以上，填写总人数").format(count=GROUP_VISIT_MIN_PEOPLE)
            if group
            else self.tr("{count} 人及以上同行请选“集体访”").format(count=GROUP_VISIT_MIN_PEOPLE)
        )

    def check_id(self, number: str) -> bool:
        """Check a resident ID number and say what it encodes (or what is wrong)."""
        try:
            parsed = parse_id_number(number)
        except InvalidIdNumber as error:
            self.set_id_hint(error_text(error), "errorLabel")
            return False
        self.set_id_hint(
            self.tr("{sex}，{birth} 生，{age} 岁").format(
                sex=sex_text(parsed.sex),
                birth=parsed.birth_date.isoformat(),
                age=age_on(parsed.birth_date, date.today()),
            ),
            "okHint",
        )
        return True

    def set_id_hint(self, text: str, style: str) -> None:
        self.id_hint.setText(text)
        restyle(self.id_hint, style)

    def move_id_from_name(self) -> bool:
        """An ID number typed or swiped into 姓名 goes to 证件号码; the name is left empty.
        Returns True when it moved one."""
        text = self.name_edit.text()
        if not looks_like_id_number(text):
            return False
        number = re.sub(r"\s+", "", text).upper()
        self.id_type_combo.setCurrentIndex(self.id_type_combo.findData(IdType.RESIDENT_ID))
        self.id_edit.setText(number)
        set_invalid(self.id_edit, False)
        self.check_id(number)
        self.name_edit.clear()
        set_invalid(self.name_edit, False)
        self.name_hint.setText(self.tr("姓名栏里是身份证号码，已移到“证件号码”，请填写姓名"))
        self.name_hint.show()
        return True

    def clear(self) -> None:
        for edit in (self.id_edit, self.name_edit, self.phone_edit):
            edit.clear()
        for widget in self.inputs():
            set_invalid(widget, False)
        set_invalid(self.category_box, False)
        self.id_type_combo.setCurrentIndex(0)
        self.people_spin.setValue(1)
        self.select_category(TicketCategory.REGULAR)
        self.set_id_hint("", "hintLabel")
        self.name_hint.hide()
