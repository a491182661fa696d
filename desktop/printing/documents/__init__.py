"""Queue tickets and visit receipts as PDF (ReportLab + qrcode; no Qt here).

The UI previews and prints the returned bytes (QPrinter) and records every print and
reprint; a reprint is rendered with `reprint_at` set, which marks the copy 补打.
"""

from __future__ import annotations

from collections.abc import Iterable

from .check_page import check_page_lines, render_check_page_pdf
from .model import (
    CaseNotice,
    CentreInfo,
    CheckPage,
    Deadline,
    NoticeRow,
    Representative,
    TicketSlip,
    TimelineRow,
    VisitReceipt,
    parse_receipt_qr_text,
    parse_ticket_qr_text,
    receipt_qr_text,
    ticket_qr_text,
)
from .template import LAYOUTS

# ReportLab and qrcode (~40 ms, 7 MiB) load on the first render, not when the services
# open: these wrappers import the renderer modules on call.


def cjk_font_name() -> str:
    """The registered ReportLab font name to draw Chinese text with."""
    from .fonts import cjk_font_name as impl

    return impl()


def font_is_embedded() -> bool:
    """False when only the STSong-Light fallback was available."""
    from .fonts import font_is_embedded as impl

    return impl()


def unprintable_chars(texts: Iterable[str]) -> tuple[str, ...]:
    """Characters in `texts` that no font can draw (they would print as blanks)."""
    from .fonts import unprintable_chars as impl

    return impl(texts)


def render_ticket_pdf(slip: TicketSlip, centre: CentreInfo) -> bytes:
    """An 80 mm roll queue ticket; the page is exactly as tall as its content."""
    from .render import render_ticket_pdf as impl

    return impl(slip, centre)


def render_receipt_pdf(receipt: VisitReceipt, centre: CentreInfo, layout: str) -> bytes:
    """The visit receipt: layout "a4" (with a tear-off stub) or "80mm" (roll)."""
    from .render import render_receipt_pdf as impl

    return impl(receipt, centre, layout)


def render_notice_pdf(notice: CaseNotice, centre: CentreInfo, layout: str) -> bytes:
    """A notice (受理告知书 …): layout "a4" or "80mm" (roll, as long as it needs)."""
    from .notice_render import render_notice_pdf as impl

    return impl(notice, centre, layout)


def notice_unprintable(notice: CaseNotice, centre: CentreInfo) -> tuple[str, ...]:
    """Characters of the notice's texts that no font can draw (they print blank)."""
    from .notice_render import notice_unprintable as impl

    return impl(notice, centre)


def ticket_unprintable(slip: TicketSlip, centre: CentreInfo) -> tuple[str, ...]:
    """Characters of the ticket's texts that no font can draw (they print blank)."""
    from .render import ticket_unprintable as impl

    return impl(slip, centre)


def receipt_unprintable(receipt: VisitReceipt, centre: CentreInfo) -> tuple[str, ...]:
    """Characters of the receipt's texts that no font can draw (they print blank)."""
    from .render import receipt_unprintable as impl

    return impl(receipt, centre)


__all__ = [
    "LAYOUTS",
    "CaseNotice",
    "CentreInfo",
    "CheckPage",
    "Deadline",
    "NoticeRow",
    "Representative",
    "TicketSlip",
    "TimelineRow",
    "VisitReceipt",
    "check_page_lines",
    "cjk_font_name",
    "font_is_embedded",
    "notice_unprintable",
    "parse_receipt_qr_text",
    "parse_ticket_qr_text",
    "receipt_qr_text",
    "receipt_unprintable",
    "render_check_page_pdf",
    "render_notice_pdf",
    "render_receipt_pdf",
    "render_ticket_pdf",
    "ticket_qr_text",
    "ticket_unprintable",
    "unprintable_chars",
]
