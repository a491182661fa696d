"""打印测试页 as PDF, on an 80 mm roll or an A4 sheet (the printer's own paper)."""

from __future__ import annotations

import io

from .model import CheckPage
from .template import A4, LAYOUTS, ROLL, TEXTS, _local


def check_page_lines(page: CheckPage) -> list[str]:
    """The page's lines after its title (also the ESC/POS version's text)."""
    return [
        TEXTS.check_centre.format(centre=page.centre_name),
        TEXTS.check_printer.format(printer=page.printer),
        TEXTS.check_time.format(time=_local(page.printed_at, TEXTS.datetime_format)),
        TEXTS.check_sample_label + TEXTS.check_sample,
        TEXTS.check_rare_label + TEXTS.check_rare,
    ]


def render_check_page_pdf(page: CheckPage) -> bytes:
    # ReportLab loads only when a page is drawn: the ESC/POS text above needs none.
    from .fonts import cjk_font_name
    from .layout import Item, Style, new_canvas, rule, spacer, stack, text_items
    from .render import _render_roll

    if page.layout not in LAYOUTS:
        raise ValueError(f"unknown layout {page.layout!r}; expected one of {LAYOUTS}")
    font = cjk_font_name()
    roll = page.layout == "80mm"
    size = ROLL.body_size if roll else A4.body_size
    width = (ROLL.width - 2 * ROLL.margin_x) if roll else (A4.width - 2 * A4.margin_x)
    title = Style(font, ROLL.title_size if roll else A4.title_size, bold=True, align="center")
    body = Style(font, size)
    items: list[Item] = [*text_items(TEXTS.check_title, title, width), rule(width, size)]
    for line in check_page_lines(page):
        items += text_items(line, body, width)
    items += [spacer(size * 0.5), rule(width, size)]
    items += text_items(TEXTS.check_hint, Style(font, size * 0.85), width)
    name = f"{TEXTS.check_title} {page.printer}"
    if roll:
        return _render_roll(items, name, page.centre_name)
    buffer = io.BytesIO()
    c = new_canvas(buffer, (A4.width, A4.height), font, name, page.centre_name)
    stack(c, items, A4.margin_x, A4.height - A4.margin_top)
    c.showPage()
    c.save()
    return buffer.getvalue()
