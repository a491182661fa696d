"""系统设置 as a service: typed reads and the one write path of the centre's settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, overload

from desktop.accounts import audit
from desktop.accounts.permissions import Permission, require
from desktop.service import TerminalService
from desktop.settings.registry import (
    Settings,
    SettingSpec,
    clean_changes,
    default_settings,
    missing_centre_details,
    read_settings,
    read_value,
    spec_for,
    store,
)

T = TypeVar("T")


@dataclass(frozen=True)
class SettingsChange:
    """What `update` did: the settings as now stored and the keys whose value changed."""

    settings: Settings
    changed: frozenset[str]


# An audited value is cut to this length (the texts, e.g. the notices, can be long).
_AUDIT_VALUE_LIMIT = 120


def _audit_value(value: object) -> str:
    text = str(value)
    return text if len(text) <= _AUDIT_VALUE_LIMIT else text[:_AUDIT_VALUE_LIMIT] + "…"


class SettingsService(TerminalService):
    """Reads for everyone; changes by an administrator (or, on a database without user
    accounts, the terminal's operator), each changed key audited with old -> new."""

    def snapshot(self) -> Settings:
        with self._sessions() as session:
            return read_settings(session)

    @staticmethod
    def defaults() -> Settings:
        """The shipped defaults, e.g. the statutory 15/60/30 days."""
        return default_settings()

    @overload
    def get(self, key: SettingSpec[T]) -> T: ...

    @overload
    def get(self, key: str) -> Any: ...

    def get(self, key: SettingSpec[Any] | str) -> Any:
        """One value, typed when asked with its spec (registry.HANDLING_DAYS)."""
        spec = spec_for(key) if isinstance(key, str) else key
        with self._sessions() as session:
            return read_value(session, spec)

    def update(self, changes: Mapping[str, object]) -> SettingsChange:
        """Check every value, then store them all in one transaction.

        The first refused value raises SettingsError(field=key) saying what is allowed,
        and nothing is stored. Unchanged values are not written again. PermissionDenied
        unless the acting user may change settings."""
        require(self._actor(), Permission.CHANGE_SETTINGS)
        cleaned = clean_changes(changes)
        with self._sessions.begin() as session:
            before = read_settings(session)
            changed = frozenset(
                key for key, value in cleaned.items() if getattr(before, key) != value
            )
            now = self._clock()
            for key in sorted(changed):
                store(session, spec_for(key), cleaned[key])
                # What changed, old -> new (settings hold no secrets).
                audit.record(session, self._workstation, "setting_changed", "setting", key,
                             f"{_audit_value(getattr(before, key))} -> "
                             f"{_audit_value(cleaned[key])}", at=now)
            session.flush()
            return SettingsChange(read_settings(session), changed)

    def missing_centre_details(self) -> tuple[str, ...]:
        """Keys of the centre's name/address/phone still to be filled in (for the banner)."""
        return missing_centre_details(self.snapshot())
