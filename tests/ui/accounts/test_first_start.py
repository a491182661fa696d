from __future__ import annotations

from desktop.config import TerminalConfig
from ui.app import ErrorReporter
from ui.main_window import MainWindow


def test_wizard_creates_the_administrator_and_logs_in(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, tasks, ErrorReporter(None, lambda: None),
                        TerminalConfig(auto_print_ticket=False))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    idle()
    window.accounts.start(interactive=False)
    assert window.accounts.wizard is None  # tests and screenshots are never asked
    wizard = window.accounts.offer_first_start()
    qtbot.waitExposed(wizard)
    wizard.username_edit.setText("Admin")
    wizard.display_name_edit.setText("管理员甲")
    wizard.password_edit.setText("Admin-pass-1")
    wizard.confirm_edit.setText("Admin-pass-2")
    wizard.grab().save("/tmp/h11/png/first_start.png")
    wizard.create_button.click()
    assert wizard.error_label.text() == "两次输入的密码不一致，请重新输入"
    wizard.confirm_edit.setText("Admin-pass-1")
    wizard.password_edit.setText("short")
    wizard.confirm_edit.setText("short")
    wizard.create_button.click()
    idle()
    assert "至少需要 8 个字符" in wizard.error_label.text()
    assert not services.users.has_users()
    wizard.password_edit.setText("Admin-pass-1")
    wizard.confirm_edit.setText("Admin-pass-1")
    wizard.create_button.click()
    idle()
    assert not wizard.isVisible()
    assert services.workstation.operator == "admin"
    assert window.operator_label.text() == "操作员 管理员甲"
    assert [v.username for v in services.users.list_users()] == ["admin"]


def test_skipping_runs_without_login(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, tasks, ErrorReporter(None, lambda: None),
                        TerminalConfig(auto_print_ticket=False))
    qtbot.addWidget(window)
    idle()
    wizard = window.accounts.offer_first_start()
    wizard.skip_button.click()
    assert not wizard.isVisible()
    assert services.workstation.operator == "测试前台"
    assert not window.accounts.lock_screen.isVisible()
