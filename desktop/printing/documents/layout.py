"""A small flow layout on a ReportLab canvas: measured items, stacked and paginated.

Every item knows its height before anything is drawn, so pages are planned first
(page count for "第 1 页 / 共 2 页", where the stub goes) and then drawn. Items are
single text lines, so a long text breaks between any two lines; text is always wrapped
to the width it is drawn in, which keeps everything inside the page.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfgen.canvas import Canvas

from .fonts import text_runs, text_width
from .template import LINE_SPACING
from .wrap import wrap_text

# (canvas, x of the content's left edge, y of the item's top edge); ReportLab's canvas
# has no type information, hence Any.
DrawFn = Callable[[Any, float, float], None]

QR_QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 requires


@dataclass(frozen=True, slots=True)
class Item:
    height: float
    draw: DrawFn
    keep_with_next: bool = False  # e.g. a heading stays with its first line


@dataclass(frozen=True, slots=True)
class Style:
    font: str
    size: float
    bold: bool = False
    align: str = "left"  # "left" | "center" | "right"
    spacing: float = LINE_SPACING

    @property
    def leading(self) -> float:
        return self.size * self.spacing

    def width(self, text: str) -> float:
        return text_width(text, self.font, self.size) + self.stroke

    @property
    def stroke(self) -> float:
        # Bold is faked by stroking the outline (one CJK font file, no bold face);
        # the stroke widens each glyph by this much in total.
        return self.size * 0.04 if self.bold else 0.0

    def baseline(self, y_top: float, height: float | None = None) -> float:
        """Baseline that centres the glyphs' ascent..descent in a box of `height`."""
        ascent, descent = getAscentDescent(self.font, self.size)
        box = self.leading if height is None else height
        return float(y_top - (box - (ascent - descent)) / 2 - ascent)

    def wrap(self, text: str, width: float) -> list[str]:
        return wrap_text(text, self.font, self.size, max(width - self.stroke, self.size))


def draw_text(c: Any, style: Style, x: float, y: float, text: str) -> None:
    """Draw `text` with its left end at `x`, baseline `y`; characters the main font
    lacks are drawn in a fallback font (fonts.text_runs)."""
    if not text:
        return
    runs = text_runs(text, style.font)
    if style.bold:
        c.saveState()
        c.setLineWidth(style.stroke)
        obj = c.beginText(x + style.stroke / 2, y)
        obj.setTextRenderMode(2)  # fill + stroke
        for piece, font in runs:
            obj.setFont(font, style.size)
            obj.textOut(piece)
        c.drawText(obj)
        c.restoreState()
    elif len(runs) == 1:
        c.setFont(style.font, style.size)
        c.drawString(x, y, text)
    else:
        obj = c.beginText(x, y)
        for piece, font in runs:
            obj.setFont(font, style.size)
            obj.textOut(piece)
        c.drawText(obj)


def aligned_x(style: Style, text: str, x: float, width: float) -> float:
    if style.align == "center":
        return x + (width - style.width(text)) / 2
    if style.align == "right":
        return x + width - style.width(text)
    return x


def text_items(text: str, style: Style, width: float) -> list[Item]:
    """One item per wrapped line of `text`, aligned within `width`.

    Blank text gives no items (an empty notice in the settings leaves no gap).
    """
    items: list[Item] = []
    if not text.strip():
        return items
    for line in style.wrap(text, width):

        def draw(c: Any, x: float, y: float, line: str = line) -> None:
            left = aligned_x(style, line, x, width)
            draw_text(c, style, left, style.baseline(y), line)

        items.append(Item(style.leading, draw))
    return items


def spacer(height: float) -> Item:
    return Item(height, lambda c, x, y: None)


def rule(width: float, height: float, dashed: bool = False, line_width: float = 0.5) -> Item:
    """A horizontal line through the middle of a band of `height`."""

    def draw(c: Any, x: float, y: float) -> None:
        c.saveState()
        c.setLineWidth(line_width)
        if dashed:
            c.setDash(4, 3)
        c.line(x, y - height / 2, x + width, y - height / 2)
        c.restoreState()

    return Item(height, draw)


