"""The table reports' shared PDF pieces: markup escapes text and keeps line breaks on
request; every page is numbered "第 N 页 / 共 M 页"."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.printing.documents.fonts import cjk_font_name
from desktop.printing.documents.report_pdf import font_markup, numbered_canvas


def test_markup_escapes_and_breaks_lines_only_when_asked() -> None:
    font = cjk_font_name()
    assert font_markup("甲<乙>&丙", font) == "甲&lt;乙&gt;&amp;丙"
    assert font_markup("一\n二", font) == "一\n二"
    assert font_markup("一\n二", font, line_breaks=True) == "一<br/>二"


def test_every_page_says_its_number_and_the_total() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    font = cjk_font_name()
    out = io.BytesIO()
    style = ParagraphStyle("body", fontName=font)
    story = [Paragraph("第一页", style), PageBreak(), Paragraph("第二页", style), PageBreak(),
             Paragraph("第三页", style)]
    SimpleDocTemplate(out, pagesize=A4).build(story, canvasmaker=numbered_canvas(font, A4[0]))
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    assert [f"第 {n} 页 / 共 3 页" in page.extract_text() for n, page in
            enumerate(pages, start=1)] == [True, True, True]
