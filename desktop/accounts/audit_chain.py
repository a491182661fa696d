"""The audit log's hash chain: linking each new entry, and checking the stored chain.

Every entry is linked at insert, whichever way it is written:
- through a Session (`audit.record`, or an `AuditEntry` added directly): the
  `before_flush` hook below links the session's new entries, in the order they were
  added;
- on the ticket hot path's plain connection (`audit.record_on`): `next_link` and
  `linked_values`.
Linking reads the terminal's last link (one indexed read of `uq_audit_entry_terminal_seq`)
and hashes the entry with it (db/audit_hash.py).

Why a chain cannot fork: each origin terminal has its own chain (entries carry the
terminal's code; another terminal, or the central database after sync, never writes into
it), and a terminal writes its entries inside the transaction of the change they record.
SQLite takes the database's write lock when that transaction begins (BEGIN IMMEDIATE), so
the read of the last link and the insert are serialised. On PostgreSQL the transaction
first takes a transaction-scoped advisory lock on the terminal's chain, so a second
process of the same terminal (the command line next to the window) waits until the first
commits and then reads its link. Should two writers ever get past that, the unique index
(terminal, seq) refuses the second insert: the chain cannot hold two entries at one place.

What the chain cannot tell: entries cut off at the end of a chain (the last ones
removed) leave a shorter, intact chain. `verify` reports each terminal's last sequence
number and time, to compare with what the terminal wrote (part 2: the central database
keeps each terminal's head).
"""

from __future__ import annotations

import uuid
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, event, func, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from db.audit_hash import GENESIS, entry_hash
from db.base import new_id, utc_now
from db.fastpath import Executor, FastStatement
from db.models import AuditEntry

# pg_advisory_xact_lock(class, key): one terminal's audit chain.
CHAIN_LOCK_CLASS = 0x1A1E

_LAST_LINK = FastStatement(
    select(AuditEntry.seq, AuditEntry.hash)
    .where(AuditEntry.terminal == bindparam("terminal"))
    .order_by(AuditEntry.seq.desc())
    .limit(1)
)
_LOCK_CHAIN = FastStatement(
    select(func.pg_advisory_xact_lock(bindparam("lock_class"), bindparam("lock_key")))
)


def _chain_key(terminal: str) -> int:
    """A signed 32-bit key for the terminal's advisory lock."""
    value = zlib.crc32(terminal.encode())
    return value - (1 << 32) if value >= 1 << 31 else value


def next_link(conn: Executor, terminal: str) -> tuple[int, str]:
    """(sequence number of the terminal's next entry, hash of its last one); on
    PostgreSQL after taking the chain's lock for the rest of the transaction."""
    if conn.dialect.name == "postgresql":
        _LOCK_CHAIN.rows(conn, {"lock_class": CHAIN_LOCK_CLASS, "lock_key": _chain_key(terminal)})
    last = _LAST_LINK.first(conn, {"terminal": terminal})
    if last is None:
        return 1, GENESIS
    return int(last[0]) + 1, str(last[1])


def linked_values(seq: int, prev_hash: str, values: dict[str, Any]) -> dict[str, Any]:
    """`values` (terminal, actor, actor_user_id, action, subject_type, subject_id, detail,
    and optionally id and at) completed with id, at, seq, prev_hash and hash."""
    done = dict(values)
    if done.get("id") is None:
        done["id"] = new_id()
    if done.get("at") is None:
        done["at"] = utc_now()
    done.update(seq=seq, prev_hash=prev_hash, hash=entry_hash(
        prev_hash, entry_id=done["id"], seq=seq, at=done["at"], terminal=done["terminal"],
        actor=done["actor"], actor_user_id=done.get("actor_user_id"), action=done["action"],
        subject_type=done["subject_type"], subject_id=done["subject_id"],
        detail=done.get("detail")))
    return done


