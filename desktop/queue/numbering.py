"""Queue ticket and case numbers.

A ticket number is the category letter, the issuing terminal's slot digit and a daily
sequence: ``A1023`` (five characters, read aloud one by one). Each terminal owns its
slot, so two terminals never make the same number even while they cannot see each
other; within one database the sequence comes from a counter row updated inside the
ticket's own transaction, so a rolled-back ticket never burns or duplicates a number.
"""

from __future__ import annotations

import re
import secrets
from datetime import date
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from db.fastpath import Executor, FastStatement, PerDialect, dialect_insert
from db.models import Counter
from desktop.domain import CATEGORIES, CATEGORY_BY_LETTER, TicketCategory
from desktop.i18n import QT_TRANSLATE_NOOP, UserError

MAX_TICKET_SEQUENCE = 999
MAX_CASE_SEQUENCE = 9999
MIN_SLOT, MAX_SLOT = 1, 9
TICKET_NUMBER_RE = re.compile(r"^([A-Z])([1-9])(\d{3})$")
# No 0/O, 1/I/L: an enquiry code is read over the phone.
ENQUIRY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
ENQUIRY_CODE_LENGTH = 6


class NumbersExhausted(UserError):
    pass


class InvalidTicketNumber(UserError, ValueError):
    pass


def is_valid_slot(slot: object) -> bool:
    """A slot digit 1–9 as a real int (not a float such as 2.5, not True)."""
    return type(slot) is int and MIN_SLOT <= slot <= MAX_SLOT


def check_slot(slot: object) -> int:
    # Last line of defence: a bad slot (e.g. from a hand-edited terminal.json) must
    # never reach a number (it made A2.5001 and ATrue001).
    if not is_valid_slot(slot):
        raise ValueError(f"terminal slot {slot!r} is not an integer 1-9")
    assert isinstance(slot, int)
    return slot


def format_ticket_number(category: TicketCategory, slot: int, sequence: int) -> str:
    check_slot(slot)
    if not 1 <= sequence <= MAX_TICKET_SEQUENCE:
        raise ValueError(f"ticket sequence {sequence} out of range")
    return f"{CATEGORIES[category].letter}{slot}{sequence:03d}"


def parse_ticket_number(text: str) -> tuple[TicketCategory, int, int]:
    match = TICKET_NUMBER_RE.match(text.strip().upper())
    if not match or match.group(1) not in CATEGORY_BY_LETTER:
        raise InvalidTicketNumber(
            QT_TRANSLATE_NOOP("Errors", "号码“{text}”格式不对：应为一个字母加四位数字，如 A1023"),
            text=text,
        )
    letter, slot, seq = match.groups()
    return CATEGORY_BY_LETTER[letter].category, int(slot), int(seq)


def _counter_upsert(insert_fn: Any) -> Any:
    return (
        insert_fn(Counter)
        .values(
            service_day=bindparam("day"), series=bindparam("series"), slot=bindparam("slot"),
            last_value=1,
        )
        .on_conflict_do_update(
            index_elements=[Counter.service_day, Counter.series, Counter.slot],
            set_={"last_value": Counter.last_value + 1},
        )
        .returning(Counter.last_value)
    )


# Built once: statement construction costs more than running it (see db.queries).
_COUNTER_UPSERT = PerDialect(
    lambda dialect: FastStatement(_counter_upsert(dialect_insert(dialect))))


def next_value(session: Session | Executor, day: date, series: str, slot: int) -> int:
    """Atomically increment and return the counter for (day, series, slot).

    One upsert statement, so it is safe under concurrent writers on both SQLite
    (the transaction holds the write lock from BEGIN IMMEDIATE) and PostgreSQL
    (row lock on conflict).
    """
    check_slot(slot)
    conn = session.connection() if isinstance(session, Session) else session
    row = _COUNTER_UPSERT[conn.dialect.name].first(
        conn, {"day": day, "series": series, "slot": slot}
    )
    assert row is not None
    return int(row[0])


def allocate_ticket_number(
    session: Session | Executor, day: date, category: TicketCategory, slot: int
) -> str:
    sequence = next_value(session, day, f"ticket-{category.value}", slot)
    if sequence > MAX_TICKET_SEQUENCE:
        raise NumbersExhausted(
            QT_TRANSLATE_NOOP(
                "Errors", "本终端今天的“{category}”号码已用完（最多 {limit} 个），请换一台取号终端"
            ),
            category=CATEGORIES[category].label,
            limit=MAX_TICKET_SEQUENCE,
        )
    return format_ticket_number(category, slot, sequence)


def allocate_case_number(session: Session, day: date, slot: int, prefix: str) -> str:
    """信访件编号: prefix + YYYYMMDD + slot + 4-digit sequence, e.g. XF2026112710007."""
    sequence = next_value(session, day, "case", slot)
    if sequence > MAX_CASE_SEQUENCE:
        raise NumbersExhausted(
            QT_TRANSLATE_NOOP("Errors", "本终端今天的信访件编号已用完，请换一台终端登记"),
        )
    return f"{prefix}{day:%Y%m%d}{slot}{sequence:04d}"


def new_enquiry_code() -> str:
    return "".join(secrets.choice(ENQUIRY_ALPHABET) for _ in range(ENQUIRY_CODE_LENGTH))
