"""The deadline watch (期限监控) as files: an Excel sheet and an A4 landscape PDF.

Both show what the screen shows — masked names, no ID numbers, phones or matter text.
The Excel sheet keeps dates as real dates (sortable, filterable) under a frozen header;
the PDF draws Chinese in the embedded CJK font (desktop/printing/documents/fonts.py),
each character in the first font that has it, with "第 N 页 / 共 M 页" on every page.
The bytes are returned; the caller writes them (a temporary file renamed). Like the
printed papers (desktop/printing/documents/template.py) the files are official Chinese
paperwork whatever the screen's language, so their texts are plain Chinese literals.
"""

from __future__ import annotations

import io
from typing import Any

from desktop.cases.deadline_watch import DeadlineWatch, WatchRow
from desktop.printing.documents.report_pdf import font_markup, numbered_canvas

HEADERS: tuple[str, ...] = (
    "信访件编号",
    "来访人",
    "分类",
    "当前环节",
    "承办单位",
    "期限",
    "剩余天数",
    "状态",
    "剩余工作日",
)
TITLE = "信访事项期限监控（截至 {day}）"
HERE = "本机关"
ANONYMOUS = "（匿名）"
ESTIMATED = "（期限按周末估算）"
OVERDUE = "超期 {days} 天"
NONE_FOUND = "没有符合条件的信访事项。"
SHEET_TITLE = "期限监控"

# Excel column widths (characters; a Chinese character counts about two).
_WIDTHS = (20, 10, 10, 14, 30, 12, 10, 24, 11)
_OVERDUE_FILL = "FADBD8"  # light red, like the screen's overdue rows
_SOON_FILL = "FCEBC4"  # amber


def row_cells(row: WatchRow) -> tuple[str, str, str, str, str]:
    """The text columns as the screen shows them (number, name, sort, step, unit)."""
    return (row.case_number, row.masked_name or ANONYMOUS, row.sort_label or "—",
            row.step_label or "—", row.unit or HERE)


def status_text(row: WatchRow) -> str:
    return row.status_label + (ESTIMATED if row.estimated else "")


def summary_text(report: DeadlineWatch) -> str:
    head = (f"未来 {report.within_days} 天内（至 {report.until.isoformat()}）到期"
            + ("及已超期" if report.include_overdue else ""))
    filters = []
    if report.step is not None:
        filters.append(f"环节：{_step_label(report)}")
    if report.unit is not None:
        filters.append(f"承办单位：{report.unit or HERE}")
    text = f"{head}：共 {len(report.rows)} 件，其中超期 {report.overdue_count} 件"
    return text + (f"（{'；'.join(filters)}）" if filters else "")


def _step_label(report: DeadlineWatch) -> str:
    for count in report.by_step:
        if count.step is report.step:
            return count.label
    from desktop.domain import STEP_LABELS

    return STEP_LABELS[report.step] if report.step else "—"


def counts_text(report: DeadlineWatch) -> tuple[str, str]:
    steps = "；".join(f"{c.label or '—'} {c.count} 件（超期 {c.overdue}）"
                     for c in report.by_step)
    units = "；".join(f"{c.unit or HERE} {c.count} 件（超期 {c.overdue}）"
                     for c in report.by_unit)
    return f"按环节：{steps or '无'}", f"按承办单位：{units or '无'}"


# ---------------------------------------------------------------------------- Excel


def to_xlsx(report: DeadlineWatch) -> bytes:
    # openpyxl ships no type hints (and types-openpyxl is not a dependency).
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    sheet.append(list(HEADERS))
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", vertical="center")
    fills = {True: PatternFill("solid", fgColor=_OVERDUE_FILL),
             False: PatternFill("solid", fgColor=_SOON_FILL)}
    for row in report.rows:
        sheet.append([*row_cells(row), row.due, row.days_left, status_text(row),
                      row.working_days_left])
        cells = sheet[sheet.max_row]
        cells[5].number_format = "yyyy-mm-dd"
        if row.overdue or row.due_soon:
            for cell in cells:
                cell.fill = fills[row.overdue]
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(sheet.max_row, 1)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ---------------------------------------------------------------------------- PDF


def _markup(text: str, font: str) -> str:
    return font_markup(text, font)


def to_pdf(report: DeadlineWatch) -> bytes:
    # Rendering is serialised with the counter's documents: ReportLab's font registry
    # and the fallback-font chain are shared, process-wide state.
    from desktop.printing.service import _RENDER_LOCK

    with _RENDER_LOCK:
        return _render_pdf(report)


def _render_pdf(report: DeadlineWatch) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from desktop.printing.documents.fonts import cjk_font_name

    font = cjk_font_name()
    title_style = ParagraphStyle("title", fontName=font, fontSize=16, leading=22,
                                 alignment=1, spaceAfter=4)
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=14)
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12)
    head = ParagraphStyle("head", parent=cell, alignment=1)

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(_markup(text, font), style)

    data: list[list[Any]] = [[para(h, head) for h in HEADERS]]
    styles: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for index, row in enumerate(report.rows, start=1):
        days = OVERDUE.format(days=-row.days_left) if row.overdue else str(row.days_left)
        data.append([para(text, cell) for text in (
            *row_cells(row), row.due.isoformat(), days, status_text(row),
            str(row.working_days_left))])
        if row.overdue or row.due_soon:
            colour = _OVERDUE_FILL if row.overdue else _SOON_FILL
            styles.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor(f"#{colour}")))
    widths = [38 * mm, 20 * mm, 20 * mm, 24 * mm, 56 * mm, 24 * mm, 22 * mm, 40 * mm, 22 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(styles))

    story: list[Any] = [
        para(TITLE.format(day=report.today.isoformat()), title_style),
        para(summary_text(report), body),
        Spacer(1, 3 * mm),
        table,
    ]
    if not report.rows:
        story += [Spacer(1, 3 * mm), para(NONE_FOUND, body)]
    story.append(Spacer(1, 4 * mm))
    story += [para(text, body) for text in counts_text(report)]

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
        topMargin=12 * mm, bottomMargin=14 * mm,
        title=TITLE.format(day=report.today.isoformat()), creator="Laifang Desk",
    )
    doc.build(story, canvasmaker=_numbered_canvas(font))
    return out.getvalue()


def _numbered_canvas(font: str) -> Any:
    """Page numbers centred on a landscape A4 page."""
    from reportlab.lib.pagesizes import A4, landscape

    return numbered_canvas(font, landscape(A4)[0])

