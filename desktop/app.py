"""Builds the application's services over one database (called from main.py).

`open_services` returns a `ServiceHost`: the services (`AppServices`) together with the
engine and session factory they run on. Only the host's owner — main.py, the command
line, the demo data, tests — may use those; the UI is given `host.ui_services()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from db.engine import DEFAULT_CONNECT_TIMEOUT_S, make_engine, make_session_factory
from db.migrate import startup_lock, upgrade_to_head
from db.models import Area, ContentCategory, HandlingUnit, Terminal, User
from desktop.accounts.roles import ActingUser
from desktop.app_services import AppServices, ServiceMaker
from desktop.clock import Clock, system_clock
from desktop.config import DEFAULT_BACKUP_KEEP_DAYS
from desktop.settings.reference import ReferenceService, seed_reference_data
from desktop.settings.service import SettingsService
from desktop.storage.backup import BackupService
from desktop.storage.startup import check_database_file, check_schema, explain_database_errors
from desktop.terminal import Workstation, clean_terminal_code, register_terminal

__all__ = ["AppServices", "ServiceHost", "open_services"]


_S = TypeVar("_S")


class _Maker(ServiceMaker):
    """Makes the services over one session factory (kept in the closure of the host,
    never as an attribute the UI could read)."""

    def __init__(self, sessions: sessionmaker[Session], workstation: Workstation,
                 clock: Clock, url: str, backup_keep_days: int) -> None:
        self._sessions = sessions
        self._workstation = workstation
        self._clock = clock
        self._url = url
        self._backup_keep_days = backup_keep_days

    def standard(self, service: Callable[[sessionmaker[Session], Workstation, Clock], _S]
                 ) -> _S:
        return service(self._sessions, self._workstation, self._clock)

    def reference(self, settings: SettingsService) -> ReferenceService:
        return ReferenceService(self._sessions, settings)

    def backups(self) -> BackupService:
        return BackupService(self._url, keep_days=self._backup_keep_days, clock=self._clock)


class ServiceHost(AppServices):
    """The services and the database they run on; closing it closes the database. Each
    service is made (and its module imported) at its first use; see AppServices."""

    def __init__(self, engine: Engine, sessions: sessionmaker[Session],
                 workstation: Workstation, maker: ServiceMaker) -> None:
        super().__init__(workstation, maker)
        self.engine = engine
        self.sessions = sessions

    def ui_services(self) -> AppServices:
        """The same services without the engine and the session factory, for the UI."""
        return self.ui_view()

    def close(self) -> None:
        self.engine.dispose()


# Seeded (the reference tables have rows) and the terminal registered: one plain
# statement, where the ORM statements of seeding and registration cost ~10-50 ms of
# cold compiles at every start.
_SET_UP = text(
    f"SELECT (SELECT 1 FROM {ContentCategory.__tablename__} LIMIT 1),"
    f" (SELECT 1 FROM {Area.__tablename__} LIMIT 1),"
    f" (SELECT 1 FROM {HandlingUnit.__tablename__} LIMIT 1),"
    f" (SELECT slot FROM {Terminal.__tablename__} WHERE code = :code),"
    f" (SELECT 1 FROM {User.__tablename__} WHERE deleted_at IS NULL LIMIT 1)"
)


def _registered_slot(session: Session, terminal_code: str) -> tuple[int | None, bool]:
    """This terminal's slot when nothing is left to seed or register, else None; and
    whether user accounts exist (then someone has to log in)."""
    code = clean_terminal_code(terminal_code)
    categories, areas, units, slot, user = session.execute(_SET_UP, {"code": code}).one()
    if not code or categories is None or areas is None or units is None or slot is None:
        return None, user is not None
    return int(slot), user is not None


def open_services(
    url: str,
    terminal_code: str,
    operator: str,
    *,
    preferred_slot: int | None = None,
    schema: str | None = None,
    clock: Clock = system_clock,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT_S,
    backup_keep_days: int = DEFAULT_BACKUP_KEEP_DAYS,
) -> ServiceHost:
    """Check the database, upgrade it to the current schema, seed it, register this
    terminal. A database that cannot be used raises StartupError with nothing changed."""
    check_database_file(url)  # SQLite: before anything opens (or creates) the file
    engine = make_engine(url, schema=schema, connect_timeout=connect_timeout)
    try:
        # One process at a time from check to registration: simultaneous first starts
        # on an empty server database would otherwise create the same tables and slots.
        with explain_database_errors(url, connect_timeout), startup_lock(engine, schema):
            check_schema(url, engine, schema)
            upgrade_to_head(engine)
            sessions = make_session_factory(engine)
            with sessions.begin() as session:
                slot, have_users = _registered_slot(session, terminal_code)
                if slot is None:  # a first start (of the database or of this terminal)
                    seed_reference_data(session)
                    slot = register_terminal(session, terminal_code, preferred_slot)
    except BaseException:
        engine.dispose()
        raise
    # Who acts: set at login (LoginService), read by every service on every call.
    acting = ActingUser(users_exist=have_users)
    workstation = Workstation(terminal_code=terminal_code.strip(), slot=slot,
                              terminal_operator=operator, acting=acting)
    maker = _Maker(sessions, workstation, clock, url, backup_keep_days)
    return ServiceHost(engine, sessions, workstation, maker)
