"""The one way the GUI runs slow work: database, printing, sync and file work.

`TaskRunner.run(fn, on_success, on_failure)` runs `fn` on a worker thread and calls the
callbacks on the GUI thread (through a queued signal), so no widget is ever touched from
a worker and the event loop never waits on the database.

Widgets normally go through `ui.operations.Operation`, which adds busy state, latest
wins, errors at their field and change announcements on top of this runner. The runner
carries the terminal's change hub (`tasks.hub`) so every widget that can run work can
also announce and hear changes.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ui.hub import ChangeHub

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], object]  # a returned value is ignored


def _owner_alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a widget that was closed and deleted while
    its work ran (e.g. the window closed during a load): there is nobody to tell."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Relay(QObject):
    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job_id = job_id
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # noqa: BLE001 — reported on the GUI thread
            self._relay.finished.emit(self._job_id, False, error)
        else:
            self._relay.finished.emit(self._job_id, True, result)


class TaskRunner(QObject):
    """Runs callables off the GUI thread; results come back as signals."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        default_failure: FailureCallback,
        parent: QObject | None = None,
        max_threads: int = 2,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._callbacks: dict[int, tuple[SuccessCallback | None, FailureCallback | None]] = {}
        self._ids = itertools.count(1)
        self._default_failure = default_failure
        self.hub = ChangeHub(self)
        self._lanes: list[TaskRunner] = []

    def device_lane(self, max_threads: int = 1) -> TaskRunner:
        """A runner with threads of its own for slow devices (printers, ESC/POS): a hung
        printer never holds a thread the board's refresh or the database work needs.
        Its work counts as pending here (idle waits, screenshots, shutdown)."""
        lane = TaskRunner(self._default_failure, self, max_threads)
        lane.hub = self.hub
        self._lanes.append(lane)
        return lane

    def run(
        self,
        fn: Callable[[], Any],
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        job_id = next(self._ids)
        was_idle = not self._callbacks
        self._callbacks[job_id] = (on_success, on_failure)
        if was_idle:
            self.busy_changed.emit(True)
        self._pool.start(_Job(job_id, fn, self._relay))

    def report(self, error: BaseException) -> None:
        """Hand an error to the default handler (the application's ErrorReporter)."""
        self._default_failure(error)

    @property
    def pending(self) -> int:
        return len(self._callbacks) + sum(lane.pending for lane in self._lanes)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """For shutdown and tests: block until workers finish (results still queued)."""
        lanes_done = all([lane.wait_for_done(msecs) for lane in self._lanes])
        return self._pool.waitForDone(msecs) and lanes_done

    @Slot(int, bool, object)
    def _on_finished(self, job_id: int, ok: bool, payload: object) -> None:
        on_success, on_failure = self._callbacks.pop(job_id, (None, None))
        try:
            if ok:
                if on_success is not None and _owner_alive(on_success):
                    on_success(payload)
            else:
                assert isinstance(payload, BaseException)
                handler = on_failure or self._default_failure
                if _owner_alive(handler):
                    handler(payload)
        finally:
            if not self._callbacks:
                self.busy_changed.emit(False)
