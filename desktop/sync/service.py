"""SyncService: the central database as the UI sees it — its configuration (中心数据库
settings page, 测试连接), the background sync (a worker thread running SyncEngine.run
with its backoff; `status()` is the latest report, read without touching a database),
and the conflicts a section chief resolves. docs/SYNC.md, "Hooks for part 2".

The runner never holds the GUI: `start()` only starts a thread, `stop()` waits at most
`timeout` seconds (the thread is a daemon: a round still running when the program ends
is cut off; its central transaction rolls back and is pushed again next time).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine
from db.sync.tables import sync_conflict, sync_inbox
from desktop.accounts.permissions import Permission, require
from desktop.accounts.roles import Role
from desktop.clock import Clock, system_clock
from desktop.config import data_dir
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.sync.central import check_central
from desktop.sync.central_config import (
    CENTRAL_SCHEMA_ENV,
    CENTRAL_URL_ENV,
    CONFIG_FILE,
    CentralConfig,
    PasswordStore,
    check_config,
    config_from_url,
    connection_problem,
    read_config_file,
    write_config_file,
)
from desktop.sync.engine import SyncEngine, SyncReport
from desktop.sync.listen import listen, notify
from desktop.terminal import Workstation

log = logging.getLogger("laifang.sync")

CONNECT_TIMEOUT_S = 5.0
STOP_TIMEOUT_S = 2.0
SECRET_FIELDS = frozenset({"password_hash"})  # never shown, not even to a section chief

NOT_CHIEF = QT_TRANSLATE_NOOP("Errors", "只有科长可以查看和处理同步冲突，请科长登录后操作")
NOT_CONFIGURED = QT_TRANSLATE_NOOP("Errors", "尚未配置中心数据库：系统设置 → 中心数据库")
NO_CONFLICT = QT_TRANSLATE_NOOP("Errors", "找不到这条冲突记录，可能已被处理，请刷新列表")


class SyncSetupError(UserError):
    pass


@dataclass(frozen=True)
class CentralSetup:
    """What the settings page shows."""

    config: CentralConfig | None
    from_environment: bool  # LAIFANG_CENTRAL_URL: the page cannot change it
    has_password: bool
    keyring: bool  # the password can be kept in the OS keyring
    terminal_code: str


@dataclass(frozen=True)
class ConnectionCheck:
    """A successful 测试连接: the central database and this terminal's place in it."""

    central_id: str
    where: str
    terminal_code: str
    operations_received: int  # of this terminal's, in the central inbox
    server_version: str


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    running: bool
    online: bool
    last_success: datetime | None
    pending: int | None
    open_conflicts: int | None
    message: str | None  # a user-facing message (context "Errors")
    needs_password: bool = False
    pulled_total: int = 0  # central changes applied here since start (views reload)


@dataclass(frozen=True)
class FieldPair:
    field: str
    local: str
    central: str
    differs: bool


@dataclass(frozen=True)
class ConflictItem:
    id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    kind: str
    fields: tuple[str, ...]
    terminal: str
    created_at: datetime
    resolution: str
    pairs: tuple[FieldPair, ...]


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _pairs(local: Mapping[str, object], central: Mapping[str, object],
           changed: tuple[str, ...]) -> tuple[FieldPair, ...]:
    keys = [key for key in dict.fromkeys([*changed, *local.keys(), *central.keys()])
            if key not in SECRET_FIELDS]
    return tuple(FieldPair(key, _text(local.get(key)), _text(central.get(key)),
                           local.get(key) != central.get(key)) for key in keys)


