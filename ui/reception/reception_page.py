"""领导接访 page: a month calendar and the selected week's sessions (published green,
drafts grey, cancelled struck through), with new / rule / edit / publish / unpublish /
cancel, the roster, and exports of the published schedule (PDF notice, Excel, .ics).

Data loads when the page is first shown and after every change; all work goes through
the reception services via ui/operations.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.permissions import Permission
from desktop.reception.domain import (
    WEEKDAY_LABELS,
    PublishTooLate,
    SessionHasBookings,
    SessionStatus,
)
from ui.file_dialogs import SafeFileDialog, save_file_dialog
from ui.i18n import error_text, tr_domain
from ui.operations import Operation
from ui.permissions import may
from ui.reception.choices import Choices, pydate, qdate
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.app_services import AppServices
    from desktop.reception.schedule import ScheduleExport
    from desktop.reception.views import SessionItem
    from ui.printing.controller import PrintController
    from ui.reception.paper_preview import PaperPreviewDialog
    from ui.reception.settle_dialog import Mode, SettleDialog

PUBLISHED_BACKGROUND = QColor("#d7f0dc")
DRAFT_BACKGROUND = QColor("#eeeeee")
PUBLISHED_TEXT = QColor("#14622b")
DRAFT_TEXT = QColor("#555555")


class ReceptionPage(QWidget):
    def __init__(self, services: AppServices, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._loaded = False
        self.sessions: tuple[SessionItem, ...] = ()
        self.choices: Choices | None = None
        self.dialog: QWidget | None = None
        self.question: QMessageBox | None = None
        self.settle_dialog: SettleDialog | None = None
        self.preview_dialog: PaperPreviewDialog | None = None
        self.printing: PrintController | None = None  # the window's, for its printers
        self.save_dialog: SafeFileDialog | None = None
        self.last_export: ScheduleExport | None = None
        today = services.reception.today()

        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setSelectedDate(qdate(today))
        self.calendar.setMinimumWidth(420)
        legend = QLabel(self.tr("绿色粗体：有已发布的接访；灰色斜体：只有草稿"))
        legend.setObjectName("hintLabel")
        legend.setWordWrap(True)

        self.week_label = QLabel()
        self.week_label.setObjectName("sectionTitle")
        self.week = QTableWidget(0, 7)
        self.week.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week.verticalHeader().setVisible(False)
        self.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week.setWordWrap(True)
        self.week.cellDoubleClicked.connect(lambda _r, _c: self.edit_selected())
        self.week.setToolTip(self.tr("双击或按 Enter 修改所选的接访"))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.week)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.edit_selected)
        self.week.currentCellChanged.connect(lambda *_cells: self._update_buttons())

        # Alt+letter presses each button (the letter is underlined); the tooltips say
        # what the button does and which key.
        self.new_button = QPushButton(self.tr("新建接访(&N)…"))
        self.new_button.setToolTip(self.tr(
            "新建一场接访：日期、时间、接访领导、地点和可预约人数（Alt+N）"))
        self.rule_button = QPushButton(self.tr("按规则排期(&R)…"))
        self.rule_button.setToolTip(self.tr(
            "按规则一次排出多场接访，如每月第一个星期三上午、领导轮流；保存前先预览日期（Alt+R）"))
        self.edit_button = QPushButton(self.tr("修改(&E)…"))
        self.edit_button.setToolTip(self.tr(
            "修改所选的接访（Alt+E；在周表中双击或按 Enter 也可以）"))
        self.publish_button = QPushButton(self.tr("发布(&P)"))
        self.publish_button.setToolTip(self.tr(
            "发布所选的草稿：发布后才向群众公布、才能预约（Alt+P）"))
        self.unpublish_button = QPushButton(self.tr("撤回发布(&U)"))
        self.unpublish_button.setToolTip(self.tr(
            "撤回所选接访的发布，改回草稿；已有预约的不能撤回（Alt+U）"))
        self.cancel_button = QPushButton(self.tr("取消场次(&C)…"))
        self.cancel_button.setToolTip(self.tr("取消所选的接访，需要写明原因（Alt+C）"))
        self.briefing_button = QPushButton(self.tr("汇报材料(&B)…"))
        self.briefing_button.setToolTip(self.tr(
            "预览并打印所选接访的领导汇报材料：每位预约来访人、反映的问题和信访件办理经过"
            "（Alt+B）"))
        self.roster_button = QPushButton(self.tr("领导名册(&L)…"))
        self.roster_button.setToolTip(self.tr(
            "编辑接访领导（职务、分管领域）和陪同接访人员（Alt+L）"))
        self.pdf_button = QPushButton(self.tr("导出公告 PDF(&D)…"))
        self.pdf_button.setToolTip(self.tr(
            "把所显示月份已发布的接访导出为 A4 公告，印有预约须知和中心电话（Alt+D）"))
        self.excel_button = QPushButton(self.tr("导出 Excel(&X)…"))
        self.excel_button.setToolTip(self.tr(
            "把所显示月份已发布的接访导出为 Excel 表格（Alt+X）"))
        self.ics_button = QPushButton(self.tr("导出日历 .ics(&I)…"))
        self.ics_button.setToolTip(self.tr(
            "把所显示月份已发布的接访导出为日历文件，可导入领导的手机或 Outlook 日历（Alt+I）"))
        actions = QHBoxLayout()
        for button in (self.new_button, self.rule_button, self.edit_button,
                       self.publish_button, self.unpublish_button, self.cancel_button,
                       self.briefing_button):
            actions.addWidget(button)
        actions.addStretch(1)
        exports = QHBoxLayout()
        for button in (self.roster_button,):
            exports.addWidget(button)
        exports.addStretch(1)
        for button in (self.pdf_button, self.excel_button, self.ics_button):
            exports.addWidget(button)

        self.error_label = ErrorLabel()
        self.status_label = QLabel()
        self.status_label.setObjectName("okHint")

        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addWidget(legend)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.week_label)
        right.addWidget(self.week, 1)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(top, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addLayout(exports)

        self.calendar.selectionChanged.connect(self._show_week)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.new_button.clicked.connect(self.new_session)
        self.rule_button.clicked.connect(self.new_rule)
        self.edit_button.clicked.connect(self.edit_selected)
        self.publish_button.clicked.connect(lambda: self.publish_selected(False))
        self.unpublish_button.clicked.connect(self.unpublish_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.briefing_button.clicked.connect(self.preview_briefing)
        self.roster_button.clicked.connect(self.open_roster)
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.excel_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.ics_button.clicked.connect(lambda: self.ask_export("ics"))

    # ------------------------------------------------------------------ loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def selected_day(self) -> date:
        return pydate(self.calendar.selectedDate())

    def shown_range(self) -> tuple[date, date]:
        """The month page shown, widened to whole weeks (the week view may spill over)."""
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return first - timedelta(days=first.weekday()), last + timedelta(days=6 - last.weekday())

    def refresh(self) -> None:
        services = self._services
        first, last = self.shown_range()

        def load() -> tuple[tuple[SessionItem, ...], Choices]:
            return (services.reception.list_sessions(first, last),
                    Choices(services.reception_roster.roster(active_only=True),
                            tuple(services.reference.areas())))

        Operation(self, self._tasks, load).success(self._show).key("load") \
            .errors(self.error_label).run()

    def _show(self, loaded: tuple[tuple[SessionItem, ...], Choices]) -> None:
        self.sessions, self.choices = loaded
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # a null date: all
        days: dict[date, bool] = {}
        for item in self.sessions:
            if item.status is not SessionStatus.CANCELLED:
                days[item.day] = days.get(item.day, False) or item.is_published
        for day, published in days.items():
            style = QTextCharFormat()
            font = QFont()
            font.setBold(published)
            font.setItalic(not published)
            style.setFont(font)
            style.setForeground(QBrush(PUBLISHED_TEXT if published else DRAFT_TEXT))
            style.setBackground(QBrush(PUBLISHED_BACKGROUND if published else DRAFT_BACKGROUND))
            self.calendar.setDateTextFormat(qdate(day), style)
        self._show_week()

    def week_days(self) -> list[date]:
        day = self.selected_day()
        monday = day - timedelta(days=day.weekday())
        return [monday + timedelta(days=i) for i in range(7)]

    def _show_week(self) -> None:
        days = self.week_days()
        self.week_label.setText(self.tr("{first} 至 {last} 的接访安排").format(
            first=days[0].isoformat(), last=days[-1].isoformat()))
        self.week.setHorizontalHeaderLabels([
            f"{tr_domain(WEEKDAY_LABELS[d.weekday()])}\n{d.month}-{d.day}" for d in days])
        by_day = [[i for i in self.sessions if i.day == d] for d in days]
        self.week.clearContents()
        self.week.setRowCount(max([len(items) for items in by_day] + [1]))
        for column, items in enumerate(by_day):
            for row, item in enumerate(items):
                self.week.setItem(row, column, self._cell(item))
        self.week.resizeRowsToContents()
        selected = self.selected_day()
        if selected in days and by_day[days.index(selected)]:
            self.week.setCurrentCell(0, days.index(selected))
        self._update_buttons()

    def _cell(self, item: SessionItem) -> QTableWidgetItem:
        status = f"[{tr_domain(item.status_label)}]"
        if item.status is SessionStatus.PUBLISHED:  # which sessions have visitors to settle
            status += " " + self.tr("预约 {count}/{capacity}").format(
                count=item.bookings, capacity=item.capacity)
        if item.on_rest_day:
            status += " " + self.tr("休息日")
        text = (f"{item.time_text}\n{item.leader_name}（{item.leader_post}）\n"
                f"{tr_domain(item.kind_label)} · {tr_domain(item.place_text)}\n{status}")
        cell = QTableWidgetItem(text)
        cell.setData(Qt.ItemDataRole.UserRole, item.session_id)
        cell.setToolTip(self.tr("分管领域：{portfolio}").format(portfolio=item.portfolio_text))
        if item.status is SessionStatus.PUBLISHED:
            cell.setBackground(QBrush(PUBLISHED_BACKGROUND))
            cell.setForeground(QBrush(PUBLISHED_TEXT))
        else:
            cell.setBackground(QBrush(DRAFT_BACKGROUND))
            cell.setForeground(QBrush(DRAFT_TEXT))
            font = QFont()
            font.setItalic(True)
            font.setStrikeOut(item.status is SessionStatus.CANCELLED)
            cell.setFont(font)
        return cell

    def selected_session(self) -> SessionItem | None:
        cell = self.week.currentItem()
        session_id = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
        if not isinstance(session_id, uuid.UUID):
            return None
        return next((i for i in self.sessions if i.session_id == session_id), None)

    def select_session(self, session_id: uuid.UUID) -> None:
        for row in range(self.week.rowCount()):
            for column in range(7):
                cell = self.week.item(row, column)
                if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == session_id:
                    self.week.setCurrentCell(row, column)

    def _update_buttons(self) -> None:
        item = self.selected_session()
        # Planning is for the section chief and the administrator (MANAGE_RECEPTION); the
        # others see the schedule (the services refuse them anyway).
        plan = may(self._services, Permission.MANAGE_RECEPTION)
        for button in (self.new_button, self.rule_button, self.roster_button,
                       self.pdf_button, self.excel_button, self.ics_button):
            button.setEnabled(plan)
        live = plan and item is not None and item.status is not SessionStatus.CANCELLED
        self.edit_button.setEnabled(live)
        self.publish_button.setEnabled(
            plan and item is not None and item.status is SessionStatus.DRAFT)
        self.unpublish_button.setEnabled(plan and item is not None and item.is_published)
        self.cancel_button.setEnabled(live)
        self.briefing_button.setEnabled(item is not None and item.is_published)

    # ------------------------------------------------------------------ actions

    def _changed(self, item: object = None) -> None:
        day = getattr(item, "day", None)
        if isinstance(day, date):
            self.calendar.setSelectedDate(qdate(day))
        self.refresh()

    def new_session(self) -> QWidget | None:
        return self._open_session(None)

    def edit_selected(self) -> QWidget | None:
        item = self.selected_session()
        if item is None or item.status is SessionStatus.CANCELLED:
            return None
        return self._open_session(item)

    def _open_session(self, item: SessionItem | None) -> QWidget | None:
        if self.choices is None:
            return None
        from ui.reception.session_dialog import SessionDialog

        dialog = SessionDialog(self._services.reception, self._tasks, self.choices,
                               self.selected_day(), item, parent=self)
        dialog.saved.connect(self._changed)
        # A move refused for its bookings: decide them, then save the move again.
        dialog.has_bookings.connect(lambda held: self.settle(held, "move", then=dialog.save))
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_rule(self) -> QWidget | None:
        if self.choices is None:
            return None
        from ui.reception.rule_dialog import RuleDialog

        dialog = RuleDialog(self._services.reception, self._tasks, self.choices,
                            self.selected_day(), parent=self)
        dialog.saved.connect(lambda _saved: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_roster(self) -> QWidget:
        from ui.reception.roster_dialog import RosterDialog

        dialog = RosterDialog(self._services.reception_roster, self._services.reference,
                              self._tasks, parent=self)
        dialog.finished.connect(lambda _result: self.refresh())
        self.dialog = dialog
        dialog.load()
        dialog.open()
        return dialog

    def publish_selected(self, confirmed: bool) -> None:
        item = self.selected_session()
        if item is None:
            return
        reception, ids = self._services.reception, [item.session_id]
        Operation(self, self._tasks,
                  lambda: reception.publish(ids, confirm_short_notice=confirmed)) \
            .success(lambda result: self._published(result.published)) \
            .failure(self._publish_failed).busy(self.publish_button).exclusive("publish") \
            .errors(self.error_label).run()

    def _published(self, items: tuple[SessionItem, ...]) -> None:
        self.status_label.setText(self.tr("已发布 %n 场接访", "", len(items)))
        self._changed(items[0] if items else None)

    def _publish_failed(self, error: BaseException) -> bool:
        if not isinstance(error, PublishTooLate):
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("发布接访"), error_text(error),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("仍然发布"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("不发布"))
        box.accepted.connect(lambda: self.publish_selected(True))
        self.question = box
        box.open()
        return True

    def unpublish_selected(self) -> None:
        item = self.selected_session()
        if item is None:
            return
        reception, session_id = self._services.reception, item.session_id
        Operation(self, self._tasks, lambda: reception.unpublish(session_id)) \
            .success(self._changed).busy(self.unpublish_button).exclusive("unpublish") \
            .errors(self.error_label).run()

    def cancel_selected(self) -> None:
        item = self.selected_session()
        if item is None:
            return
        if item.bookings:  # each booking is moved or cancelled first (the reason asked there)
            self.settle(item, "cancel")
            return
        reason, ok = QInputDialog.getText(self, self.tr("取消场次"), self.tr("取消原因："))
        if not ok:
            return
        reception, session_id = self._services.reception, item.session_id

        def failed(error: BaseException) -> bool:
            if not isinstance(error, SessionHasBookings):  # booked since the page loaded
                return False
            self.settle(item, "cancel", reason)
            return True

        Operation(self, self._tasks, lambda: reception.cancel(session_id, reason)) \
            .success(self._changed).failure(failed).exclusive("cancel") \
            .errors(self.error_label).run()

    def settle(self, item: SessionItem, mode: Mode, reason: str = "",
               then: Callable[[], None] | None = None) -> SettleDialog:
        """The bookings of a session to cancel or move, decided one by one first."""
        from ui.reception.settle_dialog import SettleDialog

        dialog = SettleDialog(self._services.reception_bookings, self._services.reception,
                              self._tasks, item, mode, reason, parent=self)
        dialog.settled.connect(lambda _result: then() if then else self.refresh())
        self.settle_dialog = dialog
        dialog.load()
        dialog.open()
        return dialog

    def preview_briefing(self) -> None:
        item = self.selected_session()
        if item is None or not item.is_published:
            return
        from ui.reception.paper_preview import briefing_paper, open_preview

        briefing = self._services.reception_briefing
        open_preview(self, self._tasks, lambda: briefing_paper(briefing, item), self.printing,
                     self.error_label, self._previewing)

    def _previewing(self, dialog: PaperPreviewDialog) -> None:
        self.preview_dialog = dialog

    # ------------------------------------------------------------------ export

    def ask_export(self, kind: str) -> SafeFileDialog:
        month = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        name = self.tr("领导接访日程-{month}").format(month=f"{month:%Y-%m}")
        filters = {"pdf": (self.tr("导出公告 PDF"), self.tr("PDF 文件 (*.pdf)")),
                   "xlsx": (self.tr("导出 Excel"), self.tr("Excel 工作簿 (*.xlsx)")),
                   "ics": (self.tr("导出日历"), self.tr("iCalendar 日历 (*.ics)"))}
        caption, name_filter = filters[kind]
        dialog = save_file_dialog(self, caption, f"{name}.{kind}", name_filter, kind)
        dialog.fileSelected.connect(lambda path: self.export_to(path, month))
        self.save_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: str, month: date | None = None) -> None:
        """The published sessions of the month shown, written in the background."""
        start = month or date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        schedule = self._services.reception_schedule
        self.status_label.clear()
        Operation(self, self._tasks, lambda: schedule.export(path, start, end)) \
            .success(self._exported) \
            .busy(self.pdf_button, self.excel_button, self.ics_button) \
            .exclusive("export").errors(self.error_label).run()

    def _exported(self, made: ScheduleExport) -> None:
        self.last_export = made
        self.status_label.setText(self.tr("已导出 {count} 场已发布的接访到 {path}").format(
            count=made.sessions, path=str(made.path)))
