"""Labels quoted in a message are translated with it: an English conflict message says
"outreach", not 下访, and a refused field is named in English."""

from __future__ import annotations

import copy
import pickle
from datetime import date

import pytest
from reception_setup import make_roster, session_input

from desktop.i18n import Label, UserError
from desktop.reception.domain import CENTRE_PLACE, SessionConflict, SessionKind
from desktop.text import InvalidText, clean_text

ENGLISH = {
    ("Domain", "下访"): "outreach",
    ("Domain", "接访"): "reception",
    ("Domain", CENTRE_PLACE): "the Reception Centre",
    ("Fields", "地点"): "Place",
    ("Errors", "{name} 在 {when} 已安排在“{place}”{kind}，同一时间不能在两处接访"):
        "{name} already has a {kind} at {place} on {when}",
    ("Errors", "“{place}”在 {when} 已有 {name} 的接访安排，请换一个地点或时间"):
        "{place} is taken on {when} by {name}",
    ("Errors", "{label}太长：最多 {limit} 个字，现在 {length} 个字，请删减"):
        "{label} is too long: at most {limit} characters, now {length}",
}


def english(context: str, text: str) -> str:
    return ENGLISH.get((context, text), text)


def test_a_label_reads_as_its_chinese_text_and_translates_with_the_message() -> None:
    label = Label("Domain", "下访")
    assert label == "下访" and f"{label}" == "下访"
    error = UserError("{kind}不可用", kind=label)
    assert error.message == "下访不可用"
    assert error.translated(english) == "outreach不可用"
    for again in (copy.copy(label), pickle.loads(pickle.dumps(label))):
        assert again == "下访" and again.context == "Domain"


def test_a_leader_conflict_names_the_kind_and_centre_in_english(services) -> None:  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    reception = services.reception
    reception.create_session(session_input(
        roster.wang, date(2026, 12, 2), kind=SessionKind.DOWN, area_code="460107",
        place="府城镇政府会议室"))
    with pytest.raises(SessionConflict) as refused:
        reception.create_session(session_input(roster.wang, date(2026, 12, 2), "10:00",
                                               "11:00", place=""))
    assert "下访" in refused.value.message  # the Chinese message is unchanged
    text = refused.value.translated(english)
    assert text == "王建国 already has a outreach at 府城镇政府会议室 on 2026-12-02 09:00–11:30"

    reception.create_session(session_input(roster.li, date(2026, 12, 3), place=""))
    with pytest.raises(SessionConflict) as taken:
        reception.create_session(session_input(roster.zhao, date(2026, 12, 3), place=""))
    assert taken.value.translated(english) == (
        "the Reception Centre is taken on 2026-12-03 09:00–11:30 by 李秀英")


def test_a_refused_text_names_its_field_in_english() -> None:
    with pytest.raises(InvalidText) as refused:
        clean_text("长" * 5, field="place", label="地点", limit=4)
    assert refused.value.message == "地点太长：最多 4 个字，现在 5 个字，请删减"
    assert refused.value.translated(english) == (
        "Place is too long: at most 4 characters, now 5")
