"""Damaging a test database the way a failing disk does, for the integrity checks.

Only SQLite opens database files in the test process (an open()+close() by anything
else drops SQLite's locks): the bytes are overwritten by a separate Python process.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

_ZERO_PAGE = """
import sys
path, offset, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "r+b") as f:
    f.seek(offset)
    f.write(bytes(size))
"""


def checkpoint(path: Path) -> None:
    """Move everything from the -wal into the database file, so a page zeroed in the
    file is not shadowed by a newer copy in the WAL."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def pages_of(path: Path, name: str, kind: str | None = None) -> list[int]:
    """The page numbers of table or index `name` (kind: 'leaf', 'internal', …)."""
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND (? IS NULL OR pagetype = ?)"
            " ORDER BY pageno", (name, kind, kind)).fetchall()
    return [int(row[0]) for row in rows]


def root_page(path: Path, name: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return int(row[0])


def zero_page(path: Path, page: int) -> None:
    """Overwrite page `page` (1-based) of the database file with zeros, in a subprocess."""
    with closing(sqlite3.connect(path)) as conn:
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    subprocess.run([sys.executable, "-c", _ZERO_PAGE, str(path), str((page - 1) * size),
                    str(size)], check=True)


def add_filler(path: Path, rows: int = 400) -> None:
    """A table the program never reads, spread over many pages: damaging it does not
    disturb the windows under test, yet the integrity check must notice."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)")
        conn.executemany("INSERT INTO filler (data) VALUES (randomblob(600))",
                         [()] * rows)
