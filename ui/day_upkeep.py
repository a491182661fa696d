"""The main window's upkeep of the service day: a window left open over night closes the
earlier days' open tickets when the day changes, and, once per start, cases saved before
the official calendar get their deadlines counted by it. Both run in the background."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ui.hub import QUEUE
from ui.operations import Operation
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.app_services import AppServices

log = logging.getLogger(__name__)

# How often a window left open looks at the clock for midnight (reads no database).
DAY_CHECK_MS = 30_000


class DayUpkeep(QObject):
    def __init__(self, parent: QObject, services: AppServices, tasks: TaskRunner,
                 show_message: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._show_message = show_message
        self._day_watcher = services.day_close.day_watcher()
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_service_day)
        self.day_timer.start()

    def check_service_day(self) -> None:
        """When the service day has changed: close earlier days' open tickets (one
        background call), then show the new day on every page."""
        day = self._day_watcher.due()
        if day is None:
            return
        # exclusive: one closing at a time, however often the timer ticks meanwhile.
        Operation(self, self._tasks, self._services.day_close.close_past_days) \
            .exclusive("close-past-days").announces(QUEUE) \
            .success(lambda closed: self._day_closed(day, closed)) \
            .failure(self._day_close_failed).run()

    def recount_old_deadlines(self) -> None:
        """Once per start: cases saved before the official calendar (no calendar named on
        them) get their steps and dates counted by it."""
        services = self._services
        # Looked up on the worker: the service's module is not imported on the GUI thread.
        Operation(self, self._tasks, lambda: services.calendar_admin.recount_uncounted()) \
            .exclusive("recount-deadlines") \
            .success(self._deadlines_recounted) \
            .failure(self._recount_failed).run()

    def _deadlines_recounted(self, moved: object) -> None:
        if moved:
            log.info("deadlines of %s earlier cases counted by the official calendar", moved)

    def _recount_failed(self, error: BaseException) -> bool:
        # Nothing is half-written (one transaction); the next start tries again.
        log.warning("counting earlier cases' deadlines failed, will retry at the next start: %s",
                    error)
        return True

    def _day_closed(self, day: date, closed: object) -> None:
        self._day_watcher.closed(day)
        self._show_message(QCoreApplication.translate(
            "MainWindow", "已进入 {month}月{day}日：前一天未办结的 {count} 张号票已关闭"
        ).format(month=day.month, day=day.day, count=closed))

    def _day_close_failed(self, error: BaseException) -> bool:
        # Tried again on the next tick; the clerk page refuses yesterday's tickets meanwhile.
        log.warning("closing the past service day failed, will retry: %s", error)
        return True
