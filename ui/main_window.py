"""The counter's main window: big tabs 取号 · 排队 · 接谈登记, and a status bar saying
which terminal this is, who is working on it, and whether something is in progress."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from desktop.app import AppServices
from desktop.config import TerminalConfig
from desktop.reference import CentreSettings
from ui.app import ErrorReporter
from ui.queue_view import QueueView
from ui.registration_form import RegistrationForm
from ui.tasks import TaskRunner
from ui.ticket_form import TicketForm
from ui.widgets import STYLE_SHEET, ask_to_discard

# A background call shorter than this does not flash the busy indicator.
BUSY_DELAY_MS = 400


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: AppServices,
        tasks: TaskRunner,
        reporter: ErrorReporter,
        config: TerminalConfig | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`config` is this terminal's settings (printers, window name) for the pages
        that need them; the title and status bar use `services.workstation`."""
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.reporter = reporter
        self.config = config or TerminalConfig()
        self.centre_name = ""
        self.question: QMessageBox | None = None
        self._close_confirmed = False
        self._pages: dict[str, QWidget] = {}
        self.setStyleSheet(STYLE_SHEET)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

        report = reporter.report
        self.ticket_form = TicketForm(services, tasks, report_error=report)
        self.queue_view = QueueView(services, tasks)
        self.registration_form = RegistrationForm(services, tasks, report_error=report)
        self.add_page(self.ticket_form, self.tr("取号"), "ticket")
        self.add_page(self.queue_view, self.tr("排队"), "queue")
        self.add_page(self.registration_form, self.tr("接谈登记"), "registration")

        self.ticket_form.ticket_issued.connect(self._on_ticket_issued)
        self.queue_view.open_visit.connect(self.open_visit)
        self.registration_form.registration_saved.connect(self._on_registration_saved)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self._build_status_bar()
        self._update_title()
        self.setMinimumSize(1024, 640)
        self.resize(1366, 768)
        self._load_centre_name()

    # ------------------------------------------------------------------ pages

    def add_page(self, widget: QWidget, title: str, name: str | None = None) -> int:
        """Add a tab (e.g. the clerk's calling page); Ctrl+1…9 switch to tabs in order."""
        index = self.tabs.addTab(widget, title)
        if name:
            self._pages[name] = widget
        if index < 9:
            keys = f"Ctrl+{index + 1}"
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda w=widget: self.tabs.setCurrentWidget(w))
            self.tabs.setTabToolTip(index, keys)
        return index

    def page(self, name: str) -> QWidget:
        return self._pages[name]

    def view_names(self) -> tuple[str, ...]:
        return tuple(self._pages)

    def select_view(self, name: str) -> None:
        if name not in self._pages:
            raise ValueError(f"unknown view {name!r}; known: {', '.join(self._pages)}")
        self.tabs.setCurrentWidget(self._pages[name])

    def current_view(self) -> str | None:
        current = self.tabs.currentWidget()
        for name, widget in self._pages.items():
            if widget is current:
                return name
        return None

    def _on_tab_changed(self, _index: int) -> None:
        # Whoever switches pages can type at once (pages opt in with focus_first_field).
        focus = getattr(self.tabs.currentWidget(), "focus_first_field", None)
        if callable(focus):
            focus()

    def open_visit(self, visit_id: uuid.UUID) -> None:
        self.select_view("registration")
        self.registration_form.load_visit(visit_id)

    def _on_ticket_issued(self, _ticket: object) -> None:
        self.queue_view.refresh()

    def _on_registration_saved(self, _result: object) -> None:
        self.queue_view.refresh()

    # ------------------------------------------------------------------ title, status

    def _load_centre_name(self) -> None:
        reference = self.services.reference
        self.tasks.run(reference.centre_settings, self._on_centre_settings,
                       self._on_centre_failed)

    def _on_centre_settings(self, settings: CentreSettings) -> None:
        self.centre_name = settings.centre_name
        self._update_title()

    def _on_centre_failed(self, error: BaseException) -> None:
        # The title can do without the centre's name; the reporter logs the cause.
        self.reporter.report(error)

    def _update_title(self) -> None:
        terminal = self.services.workstation.terminal_code
        if self.centre_name:
            title = self.tr("来访接待台 — {centre} — 终端 {terminal}").format(
                centre=self.centre_name, terminal=terminal
            )
        else:
            title = self.tr("来访接待台 — 终端 {terminal}").format(terminal=terminal)
        self.setWindowTitle(title)

    def _build_status_bar(self) -> None:
        ws = self.services.workstation
        bar = self.statusBar()
        self.terminal_label = QLabel(self.tr("终端 {code}").format(code=ws.terminal_code))
        self.operator_label = QLabel(self.tr("操作员 {name}").format(name=ws.operator))
        self.busy_label = QLabel(self.tr("正在处理…"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        self.busy_label.hide()
        self.busy_bar.hide()
        bar.addWidget(self.terminal_label)
        bar.addWidget(QLabel("·"))
        bar.addWidget(self.operator_label)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.busy_bar)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(lambda: self._show_busy(True))
        self.tasks.busy_changed.connect(self._on_busy_changed)

    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self._show_busy(False)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    def is_busy_shown(self) -> bool:
        return self.busy_bar.isVisibleTo(self)

    # ------------------------------------------------------------------ closing

    def confirm_discard(self, on_discard: Callable[[], None]) -> QMessageBox:
        """Ask whether to drop the unsaved registration (non-blocking; see `question`)."""
        self.question = ask_to_discard(
            self,
            self.tr("接谈登记还没有保存，关闭后刚填写的内容会丢失。仍然关闭吗？"),
            on_discard,
        )
        self.question.finished.connect(self._forget_question)
        return self.question

    def _forget_question(self) -> None:
        self.question = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_confirmed or not self.registration_form.has_unsaved_changes():
            event.accept()
            return
        event.ignore()
        self.select_view("registration")
        if self.question is None:
            self.confirm_discard(self._close_anyway)

    def _close_anyway(self) -> None:
        self._close_confirmed = True
        QTimer.singleShot(0, self.close)

