"""Per-terminal configuration and the user's data/log directories (platformdirs)."""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import re
import sys
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import platformdirs

from db.timeouts import DEFAULT_CONNECT_TIMEOUT_S
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.storage.files import write_atomically

APP_NAME = "LaifangDesk"
APP_AUTHOR = "Laifang"
LOG_FILE_BYTES = 2_000_000
LOG_FILE_COUNT = 5
DEFAULT_BACKUP_KEEP_DAYS = 14
# The data folder holds full ID numbers (database, logs, backups): private to the user.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(path: Path) -> Path:
    """Create `path` (0700), or make an existing folder 0700."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o777 != PRIVATE_DIR_MODE:
        path.chmod(PRIVATE_DIR_MODE)
    return path


def data_dir_path() -> Path:
    """Where the data folder is (not created: see desktop.storage.startup.check_folder)."""
    override = os.environ.get("LAIFANG_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir_path() -> Path:
    override = os.environ.get("LAIFANG_DATA_DIR")
    return (
        Path(override) / "logs"
        if override
        else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    )


def data_dir() -> Path:
    return make_private_dir(data_dir_path())


def log_dir() -> Path:
    return make_private_dir(log_dir_path())


def make_data_private() -> None:
    """Make the data and log folders 0700 and every file in them 0600 (files made by
    older versions were world-readable). chmod works on the path without opening the
    file, so it is safe for SQLite's locks on a database in use."""
    for top in {data_dir(), log_dir()}:
        for folder, dirs, files in os.walk(top):
            for name in dirs:
                if not Path(folder, name).is_symlink():
                    make_private_dir(Path(folder, name))
            for name in files:
                path = Path(folder, name)
                try:
                    mode = path.lstat().st_mode
                    if not path.is_symlink() and mode & 0o777 != PRIVATE_FILE_MODE:
                        path.chmod(PRIVATE_FILE_MODE)
                except OSError:
                    # Gone meanwhile (a -shm removed at close) or not ours: nothing to fix.
                    continue


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'laifang.sqlite3'}"


@dataclass(frozen=True)
class TerminalConfig:
    terminal_code: str = "FRONT-1"
    terminal_slot: int | None = None
    operator: str = "前台"
    window_name: str = ""
    # Printing (ui/printing/print_settings.py). A printer name "" means the system default.
    ticket_printer: str = ""  # 80 mm roll: queue tickets and 80 mm receipts
    a4_printer: str = ""  # A4 receipts
    receipt_layout: str = "a4"  # "a4" | "80mm"
    auto_print_ticket: bool = True  # print the queue ticket as soon as it is issued
    escpos_target: str = ""  # "" = off; "tcp://IP:9100" or a device path: roll documents
    backup_keep_days: int = DEFAULT_BACKUP_KEEP_DAYS  # daily backups older than this are deleted
    # Seconds to wait for a database server (LAIFANG_CONNECT_TIMEOUT overrides it).
    connect_timeout_seconds: float = DEFAULT_CONNECT_TIMEOUT_S


def config_path() -> Path:
    return data_dir() / "terminal.json"


CONFIG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "无法读取终端设置文件 {path}：{reason}。请检查文件权限，或删除该文件后重新启动"
)
CONFIG_NOT_JSON = QT_TRANSLATE_NOOP(
    "Errors",
    "终端设置文件 {path} 格式错误（第 {line} 行第 {column} 列），不是有效的 JSON。"
    "请改正或删除该文件后重新启动",
)
CONFIG_NOT_OBJECT = QT_TRANSLATE_NOOP(
    "Errors", "终端设置文件 {path} 格式错误：应为一个 JSON 对象 {{…}}。"
    "请改正或删除该文件后重新启动"
)
CONFIG_BAD_SLOT = QT_TRANSLATE_NOOP(
    "Errors",
    "终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为 1–9 的整数或 null。"
    "请改正或删除该文件后重新启动",
)
CONFIG_BAD_TEXT = QT_TRANSLATE_NOOP(
    "Errors",
    "终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为用双引号括起的文字。"
    "请改正或删除该文件后重新启动",
)
CONFIG_EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "Errors", "终端设置文件 {path} 中 {setting} 不能为空。"
    "请改正或删除该文件后重新启动"
)
CONFIG_BAD_BOOL = QT_TRANSLATE_NOOP(
    "Errors",
    "终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为 true 或 false。"
    "请改正或删除该文件后重新启动",
)
CONFIG_BAD_CHOICE = QT_TRANSLATE_NOOP(
    "Errors",
    "终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为 {choices} 之一。"
    "请改正或删除该文件后重新启动",
)
CONFIG_BAD_INTEGER = QT_TRANSLATE_NOOP(
    "Errors", "终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为整数。"
    "请改正或删除该文件后重新启动"
)
CONFIG_BAD_SECONDS = QT_TRANSLATE_NOOP(
    "Errors",
    "终端设置文件 {path} 中 {setting} 的值 {value} 无效：应为大于 0、不超过 {limit} 的秒数。"
    "请改正或删除该文件后重新启动",
)
RECEIPT_LAYOUTS = ("a4", "80mm")
MIN_TERMINAL_SLOT, MAX_TERMINAL_SLOT = 1, 9
MAX_CONNECT_TIMEOUT_S = 600


