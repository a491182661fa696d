"""Tests for desktop.queue.order: the one queue order, as call_next, the ticket, the slip
and the board see it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from queue_helpers import clerk, issue

from db.models import Visit
from desktop.domain import TicketCategory
from desktop.queue.calling import CallingService


@pytest.fixture
def calling(services, clock) -> CallingService:  # type: ignore[no-untyped-def]
    return clerk(services, clock)


def test_call_order_priority_then_booked_then_arrival(services, calling) -> None:  # type: ignore[no-untyped-def]
    a1 = issue(services)
    g1 = issue(services, TicketCategory.GROUP)
    b1 = issue(services, TicketCategory.BOOKED)
    a2 = issue(services)
    p1 = issue(services, TicketCategory.PRIORITY)
    order = []
    while (called := calling.call_next("1号窗口")) is not None:
        order.append(called.ticket_number)
        calling.mark_no_show(called.visit_id, "1号窗口")
    assert order == [p1.ticket_number, b1.ticket_number, a1.ticket_number,
                     g1.ticket_number, a2.ticket_number]

def test_booked_visitor_waits_for_the_slot(services, calling, clock) -> None:  # type: ignore[no-untyped-def]
    regular = issue(services)
    later = issue(services, TicketCategory.BOOKED)
    in_slot = issue(services, TicketCategory.BOOKED)
    with services.sessions.begin() as session:
        session.get(Visit, later.visit_id).appointment_slot = clock.now + timedelta(hours=2)
        session.get(Visit, in_slot.visit_id).appointment_slot = clock.now + timedelta(minutes=5)
    order = []
    while (called := calling.call_next("1号窗口")) is not None:
        order.append(called.ticket_number)
        calling.mark_no_show(called.visit_id, "1号窗口")
    # In (or just before) the slot: ahead of walk-ins; hours early: queued by arrival.
    assert order == [in_slot.ticket_number, regular.ticket_number, later.ticket_number]