def labelled_rule(width: float, height: float, label: str, style: Style) -> Item:
    """A dashed tear-off line with `label` in a gap at its centre."""
    label_width = style.width(label)
    gap = style.size * 0.6

    def draw(c: Any, x: float, y: float) -> None:
        mid = y - height / 2
        left_end = x + (width - label_width) / 2 - gap
        right_start = x + (width + label_width) / 2 + gap
        c.saveState()
        c.setLineWidth(0.6)
        c.setDash(4, 3)
        if label_width + 2 * gap < width:
            c.line(x, mid, left_end, mid)
            c.line(right_start, mid, x + width, mid)
        else:
            c.line(x, mid, x + width, mid)
        c.restoreState()
        if label_width + 2 * gap < width:
            draw_text(c, style, left_end + gap, style.baseline(y, height), label)

    return Item(height, draw)


def field_rows(
    columns: Sequence[tuple[str, str]],
    label_style: Style,
    value_style: Style,
    label_width: float,
    width: float,
    separator: bool = True,
) -> list[Item]:
    """A table row of one or more (label, value) columns of equal width.

    Values wrap inside their column; the row becomes one item per text line so a long
    value can continue on the next page. A hairline separates it from the next row.
    """
    n = len(columns)
    col_width = width / n
    gap = label_style.size * 0.8
    value_width = col_width - label_width - (gap if n > 1 else 0.0)
    wrapped = [value_style.wrap(value, value_width) for _, value in columns]
    line_count = max(len(lines) for lines in wrapped)
    pad = value_style.size * 0.25
    items: list[Item] = []
    for i in range(line_count):
        first, last = i == 0, i == line_count - 1
        height = value_style.leading + (pad if first else 0.0) + (pad if last else 0.0)

        def draw(
            c: Any,
            x: float,
            y: float,
            i: int = i,
            first: bool = first,
            last: bool = last,
            height: float = height,
        ) -> None:
            top = y - (pad if first else 0.0)
            baseline = value_style.baseline(top)
            for col, (label, _) in enumerate(columns):
                left = x + col * col_width
                if first:
                    label_baseline = label_style.baseline(top, value_style.leading)
                    draw_text(c, label_style, left, label_baseline, label)
                if i < len(wrapped[col]):
                    line = wrapped[col][i]
                    draw_text(c, value_style, left + label_width, baseline, line)
            if last and separator:
                c.saveState()
                c.setLineWidth(0.3)
                c.setStrokeGray(0.6)
                c.line(x, y - height, x + width, y - height)
                c.restoreState()

        items.append(Item(height, draw, keep_with_next=not last and i == 0))
    return items


