"""Rare characters in names (CJK Extension B, plane 2: 𠀀 𪚥) print in a fallback font;
what no font has is reported, never silently left blank."""

from __future__ import annotations

import io
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import cast

import pytest
from pypdf import PageObject, PdfReader
from pypdf.generic import DictionaryObject
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.printing.documents import (
    CentreInfo,
    TicketSlip,
    VisitReceipt,
    fonts,
    receipt_qr_text,
    receipt_unprintable,
    render_receipt_pdf,
    render_ticket_pdf,
    ticket_qr_text,
    ticket_unprintable,
)
from desktop.printing.documents.wrap import wrap_text

CENTRE = CentreInfo("海口市人民来访接待中心", "滨海大道89号", "0898-66668888", "请留意叫号。", "")
SLIP = TicketSlip(
    "A1023", "普通来访", datetime(2024, 5, 6, 1, 15, tzinfo=UTC), 2, None,
    ticket_qr_text(date(2024, 5, 6), "A1023"),
)
RECEIPT = VisitReceipt(
    case_number="HK2024050600012",
    enquiry_code="7Q3K9M",
    ticket_number="A1023",
    received_at=datetime(2024, 5, 6, 2, 30, tzinfo=UTC),
    visitor_name="王小明",
    masked_id_number="4601**********123X",
    people_count=1,
    summary="来访人反映商品房逾期未交付。",
    route_label="转送",
    receiving_unit="海口市住房和城乡建设局",
    outcome="transferred",
    channel_or_reason=None,
    deadlines=(),
    qr_text=receipt_qr_text("HK2024050600012", "7Q3K9M"),
)
RARE = "𠀀𪚥"  # U+20000, U+2A6A5: Extension B
NAME = f"王{RARE}明"
NO_FONT = "\U0010fffd"  # private use, plane 16: in no font


@pytest.fixture(autouse=True)
def _fresh_fonts() -> Iterator[None]:
    fonts.load_cjk_font.cache_clear()
    yield
    fonts.load_cjk_font.cache_clear()


@pytest.fixture
def ext_b_font() -> str:
    """The fallback font that draws Extension B; setup.sh installs fonts-hanazono."""
    name = fonts.font_chain().font_for(RARE[0])
    if name is None or name == fonts.cjk_font_name():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("no fallback font for CJK Extension B (install fonts-hanazono)")
        pytest.skip("no fallback font for CJK Extension B (install fonts-hanazono)")
    return name


def page_fonts(page: PageObject) -> DictionaryObject:
    resources = cast(DictionaryObject, page["/Resources"])
    return cast(DictionaryObject, resources["/Font"].get_object())


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def base_fonts(pdf: bytes) -> set[str]:
    return {
        str(ref.get_object()["/BaseFont"])
        for page in PdfReader(io.BytesIO(pdf)).pages
        for ref in page_fonts(page).values()
    }


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_extension_b_characters_are_drawn_in_the_embedded_fallback_font(
    layout: str, ext_b_font: str
) -> None:
    receipt = replace(RECEIPT, visitor_name=NAME)

    pdf = render_receipt_pdf(receipt, CENTRE, layout)

    used = base_fonts(pdf)
    assert len(used) == 2, used  # the main font and the fallback, both subset-embedded
    for font in used:
        assert re.match(r"^/[A-Z]{6}\+", font)
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for ref in page_fonts(page).values():
            assert "/FontFile2" in ref.get_object()["/FontDescriptor"].get_object()
    # The name is whole on the receipt and on the stub, and can be searched and copied.
    assert pdf_text(pdf).count(NAME) == 2
    assert receipt_unprintable(receipt, CENTRE) == ()


def test_the_usual_receipt_embeds_only_the_main_font() -> None:
    assert len(base_fonts(render_receipt_pdf(RECEIPT, CENTRE, "a4"))) == 1


def test_rare_characters_are_measured_in_the_font_that_draws_them(ext_b_font: str) -> None:
    main = fonts.cjk_font_name()
    size = 12.0
    for ch in RARE:
        assert fonts.text_width(ch, main, size) == pytest.approx(
            stringWidth(ch, ext_b_font, size)
        )
    text = "王" + RARE * 20  # wraps over several lines of at most 100 pt
    lines = wrap_text(text, main, size, 100.0)
    assert len(lines) > 1
    assert "".join(lines) == text
    for line in lines:
        assert fonts.text_width(line, main, size) <= 100.0 + 1e-6


def test_a_character_no_font_has_is_reported_and_logged_without_the_name(
    caplog: pytest.LogCaptureFixture,
) -> None:
    receipt = replace(RECEIPT, visitor_name=f"王{NO_FONT}明")

    with caplog.at_level(logging.WARNING):
        pdf = render_receipt_pdf(receipt, CENTRE, "a4")

    assert receipt_unprintable(receipt, CENTRE) == (NO_FONT,)
    assert "王" in pdf_text(pdf)  # the rest still prints
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "U+10FFFD" in messages
    assert NO_FONT not in messages
    assert "王" not in messages


def test_ticket_texts_are_checked_too() -> None:
    centre = replace(CENTRE, name=f"海口{NO_FONT}中心")

    assert ticket_unprintable(SLIP, centre) == (NO_FONT,)
    assert render_ticket_pdf(SLIP, centre)  # still renders


def test_without_a_fallback_font_extension_b_is_unprintable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fonts, "fallback_candidates", lambda: iter(()))
    monkeypatch.delenv(fonts.FALLBACKS_ENV_VAR, raising=False)

    receipt = replace(RECEIPT, visitor_name=NAME)

    assert receipt_unprintable(receipt, CENTRE) == tuple(RARE)


def test_blanks_and_variation_selectors_are_never_unprintable() -> None:
    text = "王\u3000明\ufe00\u200d \U000e0100"

    assert fonts.unprintable_chars([text]) == ()


def test_windows_fallbacks_are_the_extb_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", "C:/Windows")
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setenv(fonts.FALLBACKS_ENV_VAR, "D:/fonts/extra.ttc:1")

    found = list(fonts.fallback_candidates())

    assert found[0] == fonts.FontCandidate("D:/fonts/extra.ttc", 1)
    names = [os.path.basename(c.path).lower() for c in found]
    assert "simsunb.ttf" in names
    assert "mingliub.ttc" in names


def test_to_unicode_map_writes_plane_2_as_surrogate_pairs() -> None:
    cmap = fonts._to_unicode_cmap("F", [0, 0x4E2D, 0x20000])

    assert "<01> <4E2D>" in cmap
    assert "<02> <D840DC00>" in cmap
