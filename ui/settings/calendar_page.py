"""法定节假日: the official calendar of a year as deadlines count it — the State Council
schedule the program carries, the centre's own entries over it, and whether the year is
entered in full. Each change is saved at once and recounts the saved deadlines of the
open cases it reaches (CalendarAdminService); the page says how many moved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.settings.calendar_admin import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_NOTE_LENGTH,
    CalendarAdminService,
    CalendarChange,
    YearCalendar,
)
from ui.hub import SETTINGS
from ui.settings.widgets import CODE_ROLE, Feedback, hint, make_table, operation
from ui.settings.year_grid import YearGrid
from ui.tasks import TaskRunner
from ui.widgets import ErrorCallback


class CalendarPage(QWidget):
    def __init__(self, service: CalendarAdminService, tasks: TaskRunner,
                 report_error: ErrorCallback | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._report_error = report_error
        self._calendar: YearCalendar | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(QDate.currentDate().year())
        self.year_spin.setMinimumWidth(90)
        self.year_spin.setKeyboardTracking(False)
        top.addWidget(self.year_spin)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        top.addWidget(self.status_label, 1)
        self.mark_button = QPushButton(self.tr("标记为已录入全年节假日"))
        top.addWidget(self.mark_button)
        layout.addLayout(top)

        # Amber: a year the program has no State Council notice for.
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warningLabel")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        layout.addWidget(self.warning_label)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.grid = YearGrid()
        scroll = QScrollArea()
        scroll.setWidget(self.grid)
        scroll.setWidgetResizable(False)
        scroll.setMinimumWidth(self.grid.sizeHint().width() + 24)
        left.addWidget(scroll, 1)
        left.addWidget(hint(self.tr(
            "红色：休息日（周末和法定节假日）；蓝色：调休上班的周末；紫框：本中心录入的日期。"
            "点一天可在右侧录入。")))
        body.addLayout(left, 3)

        right = QVBoxLayout()
        self.schedule_label = QLabel()
        self.schedule_label.setObjectName("hintLabel")
        self.schedule_label.setWordWrap(True)
        right.addWidget(self.schedule_label)
        right.addWidget(QLabel(self.tr("本中心录入的日期")))
        self.table = make_table([self.tr("日期"), self.tr("类型"), self.tr("说明")], 2)
        self.table.itemSelectionChanged.connect(self._on_selection)
        right.addWidget(self.table, 1)
        self.remove_button = QPushButton(self.tr("删除选中的录入"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        right.addLayout(row)

        box = QGroupBox(self.tr("录入或修改一天"))
        form = QGridLayout(box)
        self.day_edit = QDateEdit()
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDateRange(QDate(FIRST_YEAR - 1, 1, 1), QDate(LAST_YEAR + 1, 12, 31))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(QCoreApplication.translate("Domain", "休息日"), False)
        self.kind_combo.addItem(QCoreApplication.translate("Domain", "调休上班日"), True)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(MAX_NOTE_LENGTH + 1)
        self.note_edit.setPlaceholderText(self.tr("如 国庆节、调休上班"))
        self.save_button = QPushButton(self.tr("保存这一天"))
        form.addWidget(QLabel(self.tr("日期")), 0, 0)
        form.addWidget(self.day_edit, 0, 1)
        form.addWidget(QLabel(self.tr("类型")), 0, 2)
        form.addWidget(self.kind_combo, 0, 3)
        form.addWidget(QLabel(self.tr("说明")), 1, 0)
        form.addWidget(self.note_edit, 1, 1, 1, 3)
        form.addWidget(self.save_button, 2, 3)
        right.addWidget(box)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)

        self.feedback = Feedback({"day": self.day_edit, "kind": self.kind_combo,
                                  "note": self.note_edit, "year": self.year_spin})
        layout.addWidget(self.feedback)
        layout.addWidget(hint(self.tr(
            "期限按这里的日历计算：录入或删除一天后，受影响的未办结信访事项的截止日期会立即重新计算。"
            "修改点按钮后立即保存，对所有终端生效。")))

        self.year_spin.valueChanged.connect(self.load)
        self.grid.day_clicked.connect(self._pick_day)
        self.save_button.clicked.connect(self.save_day)
        self.note_edit.returnPressed.connect(self.save_day)
        self.remove_button.clicked.connect(self.remove_selected)
        self.mark_button.clicked.connect(self.toggle_year)
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    def load(self, year: int | None = None) -> None:
        """Read `year` (default: the one chosen) afresh, off the GUI thread."""
        if year is not None and year != self.year_spin.value():
            self.year_spin.setValue(year)  # valueChanged loads it
            return
        chosen = self.year_spin.value()
        service = self._service
        operation(self, self._tasks, lambda: service.year(chosen), self._report_error) \
            .success(self.show_year) \
            .errors(self.feedback) \
            .key("year") \
            .run()

    def show_year(self, calendar: YearCalendar) -> None:
        if calendar.year != self.year_spin.value():
            return  # an older answer for a year no longer chosen
        self._calendar = calendar
        self.grid.set_year(calendar)
        self._show_status(calendar)
        self._show_schedule(calendar)
        self._fill_table(calendar)
        if self.day_edit.date().year() != calendar.year:
            self.day_edit.setDate(QDate(calendar.year, 1, 1))
        self._update_buttons()

    def _show_status(self, calendar: YearCalendar) -> None:
        if calendar.published:
            text = self.tr("{year} 年：按国务院办公厅节假日安排计算（程序已内置）").format(
                year=calendar.year)
        elif calendar.entered:
            text = self.tr("{year} 年：已由 {who} 录入全年节假日，期限不再是估算").format(
                year=calendar.year, who=calendar.entered_by or self.tr("管理员"))
        else:
            text = self.tr("{year} 年：尚无节假日安排，期限按周末估算").format(
                year=calendar.year)
        self.status_label.setText(text)
        if calendar.estimated:
            self.warning_label.setText(self.tr(
                "程序里还没有 {year} 年的国务院节假日安排（目前内置到 {last} 年）。"
                "这一年的期限暂按“周六、周日休息”估算，登记表和回执上会注明“估算”。"
                "国务院办公厅发布该年放假通知后，请把每个放假的工作日录入为“休息日”，"
                "把调休上班的周六、周日录入为“调休上班日”，全部录完后点"
                "“标记为已录入全年节假日”。").format(
                    year=calendar.year, last=calendar.last_published_year))
            self.warning_label.show()
        else:
            self.warning_label.hide()

    def _show_schedule(self, calendar: YearCalendar) -> None:
        if not calendar.schedule:
            self.schedule_label.setText(self.tr("国务院安排：程序里没有这一年的安排。"))
            return
        rest: dict[str, list[date]] = {}
        work: dict[str, list[date]] = {}
        for item in calendar.schedule:
            name = QCoreApplication.translate("Domain", item.name)
            (work if item.working else rest).setdefault(name, []).append(item.day)
        lines = []
        for name, days in rest.items():
            line = self.tr("{name}：{first}–{last} 放假").format(
                name=name, first=self._short(days[0]), last=self._short(days[-1]))
            if name in work:
                line += self.tr("，{days} 上班").format(
                    days="、".join(self._short(day) for day in work[name]))
            lines.append(line)
        self.schedule_label.setText(self.tr("国务院安排：") + "\n" + "\n".join(lines))

    def _fill_table(self, calendar: YearCalendar) -> None:
        selected = self.selected_day()
        table = self.table
        table.blockSignals(True)
        try:
            table.setRowCount(len(calendar.entries))
            for row, entry in enumerate(calendar.entries):
                kind = QCoreApplication.translate(
                    "Domain", "调休上班日" if entry.working else "休息日")
                for column, text in enumerate((entry.day.isoformat(), kind, entry.note)):
                    cell = QTableWidgetItem(text)
                    cell.setData(CODE_ROLE, entry.day.isoformat())
                    table.setItem(row, column, cell)
            table.clearSelection()
            for row, entry in enumerate(calendar.entries):
                if entry.day == selected:
                    table.selectRow(row)
        finally:
            table.blockSignals(False)

    # ------------------------------------------------------------------ selection

    def selected_day(self) -> date | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), 0)
        return date.fromisoformat(str(cell.data(CODE_ROLE))) if cell is not None else None

    def _on_selection(self) -> None:
        day = self.selected_day()
        if day is not None:
            self._pick_day(day)
        self._update_buttons()

    def _pick_day(self, day: date) -> None:
        """A day clicked in the grid or the list goes into the form, with its entry."""
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        self.grid.set_selected(day)
        calendar = self._calendar
        entry = next((e for e in calendar.entries if e.day == day), None) if calendar else None
        if entry is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(entry.working))
            self.note_edit.setText(entry.note)
        else:
            # The useful entry is the opposite of what the day is now.
            rest = calendar is not None and day in calendar.rest_days
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(rest))
            self.note_edit.clear()

    def _update_buttons(self) -> None:
        calendar = self._calendar
        loaded = calendar is not None
        self.save_button.setEnabled(loaded)
        self.remove_button.setEnabled(loaded and self.selected_day() is not None)
        self.mark_button.setEnabled(loaded and calendar is not None and not calendar.published)
        self.mark_button.setText(
            self.tr("撤销“已录入”标记") if calendar is not None and calendar.entered
            else self.tr("标记为已录入全年节假日"))

    # ------------------------------------------------------------------ changes

    def save_day(self) -> None:
        picked = self.day_edit.date()
        day = date(picked.year(), picked.month(), picked.day())
        working = bool(self.kind_combo.currentData())
        note = self.note_edit.text()
        service = self._service
        self._change(lambda: service.set_day(day, working, note),
                     self.tr("已保存 {day}。").format(day=day.isoformat()))

    def remove_selected(self) -> None:
        day = self.selected_day()
        if day is None:
            return
        service = self._service
        self._change(lambda: service.remove_day(day),
                     self.tr("已删除 {day} 的录入，这一天按国务院安排（或周末）计算。").format(
                         day=day.isoformat()))

    def toggle_year(self) -> None:
        calendar = self._calendar
        if calendar is None:
            return
        entered = not calendar.entered
        year = calendar.year
        service = self._service
        done = (self.tr("{year} 年已标记为已录入全年节假日，期限不再注明估算。") if entered
                else self.tr("{year} 年的“已录入”标记已撤销，期限重新按估算注明。"))
        self._change(lambda: service.set_year_entered(year, entered), done.format(year=year))

    def _change(self, call: Callable[[], CalendarChange], done: str) -> None:
        def saved(change: CalendarChange) -> None:
            if change.calendar.year != self.year_spin.value():
                self.year_spin.blockSignals(True)
                self.year_spin.setValue(change.calendar.year)
                self.year_spin.blockSignals(False)
            self.show_year(change.calendar)
            self.feedback.ok(done + self.tr(
                "%n 件未办结信访事项的期限随之重新计算。", "", change.moved_cases))

        operation(self, self._tasks, call, self._report_error) \
            .success(saved) \
            .busy(self.save_button, self.remove_button, self.mark_button) \
            .exclusive("edit") \
            .errors(self.feedback) \
            .announces(SETTINGS) \
            .run()

    def _short(self, day: date) -> str:
        return self.tr("{month}月{day}日").format(month=day.month, day=day.day)
