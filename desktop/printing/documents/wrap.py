"""Line breaking for Chinese (and mixed Latin) text by measured width.

Chinese has no spaces, so any character boundary may break, except that closing
punctuation (，。、）…) may not start a line and opening punctuation (（「《…) may not end
one. Latin words and numbers (case numbers, phone numbers) stay whole unless a single
word is wider than the line. A returned line is never wider than `max_width`, except a
line of one character when the width cannot hold even that.
"""

from __future__ import annotations

import re
import unicodedata

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from .fonts import char_font, text_width
from .template import NO_LINE_END, NO_LINE_START

# Control characters would print as boxes; tabs and other blanks become one space.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BLANKS = re.compile(r"[\t\f\v\u00a0\u2000-\u200a\u202f\u205f]")
_EPSILON = 1e-9


def clean_text(text: str) -> str:
    """Normalise line ends and blanks, drop control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BLANKS.sub(" ", text)
    return _CONTROL.sub("", text)


def _stands_alone(ch: str) -> bool:
    # Ideographs, kana, full-width forms and CJK punctuation each break on their own;
    # so do non-ASCII quotes and ellipses ("…", "“": East Asian width "ambiguous").
    if unicodedata.east_asian_width(ch) in "WF":
        return True
    return not ch.isascii() and (ch in NO_LINE_START or ch in NO_LINE_END)


def _atoms(paragraph: str) -> list[str]:
    """Split into unbreakable pieces: one wide char, one blank, or a narrow-char word."""
    atoms: list[str] = []
    word = ""
    for ch in paragraph:
        if ch.isspace() or _stands_alone(ch):
            if word:
                atoms.append(word)
                word = ""
            atoms.append(ch)
        else:
            word += ch
    if word:
        atoms.append(word)
    return atoms


def _units(paragraph: str) -> list[str]:
    """Atoms glued by the punctuation rules: the pieces the line filler places."""
    units: list[str] = []
    glue_next = False
    for atom in _atoms(paragraph):
        blank = atom.isspace()
        if units and not blank and not units[-1].isspace():
            closing = all(ch in NO_LINE_START for ch in atom)
            if glue_next or closing:
                units[-1] += atom
                glue_next = atom[-1] in NO_LINE_END
                continue
        units.append(atom)
        glue_next = not blank and atom[-1] in NO_LINE_END
    return units


# font name -> (the registered font object, its character widths at 1000 pt); the font
# object is kept so a re-registration under the same name starts a fresh table.
_WIDTHS: dict[str, tuple[object, dict[str, float]]] = {}


def _char_widths(font_name: str) -> dict[str, float]:
    font = getFont(font_name)
    cached = _WIDTHS.get(font_name)
    if cached is None or cached[0] is not font:
        cached = _WIDTHS[font_name] = (font, {})
    return cached[1]


def wrap_text(text: str, font_name: str, size: float, max_width: float) -> list[str]:
    """Lines of `text` no wider than `max_width` points in `font_name` at `size`.

    Explicit newlines start a new line (an empty paragraph gives an empty line); blanks
    at a wrap point are dropped; leading blanks of a paragraph (indentation) are kept.
    """
    lines: list[str] = []
    per_char = _char_widths(font_name)

    def width(s: str) -> float:
        # Neither TTF nor CID fonts kern in ReportLab, so a string's width is the sum
        # of its characters' widths; cached per character, measured once each, in the
        # font that draws it (a fallback font for rare characters), as draw_text does.
        total = 0.0
        for ch in s:
            w = per_char.get(ch)
            if w is None:
                w = per_char[ch] = float(stringWidth(ch, char_font(ch, font_name), 1000.0))
            total += w
        return total * size / 1000.0

    for paragraph in clean_text(text).split("\n"):
        line = ""
        line_width = 0.0
        wrapped = False  # a line of this paragraph was already emitted
        for unit in _units(paragraph):
            unit_width = width(unit)
            fits = line_width + unit_width <= max_width + _EPSILON
            if unit.isspace():
                if not fits:  # the blank at the wrap point is the break itself
                    lines.append(line.rstrip())
                    line, line_width, wrapped = "", 0.0, True
                elif line or not wrapped:  # keep indentation, drop blanks after a wrap
                    line += unit
                    line_width += unit_width
                continue
            if fits:
                line += unit
                line_width += unit_width
                continue
            if line.strip():
                lines.append(line.rstrip())
                wrapped = True
            line, line_width = "", 0.0
            if unit_width <= max_width + _EPSILON:
                line, line_width = unit, unit_width
                continue
            # Wider than a whole line (a long code, a run of punctuation): break it by
            # characters, the only way to keep it inside the page.
            for ch in unit:
                ch_width = width(ch)
                if line and line_width + ch_width > max_width + _EPSILON:
                    lines.append(line)
                    line, line_width, wrapped = "", 0.0, True
                line += ch
                line_width += ch_width
        lines.append(line.rstrip())
    return lines


def fit_size(text: str, font_name: str, size: float, max_width: float, min_size: float) -> float:
    """The largest size <= `size` (and >= `min_size`) at which `text` fits on one line."""
    w = text_width(text, font_name, size)
    if w <= max_width or w == 0:
        return size
    return max(min_size, size * max_width / w * 0.999)


def truncate(text: str, limit: int, ellipsis: str) -> str:
    """At most `limit` characters of `text` on one line, with `ellipsis` if cut."""
    flat = " ".join(clean_text(text).split())
    return flat if len(flat) <= limit else flat[:limit] + ellipsis
