"""What the lists of bookings show of a person and a matter (issue 11, part 2).

Lists (a session's bookings, the 接访当日 panel) show ID numbers and phones masked for
everyone: a list is on a screen others can see; the full values are one deliberate,
audited step away (PrivacyService.reveal on the visit, the booking's detail for the
roles that handle visits). A 检举控告 matter's content (summary, case number) is shown
only to the roles that handle such matters (VIEW_CASES: clerk, section chief).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Visit
from desktop.accounts.permissions import Permission, allowed
from desktop.accounts.privacy import may_see_full
from desktop.accounts.roles import Actor
from desktop.cases.identity import mask_phone
from desktop.domain import MatterSort
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.reception.booking_views import BookedPerson, BookingView

# Shown instead of a 检举控告 matter's summary to the roles that do not handle it.
ACCUSATION_HIDDEN = QT_TRANSLATE_NOOP("Domain", "检举控告事项（仅接谈员、科长可见）")


def _masked_person(person: BookedPerson) -> BookedPerson:
    return replace(person, id_number="", phone=mask_phone(person.phone) if person.phone else "")


def masked(view: BookingView) -> BookingView:
    """The view with the ID numbers and phones masked (the masked ID number stays)."""
    return replace(view, id_number=view.masked_id_number,
                   phone=mask_phone(view.phone) if view.phone else "",
                   representatives=tuple(_masked_person(p) for p in view.representatives))


def accusation_cases(session: Session, views: Iterable[BookingView]) -> set[uuid.UUID]:
    """The case ids among `views` whose matter is sorted 检举控告."""
    ids = {view.case_visit_id for view in views if view.case_visit_id is not None}
    if not ids:
        return set()
    return set(session.scalars(select(Visit.id).where(
        Visit.id.in_(ids), Visit.matter_sort == MatterSort.ACCUSATION.value)))


def listed(session: Session, actor: Actor,
           views: tuple[BookingView, ...]) -> tuple[BookingView, ...]:
    """Bookings as a list shows them to `actor`: numbers masked; a 检举控告 matter's
    summary and case number hidden unless the actor handles such matters."""
    hidden = set() if allowed(actor, Permission.VIEW_CASES) else accusation_cases(session, views)
    return tuple(
        replace(masked(view), summary=ACCUSATION_HIDDEN, case_number=None)
        if view.case_visit_id in hidden else masked(view)
        for view in views)


def shown(session: Session, actor: Actor, view: BookingView) -> BookingView:
    """One booking's detail: full numbers for the roles that handle visits (VIEW_PERSONAL_
    DATA), masked for the others; a 检举控告 matter hidden as in `listed`."""
    if may_see_full(actor):
        return view
    return listed(session, actor, (view,))[0]
