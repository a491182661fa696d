"""系统设置 → 中心数据库: 测试连接 against the real PostgreSQL (in the background), clear
Chinese messages for an unreachable host, a missing database and a wrong password, saving
without the password in any file, and the page inside the settings dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.sync.central_config import CentralConfig, connection_problem
from desktop.sync.service import ConnectionCheck, SyncService
from ui.settings.dialog import SettingsDialog
from ui.sync.settings_page import CentralPage


def _page(qtbot, service: SyncService, tasks, idle) -> CentralPage:  # type: ignore[no-untyped-def]
    page = CentralPage(service, tasks)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.load()
    idle()
    return page


def _fill(page: CentralPage, config: CentralConfig, password: str = "") -> None:
    page.host_edit.setText(config.host)
    page.port_spin.setValue(config.port)
    page.database_edit.setText(config.database)
    page.user_edit.setText(config.user)
    page.schema_edit.setText(config.schema)
    page.password_edit.setText(password)


@pytest.mark.pg
def test_test_connection_against_the_real_centre(  # type: ignore[no-untyped-def]
        qtbot, sync_service, tasks, idle, central_config, central_db) -> None:
    page = _page(qtbot, sync_service, tasks, idle)
    assert page.setup is not None and page.setup.config is None
    assert "不写入任何文件" in page.password_note.text()  # no keyring on this machine
    _fill(page, central_config)
    page.test_button.click()
    assert page.result_label.text() == "正在连接中心数据库…"
    assert not page.test_button.isEnabled()
    idle()
    with central_db.connect() as connection:
        central_id = connection.exec_driver_sql("SELECT id FROM sync_central").scalar_one()
    text = page.result_label.text()
    assert text.startswith(f"连接成功：中心数据库 {central_config.where()}（编号 {central_id[:8]}")
    assert "本终端 FRONT-1 尚未向中心同步过，保存后开始同步" in text
    assert page.feedback.error_text() == ""
    page.grab().save(str(Path("/tmp/h19_central_page.png")))


@pytest.mark.pg
def test_unreachable_host_and_missing_database_say_what_is_wrong(  # type: ignore[no-untyped-def]
        qtbot, sync_service, tasks, idle, central_config) -> None:
    page = _page(qtbot, sync_service, tasks, idle)
    _fill(page, CentralConfig("127.0.0.1", 1, "laifang", "laifang_terminal"), "pw")
    page.test_button.click()
    idle()
    assert page.feedback.error_text() == (
        "无法连接中心数据库 127.0.0.1:1：服务器没有应答。请检查地址、端口、网络和防火墙")
    assert page.host_edit.property("invalid") is True
    assert "连接成功" not in page.result_label.text()
    _fill(page, CentralConfig(central_config.host, central_config.port, "no_such_db_h19",
                              central_config.user))
    page.test_button.click()
    idle()
    assert page.feedback.error_text() == "中心服务器上没有数据库 no_such_db_h19，请核对数据库名"
    assert page.database_edit.property("invalid") is True


def test_a_wrong_password_is_shown_at_the_password(  # type: ignore[no-untyped-def]
        qtbot, sync_service, tasks, idle, monkeypatch) -> None:
    class AuthFailed(Exception):
        sqlstate = "28P01"

    def refuse(config: CentralConfig, password: str | None) -> ConnectionCheck:
        raise connection_problem(AuthFailed("password authentication failed"), config)

    # The server on this machine trusts local connections: the refusal is the driver's.
    monkeypatch.setattr(sync_service, "test_connection", refuse)
    page = _page(qtbot, sync_service, tasks, idle)
    _fill(page, CentralConfig("db.example", 5432, "laifang", "terminal"), "wrong")
    page.test_button.click()
    idle()
    assert page.feedback.error_text() == (
        "用户名或密码不正确：中心数据库拒绝了用户 terminal 的登录，请核对后重试")
    assert page.password_edit.property("invalid") is True


def test_save_keeps_the_password_out_of_the_file_and_remove_forgets(  # type: ignore[no-untyped-def]
        qtbot, sync_service, tasks, idle, tmp_path) -> None:
    page = _page(qtbot, sync_service, tasks, idle)
    assert not page.remove_button.isEnabled()
    page.save_button.click()  # nothing filled in
    idle()
    assert page.feedback.error_text() == "请填写中心数据库的服务器地址（主机名或 IP）"
    _fill(page, CentralConfig("192.0.2.10", 6543, "laifang", "terminal", schema="s1"),
          "秘密-pass")
    page.sslmode_combo.setCurrentIndex(page.sslmode_combo.findData("verify-full"))
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save_button.click()
    idle()
    assert page.feedback.ok_label.text() == "已保存，本终端开始与中心数据库同步"
    raw = (tmp_path / "central.json").read_text(encoding="utf-8")
    assert json.loads(raw) == {"host": "192.0.2.10", "port": 6543, "database": "laifang",
                               "user": "terminal", "sslmode": "verify-full", "schema": "s1",
                               "uses_password": True}
    assert "秘密" not in raw
    assert page.password_edit.text() == ""
    assert page.password_edit.placeholderText() == "已保存；留空则不修改"
    assert page.remove_button.isEnabled()
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.remove_button.click()
    idle()
    assert not (tmp_path / "central.json").exists()
    assert not sync_service.status().configured


def test_a_url_from_the_environment_is_shown_not_edited(  # type: ignore[no-untyped-def]
        qtbot, services, tasks, idle, tmp_path) -> None:
    service = SyncService(services.sessions, services.workstation,
                          config_path=tmp_path / "central.json",
                          environ={"LAIFANG_CENTRAL_URL":
                                   "postgresql+psycopg://t@central.example:5433/laifang"
                                   "?sslmode=require"})
    page = _page(qtbot, service, tasks, idle)
    assert page.host_edit.text() == "central.example" and page.port_spin.value() == 5433
    assert page.sslmode_combo.currentData() == "require"
    assert not page.host_edit.isEnabled() and not page.save_button.isEnabled()
    assert page.test_button.isEnabled()
    assert "LAIFANG_CENTRAL_URL" in page.password_note.text()


def test_the_settings_dialog_has_the_page(  # type: ignore[no-untyped-def]
        qtbot, services, sync_service, tasks, idle) -> None:
    page = CentralPage(sync_service, tasks)
    dialog = SettingsDialog(services.settings, services.reference, services.windows, tasks,
                            extra_pages=((page, "中心数据库"),))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[-1] == "中心数据库"
    dialog.load()
    idle()
    assert page.setup is not None and page.setup.terminal_code == "FRONT-1"
