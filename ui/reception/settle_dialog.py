"""处理预约 — before a session with bookings is cancelled or moved, every booking gets a
decision: moved to another published session with room, or cancelled with notice.
Nothing is done until each row has one (BookingService.settle_session decides all or
none); for a cancel the session is then cancelled with the same reason. The second page
lists the visitors to tell (name, masked ID number, phone, what to say) with an 已通知
tick each (BookingService.mark_notified)."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import timedelta
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.reception.booking_domain import BookingStatus
from desktop.reception.domain import WEEKDAY_LABELS
from ui.i18n import tr_domain
from ui.operations import FormErrors, Operation
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from desktop.reception.booking import BookableSession, BookingService, SettleResult
    from desktop.reception.booking_views import BookingView
    from desktop.reception.planning import ReceptionService
    from desktop.reception.views import SessionItem

CANCEL = "cancel"
LOOK_AHEAD_DAYS = 90  # sessions offered as targets: from today on, this far
Mode = Literal["cancel", "move"]


class SettleDialog(QDialog):
    settled = Signal(object)  # SettleResult, after the bookings (and a cancel) are done

    def __init__(self, bookings: BookingService, reception: ReceptionService,
                 tasks: TaskRunner, item: SessionItem, mode: Mode, reason: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bookings = bookings
        self._reception = reception
        self._tasks = tasks
        self._item = item
        self._mode = mode
        self.rows: tuple[BookingView, ...] = ()
        self.targets: tuple[BookableSession, ...] = ()
        self.settle_result: SettleResult | None = None
        self.setWindowTitle(self.tr("处理预约后取消场次") if mode == CANCEL
                            else self.tr("处理预约后改期"))

        # ---- page 1: a decision per booking
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("时段"), self.tr("来访人"), self.tr("证件号码"), self.tr("人数"),
            self.tr("处理")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.all_cancel_button = QPushButton(self.tr("全部取消预约(&A)"))
        self.all_cancel_button.setToolTip(self.tr(
            "把每个预约都设为“取消预约并通知”（Alt+A）；也可以逐个选择改到其他场次"))
        self.all_cancel_button.clicked.connect(self.cancel_all)
        self.reason_edit = QLineEdit(reason)
        self.reason_edit.setPlaceholderText(self.tr("如 接访领导临时有公务；会写进给来访人的通知"))
        form = QFormLayout()
        form.addRow(self.tr("原因"), self.reason_edit)
        self.error_label = ErrorLabel()
        self.errors = FormErrors(self.error_label, {"reason": self.reason_edit,
                                                    "decisions": self.table})
        self.confirm_button = QPushButton(self.tr("确定处理(&O)"))
        self.confirm_button.setToolTip(self.tr(
            "按所选改约或取消每个预约（Alt+O）；每个预约都选好后才能继续"))
        self.confirm_button.clicked.connect(self.confirm)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(close)
        decide = QWidget()
        decide_layout = QVBoxLayout(decide)
        decide_layout.setContentsMargins(0, 0, 0, 0)
        decide_layout.addWidget(self.intro)
        decide_layout.addWidget(self.table, 1)
        decide_layout.addLayout(form)
        decide_layout.addWidget(self.error_label)
        decide_layout.addLayout(buttons)

        # ---- page 2: the visitors to tell
        self.told_label = QLabel()
        self.told_label.setWordWrap(True)
        self.notify_table = QTableWidget(0, 5)
        self.notify_table.setHorizontalHeaderLabels([
            self.tr("来访人"), self.tr("证件号码"), self.tr("电话"), self.tr("告知内容"),
            self.tr("已通知")])
        self.notify_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notify_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.notify_table.verticalHeader().setVisible(False)
        self.notify_table.setWordWrap(True)
        notify_header = self.notify_table.horizontalHeader()
        for column in (0, 1, 2, 4):
            notify_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        notify_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.notify_errors = ErrorLabel()
        self.done_button = QPushButton(self.tr("完成"))
        self.done_button.clicked.connect(self.accept)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)
        tell = QWidget()
        tell_layout = QVBoxLayout(tell)
        tell_layout.setContentsMargins(0, 0, 0, 0)
        tell_layout.addWidget(self.told_label)
        tell_layout.addWidget(self.notify_table, 1)
        tell_layout.addWidget(self.notify_errors)
        tell_layout.addLayout(done_row)

        self.pages = QStackedWidget()
        self.pages.addWidget(decide)
        self.pages.addWidget(tell)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(980, 520)
        self.confirm_button.setEnabled(False)

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        bookings, session_id = self._bookings, self._item.session_id
        today = self._reception.today()

        def job() -> tuple[tuple[BookingView, ...], tuple[BookableSession, ...]]:
            return (bookings.session_bookings(session_id),
                    bookings.bookable(today, today + timedelta(days=LOOK_AHEAD_DAYS)))

        Operation(self, self._tasks, job).success(self._show).key("load") \
            .errors(self.error_label).run()

    def _show(self, loaded: tuple[tuple[BookingView, ...], tuple[BookableSession, ...]]
              ) -> None:
        views, bookable = loaded
        today = self._reception.today()
        self.rows = tuple(v for v in views if v.status is BookingStatus.BOOKED)
        self.targets = tuple(b for b in bookable if b.session.session_id != self._item.session_id
                             and b.free > 0 and b.session.day >= today)
        item = self._item
        what = self.tr("取消") if self._mode == CANCEL else self.tr("改期")
        self.intro.setText(self.tr(
            "{day} {time} {leader} 的接访有 {count} 个预约。请为每个预约选择改到另一场有余位的"
            "接访，或取消预约并通知来访人；全部处理后才能{what}这场接访。").format(
            day=f"{item.day.month}-{item.day.day} {tr_domain(WEEKDAY_LABELS[item.day.weekday()])}",
            time=item.time_text, leader=item.leader_name, count=len(self.rows), what=what))
        self.table.setRowCount(len(self.rows))
        for row, view in enumerate(self.rows):
            people = self.tr("%n 人", "", view.people_count)
            for column, text in enumerate((view.slot_text, view.name, view.masked_id_number,
                                           people)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            combo = QComboBox()
            combo.addItem(self.tr("请选择…"), None)
            combo.addItem(self.tr("取消预约并通知"), CANCEL)
            for target in self.targets:
                combo.addItem(self._target_text(target), str(target.session.session_id))
            combo.currentIndexChanged.connect(lambda _i: self.error_label.clear())
            self.table.setCellWidget(row, 4, combo)
        self.table.resizeRowsToContents()
        self.confirm_button.setEnabled(True)

    def _target_text(self, target: BookableSession) -> str:
        item = target.session
        return self.tr("改到 {day} {time} {leader} {place}（余 {free} 位）").format(
            day=f"{item.day.month}-{item.day.day} "
                f"{tr_domain(WEEKDAY_LABELS[item.day.weekday()])}",
            time=item.time_text, leader=item.leader_name,
            place=tr_domain(item.place_text), free=target.free)

    # ------------------------------------------------------------------ deciding

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 4)
        assert isinstance(widget, QComboBox)
        return widget

    def choose(self, row: int, session_id: uuid.UUID | None) -> None:
        """Pick a row's decision: a target session, or None to cancel the booking."""
        combo = self.combo(row)
        combo.setCurrentIndex(combo.findData(CANCEL if session_id is None else str(session_id)))

    def cancel_all(self) -> None:
        for row in range(self.table.rowCount()):
            self.choose(row, None)

    def decisions(self) -> dict[uuid.UUID, uuid.UUID | None] | None:
        """Every booking's decision, or None (said in the error line) while one is open
        or more are moved to a session than it has room for."""
        chosen: dict[uuid.UUID, uuid.UUID | None] = {}
        undecided = []
        for row, view in enumerate(self.rows):
            data = self.combo(row).currentData()
            if data is None:
                undecided.append(row)
            else:
                chosen[view.booking_id] = None if data == CANCEL else uuid.UUID(str(data))
        if undecided:
            self.error_label.setText(self.tr(
                "还有 %n 个预约没有选择改约还是取消，请逐一处理", "", len(undecided)))
            first = self.table.item(undecided[0], 0)
            if first is not None:
                self.table.scrollToItem(first)
            self.combo(undecided[0]).setFocus()
            return None
        wanted = Counter(target for target in chosen.values() if target is not None)
        for target in self.targets:
            if wanted[target.session.session_id] > target.free:
                self.error_label.setText(self.tr(
                    "改到 {session} 的预约有 {count} 个，超过余位 {free} 个；请改选其他场次"
                    "或取消").format(session=f"{target.session.day.isoformat()} "
                                        f"{target.session.time_text}",
                                        count=wanted[target.session.session_id],
                                        free=target.free))
                return None
        return chosen

    def confirm(self) -> bool:
        chosen = self.decisions()
        if chosen is None:
            return False
        bookings, reception = self._bookings, self._reception
        session_id, reason, cancel = self._item.session_id, self.reason_edit.text(), \
            self._mode == CANCEL

        def job() -> SettleResult:
            done = bookings.settle_session(session_id, chosen, reason)
            if cancel:
                reception.cancel(session_id, reason)
            return done

        Operation(self, self._tasks, job).success(self._settled) \
            .busy(self.confirm_button, self.all_cancel_button).exclusive("settle") \
            .errors(self.errors).run()
        return True

    def _settled(self, result: SettleResult) -> None:
        self.settle_result = result
        self.told_label.setText(self.tr(
            "已改约 {moved} 个、取消 {cancelled} 个预约。请电话告知以下来访人，告知后勾选"
            "“已通知”：").format(moved=result.moved, cancelled=result.cancelled))
        self.notify_table.setRowCount(len(result.to_notify))
        for row, person in enumerate(result.to_notify):
            for column, text in enumerate((person.name, person.masked_id_number,
                                           person.phone or self.tr("（未留电话）"),
                                           person.note)):
                self.notify_table.setItem(row, column, QTableWidgetItem(text))
            tick = QCheckBox(self.tr("已通知"))
            tick.setToolTip(self.tr("电话告知来访人后勾选，记下通知时间"))
            tick.toggled.connect(lambda on, b=person.booking_id, t=tick: self._told(b, t, on))
            self.notify_table.setCellWidget(row, 4, tick)
        self.notify_table.resizeRowsToContents()
        self.pages.setCurrentIndex(1)
        self.settled.emit(result)

    def tick(self, row: int) -> QCheckBox:
        widget = self.notify_table.cellWidget(row, 4)
        assert isinstance(widget, QCheckBox)
        return widget

    def _told(self, booking_id: uuid.UUID, tick: QCheckBox, on: bool) -> None:
        if not on:
            return
        tick.setEnabled(False)  # recorded once; the time of the call is kept
        bookings = self._bookings

        def failed(_error: BaseException) -> bool:
            tick.setEnabled(True)
            tick.setChecked(False)
            return False

        Operation(self, self._tasks, lambda: bookings.mark_notified(booking_id)) \
            .failure(failed).errors(self.notify_errors).run()
