from __future__ import annotations

from accounts_setup import PASSWORD, add_everyone, login_as

from desktop.accounts.roles import Role


def test_administrator_adds_and_disables_users(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    from ui.accounts.users_dialog import UsersDialog

    add_everyone(services)
    login_as(services, Role.ADMIN)
    dialog = UsersDialog(services.users, tasks)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    dialog.load()
    idle()
    assert dialog.table.rowCount() == 5
    assert dialog.idle_spin.value() == 10
    dialog.username_edit.setText("wangwu")
    dialog.display_name_edit.setText("王五")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.FRONT_DESK))
    dialog.password_edit.setText("x")
    dialog.save_button.click()
    idle()
    assert "至少需要 8 个字符" in dialog.error_label.text()
    dialog.password_edit.setText(PASSWORD)
    dialog.save_button.click()
    idle()
    assert dialog.status_label.text() == "已添加用户 wangwu"
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "wangwu" in names
    row = names.index("wangwu")
    assert dialog.table.item(row, 2).text() == "前台"
    dialog.table.selectRow(row)
    dialog.active_button.click()
    idle()
    assert dialog.status_label.text() == "已停用 wangwu"
    dialog.grab().save("/tmp/h11/png/users.png")
    assert [v.active for v in services.users.list_users() if v.username == "wangwu"] == [False]


def test_a_clerk_is_refused(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    from ui.accounts.users_dialog import UsersDialog

    add_everyone(services)
    login_as(services, Role.CLERK)
    dialog = UsersDialog(services.users, tasks)
    qtbot.addWidget(dialog)
    dialog.load()
    idle()
    assert dialog.table.rowCount() == 0
    assert "无权管理用户" in dialog.error_label.text()
