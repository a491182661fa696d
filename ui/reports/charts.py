"""Charts of the statistics, drawn in Qt: bars (QtCharts), the daily line (QtCharts) and
the hours × weekdays heat map (QPainter: QtCharts has no heat map). A click on a bar, a
point or a cell says which figure it is (`picked(key, value)`) for the drill-down."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QPointF, QRectF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.reports import figures as f

BAR_COLOUR = QColor("#3A7BD5")
LINE_COLOUR = QColor("#D5573A")
MAX_BARS = 8  # the tables list them all


def _noon(day: date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


def count_axis(top: int) -> QValueAxis:
    """A value axis of whole numbers from 0 (labels never repeat a rounded value)."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    if top <= 5:
        axis.setRange(0, top + 1)
        axis.setTickCount(top + 2)
    else:
        axis.setRange(0, top * 1.1)
        axis.applyNiceNumbers()
    return axis


class BarChart(QChartView):
    """Visits by one dimension, most at the top (at most MAX_BARS bars)."""

    picked = Signal(str, str)  # figure key, row key

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart().setTitle(title)
        self.chart().legend().hide()
        self.chart().setMargins(self.chart().margins() * 0)
        self.setMinimumHeight(220)
        self._table = ""
        self._keys: list[str] = []

    def show_rows(self, table: str, rows: Sequence[f.CountRow], labels: Sequence[str]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        # Horizontal bars, the most at the top: whole names fit on the left axis.
        shown = list(rows[:MAX_BARS])[::-1]
        names = [label[:10] for label in labels[:MAX_BARS]][::-1]
        self._table, self._keys = table, [row.key for row in shown]
        bars = QBarSet("")
        bars.setColor(BAR_COLOUR)
        bars.append([float(row.visits) for row in shown])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.clicked.connect(self._clicked)
        chart.addSeries(series)
        names_axis = QBarCategoryAxis()
        names_axis.append(names)
        small = names_axis.labelsFont()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        names_axis.setLabelsFont(small)
        chart.addAxis(names_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names_axis)
        counts = count_axis(max([row.visits for row in shown] + [1]))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts)

    def _clicked(self, index: int, _bars: QBarSet) -> None:
        if 0 <= index < len(self._keys):
            self.picked.emit(self._table, self._keys[index])


class DailyLine(QChartView):
    """Visits per service day."""

    picked = Signal(str, str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart().setTitle(title)
        self.chart().legend().hide()
        self.setMinimumHeight(220)
        self._days: list[f.DayCount] = []

    def show_days(self, days: Sequence[f.DayCount]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._days = list(days)
        series = QLineSeries()
        series.setColor(LINE_COLOUR)
        series.setPointsVisible(len(days) <= 62)
        for day in days:
            moment = _noon(day.day)
            series.append(QPointF(float(moment.toMSecsSinceEpoch()), float(day.visits)))
        series.clicked.connect(self._clicked)
        chart.addSeries(series)
        x = QDateTimeAxis()
        x.setFormat("MM-dd")
        x.setTickCount(min(8, max(2, len(days))))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = count_axis(max([d.visits for d in days] + [1]))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)

    def _clicked(self, point: QPointF) -> None:
        if not self._days:
            return
        moment = QDateTime.fromMSecsSinceEpoch(int(point.x()))
        nearest = min(self._days, key=lambda d: abs(
            _noon(d.day).msecsTo(moment)))
        self.picked.emit(f.DAY, nearest.day.isoformat())


class HeatMap(QWidget):
    """Visits by local hour (columns) and weekday (rows); darker is busier."""

    picked = Signal(str, str)

    def __init__(self, weekdays: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weekdays = list(weekdays)
        self._grid = [[0] * 24 for _ in range(7)]
        self._hours = list(range(7, 20))
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def show_grid(self, grid: list[list[int]]) -> None:
        self._grid = grid
        used = [h for h in range(24) if any(grid[w][h] for w in range(7))]
        self._hours = list(range(min(used), max(used) + 1)) if used else list(range(8, 18))
        self.update()

    def cell_rect(self, weekday: int, column: int) -> QRectF:
        left, top = 44.0, 22.0
        width = (self.width() - left - 6) / max(1, len(self._hours))
        height = (self.height() - top - 6) / 7
        return QRectF(left + column * width, top + weekday * height, width, height)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        most = max([max(row) for row in self._grid] + [1])
        text = self.palette().windowText().color()
        for column, hour in enumerate(self._hours):
            head = self.cell_rect(0, column).translated(0, -20)
            head.setHeight(18)
            painter.setPen(text)
            painter.drawText(head, Qt.AlignmentFlag.AlignCenter, str(hour))
        for weekday in range(7):
            label = QRectF(0, self.cell_rect(weekday, 0).top(), 40,
                           self.cell_rect(weekday, 0).height())
            painter.setPen(text)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, self._weekdays[weekday])
            for column, hour in enumerate(self._hours):
                value = self._grid[weekday][hour]
                shade = QColor(BAR_COLOUR)
                shade.setAlphaF(0.08 + 0.92 * value / most if value else 0.03)
                rect = self.cell_rect(weekday, column).adjusted(1, 1, -1, -1)
                painter.fillRect(rect, shade)
                if value and rect.width() > 26:
                    painter.setPen(QColor("white") if value > most / 2 else text)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        for weekday in range(7):
            for column, hour in enumerate(self._hours):
                if self.cell_rect(weekday, column).contains(event.position()):
                    self.picked.emit(f.HOUR, f"{weekday}-{hour}")
                    return
