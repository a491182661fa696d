"""Start-up housekeeping: once the main window's first loads are in, cases saved before
the official calendar are counted by it in the background; the settings dialog offers
承办单位 and 法定节假日."""

from __future__ import annotations

from datetime import date

import pytest
from old_cases import old_case

from db.models import Visit
from desktop.config import TerminalConfig
from desktop.domain import CaseStatus, Route
from ui.app import ErrorReporter
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_old_cases_are_counted_after_start_and_the_admin_pages_are_there(  # type: ignore[no-untyped-def]
    qtbot, services, tasks, idle
) -> None:
    case = old_case(services, Route.TRANSFERRED, date(2026, 11, 27), CaseStatus.ACCEPTED, 21)
    calls: list[int] = []
    real = services.calendar_admin.recount_uncounted

    def counted() -> int:
        calls.append(1)
        return real()

    services.calendar_admin.recount_uncounted = counted  # type: ignore[method-assign]
    reporter = ErrorReporter(None, lambda: None)
    window = MainWindow(services, tasks, reporter, TerminalConfig(auto_print_ticket=False))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    idle()
    assert calls == [1]
    with services.sessions() as session:
        visit = session.get(Visit, case)
        assert visit.deadline_calendar is not None
        assert (visit.case_status, visit.accept_notice_due) == ("reviewing", date(2026, 12, 14))

    dialog = window.open_settings()
    idle()
    titles = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    assert titles[-3:] == ["承办单位", "法定节假日", "中心数据库"]
    assert dialog.units_page is not None and dialog.units_page.table.rowCount() > 0
    assert dialog.calendar_page is not None and dialog.calendar_page.grid.year() is not None
    dialog.close()
    idle()
    assert calls == [1]  # once per start
