"""Database timeouts, importable without SQLAlchemy: the terminal's settings
(desktop/config.py) read them before the window shows, while SQLAlchemy still loads."""

from __future__ import annotations

SQLITE_BUSY_TIMEOUT_MS = 10_000
# PostgreSQL: give up connecting after this long (a server that accepts the connection
# and never answers would otherwise hang the start for ever). libpq's minimum is 2 s.
DEFAULT_CONNECT_TIMEOUT_S = 5
