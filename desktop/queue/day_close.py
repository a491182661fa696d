"""The end of a service day (跨日): which day new tickets belong to, noticing midnight,
and closing the tickets a past day left open.

Closing a day (DayCloseService.close_past_days) turns its open tickets into 未办结 and
records the last closed day in the `setting` table, in the same transaction. A new
ticket, a case number and the clerks' queue then belong to
max(the clock's service day, last closed day + 1): a clock stepped back across midnight
after the close (NTP, a clerk fixing the time) cannot put a new ticket on a closed day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from db.fastpath import Executor, FastStatement
from db.models import Setting, Visit
from desktop.clock import Clock, service_day
from desktop.domain import QueueStatus
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.queue.states import OPEN_STATUSES, change_status, clean_note
from desktop.service import TerminalService
from desktop.settings.registry import LAST_CLOSED_SERVICE_DAY, read_value, store

SETTING_LAST_CLOSED_DAY = LAST_CLOSED_SERVICE_DAY.key  # bookkeeping owned by the registry
PAST_DAY_REASON = QT_TRANSLATE_NOOP("Calling", "当日未办结，跨日自动关闭")

# A primary-key read on the busiest call (issue a ticket): prebuilt, see db.fastpath.
_READ_SETTING = FastStatement(select(Setting.value).where(Setting.key == bindparam("key")))


def last_closed_day(conn: Executor) -> date | None:
    """The newest service day already closed in this database, if any."""
    row = _READ_SETTING.first(conn, {"key": SETTING_LAST_CLOSED_DAY})
    if row is None:
        return None
    # Hand-edited nonsense reads as None: the clock alone decides.
    return LAST_CLOSED_SERVICE_DAY.parse(str(row[0]))


def service_day_after_close(conn: Executor, now: datetime) -> date:
    """The service day for something happening `now`: never a day already closed."""
    day = service_day(now)
    closed = last_closed_day(conn)
    if closed is not None and day <= closed:
        return closed + timedelta(days=1)
    return day


def record_closed_day(session: Session, day: date) -> None:
    """Remember that every day up to `day` is closed (never moves back)."""
    known = read_value(session, LAST_CLOSED_SERVICE_DAY)
    if known is None or day > known:
        store(session, LAST_CLOSED_SERVICE_DAY, day)


class DayWatcher:
    """Notices that the service day has changed while the program runs.

    Cheap (reads the clock only), so a window can ask every half minute: `due()` gives
    the new day once the clock has passed midnight, until `closed(day)` is called after
    the close-out succeeded; a failed close-out is therefore tried again on the next
    tick. A clock stepped back never makes a day due again.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._day = service_day(clock())

    @property
    def day(self) -> date:
        """The last service day closed out (or seen at start)."""
        return self._day

    def due(self) -> date | None:
        today = service_day(self._clock())
        return today if today > self._day else None

    def closed(self, day: date) -> None:
        self._day = max(self._day, day)


class DayCloseService(TerminalService):
    def day_watcher(self) -> DayWatcher:
        """For a long-running window: tells when the service day changes (clock only)."""
        return DayWatcher(self._clock)

    def close_past_days(self, reason: str = PAST_DAY_REASON) -> int:
        """Close tickets of earlier days still open as 未办结, keeping the reason.

        Run at start-up, by the clerk's window and when the main window sees the day
        change (DayWatcher); returns how many were closed.
        """
        clean_reason = clean_note(reason) or PAST_DAY_REASON
        with self._sessions.begin() as session:
            now = self._clock()
            today = service_day_after_close(session.connection(), now)
            # Recorded with the close, so no later ticket lands on a closed day even if
            # the clock steps back across midnight.
            record_closed_day(session, today - timedelta(days=1))
            stale = session.scalars(
                select(Visit).where(
                    Visit.service_day < today,
                    Visit.queue_status.in_([s.value for s in OPEN_STATUSES]),
                    Visit.deleted_at.is_(None),
                )
            ).all()
            for visit in stale:
                visit.queue_note = clean_reason
                change_status(
                    session, visit, QueueStatus.UNFINISHED, now, self._workstation,
                    visit.window_name, note=clean_reason,
                )
            return len(stale)
