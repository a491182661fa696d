"""Start-up checks: before anything migrates, seeds or even creates a file, find what
would stop the program and say in Chinese what is wrong and what to do.

A failed check changes nothing: the SQLite file is only probed by SQLite itself (never
with open(): that would drop this process's SQLite locks, see DESIGN.md), and nothing is
migrated while the schema looks foreign, half-built or newer than this program.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from db.base import Base
from db.engine import DEFAULT_CONNECT_TIMEOUT_S, SQLITE_BUSY_TIMEOUT_MS
from db.migrate import VERSION_TABLE, head_revision, known_revisions, tables_at_revision
from desktop.i18n import QT_TRANSLATE_NOOP, UserError

CONNECT_TIMEOUT_ENV = "LAIFANG_CONNECT_TIMEOUT"
MAX_CONNECT_TIMEOUT_S = 600

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_CORRUPT, _SQLITE_NOTADB = 5, 6, 11, 26


DATA_DIR_NOT_FOLDER = QT_TRANSLATE_NOOP(
    "Errors",
    "数据文件夹 {path} 不是文件夹（有同名的文件）。"
    "请移走该文件，或用 LAIFANG_DATA_DIR 指定其他文件夹",
)
DATA_DIR_CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "Errors",
    "无法创建数据文件夹 {path}：{reason}。"
    "请检查上级文件夹的权限，或用 LAIFANG_DATA_DIR 指定其他文件夹",
)
DATA_DIR_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "数据文件夹 {path} 不能写入。请检查文件夹权限，或用 LAIFANG_DATA_DIR 指定其他文件夹",
)
DATA_DIR_UNUSABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "数据文件夹 {path} 无法使用：{reason}。请检查文件夹权限，或用 LAIFANG_DATA_DIR 指定其他文件夹",
)
DB_IS_FOLDER = QT_TRANSLATE_NOOP(
    "Errors",
    "--db 指向的是文件夹，不是数据库文件：{path}。"
    "请在 --db 中写出数据库文件的完整路径，如 sqlite:///{example}",
)
DB_FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库文件所在的文件夹不存在：{folder}。"
    "请检查 --db 中的路径；如确要在那里新建数据库，请先创建该文件夹",
)
DB_FOLDER_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库文件所在的文件夹 {folder} 不能写入（SQLite 要在数据库旁写日志文件）。"
    "请检查文件夹权限，或把数据库放到可写的文件夹",
)
DB_FILE_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库文件 {path} 不能读写。请检查文件的权限和所有者",
)
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} 不是数据库文件（可能把别的文件当成了数据库）。"
    "程序没有改动它。请检查 --db 中的路径",
)
FOREIGN_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} 是其他程序的数据库，不是来访接待台的数据库。程序没有改动它。"
    "请检查 --db 中的路径",
)
DB_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库文件 {path} 已损坏，无法打开。程序没有改动它。"
    "请从备份恢复（本机数据库：python main.py restore 备份文件），或联系管理员",
)
DB_LOCKED = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库 {path} 正被其他程序锁定，等了 {seconds} 秒仍未释放。"
    "请关闭其他来访接待台窗口或占用它的程序后重新启动",
)
NEWER_REVISION = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库由更新版本的程序创建（版本 {revision}），本程序无法使用，也没有改动它。"
    "请安装新版本的来访接待台",
)
HALF_MIGRATED_NO_VERSION = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库结构不完整：已有来访接待台的表，却没有版本记录（可能是升级中断）。"
    "为免损坏数据，程序没有改动它。"
    "请从备份恢复（本机数据库：python main.py restore 备份文件），或联系管理员",
)
HALF_MIGRATED_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库结构不完整：版本 {revision} 应有的表 {tables} 不存在（可能是升级中断）。"
    "为免损坏数据，程序没有改动它。"
    "请从备份恢复（本机数据库：python main.py restore 备份文件），或联系管理员",
)
PG_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "无法连接数据库服务器 {server}：服务器未启动或拒绝连接。"
    "请确认服务器已启动、--db 中的地址和端口正确，然后重新启动",
)
PG_UNKNOWN_HOST = QT_TRANSLATE_NOOP(
    "Errors",
    "找不到数据库服务器 {host}（地址无法解析）。请检查 --db 中的服务器地址和网络连接",
)
PG_AUTH = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库服务器 {server} 拒绝了用户 {user}：用户不存在或密码不对。"
    "请检查 --db 中的用户名和密码，或请管理员开通该用户",
)
PG_NO_DATABASE = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库服务器 {server} 上没有数据库 {database}。"
    "请检查 --db 中的数据库名，或请管理员创建该数据库",
)
PG_TIMEOUT = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库服务器 {server} 在 {seconds} 秒内没有应答。请检查网络和服务器后重新启动；"
    "等待时间可用环境变量 LAIFANG_CONNECT_TIMEOUT 或 terminal.json 的 "
    "connect_timeout_seconds 调整",
)
PG_NO_PRIVILEGE = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库用户 {user} 没有在数据库 {database} 中建表或写入的权限。"
    "请管理员授予权限后重新启动",
)
PG_OTHER = QT_TRANSLATE_NOOP(
    "Errors",
    "无法连接数据库服务器 {server}：{reason}。请检查 --db 的设置和服务器状态后重新启动",
)
BAD_TIMEOUT_ENV = QT_TRANSLATE_NOOP(
    "Errors",
    "环境变量 LAIFANG_CONNECT_TIMEOUT 的值 {value} 无效：应为大于 0、不超过 600 的秒数。"
    "请改正或删除它后重新启动",
)


class StartupError(UserError):
    """The program cannot start as configured; nothing has been changed."""


def connect_timeout(configured: float = DEFAULT_CONNECT_TIMEOUT_S) -> float:
    """Seconds to wait for a database server: LAIFANG_CONNECT_TIMEOUT, else `configured`
    (terminal.json connect_timeout_seconds)."""
    raw = os.environ.get(CONNECT_TIMEOUT_ENV, "").strip()
    if not raw:
        return configured
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 < value <= MAX_CONNECT_TIMEOUT_S:
        raise StartupError(BAD_TIMEOUT_ENV, value=raw)
    return value


# ------------------------------------------------------------------ folders


def check_folder(path: Path) -> None:
    """The data (or log) folder: created when missing, and it must be writable."""
    if path.exists() and not path.is_dir():
        raise StartupError(DATA_DIR_NOT_FOLDER, path=str(path))
    if not path.exists():
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise StartupError(DATA_DIR_CANNOT_CREATE, path=str(path),
                               reason=error.strerror or str(error)) from error
    if not os.access(path, os.W_OK | os.X_OK):
        raise StartupError(DATA_DIR_NOT_WRITABLE, path=str(path))


# ------------------------------------------------------------------ SQLite file


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for a server, memory or a URI filename)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def check_database_file(url: str) -> None:
    """SQLite: the file is where it should be, writable and really a SQLite database.
    Nothing is created: a missing folder of an explicit --db is an error, not made."""
    path = sqlite_path(url)
    if path is None:
        return
    if path.is_dir():
        raise StartupError(DB_IS_FOLDER, path=str(path), example=str(path / "laifang.sqlite3"))
    folder = path.absolute().parent
    if not folder.is_dir():
        raise StartupError(DB_FOLDER_MISSING, folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StartupError(DB_FOLDER_NOT_WRITABLE, folder=str(folder))
    if not path.exists():
        return  # a new database: the migrations create it
    if not os.access(path, os.R_OK | os.W_OK):
        raise StartupError(DB_FILE_NOT_WRITABLE, path=str(path))
    try:
        # mode=rw: never creates the file. SQLite reads the header: a file that is not
        # a database fails here, before anything (e.g. switching it to WAL) writes.
        uri = f"file:{quote(str(path.absolute()))}?mode=rw"
        with closing(sqlite3.connect(uri, uri=True,
                                     timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)) as probe:
            probe.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", None)
        if code == _SQLITE_NOTADB:
            raise StartupError(NOT_A_DATABASE, path=str(path)) from error
        if code == _SQLITE_CORRUPT:
            raise StartupError(DB_DAMAGED, path=str(path)) from error
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            raise StartupError(DB_LOCKED, path=str(path),
                               seconds=SQLITE_BUSY_TIMEOUT_MS // 1000) from error
        raise


# ------------------------------------------------------------------ schema


def check_schema(url: str, engine: Engine, schema: str | None = None) -> None:
    """The schema is empty, or one this program's migrations made and can upgrade.

    SQLite is read through a plain connection (no WAL switch, no BEGIN IMMEDIATE), so a
    foreign file stays exactly as it was."""
    path = sqlite_path(url)
    if engine.dialect.name == "sqlite":
        if path is None or not path.exists():
            return
        probe = create_engine(url, poolclass=NullPool)
        try:
            with probe.connect() as connection:
                _check_tables(connection, None, str(path))
        finally:
            probe.dispose()
        return
    with engine.connect() as connection:
        _check_tables(connection, schema, _server(make_url(url)))


def _check_tables(connection: Connection, schema: str | None, where: str) -> None:
    tables = set(inspect(connection).get_table_names(schema=schema))
    ours = set(Base.metadata.tables)
    revision: str | None = None
    if VERSION_TABLE in tables:
        table = f'"{schema}".{VERSION_TABLE}' if schema else VERSION_TABLE
        rows = connection.execute(text(f"SELECT version_num FROM {table}")).scalars().all()
        revision = rows[0] if len(rows) == 1 else None
        if len(rows) > 1 or (revision is not None and revision not in known_revisions()):
            raise StartupError(NEWER_REVISION, revision=", ".join(map(str, rows)))
    if revision is None:
        if tables & ours:
            raise StartupError(HALF_MIGRATED_NO_VERSION)
        if connection.dialect.name == "sqlite" and tables - {VERSION_TABLE}:
            raise StartupError(FOREIGN_DATABASE, path=where)
        return
    expected = set(Base.metadata.tables) if revision == head_revision() else (
        set(tables_at_revision(revision)) - {VERSION_TABLE}
    )
    missing = sorted(expected - tables)
    if missing:
        raise StartupError(HALF_MIGRATED_MISSING, revision=revision, tables="、".join(missing))


# ------------------------------------------------------------------ server errors


def _server(url: URL) -> str:
    host = url.host or "localhost"
    return f"{host}:{url.port}" if url.port else host


@contextmanager
def explain_database_errors(url: str, timeout: float) -> Iterator[None]:
    """Turn a database server's refusal (or silence) into a StartupError that says
    what to do; anything else passes unchanged."""
    try:
        yield
    except DBAPIError as error:
        explained = explain(error, url, timeout)
        if explained is None:
            raise
        raise explained from error


def explain(error: DBAPIError, url: str, timeout: float) -> StartupError | None:
    parsed = make_url(url)
    original = error.orig
    message = str(original).lower()
    sqlstate = getattr(original, "sqlstate", None)
    if parsed.get_backend_name() == "sqlite":
        if "locked" in message:
            return StartupError(DB_LOCKED, path=str(sqlite_path(url) or parsed.database),
                                seconds=SQLITE_BUSY_TIMEOUT_MS // 1000)
        return None
    server = _server(parsed)
    user = parsed.username or ""
    database = parsed.database or ""
    if sqlstate == "42501":
        return StartupError(PG_NO_PRIVILEGE, user=user, database=database)
    if sqlstate is not None or not (_is_connect(error) or error.connection_invalidated):
        return None
    # libpq reports connection failures as text only (no SQLSTATE).
    if type(original).__name__ == "ConnectionTimeout" or "timeout expired" in message:
        return StartupError(PG_TIMEOUT, server=server, seconds=f"{timeout:g}")
    if any(s in message for s in ("failed to resolve host", "could not translate host",
                                  "name or service not known")):
        return StartupError(PG_UNKNOWN_HOST, host=parsed.host or "")
    if any(s in message for s in ("connection refused", "no route to host",
                                  "network is unreachable")):
        return StartupError(PG_UNREACHABLE, server=server)
    if "database" in message and "does not exist" in message:
        return StartupError(PG_NO_DATABASE, server=server, database=database)
    if any(s in message for s in ("role", "password authentication", "no password",
                                  "pg_hba.conf", "authentication failed")):
        return StartupError(PG_AUTH, server=server, user=user)
    reason = str(original).strip().splitlines()[0] if str(original).strip() else ""
    return StartupError(PG_OTHER, server=server, reason=reason)


def _is_connect(error: DBAPIError) -> bool:
    # SQLAlchemy raises a connect failure as OperationalError with no statement.
    return error.statement is None
