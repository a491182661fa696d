"""What the reception dialogs offer to choose from: the active roster and the areas."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QComboBox

if TYPE_CHECKING:
    from datetime import date, time

    from desktop.reception.roster import Roster
    from desktop.settings.reference import AreaItem


@dataclass(frozen=True)
class Choices:
    roster: Roster
    areas: tuple[AreaItem, ...]


def fill_leaders(combo: QComboBox, choices: Choices) -> None:
    combo.clear()
    combo.addItem(QCoreApplication.translate("Reception", "（请选择）"), None)
    for leader in choices.roster.leaders:
        combo.addItem(f"{leader.name}（{leader.post}）", leader.leader_id)


def fill_areas(combo: QComboBox, choices: Choices) -> None:
    combo.clear()
    combo.addItem(QCoreApplication.translate("Reception", "（不选）"), None)
    for area in choices.areas:
        combo.addItem("　" * max(0, area.level - 1) + area.name, area.code)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    from datetime import date

    return date(value.year(), value.month(), value.day())


def pytime(value: QTime) -> time:
    from datetime import time

    return time(value.hour(), value.minute())
