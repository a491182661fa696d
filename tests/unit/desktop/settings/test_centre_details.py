"""The centre's address and phone: never printed as a stand-in; a receipt is refused, with
the way to fix it, until they are filled in; the demo fills in clearly fake ones."""

from __future__ import annotations

import io

import pytest
from helpers import make_id_number
from pypdf import PdfReader

from db.models import Setting
from desktop.cases.registration import RegistrationInput
from desktop.demo import DEMO_MARK, fill_demo_data
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.queue.tickets import TicketRequest
from desktop.settings.registry import CentreDetailsMissing

REFUSAL = "中心地址和电话尚未填写，不能打印回执：请在 工具 → 系统设置 → 中心信息 中填写后再打印"
STAND_INS = {"centre_address": "海口市美兰区（地址请在设置中填写）", "centre_phone": "0898-12345"}


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def registered(services):  # type: ignore[no-untyped-def]
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="王小明", id_number=make_id_number(seq=7), category=TicketCategory.REGULAR))
    result = services.registration.register(ticket.visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="商品房逾期一年未交付", demands="请求督促交房",
        content_category_code="01", area_code="460106", purpose=Purpose.SEEK_RESOLUTION,
        route=Route.TRANSFERRED, route_unit_code="HK-ZJJ"))
    return ticket, result


def store_stand_ins(services) -> None:  # type: ignore[no-untyped-def]
    """What a database seeded by the first version holds until the centre edits it."""
    with services.sessions.begin() as session:
        for key, value in STAND_INS.items():
            row = session.get(Setting, key)
            assert row is not None
            row.value = value


@pytest.mark.parametrize("layout", ["a4", "80mm"])
@pytest.mark.parametrize("details", ["empty", "stand-ins"])
def test_a_receipt_is_refused_until_address_and_phone_are_filled_in(  # type: ignore[no-untyped-def]
    services, registered, layout, details
) -> None:
    ticket, result = registered
    if details == "empty":
        services.settings.update({"centre_address": "", "centre_phone": ""})
    else:
        store_stand_ins(services)
    with pytest.raises(CentreDetailsMissing) as caught:
        services.printing.receipt(ticket.visit_id, layout)
    assert caught.value.message == REFUSAL
    assert caught.value.field == "centre_address"
    with pytest.raises(CentreDetailsMissing):
        services.printing.receipt_for_case(result.case_number, layout)

    services.settings.update({"centre_address": "海口市美兰区海府路 1 号",
                              "centre_phone": "0898-66668888"})
    text = pdf_text(services.printing.receipt(ticket.visit_id, layout).pdf)
    assert "海府路 1 号" in text and "0898-66668888" in text


def test_only_the_phone_missing_is_refused_too(services, registered) -> None:  # type: ignore[no-untyped-def]
    ticket, _ = registered
    services.settings.update({"centre_phone": ""})
    with pytest.raises(CentreDetailsMissing) as caught:
        services.printing.receipt(ticket.visit_id)
    assert caught.value.field == "centre_phone"


def test_a_ticket_slip_never_prints_the_stand_ins(services, registered) -> None:  # type: ignore[no-untyped-def]
    """The front desk keeps issuing tickets; the slip simply leaves the lines out."""
    ticket, _ = registered
    store_stand_ins(services)
    text = pdf_text(services.printing.ticket_slip(ticket.visit_id).pdf)
    assert ticket.ticket_number in text
    assert "地址请在设置中填写" not in text and "0898-12345" not in text


def test_the_demo_fills_in_fake_details_and_keeps_real_ones(services) -> None:  # type: ignore[no-untyped-def]
    services.settings.update({"centre_address": "", "centre_phone": ""})
    fill_demo_data(services, visits=3, days=1)
    settings = services.settings.snapshot()
    assert settings.centre_address.startswith(DEMO_MARK)
    assert "演示" in settings.centre_phone
    assert services.settings.missing_centre_details() == ()

    services.settings.update({"centre_address": "海府路 1 号", "centre_phone": "12345"})
    fill_demo_data(services, visits=3, days=1, seed=2)
    settings = services.settings.snapshot()
    assert (settings.centre_address, settings.centre_phone) == ("海府路 1 号", "12345")
