"""Keeping the terminal's SQLite database safe: an integrity check at start-up, daily
backups taken with SQLite's backup API, and restoring one (DESIGN.md: "The embedded
database must never lose a write").

Only SQLite opens the database files: every read, copy and restore here goes through
`sqlite3` connections. A plain file copy would open and close the database in this
process and silently drop SQLite's POSIX locks.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import make_url

from desktop.clock import LOCAL_TZ, Clock, local_time, system_clock
from desktop.config import DEFAULT_BACKUP_KEEP_DAYS, data_dir, make_private_dir
from desktop.i18n import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger(__name__)

# Below this size a start-up runs the full `PRAGMA quick_check` (about 20 ms for 18 MB
# with a warm cache); above it, only a probe of every b-tree's root and ends, and the
# GUI runs the full check in the background right after start.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024
BACKUP_FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"
# Daily (and `main.py backup`) backups; the safety copies taken before a restore have
# their own prefix so they never count as "the last good backup" nor get pruned.
_DAILY = re.compile(r"^laifang-(\d{8}-\d{6})\.sqlite3$")
SAFETY_PREFIX = "laifang-before-restore-"
DAMAGED_PREFIX = "laifang-unreadable-"
_PARTIAL = ".partial"
STALE_PARTIAL_S = 3600
# How long `restore` waits for a lock before saying the database is in use.
RESTORE_LOCK_TIMEOUT_S = 2.0

_SQLITE_ERROR = 1
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

DAMAGED_WITH_BACKUP = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库文件已损坏，不能继续使用：{database}\n"
    "为免写坏更多数据，已停止取号和登记。\n"
    "最近一次完好的备份：{backup}（{taken_at}）。\n"
    "请关闭所有来访接待台窗口和叫号显示屏，然后运行：\n"
    "python main.py restore \"{backup}\"",
)
DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库文件已损坏，不能继续使用：{database}\n"
    "为免写坏更多数据，已停止取号和登记。\n"
    "备份文件夹 {folder} 里没有可用的备份。请不要删除或改动数据库文件，立即联系管理员修复。",
)
NOT_LOCAL_SQLITE = QT_TRANSLATE_NOOP(
    "Errors",
    "备份和恢复只适用于本机的 SQLite 数据库。"
    "服务器上的数据库（{backend}）请由管理员在服务器上备份。",
)
BACKUP_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Errors",
    "无法写入备份文件 {file}：{reason}。请检查磁盘空间和文件夹的写入权限后重试。",
)
BACKUP_OVER_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "备份文件不能是数据库本身：{file}。请换一个文件名。",
)
RESTORE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Errors",
    "找不到要恢复的备份文件：{file}。请检查路径；自动备份在 {folder}。",
)
RESTORE_FROM_ITSELF = QT_TRANSLATE_NOOP(
    "Errors",
    "不能用数据库自身来恢复：{file}。请选择一个备份文件（自动备份在 {folder}）。",
)
RESTORE_NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} 不是来访接待台的数据库，不能用来恢复。请换一个备份文件（自动备份在 {folder}）。",
)
RESTORE_DAMAGED_FILE = QT_TRANSLATE_NOOP(
    "Errors",
    "备份文件 {file} 没有通过完整性检查（已损坏），不能用来恢复。"
    "请换一个较早的备份（自动备份在 {folder}）。",
)
RESTORE_UNKNOWN_REVISION = QT_TRANSLATE_NOOP(
    "Errors",
    "备份文件 {file} 的数据库版本（{revision}）不是本程序认识的版本，可能来自更新版本的程序。"
    "请用那个版本的程序恢复，或换一个备份。",
)
RESTORE_IN_USE = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库正被其他程序使用（如叫号显示屏或另一个窗口），请先关闭它们再恢复。",
)


class DatabaseDamaged(UserError):
    """The database file failed the integrity check: stop writing to it."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time (Asia/Shanghai), from the file name
    bytes: int


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    revision: str
    # The database as it was before: a backup-API copy, or the file itself moved aside
    # when SQLite could not read it at all.
    safety_backup: Path


# ---------------------------------------------------------------------- low level


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for a server database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database).expanduser().resolve()


def _connect(path: Path, *, readonly: bool = False, timeout: float = 10.0
             ) -> sqlite3.Connection:
    if readonly:
        uri = f"file:{quote(str(path))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, timeout=timeout, check_same_thread=False)
    # Autocommit: nothing here should sit in an implicit transaction.
    conn.isolation_level = None
    return conn


