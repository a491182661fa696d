"""叫号设置: the recall limit and whether the board speaks.

The keys are declared in the settings registry (desktop/settings/registry.py), which
reads and writes them; this is the queue wing's typed view of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.service import TerminalService
from desktop.settings.registry import (
    BOARD_VOICE_ENABLED,
    CALLING_RECALL_LIMIT,
    MAX_RECALL_LIMIT,
    read_value,
)
from desktop.settings.service import SettingsService

DEFAULT_RECALL_LIMIT = CALLING_RECALL_LIMIT.default
__all__ = ["DEFAULT_RECALL_LIMIT", "MAX_RECALL_LIMIT", "CallingSettings",
           "CallingSettingsService", "load_calling_settings"]


@dataclass(frozen=True)
class CallingSettings:
    recall_limit: int
    voice_enabled: bool


def load_calling_settings(session: Session) -> CallingSettings:
    """The calling settings as stored (bad values fall back to the defaults)."""
    return CallingSettings(recall_limit=read_value(session, CALLING_RECALL_LIMIT),
                           voice_enabled=read_value(session, BOARD_VOICE_ENABLED))


class CallingSettingsService(TerminalService):
    def settings(self) -> CallingSettings:
        with self._sessions() as session:
            return load_calling_settings(session)

    def update_settings(
        self, *, recall_limit: int | None = None, voice_enabled: bool | None = None
    ) -> CallingSettings:
        """Through the one write path (SettingsService.update): checked, one transaction;
        a refused value raises SettingsError with field="calling_recall_limit"."""
        changes: dict[str, object] = {}
        if recall_limit is not None:
            changes[CALLING_RECALL_LIMIT.key] = recall_limit
        if voice_enabled is not None:
            changes[BOARD_VOICE_ENABLED.key] = voice_enabled
        saved = SettingsService(self._sessions, self._workstation, self._clock).update(
            changes).settings
        return CallingSettings(saved.calling_recall_limit, saved.board_voice_enabled)
