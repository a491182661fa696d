"""The end of a service day (跨日): which day new tickets belong to, and noticing midnight.

Closing a day (CallingService.close_past_days) turns its open tickets into 未办结 and
records the last closed day in the `setting` table, in the same transaction. A new
ticket, a case number and the clerks' queue then belong to
max(the clock's service day, last closed day + 1): a clock stepped back across midnight
after the close (NTP, a clerk fixing the time) cannot put a new ticket on a closed day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from db.fastpath import FastStatement
from db.models import Setting
from desktop.clock import Clock, service_day

SETTING_LAST_CLOSED_DAY = "last_closed_service_day"

# A primary-key read on the busiest call (issue a ticket): prebuilt, see db.fastpath.
_READ_SETTING = FastStatement(select(Setting.value).where(Setting.key == bindparam("key")))


def last_closed_day(conn: Connection) -> date | None:
    """The newest service day already closed in this database, if any."""
    row = _READ_SETTING.first(conn, {"key": SETTING_LAST_CLOSED_DAY})
    if row is None:
        return None
    try:
        return date.fromisoformat(str(row[0]))
    except ValueError:
        return None  # hand-edited nonsense: fall back to the clock alone


def service_day_after_close(conn: Connection, now: datetime) -> date:
    """The service day for something happening `now`: never a day already closed."""
    day = service_day(now)
    closed = last_closed_day(conn)
    if closed is not None and day <= closed:
        return closed + timedelta(days=1)
    return day


def record_closed_day(session: Session, day: date) -> None:
    """Remember that every day up to `day` is closed (never moves back)."""
    row = session.get(Setting, SETTING_LAST_CLOSED_DAY)
    if row is None:
        session.add(Setting(key=SETTING_LAST_CLOSED_DAY, value=day.isoformat()))
        return
    try:
        known: date | None = date.fromisoformat(row.value)
    except ValueError:
        known = None
    if known is None or day > known:
        row.value = day.isoformat()


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
