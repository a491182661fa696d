"""Append-only audit log: logins, views of full personal data, prints, exports,
settings changes. Each entry names the terminal, the acting user (their username, and
their account's id when there are accounts), when, what and which record; it is linked
into the terminal's hash chain as it is written (desktop/accounts/audit_chain.py).
Nothing in the program updates or deletes an entry (the database refuses it too)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.fastpath import Executor, FastStatement
from db.models import AuditEntry
from desktop.accounts import audit_chain
from desktop.accounts.roles import Actor
from desktop.terminal import Workstation

_ACTOR_LIMIT = 64
_SUBJECT_LIMIT = 64


def record(
    session: Session,
    workstation: Workstation,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: str | None = None,
    *,
    actor: Actor | None = None,
    at: datetime | None = None,
) -> None:
    """Add an entry (linked into the chain when the session flushes). `actor`: who, when
    not the terminal's acting user (e.g. the name tried at a failed login)."""
    who = actor if actor is not None else workstation.actor()
    session.add(AuditEntry(
        at=at, terminal=workstation.terminal_code, actor=who.username[:_ACTOR_LIMIT],
        actor_user_id=who.user_id, action=action, subject_type=subject_type,
        subject_id=subject_id[:_SUBJECT_LIMIT], detail=detail,
    ))


# The entry as the ticket hot path writes it (db.fastpath: no Session, no Connection).
_INSERT_ENTRY = FastStatement(insert(AuditEntry), column_keys=[
    "id", "at", "terminal", "actor", "actor_user_id", "action", "subject_type", "subject_id",
    "detail", "seq", "prev_hash", "hash",
])


def record_on(
    conn: Executor,
    workstation: Workstation,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: str | None = None,
) -> None:
    """The same entry written on a plain connection (the ticket hot path has no Session):
    one indexed read of the chain's last link, a SHA-256, one insert."""
    who = workstation.actor()
    seq, prev = audit_chain.next_link(conn, workstation.terminal_code)
    _INSERT_ENTRY.execute(conn, audit_chain.linked_values(seq, prev, {
        "terminal": workstation.terminal_code, "actor": who.username[:_ACTOR_LIMIT],
        "actor_user_id": who.user_id, "action": action, "subject_type": subject_type,
        "subject_id": subject_id[:_SUBJECT_LIMIT], "detail": detail,
    }))
