"""The queue state machine in one place: which status may follow which, and the one
write path of a ticket's status history.

    waiting ──call──▶ called ──start──▶ serving ──finish──▶ done
       ▲               │  ▲ recall        │
       │               │  └──resume── parked ◀──park── (called | serving)
       │               └──no-show──▶ no_show ──reactivate──▶ waiting
       └──transfer── (called | serving | parked)
    past days: waiting | called | serving | parked ──▶ unfinished (day close)

Every change writes a VisitStatusChange (who, which window, when), from which waiting
and service times are reported. `change_status` is the only place that sets
`Visit.queue_status` after a ticket is issued; ticket issue writes the first "waiting"
row with the prebuilt ISSUED statement below (the busiest call of the day).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.fastpath import Executor, FastStatement
from db.models import Visit, VisitStatusChange
from desktop.domain import QUEUE_STATUS_LABELS, QueueStatus
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.terminal import Workstation
from desktop.text import clean_text

WAITING = QueueStatus.WAITING
CALLED = QueueStatus.CALLED
SERVING = QueueStatus.SERVING
PARKED = QueueStatus.PARKED
NO_SHOW = QueueStatus.NO_SHOW
DONE = QueueStatus.DONE
UNFINISHED = QueueStatus.UNFINISHED
OPEN_STATUSES = frozenset({WAITING, CALLED, SERVING, PARKED})
MAX_NOTE_LENGTH = 200  # Visit.queue_note

# The clerk's actions: from which statuses each one may be taken (anything else is
# refused with a message and changes nothing) …
ALLOWED: dict[str, frozenset[QueueStatus]] = {
    "call": frozenset({WAITING}),
    "recall": frozenset({CALLED}),
    "no_show": frozenset({CALLED}),
    "reactivate": frozenset({NO_SHOW}),
    "start": frozenset({CALLED}),
    "finish": frozenset({SERVING}),
    "transfer": frozenset({CALLED, SERVING, PARKED}),
    "park": frozenset({CALLED, SERVING}),
    "resume": frozenset({PARKED}),
}
# … and the status each leads to (a recall announces again and stays 已叫号).
RESULT: dict[str, QueueStatus] = {
    "call": CALLED,
    "recall": CALLED,
    "no_show": NO_SHOW,
    "reactivate": WAITING,
    "start": SERVING,
    "finish": DONE,
    "transfer": WAITING,
    "park": PARKED,
    "resume": CALLED,
}
# Every status change there is: the actions, issue (no status → waiting) and the day
# close (an open ticket of a past day → unfinished).
TRANSITIONS: frozenset[tuple[QueueStatus | None, QueueStatus]] = frozenset(
    {(before, RESULT[action]) for action, froms in ALLOWED.items() for before in froms
     if before is not RESULT[action]}
    | {(None, WAITING)}
    | {(before, UNFINISHED) for before in OPEN_STATUSES}
)

_REFUSALS: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能叫号：只有等候中的号票可以叫号"),
    "recall": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能重呼：只有已叫号、未开始接谈的号票可以重呼"),
    "no_show": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能标记未到：只有已叫号的号票可以标记未到"),
    "reactivate": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不需要恢复：只有“未到”的号票可以恢复排队"),
    "start": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能开始接谈：请先叫号"),
    "finish": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能办结：只有接谈中的号票可以办结"),
    "transfer": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能转窗口：只有已叫号、接谈中或暂挂的号可以转"),
    "park": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能暂挂：只有已叫号或接谈中的号票可以暂挂"),
    "resume": QT_TRANSLATE_NOOP(
        "Errors", "号票 {ticket} 现在是“{status}”，不能恢复接谈：只有暂挂的号票可以恢复"),
}


class CallingError(UserError):
    """A queue action refused (wrong status, window, day …); nothing was changed."""


def clean_note(note: str) -> str | None:
    """A clerk's note on a change (转窗口, 暂挂 …), checked; None when empty."""
    text = clean_text(note, field="note", label=QT_TRANSLATE_NOOP("Fields", "说明"),
                      limit=MAX_NOTE_LENGTH, multiline=True, error=CallingError)
    return text or None


def check_action(action: str, visit: Visit) -> QueueStatus:
    """The visit's status, if `action` may be taken from it; else CallingError."""
    status = QueueStatus(visit.queue_status)
    if status not in ALLOWED[action]:
        raise CallingError(
            _REFUSALS[action], ticket=visit.ticket_number, status=QUEUE_STATUS_LABELS[status]
        )
    return status


def change_status(
    session: Session,
    visit: Visit,
    to_status: QueueStatus,
    now: datetime,
    workstation: Workstation,
    window: str | None,
    note: str | None = None,
    from_status: QueueStatus | None = None,
) -> None:
    """Move a ticket to `to_status`, recording who, where and when.

    `from_status` is for a visit whose row was already switched by a guarded UPDATE
    (call_next). A change outside TRANSITIONS is a bug in the caller: ValueError.
    """
    before = from_status if from_status is not None else QueueStatus(visit.queue_status)
    if (before, to_status) not in TRANSITIONS:
        raise ValueError(f"no queue transition from {before} to {to_status}")
    session.add(
        VisitStatusChange(
            visit_id=visit.id,
            kind="queue",
            from_status=before.value,
            to_status=to_status.value,
            at=now,
            actor=workstation.operator,
            window_name=window,
            note=note,
            origin_terminal=workstation.terminal_code,
        )
    )
    visit.queue_status = to_status.value


# The first row of every ticket's history, on the hot path (db.fastpath).
ISSUED = FastStatement(insert(VisitStatusChange), column_keys=[
    "visit_id", "kind", "from_status", "to_status", "at", "actor", "origin_terminal",
])


def record_issued(
    conn: Executor, visit_id: uuid.UUID, now: datetime, workstation: Workstation
) -> None:
    """History of a ticket just issued: no status → waiting (same transaction)."""
    ISSUED.execute(conn, {
        "visit_id": visit_id, "kind": "queue", "from_status": None,
        "to_status": WAITING.value, "at": now, "actor": workstation.operator,
        "origin_terminal": workstation.terminal_code,
    })
