"""The hall board's words: window names, the date, people counts, the leaders' reception
sessions, and labels whose font shrinks until their text fits (an English call line is
much longer than the Chinese).

The texts use the board's translation context ("BoardWindow") so they stay together
with the board's other texts in the translation file.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.reception.domain import SESSION_KIND_LABELS, SessionKind
from desktop.reception.schedule import BoardSession
from ui.i18n import tr_domain

CONTEXT = "BoardWindow"
MIN_PIXELS = 10  # never smaller than this; what still does not fit is elided

WEEKDAYS = (
    QT_TRANSLATE_NOOP("BoardWindow", "星期一"), QT_TRANSLATE_NOOP("BoardWindow", "星期二"),
    QT_TRANSLATE_NOOP("BoardWindow", "星期三"), QT_TRANSLATE_NOOP("BoardWindow", "星期四"),
    QT_TRANSLATE_NOOP("BoardWindow", "星期五"), QT_TRANSLATE_NOOP("BoardWindow", "星期六"),
    QT_TRANSLATE_NOOP("BoardWindow", "星期日"),
)
# Month names, so that English can say "Dec" where Chinese says "12月".
MONTHS = (
    QT_TRANSLATE_NOOP("BoardWindow", "1月"), QT_TRANSLATE_NOOP("BoardWindow", "2月"),
    QT_TRANSLATE_NOOP("BoardWindow", "3月"), QT_TRANSLATE_NOOP("BoardWindow", "4月"),
    QT_TRANSLATE_NOOP("BoardWindow", "5月"), QT_TRANSLATE_NOOP("BoardWindow", "6月"),
    QT_TRANSLATE_NOOP("BoardWindow", "7月"), QT_TRANSLATE_NOOP("BoardWindow", "8月"),
    QT_TRANSLATE_NOOP("BoardWindow", "9月"), QT_TRANSLATE_NOOP("BoardWindow", "10月"),
    QT_TRANSLATE_NOOP("BoardWindow", "11月"), QT_TRANSLATE_NOOP("BoardWindow", "12月"),
)
# The name a window gets when none is typed (desktop.queue.windows): "3号窗口".
_NUMBERED_WINDOW = re.compile(r"^\s*(\d+)\s*号窗口\s*$")


def _tr(text: str) -> str:
    # Only for texts marked with QT_TRANSLATE_NOOP above; every other text is a literal
    # QCoreApplication.translate call, because lupdate collects only those.
    return QCoreApplication.translate(CONTEXT, text)


def window_text(name: str) -> str:
    """A window's name for the hall: the built-in "N号窗口" through a translated template
    (English "Window N"); a name the centre typed itself is shown as typed."""
    match = _NUMBERED_WINDOW.match(name)
    if match is None:
        return name
    template = QCoreApplication.translate("BoardWindow", "{number}号窗口")
    return template.format(number=int(match.group(1)))


def date_text(day: date) -> str:
    """The date, unambiguous in both languages: 2026年12月1日 星期二 / Tue 1 Dec 2026.
    Built from parts (never a locale's short format, which reads 1/12 or 12/1)."""
    return QCoreApplication.translate("BoardWindow", "{year}年{month}{day}日 {weekday}").format(
        year=day.year, month=_tr(MONTHS[day.month - 1]), day=day.day,
        weekday=_tr(WEEKDAYS[day.weekday()]))


def waiting_text(count: int) -> str:
    """How many wait, with the language's plural form (1 person / 2 people).

    The board says it with self.tr (the same context and text), which is what marks the
    message as a plural one for lupdate."""
    return QCoreApplication.translate("BoardWindow", "等候 %n 人", "", count)


def call_line(window_name: str) -> str:
    """The line under the called number: where to go."""
    template = QCoreApplication.translate("BoardWindow", "请到 {window}")
    return template.format(window=window_text(window_name))


def fitted_pixel_size(font: QFont, text: str, width: int, pixels: int,
                      minimum: int = MIN_PIXELS) -> int:
    """The largest pixel size up to `pixels` at which `text` in `font` fits in `width`
    (not below `minimum`)."""
    if not text or width <= 0:
        return pixels
    probe = QFont(font)
    probe.setPixelSize(pixels)
    advance = QFontMetrics(probe).horizontalAdvance(text)
    if advance <= width:
        return pixels
    # Width grows about linearly with the size: start there, then step down to be sure.
    size = max(minimum, min(pixels - 1, pixels * width // advance))
    while size > minimum:
        probe.setPixelSize(size)
        if QFontMetrics(probe).horizontalAdvance(text) <= width:
            break
        size -= 1
    return size


class BoardLabel(QLabel):
    """A board label: it may shrink below its text (fonts follow the window size, so a
    smaller screen gets a smaller board rather than a window larger than the screen).

    With `fit`, its font also shrinks below its design size until the text fits its
    width, and is elided only when even the smallest size does not fit; the layout gives
    it its width (its text does not claim any)."""

    def __init__(self, text: str = "", fit: bool = False) -> None:
        super().__init__(text)
        self._fit = fit
        self._pixels = 0   # the design size for the window's size; 0: not set yet
        self._full_text = text
        if fit:
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(1, 1)

    def set_pixel_size(self, pixels: int, bold: bool) -> None:
        """The font size for this window size (before any fitting)."""
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        self._pixels = pixels
        self.setFont(font)
        self._refit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full_text = text
        if not self._fit:
            super().setText(text)
            return
        self._refit()

    def text(self) -> str:
        """The whole text (also when the display elides it)."""
        return self._full_text if self._fit else super().text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit and event.size().width() != event.oldSize().width():
            self._refit()

    def shown_text(self) -> str:
        """What the label displays (elided when even the smallest size does not fit)."""
        return super().text()

    def _refit(self) -> None:
        if not self._fit:
            return
        text = self._full_text
        width = self.contentsRect().width()
        font = QFont(self.font())
        if self._pixels:
            size = fitted_pixel_size(font, text, width, self._pixels)
            if size != font.pixelSize():
                font.setPixelSize(size)
                super().setFont(font)
        metrics = QFontMetrics(font)
        if width > 1 and metrics.horizontalAdvance(text) > width:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        super().setText(text)


def short_date_text(day: date) -> str:
    """A day of the coming week: 12月3日 星期四 / Thu 3 Dec."""
    return QCoreApplication.translate("BoardWindow", "{month}{day}日 {weekday}").format(
        month=_tr(MONTHS[day.month - 1]), day=day.day, weekday=_tr(WEEKDAYS[day.weekday()]))


def reception_line(session: BoardSession, today: date) -> str:
    """One published leader's reception session for the hall: when, who (post and
    分管领域), where; the kind only when it is not a reception at the centre."""
    when = (QCoreApplication.translate("BoardWindow", "今天") if session.day == today
            else short_date_text(session.day))
    who = QCoreApplication.translate("BoardWindow", "{name}（{post}）").format(
        name=session.leader_name, post=session.leader_post)
    parts = [f"{when} {session.start:%H:%M}–{session.end:%H:%M}", who]
    if session.portfolio:
        parts.append(QCoreApplication.translate("BoardWindow", "分管：{portfolio}").format(
            portfolio=session.portfolio))
    place = tr_domain(session.place)  # the centre's own place is a Domain label
    if session.kind_label != SESSION_KIND_LABELS[SessionKind.RECEPTION]:
        place = f"{tr_domain(session.kind_label)} · {place}"
    parts.append(QCoreApplication.translate("BoardWindow", "地点：{place}").format(place=place))
    return "   ".join(parts)
