"""Tickets and receipts as a person and a scanner see them: text, QR, fonts, pages."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import cast

import pytest
import zxingcpp
from PIL import Image
from pypdf import PageObject, PdfReader
from pypdf.generic import DictionaryObject

from desktop.printing.documents import (
    CentreInfo,
    Deadline,
    TicketSlip,
    VisitReceipt,
    font_is_embedded,
    receipt_qr_text,
    render_receipt_pdf,
    render_ticket_pdf,
    ticket_qr_text,
)
from desktop.printing.documents.template import A4, ROLL

A4_SIZE = (595.2756, 841.8898)
ROLL_WIDTH = 226.7717

CENTRE = CentreInfo(
    name="海口市人民来访接待中心",
    address="海南省海口市龙华区滨海大道89号",
    phone="0898-66668888",
    ticket_notice="请妥善保管本号票，留意叫号，过号请到前台重新排队。",
    receipt_notice="本回执是您来访登记的凭证，请妥善保管。",
)

SLIP = TicketSlip(
    ticket_number="A1023",
    category_label="普通来访",
    issued_at=datetime(2024, 5, 6, 1, 15, tzinfo=UTC),  # 09:15 in Haikou
    people_ahead=7,
    wait_estimate="约 10–20 分钟",
    qr_text=ticket_qr_text(date(2024, 5, 6), "A1023"),
)

RECEIPT = VisitReceipt(
    case_number="HK2024050600012",
    enquiry_code="7Q3K9M",
    ticket_number="A1023",
    received_at=datetime(2024, 5, 6, 2, 30, tzinfo=UTC),
    visitor_name="王小明",
    masked_id_number="4601**********123X",
    people_count=3,
    summary="来访人反映其购买的商品房逾期未交付，开发商拒不支付违约金，请求督促开发商尽快交房。",
    route_label="转送",
    receiving_unit="海口市住房和城乡建设局",
    outcome="transferred",
    channel_or_reason=None,
    deadlines=(
        Deadline("受理告知期限", date(2024, 5, 21)),
        Deadline("办理期限", date(2024, 7, 5), "可延长一次"),
    ),
    qr_text=receipt_qr_text("HK2024050600012", "7Q3K9M"),
)

REPRINT_AT = datetime(2024, 5, 8, 3, 0, tzinfo=UTC)


def page_fonts(page: PageObject) -> DictionaryObject:
    resources = cast(DictionaryObject, page["/Resources"])
    return cast(DictionaryObject, resources["/Font"].get_object())


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Without blanks and line breaks: wrapped text compares with its source."""
    return re.sub(r"\s+", "", text)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (float(page.mediabox.width), float(page.mediabox.height))
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def rasterise(pdf: bytes, tmp_path: Path, dpi: int, name: str = "page") -> list[Image.Image]:
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(tmp_path / name)],
        check=True,
        timeout=60,
    )
    return [Image.open(p) for p in sorted(tmp_path.glob(f"{name}-*.png"))]


def decoded_qr(image: Image.Image) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image)]


# --- Receipt content ----------------------------------------------------------------


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_receipt_shows_what_the_visitor_needs(layout: str) -> None:
    text = pdf_text(render_receipt_pdf(RECEIPT, CENTRE, layout))

    for expected in (
        "HK2024050600012",
        "7Q3K9M",
        "4601**********123X",
        "王小明",
        "2024年05月21日",
        "2024年07月05日",
        "2024年05月06日 10:30",  # 02:30 UTC shown in Asia/Shanghai
        CENTRE.name,
        "0898-66668888",
        "海口市住房和城乡建设局",
        "存根",
        "接待单位（盖章）",
    ):
        assert expected in text
    # A transfer is registered, not accepted: never a proof of acceptance.
    assert "受理凭证" not in text
    assert ("您反映的事项已于2024年05月06日登记，并于2024年05月06日转送/交办海口市住房和城乡建设局"
            "办理。") in flat(text)
    assert flat(RECEIPT.summary) in flat(text)
    assert flat(CENTRE.address) in flat(text)
    assert "补打" not in text


def test_a4_receipt_is_one_a4_page_with_the_stub() -> None:
    pdf = render_receipt_pdf(RECEIPT, CENTRE, "a4")

    assert page_sizes(pdf) == [pytest.approx(A4_SIZE, abs=0.01)]
    text = pdf_text(pdf)
    stub = text[text.index("存根") :]
    # The stub repeats the essentials for the centre's file, never the enquiry code.
    assert "HK2024050600012" in stub
    assert "A1023" in stub
    assert "王小明（4601**********123X）" in stub
    assert "2024年05月06日" in stub
    assert "转送" in stub
    assert "7Q3K9M" not in stub


