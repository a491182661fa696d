"""Pieces the table reports share (期限监控, 接访安排, 统计报表): Paragraph markup that
draws each character in the first font that has it, and a canvas that numbers pages
"第 N 页 / 共 M 页" once the page count is known."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape


def font_markup(text: str, font: str, *, line_breaks: bool = False) -> str:
    """Paragraph markup of `text` in `font`, with per-character fallback fonts."""
    from desktop.printing.documents.fonts import text_runs

    markup = "".join(
        escape(piece) if run_font == font else f'<font face="{run_font}">{escape(piece)}</font>'
        for piece, run_font in text_runs(text, font)
    )
    return markup.replace("\n", "<br/>") if line_breaks else markup


def numbered_canvas(font: str, page_width: float) -> Any:
    """A canvas class for `doc.build(..., canvasmaker=…)` that centres the page number
    at the foot of a page `page_width` points wide."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(font, 9)
                self.drawCentredString(page_width / 2, 7 * mm, f"第 {number} 页 / 共 {total} 页")
                super().showPage()
            super().save()

    return NumberedCanvas
