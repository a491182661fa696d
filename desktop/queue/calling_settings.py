"""叫号设置: the recall limit and whether the board speaks (the `setting` table).

Moved out of calling.py unchanged; the typed settings registry (desktop/settings/) will
take these keys over.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Setting
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.queue.states import CallingError
from desktop.service import TerminalService

DEFAULT_RECALL_LIMIT = 3
MAX_RECALL_LIMIT = 9
SETTING_RECALL_LIMIT = "calling_recall_limit"
SETTING_VOICE_ENABLED = "board_voice_enabled"


@dataclass(frozen=True)
class CallingSettings:
    recall_limit: int
    voice_enabled: bool


def load_calling_settings(session: Session) -> CallingSettings:
    """The calling settings as stored (bad values fall back to the defaults)."""
    values: dict[str, str] = {
        key: value
        for key, value in session.execute(
            select(Setting.key, Setting.value).where(
                Setting.key.in_([SETTING_RECALL_LIMIT, SETTING_VOICE_ENABLED])
            )
        )
    }
    try:
        limit = int(values.get(SETTING_RECALL_LIMIT, DEFAULT_RECALL_LIMIT))
    except ValueError:
        limit = DEFAULT_RECALL_LIMIT
    limit = min(max(limit, 0), MAX_RECALL_LIMIT)
    voice = values.get(SETTING_VOICE_ENABLED, "1").strip().lower()
    return CallingSettings(recall_limit=limit, voice_enabled=voice not in {"0", "false", "off"})


class CallingSettingsService(TerminalService):
    def settings(self) -> CallingSettings:
        with self._sessions() as session:
            return self._settings(session)

    _settings = staticmethod(load_calling_settings)

    def update_settings(
        self, *, recall_limit: int | None = None, voice_enabled: bool | None = None
    ) -> CallingSettings:
        updates: dict[str, str] = {}
        if recall_limit is not None:
            if not 0 <= recall_limit <= MAX_RECALL_LIMIT:
                raise CallingError(
                    QT_TRANSLATE_NOOP("Errors", "重呼次数上限应在 0 到 {limit} 之间"),
                    field="recall_limit",
                    limit=MAX_RECALL_LIMIT,
                )
            updates[SETTING_RECALL_LIMIT] = str(recall_limit)
        if voice_enabled is not None:
            updates[SETTING_VOICE_ENABLED] = "1" if voice_enabled else "0"
        with self._sessions.begin() as session:
            for key, value in updates.items():
                row = session.get(Setting, key)
                if row is None:
                    session.add(Setting(key=key, value=value))
                else:
                    row.value = value
            session.flush()
            return self._settings(session)