def test_roll_receipt_is_80mm_wide() -> None:
    sizes = page_sizes(render_receipt_pdf(RECEIPT, CENTRE, "80mm"))

    assert len(sizes) == 1
    assert sizes[0][0] == pytest.approx(ROLL_WIDTH, abs=0.01)
    assert 300 < sizes[0][1] < ROLL.max_height


def test_legal_channel_receipt_tells_where_to_go() -> None:
    receipt = replace(
        RECEIPT,
        outcome="legal_channel",
        route_label="依法分类处理",
        receiving_unit=None,
        channel_or_reason="向人民法院提起诉讼",
        deadlines=(),
    )
    for layout in ("a4", "80mm"):
        text = flat(pdf_text(render_receipt_pdf(receipt, CENTRE, layout)))
        assert "属于应当依法通过法定途径解决的事项（向人民法院提起诉讼）" in text
        assert "受理机关和申请方式见依法分类处理告知书" in text
        assert "受理凭证" not in text  # a redirection must not look like an acceptance


def test_not_accepted_receipt_gives_the_reason() -> None:
    reason = "该事项已经复核终结，依照规定不再受理。"
    receipt = replace(
        RECEIPT,
        outcome="not_accepted",
        route_label="不予受理",
        receiving_unit=None,
        channel_or_reason=reason,
        deadlines=(),
    )
    text = flat(pdf_text(render_receipt_pdf(receipt, CENTRE, "a4")))

    assert f"经审查不予受理，理由：{reason}。" in text
    assert "受理凭证" not in text


def test_missing_reason_prints_a_placeholder_not_none() -> None:
    receipt = replace(RECEIPT, outcome="not_accepted", channel_or_reason=None, deadlines=())
    text = pdf_text(render_receipt_pdf(receipt, CENTRE, "a4"))

    assert "None" not in text
    assert "经审查不予受理，理由：（请向接谈工作人员咨询）。" in flat(text)


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_reprint_is_marked_on_receipt_and_stub(layout: str) -> None:
    text = pdf_text(render_receipt_pdf(replace(RECEIPT, reprint_at=REPRINT_AT), CENTRE, layout))

    assert text.count("补打时间：2024-05-08 11:00") == 2  # receipt and stub


def test_long_summary_continues_on_further_a4_pages() -> None:
    segments = [f"第{i:03d}段：" + "反映的问题，" * 9 for i in range(100)]
    summary = "".join(segments)[:4985] + "SENTINEL-END-99"
    assert len(summary) == 5000
    pdf = render_receipt_pdf(replace(RECEIPT, summary=summary), CENTRE, "a4")

    sizes = page_sizes(pdf)
    assert len(sizes) >= 2
    assert all(size == pytest.approx(A4_SIZE, abs=0.01) for size in sizes)
    text = flat(pdf_text(pdf))
    assert f"第1页/共{len(sizes)}页" in text
    assert "来访登记回执（续）信访件编号：HK2024050600012" in text
    # Without page footers and continuation headers the whole summary is there:
    # no line lost or repeated at a page break.
    body = re.sub(r"第\d+页/共\d+页", "", text)
    body = body.replace("来访登记回执（续）信访件编号：HK2024050600012", "")
    assert flat(summary) in body
    assert "存根" in text and "7Q3K9M" in text


def test_long_summary_grows_the_roll_then_continues_on_another_page() -> None:
    summary = "长" * 20000 + "SENTINEL-END"
    pdf = render_receipt_pdf(replace(RECEIPT, summary=summary), CENTRE, "80mm")

    sizes = page_sizes(pdf)
    assert len(sizes) >= 2
    assert all(width == pytest.approx(ROLL_WIDTH, abs=0.01) for width, _ in sizes)
    assert all(height <= ROLL.max_height + 0.01 for _, height in sizes)
    text = flat(pdf_text(pdf))
    assert flat(summary) in text  # pages of a roll have no headers: the text runs on


def test_receipt_rejects_naive_times_and_unknown_layouts() -> None:
    with pytest.raises(ValueError, match="layout"):
        render_receipt_pdf(RECEIPT, CENTRE, "a5")
    with pytest.raises(ValueError, match="naive"):
        render_receipt_pdf(replace(RECEIPT, received_at=datetime(2024, 5, 6, 10)), CENTRE, "a4")
    with pytest.raises(ValueError, match="outcome"):
        render_receipt_pdf(replace(RECEIPT, outcome="maybe"), CENTRE, "a4")


