"""Where this terminal finds the central database: host, port, database, user, TLS mode
(and a schema), kept per terminal in the data folder as central.json — never the
password. The password lives in the OS keyring when the `keyring` package is installed,
else only in memory for this run (asked for again at the next start).
LAIFANG_CENTRAL_URL (a full URL, password included if it must be) overrides the file.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.storage.files import write_atomically

log = logging.getLogger("laifang.sync")

CENTRAL_URL_ENV = "LAIFANG_CENTRAL_URL"
CENTRAL_SCHEMA_ENV = "LAIFANG_CENTRAL_SCHEMA"
CONFIG_FILE = "central.json"
KEYRING_SERVICE = "LaifangDesk central database"
SSL_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_PORT = 5432


class CentralSetupError(UserError):
    pass


@dataclass(frozen=True)
class CentralConfig:
    host: str
    port: int = DEFAULT_PORT
    database: str = "laifang"
    user: str = "laifang_terminal"
    sslmode: str = "prefer"
    schema: str = ""  # "" = the server's search path
    # Whether the connection takes a password (kept elsewhere; never in this config):
    # without a keyring a terminal asks for it at start.
    uses_password: bool = False

    def url(self, password: str | None) -> str:
        return URL.create(
            "postgresql+psycopg", username=self.user, password=password or None,
            host=self.host, port=self.port, database=self.database,
            query={"sslmode": self.sslmode},
        ).render_as_string(hide_password=False)

    def where(self) -> str:
        """host:port/database, for messages (no user, no password)."""
        return f"{self.host}:{self.port}/{self.database}"

    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def check_config(config: CentralConfig) -> CentralConfig:
    """The config with its text trimmed; CentralSetupError naming the field otherwise."""
    host, database, user = config.host.strip(), config.database.strip(), config.user.strip()
    if not host:
        raise CentralSetupError(QT_TRANSLATE_NOOP(
            "Errors", "请填写中心数据库的服务器地址（主机名或 IP）"), field="host")
    if not 1 <= config.port <= 65535:
        raise CentralSetupError(QT_TRANSLATE_NOOP(
            "Errors", "端口应为 1–65535 的整数（PostgreSQL 通常为 5432）"), field="port")
    if not database:
        raise CentralSetupError(QT_TRANSLATE_NOOP("Errors", "请填写中心数据库名"),
                                field="database")
    if not user:
        raise CentralSetupError(QT_TRANSLATE_NOOP("Errors", "请填写连接中心数据库的用户名"),
                                field="user")
    if config.sslmode not in SSL_MODES:
        raise CentralSetupError(QT_TRANSLATE_NOOP(
            "Errors", "加密方式应为 {modes} 之一"), field="sslmode", modes="、".join(SSL_MODES))
    schema = config.schema.strip()
    if schema and not schema.replace("_", "").isalnum():
        raise CentralSetupError(QT_TRANSLATE_NOOP(
            "Errors", "模式名只能包含字母、数字和下划线，或留空"), field="schema")
    return CentralConfig(host, config.port, database, user, config.sslmode, schema,
                         config.uses_password)


def config_from_url(url: str, schema: str = "") -> tuple[CentralConfig, str | None]:
    """A URL (LAIFANG_CENTRAL_URL, --central) as a config and the password it holds."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise CentralSetupError(QT_TRANSLATE_NOOP(
            "Errors", "中心数据库地址格式错误，应为 postgresql://用户@主机:端口/数据库"),
            field="url") from error
    if not parsed.drivername.startswith("postgresql"):
        raise CentralSetupError(QT_TRANSLATE_NOOP(
            "Errors", "中心数据库须为 PostgreSQL（地址以 postgresql:// 开头）"), field="url")
    sslmode = parsed.query.get("sslmode", "prefer")
    config = CentralConfig(
        host=parsed.host or "localhost", port=parsed.port or DEFAULT_PORT,
        database=parsed.database or "", user=parsed.username or "",
        sslmode=sslmode if isinstance(sslmode, str) else sslmode[0], schema=schema)
    password = parsed.password if isinstance(parsed.password, str) else None
    return replace(config, uses_password=password is not None), password


