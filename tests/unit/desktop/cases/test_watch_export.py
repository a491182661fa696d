"""期限监控 as files: the Excel sheet read back with openpyxl, the PDF's text with pypdf."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from watch_cases import UNITS, standard_cases, transferred

from desktop.cases.watch_export import HEADERS, to_pdf, to_xlsx
from desktop.domain import StepKind


@pytest.fixture
def cases(services, clock):  # type: ignore[no-untyped-def]
    return standard_cases(services, clock)


def test_excel_has_the_header_frozen_and_real_dates(services, cases, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "watch.xlsx"
    services.deadline_watch.export(out, within_days=10)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:8] == ("信访件编号", "来访人", "分类", "当前环节", "承办单位", "期限",
                           "剩余天数", "状态")
    assert rows[0] == HEADERS
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["E"].width >= 25  # unit names are long
    assert len(rows) == 5
    overdue = rows[1]
    assert overdue[1:5] == ("王**", "检举控告", "转送/交办", UNITS["HK-RSJ"])
    assert overdue[0].startswith("XF")
    # A real date (openpyxl reads it back as a datetime), shown as a date.
    assert overdue[5] == datetime(2026, 11, 25)
    assert sheet["F2"].number_format == "yyyy-mm-dd"
    assert sheet["F2"].is_date
    assert overdue[6:] == (-2, "受理审查中", -2)
    assert rows[2][1:5] == ("赵*", "建议意见", "受理", "本机关")
    assert rows[3][1] == "（匿名）"
    assert [row[6] for row in rows[1:]] == [-2, 3, 4, 10]
    # Overdue red, due within three days amber, the rest plain.
    assert sheet["A2"].fill.fgColor.rgb.endswith("FADBD8")
    assert sheet["A3"].fill.fgColor.rgb.endswith("FCEBC4")
    assert sheet["A4"].fill.fill_type is None


def test_excel_marks_an_estimated_deadline(services, clock) -> None:  # type: ignore[no-untyped-def]
    from watch_cases import set_day

    transferred(services, clock, date(2026, 12, 30), "孙三", 31)
    set_day(clock, date(2027, 1, 10))
    report = services.deadline_watch.watch()
    if not report.rows[0].estimated:
        pytest.skip("the calendar package already knows 2027")
    sheet = load_workbook(io.BytesIO(to_xlsx(report))).active
    assert sheet["H2"].value == "受理审查中（期限按周末估算）"


def test_pdf_is_a4_landscape_with_title_rows_and_page_numbers(services, cases, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "watch.pdf"
    made = services.deadline_watch.export(out, within_days=10, step=StepKind.TRANSFERRED)
    assert made.kind == "pdf" and made.rows == 3
    reader = PdfReader(out)
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "信访事项期限监控（截至 2026-11-27）" in text
    assert "共 3 件，其中超期 1 件" in text
    assert "环节：转送/交办" in text
    for expected in ("王**", UNITS["HK-RSJ"], "2026-11-25", "超期 2 天", "2026-12-07",
                     "受理审查中", "第 1 页 / 共 1 页", "按承办单位"):
        assert expected in text, expected
    assert "赵*" not in text  # accepted here: filtered out by the step


def test_pdf_of_many_rows_numbers_every_page(services, cases) -> None:  # type: ignore[no-untyped-def]
    report = services.deadline_watch.watch(within_days=10)
    many = type(report)(**{**report.__dict__, "rows": report.rows * 30})
    reader = PdfReader(io.BytesIO(to_pdf(many)))
    total = len(reader.pages)
    assert total >= 3
    assert f"第 {total} 页 / 共 {total} 页" in reader.pages[-1].extract_text()
    assert "信访件编号" in reader.pages[1].extract_text()  # the header repeats


def test_pdf_of_an_empty_watch_says_so(services) -> None:  # type: ignore[no-untyped-def]
    report = services.deadline_watch.watch()
    text = PdfReader(io.BytesIO(to_pdf(report))).pages[0].extract_text()
    assert "没有符合条件的信访事项" in text
    assert "共 0 件" in text
