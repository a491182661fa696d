"""How errors reach the user: the application's one ErrorReporter.

Its own module so every window can use it without importing the start-up code in
ui/app.py (which imports the windows: that was an import circle)."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.i18n import UserError
from ui.i18n import error_text

log = logging.getLogger(__name__)


class ErrorReporter:
    """Shows errors to the user in their language; unexpected ones are logged with where."""

    def __init__(self, log_file: Path | None, parent: Callable[[], QWidget | None]) -> None:
        self._log_file = log_file
        self._parent = parent

    def message_for(self, error: BaseException) -> str:
        if isinstance(error, UserError):
            return error_text(error)
        where = str(self._log_file) if self._log_file else ""
        return QCoreApplication.translate(
            "ErrorReporter",
            "程序遇到意外错误，刚才的操作没有完成，已保存的内容不受影响。\n"
            "请重试；如果反复出现，请把日志文件交给管理员：\n{log}",
        ).format(log=where)

    def report(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        box = QMessageBox(self._parent())
        box.setIcon(
            QMessageBox.Icon.Warning if isinstance(error, UserError) else QMessageBox.Icon.Critical
        )
        box.setWindowTitle(QCoreApplication.translate("ErrorReporter", "提示"))
        box.setText(self.message_for(error))
        box.open()

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("uncaught: %s", "".join(traceback.format_exception(kind, error, tb)))
        if QApplication.instance() is not None:
            self.report(error)