def _load_json(raw: str) -> dict[str, object]:
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class SyncService:
    def __init__(self, sessions: sessionmaker[Session], workstation: Workstation,
                 clock: Clock = system_clock, *, config_path: Path | None = None,
                 environ: Mapping[str, str] | None = None,
                 passwords: PasswordStore | None = None, interval: float = 2.0) -> None:
        # The local database's engine: the SyncEngine works below the ORM.
        bind = sessions.kw["bind"]
        assert isinstance(bind, Engine)
        self._local: Engine = bind
        self._workstation = workstation
        self._clock = clock
        self._config_path = config_path
        self._environ = os.environ if environ is None else environ
        self._passwords = passwords or PasswordStore()
        self.interval = interval
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._listener: threading.Thread | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._central: Engine | None = None
        self._report: SyncReport | None = None
        self._pulled_total = 0
        self._file_config: tuple[CentralConfig | None] | None = None  # read once

    # ------------------------------------------------------------------ configuration

    def _path(self) -> Path:
        return self._config_path or data_dir() / CONFIG_FILE

    def _current(self) -> tuple[CentralConfig | None, str | None, bool]:
        """(config, password, from the environment)."""
        url = self._environ.get(CENTRAL_URL_ENV, "").strip()
        if url:
            parsed, password = config_from_url(url, self._environ.get(CENTRAL_SCHEMA_ENV, ""))
            return parsed, password or self._passwords.get(parsed.keyring_user()), True
        if self._file_config is None:
            self._file_config = (read_config_file(self._path()),)
        config = self._file_config[0]
        if config is None:
            return None, None, False
        return config, self._passwords.get(config.keyring_user()), False

    def setup(self) -> CentralSetup:
        config, password, from_env = self._current()
        return CentralSetup(config, from_env, password is not None, self._passwords.persistent,
                            self._workstation.terminal_code)

    def save_setup(self, config: CentralConfig | None, password: str | None) -> CentralSetup:
        """Save this terminal's central database (None: none); a password given is kept
        in the keyring (or this run's memory). The background sync restarts with it."""
        require(self._workstation.actor(), Permission.CHANGE_SETTINGS)
        if config is not None:
            config = check_config(config)
            old, _old_password, _env = self._current()
            keeps = (old is not None and old.uses_password
                     and old.keyring_user() == config.keyring_user())
            config = replace(config, uses_password=bool(password) or keeps)
        write_config_file(self._path(), config)
        self._file_config = (config,)
        if config is not None and password:
            self._passwords.set(config.keyring_user(), password)
        was_running = self.stop()
        with self._lock:
            self._report = None
        if was_running and config is not None:
            self.start()
        return self.setup()

    def set_password(self, password: str) -> None:
        """The password asked for at start (no keyring): kept for this run."""
        config, _old, _env = self._current()
        if config is None:
            raise SyncSetupError(NOT_CONFIGURED)
        self._passwords.set(config.keyring_user(), password)

    def _needs_password(self, config: CentralConfig, password: str | None) -> bool:
        return config.uses_password and password is None

    def test_connection(self, config: CentralConfig, password: str | None) -> ConnectionCheck:
        """Connect (at most ~5 s), check the central schema, and say how far this
        terminal is known there. Never changes anything."""
        config = check_config(config)
        if not password:
            password = self._passwords.get(config.keyring_user())
        engine = make_engine(config.url(password), schema=config.schema or None,
                             connect_timeout=CONNECT_TIMEOUT_S)
        try:
            with engine.connect() as connection:
                central_id = check_central(connection)
                code = self._workstation.terminal_code
                received = int(connection.execute(
                    select(func.count()).select_from(sync_inbox).where(
                        sync_inbox.c.terminal == code)).scalar_one())
                version = str(connection.exec_driver_sql("SHOW server_version").scalar_one())
        except (DBAPIError, OSError) as error:
            raise connection_problem(error, config) from None
        finally:
            engine.dispose()
        return ConnectionCheck(central_id, config.where(), code, received, version)

    # ------------------------------------------------------------------ background sync

    def _central_engine(self) -> Engine | None:
        """The central engine; None when none is configured or its password is not
        known yet (asked for at start where there is no keyring)."""
        config, password, _env = self._current()
        if config is None or self._needs_password(config, password):
            return None
        if self._central is None:
            self._central = make_engine(config.url(password), schema=config.schema or None,
                                        connect_timeout=CONNECT_TIMEOUT_S)
        return self._central

    def start(self) -> bool:
        """Start the background sync (when a central database is configured); False
        when there is none. Cheap: it only starts a thread."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return True
            try:
                central = self._central_engine()
            except UserError as error:
                log.warning("central URL unusable: %s", error.template)
                return False
            if central is None:
                return False
            engine = SyncEngine(self._local, central, self._workstation.terminal_code,
                                clock=self._clock, interval=self.interval)
            self._stop = threading.Event()
            self._wake = threading.Event()
            self._thread = threading.Thread(
                target=self._run, args=(engine, self._stop, self._wake),
                name="laifang-sync", daemon=True)
            # Wake-ups from the other terminals' pushes (LISTEN/NOTIFY).
            self._listener = threading.Thread(
                target=listen, args=(central.url, self._workstation.terminal_code,
                                     self._stop, self._wake, CONNECT_TIMEOUT_S),
                name="laifang-sync-listen", daemon=True)
            self._thread.start()
            self._listener.start()
            return True

    def _run(self, engine: SyncEngine, stop: threading.Event, wake: threading.Event) -> None:
        try:
            engine.run(stop, on_report=lambda report: self._on_report(report, engine),
                       wake=wake)
        except Exception:  # the loop catches the database's errors; anything else:
            log.exception("background sync stopped")

    def _on_report(self, report: SyncReport, engine: SyncEngine | None = None) -> None:
        with self._lock:
            self._report = report
            self._pulled_total += report.pulled
        if engine is not None and report.online and report.pushed:
            try:  # the others pull at once; without it they do at their next poll
                notify(engine.central, engine.terminal_code)
            except (DBAPIError, OSError) as error:
                log.info("sync notify failed (%s)", type(error).__name__)

    def wake(self) -> None:
        """Sync now (a local change to push, a notification): cuts the wait short."""
        self._wake.set()

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> bool:
        """Stop the background sync, waiting at most `timeout` seconds. True when a
        runner was running (whether or not it ended in time)."""
        with self._lock:
            thread, self._thread = self._thread, None
            listener, self._listener = self._listener, None
            central, self._central = self._central, None
        if thread is None:
            if central is not None:
                central.dispose()
            return False
        self._stop.set()
        self._wake.set()
        deadline = time.monotonic() + timeout
        thread.join(timeout)
        if listener is not None:
            listener.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            log.warning("background sync still finishing a round at stop")
        elif central is not None:
            central.dispose()
        return True

    def is_running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def status(self) -> SyncStatus:
        """The latest round's report (no database is read: safe on the GUI thread)."""
        try:
            config, password, _env = self._current()
        except UserError as error:
            return SyncStatus(False, False, False, None, None, None, error.template)
        with self._lock:
            report, pulled = self._report, self._pulled_total
        running = self.is_running()
        if config is None:
            return SyncStatus(False, running, False, None, None, None, None)
        needs_password = self._needs_password(config, password)
        if report is None:
            return SyncStatus(True, running, False, None, None, None, None, needs_password)
        return SyncStatus(True, running, report.online, report.last_success,
                          report.pending if report.pending >= 0 else None,
                          report.open_conflicts, report.error, needs_password, pulled)

    # ------------------------------------------------------------------ conflicts

    def _require_chief(self) -> None:
        actor = self._workstation.actor()
        if actor.is_account and actor.role is not Role.SECTION_CHIEF:
            raise SyncSetupError(NOT_CHIEF)

    def _conflict_engine(self) -> tuple[Engine, bool]:
        """The runner's central engine, or a temporary one (True: dispose it)."""
        with self._lock:
            if self._central is not None:
                return self._central, False
        config, password, _env = self._current()
        if config is None:
            raise SyncSetupError(NOT_CONFIGURED)
        return make_engine(config.url(password), schema=config.schema or None,
                           connect_timeout=CONNECT_TIMEOUT_S), True

    def conflicts(self, include_resolved: bool = False) -> tuple[ConflictItem, ...]:
        """The conflicts a person must decide (oldest first), with both versions."""
        self._require_chief()
        config, _password, _env = self._current()
        engine, temporary = self._conflict_engine()
        wanted = ("open", "resolved") if include_resolved else ("open",)
        try:
            with engine.connect() as connection:
                rows = connection.execute(
                    select(sync_conflict).where(sync_conflict.c.resolution.in_(wanted))
                    .order_by(sync_conflict.c.created_at, sync_conflict.c.id)).all()
        except (DBAPIError, OSError) as error:
            raise connection_problem(error, config or CentralConfig("")) from None
        finally:
            if temporary:
                engine.dispose()
        items = []
        for row in rows:
            changed = tuple(f for f in row.fields.split(",") if f)
            items.append(ConflictItem(
                row.id, row.table_name, row.row_id, row.kind, changed, row.terminal,
                row.created_at, row.resolution,
                _pairs(_load_json(row.local_row), _load_json(row.central_row), changed)))
        return tuple(items)

    def resolve(self, conflict_id: uuid.UUID) -> None:
        """Mark an open conflict resolved (the chief has dealt with it)."""
        self._require_chief()
        config, _password, _env = self._current()
        engine, temporary = self._conflict_engine()
        try:
            with engine.begin() as connection:
                done = connection.execute(
                    update(sync_conflict).where(sync_conflict.c.id == conflict_id,
                                                sync_conflict.c.resolution == "open")
                    .values(resolution="resolved")).rowcount
        except (DBAPIError, OSError) as error:
            raise connection_problem(error, config or CentralConfig("")) from None
        finally:
            if temporary:
                engine.dispose()
        if done != 1:
            raise SyncSetupError(NO_CONFLICT)
        log.info("sync conflict resolved")
        self.wake()
