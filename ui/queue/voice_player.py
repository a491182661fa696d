"""Voice calls in the waiting hall: one announcement at a time, never blocking the board.

`AnnouncementQueue` plays announcements one after another through a `VoicePlayer`:
- `TextToSpeechPlayer`: the chime, then Qt's text-to-speech with a Chinese voice
  (where the platform has one: Windows 中文 voices, speech-dispatcher, macOS);
- `ClipPlayer`: the chime and the recorded clips from resources/voice, one after the
  other (请 · A · 一 · 零 · 二 · 三 · 号 · 到 · 三 · 号 · 窗口);
- `SilentPlayer`: no audio at all (no device, no multimedia module, offscreen CI).

`create_voice_player()` picks the best that works here. QtMultimedia and QtTextToSpeech
come with the PySide6-Addons wheel and link to system libraries (libpulse0, see
scripts/system-packages.txt); without them the board is silent and still works. No
audio problem is ever logged above WARNING, and a player that hangs is cut off by the
queue's watchdog, so a broken sound card can never stop the calls.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication

from desktop.queue.voice import CHIME, Announcement, clip_path, missing_clips

log = logging.getLogger(__name__)

GAP_BETWEEN_MS = 400          # silence between two announcements
CLIP_TIMEOUT_MS = 3_000       # a single clip that never reports its end is skipped
BASE_TIMEOUT_MS = 6_000       # watchdog for a whole announcement: base + per clip
PER_CLIP_TIMEOUT_MS = 1_000
MAX_PENDING = 12              # a backlog longer than this drops the oldest calls
SILENT_PLATFORMS = frozenset({"offscreen", "minimal"})
# Qt's own test engine ("mock") is never used for real announcements.
TTS_ENGINE_PREFERENCE = ("winrt", "sapi", "darwin", "speechd", "flite", "android")


class SoundEffect(Protocol):
    """The part of QSoundEffect the clip player uses (a fake in tests)."""

    playingChanged: Any

    def play(self) -> None: ...

    def stop(self) -> None: ...

    def isPlaying(self) -> bool: ...


class VoicePlayer(QObject):
    """Plays one announcement; emits `finished` when it is over (also after a failure)."""

    finished = Signal()
    kind = "silent"

    def play(self, announcement: Announcement) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        """Cut the current announcement short (the queue's watchdog calls this)."""


class SilentPlayer(VoicePlayer):
    kind = "silent"

    def play(self, announcement: Announcement) -> None:
        del announcement
        QTimer.singleShot(0, self.finished.emit)


class ClipPlayer(VoicePlayer):
    """Plays the clip sequence of an announcement, one clip after the other."""

    kind = "clips"

    def __init__(
        self,
        make_effect: Callable[[str], SoundEffect] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_effect = make_effect or self._qt_effect
        self._effects: dict[str, SoundEffect] = {}
        self._sequence: tuple[str, ...] = ()
        self._index = 0
        self._current: SoundEffect | None = None
        self._started = False
        self._clip_timer = QTimer(self)
        self._clip_timer.setSingleShot(True)
        self._clip_timer.timeout.connect(self._clip_timed_out)

    def _qt_effect(self, name: str) -> SoundEffect:
        from PySide6.QtMultimedia import QSoundEffect  # optional module

        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(clip_path(name))))
        effect.setVolume(1.0)
        return effect

    def _effect(self, name: str) -> SoundEffect | None:
        effect = self._effects.get(name)
        if effect is None:
            try:
                effect = self._make_effect(name)
            except Exception as error:  # no sound is not a failure of the board
                log.warning("voice clip %s unusable: %s", name, error)
                return None
            if isinstance(effect, QObject) and effect.parent() is None:
                effect.setParent(self)  # the player owns its effects and frees them with it
            effect.playingChanged.connect(self._on_playing_changed)
            self._effects[name] = effect
        return effect

    def preload(self, names: tuple[str, ...]) -> None:
        """Create the effects early so Qt loads the files (in its own thread) in advance."""
        for name in names:
            self._effect(name)

    def play(self, announcement: Announcement) -> None:
        self._sequence = announcement.clips
        self._index = 0
        self._play_next()

    def stop(self) -> None:
        self._clip_timer.stop()
        current, self._current = self._current, None
        self._sequence = ()
        if current is not None:
            current.stop()

    def _play_next(self) -> None:
        while self._index < len(self._sequence):
            name = self._sequence[self._index]
            self._index += 1
            effect = self._effect(name)
            if effect is None:
                continue
            self._current = effect
            self._started = False
            self._clip_timer.start(CLIP_TIMEOUT_MS)
            effect.play()
            return
        self._current = None
        self._clip_timer.stop()
        self.finished.emit()

    def _on_playing_changed(self) -> None:
        effect = self._current
        sender: object = self.sender()  # a QSoundEffect, seen here through its protocol
        if effect is None or sender is not effect:
            return  # an earlier clip settling down, not the one playing now
        if effect.isPlaying():
            self._started = True
        elif self._started:
            self._clip_timer.stop()
            self._play_next()

    def _clip_timed_out(self) -> None:
        if self._current is None:
            return
        log.warning("voice clip did not finish in time; skipping it")
        self._current.stop()
        self._play_next()


