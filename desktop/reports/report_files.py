"""Report files: the figures as Excel (one sheet per table, Chinese headers, totals) and as
an A4 PDF with charts; the visit list behind a figure as Excel or CSV. Bytes are
returned; the service writes them whole and audits them."""

from __future__ import annotations

import csv
import io
from typing import Any

from desktop.printing.documents.report_pdf import font_markup, numbered_canvas
from desktop.reports import figures as f
from desktop.reports.tables import (
    VISIT_HEADERS,
    Cell,
    Table,
    all_tables,
    visit_rows,
)

DAILY_TITLE = "来访接待日报"
MONTHLY_TITLE = "来访接待月报"
PERIOD_TITLE = "来访接待统计"


def report_title(fig: f.Figures) -> str:
    from desktop.reports.periods import PeriodKind

    kind = fig.period.kind
    name = {PeriodKind.DAY: DAILY_TITLE, PeriodKind.MONTH: MONTHLY_TITLE}.get(kind, PERIOD_TITLE)
    return f"{name}（{fig.period.title}）"


# ---------------------------------------------------------------------------- Excel


def _book_with(tables: tuple[Table, ...]) -> bytes:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="E8E8E8")
    for table in tables:
        sheet = book.create_sheet(table.title[:31])
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = bold
            cell.fill = grey
            cell.alignment = Alignment(horizontal="center")
        for row in table.rows:
            sheet.append(list(row))
        if table.totals is not None:
            sheet.append(list(table.totals))
            for cell in sheet[sheet.max_row]:
                cell.font = bold
        for index, header in enumerate(table.headers, start=1):
            width = max([len(str(header))] + [len(str(r[index - 1])) for r in table.rows])
            sheet.column_dimensions[get_column_letter(index)].width = min(40, 2 * width + 4)
        sheet.freeze_panes = "A2"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def figures_xlsx(fig: f.Figures) -> bytes:
    return _book_with(all_tables(fig))


def visits_xlsx(lines: tuple[f.VisitLine, ...]) -> bytes:
    return _book_with((Table("来访清单", VISIT_HEADERS, visit_rows(lines)),))


def visits_csv(lines: tuple[f.VisitLine, ...]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(VISIT_HEADERS)
    writer.writerows(visit_rows(lines))
    return out.getvalue().encode("utf-8-sig")  # Excel opens UTF-8 with the BOM


# ---------------------------------------------------------------------------- PDF


def figures_pdf(fig: f.Figures) -> bytes:
    from desktop.printing.service import _RENDER_LOCK

    with _RENDER_LOCK:
        return _render(fig)


def _markup(text: str, font: str) -> str:
    return font_markup(text, font)


def _render(fig: f.Figures) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        TableStyle,
    )
    from reportlab.platypus import (
        Table as PdfTable,
    )

    from desktop.printing.documents.fonts import cjk_font_name

    font = cjk_font_name()
    title_style = ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=11.5, leading=16, spaceBefore=6,
                        spaceAfter=3)
    cell = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=11)

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(_markup(text, font), style)

    def pdf_table(table: Table) -> Any:
        data: list[list[Any]] = [[para(h, cell) for h in table.headers]]
        data += [[para(_text(v), cell) for v in row] for row in table.rows]
        if table.totals is not None:
            data.append([para(_text(v), cell) for v in table.totals])
        width = (A4[0] - 30 * mm)
        first = min(60 * mm, width * 0.4) if len(table.headers) > 2 else width / 2
        rest = (width - first) / max(1, len(table.headers) - 1)
        if len(table.headers) > 8:
            first, rest = 14 * mm, (width - 14 * mm) / (len(table.headers) - 1)
        pdf = PdfTable(data, colWidths=[first] + [rest] * (len(table.headers) - 1),
                       repeatRows=1)
        pdf.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
            *([("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F4F4F4"))]
              if table.totals is not None else []),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return pdf

    tables = all_tables(fig)
    story: list[Any] = [para(report_title(fig), title_style), Spacer(1, 2 * mm),
                        para(f"统计时段：{fig.period.first.isoformat()} 至 "
                             f"{fig.period.last.isoformat()}（按北京时间的接待日）", cell),
                        Spacer(1, 3 * mm)]
    charts = _charts(fig, font)
    skip = set() if fig.period.kind.value != "day" else {"每日来访"}
    for table in tables:
        if table.title in skip or (table.title == "时段分布" and len(table.headers) > 16):
            continue
        block = [para(table.title, h2), pdf_table(table)]
        if table.title in charts:
            block.append(charts[table.title])
        story.append(KeepTogether(block) if len(table.rows) < 25 else block[0])
        if len(table.rows) >= 25:
            story += block[1:]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=15 * mm,
                            title=report_title(fig), creator="Laifang Desk")
    doc.build(story, canvasmaker=_portrait_numbers(font))
    return out.getvalue()


def _text(value: Cell) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _portrait_numbers(font: str) -> Any:
    """Page numbers centred on a portrait A4 page."""
    from reportlab.lib.pagesizes import A4

    return numbered_canvas(font, A4[0])


def _charts(fig: f.Figures, font: str) -> dict[str, Any]:
    """Drawings under their tables: bars by category and area, the daily line."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    def bars(rows: tuple[f.CountRow, ...]) -> Any:
        rows = rows[:12]
        drawing = Drawing(170 * mm, 55 * mm)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 12 * mm, 14 * mm, 150 * mm, 36 * mm
        chart.data = [[r.visits for r in rows] or [0]]
        chart.categoryAxis.categoryNames = [r.label[:6] for r in rows] or [""]
        chart.categoryAxis.labels.fontName = font
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.angle = 30 if len(rows) > 6 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 6 else "n"
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontSize = 7
        chart.bars[0].fillColor = colors.HexColor("#3A7BD5")
        drawing.add(chart)
        return drawing

    charts: dict[str, Any] = {"内容分类": bars(fig.by_category), "问题属地": bars(fig.by_area)}
    if len(fig.daily) > 1:
        drawing = Drawing(170 * mm, 50 * mm)
        line = HorizontalLineChart()
        line.x, line.y, line.width, line.height = 12 * mm, 10 * mm, 150 * mm, 36 * mm
        line.data = [[d.visits for d in fig.daily]]
        step = max(1, len(fig.daily) // 10)
        line.categoryAxis.categoryNames = [
            f"{d.day.month}/{d.day.day}" if i % step == 0 else ""
            for i, d in enumerate(fig.daily)]
        line.categoryAxis.labels.fontSize = 7
        line.valueAxis.valueMin = 0
        line.valueAxis.labels.fontSize = 7
        line.lines[0].strokeColor = colors.HexColor("#D5573A")
        drawing.add(line)
        charts["每日来访"] = drawing
    return charts
