"""Login over the window at start, lock (Ctrl+L) and unlock, 切换用户, idle lock."""

from __future__ import annotations

import pytest
from accounts_setup import PASSWORD, add_everyone
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.config import TerminalConfig
from ui.accounts.login_panel import Mode
from ui.app import ErrorReporter
from ui.main_window import MainWindow

PNG = "/tmp/h11/png"


@pytest.fixture
def window(qtbot, services, tasks, idle):  # type: ignore[no-untyped-def]
    add_everyone(services)
    win = MainWindow(services, tasks, ErrorReporter(None, lambda: None),
                     TerminalConfig(auto_print_ticket=False))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.accounts.start(interactive=False)
    idle()
    return win


def _log_in(qtbot, idle, panel, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    if panel.username_edit.isVisible():
        panel.username_edit.setText(username)
    panel.password_edit.setText(password)
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    idle()


def test_login_covers_the_window_until_a_user_logs_in(qtbot, window, services, idle) -> None:  # type: ignore[no-untyped-def]
    screen = window.accounts.lock_screen
    assert screen.isVisible() and screen.panel.mode is Mode.LOGIN
    assert screen.geometry() == window.rect()
    assert window.operator_label.text() == "未登录"
    window.grab().save(f"{PNG}/login.png")
    _log_in(qtbot, idle, screen.panel, "clerk", "wrong-password")
    assert screen.isVisible()
    assert screen.panel.error_label.text() == "用户名或密码不正确，请重新输入"
    assert screen.panel.password_edit.text() == ""
    _log_in(qtbot, idle, screen.panel, "clerk", PASSWORD)
    assert not screen.isVisible()
    assert services.workstation.operator == "clerk"
    assert window.operator_label.text() == "操作员 接谈员丙"


def test_lock_and_unlock_keep_the_page(qtbot, window, services, idle) -> None:  # type: ignore[no-untyped-def]
    screen = window.accounts.lock_screen
    _log_in(qtbot, idle, screen.panel, "clerk", PASSWORD)
    window.select_view("queue")
    window.accounts.lock()
    idle()
    assert screen.isVisible() and screen.panel.mode is Mode.UNLOCK
    assert not screen.panel.username_edit.isVisible()
    assert "接谈员丙 锁定了本终端" in screen.panel.hint.text()
    assert services.login.current() is None
    assert not window.tabs.isEnabled()
    enquiry = next(a for a in window.menuBar().actions()[0].menu().actions()
                   if a.text() == "进度查询…")
    assert not enquiry.isEnabled()  # Ctrl+F does nothing behind the lock
    window.grab().save(f"{PNG}/lock.png")
    _log_in(qtbot, idle, screen.panel, "", PASSWORD)
    assert not screen.isVisible()
    assert window.tabs.isEnabled() and enquiry.isEnabled()
    assert window.current_view() == "queue"
    assert services.workstation.operator == "clerk"


def test_ctrl_l_locks_and_switch_user_takes_over(qtbot, window, services, idle) -> None:  # type: ignore[no-untyped-def]
    screen = window.accounts.lock_screen
    _log_in(qtbot, idle, screen.panel, "clerk", PASSWORD)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    idle()
    assert screen.isVisible() and services.login.locked_by().username == "clerk"
    screen.panel.switch_button.click()
    assert screen.panel.mode is Mode.SWITCH and screen.panel.username_edit.isVisible()
    _log_in(qtbot, idle, screen.panel, "kezhang", PASSWORD)
    assert not screen.isVisible()
    assert services.workstation.operator == "kezhang"
    assert window.operator_label.text() == "操作员 科长丁"


def test_idle_time_locks(qtbot, window, services, idle) -> None:  # type: ignore[no-untyped-def]
    screen = window.accounts.lock_screen
    _log_in(qtbot, idle, screen.panel, "clerk", PASSWORD)
    timer = window.accounts.idle.timer
    assert timer.isActive() and timer.interval() == 10 * 60_000
    timer.setInterval(50)
    timer.start()
    qtbot.waitUntil(screen.isVisible, timeout=2000)
    idle()
    assert services.login.current() is None
