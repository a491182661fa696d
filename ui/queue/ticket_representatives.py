"""The representatives part of the 取号 form (集体访): up to MAX_REPRESENTATIVES rows of
name, document type, number and phone (any document: resident ID, Hong Kong/Macau or
Taiwan permit, passport …); two rows to start with, one more as the last is filled in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from desktop.cases.identity import IdType
from desktop.domain import MAX_REPRESENTATIVES
from desktop.queue.tickets import RepresentativeInput
from ui.widgets import id_type_text, set_invalid

FIRST_REP_ROWS = 2  # representative rows shown before any is filled in


@dataclass
class RepresentativeRow:
    number: QLabel
    name: QLineEdit
    id_number: QLineEdit
    phone: QLineEdit
    id_type: QComboBox

    def fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return (self.name, self.id_number, self.phone)

    def inputs(self) -> tuple[QWidget, ...]:
        """Every input of the row, in typing order."""
        return (self.name, self.id_type, self.id_number, self.phone)

    def document_type(self) -> IdType:
        value = self.id_type.currentData()
        return IdType(value) if value else IdType.RESIDENT_ID

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.fields())


class RepresentativesBox(QGroupBox):
    """The group's representatives; shown only for 集体访."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(
            self.tr("代表（至少 1 名，最多 {limit} 名；证件号码和电话可不填）").format(
                limit=MAX_REPRESENTATIVES
            )
        )
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for column, title in enumerate(
            (self.tr("姓名"), self.tr("证件类型"), self.tr("证件号码"), self.tr("电话")),
            start=1
        ):
            header = QLabel(title)
            header.setObjectName("hintLabel")
            grid.addWidget(header, 0, column)
        self.rows: list[RepresentativeRow] = []
        for index in range(MAX_REPRESENTATIVES):
            row = RepresentativeRow(QLabel(f"{index + 1}."), QLineEdit(), QLineEdit(),
                                    QLineEdit(), QComboBox())
            row.name.setMaxLength(64)
            row.id_number.setMaxLength(40)
            row.phone.setMaxLength(32)
            for id_type in IdType:
                row.id_type.addItem(id_type_text(id_type), id_type)
            row.id_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            row.id_type.setMaximumWidth(170)
            grid.addWidget(row.number, index + 1, 0)
            grid.addWidget(row.name, index + 1, 1)
            grid.addWidget(row.id_type, index + 1, 2)
            grid.addWidget(row.id_number, index + 1, 3)
            grid.addWidget(row.phone, index + 1, 4)
            self.rows.append(row)
            for edit in row.fields():
                edit.textEdited.connect(lambda _text, e=edit: set_invalid(e, False))
                edit.textChanged.connect(self.show_rows)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        grid.setColumnStretch(4, 2)

    def fields(self) -> list[QLineEdit]:
        return [edit for row in self.rows for edit in row.fields()]

    def inputs(self) -> list[QWidget]:
        """Every input, row by row, in typing order (the form's tab order)."""
        return [widget for row in self.rows for widget in row.inputs()]

    def has_input(self) -> bool:
        return any(not row.is_empty() for row in self.rows)

    def show_rows(self, *_args: object) -> None:
        """Two empty rows to start with; one more appears as the last one is filled in."""
        filled = [index for index, row in enumerate(self.rows) if not row.is_empty()]
        visible = min(len(self.rows), max(FIRST_REP_ROWS, (filled[-1] + 2) if filled else 0))
        for index, row in enumerate(self.rows):
            for widget in (*row.inputs(), row.number):
                widget.setVisible(index < visible)

    def representatives(self) -> tuple[tuple[RepresentativeInput, ...], list[int]]:
        """Filled-in rows, and which screen row each one came from."""
        reps: list[RepresentativeInput] = []
        rows: list[int] = []
        for index, row in enumerate(self.rows):
            if row.is_empty():
                continue
            reps.append(RepresentativeInput(
                name=row.name.text(), id_number=row.id_number.text(), phone=row.phone.text(),
                id_type=row.document_type(),
            ))
            rows.append(index)
        return tuple(reps), rows

    def widget_for_field(self, field: str, rep_rows: list[int]) -> QWidget | None:
        """The name field a service error about the representatives points at."""
        if field == "representatives":
            index = rep_rows[0] if rep_rows else 0
            return self.rows[index].name
        if field.startswith("representative_"):
            try:
                position = int(field.rpartition("_")[2])
                return self.rows[rep_rows[position - 1]].name
            except (ValueError, IndexError):
                return self.rows[0].name
        return None

    def clear(self) -> None:
        for edit in self.fields():
            edit.clear()
            set_invalid(edit, False)
        for row in self.rows:
            row.id_type.setCurrentIndex(0)
        self.show_rows()
