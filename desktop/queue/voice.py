"""What the hall hears when a number is called: the text and the recorded clips for it.

Pure functions, no Qt: the player in ui/queue/voice_player.py speaks `speech_text` with a
Chinese text-to-speech voice where the platform has one, otherwise it plays `clips`
(chime, 请, the ticket read character by character, 号, 到, the window) one after the
other from resources/voice/. A ticket number is read one character at a time
("A1023" → "A 一 零 二 三"); a window number is read as a number ("12号窗口" → "十二").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.resources import resource_path

CHIME = "chime"
CLIP_PLEASE = "qing"      # 请
CLIP_NUMBER = "hao"       # 号
CLIP_TO = "dao"           # 到
CLIP_WINDOW = "chuangkou"  # 窗口
CLIP_TEN = "shi"          # 十
DIGIT_CLIPS = tuple(str(digit) for digit in range(10))  # 零 一 二 … 九
LETTER_CLIPS = ("A", "B", "C", "D")
ALL_CLIPS: tuple[str, ...] = (
    CHIME, CLIP_PLEASE, CLIP_NUMBER, CLIP_TO, CLIP_WINDOW, CLIP_TEN,
    *DIGIT_CLIPS, *LETTER_CLIPS,
)
MAX_SPOKEN_WINDOW_NUMBER = 99  # read with the clips as 一 … 九十九

# "3号窗口", "3 号窗口", "第3窗口", "窗口3", "3": a numbered window, spoken "3 号窗口".
_NUMBERED_WINDOW = re.compile(r"^\s*(?:第\s*)?(?:窗口\s*)?(\d{1,3})\s*(?:号)?\s*(?:窗口)?\s*$")


class CallKind(StrEnum):
    CALL = "call"
    RECALL = "recall"


@dataclass(frozen=True)
class Announcement:
    ticket_number: str
    window_name: str
    kind: CallKind
    display_text: str   # "请 A1023 号到 3 号窗口"
    speech_text: str    # "请 A 1 0 2 3 号到 3 号窗口" — characters apart, so TTS reads them singly
    clips: tuple[str, ...]  # clip names in resources/voice, the chime first


def voice_dir() -> Path:
    return resource_path("voice")


def clip_path(name: str) -> Path:
    return voice_dir() / f"{name}.wav"


def window_number(window_name: str) -> int | None:
    """The number of a numbered window ("3号窗口" → 3), None for a named room."""
    match = _NUMBERED_WINDOW.match(window_name)
    return int(match.group(1)) if match else None


def number_clips(value: int) -> tuple[str, ...]:
    """Clips reading 1–99 as a Chinese number: 3 → 三, 10 → 十, 12 → 十二, 20 → 二十."""
    if not 0 <= value <= MAX_SPOKEN_WINDOW_NUMBER:
        raise ValueError(f"{value} cannot be read with the clips")
    if value < 10:
        return (str(value),)
    tens, units = divmod(value, 10)
    clips: list[str] = [] if tens == 1 else [str(tens)]
    clips.append(CLIP_TEN)
    if units:
        clips.append(str(units))
    return tuple(clips)


def ticket_clips(ticket_number: str) -> tuple[str, ...]:
    """One clip per character; characters without a clip are skipped."""
    known = set(DIGIT_CLIPS) | set(LETTER_CLIPS)
    return tuple(ch for ch in ticket_number.strip().upper() if ch in known)


def announcement_for(
    ticket_number: str, window_name: str, kind: CallKind | str = CallKind.CALL
) -> Announcement:
    """The call "请 A1023 号到 3 号窗口" as display text, speech text and clip sequence.

    A recall says the same words again (the board repeats it); a window that is not
    numbered ("领导接访室") is spoken by name, and the clips then stop after "号",
    since there is no recording of the name — the board still shows it.
    """
    number = ticket_number.strip().upper()
    window = window_name.strip()
    spaced_number = " ".join(number)
    clips: list[str] = [CHIME, CLIP_PLEASE, *ticket_clips(number), CLIP_NUMBER]
    win_no = window_number(window)
    if win_no is not None:
        display = f"请 {number} 号到 {win_no} 号窗口"
        speech = f"请 {spaced_number} 号到 {win_no} 号窗口"
        if win_no <= MAX_SPOKEN_WINDOW_NUMBER:
            clips += [CLIP_TO, *number_clips(win_no), CLIP_NUMBER, CLIP_WINDOW]
    else:
        display = f"请 {number} 号到 {window}"
        speech = f"请 {spaced_number} 号到 {window}"
    return Announcement(
        ticket_number=number,
        window_name=window,
        kind=CallKind(kind),
        display_text=display,
        speech_text=speech,
        clips=tuple(clips),
    )


def missing_clips(names: tuple[str, ...] = ALL_CLIPS) -> list[str]:
    """Clip names whose WAV file is not shipped (the clip player needs none missing)."""
    return [name for name in names if not clip_path(name).is_file()]
