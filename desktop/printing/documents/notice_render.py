"""Notices to the visitor (CaseNotice) as PDF: an A4 sheet (pages as needed, the seal
line and date at the end) or an 80 mm roll (one strip as long as it needs).

The layout of an office's notice: the centre and the title, the case number and enquiry
code, "王小明：", the body, the labelled facts, the case's steps (progress), "特此告知。",
the QR with how to enquire and the centre's address and phone, then the seal line and
the date. Nothing is cut off: all text is wrapped to the width it is drawn in.
"""

from __future__ import annotations

import io
from typing import Any

from .fonts import cjk_font_name, unprintable_chars
from .layout import (
    Item,
    Style,
    draw_text,
    field_rows,
    new_canvas,
    paginate,
    qr_item,
    qr_with_text,
    rule,
    spacer,
    stack,
    text_items,
    total_height,
)
from .model import CaseNotice, CentreInfo, TimelineRow
from .notice_text import NOTICE_TEXTS as N
from .render import (
    _contact_items,
    _render_roll,
    _reprint_mark,
    _texts,
    _warn_missing_glyphs,
    continuation_header,
)
from .template import A4, LAYOUTS, MM, ROLL, TEXTS

PROGRESS = "progress"  # desktop.domain.Paper.PROGRESS (no domain import down here)


def notice_unprintable(notice: CaseNotice, centre: CentreInfo) -> tuple[str, ...]:
    """Characters of the notice's texts that no font can draw (they print blank)."""
    return unprintable_chars([*_texts(notice), *_texts(centre)])


def render_notice_pdf(notice: CaseNotice, centre: CentreInfo, layout: str) -> bytes:
    if layout not in LAYOUTS:
        raise ValueError(f"unknown notice layout {layout!r}; expected one of {LAYOUTS}")
    _warn_missing_glyphs(notice_unprintable(notice, centre))
    if layout == "a4":
        return _render_a4(notice, centre)
    return _render_roll_notice(notice, centre)


def _date(value: Any) -> str:
    return value.strftime(N.date_format) if value is not None else N.no_value


def _doc_title(notice: CaseNotice) -> str:
    return f"{notice.title} {notice.case_number}"


def _label_width(style: Style, notice: CaseNotice, minimum: float, maximum: float) -> float:
    labels = [N.label_case_number, N.label_enquiry_code, *(row.label for row in notice.rows)]
    widest = max(style.width(label) for label in labels) + style.size * 0.6
    return min(maximum, max(minimum, widest))


def _body(notice: CaseNotice, label: Style, value: Style, label_w: float, width: float,
          two_columns: bool) -> list[Item]:
    """From the addressee to "特此告知。" and the estimate warning: both layouts."""
    items: list[Item] = []
    items += text_items(N.addressee.format(name=notice.addressee), label, width)
    for paragraph in notice.paragraphs:
        items += text_items(paragraph, value, width)
    if notice.rows:
        items.append(spacer(value.size * 0.4))
    for row in notice.rows:
        items += field_rows([(row.label, row.value)], label, value, label_w, width)
    if notice.paper == PROGRESS:
        items.append(spacer(value.size * 0.4))
        items += text_items(N.timeline_heading, label, width)
        if not notice.timeline:
            items += text_items(N.no_steps, value, width)
        elif two_columns:
            items += _timeline_table(notice.timeline, label, value, width)
        else:
            items += _timeline_lines(notice.timeline, value, width)
    if notice.rows or notice.paper == PROGRESS:
        items.append(spacer(value.size * 0.4))
    for paragraph in notice.after:
        items += text_items(paragraph, value, width)
    items += text_items(N.closing, value, width)
    if notice.estimated:
        items.append(spacer(value.size * 0.3))
        items += text_items(N.estimated_warning, Style(value.font, value.size * 0.85), width)
    return items


def _timeline_cells(row: TimelineRow) -> list[str]:
    return [_date(row.on_date), row.step, row.unit or N.no_value,
            _date(row.due) if row.due else N.no_value]


def _timeline_table(rows: tuple[TimelineRow, ...], head: Style, cell: Style,
                    width: float) -> list[Item]:
    """日期 | 办理步骤 | 承办单位 | 期限, each cell wrapped in its column."""
    date_w = cell.width("2026年12月14日") + cell.size * 0.8
    step_w = cell.width("出具处理意见") + cell.size * 0.8
    widths = [date_w, step_w, width - 2 * date_w - step_w, date_w]
    items = _table_row([N.col_date, N.col_step, N.col_unit, N.col_due], widths, head, width,
                       line=1.0)
    for row in rows:
        items += _table_row(_timeline_cells(row), widths, cell, width, line=0.3)
    return items


def _table_row(cells: list[str], widths: list[float], style: Style, width: float,
               line: float) -> list[Item]:
    gap = style.size * 0.5
    wrapped = [style.wrap(text, w - gap) for text, w in zip(cells, widths, strict=True)]
    count = max(len(lines) for lines in wrapped)
    pad = style.size * 0.2
    items: list[Item] = []
    for i in range(count):
        first, last = i == 0, i == count - 1
        height = style.leading + (pad if first else 0.0) + (pad if last else 0.0)

        def draw(c: Any, x: float, y: float, i: int = i, first: bool = first,
                 last: bool = last, height: float = height) -> None:
            top = y - (pad if first else 0.0)
            left = x
            for lines, w in zip(wrapped, widths, strict=True):
                if i < len(lines):
                    draw_text(c, style, left, style.baseline(top), lines[i])
                left += w
            if last:
                c.saveState()
                c.setLineWidth(line)
                c.setStrokeGray(0.3 if line >= 1 else 0.6)
                c.line(x, y - height, x + width, y - height)
                c.restoreState()

        items.append(Item(height, draw, keep_with_next=not last))
    return items


