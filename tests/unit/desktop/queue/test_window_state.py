"""A clerk's window state: 接下来 lists the next visitors in call order with their name,
how many come and their category (a group is seen before it is called)."""

from __future__ import annotations

from helpers import make_id_number
from queue_helpers import clerk

from desktop.domain import TicketCategory
from desktop.queue.calling import WaitingTicket
from desktop.queue.tickets import RepresentativeInput, TicketRequest


def test_next_waiting_carries_name_people_and_category(services, clock) -> None:  # type: ignore[no-untyped-def]
    def issue(name: str, seq: int, category: TicketCategory, people: int = 1):  # type: ignore[no-untyped-def]
        reps = (RepresentativeInput("代表甲"),) if category is TicketCategory.GROUP else ()
        return services.tickets.issue_ticket(TicketRequest(
            name=name, id_number=make_id_number(seq=seq), category=category,
            people_count=people, representatives=reps))

    regular = issue("张三", 1, TicketCategory.REGULAR)
    group = issue("李四", 2, TicketCategory.GROUP, people=12)
    priority = issue("王五", 3, TicketCategory.PRIORITY)
    calling = clerk(services, clock)

    state = calling.window_state("1号窗口")
    assert state.next_waiting == (
        WaitingTicket(priority.ticket_number, "王五", 1, TicketCategory.PRIORITY),
        WaitingTicket(regular.ticket_number, "张三", 1, TicketCategory.REGULAR),
        WaitingTicket(group.ticket_number, "李四", 12, TicketCategory.GROUP),
    )
    called = calling.call_next("1号窗口")
    assert called is not None and called.ticket_number == priority.ticket_number
    after = calling.window_state("1号窗口")
    assert [t.ticket_number for t in after.next_waiting] == [
        regular.ticket_number, group.ticket_number]  # the one called is no longer next
    assert after.waiting_for_window == 2