def _code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def _quick_check(conn: sqlite3.Connection) -> list[str]:
    rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def _quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _probe(conn: sqlite3.Connection) -> list[str]:
    """Read one row at each end of every table and one through every index: this reads
    page 1, the schema and each b-tree's root and edge pages, in milliseconds at any
    size. It finds a damaged header, schema or root; the full check finds the rest."""
    problems: list[str] = []
    objects = conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master"
        " WHERE type IN ('table', 'index') AND rootpage > 0"
    ).fetchall()
    for kind, name, table in objects:
        if kind == "table":
            statements = [f"SELECT * FROM {_quote_name(name)} LIMIT 1",
                          f"SELECT * FROM {_quote_name(name)} ORDER BY rowid DESC LIMIT 1"]
        else:
            statements = [f"SELECT 1 FROM {_quote_name(table)} INDEXED BY {_quote_name(name)}"
                          " LIMIT 1"]
        for statement in statements:
            try:
                conn.execute(statement).fetchall()
            except sqlite3.DatabaseError as error:
                if _code(error) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
                    problems.append(f"{name}: {error}")
                    break
                if _code(error) != _SQLITE_ERROR:
                    raise
                # SQLITE_ERROR: no rowid (WITHOUT ROWID) or a partial index the
                # planner cannot scan: nothing to probe that way.
    return problems


def find_damage(path: Path, *, quick: bool) -> list[str]:
    """What is wrong with the SQLite file at `path` ([] when nothing is found).

    quick=True is meant for every start: the full `PRAGMA quick_check` when the file is
    small, a probe of every b-tree otherwise. A file that is not a database at all is
    not reported here: the start-up checks (desktop/storage/startup.py) say what it is."""
    try:
        with closing(_connect(path)) as conn:
            if quick and path.stat().st_size > QUICK_CHECK_MAX_BYTES:
                return _probe(conn)
            return _quick_check(conn)
    except sqlite3.DatabaseError as error:
        if _code(error) == _SQLITE_CORRUPT:
            return [str(error)]
        if _code(error) == _SQLITE_NOTADB:
            return []
        raise


