"""A whole year on one screen: twelve small months, rest days in red, make-up working days
in blue, the administrator's entries framed. Clicking a day picks it (`day_clicked`)."""

from __future__ import annotations

import calendar as month_calendar
from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.settings.calendar_admin import YearCalendar

COLUMNS = 4  # months per row
CELL_W = 24
CELL_H = 19
TITLE_H = 22
GAP = 14

REST_BG = QColor("#fde2e1")
REST_FG = QColor("#b42318")
MAKE_UP_BG = QColor("#d9e8fb")
MAKE_UP_FG = QColor("#1d4f91")
ENTRY_PEN = QColor("#6941c6")
SELECTED_PEN = QColor("#101828")
TEXT = QColor("#1d2939")
MUTED = QColor("#667085")


class YearGrid(QWidget):
    day_clicked = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._year: YearCalendar | None = None
        self._selected: date | None = None
        self._cells: dict[date, QRect] = {}
        self._names: dict[date, str] = {}
        self._entries: dict[date, str] = {}
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    # ---- data ---------------------------------------------------------------------------

    def set_year(self, year: YearCalendar) -> None:
        self._year = year
        self._names = {item.day: QCoreApplication.translate("Domain", item.name)
                       for item in year.schedule}
        self._entries = {entry.day: entry.note for entry in year.entries}
        self._layout_cells()
        self.update()

    def set_selected(self, day: date | None) -> None:
        self._selected = day
        self.update()

    def year(self) -> YearCalendar | None:
        return self._year

    def cell_of(self, day: date) -> QRect | None:
        return self._cells.get(day)

    def kind_of(self, day: date) -> str:
        """"rest", "make_up" (a weekend worked) or "working" — as the grid shows it."""
        year = self._year
        if year is None:
            return "working"
        if day in year.rest_days:
            return "rest"
        return "make_up" if day.weekday() >= 5 else "working"

    # ---- geometry -----------------------------------------------------------------------

    @staticmethod
    def _month_size() -> QSize:
        return QSize(7 * CELL_W, TITLE_H + CELL_H * 7)

    def sizeHint(self) -> QSize:
        month = self._month_size()
        rows = 12 // COLUMNS
        return QSize(COLUMNS * month.width() + (COLUMNS - 1) * GAP,
                     rows * month.height() + (rows - 1) * GAP // 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _month_origin(self, month: int) -> QPoint:
        size = self._month_size()
        row, column = divmod(month - 1, COLUMNS)
        return QPoint(column * (size.width() + GAP), row * (size.height() + GAP // 2))

    def _layout_cells(self) -> None:
        self._cells = {}
        if self._year is None:
            return
        for month in range(1, 13):
            origin = self._month_origin(month)
            weeks = month_calendar.Calendar(firstweekday=0).monthdayscalendar(
                self._year.year, month)
            for week_index, week in enumerate(weeks):
                for weekday, number in enumerate(week):
                    if number:
                        self._cells[date(self._year.year, month, number)] = QRect(
                            origin.x() + weekday * CELL_W,
                            origin.y() + TITLE_H + CELL_H * (week_index + 1),
                            CELL_W, CELL_H)

    def _day_at(self, point: QPoint) -> date | None:
        return next((day for day, rect in self._cells.items() if rect.contains(point)), None)

    # ---- painting and clicks ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        if self._year is None:
            return
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        weekdays = [self.tr("一"), self.tr("二"), self.tr("三"), self.tr("四"), self.tr("五"),
                    self.tr("六"), self.tr("日")]
        for month in range(1, 13):
            origin = self._month_origin(month)
            painter.setFont(bold)
            painter.setPen(TEXT)
            painter.drawText(QRect(origin.x(), origin.y(), 7 * CELL_W, TITLE_H),
                             Qt.AlignmentFlag.AlignCenter, self.tr("{month}月").format(month=month))
            painter.setFont(base)
            painter.setPen(MUTED)
            for index, name in enumerate(weekdays):
                painter.drawText(QRect(origin.x() + index * CELL_W, origin.y() + TITLE_H,
                                       CELL_W, CELL_H), Qt.AlignmentFlag.AlignCenter, name)
        for day, rect in self._cells.items():
            kind = self.kind_of(day)
            inner = rect.adjusted(1, 1, -1, -1)
            if kind == "rest":
                painter.fillRect(inner, REST_BG)
                painter.setPen(REST_FG)
            elif kind == "make_up":
                painter.fillRect(inner, MAKE_UP_BG)
                painter.setPen(MAKE_UP_FG)
            else:
                painter.setPen(TEXT)
            painter.setFont(bold if day in self._names or day in self._entries else base)
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, str(day.day))
            if day in self._entries:
                painter.setPen(QPen(ENTRY_PEN, 2))
                painter.drawRect(inner.adjusted(0, 0, -1, -1))
            if day == self._selected:
                painter.setPen(QPen(SELECTED_PEN, 1, Qt.PenStyle.DashLine))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position().toPoint())
        if day is not None:
            self.set_selected(day)
            self.day_clicked.emit(day)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position().toPoint())
        text = self.tip_for(day) if day is not None else ""
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def tip_for(self, day: date) -> str:
        kind = {"rest": self.tr("休息日"), "make_up": self.tr("调休上班日"),
                "working": self.tr("工作日")}[self.kind_of(day)]
        parts = [f"{day.isoformat()}  {kind}"]
        if self._names.get(day):
            parts.append(self.tr("国务院安排：{name}").format(name=self._names[day]))
        if day in self._entries:
            note = self._entries[day]
            parts.append(self.tr("本中心录入：{note}").format(note=note) if note
                         else self.tr("本中心录入"))
        return "\n".join(parts)
