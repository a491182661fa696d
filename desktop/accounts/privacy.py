"""Full personal data, shown on purpose: ID numbers and phones are masked in lists, the
queue, the board and on papers, and for roles that do not handle the visit; an allowed
role reveals the full values with a deliberate action, which is audited."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from db.models import Visit
from desktop.accounts import audit
from desktop.accounts.permissions import Permission, allowed, require
from desktop.accounts.roles import Actor
from desktop.cases.identity import mask_id_number, mask_phone
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.service import TerminalService

REVEAL_ACTION = "reveal_personal_data"


class VisitMissing(UserError):
    pass


@dataclass(frozen=True)
class PersonalNumbers:
    visit_id: uuid.UUID
    id_number: str
    phone: str


def may_see_full(actor: Actor) -> bool:
    """Whether the visit detail shows this actor full ID numbers and phones."""
    return allowed(actor, Permission.VIEW_PERSONAL_DATA)


def shown_id_number(actor: Actor, number: str) -> str:
    return number if may_see_full(actor) else mask_id_number(number)


def shown_phone(actor: Actor, phone: str) -> str:
    return phone if may_see_full(actor) or not phone else mask_phone(phone)


class PrivacyService(TerminalService):
    def reveal(self, visit_id: uuid.UUID) -> PersonalNumbers:
        """The visitor's full ID number and phone for one visit (audited)."""
        require(self._actor(), Permission.REVEAL_PERSONAL_DATA)
        with self._sessions.begin() as session:
            visit = session.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise VisitMissing(QT_TRANSLATE_NOOP("Errors", "找不到这张号票，可能已被删除"))
            visitor = visit.visitor
            audit.record(session, self._workstation, REVEAL_ACTION, "visitor", str(visitor.id),
                         f"visit {visit.ticket_number}", at=self._clock())
            return PersonalNumbers(visit.id, visitor.id_number, visitor.phone or "")
