"""Chinese line breaking: never wider than the line, nothing lost, punctuation rules."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.printing.documents.fonts import cjk_font_name
from desktop.printing.documents.template import NO_LINE_END, NO_LINE_START
from desktop.printing.documents.wrap import fit_size, truncate, wrap_text

SIZE = 10.5
HAN = "来访人反映问题请求督促开发商交房海口市龙华区秀英区美兰区琼山"
CLOSING = "，。、；：？！）」』》…"
OPENING = "（「『《“"
ASCII = "abcXYZ0123456789-_/."

mixed_text = st.text(
    alphabet=st.sampled_from(HAN + CLOSING + OPENING + ASCII + " \n　\t"), max_size=400
)


def width(text: str) -> float:
    return float(stringWidth(text, cjk_font_name(), SIZE))


def no_blanks(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=300, deadline=None)
@given(text=mixed_text, max_width=st.floats(min_value=SIZE * 1.2, max_value=500))
def test_no_line_is_wider_than_the_width_and_nothing_is_lost(text: str, max_width: float) -> None:
    lines = wrap_text(text, cjk_font_name(), SIZE, max_width)

    for line in lines:
        assert width(line) <= max_width + 1e-6, line
    assert no_blanks("".join(lines)) == no_blanks(text)
    assert len(lines) >= text.count("\n") + 1  # explicit breaks are kept


# Text of single characters, each possibly wrapped in brackets and followed by
# punctuation: every unbreakable group is short, so the rules can always be kept.
chinese_token = st.tuples(
    st.sampled_from(["", *OPENING]),
    st.sampled_from(HAN),
    st.sampled_from(["", "", *CLOSING, "）。", "」，"]),
).map("".join)


@settings(max_examples=300, deadline=None)
@given(tokens=st.lists(chinese_token, min_size=1, max_size=200), chars=st.integers(6, 40))
def test_closing_punctuation_never_starts_and_opening_never_ends_a_line(
    tokens: list[str], chars: int
) -> None:
    text = "".join(tokens)
    max_width = SIZE * chars

    lines = wrap_text(text, cjk_font_name(), SIZE, max_width)

    assert "".join(lines) == text
    for line in lines[1:]:
        assert line[0] not in NO_LINE_START, lines
    for line in lines[:-1]:
        assert line[-1] not in NO_LINE_END, lines


def test_punctuation_pulls_the_previous_character_to_the_next_line() -> None:
    # Ten characters fill the line exactly; the full stop may not start the next one.
    lines = wrap_text("一二三四五六七八九十。后面", cjk_font_name(), SIZE, SIZE * 10)

    assert lines == ["一二三四五六七八九", "十。后面"]


def test_latin_words_and_numbers_stay_whole() -> None:
    lines = wrap_text("请拨打电话0898-66668888查询编号HK2024050600012", cjk_font_name(), SIZE, 120)

    text = "\n".join(lines)
    assert "0898-66668888" in text
    assert "HK2024050600012" in text


def test_newlines_and_indentation_are_kept() -> None:
    lines = wrap_text("第一段\r\n\n　　第二段", cjk_font_name(), SIZE, 200)

    assert lines == ["第一段", "", "　　第二段"]


def test_control_characters_are_dropped() -> None:
    assert wrap_text("来\x00访\x07", cjk_font_name(), SIZE, 200) == ["来访"]


def test_fit_size_shrinks_only_what_does_not_fit() -> None:
    font = cjk_font_name()
    assert fit_size("A1", font, 48, 200, 18) == 48
    size = fit_size("A102345678", font, 48, 160, 18)
    assert 18 < size < 48
    assert stringWidth("A102345678", font, size) <= 160
    assert fit_size("A102345678", font, 48, 10, 18) == 18  # never unreadably small


def test_truncate_flattens_and_marks_the_cut() -> None:
    assert truncate("短\n文本", 60, "……") == "短 文本"
    assert truncate("长" * 61, 60, "……") == "长" * 60 + "……"