def read_config_file(path: Path) -> CentralConfig | None:
    """The saved config, None when there is none (or it cannot be used: logged)."""
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning("central.json unreadable (%s)", type(error).__name__)
        return None
    if not isinstance(raw, dict):
        return None
    try:
        return check_config(CentralConfig(
            host=str(raw.get("host", "")), port=int(raw.get("port", DEFAULT_PORT)),
            database=str(raw.get("database", "")), user=str(raw.get("user", "")),
            sslmode=str(raw.get("sslmode", "prefer")), schema=str(raw.get("schema", "")),
            uses_password=raw.get("uses_password") is True))
    except (UserError, TypeError, ValueError):
        log.warning("central.json holds an unusable configuration")
        return None


def write_config_file(path: Path, config: CentralConfig | None) -> None:
    """Save (None: forget) the config; the password is never part of it."""
    if config is None:
        path.unlink(missing_ok=True)
        return
    data = json.dumps(asdict(config), ensure_ascii=False, indent=2).encode("utf-8")
    write_atomically(path, data)
    os.chmod(path, 0o600)


class PasswordStore:
    """The central password: the OS keyring when `keyring` is installed, else memory
    only (this run). Never a file of ours."""

    def __init__(self, use_keyring: bool = True) -> None:
        self._memory: dict[str, str] = {}
        self._keyring: Any = None
        if use_keyring:
            import keyring
            from keyring.backends import fail

            # No usable backend (a server without a Secret Service): memory only.
            if not isinstance(keyring.get_keyring(), fail.Keyring):
                self._keyring = keyring

    @property
    def persistent(self) -> bool:
        return self._keyring is not None

    def get(self, user: str) -> str | None:
        if user in self._memory:
            return self._memory[user]
        if self._keyring is not None:
            try:
                value = self._keyring.get_password(KEYRING_SERVICE, user)
            except Exception as error:  # a keyring backend can fail in many ways
                log.warning("keyring read failed (%s)", type(error).__name__)
                return None
            return value if isinstance(value, str) else None
        return None

    def set(self, user: str, password: str) -> None:
        self._memory[user] = password
        if self._keyring is not None:
            try:
                self._keyring.set_password(KEYRING_SERVICE, user, password)
            except Exception as error:
                log.warning("keyring write failed (%s); kept for this run only",
                            type(error).__name__)


def connection_problem(error: BaseException, config: CentralConfig) -> CentralSetupError:
    """A driver error as a clear Chinese message (the driver's own text may quote
    values: it is not shown or logged)."""
    orig = getattr(error, "orig", error)
    state = getattr(orig, "sqlstate", None)
    text = str(orig)
    log.warning("central connection failed (%s %s)", type(orig).__name__, state or "")
    if state in ("28P01", "28000") or "password authentication failed" in text:
        return CentralSetupError(QT_TRANSLATE_NOOP(
            "Errors", "用户名或密码不正确：中心数据库拒绝了用户 {user} 的登录，请核对后重试"),
            field="password", user=config.user)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return CentralSetupError(QT_TRANSLATE_NOOP(
            "Errors", "中心服务器上没有数据库 {database}，请核对数据库名"),
            field="database", database=config.database)
    if state in ("3F000", "42P01"):
        return CentralSetupError(QT_TRANSLATE_NOOP(
            "Errors", "中心数据库尚未建立，请管理员运行 python main.py central init"),
            field="schema")
    if state is None:
        return CentralSetupError(QT_TRANSLATE_NOOP(
            "Errors", "无法连接中心数据库 {where}：服务器没有应答。请检查地址、端口、网络和防火墙"),
            field="host", where=f"{config.host}:{config.port}")
    return CentralSetupError(QT_TRANSLATE_NOOP(
        "Errors", "中心数据库拒绝了连接（错误代码 {code}），请联系管理员"), code=state)
