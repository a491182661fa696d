"""The audit log's hash chain, as one pure function (used by the writers in
desktop/accounts/audit_chain.py, by `audit verify` and by the migration that chained
the entries written before it).

Each terminal keeps its own chain: entry n stores its sequence number `seq` (1, 2, …),
the hash of entry n-1 (`prev_hash`, GENESIS for the first) and its own `hash`, the
SHA-256 of the previous hash and the entry's canonical content. Changing a stored field,
removing an entry or swapping two entries' places breaks a link that `audit verify`
recomputes. Never change this format: every stored chain would read as tampered.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime

GENESIS = "0" * 64
HASH_LENGTH = 64


def canonical_time(at: datetime) -> str:
    """The instant in UTC to the microsecond, as both databases store it."""
    if at.tzinfo is None:  # SQLite hands back naive UTC
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(
    prev_hash: str,
    *,
    entry_id: uuid.UUID,
    seq: int,
    at: datetime,
    terminal: str,
    actor: str,
    actor_user_id: uuid.UUID | None,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: str | None,
) -> str:
    content = json.dumps(
        [str(entry_id), seq, canonical_time(at), terminal, actor,
         str(actor_user_id) if actor_user_id is not None else None,
         action, subject_type, subject_id, detail],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(f"{prev_hash}\n{content}".encode()).hexdigest()
