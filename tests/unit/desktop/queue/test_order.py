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


def test_booked_slots_give_one_order_to_ticket_slip_call_and_board(  # type: ignore[no-untyped-def]
    services, calling, clock
) -> None:
    """The issue's gap: booked visitors with a slot. The number ahead printed on a new
    ticket, the position on a reprinted slip, the board's next numbers and the order
    call_next takes them in all agree."""
    walk_in = issue(services)
    far = issue(services, TicketCategory.BOOKED)     # slot hours away: queued by arrival
    soon = issue(services, TicketCategory.BOOKED)    # slot in 5 minutes: booked rank
    early = issue(services, TicketCategory.BOOKED)   # slot in 2 minutes: before `soon`
    with services.sessions.begin() as session:
        session.get(Visit, far.visit_id).appointment_slot = clock.now + timedelta(hours=3)
        session.get(Visit, soon.visit_id).appointment_slot = clock.now + timedelta(minutes=5)
        session.get(Visit, early.visit_id).appointment_slot = clock.now + timedelta(minutes=2)
    late_walk_in = issue(services)
    priority = issue(services, TicketCategory.PRIORITY)
    walk_in_booked = issue(services, TicketCategory.BOOKED)  # no slot: booked rank, by arrival
    tickets = [walk_in, far, soon, early, late_walk_in, priority, walk_in_booked]
    # Booked rank by time: a booked walk-in by arrival (now), the others by slot.
    expected = [priority, walk_in_booked, early, soon, walk_in, far, late_walk_in]

    board = services.board.board_snapshot()
    assert board.next_waiting == tuple(t.ticket_number for t in expected)
    for place, ticket in enumerate(expected):
        assert services.tickets.people_ahead(ticket.visit_id) == place, ticket.ticket_number
        slip = services.printing.ticket_slip(ticket.visit_id)
        assert slip.slip is not None and slip.slip.people_ahead == place, ticket.ticket_number
        estimate_ahead = services.estimates.estimate_for_visit(ticket.visit_id)
        assert estimate_ahead is None or estimate_ahead.people_ahead == place
    # A new ticket counts everyone above it in the same order, at issue.
    new_booked = issue(services, TicketCategory.BOOKED)
    assert new_booked.people_ahead == 2  # priority, walk_in_booked (slots are later)
    new_regular = issue(services)
    assert new_regular.people_ahead == len(tickets) + 1
    expected.insert(2, new_booked)
    expected.append(new_regular)
    assert len({t.visit_id for t in expected}) == len(tickets) + 2
    called = []
    while (ticket := calling.call_next("1号窗口")) is not None:
        called.append(ticket.ticket_number)
        calling.mark_no_show(ticket.visit_id, "1号窗口")
    assert called == [t.ticket_number for t in expected]
