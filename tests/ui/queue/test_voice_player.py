"""The announcement queue and the players, with fake audio (CI has no sound card)."""

from __future__ import annotations

import importlib.abc
import logging
import sys
import types

import pytest
from PySide6.QtCore import QObject, QTimer, Signal

from desktop.queue.voice import CHIME, Announcement, CallKind, announcement_for
from ui.queue.voice_player import (
    AnnouncementQueue,
    ClipPlayer,
    SilentPlayer,
    TextToSpeechPlayer,
    VoicePlayer,
    create_voice_player,
)


class FakePlayer(VoicePlayer):
    """Records what it was asked to play; finishes when the test says (or at once)."""

    kind = "fake"

    def __init__(self, auto_finish_ms: int | None = 0) -> None:
        super().__init__()
        self.played: list[Announcement] = []
        self.playing = False
        self.overlaps = 0
        self.stopped = 0
        self._auto = auto_finish_ms

    def play(self, announcement: Announcement) -> None:
        if self.playing:
            self.overlaps += 1
        self.playing = True
        self.played.append(announcement)
        if self._auto is not None:
            QTimer.singleShot(self._auto, self.finish)

    def finish(self) -> None:
        if self.playing:
            self.playing = False
            self.finished.emit()

    def stop(self) -> None:
        self.stopped += 1
        self.playing = False


class FakeEffect(QObject):
    """Stands in for QSoundEffect: 'plays' for a few milliseconds."""

    playingChanged = Signal()  # noqa: N815 (Qt's name)

    def __init__(self, name: str, log: list[str], length_ms: int = 5, broken: bool = False
                 ) -> None:
        super().__init__()
        self.name = name
        self._log = log
        self._playing = False
        self._length = length_ms
        self._broken = broken

    def play(self) -> None:
        self._log.append(self.name)
        if self._broken:
            return  # never starts, never ends: the clip player must move on
        self._playing = True
        self.playingChanged.emit()
        QTimer.singleShot(self._length, self._end)

    def _end(self) -> None:
        if self._playing:
            self._playing = False
            self.playingChanged.emit()

    def stop(self) -> None:
        self._playing = False

    def isPlaying(self) -> bool:  # noqa: N802 (Qt's name)
        return self._playing


class FakeSpeech(QObject):
    """Stands in for QTextToSpeech: Speaking, then Ready."""

    stateChanged = Signal(object)  # noqa: N815 (Qt's name)

    class State:
        def __init__(self, name: str) -> None:
            self.name = name

    def __init__(self, log: list[str], fail: bool = False) -> None:
        super().__init__()
        self._log = log
        self._fail = fail

    def say(self, text: str) -> None:
        self._log.append(f"say:{text}")
        self.stateChanged.emit(self.State("Speaking"))
        QTimer.singleShot(5, lambda: self.stateChanged.emit(
            self.State("Error" if self._fail else "Ready")))

    def stop(self) -> None:
        self._log.append("stop")

    def errorString(self) -> str:  # noqa: N802 (Qt's name)
        return "engine gone"


def test_announcements_wait_their_turn(qtbot) -> None:  # type: ignore[no-untyped-def]
    player = FakePlayer(auto_finish_ms=None)
    queue = AnnouncementQueue(player, gap_ms=0)
    first = announcement_for("A1001", "1号窗口")
    second = announcement_for("A1001", "1号窗口", CallKind.RECALL)
    third = announcement_for("D1002", "2号窗口")
    for item in (first, second, third):
        queue.announce(item)
    qtbot.waitUntil(lambda: len(player.played) == 1)
    qtbot.wait(50)
    assert len(player.played) == 1 and queue.pending == 2  # nothing overlaps
    for expected in (2, 3):
        player.finish()
        qtbot.waitUntil(lambda n=expected: len(player.played) == n)
    with qtbot.waitSignal(queue.finished) as done:
        player.finish()
    assert done.args == [third]
    assert [a.kind for a in player.played] == [CallKind.CALL, CallKind.RECALL, CallKind.CALL]
    assert player.overlaps == 0 and queue.is_idle