class TextToSpeechPlayer(VoicePlayer):
    """The chime (if there is one), then the speech text in a Chinese voice."""

    kind = "tts"

    def __init__(
        self, speech: Any, chime: SoundEffect | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._speech = speech
        self._chime = chime
        self._text = ""
        self._phase = "idle"  # "chime" → "speech" → "idle"
        self._chime_started = False
        speech.stateChanged.connect(self._on_speech_state)
        if chime is not None:
            chime.playingChanged.connect(self._on_chime_playing)

    def play(self, announcement: Announcement) -> None:
        self._text = announcement.speech_text
        if self._chime is not None:
            self._phase = "chime"
            self._chime_started = False
            self._chime.play()
        else:
            self._say()

    def stop(self) -> None:
        self._phase = "idle"
        if self._chime is not None:
            self._chime.stop()
        self._speech.stop()

    def _on_chime_playing(self) -> None:
        if self._phase != "chime" or self._chime is None:
            return
        if self._chime.isPlaying():
            self._chime_started = True
        elif self._chime_started:
            self._say()

    def _say(self) -> None:
        self._phase = "speech"
        self._speech.say(self._text)

    def _on_speech_state(self, state: Any) -> None:
        if self._phase != "speech":
            return
        name = getattr(state, "name", str(state))
        if name == "Error":
            log.warning("text-to-speech failed: %s", self._speech.errorString())
        if name in ("Ready", "Error"):
            self._phase = "idle"
            self.finished.emit()


class AnnouncementQueue(QObject):
    """Announcements wait their turn: they never overlap and never block the caller."""

    started = Signal(object)   # Announcement
    finished = Signal(object)  # Announcement

    def __init__(
        self,
        player: VoicePlayer | None = None,
        parent: QObject | None = None,
        *,
        max_pending: int = MAX_PENDING,
        gap_ms: int = GAP_BETWEEN_MS,
    ) -> None:
        super().__init__(parent)
        self._player = player or SilentPlayer(self)
        if self._player.parent() is None:
            self._player.setParent(self)
        self._player.finished.connect(self._on_player_finished)
        self._pending: deque[Announcement] = deque()
        self._current: Announcement | None = None
        self._enabled = True
        self._max_pending = max_pending
        self._gap_ms = gap_ms
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_timeout)
        self._kick_timer = QTimer(self)
        self._kick_timer.setSingleShot(True)
        self._kick_timer.timeout.connect(self._kick)

    @property
    def player(self) -> VoicePlayer:
        return self._player

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Voice off (a setting): pending calls are dropped, the current one is cut."""
        if enabled == self._enabled:
            return
        self._enabled = enabled
        if not enabled:
            self.clear()

    @property
    def pending(self) -> int:
        return len(self._pending)

    @property
    def is_idle(self) -> bool:
        return self._current is None and not self._pending

    def announce(self, announcement: Announcement) -> None:
        if not self._enabled:
            return
        if len(self._pending) >= self._max_pending:
            dropped = self._pending.popleft()
            log.warning("voice backlog full; not announcing %s", dropped.ticket_number)
        self._pending.append(announcement)
        if self._current is None and not self._kick_timer.isActive():
            self._kick_timer.start(0)

    def clear(self) -> None:
        self._pending.clear()
        self._kick_timer.stop()
        if self._current is not None:
            self._watchdog.stop()
            self._current = None
            self._player.stop()

    def _kick(self) -> None:
        if self._current is not None or not self._pending:
            return
        announcement = self._pending.popleft()
        self._current = announcement
        self._watchdog.start(BASE_TIMEOUT_MS + PER_CLIP_TIMEOUT_MS * len(announcement.clips))
        self.started.emit(announcement)
        try:
            self._player.play(announcement)
        except Exception as error:  # a sound failure must not stop the board
            log.warning("voice announcement failed: %s", error)
            self._on_player_finished()

    def _on_player_finished(self) -> None:
        announcement, self._current = self._current, None
        if announcement is None:
            return
        self._watchdog.stop()
        self.finished.emit(announcement)
        if self._pending:
            self._kick_timer.start(self._gap_ms)

    def _on_timeout(self) -> None:
        if self._current is None:
            return
        log.warning("voice announcement of %s took too long; cut off",
                    self._current.ticket_number)
        self._player.stop()
        self._on_player_finished()


def _chinese_tts(parent: QObject) -> Any | None:
    """A QTextToSpeech speaking Chinese, or None where there is no such voice."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech  # optional module
    except (ImportError, OSError) as error:  # no module, or a system library missing
        log.warning("voice: text-to-speech unavailable (%s)", error)
        return None
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    engines.sort(key=lambda e: TTS_ENGINE_PREFERENCE.index(e)
                 if e in TTS_ENGINE_PREFERENCE else len(TTS_ENGINE_PREFERENCE))
    for engine in engines:
        speech = QTextToSpeech(engine, parent)
        if speech.state() == QTextToSpeech.State.Error:
            speech.deleteLater()
            continue
        locales = [loc for loc in speech.availableLocales()
                   if loc.language() == QLocale.Language.Chinese]
        # Mainland Mandarin first (zh_CN), then any other Chinese voice.
        locales.sort(key=lambda loc: loc.territory() != QLocale.Country.China)
        for locale in locales:
            speech.setLocale(locale)
            voices = [v for v in speech.availableVoices()
                      if v.locale().language() == QLocale.Language.Chinese]
            if voices:
                speech.setVoice(voices[0])
                speech.setRate(-0.1)  # a little slower: a large, echoing hall
                log.info("voice: text-to-speech %s, voice %s", engine, voices[0].name())
                return speech
        speech.deleteLater()
    return None


