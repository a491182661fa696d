"""Starting the Qt side: application object, translations, error reporting, screenshots."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.i18n import UserError
from ui.errors import ErrorReporter
from ui.i18n import error_text, install_translators
from ui.main_window import FIRST_SERVICES, MainWindow
from ui.pyside_setup import skip_pyside_source_scan
from ui.startup_probe import StartupProbe, probe_requested
from ui.tasks import TaskRunner

# Light on purpose: the main window shows before the services' modules (SQLAlchemy
# underneath) load; those come with the services (see run_window).
if TYPE_CHECKING:
    from desktop.app_services import AppServices
    from desktop.config import TerminalConfig

OpenedServices = tuple["AppServices", "TerminalConfig"]

__all__ = ["ErrorReporter", "make_application", "parse_size", "run_gui", "show_startup_error",
           "startup_error_box"]

log = logging.getLogger(__name__)

SCREENSHOT_SETTLE_MS = 300
SCREENSHOT_TIMEOUT_MS = 15_000
# The services start opening at the window's first paint, or after this at the latest.
FIRST_PAINT_WAIT_MS = 300
CJK_FAMILIES = ("Microsoft YaHei", "SimHei", "PingFang SC", "Noto Sans CJK SC",
                "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback")


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setApplicationName("LaifangDesk")
    app.setOrganizationName("Laifang")
    _choose_font(app)
    return app


def _choose_font(app: QApplication) -> None:
    # Prefer a real CJK face so Chinese never falls back to boxes.
    families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            font = QFont(family)
            font.setPointSize(11)
            app.setFont(font)
            return
    log.warning("no CJK font found among %s; Chinese may not render", CJK_FAMILIES)


def startup_error_box(error: BaseException, log_file: Path | None) -> QMessageBox:
    """The box that says why the program did not start (there is no window yet)."""
    box = QMessageBox()
    box.setWindowTitle(QCoreApplication.translate("Startup", "来访接待台无法启动"))
    if isinstance(error, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(error_text(error))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(QCoreApplication.translate(
            "Startup",
            "程序启动时遇到意外错误，没有打开窗口；已保存的内容不受影响。\n"
            "请重新启动；如果反复出现，请把日志文件交给管理员：\n{log}",
        ).format(log=str(log_file) if log_file else ""))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def show_startup_error(
    error: BaseException,
    language: str,
    log_file: Path | None,
    screenshot: Path | None = None,
    *,
    wait: bool | None = None,
) -> None:
    """Show why the program cannot start, modally (nothing else is open). With
    `screenshot` the box is rendered to that PNG instead of waiting for a click, so a
    headless run (tests, --screenshot) never blocks. `wait` (default: unless the
    platform is offscreen, where no one could close it) runs the box modally."""
    app = make_application(sys.argv[:1])
    translators = install_translators(app, language)
    try:
        box = startup_error_box(error, log_file)
        if screenshot is None:
            if wait if wait is not None else QApplication.platformName() != "offscreen":
                box.exec()
            return
        box.show()
        app.processEvents()
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not box.grab().save(str(screenshot), "PNG"):
            log.error("could not write screenshot %s", screenshot)
        box.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def grab_when_idle(widget: QWidget, tasks: TaskRunner, path: Path, done: Callable[[], None]
                   ) -> None:
    """Save `widget` as PNG once background loads have finished (or after a timeout)."""
    clock = QElapsedTimer()
    clock.start()

    def attempt() -> None:
        if tasks.pending and clock.elapsed() < SCREENSHOT_TIMEOUT_MS:
            QTimer.singleShot(50, attempt)
            return
        QTimer.singleShot(SCREENSHOT_SETTLE_MS, save)

    def save() -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not widget.grab().save(str(path), "PNG"):
            log.error("could not write screenshot %s", path)
        done()

    QTimer.singleShot(0, attempt)


def _interactive(screenshot: Path | None) -> bool:
    """A person started the program: no screenshot, a real screen."""
    return screenshot is None and QApplication.platformName() != "offscreen"


def parse_size(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def run_gui(
    services: AppServices,
    config: TerminalConfig,
    language: str,
    log_file: Path | None,
    screenshot: Path | None = None,
    view: str | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    """The main window (or, with view "board", the hall display board, full-screen)."""
    skip_pyside_source_scan()
    from ui.queue.board import BoardWindow, open_board_on_screen

    app = make_application(sys.argv[:1])
    translators = install_translators(app, language)
    window_ref: list[QWidget] = []
    reporter = ErrorReporter(log_file, lambda: window_ref[0] if window_ref else None)
    sys.excepthook = reporter.excepthook
    tasks = TaskRunner(reporter.report, parent=app)
    window: QWidget
    if view == "board":
        if screenshot is None and size is None:
            window = open_board_on_screen(services, tasks)
        else:
            window = BoardWindow(services, tasks)
    else:
        main_window = MainWindow(services, tasks, reporter, config)
        if view:
            main_window.select_view(view)
        main_window.accounts.start(interactive=_interactive(screenshot))
        window = main_window
    window_ref.append(window)
    if screenshot is not None:
        window.resize(*(size or (1366, 768)))
        window.show()
        grab_when_idle(window, tasks, screenshot, app.quit)
    elif size:
        window.resize(*size)
        window.show()
    elif view != "board":
        window.showMaximized()
    code = app.exec()
    tasks.wait_for_done()
    del translators
    return code


class _OnFirstPaint(QObject):
    """Calls `callback` once: at the first paint of `widget`, or at `fire()`."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # After this paint has been handled, not in the middle of it.
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def run_window(
    open_services: Callable[[], OpenedServices],
    start_failed: Callable[[BaseException], int],
    language: str,
    log_file: Path | None,
    screenshot: Path | None = None,
    view: str | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    """The main window, shown at once; `open_services` (checks, migration, services)
    runs on a worker meanwhile and the pages appear when it returns. When it fails the
    window goes and `start_failed` says why (as before the window existed); its return
    value is the exit code."""
    # The start makes a great many objects and next to no garbage (imports, the ORM's
    # mappers, the widgets): the cyclic collector would run dozens of times over them for
    # nothing (~15% of the time to ready). It is on again at `ready`, or when the start
    # ends otherwise.
    collecting = gc.isenabled()
    gc.disable()
    skip_pyside_source_scan()
    try:
        return _run_window(open_services, start_failed, language, log_file, screenshot,
                           view, size, collecting)
    finally:
        _collect_again(collecting)


def _collect_again(collecting: bool) -> None:
    if collecting:
        gc.enable()


def _run_window(
    open_services: Callable[[], OpenedServices],
    start_failed: Callable[[BaseException], int],
    language: str,
    log_file: Path | None,
    screenshot: Path | None,
    view: str | None,
    size: tuple[int, int] | None,
    collecting: bool,
) -> int:
    app = make_application(sys.argv[:1])
    translators = install_translators(app, language)
    window_ref: list[QWidget] = []
    reporter = ErrorReporter(log_file, lambda: window_ref[0] if window_ref else None)
    sys.excepthook = reporter.excepthook
    tasks = TaskRunner(reporter.report, parent=app)
    window = MainWindow.deferred(tasks, reporter)
    window.ready.connect(lambda: _collect_again(collecting))
    window_ref.append(window)
    probe = StartupProbe(window) if probe_requested() else None
    exit_code = [0]

    def opened(result: OpenedServices) -> None:
        services, config = result
        if probe is not None:
            window.ready.connect(probe.ready)
        # Only 取号 before `ready` unless another page is asked for (--view).
        window.attach_services(services, config, all_pages=bool(view))
        if view:
            window.select_view(view)
        # With accounts the login covers the window; on a new database a person (not a
        # screenshot, not a test) is offered the first administrator.
        window.accounts.start(interactive=_interactive(screenshot))
        if screenshot is not None:
            grab_when_idle(window, tasks, screenshot, app.quit)

    def failed(error: BaseException) -> None:
        window.hide()
        exit_code[0] = start_failed(error)
        app.quit()

    # The worker starts once the frame is painted: its imports would otherwise hold the
    # interpreter lock while the window is being drawn (and after at most a moment, for
    # a window the desktop never paints).
    def open_and_load() -> OpenedServices:
        services, config = open_services()
        # What the window and 取号 use before `ready`, made here on the worker (the other
        # services are made after `ready`; see MainWindow).
        services.load(*FIRST_SERVICES)
        return services, config

    start = _OnFirstPaint(window, lambda: tasks.run(open_and_load, opened, failed))
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, start.fire)
    if screenshot is not None:
        window.resize(*(size or (1366, 768)))
        window.show()
    elif size:
        window.resize(*size)
        window.show()
    else:
        window.showMaximized()
    code = app.exec()
    tasks.wait_for_done()
    del translators
    return exit_code[0] or code
