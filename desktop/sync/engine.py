"""SyncEngine: one round of push then pull (`sync_once`), and the loop with backoff
that runs it in the background (`run`; never on the GUI thread).

Hooks for part 2 (GUI): `run(on_report=…)` hands every SyncReport to the main
window's status; `run(wake=…)` is the event a LISTEN/NOTIFY listener sets to pull at
once; the central URL and password come from whoever builds the engine (settings
dialog, keyring). See docs/SYNC.md.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from db.sync.tables import sync_conflict, sync_state
from desktop.clock import Clock, system_clock
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.sync.central import check_central, follow_central
from desktop.sync.pull import pull_once
from desktop.sync.push import pending_count, push_once

log = logging.getLogger("laifang.sync")

OFFLINE = QT_TRANSLATE_NOOP("Errors", "无法连接中心数据库，本机离线工作，恢复后自动同步")
# A row the other side refuses (e.g. the same ID number registered as two visitors on
# two terminals offline): the rest waits; docs/SYNC.md "Left for part 2".
REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "有数据与中心数据库冲突，同步已暂停，本机照常离线工作；请联系管理员处理")


@dataclass(frozen=True)
class SyncReport:
    online: bool
    pushed: int  # operations pushed this round
    pulled: int  # central changes read this round
    conflicts: int  # conflicts logged centrally by this round's pushes
    open_conflicts: int | None  # conflicts waiting for a person (None: offline)
    pending: int  # local operations not yet pushed
    last_success: datetime | None
    error: str | None = None  # a user-facing message (translation context "Errors")


class SyncEngine:
    def __init__(self, local: Engine, central: Engine, terminal_code: str, *,
                 clock: Clock = system_clock, batch_size: int = 2000,
                 interval: float = 2.0, max_backoff: float = 300.0) -> None:
        self.local = local
        self.central = central
        self.terminal_code = terminal_code
        self.clock = clock
        self.batch_size = batch_size
        self.interval = interval
        self.max_backoff = max_backoff
        self.failures = 0

    def last_success(self) -> datetime | None:
        with self.local.connect() as connection:
            value: datetime | None = connection.execute(
                select(sync_state.c.last_success_at).where(sync_state.c.id == 1)
            ).scalar_one()
            return value

    def sync_once(self, *, max_batches: int | None = None) -> SyncReport:
        pushed = pulled = conflicts = 0
        try:
            with self.central.connect() as connection:
                central_id = check_central(connection)
            follow_central(self.local, central_id)
            batches = 0
            while max_batches is None or batches < max_batches:
                outcome = push_once(self.local, self.central, self.terminal_code,
                                    self.batch_size)
                if outcome is None:
                    break
                pushed += outcome.operations
                conflicts += outcome.conflicts
                batches += 1
            while max_batches is None or batches < max_batches:
                pulled_now = pull_once(self.local, self.central, self.batch_size)
                pulled += pulled_now.changes
                batches += 1
                if not pulled_now.more:
                    break
            with self.central.connect() as connection:
                open_conflicts = int(connection.execute(
                    select(func.count()).select_from(sync_conflict).where(
                        sync_conflict.c.resolution == "open")).scalar_one())
            now = self.clock()
            with self.local.begin() as connection:
                connection.execute(update(sync_state).where(sync_state.c.id == 1).values(
                    last_success_at=now))
        except UserError as error:
            self.failures += 1
            log.warning("sync refused: %s", error.template)
            return self._offline(pushed, pulled, conflicts, error.message)
        except IntegrityError as error:
            self.failures += 1
            code = getattr(error.orig, "sqlstate", None)
            log.error("sync refused by a constraint (%s), attempt %d", code or "",
                      self.failures)
            return self._offline(pushed, pulled, conflicts, REFUSED)
        except (DBAPIError, SQLAlchemyError, OSError) as error:
            self.failures += 1
            # The driver's text may quote row values (personal data): the class only.
            code = getattr(getattr(error, "orig", None), "sqlstate", None)
            log.warning("sync failed (%s %s), attempt %d", type(error).__name__, code or "",
                        self.failures)
            return self._offline(pushed, pulled, conflicts, OFFLINE)
        self.failures = 0
        return SyncReport(True, pushed, pulled, conflicts, open_conflicts,
                          pending_count(self.local), now)

    def _offline(self, pushed: int, pulled: int, conflicts: int, message: str) -> SyncReport:
        try:
            pending = pending_count(self.local)
            last = self.last_success()
        except SQLAlchemyError:
            pending, last = -1, None
        return SyncReport(False, pushed, pulled, conflicts, None, pending, last, message)

    def next_delay(self) -> float:
        """Seconds to the next round: the interval while it works, then doubling per
        failure up to `max_backoff`, with jitter so terminals do not retry in step."""
        if self.failures == 0:
            return self.interval
        delay = min(self.max_backoff, self.interval * 2 ** min(self.failures, 20))
        return float(delay * random.uniform(0.8, 1.0))

    def run(self, stop: threading.Event, *,
            on_report: Callable[[SyncReport], None] | None = None,
            wake: threading.Event | None = None) -> None:
        """Sync until `stop` is set. `wake` (optional) cuts a wait short."""
        while not stop.is_set():
            report = self.sync_once()
            if on_report is not None:
                on_report(report)
            delay = self.next_delay()
            if wake is None:
                stop.wait(delay)
            else:
                wake.wait(delay)
                wake.clear()
