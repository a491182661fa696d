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

import platformdirs

from desktop.files import write_atomically

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


def data_dir() -> Path:
    override = os.environ.get("LAIFANG_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return make_private_dir(path)


def log_dir() -> Path:
    override = os.environ.get("LAIFANG_DATA_DIR")
    path = (
        Path(override) / "logs"
        if override
        else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    )
    return make_private_dir(path)


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
    # Printing (ui/print_settings.py). A printer name "" means the system default.
    ticket_printer: str = ""  # 80 mm roll: queue tickets and 80 mm receipts
    a4_printer: str = ""  # A4 receipts
    receipt_layout: str = "a4"  # "a4" | "80mm"
    auto_print_ticket: bool = True  # print the queue ticket as soon as it is issued
    escpos_target: str = ""  # "" = off; "tcp://IP:9100" or a device path: roll documents
    backup_keep_days: int = DEFAULT_BACKUP_KEEP_DAYS  # daily backups older than this are deleted


def config_path() -> Path:
    return data_dir() / "terminal.json"


def load_terminal_config(path: Path | None = None) -> TerminalConfig:
    path = path or config_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return TerminalConfig()
    except (OSError, ValueError):
        logging.getLogger(__name__).warning("unreadable terminal config %s; using defaults", path)
        return TerminalConfig()
    known = {key: raw[key] for key in TerminalConfig.__dataclass_fields__ if key in raw}
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