def _timeline_lines(rows: tuple[TimelineRow, ...], style: Style, width: float) -> list[Item]:
    """The roll has no room for a table: one entry per step, the deadline below it."""
    items: list[Item] = []
    for row in rows:
        head = f"{_date(row.on_date)}　{row.step}"
        if row.unit:
            head += f"　{row.unit}"
        items += text_items(head, style, width)
        if row.due:
            items += text_items(f"　　{N.col_due}：{_date(row.due)}", style, width)
    return items


def _key_rows(notice: CaseNotice, label: Style, key: Style, label_w: float, width: float,
              two_columns: bool) -> list[Item]:
    pairs = [(N.label_case_number, notice.case_number),
             (N.label_enquiry_code, notice.enquiry_code)]
    if two_columns:
        return field_rows(pairs, label, key, label_w, width, separator=False)
    return [item for pair in pairs
            for item in field_rows([pair], label, key, label_w, width, separator=False)]


def _seal(notice: CaseNotice, centre: CentreInfo, style: Style, width: float) -> list[Item]:
    items = text_items(N.seal.format(centre=centre.name), style, width)
    if notice.issued_on is not None:
        items += text_items(_date(notice.issued_on), style, width)
    return items


def _render_a4(notice: CaseNotice, centre: CentreInfo) -> bytes:
    font = cjk_font_name()
    width = A4.width - 2 * A4.margin_x
    label = Style(font, A4.body_size, bold=True)
    value = Style(font, A4.value_size)
    key = Style(font, A4.key_value_size, bold=True)
    small = Style(font, A4.small_size)
    label_w = _label_width(label, notice, A4.label_width, 40 * MM)

    main: list[Item] = []
    main += text_items(centre.name, Style(font, A4.centre_size, bold=True, align="center"), width)
    main += text_items(
        notice.title, Style(font, A4.title_size, bold=True, align="center", spacing=1.6), width
    )
    if notice.reprint_at is not None:
        main.append(_reprint_mark(notice.reprint_at, font, A4.mark_size, small, width, "right"))
    main += _key_rows(notice, label, key, label_w, width, two_columns=True)
    main.append(rule(width, A4.body_size * 0.6, line_width=1.0))
    main += _body(notice, label, value, label_w, width, two_columns=True)
    main.append(spacer(A4.body_size * 0.8))
    side = [
        (N.enquiry_hint, Style(font, A4.body_size)),
        (TEXTS.address.format(address=centre.address), small) if centre.address else None,
        (TEXTS.phone.format(phone=centre.phone), small) if centre.phone else None,
    ]
    main.append(qr_with_text(notice.qr_text, A4.qr_size, width, [s for s in side if s]))
    main.append(spacer(A4.body_size * 1.2))
    main += _seal(notice, centre, Style(font, A4.body_size, align="right"), width)

    top = A4.height - A4.margin_top
    bottom = A4.margin_bottom + A4.footer_height
    continued = continuation_header(notice.title, notice.case_number,
                                    notice.reprint_at is not None, font, width)
    pages = paginate(main, top - bottom, top - bottom - total_height(continued))
    buffer = io.BytesIO()
    c = new_canvas(buffer, (A4.width, A4.height), font, _doc_title(notice), centre.name)
    foot_style = Style(font, A4.small_size)
    for n, page in enumerate(pages):
        y = top
        if n:
            y = stack(c, continued, A4.margin_x, y)
        stack(c, page, A4.margin_x, y)
        if len(pages) > 1:
            footer = N.page_number.format(page=n + 1, pages=len(pages))
            x = A4.margin_x + (width - foot_style.width(footer)) / 2
            draw_text(c, foot_style, x, foot_style.baseline(bottom, A4.footer_height), footer)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _render_roll_notice(notice: CaseNotice, centre: CentreInfo) -> bytes:
    font = cjk_font_name()
    width = ROLL.width - 2 * ROLL.margin_x
    label = Style(font, ROLL.body_size, bold=True)
    value = Style(font, ROLL.body_size)
    key = Style(font, ROLL.body_size + 1, bold=True)
    small = Style(font, ROLL.small_size)
    label_w = _label_width(label, notice, ROLL.label_width, width * 0.42)

    items: list[Item] = []
    items += text_items(centre.name, Style(font, ROLL.centre_size, bold=True, align="center"),
                        width)
    items += text_items(notice.title, Style(font, ROLL.title_size, bold=True, align="center"),
                        width)
    if notice.reprint_at is not None:
        items.append(_reprint_mark(notice.reprint_at, font, ROLL.mark_size, small, width,
                                   "center"))
    items.append(rule(width, ROLL.body_size * 0.6, line_width=0.8))
    items += _key_rows(notice, label, key, label_w, width, two_columns=False)
    items.append(spacer(ROLL.body_size * 0.4))
    items += _body(notice, label, value, label_w, width, two_columns=False)
    items.append(spacer(ROLL.body_size * 0.5))
    items.append(qr_item(notice.qr_text, ROLL.qr_size, width))
    items += text_items(N.enquiry_hint, Style(font, ROLL.small_size, align="center"), width)
    items.append(spacer(ROLL.body_size * 0.3))
    items += _contact_items(centre, small, width)
    items.append(spacer(ROLL.body_size * 0.8))
    items += _seal(notice, centre, Style(font, ROLL.body_size, align="right"), width)
    return _render_roll(items, _doc_title(notice), centre.name)
