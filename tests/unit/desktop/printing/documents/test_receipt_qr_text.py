"""QR payloads: documented format, round trip, nothing ambiguous."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.printing.documents import (
    parse_receipt_qr_text,
    parse_ticket_qr_text,
    receipt_qr_text,
    ticket_qr_text,
)


def test_receipt_payload_carries_case_number_and_enquiry_code_only() -> None:
    text = receipt_qr_text("HK2024050600012", "7Q3K9M")

    assert text == "LFXF:HK2024050600012:7Q3K9M"
    assert parse_receipt_qr_text(text) == ("HK2024050600012", "7Q3K9M")


def test_ticket_payload_carries_service_day_and_number() -> None:
    text = ticket_qr_text(date(2024, 5, 6), "A023")

    assert text == "LFQ:20240506:A023"
    assert parse_ticket_qr_text(text) == (date(2024, 5, 6), "A023")


@pytest.mark.parametrize("bad", ["", "HK:1", "HK 1", "HK\n1"])
def test_parts_that_would_make_the_payload_ambiguous_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        receipt_qr_text(bad, "7Q3K9M")
    with pytest.raises(ValueError):
        receipt_qr_text("HK2024050600012", bad)
    with pytest.raises(ValueError):
        ticket_qr_text(date(2024, 5, 6), bad)


@pytest.mark.parametrize(
    "text", ["LFQ:20240506:A023", "LFXF:only-two", "XX:1:2", "LFXF:a:b:c", "LFXF::x"]
)
def test_other_codes_are_not_taken_for_a_receipt(text: str) -> None:
    with pytest.raises(ValueError):
        parse_receipt_qr_text(text)


@pytest.mark.parametrize(
    "text", ["LFXF:a:b", "LFQ:2024-05-06:A1", "LFQ:20241301:A1", "LFQ:20240506:"]
)
def test_other_codes_are_not_taken_for_a_ticket(text: str) -> None:
    with pytest.raises(ValueError):
        parse_ticket_qr_text(text)