def test_local_time_does_not_depend_on_the_input_zone() -> None:
    in_tokyo = RECEIPT.received_at.astimezone(timezone(timedelta(hours=9)))
    text = pdf_text(render_receipt_pdf(replace(RECEIPT, received_at=in_tokyo), CENTRE, "a4"))

    assert "2024年05月06日 10:30" in text


def test_rendering_is_deterministic() -> None:
    assert render_receipt_pdf(RECEIPT, CENTRE, "a4") == render_receipt_pdf(RECEIPT, CENTRE, "a4")
    assert render_ticket_pdf(SLIP, CENTRE) == render_ticket_pdf(SLIP, CENTRE)


# --- Ticket ------------------------------------------------------------------------


def test_ticket_shows_number_wait_and_notice() -> None:
    pdf = render_ticket_pdf(SLIP, CENTRE)

    (size,) = page_sizes(pdf)
    assert size[0] == pytest.approx(ROLL_WIDTH, abs=0.01)
    assert size[1] < 150 * 72 / 25.4  # a short slip, not a long roll
    text = pdf_text(pdf)
    for expected in ("A1023", "普通来访", "2024-05-06 09:15", "前面还有 7 人", "约 10–20 分钟"):
        assert expected in text
    assert CENTRE.name in text
    assert flat(CENTRE.ticket_notice) in flat(text)
    assert "补打" not in text


def test_ticket_without_estimate_says_so() -> None:
    text = pdf_text(render_ticket_pdf(replace(SLIP, wait_estimate=None), CENTRE))

    assert "暂无等候时间估计" in text


def test_reprinted_ticket_is_marked() -> None:
    text = pdf_text(render_ticket_pdf(replace(SLIP, reprint_at=REPRINT_AT), CENTRE))

    assert "补打" in text
    assert "补打时间：2024-05-08 11:00" in text


# --- What a scanner and a viewer see ----------------------------------------------


def test_qr_codes_decode_to_their_payload(tmp_path: Path) -> None:
    (ticket,) = rasterise(render_ticket_pdf(SLIP, CENTRE), tmp_path, 200, "ticket")
    (receipt,) = rasterise(render_receipt_pdf(RECEIPT, CENTRE, "a4"), tmp_path, 200, "a4")
    (roll,) = rasterise(render_receipt_pdf(RECEIPT, CENTRE, "80mm"), tmp_path, 200, "roll")

    assert decoded_qr(ticket) == ["LFQ:20240506:A1023"]
    assert decoded_qr(receipt) == ["LFXF:HK2024050600012:7Q3K9M"]
    assert decoded_qr(roll) == ["LFXF:HK2024050600012:7Q3K9M"]


def test_font_is_embedded_as_a_subset() -> None:
    assert font_is_embedded()
    for pdf in (render_ticket_pdf(SLIP, CENTRE), render_receipt_pdf(RECEIPT, CENTRE, "a4")):
        for page in PdfReader(io.BytesIO(pdf)).pages:
            fonts = page_fonts(page)
            assert fonts
            for ref in fonts.values():
                font = ref.get_object()
                assert re.match(r"^/[A-Z]{6}\+", str(font["/BaseFont"]))
                assert "/FontFile2" in font["/FontDescriptor"].get_object()


def _blank_border(image: Image.Image, band_pt: float, dpi: int) -> bool:
    gray = image.convert("L")
    band = max(1, round(band_pt * dpi / 72))
    w, h = gray.size
    for box in ((0, 0, w, band), (0, h - band, w, h), (0, 0, band, h), (w - band, 0, w, h)):
        lo = gray.crop(box).getextrema()[0]
        if not isinstance(lo, int) or lo < 250:
            return False
    return True


def test_nothing_is_drawn_near_or_over_the_page_edges(tmp_path: Path) -> None:
    long = replace(
        RECEIPT,
        summary="ＡＢＣ，。" + "很长的事项概况（包括括号）和标点；" * 180 + "X" * 300,
        visitor_name="欧阳" * 30,
        receiving_unit="海口市" * 40,
        reprint_at=REPRINT_AT,
    )
    dpi = 40
    for name, pdf, band in (
        ("ticket", render_ticket_pdf(replace(SLIP, reprint_at=REPRINT_AT), CENTRE), 3 * 72 / 25.4),
        ("a4", render_receipt_pdf(long, CENTRE, "a4"), A4.margin_bottom * 0.8),
        ("roll", render_receipt_pdf(long, CENTRE, "80mm"), 3 * 72 / 25.4),
    ):
        pages = rasterise(pdf, tmp_path, dpi, name)
        assert pages
        for image in pages:
            assert _blank_border(image, band, dpi), name
