from __future__ import annotations

import gc
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from ui.app import ErrorReporter, parse_size


def test_user_errors_are_shown_as_they_are(qapp) -> None:  # type: ignore[no-untyped-def]
    reporter = ErrorReporter(Path("/var/log/laifang.log"), lambda: None)
    error = UserError(QT_TRANSLATE_NOOP("Errors", "请填写姓名"))
    assert reporter.message_for(error) == "请填写姓名"


def test_unexpected_errors_say_where_the_log_is_and_show_no_traceback(qapp) -> None:  # type: ignore[no-untyped-def]
    reporter = ErrorReporter(Path("/var/log/laifang.log"), lambda: None)
    text = reporter.message_for(KeyError("visit_id"))
    assert "/var/log/laifang.log" in text
    assert "意外错误" in text
    assert "Traceback" not in text and "KeyError" not in text


def test_parse_size() -> None:
    assert parse_size("1920x1080") == (1920, 1080)
    assert parse_size(None) is None


# ------------------------------------------------------------------ start-up errors


def test_startup_error_box_says_what_is_wrong(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.storage.startup import NEWER_REVISION, StartupError
    from ui.app import startup_error_box

    box = startup_error_box(StartupError(NEWER_REVISION, revision="0099"), None)
    assert "0099" in box.text() and "请安装新版本" in box.text()
    assert box.windowTitle() == "来访接待台无法启动"
    box.deleteLater()


def test_unexpected_startup_error_box_points_to_the_log(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.app import startup_error_box

    box = startup_error_box(KeyError("visit_id"), Path("/var/log/laifang.log"))
    assert "/var/log/laifang.log" in box.text() and "意外错误" in box.text()
    assert "KeyError" not in box.text()
    box.deleteLater()


def test_startup_error_dialog_is_modal_and_closes(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.storage.startup import DB_FOLDER_MISSING, StartupError
    from ui.app import show_startup_error

    seen: list[str] = []

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close_it)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(20, close_it)
    show_startup_error(StartupError(DB_FOLDER_MISSING, folder="/nowhere"), "zh", None,
                       wait=True)
    assert seen and "/nowhere" in seen[0]


def test_startup_error_dialog_with_screenshot_does_not_wait(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.storage.startup import DB_FOLDER_MISSING, StartupError
    from ui.app import show_startup_error

    shot = tmp_path / "box.png"
    show_startup_error(StartupError(DB_FOLDER_MISSING, folder="/nowhere"), "zh", None, shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_unexpected_error_at_window_start_shows_a_dialog(
    qapp, tmp_path: Path, monkeypatch, expected_errors: list[str]  # type: ignore[no-untyped-def]
) -> None:
    import desktop.app
    import main

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(desktop.app, "open_services", broken)
    expected_errors.append("start-up failed")
    shot = tmp_path / "box.png"
    umask = os.umask(0o022)
    os.umask(umask)
    handlers = list(logging.getLogger().handlers)
    try:
        code = main.main(["--db", f"sqlite:///{tmp_path / 'a.db'}", "--screenshot", str(shot)])
    finally:
        os.umask(umask)  # main() sets its own; the test process keeps its own
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert code == 1
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ------------------------------------------------------------------ what the window gets


def test_the_window_gets_services_never_the_engine_or_sessions(
    qapp, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    import main
    import ui.app
    from desktop.app_services import SERVICE_NAMES, AppServices

    # What the UI is typed against has no database handle to misuse.
    names = {name for name in dir(AppServices) if not name.startswith("_")}
    assert not names & {"engine", "sessions"}
    assert set(SERVICE_NAMES) <= names
    returned = [getattr(AppServices, name).fget.__annotations__["return"]
                for name in SERVICE_NAMES]
    assert "TicketService" in returned
    assert not any(word in kind for kind in returned
                   for word in ("Engine", "sessionmaker", "Session"))

    given: list[object] = []

    def fake_run_window(open_services: Callable[[], tuple[object, object]],
                        *_args: object, **_kwargs: object) -> int:
        # The window opens the services in the background with this call.
        given.append(open_services()[0])
        return 0

    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(ui.app, "run_window", fake_run_window)
    umask = os.umask(0o022)
    os.umask(umask)
    handlers = list(logging.getLogger().handlers)
    try:
        code = main.main(["--db", f"sqlite:///{tmp_path / 'a.db'}"])
    finally:
        os.umask(umask)
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert code == 0
    [services] = given
    assert type(services) is AppServices
    assert not hasattr(services, "engine") and not hasattr(services, "sessions")
    assert services.backups.enabled  # the local file is backed up, no engine needed


# ------------------------------------------------------------------ deferred start


def test_main_window_path_imports_no_database_code() -> None:
    """Everything the main thread imports before the window shows (the command line's
    parser included) stays clear of SQLAlchemy, Alembic, ReportLab and argon2 (they load
    on the worker meanwhile)."""
    root = Path(__file__).resolve().parents[2]
    script = ("import sys, main, ui.app, ui.main_window\n"
              "main.build_parser().parse_args([])\n"
              "print(sorted({m.split('.')[0] for m in sys.modules} & "
              "{'sqlalchemy', 'alembic', 'reportlab', 'qrcode', 'argon2'}))")
    result = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                            text=True, timeout=120, check=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.stdout.strip() == "[]"


def test_window_shows_before_the_services_open(
    qapp, services, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """run_window shows the frame and tabs while the services are still opening, then
    fills in the pages, says `ready` with the cursor in 证件号码, and exits."""
    from PySide6.QtWidgets import QApplication

    import ui.app
    from desktop.config import TerminalConfig
    from ui.main_window import MainWindow

    release = threading.Event()
    seen: dict[str, object] = {}

    def open_services() -> tuple[object, TerminalConfig]:
        assert release.wait(30)
        return services.ui_services(), TerminalConfig(auto_print_ticket=False)

    def look_while_opening() -> None:
        [window] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible()]
        seen["shown"] = window.isVisible()
        seen["collecting_while_opening"] = gc.isenabled()
        seen["tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        seen["pages"] = window.view_names()
        seen["window"] = window
        window.ready.connect(lambda: seen.update(
            ready=True, collecting_at_ready=gc.isenabled(),
            made_at_ready=window.services.loaded(),
            focus=window.ticket_form.id_edit.hasFocus()
            or QApplication.focusWidget() is window.ticket_form.id_edit,
            pages_at_ready=window.view_names(),
            tabs_at_ready=[window.tabs.tabText(i) for i in range(window.tabs.count())]))
        release.set()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, look_while_opening)
    shot = tmp_path / "window.png"
    code = ui.app.run_window(open_services, lambda error: 2, "zh", None, shot)
    release.set()
    assert code == 0
    assert seen["shown"] is True
    # The cyclic collector is off while the start makes its objects, on from `ready`.
    assert seen["collecting_while_opening"] is False
    assert seen["collecting_at_ready"] is True and gc.isenabled()
    assert seen["tabs"] == ["取号", "排队", "接谈登记", "叫号"]
    assert seen["pages"] == ()  # nothing over the services yet
    assert seen.get("ready") is True and seen.get("focus") is True
    # Before ready only the services the worker made for the window exist (none is made,
    # its module imported, on the GUI thread); the rest come after ready.
    from ui.main_window import FIRST_SERVICES

    assert "tickets" in seen["made_at_ready"]
    assert seen["made_at_ready"] <= set(FIRST_SERVICES)
    # A card swipe needs only 取号: the other pages are built right after `ready`.
    assert seen["pages_at_ready"] == ("ticket",)
    assert seen["tabs_at_ready"] == ["取号", "排队", "接谈登记", "叫号"]
    window = seen["window"]
    assert isinstance(window, MainWindow)
    assert window.view_names() == ("ticket", "queue", "registration", "calling",
                                   "reception", "reception_day", "statistics")
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "取号", "排队", "接谈登记", "叫号", "领导接访", "接访当日", "统计"]
    assert all(window.tabs.isTabEnabled(i) for i in range(window.tabs.count()))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_failure_while_the_services_open_ends_the_start(
    qapp, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from desktop.storage.startup import NEWER_REVISION, StartupError
    from ui.app import run_window

    failures: list[BaseException] = []

    def open_services() -> tuple[object, object]:
        raise StartupError(NEWER_REVISION, revision="0099")

    def start_failed(error: BaseException) -> int:
        failures.append(error)
        return 2

    code = run_window(open_services, start_failed, "zh", None, tmp_path / "never.png")
    assert code == 2
    assert [type(error) for error in failures] == [StartupError]
    assert not (tmp_path / "never.png").exists()
