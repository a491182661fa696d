"""Queue tickets (80 mm roll) and visit receipts (A4 with stub, or 80 mm roll) as PDF."""

from __future__ import annotations

import dataclasses
import io
import logging
from collections.abc import Iterator
from datetime import datetime

from .fonts import cjk_font_name, unprintable_chars
from .layout import (
    Item,
    Style,
    draw_text,
    field_rows,
    labelled_rule,
    mark_item,
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
from .model import OUTCOMES, CentreInfo, TicketSlip, VisitReceipt
from .template import A4, LAYOUTS, ROLL, TEXTS, _local, receipt_notice_text
from .wrap import fit_size, truncate

log = logging.getLogger(__name__)

def _texts(value: object) -> Iterator[str]:
    """Every string in a document's data (dataclasses, tuples), i.e. all it may print."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _texts(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(item)


def ticket_unprintable(slip: TicketSlip, centre: CentreInfo) -> tuple[str, ...]:
    """Characters of the ticket's texts that no font can draw (they print blank)."""
    return unprintable_chars([*_texts(slip), *_texts(centre)])


def receipt_unprintable(receipt: VisitReceipt, centre: CentreInfo) -> tuple[str, ...]:
    """Characters of the receipt's texts that no font can draw (they print blank)."""
    return unprintable_chars([*_texts(receipt), *_texts(centre)])


def _warn_missing_glyphs(missing: tuple[str, ...]) -> None:
    if missing:
        # Code points only: the characters next to their context would be personal data.
        log.warning(
            "no font can draw %d character(s) (%s); they print as blanks",
            len(missing),
            " ".join(f"U+{ord(ch):04X}" for ch in missing),
        )


# --- Ticket ---------------------------------------------------------------------------


def render_ticket_pdf(slip: TicketSlip, centre: CentreInfo) -> bytes:
    """An 80 mm roll queue ticket; the page is exactly as tall as its content."""
    font = cjk_font_name()
    _warn_missing_glyphs(ticket_unprintable(slip, centre))
    width = ROLL.width - 2 * ROLL.margin_x
    body = Style(font, ROLL.body_size, align="center")
    small = Style(font, ROLL.small_size)
    number_size = fit_size(
        slip.ticket_number, font, ROLL.ticket_number_size, width, ROLL.ticket_number_min_size
    )
    number = Style(font, number_size, bold=True, align="center", spacing=1.2)

    items: list[Item] = []
    items += text_items(
        centre.name, Style(font, ROLL.centre_size, bold=True, align="center"), width
    )
    items.append(rule(width, ROLL.body_size * 0.8))
    items += text_items(TEXTS.ticket_caption, body, width)
    items += text_items(slip.ticket_number, number, width)
    items += text_items(
        slip.category_label,
        Style(font, ROLL.ticket_category_size, bold=True, align="center"),
        width,
    )
    if slip.is_group:
        group = Style(font, ROLL.body_size + 1, bold=True, align="center")
        items += text_items(TEXTS.ticket_people.format(n=slip.people_count), group, width)
        if slip.representatives:
            names = TEXTS.names_separator.join(r.name for r in slip.representatives)
            items += text_items(TEXTS.ticket_representatives.format(names=names), body, width)
    if slip.reprint_at is not None:
        items.append(spacer(ROLL.body_size * 0.3))
        items.append(_reprint_mark(slip.reprint_at, font, ROLL.mark_size, body, width, "center"))
    items.append(rule(width, ROLL.body_size * 0.8))
    items += text_items(
        TEXTS.ticket_issued.format(time=_local(slip.issued_at, TEXTS.datetime_format)), body, width
    )
    ahead = Style(font, ROLL.ticket_ahead_size, bold=True, align="center")
    items += text_items(TEXTS.ticket_people_ahead.format(n=max(0, slip.people_ahead)), ahead, width)
    wait = (
        TEXTS.ticket_wait.format(estimate=slip.wait_estimate)
        if slip.wait_estimate
        else TEXTS.ticket_no_wait_estimate
    )
    items += text_items(wait, body, width)
    items.append(spacer(ROLL.body_size * 0.3))
    items.append(qr_item(slip.qr_text, ROLL.qr_size, width))
    items += text_items(
        TEXTS.ticket_qr_caption, Style(font, ROLL.small_size, align="center"), width
    )
    items.append(rule(width, ROLL.body_size * 0.8))
    items += text_items(centre.ticket_notice, small, width)
    items += _contact_items(centre, small, width)
    title = f"{centre.name} {slip.ticket_number}"
    return _render_roll(items, title, centre.name)


def _reprint_mark(
    when: datetime, font: str, size: float, detail: Style, width: float, align: str
) -> Item:
    return mark_item(
        TEXTS.reprint_mark,
        TEXTS.reprint_time.format(time=_local(when, TEXTS.datetime_format)),
        Style(font, size, bold=True),
        Style(font, detail.size),
        width,
        align,
    )


def _contact_items(centre: CentreInfo, style: Style, width: float) -> list[Item]:
    items: list[Item] = []
    if centre.address:
        items += text_items(TEXTS.address.format(address=centre.address), style, width)
    if centre.phone:
        items += text_items(TEXTS.phone.format(phone=centre.phone), style, width)
    return items


def _render_roll(items: list[Item], title: str, author: str) -> bytes:
    """Stack items on 80 mm pages as tall as needed, each at most ROLL.max_height."""
    room = ROLL.max_height - ROLL.margin_top - ROLL.margin_bottom
    pages = paginate(items, room, room)
    buffer = io.BytesIO()
    c = new_canvas(buffer, (ROLL.width, _roll_height(pages[0])), cjk_font_name(), title, author)
    for n, page in enumerate(pages):
        height = _roll_height(page)
        if n:
            c.setPageSize((ROLL.width, height))
        stack(c, page, ROLL.margin_x, height - ROLL.margin_top)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _roll_height(page: list[Item]) -> float:
    return ROLL.margin_top + total_height(page) + ROLL.margin_bottom


# --- Receipt --------------------------------------------------------------------------


def render_receipt_pdf(receipt: VisitReceipt, centre: CentreInfo, layout: str) -> bytes:
    """The visit receipt: layout "a4" (with a tear-off stub) or "80mm" (roll)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown receipt layout {layout!r}; expected one of {LAYOUTS}")
    if receipt.outcome not in OUTCOMES:
        raise ValueError(f"unknown receipt outcome {receipt.outcome!r}")
    _warn_missing_glyphs(receipt_unprintable(receipt, centre))
    if layout == "a4":
        return _render_a4(receipt, centre)
    return _render_roll_receipt(receipt, centre)


def _outcome_notice(receipt: VisitReceipt) -> str:
    return receipt_notice_text(receipt)


def _deadline_lines(receipt: VisitReceipt) -> list[str]:
    lines = []
    for deadline in receipt.deadlines:
        line = TEXTS.deadline_due.format(
            label=deadline.label, due=deadline.due.strftime(TEXTS.date_format)
        )
        lines.append(f"{line}（{deadline.note}）" if deadline.note else line)
    return lines


def _doc_title(receipt: VisitReceipt) -> str:
    return f"{TEXTS.receipt_titles[receipt.outcome]} {receipt.case_number}"


def _label_width(style: Style, minimum: float) -> float:
    """Label column wide enough for the widest label at this size (labels are data)."""
    labels = (
        TEXTS.label_case_number,
        TEXTS.label_enquiry_code,
        TEXTS.label_received_at,
        TEXTS.label_ticket_number,
        TEXTS.label_visitor,
        TEXTS.label_id_number,
        TEXTS.label_people_count,
        TEXTS.label_representatives,
        TEXTS.label_summary,
        TEXTS.label_route,
        TEXTS.label_receiving_unit,
        TEXTS.label_notice,
        TEXTS.label_deadlines,
        TEXTS.label_date,
    )
    return max(minimum, max(style.width(text) for text in labels) + style.size * 0.6)


def _main_fields(
    receipt: VisitReceipt,
    label: Style,
    value: Style,
    key: Style,
    label_width: float,
    width: float,
    two_columns: bool,
) -> list[Item]:
    """The fields shared by both layouts, as table rows."""
    received = _local(receipt.received_at, TEXTS.receipt_datetime_format)
    people = TEXTS.people_count_value.format(n=receipt.people_count)
    unit = receipt.receiving_unit or TEXTS.no_value
    pairs: list[list[tuple[str, str]]] = [
        [
            (TEXTS.label_case_number, receipt.case_number),
            (TEXTS.label_enquiry_code, receipt.enquiry_code),
        ],
        [(TEXTS.label_received_at, received), (TEXTS.label_ticket_number, receipt.ticket_number)],
        [
            (TEXTS.label_visitor, receipt.visitor_name),
            (TEXTS.label_id_number, receipt.masked_id_number),
        ],
        [(TEXTS.label_people_count, people)],
    ]
    if receipt.representatives:
        pairs.append([(TEXTS.label_representatives, _representatives(receipt))])
    rows: list[Item] = []
    for n, pair in enumerate(pairs):
        style = key if n == 0 else value
        if two_columns:
            rows += field_rows(pair, label, style, label_width, width)
        else:
            for column in pair:
                rows += field_rows([column], label, style, label_width, width)
    rows += field_rows([(TEXTS.label_summary, receipt.summary)], label, value, label_width, width)
    route_pair = [(TEXTS.label_route, receipt.route_label), (TEXTS.label_receiving_unit, unit)]
    if two_columns:
        rows += field_rows(route_pair, label, value, label_width, width)
    else:
        for column in route_pair:
            rows += field_rows([column], label, value, label_width, width)
    deadlines = _deadline_lines(receipt)
    if deadlines:
        rows += field_rows(
            [(TEXTS.label_deadlines, "\n".join(deadlines))], label, value, label_width, width
        )
    rows += field_rows(
        [(TEXTS.label_notice, _outcome_notice(receipt))], label, value, label_width, width
    )
    if receipt.estimated and deadlines:
        rows += text_items(TEXTS.estimated_warning, Style(value.font, value.size * 0.85), width)
    return rows


def _representatives(receipt: VisitReceipt, with_id: bool = True) -> str:
    """The representatives: with masked ID numbers on the receipt, names on the stub."""
    return TEXTS.names_separator.join(
        r.with_id if with_id else r.name for r in receipt.representatives
    )


def _stub_fields(
    receipt: VisitReceipt,
    label: Style,
    value: Style,
    label_width: float,
    width: float,
    two_columns: bool,
) -> list[Item]:
    day = _local(receipt.received_at, TEXTS.date_format)
    visitor = f"{receipt.visitor_name}（{receipt.masked_id_number}）"
    summary = truncate(receipt.summary, TEXTS.stub_summary_chars, TEXTS.stub_ellipsis)
    route = receipt.route_label
    if receipt.receiving_unit:
        route = f"{route}：{receipt.receiving_unit}"
    pairs = [
        [
            (TEXTS.label_case_number, receipt.case_number),
            (TEXTS.label_ticket_number, receipt.ticket_number),
        ],
        [(TEXTS.label_visitor, visitor), (TEXTS.label_date, day)],
        *([[(TEXTS.label_people_count, TEXTS.people_count_value.format(n=receipt.people_count)),
             (TEXTS.label_representatives, _representatives(receipt, with_id=False))]]
          if receipt.representatives else []),
        [(TEXTS.label_summary, summary)],
        [(TEXTS.label_route, route)],
    ]
    rows: list[Item] = []
    for pair in pairs:
        if two_columns:
            rows += field_rows(pair, label, value, label_width, width)
        else:
            for column in pair:
                rows += field_rows([column], label, value, label_width, width)
    return rows


def _render_a4(receipt: VisitReceipt, centre: CentreInfo) -> bytes:
    font = cjk_font_name()
    width = A4.width - 2 * A4.margin_x
    label = Style(font, A4.body_size, bold=True)
    label_w = _label_width(label, A4.label_width)
    value = Style(font, A4.value_size)
    key = Style(font, A4.key_value_size, bold=True)
    small = Style(font, A4.small_size)
    title_text = TEXTS.receipt_titles[receipt.outcome]

    main: list[Item] = []
    main += text_items(centre.name, Style(font, A4.centre_size, bold=True, align="center"), width)
    main += text_items(
        title_text, Style(font, A4.title_size, bold=True, align="center", spacing=1.6), width
    )
    if receipt.reprint_at is not None:
        main.append(_reprint_mark(receipt.reprint_at, font, A4.mark_size, small, width, "right"))
    main.append(rule(width, A4.body_size * 0.6, line_width=1.0))
    main += _main_fields(receipt, label, value, key, label_w, width, two_columns=True)
    main.append(spacer(A4.body_size * 0.8))
    side = [
        (TEXTS.qr_hint, Style(font, A4.body_size)),
        (TEXTS.address.format(address=centre.address), small) if centre.address else None,
        (TEXTS.phone.format(phone=centre.phone), small) if centre.phone else None,
    ]
    main.append(qr_with_text(receipt.qr_text, A4.qr_size, width, [s for s in side if s]))
    main.append(spacer(A4.body_size * 0.5))
    main += text_items(centre.receipt_notice, small, width)
    right = Style(font, A4.body_size, align="right")
    main.append(spacer(A4.body_size * 0.5))
    main += text_items(TEXTS.signature.format(centre=centre.name), right, width)
    main += text_items(_local(receipt.received_at, TEXTS.date_format), right, width)

    stub: list[Item] = [labelled_rule(width, A4.body_size * 2.6, TEXTS.tear_line, small)]
    stub += text_items(
        TEXTS.stub_title, Style(font, A4.stub_title_size, bold=True, align="center"), width
    )
    if receipt.reprint_at is not None:
        stub.append(_reprint_mark(receipt.reprint_at, font, A4.mark_size, small, width, "right"))
    stub.append(rule(width, A4.body_size * 0.4, line_width=1.0))
    stub += _stub_fields(receipt, label, value, label_w, width, two_columns=True)

    # Plan the pages: the main part flows; the stub sits at the bottom of the last page
    # (a fixed place to tear), or alone on a further page when it does not fit.
    top = A4.height - A4.margin_top
    bottom = A4.margin_bottom + A4.footer_height
    continued = continuation_header(TEXTS.receipt_titles[receipt.outcome],
                                    receipt.case_number, receipt.reprint_at is not None,
                                    font, width)
    first_room = top - bottom
    rest_room = first_room - total_height(continued)
    pages = paginate(main, first_room, rest_room)
    stub_height = total_height(stub)
    last_room = (first_room if len(pages) == 1 else rest_room) - total_height(pages[-1])
    stub_page = len(pages) - 1 if stub_height <= last_room + 1e-6 else len(pages)
    page_count = max(len(pages), stub_page + 1)

    buffer = io.BytesIO()
    c = new_canvas(buffer, (A4.width, A4.height), font, _doc_title(receipt), centre.name)
    for n in range(page_count):
        y = top
        if n:
            y = stack(c, continued, A4.margin_x, y)
        if n < len(pages):
            stack(c, pages[n], A4.margin_x, y)
        if n == stub_page:
            stack(c, stub, A4.margin_x, bottom + stub_height)
        if page_count > 1:
            footer = TEXTS.page_number.format(page=n + 1, pages=page_count)
            foot_style = Style(font, A4.small_size, align="center")
            x = A4.margin_x + (width - foot_style.width(footer)) / 2
            draw_text(c, foot_style, x, foot_style.baseline(bottom, A4.footer_height), footer)
        c.showPage()
    c.save()
    return buffer.getvalue()


def continuation_header(title: str, case_number: str, reprinted: bool, font: str,
                        width: float) -> list[Item]:
    """The small header on an A4 paper's second and later pages (receipts and notices)."""
    style = Style(font, A4.small_size)
    text = f"{title}{TEXTS.continued_suffix}　{TEXTS.label_case_number}：{case_number}"
    if reprinted:
        text += f"　{TEXTS.reprint_mark}"
    return [*text_items(text, style, width), rule(width, A4.small_size * 0.8)]


def _render_roll_receipt(receipt: VisitReceipt, centre: CentreInfo) -> bytes:
    font = cjk_font_name()
    width = ROLL.width - 2 * ROLL.margin_x
    label = Style(font, ROLL.body_size, bold=True)
    label_w = _label_width(label, ROLL.label_width)
    value = Style(font, ROLL.body_size)
    key = Style(font, ROLL.body_size + 1, bold=True)
    small = Style(font, ROLL.small_size)
    center = Style(font, ROLL.small_size, align="center")

    items: list[Item] = []
    items += text_items(
        centre.name, Style(font, ROLL.centre_size, bold=True, align="center"), width
    )
    items += text_items(
        TEXTS.receipt_titles[receipt.outcome],
        Style(font, ROLL.title_size, bold=True, align="center"),
        width,
    )
    if receipt.reprint_at is not None:
        items.append(
            _reprint_mark(receipt.reprint_at, font, ROLL.mark_size, small, width, "center")
        )
    items.append(rule(width, ROLL.body_size * 0.6, line_width=0.8))
    items += _main_fields(receipt, label, value, key, label_w, width, two_columns=False)
    items.append(spacer(ROLL.body_size * 0.5))
    items.append(qr_item(receipt.qr_text, ROLL.qr_size, width))
    items += text_items(TEXTS.qr_hint, center, width)
    items.append(spacer(ROLL.body_size * 0.3))
    items += text_items(centre.receipt_notice, small, width)
    items += _contact_items(centre, small, width)
    items.append(spacer(ROLL.body_size * 0.5))
    right = Style(font, ROLL.body_size, align="right")
    items += text_items(TEXTS.signature.format(centre=centre.name), right, width)
    items += text_items(_local(receipt.received_at, TEXTS.date_format), right, width)

    items.append(labelled_rule(width, ROLL.body_size * 2.4, TEXTS.stub_title, small))
    if receipt.reprint_at is not None:
        items.append(
            _reprint_mark(receipt.reprint_at, font, ROLL.mark_size, small, width, "center")
        )
    items += _stub_fields(receipt, label, value, label_w, width, two_columns=False)
    return _render_roll(items, _doc_title(receipt), centre.name)
