from __future__ import annotations

from datetime import date

from accounts_setup import add_everyone, login_as

from desktop.accounts.roles import Role


def test_chief_filters_verifies_and_exports(qtbot, services, tasks, idle, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.accounts.audit_viewer import AuditViewerDialog

    add_everyone(services)
    login_as(services, Role.SECTION_CHIEF)
    dialog = AuditViewerDialog(services.audit_log, tasks, date(2026, 11, 27))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    dialog.start()
    idle()
    assert dialog.table.rowCount() > 5
    assert dialog.table.item(0, 3).text() == "登录"
    assert dialog.table.item(0, 2).text() == "kezhang"
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("user_created"))
    dialog.refresh()
    idle()
    assert dialog.table.rowCount() == 5
    assert dialog.count_label.text() == "共 5 条"
    dialog.grab().save("/tmp/h11/png/audit.png")
    dialog.verify()
    idle()
    assert dialog.count_label.text().startswith("审计日志完整")
    dialog.export_to(str(tmp_path / "log.csv"))
    idle()
    assert (tmp_path / "log.csv").read_text(encoding="utf-8-sig").count("新建用户") == 5
    assert services.audit_log.entries(
        type(dialog.criteria())(action="audit_export")).total == 1
