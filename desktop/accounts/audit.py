"""Append-only audit log: every view of full personal data, every print and export."""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.fastpath import Executor, FastStatement
from db.models import AuditEntry
from desktop.terminal import Workstation


def record(
    session: Session,
    workstation: Workstation,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            terminal=workstation.terminal_code,
            actor=workstation.operator,
            action=action,
            subject_type=subject_type,
            subject_id=subject_id,
            detail=detail,
        )
    )


# The entry as the ticket hot path writes it (db.fastpath: no Session, no Connection).
_INSERT_ENTRY = FastStatement(insert(AuditEntry), column_keys=[
    "terminal", "actor", "action", "subject_type", "subject_id", "detail",
])


def record_on(
    conn: Executor,
    workstation: Workstation,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: str | None = None,
) -> None:
    """The same entry written on a plain connection (the ticket hot path has no Session)."""
    _INSERT_ENTRY.execute(conn, {
        "terminal": workstation.terminal_code, "actor": workstation.operator,
        "action": action, "subject_type": subject_type, "subject_id": subject_id,
        "detail": detail,
    })
