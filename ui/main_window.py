"""The counter's main window: big tabs 取号 · 排队 · 接谈登记, and a status bar saying
which terminal this is, who is working on it, and whether something is in progress."""

from __future__ import annotations

import dataclasses
import functools
import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from desktop.accounts.permissions import Permission
from desktop.config import TerminalConfig, save_terminal_config
from ui.busy_indicator import BusyIndicator
from ui.day_upkeep import DayUpkeep
from ui.errors import ErrorReporter
from ui.hub import PRINTS, QUEUE, SETTINGS, WINDOWS
from ui.i18n import error_text, missing_translation
from ui.operations import Operation
from ui.storage_status import ERROR_COLOUR, StorageStatus
from ui.tasks import TaskRunner
from ui.widgets import STYLE_SHEET, ask_to_discard

# The pages (and the services' modules under them, SQLAlchemy included) are imported
# when the services arrive (attach_services), so the window can show before they load.
if TYPE_CHECKING:
    from desktop.app_services import AppServices
    from desktop.settings.reference import CentreSettings
    from desktop.storage.backup import DatabaseDamaged
    from ui.cases.case_tools import CaseTools
    from ui.cases.deadline_watch_view import DeadlineWatchDialog
    from ui.cases.enquiry_dialog import EnquiryDialog
    from ui.cases.timeline_opener import TimelineOpener
    from ui.queue.board import BoardWindow
    from ui.settings.dialog import SettingsDialog

log = logging.getLogger(__name__)

# The services the window and its 取号 page use before `ready`: made on the worker that
# opens them (ui/app.py run_window), so the GUI thread imports none of their modules.
# The others are made on a worker right after `ready`, before the later pages are built.
FIRST_SERVICES = ("tickets", "printing", "login", "settings", "reference", "day_close",
                  "backups")