def create_voice_player(parent: QObject | None = None) -> VoicePlayer:
    """The best player that works on this machine; SilentPlayer when nothing does."""
    if QGuiApplication.platformName() in SILENT_PLATFORMS:
        return SilentPlayer(parent)  # offscreen (CI, screenshots): no audio by definition
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except (ImportError, OSError) as error:
        # No PySide6-Addons, or a system library QtMultimedia links to is missing
        # (libpulse.so.0: scripts/setup.sh installs it).
        log.warning("voice: QtMultimedia cannot load (%s); the board is silent", error)
        return SilentPlayer(parent)
    try:
        if not QMediaDevices.audioOutputs():
            log.warning("voice: no audio output device; the board is silent")
            return SilentPlayer(parent)
        holder = QObject(parent)
        speech = _chinese_tts(holder)
        if speech is not None:
            chime: QSoundEffect | None = None
            if not missing_clips((CHIME,)):
                chime = QSoundEffect(holder)
                chime.setSource(QUrl.fromLocalFile(str(clip_path(CHIME))))
            player: VoicePlayer = TextToSpeechPlayer(speech, chime, parent)
            holder.setParent(player)
            return player
        holder.deleteLater()
        missing = missing_clips()
        if missing:
            log.warning("voice: clips missing %s; the board is silent", missing)
            return SilentPlayer(parent)
        clips = ClipPlayer(parent=parent)
        clips.preload(("chime", "qing", "hao", "dao", "chuangkou"))
        log.info("voice: recorded clips")
        return clips
    except Exception as error:  # whatever the audio stack does, stay silent
        log.warning("voice unavailable (%s); the board is silent", error)
        return SilentPlayer(parent)