def _is_int(value: object) -> bool:
    # bool is a subclass of int: true must not pass as slot 1.
    return isinstance(value, int) and not isinstance(value, bool)


def _check_field(name: str, value: object) -> tuple[str, dict[str, Any]] | None:
    """(template, params) when `value` is not allowed for field `name`."""
    default = TerminalConfig.__dataclass_fields__[name].default
    if name == "terminal_slot":
        ok = value is None or (
            _is_int(value) and MIN_TERMINAL_SLOT <= value <= MAX_TERMINAL_SLOT  # type: ignore[operator]
        )
        return None if ok else (CONFIG_BAD_SLOT, {})
    if name == "receipt_layout":
        ok = value in RECEIPT_LAYOUTS
        return None if ok else (CONFIG_BAD_CHOICE, {"choices": " / ".join(
            json.dumps(c) for c in RECEIPT_LAYOUTS)})
    if name == "connect_timeout_seconds":
        ok = (_is_int(value) or isinstance(value, float)) and (
            0 < value <= MAX_CONNECT_TIMEOUT_S  # type: ignore[operator]
        )
        return None if ok else (CONFIG_BAD_SECONDS, {"limit": MAX_CONNECT_TIMEOUT_S})
    if isinstance(default, bool):
        return None if isinstance(value, bool) else (CONFIG_BAD_BOOL, {})
    if isinstance(default, int):
        return None if _is_int(value) else (CONFIG_BAD_INTEGER, {})
    if isinstance(default, str):
        if not isinstance(value, str):
            return CONFIG_BAD_TEXT, {}
        if name == "terminal_code" and not value.strip():
            return CONFIG_EMPTY_TEXT, {}
    return None


def load_terminal_config(path: Path | None = None) -> TerminalConfig:
    """This terminal's settings; a missing file gives the defaults. A file that cannot
    be read or holds a wrong value raises StartupError naming the file and the field:
    a guessed default could give this terminal another's slot, hence another's numbers.
    Unknown keys (e.g. from a newer version) are ignored."""
    from desktop.storage.startup import StartupError

    path = path or config_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return TerminalConfig()
    except json.JSONDecodeError as error:
        raise StartupError(CONFIG_NOT_JSON, path=str(path), line=error.lineno,
                           column=error.colno) from error
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) else None
        raise StartupError(CONFIG_UNREADABLE, path=str(path),
                           reason=reason or str(error)) from error
    if not isinstance(raw, dict):
        raise StartupError(CONFIG_NOT_OBJECT, path=str(path))
    known = {key: raw[key] for key in TerminalConfig.__dataclass_fields__ if key in raw}
    for name, value in known.items():
        problem = _check_field(name, value)
        if problem is not None:
            template, params = problem
            shown = json.dumps(value, ensure_ascii=False)
            raise StartupError(template, path=str(path), setting=name,
                               value=shown if len(shown) <= 40 else shown[:40] + "…", **params)
    return replace(TerminalConfig(), **known)


def save_terminal_config(config: TerminalConfig, path: Path | None = None) -> None:
    path = path or config_path()
    text = json.dumps(asdict(config), ensure_ascii=False, indent=2)
    write_atomically(path, text.encode("utf-8"))


# Personal numbers never reach the log, whatever a message or traceback carries (e.g. a
# database error quoting the row): resident IDs (18 or 15 characters), mainland mobiles
# (also written 138-1234-5678) and any other run of 7+ digits (landlines, passports,
# permits). Case numbers lose their digits too: a small price for a rule with no gaps.
_PERSONAL_NUMBER = re.compile(
    r"(?<![0-9])(?:[0-9]{17}[0-9Xx]|1[3-9][0-9][- ]?[0-9]{4}[- ]?[0-9]{4}|[0-9]{7,})"
    r"(?![0-9])"
)


def mask_personal_numbers(text: str) -> str:
    return _PERSONAL_NUMBER.sub(lambda match: "*" * len(match.group()), text)


class MaskingFormatter(logging.Formatter):
    """Formats the whole record (message, exception, stack) and then masks it."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_personal_numbers(super().format(record))


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that cannot be written (disk full, removed drive) is said once on
    stderr, in Chinese; the program goes on and the handler stays quiet after that."""

    reported = False

    def handleError(self, record: logging.LogRecord) -> None:
        if not self.reported:
            self.reported = True
            try:
                if sys.stderr is not None:  # None under pythonw
                    sys.stderr.write(
                        f"日志无法写入（磁盘已满？），程序继续运行：{self.baseFilename}\n"
                    )
            except (OSError, ValueError):
                pass


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the user's log directory; returns the file's path."""
    path = log_dir() / "laifang.log"
    handler = QuietFileHandler(
        path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_COUNT, encoding="utf-8"
    )
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return path
