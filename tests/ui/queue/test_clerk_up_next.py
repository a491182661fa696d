"""叫号 page: 接下来 shows who comes next — number, name, and a group's size as a mark —
so the clerk knows before calling that a dozen people will come to the window."""

from __future__ import annotations

from helpers import make_id_number

from desktop.domain import TicketCategory
from desktop.queue.calling import WaitingTicket
from desktop.queue.tickets import RepresentativeInput, TicketRequest
from ui.queue.clerk_lists import UpNextList
from ui.queue.clerk_panel import ClerkPanel

WAIT_MS = 5_000


def issue(services, name: str, seq: int, category: TicketCategory, people: int = 1):  # type: ignore[no-untyped-def]
    reps = (RepresentativeInput("代表甲"),) if category is TicketCategory.GROUP else ()
    return services.tickets.issue_ticket(TicketRequest(
        name=name, id_number=make_id_number(seq=seq), category=category,
        people_count=people, representatives=reps))


def test_up_next_shows_names_and_the_group_mark(qtbot, services, tasks, idle) -> None:  # type: ignore[no-untyped-def]
    regular = issue(services, "张三", 1, TicketCategory.REGULAR)
    group = issue(services, "李四", 2, TicketCategory.GROUP, people=12)
    panel = ClerkPanel(services, tasks, "1号窗口")
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitUntil(lambda: panel.state is not None, timeout=WAIT_MS)
    assert panel.next_list.lines() == [
        f"{regular.ticket_number}  张三",
        f"{group.ticket_number}  李四  【集体 12人】",
    ]
    assert panel.waiting_label.text() == "本窗口等候 2 人"

    panel.call_next()
    qtbot.waitUntil(lambda: panel.current is not None
                    and panel.current.ticket_number == regular.ticket_number, timeout=WAIT_MS)
    idle()
    assert panel.next_list.lines() == [f"{group.ticket_number}  李四  【集体 12人】"]
    panel.start_serving()
    qtbot.waitUntil(lambda: panel.current is not None and panel.current.status.value == "serving",
                    timeout=WAIT_MS)
    idle()
    panel.park()  # the group is called next: its size shows on the current ticket too
    idle()
    panel.call_next()
    qtbot.waitUntil(lambda: panel.current is not None
                    and panel.current.ticket_number == group.ticket_number, timeout=WAIT_MS)
    idle()
    assert "12 人" in panel.detail_label.text() and "李四" in panel.detail_label.text()
    assert panel.next_list.lines() == []


def test_a_group_mark_only_for_groups(qtbot) -> None:  # type: ignore[no-untyped-def]
    up_next = UpNextList()
    qtbot.addWidget(up_next)
    up_next.show_tickets((
        WaitingTicket("D1001", "王五", 1, TicketCategory.PRIORITY),
        WaitingTicket("A1002", "赵六", 3, TicketCategory.REGULAR),
        WaitingTicket("B1003", "", 5, TicketCategory.GROUP),
    ))
    assert up_next.lines() == ["D1001  王五", "A1002  赵六", "B1003  【集体 5人】"]
