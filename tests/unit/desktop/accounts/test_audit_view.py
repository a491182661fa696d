from __future__ import annotations

from datetime import date

import pytest
from accounts_setup import PASSWORD, add_everyone, login_as
from openpyxl import load_workbook  # type: ignore[import-untyped]

from desktop.accounts.audit_view import AuditFilter, AuditFilterError
from desktop.accounts.login import LoginFailed
from desktop.accounts.roles import Role


def _setup(services, clock) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)  # 2026-11-27
    clock.advance(days=1)
    with pytest.raises(LoginFailed):
        services.login.login("clerk", "wrong-password")
    login_as(services, Role.ADMIN)
    services.settings.update({"handling_days": 45})
    services.login.logout()
    login_as(services, Role.SECTION_CHIEF)


def test_filters(services, clock) -> None:  # type: ignore[no-untyped-def]
    _setup(services, clock)
    log = services.audit_log
    everything = log.entries(AuditFilter())
    assert everything.total == len(everything.rows) and not everything.truncated
    assert everything.rows[0].action == "login" and everything.rows[0].actor == "kezhang"
    failed = log.entries(AuditFilter(action="login_failed"))
    assert [(r.actor, r.action_label, r.subject_id) for r in failed.rows] == [
        ("clerk", "登录失败", "clerk")]
    by_day = log.entries(AuditFilter(first_day=date(2026, 11, 28), last_day=date(2026, 11, 28)))
    assert {r.at.date() for r in by_day.rows} == {date(2026, 11, 28)}
    assert "user_created" not in {r.action for r in by_day.rows}
    assert {r.actor for r in log.entries(AuditFilter(user="admin")).rows} == {"admin"}
    assert [r.detail for r in log.entries(AuditFilter(subject="handling")).rows] == ["60 -> 45"]
    assert log.entries(AuditFilter(terminal="NOPE")).rows == ()
    assert log.entries(AuditFilter(subject="100%_")).rows == ()
    with pytest.raises(AuditFilterError, match="开始日期不能晚于结束日期"):
        log.entries(AuditFilter(first_day=date(2026, 12, 1), last_day=date(2026, 11, 1)))
    choices = log.choices()
    assert "kezhang" in choices.users and "FRONT-1" in choices.terminals
    assert "login_failed" in choices.actions


def test_export_csv_and_excel_is_audited(services, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _setup(services, clock)
    log = services.audit_log
    made = log.export(tmp_path / "log.csv", AuditFilter(action="setting_changed",
                                                        subject="handling_days"))
    text = made.path.read_text(encoding="utf-8-sig")
    assert made.kind == "csv" and made.rows == 1
    assert text.splitlines()[0] == "时间,终端,用户,操作,对象类型,对象,说明,序号"
    assert "修改设置" in text and "60 -> 45" in text and PASSWORD not in text
    book = log.export(tmp_path / "log.xlsx", AuditFilter())
    sheet = load_workbook(book.path).active
    assert sheet.cell(1, 1).value == "时间" and sheet.max_row == book.rows + 1
    exports = log.entries(AuditFilter(action="audit_export")).rows
    assert [(r.actor, r.subject_id) for r in exports] == [("kezhang", "xlsx"),
                                                          ("kezhang", "csv")]
    assert exports[1].detail == "1 rows; action=setting_changed; subject=handling_days"
    with pytest.raises(AuditFilterError, match=r"\.csv 或 \.xlsx"):
        log.export(tmp_path / "log.pdf", AuditFilter())