def qr_matrix(text: str) -> list[list[bool]]:
    """QR modules, True = dark, including the quiet zone."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QR_QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return [list(map(bool, row)) for row in code.get_matrix()]


def draw_qr(c: Any, matrix: list[list[bool]], x: float, y_top: float, size: float) -> None:
    """Vector QR: one filled path of per-row runs, crisp at any printer resolution
    (and no seams between modules, as one fill covers them all)."""
    module = size / len(matrix)
    path = c.beginPath()
    for r, row in enumerate(matrix):
        y = y_top - (r + 1) * module
        start = -1
        for col, dark in enumerate([*row, False]):
            if dark and start < 0:
                start = col
            elif not dark and start >= 0:
                path.rect(x + start * module, y, (col - start) * module, module)
                start = -1
    c.saveState()
    c.setFillGray(0)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def qr_item(text: str, size: float, width: float, align: str = "center") -> Item:
    matrix = qr_matrix(text)

    def draw(c: Any, x: float, y: float) -> None:
        left = x + (width - size) / 2 if align == "center" else x
        draw_qr(c, matrix, left, y, size)

    return Item(size, draw)


def qr_with_text(text: str, size: float, width: float, lines: list[tuple[str, Style]]) -> Item:
    """QR code at the left, wrapped text lines beside it, vertically centred."""
    matrix = qr_matrix(text)
    gap = size * 0.08
    text_x = size + gap
    wrapped = [
        (line, style) for text_, style in lines for line in style.wrap(text_, width - text_x)
    ]
    text_height = sum(style.leading for _, style in wrapped)
    height = max(size, text_height)

    def draw(c: Any, x: float, y: float) -> None:
        draw_qr(c, matrix, x, y - (height - size) / 2, size)
        top = y - (height - text_height) / 2
        for line, style in wrapped:
            draw_text(c, style, x + text_x, style.baseline(top), line)
            top -= style.leading

    return Item(height, draw)


def mark_item(
    mark: str, detail: str, mark_style: Style, detail_style: Style, width: float, align: str
) -> Item:
    """The reprint mark: `mark` reversed out of a black box, `detail` beside it."""
    pad = mark_style.size * 0.35
    box_w = mark_style.width(mark) + 2 * pad
    box_h = mark_style.size + 2 * pad
    gap = detail_style.size * 0.6
    detail_lines = detail_style.wrap(detail, max(width - box_w - gap, detail_style.size * 4))
    detail_w = max((detail_style.width(s) for s in detail_lines), default=0.0)
    detail_h = detail_style.leading * len(detail_lines)
    total_w = min(width, box_w + gap + detail_w)
    height = max(box_h, detail_h) + mark_style.size * 0.3

    def draw(c: Any, x: float, y: float) -> None:
        if align == "center":
            left = x + (width - total_w) / 2
        elif align == "right":
            left = x + width - total_w
        else:
            left = x
        box_top = y - (height - box_h) / 2
        c.saveState()
        c.setFillGray(0)
        c.roundRect(left, box_top - box_h, box_w, box_h, pad * 0.6, stroke=0, fill=1)
        c.setFillGray(1)
        c.setStrokeGray(1)
        draw_text(c, mark_style, left + pad, mark_style.baseline(box_top, box_h), mark)
        c.restoreState()
        top = y - (height - detail_h) / 2
        for line in detail_lines:
            draw_text(c, detail_style, left + box_w + gap, detail_style.baseline(top), line)
            top -= detail_style.leading

    return Item(height, draw)


def paginate(items: Sequence[Item], first: float, rest: float) -> list[list[Item]]:
    """Split `items` into pages holding `first`, then `rest`, points of height.

    An item marked keep_with_next moves to the next page together with its follower.
    """
    pages: list[list[Item]] = [[]]
    room = first
    for i, item in enumerate(items):
        need = item.height
        if item.keep_with_next and i + 1 < len(items):
            need += items[i + 1].height
        if need > room + 1e-6 and pages[-1]:
            pages.append([])
            room = rest
        pages[-1].append(item)
        room -= item.height
    return pages


def stack(c: Any, items: Sequence[Item], x: float, y_top: float) -> float:
    """Draw `items` top down from `y_top`; returns the y below the last one."""
    for item in items:
        item.draw(c, x, y_top)
        y_top -= item.height
    return y_top


def total_height(items: Sequence[Item]) -> float:
    return sum(item.height for item in items)


def new_canvas(
    buffer: io.BytesIO, page_size: tuple[float, float], font: str, title: str, author: str
) -> Any:
    """A canvas with our settings; the floor in bench/bench_receipt.py uses the same."""
    # invariant=1: no timestamps or random ids, so the same input gives the same bytes.
    # initialFontName: otherwise every page references an unused, unembedded Helvetica.
    c = Canvas(
        buffer,
        pagesize=page_size,
        invariant=1,
        pageCompression=1,
        initialFontName=font,
        lang="zh-CN",
    )
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Laifang Desk")
    return c
