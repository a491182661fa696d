"""统计 page: a month's figures in the tables and charts, double-click → the visits behind a
figure, the report exported in the background."""

from __future__ import annotations

from datetime import UTC, date, datetime

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from report_setup import UNIT_RSJ, fill_october

from desktop.reports import figures as f
from desktop.reports.periods import PeriodKind
from ui.reports.statistics_page import StatisticsPage


def _page(qtbot, services, tasks, clock):  # type: ignore[no-untyped-def]
    clock.now = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)
    fill_october(services.sessions)
    page = StatisticsPage(services, tasks)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.set_period(PeriodKind.MONTH, date(2026, 10, 17))
    page.show()  # the first look computes the period
    return page


def _cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_month_figures_and_drill_down(qtbot, services, tasks, idle, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, tasks, clock)
    assert page.period() == (date(2026, 10, 1), date(2026, 10, 31))
    assert not page.last_edit.isVisible()
    idle()
    assert page.figures is not None and page.figures.totals.visits == 5
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    idle()
    assert page.figures is not None and page.figures.totals.visits == 5
    assert _cells(page.summary_table, 0) == ["来访批次", "5", "1"]
    assert _cells(page.summary_table, 2) == ["来访人数", "11", "4"]
    units = page.count_tables[f.BY_UNIT]
    assert _cells(units, 0)[0] in (UNIT_RSJ, "海口市住房和城乡建设局")
    assert _cells(units, units.rowCount() - 1) == ["合计", "2", "2", "7"]
    assert _cells(page.time_tables[f.WAIT_WINDOW], 0) == ["1号窗口", "3", "10.0", "30.0"]
    assert _cells(page.deadline_table, 3) == ["超期未答复", "1"]
    page.grab().save(str(tmp_path / "statistics.png"))

    # Double-click the 集体访 row: the one group visit, masked.
    table = page.summary_table
    rect = table.visualItemRect(table.item(3, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle()
    dialog = page.rows_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert [line.ticket_number for line in dialog.lines] == ["B1001"]
    assert dialog.table.item(0, 3).text() == "李*"
    dialog.export_to(str(tmp_path / "group.xlsx"))
    idle()
    assert dialog.last_export is not None and dialog.last_export.rows == 1
    dialog.grab().save(str(tmp_path / "rows.png"))
    dialog.close()

    page.export_to(str(tmp_path / "month.xlsx"))
    idle()
    assert page.last_export is not None
    assert load_workbook(tmp_path / "month.xlsx")["概况"]["B2"].value == 5


def test_range_period_and_a_wrong_range(qtbot, services, tasks, idle, clock) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, tasks, clock)
    idle()
    page.set_period(PeriodKind.RANGE, date(2026, 10, 8), date(2026, 10, 15))
    assert page.last_edit.isVisible()
    page.refresh()
    idle()
    assert page.figures is not None and page.figures.totals.visits == 3
    heat = page.heat_map
    assert heat._grid[3][9] == 1  # Thursday 09:00
    with qtbot.waitSignal(heat.picked) as picked:
        qtbot.mouseDClick(heat, Qt.MouseButton.LeftButton,
                          pos=heat.cell_rect(3, heat._hours.index(9)).center().toPoint())
    assert picked.args == [f.HOUR, "3-9"]
    page.set_period(PeriodKind.RANGE, date(2026, 10, 15), date(2026, 10, 8))
    page.refresh()
    idle()
    assert "结束日期" in page.errors.text()