def _fsync_dir(folder: Path) -> None:
    # The rename of a finished backup survives a power cut only once the folder is synced.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database of `source` into a new file `target` with the backup API, in one
    step (a WAL reader: writers go on meanwhile). The copy uses a rollback journal, so a
    backup is one self-contained file."""
    target.unlink(missing_ok=True)
    with closing(_connect(target)) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")


# ---------------------------------------------------------------------- service


class BackupService:
    """Backups of one local SQLite database into `<data dir>/backups`."""

    def __init__(
        self,
        url: str,
        *,
        folder: Path | None = None,
        keep_days: int = DEFAULT_BACKUP_KEEP_DAYS,
        clock: Clock = system_clock,
    ) -> None:
        self._url = url
        self.database = sqlite_file(url)
        self._folder = folder
        self.keep_days = max(1, keep_days)
        self._clock = clock

    @property
    def enabled(self) -> bool:
        """False for a server database: the server is backed up on the server."""
        return self.database is not None

    @property
    def folder(self) -> Path:
        return self._folder or data_dir() / BACKUP_FOLDER

    def _database(self) -> Path:
        if self.database is None:
            raise UserError(NOT_LOCAL_SQLITE, backend=make_url(self._url).get_backend_name())
        return self.database

    def _now(self) -> datetime:
        return local_time(self._clock())

    # ------------------------------------------------------------------ checking

    def check(self, *, quick: bool) -> None:
        """Raise DatabaseDamaged (saying where the last good backup is and how to restore
        it) when the database file is damaged. Nothing to check for a new database."""
        path = self.database
        if path is None or not path.exists():
            return
        problems = find_damage(path, quick=quick)
        if problems:
            log.error("database %s is damaged (%s check): %s", path,
                      "start-up" if quick else "full", "; ".join(problems[:5]))
            raise self.damaged_error()

    def damaged_error(self) -> DatabaseDamaged:
        latest = self.latest()
        if latest is None:
            return DatabaseDamaged(DAMAGED_NO_BACKUP, database=str(self.database),
                                   folder=str(self.folder))
        return DatabaseDamaged(DAMAGED_WITH_BACKUP, database=str(self.database),
                               backup=str(latest.path),
                               taken_at=latest.taken_at.strftime("%Y-%m-%d %H:%M"))

    # ------------------------------------------------------------------ backups

    def list_backups(self) -> list[BackupFile]:
        """The good backups in the backups folder, newest first (only verified backups
        get their final name)."""
        folder = self.folder
        if not folder.is_dir():
            return []
        found: list[BackupFile] = []
        for entry in os.scandir(folder):
            match = _DAILY.match(entry.name)
            if match is None or not entry.is_file(follow_symlinks=False):
                continue
            taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=LOCAL_TZ)
            found.append(BackupFile(Path(entry.path), taken, entry.stat().st_size))
        found.sort(key=lambda backup: backup.taken_at, reverse=True)
        return found

    def latest(self) -> BackupFile | None:
        backups = self.list_backups()
        return backups[0] if backups else None

    def take_backup(self, out: Path | None = None) -> BackupFile:
        """Back up the live database with SQLite's backup API into a temporary name,
        verify the copy with `PRAGMA quick_check`, then rename it. Without `out` it goes
        into the backups folder and old backups are pruned.

        A copy that fails the check means the live database is damaged: DatabaseDamaged.
        """
        database = self._database()
        now = self._now()
        if out is None:
            folder = self.folder
            make_private_dir(folder)
            target = folder / f"laifang-{now.strftime(_STAMP)}.sqlite3"
        else:
            target = out.expanduser().resolve()
            if target.exists() and target.samefile(database):
                raise UserError(BACKUP_OVER_DATABASE, file=str(target))
            folder = target.parent
        partial = target.with_name(target.name + _PARTIAL)
        try:
            with closing(_connect(database)) as source:
                _copy_database(source, partial)
            with closing(_connect(partial, readonly=True)) as copy:
                problems = _quick_check(copy)
            if problems:
                log.error("backup of %s failed its check: %s", database, "; ".join(problems[:5]))
                partial.unlink(missing_ok=True)
                raise self.damaged_error()
            partial.replace(target)
            _fsync_dir(folder)
        except sqlite3.DatabaseError as error:
            partial.unlink(missing_ok=True)
            if _code(error) == _SQLITE_CORRUPT:
                log.error("backup of %s failed its check: %s", database, error)
                raise self.damaged_error() from error
            raise
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise UserError(BACKUP_WRITE_FAILED, file=str(target),
                            reason=error.strerror or str(error)) from error
        made = BackupFile(target, now.replace(microsecond=0), target.stat().st_size)
        log.info("backup written: %s (%d bytes)", target, made.bytes)
        if out is None:
            self.prune()
        return made

    def backup_if_due(self) -> BackupFile | None:
        """The daily backup: take one when the newest is from before today (the local
        service day). Returns the newest good backup (None for a server database)."""
        if not self.enabled:
            return None
        latest = self.latest()
        if latest is not None and latest.taken_at.date() >= self._now().date():
            return latest
        return self.take_backup()

    def prune(self) -> list[Path]:
        """Delete daily backups older than `keep_days` days; the newest always stays."""
        today: date = self._now().date()
        oldest_kept = today - timedelta(days=self.keep_days - 1)
        removed: list[Path] = []
        for backup in self.list_backups()[1:]:
            if backup.taken_at.date() < oldest_kept:
                backup.path.unlink(missing_ok=True)
                removed.append(backup.path)
        stale = time.time() - STALE_PARTIAL_S
        for leftover in self.folder.glob(f"*{_PARTIAL}"):
            # An interrupted backup is never a good one (a recent one may still be written
            # by another process, e.g. `main.py backup` while the window is open).
            with suppress(OSError):
                if leftover.stat().st_mtime < stale:
                    leftover.unlink()
        if removed:
            log.info("pruned %d backups older than %d days", len(removed), self.keep_days)
        return removed

    # ------------------------------------------------------------------ restoring

    def restore(self, file: Path) -> RestoreResult:
        """Replace the live database with the backup `file` (backup API, never a file
        copy), after a safety backup of the current database. Refused while any other
        process has the database open, and for a file that is not a good Laifang database.
        """
        database = self._database()
        source = file.expanduser().resolve()
        folder = str(self.folder)
        if not source.is_file():
            raise UserError(RESTORE_NOT_FOUND, file=str(source), folder=folder)
        if database.exists() and source.samefile(database):
            raise UserError(RESTORE_FROM_ITSELF, file=str(source), folder=folder)
        revision = self._verify_restorable(source)
        make_private_dir(self.folder)
        stamp = self._now().strftime(_STAMP)
        safety = self.folder / f"{SAFETY_PREFIX}{stamp}.sqlite3"
        try:
            live = self._lock_exclusively(database)
        except _Unreadable:
            # SQLite cannot even read the header or schema, so nobody can be using it:
            # set the file aside (a rename opens nothing) and restore into a new one.
            safety = self.folder / f"{DAMAGED_PREFIX}{stamp}.sqlite3"
            _move_aside(database, safety)
            live = self._lock_exclusively(database)
        else:
            partial = safety.with_name(safety.name + _PARTIAL)
            try:
                _copy_database(live, partial)
            except BaseException:
                live.close()
                partial.unlink(missing_ok=True)
                raise
            partial.replace(safety)
            _fsync_dir(safety.parent)
        with closing(live):
            with closing(_connect(source, readonly=True)) as backup:
                backup.backup(live)
            live.execute("PRAGMA locking_mode=NORMAL")
        # Back to WAL (as every connection of the program sets it) and check the result.
        with closing(_connect(database)) as restored:
            restored.execute("PRAGMA journal_mode=WAL")
            problems = _quick_check(restored)
        if problems:  # pragma: no cover — the source passed the same check just before
            log.error("restored database failed its check: %s", "; ".join(problems[:5]))
            raise self.damaged_error()
        log.info("database %s restored from %s (revision %s); previous copy kept in %s",
                 database, source, revision, safety)
        return RestoreResult(database, source, revision, safety)

    def _verify_restorable(self, source: Path) -> str:
        """The backup's schema revision, after checking it is a good Laifang database."""
        params = {"file": str(source), "folder": str(self.folder)}
        try:
            with closing(_connect(source, readonly=True)) as conn:
                if _quick_check(conn):
                    raise UserError(RESTORE_DAMAGED_FILE, **params)
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as error:
            if _code(error) == _SQLITE_CORRUPT:
                raise UserError(RESTORE_DAMAGED_FILE, **params) from error
            # Not SQLite at all, or SQLite without our version table.
            raise UserError(RESTORE_NOT_A_DATABASE, **params) from error
        if row is None:
            raise UserError(RESTORE_NOT_A_DATABASE, **params)
        revision = str(row[0])
        if revision not in known_revisions():
            raise UserError(RESTORE_UNKNOWN_REVISION, revision=revision, **params)
        return revision

    @staticmethod
    def _lock_exclusively(database: Path) -> sqlite3.Connection:
        """A connection that holds the database exclusively until it is closed.

        SQLite refuses to leave WAL mode while another connection has the database open
        (an open WAL connection keeps a shared lock), so switching to a rollback journal
        is the test for "nobody else is using it". EXCLUSIVE locking mode, set first,
        keeps the lock taken for that switch, so no process can open the database in
        between or until the restore is done.
        """
        conn = _connect(database, timeout=RESTORE_LOCK_TIMEOUT_S)
        try:
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise UserError(RESTORE_IN_USE)
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            conn.close()
            if _code(error) in (_SQLITE_BUSY, _SQLITE_LOCKED):
                raise UserError(RESTORE_IN_USE) from error
            if _code(error) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
                raise _Unreadable(str(error)) from error
            raise
        except BaseException:
            conn.close()
            raise
        return conn


class _Unreadable(Exception):
    """The live database's header or schema cannot be read at all."""


def _move_aside(database: Path, target: Path) -> None:
    """Rename an unreadable database and its -wal/-journal/-shm into the backups folder
    (kept for the administrator: the -wal may hold the last writes)."""
    for suffix in ("", "-wal", "-journal", "-shm"):
        path = database.with_name(database.name + suffix)
        if path.exists():
            path.replace(target.with_name(target.name + suffix))
    _fsync_dir(target.parent)
    log.warning("unreadable database %s moved to %s", database, target)


def known_revisions() -> set[str]:
    """Every schema revision this program's migrations know."""
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def check_database_integrity(url: str, *, quick: bool,
                             clock: Callable[[], datetime] = system_clock) -> None:
    """Raise DatabaseDamaged when the local SQLite database at `url` is damaged (see
    BackupService.check); server databases are not checked here."""
    BackupService(url, clock=clock).check(quick=quick)
