"""Tests for desktop.queue.voice: the words of a call, and the clips that say them."""

from __future__ import annotations

import wave

import pytest

from desktop.queue.voice import (
    ALL_CLIPS,
    CHIME,
    CallKind,
    announcement_for,
    clip_path,
    missing_clips,
    number_clips,
    window_number,
)


def test_call_text_reads_the_number_character_by_character() -> None:
    call = announcement_for("A1023", "3号窗口")
    assert call.display_text == "请 A1023 号到 3 号窗口"
    assert call.speech_text == "请 A 1 0 2 3 号到 3 号窗口"
    assert call.kind is CallKind.CALL
    assert call.clips == (CHIME, "qing", "A", "1", "0", "2", "3", "hao",
                          "dao", "3", "hao", "chuangkou")


def test_recall_says_the_same_words() -> None:
    call = announcement_for("D1001", "12号窗口")
    recall = announcement_for("D1001", "12号窗口", CallKind.RECALL)
    assert recall.kind is CallKind.RECALL
    assert recall.speech_text == call.speech_text == "请 D 1 0 0 1 号到 12 号窗口"
    assert recall.clips == call.clips
    assert call.clips[-5:] == ("dao", "shi", "2", "hao", "chuangkou")  # 十二号窗口


@pytest.mark.parametrize(
    ("name", "number"),
    [("3号窗口", 3), ("3 号窗口", 3), ("第3窗口", 3), ("窗口 3", 3), ("12", 12),
     ("领导接访室", None), ("3号接待室", None)],
)
def test_window_number(name: str, number: int | None) -> None:
    assert window_number(name) == number


def test_named_room_is_spoken_by_name() -> None:
    call = announcement_for("c1004", "领导接访室")
    assert call.ticket_number == "C1004"
    assert call.display_text == "请 C1004 号到 领导接访室"
    assert call.speech_text == "请 C 1 0 0 4 号到 领导接访室"
    assert call.clips == (CHIME, "qing", "C", "1", "0", "0", "4", "hao")


@pytest.mark.parametrize(
    ("value", "clips"),
    [(1, ("1",)), (9, ("9",)), (10, ("shi",)), (12, ("shi", "2")), (20, ("2", "shi")),
     (45, ("4", "shi", "5"))],
)
def test_window_numbers_read_as_numbers(value: int, clips: tuple[str, ...]) -> None:
    assert number_clips(value) == clips


def test_every_clip_is_shipped_small_and_16k_mono() -> None:
    assert missing_clips() == []
    total = 0
    for name in ALL_CLIPS:
        path = clip_path(name)
        total += path.stat().st_size
        with wave.open(str(path), "rb") as clip:
            assert clip.getnchannels() == 1
            assert clip.getframerate() == 16000
            assert 0.1 < clip.getnframes() / clip.getframerate() < 2.5
    assert total < 600_000
    for name in announcement_for("B1999", "99号窗口").clips:
        assert clip_path(name).is_file()
