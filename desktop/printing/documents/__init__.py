"""Queue tickets and visit receipts as PDF (ReportLab + qrcode; no Qt here).

The UI previews and prints the returned bytes (QPrinter) and records every print and
reprint; a reprint is rendered with `reprint_at` set, which marks the copy 补打.
"""

from .check_page import check_page_lines, render_check_page_pdf
from .fonts import cjk_font_name, font_is_embedded, unprintable_chars
from .model import (
    CentreInfo,
    CheckPage,
    Deadline,
    Representative,
    TicketSlip,
    VisitReceipt,
    parse_receipt_qr_text,
    parse_ticket_qr_text,
    receipt_qr_text,
    ticket_qr_text,
)
from .render import (
    LAYOUTS,
    receipt_unprintable,
    render_receipt_pdf,
    render_ticket_pdf,
    ticket_unprintable,
)

__all__ = [
    "LAYOUTS",
    "CentreInfo",
    "CheckPage",
    "Deadline",
    "Representative",
    "TicketSlip",
    "VisitReceipt",
    "check_page_lines",
    "cjk_font_name",
    "font_is_embedded",
    "parse_receipt_qr_text",
    "parse_ticket_qr_text",
    "receipt_qr_text",
    "receipt_unprintable",
    "render_check_page_pdf",
    "render_receipt_pdf",
    "render_ticket_pdf",
    "ticket_qr_text",
    "ticket_unprintable",
    "unprintable_chars",
]
