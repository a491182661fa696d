"""Wake-ups by PostgreSQL LISTEN/NOTIFY: a terminal that pushed changes says so on the
channel `laifang_sync` (payload: its code); every other terminal's listener wakes its
sync loop to pull at once, instead of at the next 2-second poll.

The notice is sent after the push's central transaction committed (SyncService, on the
runner's thread); a terminal writing on the central database directly sends none, and
the poll still picks its changes up. The listener holds one idle connection; when the
centre cannot be reached it retries with backoff and the poll carries on meanwhile.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

log = logging.getLogger("laifang.sync")

CHANNEL = "laifang_sync"
POLL_S = 0.25  # how often the listener looks at `stop` while waiting for notices
RETRY_MAX_S = 30.0


def notify(central: Engine, terminal_code: str) -> None:
    """Tell the other terminals that this one pushed changes."""
    with central.connect() as connection:
        connection.execute(text("SELECT pg_notify(:channel, :code)"),
                           {"channel": CHANNEL, "code": terminal_code})
        connection.commit()


def conninfo(url: URL) -> str:
    """A libpq connection string for psycopg from the central engine's URL."""
    plain = url.set(drivername="postgresql")
    return plain.render_as_string(hide_password=False)


def listen(url: URL, terminal_code: str, stop: threading.Event, wake: threading.Event,
           connect_timeout: float = 5.0) -> None:
    """Until `stop`: set `wake` for every other terminal's notice. Runs on a thread."""
    import psycopg

    failures = 0
    while not stop.is_set():
        try:
            with psycopg.connect(conninfo(url), autocommit=True,
                                 connect_timeout=max(2, round(connect_timeout))) as connection:
                connection.execute(f"LISTEN {CHANNEL}")
                failures = 0
                while not stop.is_set():
                    for notice in connection.notifies(timeout=POLL_S):
                        if notice.payload != terminal_code:
                            wake.set()
        except psycopg.Error as error:
            failures += 1
            log.info("sync listener offline (%s %s)", type(error).__name__,
                     getattr(error, "sqlstate", None) or "")
            stop.wait(min(RETRY_MAX_S, 2.0 * 2 ** min(failures, 5)))
