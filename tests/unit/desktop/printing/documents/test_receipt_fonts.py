"""Finding the CJK font: override, search, and the logged STSong-Light fallback."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from desktop.printing.documents import (
    CentreInfo,
    TicketSlip,
    cjk_font_name,
    font_is_embedded,
    fonts,
    render_ticket_pdf,
)

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")

CENTRE = CentreInfo("海口市人民来访接待中心", "", "", "请留意叫号。", "")
SLIP = TicketSlip(
    "B007", "集体访", datetime(2024, 5, 6, 1, 15, tzinfo=UTC), 0, None, "LFQ:20240506:B007"
)


@pytest.fixture(autouse=True)
def _fresh_font_cache() -> Iterator[None]:
    # The font is found once per process; each test here searches afresh, and the
    # next test file finds the system font again.
    fonts.load_cjk_font.cache_clear()
    yield
    fonts.load_cjk_font.cache_clear()


def test_the_font_is_found_once_per_process() -> None:
    assert fonts.load_cjk_font() is fonts.load_cjk_font()
    assert font_is_embedded()
    assert cjk_font_name() == fonts.TTF_NAME


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/usr/share/fonts/x.ttc", fonts.FontCandidate("/usr/share/fonts/x.ttc", 0)),
        ("/usr/share/fonts/x.ttc:2", fonts.FontCandidate("/usr/share/fonts/x.ttc", 2)),
        ("C:/Windows/Fonts/simsun.ttc", fonts.FontCandidate("C:/Windows/Fonts/simsun.ttc", 0)),
        ("C:/Windows/Fonts/simsun.ttc:1", fonts.FontCandidate("C:/Windows/Fonts/simsun.ttc", 1)),
    ],
)
def test_override_takes_a_path_and_an_optional_subfont(
    value: str, expected: fonts.FontCandidate
) -> None:
    assert fonts.parse_override(value) == expected


@pytest.mark.skipif(not WQY.exists(), reason="needs fonts-wqy-zenhei")
def test_override_picks_the_font_and_subfont(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fonts.ENV_VAR, f"{WQY}:1")
    monkeypatch.setattr(fonts, "candidate_fonts", lambda: iter(()))

    loaded = fonts.load_cjk_font()

    assert loaded == fonts.LoadedFont(fonts.TTF_NAME, True, str(WQY), 1)


def test_unusable_fonts_are_skipped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"\x00\x01\x00\x00 not really a font")
    candidates = [fonts.FontCandidate(str(junk)), fonts.FontCandidate(str(tmp_path / "no.ttf"))]
    if WQY.exists():
        candidates.append(fonts.FontCandidate(str(WQY)))
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    monkeypatch.setattr(fonts, "candidate_fonts", lambda: iter(candidates))

    loaded = fonts.load_cjk_font()

    assert loaded.path == (str(WQY) if WQY.exists() else None)


def test_without_a_truetype_font_stsong_light_is_used_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    monkeypatch.setenv(fonts.ENV_VAR, str(tmp_path / "missing.ttf"))
    monkeypatch.setattr(fonts, "candidate_fonts", lambda: iter(()))

    with caplog.at_level(logging.WARNING, logger=fonts.__name__):
        name = cjk_font_name()

    assert name == "STSong-Light"
    assert not font_is_embedded()
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("missing.ttf" in m for m in messages)  # the bad override is named
    assert any("STSong-Light" in m for m in messages)

    # Tickets still print, with the (not embedded) CID font.
    pdf = render_ticket_pdf(replace(SLIP, reprint_at=SLIP.issued_at), CENTRE)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert "B007" in page.extract_text()
    resources = cast(DictionaryObject, page["/Resources"])
    page_fonts = cast(DictionaryObject, resources["/Font"].get_object())
    (font,) = (ref.get_object() for ref in page_fonts.values())
    assert "STSong-Light" in str(font["/BaseFont"])