def test_a_player_that_hangs_is_cut_off(qtbot, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    import ui.queue.voice_player as module

    monkeypatch.setattr(module, "BASE_TIMEOUT_MS", 20)
    monkeypatch.setattr(module, "PER_CLIP_TIMEOUT_MS", 1)
    player = FakePlayer(auto_finish_ms=None)  # never finishes by itself
    queue = AnnouncementQueue(player, gap_ms=0)
    queue.announce(announcement_for("A1001", "1号窗口"))
    queue.announce(announcement_for("A1002", "1号窗口"))
    qtbot.waitUntil(lambda: len(player.played) == 2, timeout=2000)
    assert player.stopped >= 1
    assert any(r.levelno == logging.WARNING and "too long" in r.getMessage()
               for r in caplog.records)


def test_voice_off_drops_calls(qtbot) -> None:  # type: ignore[no-untyped-def]
    player = FakePlayer()
    queue = AnnouncementQueue(player)
    queue.set_enabled(False)
    queue.announce(announcement_for("A1001", "1号窗口"))
    qtbot.wait(50)
    assert player.played == [] and queue.is_idle
    queue.set_enabled(True)
    queue.announce(announcement_for("A1002", "1号窗口"))
    qtbot.waitUntil(lambda: len(player.played) == 1)


def test_backlog_keeps_the_newest(qtbot) -> None:  # type: ignore[no-untyped-def]
    player = FakePlayer(auto_finish_ms=None)
    queue = AnnouncementQueue(player, max_pending=2, gap_ms=0)
    for n in range(1, 6):
        queue.announce(announcement_for(f"A10{n:02d}", "1号窗口"))
    qtbot.waitUntil(lambda: len(player.played) == 1)
    # The oldest three were dropped (with a warning); the newest two are still said.
    assert player.played[0].ticket_number == "A1004" and queue.pending == 1
    player.finish()
    qtbot.waitUntil(lambda: len(player.played) == 2)
    assert player.played[-1].ticket_number == "A1005"


def test_clip_player_plays_the_clips_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    played: list[str] = []
    player = ClipPlayer(lambda name: FakeEffect(name, played))
    call = announcement_for("A1023", "3号窗口")
    with qtbot.waitSignal(player.finished, timeout=3000):
        player.play(call)
    assert played == list(call.clips)
    assert played[0] == CHIME


def test_clip_player_skips_a_broken_clip(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.queue.voice_player as module

    monkeypatch.setattr(module, "CLIP_TIMEOUT_MS", 30)
    played: list[str] = []
    player = ClipPlayer(lambda name: FakeEffect(name, played, broken=name == "0"))
    call = announcement_for("A1023", "3号窗口")
    with qtbot.waitSignal(player.finished, timeout=3000):
        player.play(call)
    assert played == list(call.clips)  # the broken "0" was tried, then the rest followed


def test_clip_player_survives_an_unloadable_clip(qtbot) -> None:  # type: ignore[no-untyped-def]
    played: list[str] = []

    def make(name: str) -> FakeEffect:
        if name == "hao":
            raise OSError("no such file")
        return FakeEffect(name, played)

    player = ClipPlayer(make)
    with qtbot.waitSignal(player.finished, timeout=3000):
        player.play(announcement_for("A1023", "3号窗口"))
    assert "hao" not in played and played[-1] == "chuangkou"


def test_tts_player_chime_then_speech(qtbot) -> None:  # type: ignore[no-untyped-def]
    log: list[str] = []
    player = TextToSpeechPlayer(FakeSpeech(log), FakeEffect(CHIME, log))
    with qtbot.waitSignal(player.finished, timeout=3000):
        player.play(announcement_for("A1023", "3号窗口"))
    assert log == [CHIME, "say:请 A 1 0 2 3 号到 3 号窗口"]


def test_tts_failure_is_a_warning_and_the_queue_goes_on(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    log: list[str] = []
    queue = AnnouncementQueue(TextToSpeechPlayer(FakeSpeech(log, fail=True)), gap_ms=0)
    queue.announce(announcement_for("A1001", "1号窗口"))
    queue.announce(announcement_for("A1002", "1号窗口"))
    qtbot.waitUntil(lambda: queue.is_idle and len(log) == 2, timeout=3000)
    assert all(r.levelno < logging.ERROR for r in caplog.records)
    assert any("text-to-speech failed" in r.getMessage() for r in caplog.records)


def test_no_audio_device_means_silence(qtbot) -> None:  # type: ignore[no-untyped-def]
    player = create_voice_player()
    assert isinstance(player, SilentPlayer)  # offscreen: never touches QtMultimedia
    queue = AnnouncementQueue(player)
    with qtbot.waitSignal(queue.finished, timeout=2000):
        queue.announce(announcement_for("A1001", "1号窗口"))


PULSE_MISSING = "libpulse.so.0: cannot open shared object file: No such file or directory"


class FailingImport(importlib.abc.MetaPathFinder):
    """Makes importing the named modules fail the way a missing system library does."""

    def __init__(self, names: tuple[str, ...], error: Exception) -> None:
        self._names = names
        self._error = error

    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        if fullname in self._names:
            raise self._error
        return None


@pytest.fixture
def audio_platform(monkeypatch):  # type: ignore[no-untyped-def]
    """As on a desktop: the player does not take the offscreen shortcut to silence."""
    import ui.queue.voice_player as module

    monkeypatch.setattr(module, "SILENT_PLATFORMS", frozenset())


def break_multimedia(monkeypatch, error: Exception) -> None:  # type: ignore[no-untyped-def]
    names = ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech")
    for name in names:
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.setattr(sys, "meta_path", [FailingImport(names, error), *sys.meta_path])


def fake_multimedia(monkeypatch, audio_outputs) -> None:  # type: ignore[no-untyped-def]
    """A QtMultimedia whose QMediaDevices.audioOutputs() is `audio_outputs`."""
    module = types.ModuleType("PySide6.QtMultimedia")
    module.QMediaDevices = type(  # type: ignore[attr-defined]
        "QMediaDevices", (), {"audioOutputs": staticmethod(audio_outputs)})
    module.QSoundEffect = object  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", module)


def assert_silent_with_a_warning(qtbot, caplog, player, reason: str) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(player, SilentPlayer)
    assert any(r.levelno == logging.WARNING and reason in r.getMessage()
               for r in caplog.records), [r.getMessage() for r in caplog.records]
    assert all(r.levelno < logging.ERROR for r in caplog.records)
    queue = AnnouncementQueue(player, gap_ms=0)
    with qtbot.waitSignal(queue.finished, timeout=2000):
        queue.announce(announcement_for("A1001", "1号窗口"))
    assert queue.is_idle


@pytest.mark.parametrize("error", [ImportError(PULSE_MISSING), OSError(PULSE_MISSING)])
def test_multimedia_without_its_system_library_means_silence(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, caplog, audio_platform, error) -> None:
    break_multimedia(monkeypatch, error)
    with pytest.raises(type(error)):
        import PySide6.QtMultimedia  # noqa: F401 (the simulation really breaks the import)
    player = create_voice_player()
    assert_silent_with_a_warning(qtbot, caplog, player, "libpulse.so.0")


def test_clip_player_without_multimedia_finishes_silently(qtbot, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    break_multimedia(monkeypatch, ImportError(PULSE_MISSING))
    player = ClipPlayer()  # the real effect factory, which imports QtMultimedia
    with qtbot.waitSignal(player.finished, timeout=2000):
        player.play(announcement_for("A1023", "3号窗口"))
    assert any("libpulse.so.0" in r.getMessage() for r in caplog.records)
    assert all(r.levelno < logging.ERROR for r in caplog.records)


def test_a_machine_without_a_sound_device_is_silent(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, caplog, audio_platform) -> None:
    fake_multimedia(monkeypatch, lambda: [])
    player = create_voice_player()
    assert_silent_with_a_warning(qtbot, caplog, player, "no audio output device")


def test_an_audio_stack_that_fails_means_silence(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, caplog, audio_platform) -> None:
    def broken() -> list[object]:
        raise RuntimeError("PulseAudio: connection refused")

    fake_multimedia(monkeypatch, broken)
    player = create_voice_player()
    assert_silent_with_a_warning(qtbot, caplog, player, "connection refused")


@pytest.mark.qt_log_ignore(".*")  # the multimedia backend complains about the missing device
def test_real_clip_player_without_a_device_does_not_hang(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    try:
        import PySide6.QtMultimedia  # noqa: F401
    except ImportError as error:
        # The simulated tests above cover this machine's case; test_qt_libraries.py fails
        # with the package to install when a system library is missing.
        pytest.skip(f"QtMultimedia cannot load here: {error}")
    import ui.queue.voice_player as module

    monkeypatch.setattr(module, "CLIP_TIMEOUT_MS", 50)
    player = ClipPlayer()
    queue = AnnouncementQueue(player, gap_ms=0)
    with qtbot.waitSignal(queue.finished, timeout=10_000):
        queue.announce(announcement_for("A1023", "3号窗口"))


@pytest.mark.qt_log_ignore("pipewire")  # loading the speech module probes the audio stack
def test_text_to_speech_prefers_a_mainland_chinese_voice(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With several Chinese voices installed, zh_CN speaks (the sort once named
    QLocale.Territory, which PySide6 does not have: the voice setup crashed)."""
    pytest.importorskip("PySide6.QtTextToSpeech")
    from PySide6.QtCore import QLocale

    from ui.queue import voice_player

    class FakeVoice:
        def __init__(self, locale: QLocale) -> None:
            self._locale = locale

        def locale(self) -> QLocale:
            return self._locale

        def name(self) -> str:
            return self._locale.name()

    class FakeSpeech(QObject):
        class State:
            Error = "error"
            Ready = "ready"

        @staticmethod
        def availableEngines() -> list[str]:
            return ["speechd"]

        def __init__(self, _engine: str, parent: QObject | None = None) -> None:
            super().__init__(parent)
            self.locale: QLocale | None = None
            self.voice: FakeVoice | None = None

        def state(self) -> str:
            return self.State.Ready

        def availableLocales(self) -> list[QLocale]:
            return [QLocale("zh_TW"), QLocale("en_US"), QLocale("zh_CN")]

        def setLocale(self, locale: QLocale) -> None:
            self.locale = locale

        def availableVoices(self) -> list[FakeVoice]:
            assert self.locale is not None
            return [FakeVoice(self.locale)]

        def setVoice(self, voice: FakeVoice) -> None:
            self.voice = voice

        def setRate(self, _rate: float) -> None:
            pass

    monkeypatch.setattr("PySide6.QtTextToSpeech.QTextToSpeech", FakeSpeech)
    owner = QObject()
    speech = voice_player._chinese_tts(owner)
    assert isinstance(speech, FakeSpeech)
    assert speech.voice is not None and speech.voice.name() == "zh_CN"
