"""This terminal's identity: its code and the slot digit that goes into its numbers."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    AuditEntry,
    CallEvent,
    PrintRecord,
    Terminal,
    Visit,
    VisitStatusChange,
)
from desktop.accounts.roles import NOT_LOGGED_IN, ActingUser, Actor, NotLoggedIn
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.queue.numbering import MAX_SLOT, MIN_SLOT, is_valid_slot
from desktop.text import clean_text, column_length


class TerminalSetupError(UserError):
    pass


# The terminal code and the operator are copied into these columns of every record.
_CODE_LIMIT = min(column_length(c) for c in (
    Terminal.code, AuditEntry.terminal, Visit.origin_terminal))
_OPERATOR_LIMIT = min(column_length(c) for c in (
    Visit.issued_by, Visit.registered_by, VisitStatusChange.actor, CallEvent.actor,
    PrintRecord.actor, AuditEntry.actor))
TERMINAL_CODE_LABEL = QT_TRANSLATE_NOOP("Fields", "终端编号")
OPERATOR_LABEL = QT_TRANSLATE_NOOP("Fields", "操作员")


def clean_terminal_code(code: str) -> str:
    return clean_text(code, field="terminal_code", label=TERMINAL_CODE_LABEL,
                      limit=_CODE_LIMIT,
                      error=TerminalSetupError)


def clean_operator(operator: str) -> str:
    return clean_text(operator, field="operator", label=OPERATOR_LABEL,
                      limit=_OPERATOR_LIMIT,
                      error=TerminalSetupError)


@dataclass(frozen=True)
class Workstation:
    """This terminal: its code, its slot and who works on it.

    `operator` — the name written into every row (issued_by, actor, …) — is the
    logged-in user's username; on a database without user accounts it is the
    terminal's operator (`terminal_operator`, from --operator or the settings), as
    before accounts. With accounts and nobody logged in (locked, logged out) reading it
    raises NotLoggedIn, so no service writes a row for nobody."""

    terminal_code: str
    slot: int
    terminal_operator: str
    acting: ActingUser | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Checked where it is born: the code and operator go into every row written.
        object.__setattr__(self, "terminal_code", clean_terminal_code(self.terminal_code))
        object.__setattr__(self, "terminal_operator", clean_operator(self.terminal_operator))

    @property
    def operator(self) -> str:
        return self.actor().username

    def shown_operator(self) -> str:
        """Who to show as working here (display name), "" while nobody is logged in;
        never raises (for titles and status bars)."""
        acting = self.acting
        if acting is not None:
            current = acting.current
            if current is not None:
                return current.display_name
            if acting.users_exist:
                return ""
        return self.terminal_operator

    def actor(self) -> Actor:
        """Who acts now: the logged-in user, or (no accounts yet) the terminal's operator.
        NotLoggedIn ("请先登录") when accounts exist and nobody is logged in."""
        acting = self.acting
        if acting is not None:
            current = acting.current
            if current is not None:
                return current
            if acting.users_exist:
                raise NotLoggedIn(NOT_LOGGED_IN)
        return Actor(None, self.terminal_operator, self.terminal_operator, None)


def register_terminal(session: Session, code: str, preferred_slot: int | None = None) -> int:
    """Return the slot of terminal `code`, registering it on first use.

    The slot must be unique among terminals, since it keeps their numbers apart.
    """
    code = clean_terminal_code(code)
    if not code:
        raise TerminalSetupError(QT_TRANSLATE_NOOP("Errors", "终端编号不能为空，请在设置中填写"))
    existing = session.get(Terminal, code)
    if existing is not None:
        return existing.slot
    taken = set(session.scalars(select(Terminal.slot)))
    if preferred_slot is not None:
        if not is_valid_slot(preferred_slot) or preferred_slot in taken:
            raise TerminalSetupError(
                QT_TRANSLATE_NOOP(
                    "Errors", "终端序号 {slot} 已被其他终端使用或超出 1–9，请换一个序号"
                ),
                slot=preferred_slot,
            )
        slot = preferred_slot
    else:
        free = [s for s in range(MIN_SLOT, MAX_SLOT + 1) if s not in taken]
        if not free:
            raise TerminalSetupError(
                QT_TRANSLATE_NOOP("Errors", "已登记 9 台取号终端，无法再添加，请联系管理员")
            )
        slot = free[0]
    session.add(Terminal(code=code, slot=slot, name=code))
    session.flush()
    return slot