class MainWindow(QMainWindow):
    """`ready` once the services are attached and the built pages' first data has arrived
    (the deferred start builds only 取号 by then, the other pages right after `ready`).
    The background upkeep (the full database check, backups and printing warm-up)
    starts then, so it never delays the first card swipe."""

    ready = Signal()

    def __init__(
        self,
        services: AppServices | None,
        tasks: TaskRunner,
        reporter: ErrorReporter,
        config: TerminalConfig | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`config` is this terminal's settings (printers, window name) for the pages
        that need them; the title and status bar use `services.workstation`."""
        super().__init__(parent)
        self.services: AppServices
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
        self.setMinimumSize(1024, 640)
        self.resize(1366, 768)
        if services is None:
            self._show_placeholders()
        else:
            self.attach_services(services)

    @classmethod
    def deferred(cls, tasks: TaskRunner, reporter: ErrorReporter,
                 config: TerminalConfig | None = None) -> MainWindow:
        """The window's frame and tabs, to show while the services open in the
        background; `attach_services` fills in the pages."""
        return cls(None, tasks, reporter, config)

    def _show_placeholders(self) -> None:
        self.setWindowTitle(self.tr("来访接待台"))
        waiting = QLabel(self.tr("正在打开数据库…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs.addTab(waiting, self.tr("取号"))
        for title in (self.tr("排队"), self.tr("接谈登记"), self.tr("叫号")):
            self.tabs.setTabEnabled(self.tabs.addTab(QWidget(), title), False)

    def attach_services(self, services: AppServices, config: TerminalConfig | None = None,
                        *, all_pages: bool = True) -> None:
        """Build the pages over `services` (once), replacing the placeholders. With
        `all_pages` False only 取号 (all a card swipe needs) is built before `ready`;
        排队, 接谈登记 and 叫号 are built right after it."""
        from ui.printing.controller import PrintController
        from ui.queue.ticket_form import TicketForm

        self.services = services
        if config is not None:
            self.config = config
        self._remove_placeholders()
        tasks, reporter = self.tasks, self.reporter
        report = reporter.report
        self.ticket_form = TicketForm(services, tasks, report_error=report)
        self.add_page(self.ticket_form, self.tr("取号"), "ticket")
        if not all_pages:
            # The tabs of the pages still to come stay visible, disabled, meanwhile.
            for title in (self.tr("排队"), self.tr("接谈登记"), self.tr("叫号")):
                self.tabs.setTabEnabled(self.tabs.addTab(QWidget(), title), False)
        self.printing = PrintController(services.printing, tasks, self.config,
                                        parent_widget=self, report_error=report)
        self.board: BoardWindow | None = None

        self.ticket_form.ticket_issued.connect(self._on_ticket_issued)
        self.ticket_form.ticket_issued.connect(self.printing.on_ticket_issued)
        self.printing.set_ticket_banner(self.ticket_form.print_banner)
        self.printing.history_changed.connect(lambda _visit: self.tasks.hub.announce(PRINTS))
        self.printing.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.printing.config_changed.connect(self._on_config_changed)
        self._later_pages_built = False
        if all_pages:
            self._build_later_pages()
        self.tabs.currentChanged.connect(self._on_tab_changed)

        from ui.accounts.controller import AccountsController

        # Login, lock (Ctrl+L, idle), 切换用户, 用户管理, 审计日志 (ui/accounts).
        self.accounts = AccountsController(self, services, tasks, report)
        self.accounts.actor_changed.connect(self._on_actor_changed)
        self._build_menu()
        self._build_status_bar()
        from ui.sync.controller import SyncController

        self.sync = SyncController(self, services, tasks, report, self.open_settings)
        self._update_title()
        self._load_centre_name()

        # A window left open over night closes out the day when the service day changes.
        self.day_upkeep = DayUpkeep(self, services, tasks,
                                    lambda text: self.statusBar().showMessage(text, 60_000))
        self._start_storage()
        self._on_tab_changed(self.tabs.currentIndex())
        self.tasks.busy_changed.connect(self._first_loads_done)
        if not self.tasks.pending:
            self._first_loads_done(False)

    def _remove_placeholders(self, first: int = 0) -> None:
        while self.tabs.count() > first:
            placeholder = self.tabs.widget(first)
            self.tabs.removeTab(first)
            if placeholder is not None:
                placeholder.deleteLater()

    def _build_later_pages(self) -> None:
        """排队, 接谈登记 and 叫号 with the print history (once)."""
        if self._later_pages_built:
            return
        self._later_pages_built = True
        from ui.cases.registration_form import RegistrationForm
        from ui.printing.history import PrintHistoryWidget
        from ui.queue.clerk_panel import ClerkPanel
        from ui.queue.queue_view import QueueView

        self._remove_placeholders(first=1)
        services, tasks, report = self.services, self.tasks, self.reporter.report
        self.queue_view = QueueView(services, tasks)
        self.registration_form = RegistrationForm(services, tasks, report_error=report)
        self.add_page(self.queue_view, self.tr("排队"), "queue")
        self.add_page(self.registration_form, self.tr("接谈登记"), "registration")

        self.clerk_panel = ClerkPanel(services, tasks, self.config.window_name)
        self.add_page(self.clerk_panel, self.tr("叫号"), "calling")

        from ui.reception.reception_page import ReceptionPage

        # 领导接访: loads its month when first shown.
        self.reception_page = ReceptionPage(services, tasks)
        self.reception_page.printing = self.printing  # briefings go to this terminal's printers
        self.add_page(self.reception_page, self.tr("领导接访"), "reception")
        from ui.reception.day_panel import ReceptionDayPanel

        # 接访当日 (check-in, instructions, 预约登记…) and 批示督办: loads when first shown.
        self.reception_day = ReceptionDayPanel(services, tasks)
        self.reception_day.printing = self.printing
        self.add_page(self.reception_day, self.tr("接访当日"), "reception_day")
        from ui.reports.statistics_page import StatisticsPage

        # 统计: this month's figures, computed in the background when first shown.
        self.statistics_page = StatisticsPage(services, tasks)
        self.add_page(self.statistics_page, self.tr("统计"), "statistics")

        self.print_history = PrintHistoryWidget(services.printing, tasks, report)
        self.registration_form.add_side_section(self.tr("打印记录"), self.print_history)

        self.queue_view.open_visit.connect(self.open_visit)
        self.queue_view.reprint_requested.connect(self.printing.reprint)
        self.registration_form.registration_saved.connect(self._on_registration_saved)
        self.registration_form.registration_saved.connect(self.printing.on_registration_saved)
        self.registration_form.visit_loaded.connect(self._on_visit_loaded)
        self.registration_form.case_timeline_requested.connect(
            lambda visit_id: self.timelines.open(visit_id))
        self.print_history.reprint_requested.connect(self.printing.reprint)
        # 重复访: the linked case's progress paper (or 不再受理告知书 once it is final).
        self.registration_form.repeat_bar.paper_requested.connect(
            lambda visit_id, paper: self.printing.print_paper(visit_id, paper))
        self.clerk_panel.finish_requested.connect(self.open_visit)
        self.clerk_panel.window_changed.connect(self._on_window_changed)
        self.clerk_panel.action_done.connect(self._on_call_action)
        self._subscribe_to_changes()

    def _first_loads_done(self, busy: bool) -> None:
        if busy:
            return
        self.tasks.busy_changed.disconnect(self._first_loads_done)
        # Said first: what follows only starts background work (its imports would
        # otherwise already compete with whoever listens to `ready`).
        self.ready.emit()
        self.printing.warm_up()
        self._check_storage()
        self.day_upkeep.recount_old_deadlines()
        if not self._later_pages_built:
            # Right after `ready` (the first card swipe needs only 取号): the other
            # services' modules load on a worker, then the later pages are built.
            self.tasks.run(self.services.load_all, lambda _none: self._build_later_pages(),
                           self._later_services_failed)
        self._start_sync()

    def _later_services_failed(self, error: BaseException) -> None:
        # Reported like any failure; the pages are built anyway (a service not made is
        # made again at its first use and says then what is wrong).
        self.reporter.report(error)
        self._build_later_pages()

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

    def _subscribe_to_changes(self) -> None:
        """What this terminal changes reaches every page at once through the change hub
        (ui/hub.py); the pages' timers only catch what other terminals change."""
        hub = self.tasks.hub
        hub.subscribe(self.queue_view, {QUEUE}, self.queue_view.refresh)
        hub.subscribe(self.clerk_panel, {QUEUE}, self.clerk_panel.refresh)
        hub.subscribe(self.print_history, {PRINTS}, self.print_history.refresh)
        hub.subscribe(self.registration_form, {SETTINGS},
                      self.registration_form.reload_reference)

    # The pages' own signals, said as changes. (Redundant once the pages' operations
    # announce QUEUE themselves; the views' reloads coalesce, so twice costs nothing.)
    def _on_ticket_issued(self, _ticket: object) -> None:
        self.tasks.hub.announce(QUEUE)

    def _on_registration_saved(self, result: object) -> None:
        self.tasks.hub.announce(QUEUE)
        visit_id = getattr(result, "visit_id", None)
        if isinstance(visit_id, uuid.UUID):
            self.print_history.load(visit_id, True)

    def _on_visit_loaded(self, detail: object) -> None:
        visit_id = getattr(detail, "visit_id", None)
        # The form hands the print history the records read with the visit (open_visit).
        if isinstance(visit_id, uuid.UUID) and self.print_history.visit_id != visit_id:
            self.print_history.load(visit_id, getattr(detail, "registration", None) is not None)

    def _on_call_action(self, _ticket: object) -> None:
        self.tasks.hub.announce(QUEUE)

    # ------------------------------------------------------------------ midnight

    def check_service_day(self) -> None:
        self.day_upkeep.check_service_day()

    @property
    def day_timer(self) -> QTimer:
        return self.day_upkeep.day_timer

    # ------------------------------------------------------------------ settings, board

    def _build_menu(self) -> None:
        tools = self.menuBar().addMenu(self.tr("工具(&T)"))
        boards = tools.addMenu(self.tr("打开叫号显示屏"))
        # One entry per screen: the board goes full-screen on the hall's TV.
        boards.aboutToShow.connect(lambda: self._fill_board_menu(boards))
        tools.addAction(self.tr("打印设置…"), self.printing.edit_settings)
        self.settings_dialog: SettingsDialog | None = None
        tools.addAction(self.tr("系统设置…"), self.open_settings)
        enquiry = tools.addAction(self.tr("进度查询…"), self.open_enquiry)
        enquiry.setShortcut(QKeySequence("Ctrl+F"))
        # 办理流程 of a case: asked for by number here, or opened from 既往来访 / 进度查询
        # (made at its first use: a card swipe needs none of its modules).
        self._case_tools: CaseTools | None = None
        timeline = tools.addAction(self.tr("办理流程…"), lambda: self.timelines.ask())
        watch = tools.addAction(self.tr("期限监控…"), self.open_deadline_watch)
        self.accounts.build_menu(self.menuBar())
        # Offered by role when someone logs in (the services refuse the others anyway).
        self.accounts.gated.update({enquiry: Permission.ENQUIRE,
                                    timeline: Permission.VIEW_CASES,
                                    watch: Permission.VIEW_CASES})

    def open_settings(self) -> SettingsDialog:
        """系统设置 (centre, time limits, calling, categories, areas), read afresh each time;
        a saved centre name goes into the title at once."""
        dialog = self.settings_dialog
        if dialog is None:
            from ui.settings.dialog import SettingsDialog

            dialog = SettingsDialog(self.services.settings, self.services.reference,
                                    self.services.windows, self.tasks,
                                    parent=self, report_error=self.reporter.report,
                                    calendar_admin=self.services.calendar_admin,
                                    units_admin=self.services.units_admin,
                                    extra_pages=((self.sync.settings_page(),
                                                  self.tr("中心数据库")),))
            dialog.settings_saved.connect(self._on_centre_settings)
            # Time limits, the lists and the windows may have changed: the registration
            # form reads them again, the board and clerk page show the windows.
            dialog.settings_saved.connect(
                lambda _settings: self.tasks.hub.announce(SETTINGS))
            dialog.finished.connect(
                lambda _result: self.tasks.hub.announce(SETTINGS, WINDOWS))
            self.settings_dialog = dialog
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
        else:
            dialog.load()
            dialog.open()
        return dialog

    @property
    def case_tools(self) -> CaseTools:
        """进度查询, 办理流程 and 期限监控 (ui/cases/case_tools.py), made at first use."""
        if self._case_tools is None:
            from ui.cases.case_tools import CaseTools

            self._case_tools = CaseTools(self, self.services, self.tasks, self.printing,
                                         self._book_case)
        return self._case_tools

    @property
    def timelines(self) -> TimelineOpener:
        return self.case_tools.timelines

    @property
    def enquiry_dialog(self) -> EnquiryDialog | None:
        return self.case_tools.enquiry_dialog

    @property
    def deadline_watch_dialog(self) -> DeadlineWatchDialog | None:
        return self.case_tools.deadline_watch_dialog

    def open_enquiry(self) -> EnquiryDialog:
        return self.case_tools.open_enquiry()

    def open_deadline_watch(self) -> DeadlineWatchDialog:
        return self.case_tools.open_deadline_watch()

    def _book_case(self, case_visit_id: uuid.UUID) -> QWidget:
        """办理流程 → 预约领导接访…: the booking dialog for the case's visitor."""
        from ui.reception.booking_dialog import open_booking_for

        return open_booking_for(self.services, self.tasks, self, case_visit_id,
                                printing=self.printing)

    def _fill_board_menu(self, menu: QMenu) -> None:
        menu.clear()
        for index, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            label = self.tr("屏幕 {number}：{name}（{width}×{height}）").format(
                number=index + 1, name=screen.name(), width=size.width(), height=size.height())
            menu.addAction(label, functools.partial(self.open_board, index))

    def open_board(self, screen_index: int | None = None) -> None:
        """The hall display board, full-screen on the chosen screen (default: the last,
        usually the hall's TV). A second request moves the open board there instead."""
        if self.board is not None:
            self.board.close()
        from ui.queue.board import open_board_on_screen

        board = open_board_on_screen(self.services, self.tasks, screen_index, owner=self)
        self.tasks.hub.subscribe(board, {QUEUE, WINDOWS, SETTINGS}, board.refresh_now)
        board.destroyed.connect(lambda: self._forget_board(board))
        self.board = board

    def _forget_board(self, board: BoardWindow) -> None:
        if self.board is board:
            self.board = None

    def _on_config_changed(self, config: object) -> None:
        if isinstance(config, TerminalConfig):
            self.config = config

    def _on_window_changed(self, window_name: str) -> None:
        """Remember the clerk's window for the next start of this terminal."""
        self.config = dataclasses.replace(self.config, window_name=window_name)
        self.printing.set_config(self.config)
        config = self.config
        self.tasks.run(lambda: save_terminal_config(config))

    # ------------------------------------------------------------------ title, status

    def _load_centre_name(self) -> None:
        # The title can do without the centre's name; the reporter logs why it is missing.
        Operation(self, self.tasks, self.services.reference.centre_settings) \
            .key("centre-name").success(self._on_centre_settings) \
            .report_to(self.reporter.report).run()

    def _on_centre_settings(self, settings: CentreSettings) -> None:
        self.centre_name = settings.centre_name
        self._update_title()

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
        self.operator_label = QLabel()
        self._on_actor_changed(None)
        bar.addWidget(self.terminal_label)
        bar.addWidget(QLabel("·"))
        bar.addWidget(self.operator_label)
        self.translation_label = QLabel()
        self.translation_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        missing = missing_translation()
        if missing:
            # The translation is what is missing, so this line carries its own English.
            self.translation_label.setText(
                self.tr("英文翻译文件缺失，界面显示中文；请运行 scripts/setup.sh")
                + " — English translation file is missing; showing Chinese."
                " Run scripts/setup.sh."
            )
            self.translation_label.setToolTip(missing)
            bar.addWidget(self.translation_label)
        else:
            self.translation_label.hide()
        # Which of the centre's details receipts still need (hidden when none).
        from ui.settings.centre_details_line import CentreDetailsLine

        self.centre_details_line = CentreDetailsLine(self.services.settings, self.tasks)
        bar.addPermanentWidget(self.centre_details_line)
        self.busy_indicator = BusyIndicator(self.tasks)
        bar.addPermanentWidget(self.busy_indicator)

    def _on_actor_changed(self, _actor: object) -> None:
        name = self.services.workstation.shown_operator()
        self.operator_label.setText(self.tr("操作员 {name}").format(name=name) if name
                                    else self.tr("未登录"))

    def is_busy_shown(self) -> bool:
        return self.busy_indicator.is_shown()

    # ------------------------------------------------------------------ central sync

    def _start_sync(self) -> None:
        """After `ready`: the central database's status in the status bar, and the
        background sync when one is configured (ui/sync/controller.py)."""
        self.sync.start()

    # ------------------------------------------------------------------ database safety

    def _start_storage(self) -> None:
        """The status bar says when the last good backup was taken (ui/storage_status.py)."""
        self.damage_box: QMessageBox | None = None
        self.backup_label = StorageStatus(self.services.backups, self.tasks, self.reporter,
                                          self.stop_for_damaged_database, self)
        self.backup_timer = self.backup_label.timer
        if self.backup_label.enabled:
            self.statusBar().addPermanentWidget(self.backup_label)

    def _check_storage(self) -> None:
        self.backup_label.start()

    def backup_if_due(self) -> None:
        self.backup_label.backup_if_due()

    @property
    def database_damaged(self) -> bool:
        return self.backup_label.database_damaged

    def stop_for_damaged_database(self, error: DatabaseDamaged) -> None:
        """Nothing more is written to a damaged file: the pages and menus are disabled and
        a message says where the last good backup is and how to restore it."""
        self.backup_label.mark_damaged()
        self.tabs.setEnabled(False)
        self.menuBar().setEnabled(False)
        if self.damage_box is not None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("数据库已损坏"))
        box.setText(error_text(error))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.open()
        self.damage_box = box

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
        if self._close_confirmed or not hasattr(self, "registration_form") or (
                not self.registration_form.has_unsaved_changes()):
            event.accept()
            return
        event.ignore()
        self.select_view("registration")
        if self.question is None:
            self.confirm_discard(self._close_anyway)

    def _close_anyway(self) -> None:
        self._close_confirmed = True
        QTimer.singleShot(0, self.close)

