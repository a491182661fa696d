"""A group visit (集体访): the ticket and the receipt say how many came and who their
representatives are (ID numbers masked, and only on the receipt)."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime

from helpers import make_id_number
from pypdf import PdfReader

from desktop.cases.identity import mask_id_number
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.printing import escpos
from desktop.printing.documents import (
    CentreInfo,
    Representative,
    TicketSlip,
    VisitReceipt,
    receipt_qr_text,
    render_receipt_pdf,
    render_ticket_pdf,
    ticket_qr_text,
)
from desktop.queue.tickets import RepresentativeInput, TicketRequest

CENTRE = CentreInfo("海口市人民来访接待中心", "海南省海口市龙华区滨海大道89号", "0898-66668888",
                    "请妥善保管本号票。", "本回执是您来访登记的凭证。")
REPS = (Representative("张三", "4601**********123X"), Representative("李四"),
        Representative("欧阳娜娜", "4601**********0021"))
SLIP = TicketSlip("B1004", "集体访", datetime(2024, 5, 6, 1, 15, tzinfo=UTC), 2, None,
                  ticket_qr_text(date(2024, 5, 6), "B1004"), people_count=12,
                  representatives=REPS)
RECEIPT = VisitReceipt(
    case_number="HK2024050600012", enquiry_code="7Q3K9M", ticket_number="B1004",
    received_at=datetime(2024, 5, 6, 2, 30, tzinfo=UTC), visitor_name="王小明",
    masked_id_number="4601**********123X", people_count=12,
    summary="小区业主反映物业擅自提高收费标准。", route_label="转送/交办",
    receiving_unit="海口市住房和城乡建设局", outcome="transferred", channel_or_reason=None,
    deadlines=(), qr_text=receipt_qr_text("HK2024050600012", "7Q3K9M"), representatives=REPS)


def flat_text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_group_ticket_shows_the_people_and_the_representatives_names() -> None:
    text = flat_text(render_ticket_pdf(SLIP, CENTRE))
    assert "来访人数：12人" in text
    assert "代表：张三、李四、欧阳娜娜" in text
    assert "4601" not in text  # the ticket is seen around the hall: no ID numbers


def test_single_visitor_ticket_has_no_group_lines() -> None:
    single = replace(SLIP, people_count=1, representatives=())
    text = flat_text(render_ticket_pdf(single, CENTRE))
    assert "来访人数" not in text and "代表" not in text


def test_group_receipt_lists_the_representatives_with_masked_ids() -> None:
    for layout in ("a4", "80mm"):
        text = flat_text(render_receipt_pdf(RECEIPT, CENTRE, layout))
        assert "来访人数12人" in text, layout
        assert "代表张三（4601**********123X）、李四、欧阳娜娜（4601**********0021）" in text
        assert text.count("欧阳娜娜") == 2  # the stub keeps the names too


def test_escpos_output_has_the_group_lines_too() -> None:
    ticket = escpos.ticket_bytes(SLIP, CENTRE)
    receipt = escpos.receipt_bytes(RECEIPT, CENTRE)
    assert "来访人数：12 人".encode("gb18030") in ticket
    assert "张三、李四、欧阳娜娜".encode("gb18030") in ticket
    assert b"4601" not in ticket
    assert "张三（4601**********123X）".encode("gb18030") in receipt


def test_group_ticket_and_receipt_from_the_database(services) -> None:  # type: ignore[no-untyped-def]
    from desktop.cases.registration import RegistrationInput

    rep_id = make_id_number(seq=31)
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="王小明", id_number=make_id_number(seq=30), category=TicketCategory.GROUP,
        people_count=8,
        representatives=(RepresentativeInput("张三", rep_id), RepresentativeInput("李四"))))
    slip = services.printing.ticket_slip(ticket.visit_id)
    assert slip.slip is not None and slip.slip.people_count == 8
    text = flat_text(slip.pdf)
    assert "来访人数：8人" in text and "代表：张三、李四" in text

    services.registration.register(ticket.visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="小区业主反映物业擅自提高收费标准", demands="请求核查", content_category_code="01",
        area_code="460106", purpose=Purpose.SEEK_RESOLUTION, route=Route.TRANSFERRED,
        route_unit_code="HK-ZJJ"))
    receipt = services.printing.receipt(ticket.visit_id, "a4")
    text = flat_text(receipt.pdf)
    assert f"张三（{mask_id_number(rep_id)}）、李四" in text
    assert rep_id not in text
