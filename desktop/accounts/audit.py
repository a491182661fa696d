"""Append-only audit log: every view of full personal data, every print and export."""

from __future__ import annotations

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

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


def record_on(
    conn: Connection,
    workstation: Workstation,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: str | None = None,
) -> None:
    """The same entry written on a plain connection (the ticket hot path has no Session)."""
    conn.execute(
        insert(AuditEntry).values(
            terminal=workstation.terminal_code,
            actor=workstation.operator,
            action=action,
            subject_type=subject_type,
            subject_id=subject_id,
            detail=detail,
        )
    )