@event.listens_for(Session, "before_flush")
def _link_new_entries(session: Session, _context: UOWTransaction, _instances: object) -> None:
    new = [obj for obj in session.new if isinstance(obj, AuditEntry) and obj.hash is None]
    if not new:
        return
    new.sort(key=lambda entry: inspect(entry).insert_order)
    connection = session.connection()
    links: dict[str, tuple[int, str]] = {}
    for entry in new:
        link = links.get(entry.terminal)
        if link is None:
            link = next_link(connection, entry.terminal)
        done = linked_values(link[0], link[1], {
            "id": entry.id, "at": entry.at, "terminal": entry.terminal, "actor": entry.actor,
            "actor_user_id": entry.actor_user_id, "action": entry.action,
            "subject_type": entry.subject_type, "subject_id": entry.subject_id,
            "detail": entry.detail})
        entry.id, entry.at = done["id"], done["at"]
        entry.seq, entry.prev_hash, entry.hash = done["seq"], done["prev_hash"], done["hash"]
        links[entry.terminal] = (done["seq"] + 1, done["hash"])


# ---- checking ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BadEntry:
    terminal: str
    seq: int  # where the chain breaks (the missing number, for a gap)
    entry_id: uuid.UUID | None  # None: the entry at `seq` is missing
    reason: str  # plain English for the command line and the log (no personal data)


@dataclass(frozen=True)
class ChainHead:
    terminal: str
    entries: int
    last_seq: int
    last_at: datetime | None


@dataclass(frozen=True)
class ChainReport:
    entries: int
    heads: tuple[ChainHead, ...]
    first_bad: BadEntry | None

    @property
    def intact(self) -> bool:
        return self.first_bad is None


_COLUMNS = (AuditEntry.terminal, AuditEntry.seq, AuditEntry.id, AuditEntry.at,
            AuditEntry.actor, AuditEntry.actor_user_id, AuditEntry.action,
            AuditEntry.subject_type, AuditEntry.subject_id, AuditEntry.detail,
            AuditEntry.prev_hash, AuditEntry.hash)


def verify_chain(connection: Connection) -> ChainReport:
    """Recompute every terminal's chain in order; the first broken link is reported."""
    rows = connection.execution_options(yield_per=5000).execute(
        select(*_COLUMNS).order_by(AuditEntry.terminal, AuditEntry.seq))
    return check_rows(rows)


def check_rows(rows: Iterable[Any]) -> ChainReport:
    heads: list[ChainHead] = []
    terminal: str | None = None
    expected_seq, prev, count, total = 1, GENESIS, 0, 0
    last_at: datetime | None = None
    first_bad: BadEntry | None = None
    for row in rows:
        if row.terminal != terminal:
            if terminal is not None:
                heads.append(ChainHead(terminal, count, expected_seq - 1, last_at))
            terminal, expected_seq, prev, count, last_at = row.terminal, 1, GENESIS, 0, None
        total += 1
        count += 1
        last_at = row.at
        if first_bad is None:
            first_bad = _check(row, expected_seq, prev)
        expected_seq, prev = row.seq + 1, row.hash
    if terminal is not None:
        heads.append(ChainHead(terminal, count, expected_seq - 1, last_at))
    return ChainReport(total, tuple(heads), first_bad)


def _check(row: Any, expected_seq: int, prev: str) -> BadEntry | None:
    if row.seq != expected_seq:
        if row.seq > expected_seq:
            return BadEntry(row.terminal, expected_seq, None,
                            f"entry {expected_seq} is missing (the next one is {row.seq})")
        return BadEntry(row.terminal, row.seq, row.id, "sequence number repeated")
    if row.prev_hash != prev:
        return BadEntry(row.terminal, row.seq, row.id,
                        "does not link to the entry before it (removed, inserted or reordered)")
    digest = entry_hash(prev, entry_id=row.id, seq=row.seq, at=row.at, terminal=row.terminal,
                        actor=row.actor, actor_user_id=row.actor_user_id, action=row.action,
                        subject_type=row.subject_type, subject_id=row.subject_id,
                        detail=row.detail)
    if digest != row.hash:
        return BadEntry(row.terminal, row.seq, row.id, "content changed after it was written")
    return None
