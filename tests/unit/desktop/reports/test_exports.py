"""Report files: Excel read back with openpyxl, the PDF's text with pypdf, the visit list
as CSV; masked, no respondent, audited; the same numbers as the figures."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from report_setup import RESPONDENT, UNIT_RSJ, fill_october
from sqlalchemy import select

from db.models import AuditEntry
from desktop.reports import figures as f
from desktop.reports.exports import ExportNameError
from desktop.reports.periods import PeriodKind

OCT = (date(2026, 10, 1), date(2026, 10, 31))


@pytest.fixture
def october(services, clock):  # type: ignore[no-untyped-def]
    clock.now = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)
    fill_october(services.sessions)
    return services


def _audit(services) -> list[tuple[str, str, str, str | None]]:  # type: ignore[no-untyped-def]
    with services.sessions.begin() as session:
        return [(e.action, e.subject_type, e.subject_id, e.detail) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.seq))]


def test_monthly_excel_has_a_sheet_per_table_with_totals(october, tmp_path) -> None:  # type: ignore[no-untyped-def]
    made = october.statistics.export_report(tmp_path / "月报.xlsx", *OCT, PeriodKind.MONTH)
    assert (made.kind, made.rows) == ("xlsx", 5)
    book = load_workbook(made.path)
    assert book.sheetnames[:7] == ["概况", "内容分类", "问题属地", "办理方式", "转送单位",
                                   "三分类", "信访目的"]
    assert {"每日来访", "时段分布", "等候时间（按窗口）", "办理期限", "领导接访"} <= set(
        book.sheetnames)
    summary = [list(row) for row in book["概况"].iter_rows(values_only=True)]
    assert summary[0][:2] == ["项目", "本期"]
    assert summary[1][:3] == ["来访批次", 5, 1]
    assert summary[3][:3] == ["来访人数", 11, 4]
    units = [list(row) for row in book["转送单位"].iter_rows(values_only=True)]
    assert units[0] == ["承办单位", "来访批次", "信访件", "人数"]
    assert [UNIT_RSJ, 1, 1, 6] in units
    assert units[-1] == ["合计", 2, 2, 7]
    daily = [list(row) for row in book["每日来访"].iter_rows(values_only=True)]
    assert len(daily) == 1 + 31 + 1 and daily[-1][2:] == [5, 11]
    assert ["2026-10-31", "周六", 1, 2] in daily
    deadlines = dict(book["办理期限"].iter_rows(min_row=2, values_only=True))
    assert (deadlines["按期答复"], deadlines["逾期答复"], deadlines["超期未答复"]) == (1, 1, 1)
    assert _audit(october) == [("export", "statistics", "2026-10-01..2026-10-31",
                                "xlsx; month; 5 visits")]


def test_daily_pdf_text(october, tmp_path) -> None:  # type: ignore[no-untyped-def]
    day = date(2026, 10, 8)
    made = october.statistics.export_report(tmp_path / "日报.pdf", day, day, PeriodKind.DAY)
    text = "".join(page.extract_text() for page in PdfReader(made.path).pages)
    compact = text.replace(" ", "").replace("\n", "")
    assert "来访接待日报（2026年10月8日）" in compact
    assert "来访批次2" in compact  # V1 and V2 that day
    assert "来访人数7" in compact
    assert "第1页/共" in compact
    assert RESPONDENT not in text and "张三" not in text


def test_monthly_pdf_has_the_tables(october, tmp_path) -> None:  # type: ignore[no-untyped-def]
    made = october.statistics.export_report(tmp_path / "月报.pdf", *OCT, PeriodKind.MONTH)
    compact = "".join(p.extract_text() for p in PdfReader(made.path).pages).replace(
        " ", "").replace("\n", "")
    assert "来访接待月报（2026年10月）" in compact
    for title in ("内容分类", "问题属地", "转送单位", "每日来访", "办理期限", "领导接访"):
        assert title in compact
    assert "城乡建设323" in compact  # V1, V3, V8: 3 visits, 2 cases, 3 people


def test_visit_list_csv_and_excel_are_masked(october, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stats = october.statistics
    made = stats.export_visits(tmp_path / "清单.csv", f.BY_SORT, "accusation", *OCT)
    with made.path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["日期", "号码", "信访件编号", "来访人"]
    assert rows[1][:4] == ["2026-10-08", "B1001", "HK20261008-0002", "李*"]
    assert rows[1][8] == UNIT_RSJ and len(rows) == 2
    raw = made.path.read_text(encoding="utf-8-sig")
    assert RESPONDENT not in raw and "李四" not in raw
    book = load_workbook(stats.export_visits(tmp_path / "清单.xlsx", f.TOTAL, "", *OCT).path)
    assert book.sheetnames == ["来访清单"]
    assert book["来访清单"].max_row == 1 + 5
    assert [a[1] for a in _audit(october)] == ["visit_list", "visit_list"]
    assert _audit(october)[0][3] == "csv; figure sort; 1 rows"


def test_wrong_suffix_is_refused_and_nothing_written(october, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ExportNameError) as error:
        october.statistics.export_report(tmp_path / "report.csv", *OCT)
    assert error.value.field == "path"
    assert list(tmp_path.glob("report*")) == [] and _audit(october) == []
