"""期限监控 view: the table with overdue red and due-soon amber, the step and unit filters,
a double click asking for the case, and the export through the (patched) file dialog."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select
from watch_cases import UNITS, standard_cases

from db.models import AuditEntry
from desktop.domain import StepKind
from ui.cases.deadline_watch_view import DeadlineWatchDialog


@pytest.fixture
def cases(services, clock):  # type: ignore[no-untyped-def]
    return standard_cases(services, clock)


@pytest.fixture
def view(qtbot, services, tasks, cases, keyboard, idle):  # type: ignore[no-untyped-def]
    widget = DeadlineWatchDialog(services.deadline_watch, tasks)
    qtbot.addWidget(widget)
    keyboard.show_active(widget, 1366, 768)
    widget.refresh()
    idle()
    return widget


def column(view: DeadlineWatchDialog, index: int) -> list[str]:
    return [view.table.item(row, index).text() for row in range(view.table.rowCount())]


def test_shows_overdue_first_with_colours(view, cases, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert view.table.rowCount() == 3
    assert column(view, 1) == ["王**", "赵*", "（匿名）"]
    assert column(view, 4) == [UNITS["HK-RSJ"], "本机关", UNITS["HK-ZJJ"]]
    assert column(view, 5) == ["2026-11-25", "2026-11-30", "2026-12-01"]
    assert column(view, 6) == ["超期 2 天", "3", "4"]
    assert column(view, 7) == ["-2", "1", "2"]
    assert [view.row_colour(row) for row in range(3)] == ["overdue", "soon", ""]
    text = view.counts_label.text()
    assert "截至 2026-11-27" in text and "3 件" in text and "超期 1 件" in text
    assert "转送/交办 2" in view.breakdown_label.text()
    assert "王小明" not in text
    if os.environ.get("LAIFANG_SHOT_DIR"):
        view.grab().save(str(Path(os.environ["LAIFANG_SHOT_DIR"]) / "deadline_watch.png"))


def test_days_and_filters(view, qtbot, idle, cases) -> None:  # type: ignore[no-untyped-def]
    view.days_spin.setValue(10)
    idle()
    assert view.table.rowCount() == 4
    assert column(view, 5)[-1] == "2026-12-07"

    steps = [view.step_combo.itemText(i) for i in range(view.step_combo.count())]
    assert steps == ["全部", "转送/交办（3）", "受理（1）"]
    view.step_combo.setCurrentIndex(view.step_combo.findData(StepKind.TRANSFERRED.value))
    view.step_combo.activated.emit(view.step_combo.currentIndex())
    idle()
    assert view.step_filter() is StepKind.TRANSFERRED
    assert column(view, 3) == ["转送/交办"] * 3

    view.select_unit(UNITS["HK-ZJJ"])
    idle()
    assert column(view, 0) == [view.report.rows[0].case_number]
    assert column(view, 1) == ["（匿名）"]
    # The unit list keeps the whole window's counts and the chosen unit.
    units = [view.unit_combo.itemText(i) for i in range(view.unit_combo.count())]
    assert units[0] == "全部" and f"{UNITS['HK-ZJJ']}（1）" in units and "本机关（1）" in units
    assert view.unit_combo.currentData() == UNITS["HK-ZJJ"]

    view.select_step(None)
    view.select_unit("")
    idle()
    assert column(view, 1) == ["赵*"]

    view.overdue_check.setChecked(False)
    view.select_unit(None)
    idle()
    assert "王**" not in column(view, 1)


def test_double_click_asks_for_the_case(view, qtbot, cases) -> None:  # type: ignore[no-untyped-def]
    where = view.table.visualRect(view.table.model().index(1, 4)).center()
    viewport = view.table.viewport()
    with qtbot.waitSignal(view.case_requested, timeout=2000) as asked:
        # A person's double click: press and release, then the double click.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert asked.args == [cases["soon"]]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_export_through_the_file_dialog(view, qtbot, idle, services, tmp_path, kind,  # type: ignore[no-untyped-def]
                                        monkeypatch) -> None:
    import ui.cases.deadline_watch_view as module

    made: list[object] = []
    real = module.save_file_dialog

    def patched(*args):  # type: ignore[no-untyped-def]
        dialog = real(*args)
        made.append(args)
        return dialog

    monkeypatch.setattr(module, "save_file_dialog", patched)
    view.select_unit(UNITS["HK-RSJ"])
    idle()
    button = view.excel_button if kind == "xlsx" else view.pdf_button
    button.click()
    dialog = view.save_dialog
    assert dialog is not None and dialog.isVisible()
    [args] = made
    assert args[2] == f"期限监控-2026-11-27.{kind}"
    target = tmp_path / f"watch.{kind}"
    dialog.fileSelected.emit(str(target))
    dialog.reject()
    idle()

    # The unit's one case on screen is 检举控告: a list for that unit leaves it out.
    assert view.last_export is not None and view.last_export.rows == 0
    assert view.last_export.left_out == 1
    assert "已导出 0 件" in view.status_label.text()
    assert "1 件检举控告事项未导出" in view.status_label.text()
    if kind == "xlsx":
        rows = list(load_workbook(target).active.iter_rows(values_only=True))
        assert [row[1] for row in rows[1:]] == []
    else:
        text = PdfReader(target).pages[0].extract_text()
        assert "信访事项期限监控（截至 2026-11-27）" in text and "王**" not in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".watch")] == []
    with services.sessions() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "export"))
    assert entry.detail.startswith(kind)


def test_export_failure_is_shown(view, idle, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view.export_to(str(tmp_path / "missing" / "watch.pdf"))
    idle()
    assert view.last_export is None
    assert "文件夹不存在" in view.error_label.text()


# The offscreen platform cannot raise a window that is already shown.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_menu_opens_it_and_a_double_click_shows_the_case(qtbot, services, tasks, idle,  # type: ignore[no-untyped-def]
                                                          cases, tmp_path) -> None:
    from desktop.config import TerminalConfig
    from ui.app import ErrorReporter
    from ui.main_window import MainWindow
    from ui.widgets import STYLE_SHEET

    win = MainWindow(services, tasks, ErrorReporter(None, lambda: None),
                     TerminalConfig(auto_print_ticket=False))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    idle()
    [action] = [a for a in win.menuBar().actions()[0].menu().actions()
                if a.text() == "期限监控…"]
    action.trigger()
    idle()
    dialog = win.deadline_watch_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.styleSheet() == "" and win.styleSheet() == STYLE_SHEET  # inherited
    assert dialog.table.rowCount() == 3
    assert win.open_deadline_watch() is dialog  # once only

    dialog.case_requested.emit(cases["overdue"])
    idle()
    timelines = getattr(win, "timelines", None)
    if timelines is not None:  # 办理流程 (ui/cases/case_timeline.py)
        shown = timelines.dialog
        assert shown is not None and shown.isVisible()
        assert shown.detail is not None
        assert shown.detail.case_number == dialog.report.rows[0].case_number
    else:  # the case read-only in the visit dialog
        shown = win.registration_form.earlier_dialog
        assert shown is not None and shown.isVisible()
        assert shown.detail.visit_id == cases["overdue"]
    shown.close()
    if os.environ.get("LAIFANG_SHOT_DIR"):
        dialog.resize(1366, 768)
        dialog.grab().save(str(Path(os.environ["LAIFANG_SHOT_DIR"]) / "deadline_watch_styled.png"))
