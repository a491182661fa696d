"""The hall board's words in Chinese and English: the built-in window names through a
template, an unambiguous date, plural people counts, and a call line that fits at
1366×768 however long the language makes it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from helpers import make_id_number
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.queue.board import BoardWindow
from ui.queue.board_text import (
    BoardLabel,
    call_line,
    date_text,
    fitted_pixel_size,
    waiting_text,
    window_text,
)
from ui.queue.voice_player import AnnouncementQueue, SilentPlayer

WAIT_MS = 5_000

# The board's English as the lead will fill it in laifang_en.ts (the compiled .qm may
# not have these yet, so the test installs them itself).
ENGLISH = {
    "{number}号窗口": "Window {number}",
    "{year}年{month}{day}日 {weekday}": "{weekday} {day} {month} {year}",
    "12月": "Dec",
    "星期二": "Tue",
    "请到 {window}": "Please go to {window}",
    "正在呼叫": "Now calling",
}


class EnglishBoard(QTranslator):
    """The board's English, with Qt's plural forms for "%n"."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        # A Python translator's answer always counts (Qt asks no other translator), so
        # anything it does not know stays as it is.
        if context != "BoardWindow":
            return source
        if source == "等候 %n 人":
            return "%n person waiting" if n == 1 else "%n people waiting"
        return ENGLISH.get(source, source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translator = EnglishBoard()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_chinese_texts() -> None:
    assert window_text("2号窗口") == "2号窗口"
    assert window_text("信访接待室") == "信访接待室"  # a name the centre typed: as typed
    assert call_line("2号窗口") == "请到 2号窗口"
    assert date_text(date(2026, 12, 1)) == "2026年12月1日 星期二"
    assert waiting_text(1) == "等候 1 人"
    assert waiting_text(12) == "等候 12 人"


def test_english_texts(english: None) -> None:
    assert window_text("2号窗口") == "Window 2"
    assert window_text(" 12号窗口 ") == "Window 12"
    assert window_text("信访接待室") == "信访接待室"
    assert window_text("二号窗口") == "二号窗口"  # not the built-in pattern
    assert call_line("2号窗口") == "Please go to Window 2"
    assert date_text(date(2026, 12, 1)) == "Tue 1 Dec 2026"
    assert waiting_text(0) == "0 people waiting"
    assert waiting_text(1) == "1 person waiting"
    assert waiting_text(2) == "2 people waiting"


def test_fitted_pixel_size(qapp: QApplication) -> None:
    font = QFont(QApplication.font())
    text = "Please go to Window 2"
    wide = QFontMetrics(font).horizontalAdvance(text) * 10
    assert fitted_pixel_size(font, text, wide, 80) == 80          # fits: design size
    size = fitted_pixel_size(font, text, 400, 80)
    assert size < 80
    font.setPixelSize(size)
    assert QFontMetrics(font).horizontalAdvance(text) <= 400
    font.setPixelSize(size + 1)
    assert QFontMetrics(font).horizontalAdvance(text) > 400        # the largest that fits
    assert fitted_pixel_size(font, text, 5, 80) == 10              # never below the minimum
    assert fitted_pixel_size(font, "", 5, 80) == 80


def test_a_fitting_label_shrinks_then_elides(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = BoardLabel("", fit=True)
    qtbot.addWidget(label)
    label.resize(300, 100)
    label.show()
    label.set_pixel_size(80, True)
    label.setText("Please go to Window 2")
    assert label.font().pixelSize() < 80
    assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= label.contentsRect().width()
    label.setText("2号窗口")
    assert label.font().pixelSize() == 80  # short text: back to the design size
    label.resize(20, 100)
    label.setText("Please go to Window 2")
    assert label.text() == "Please go to Window 2"
    assert label.shown_text() != label.text()  # elided at the smallest size
    assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= 20


def test_english_board_at_1366_fits_the_call_line(  # type: ignore[no-untyped-def]
    qtbot, services, tasks, english
) -> None:
    for seq in range(1, 4):
        services.tickets.issue_ticket(TicketRequest(
            name=f"访客{seq}", id_number=make_id_number(seq=seq),
            category=TicketCategory.REGULAR))
    services.calling.call_next("1号窗口")
    called = services.calling.call_next("2号窗口")
    assert called is not None
    board = BoardWindow(services, tasks, AnnouncementQueue(SilentPlayer()))
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    qtbot.waitUntil(lambda: board.snapshot is not None, timeout=WAIT_MS)
    QCoreApplication.processEvents()
    line = board.latest_window_label
    assert line.text() == "Please go to Window 2"
    assert isinstance(line, BoardLabel)
    assert line.shown_text() == line.text()  # fits by a smaller font, not cut off
    assert line.fontMetrics().horizontalAdvance(line.text()) <= line.contentsRect().width()
    assert line.font().pixelSize() >= 40  # still readable across the hall
    recent = [window.text() for number, window in board.recent_rows if number.text()]
    assert recent == ["Window 1"]
    assert "年" not in board.clock_label.text()  # the English date template
    cards = [card.text() for card in board.category_labels]
    assert any("1 person waiting" in card for card in cards)
