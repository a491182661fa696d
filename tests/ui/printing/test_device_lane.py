"""A hung printer never stalls the board: printing runs on a device lane of its own,
while the board and the queue keep refreshing through the ordinary runner."""

from __future__ import annotations

import threading

from print_fakes import WAIT_MS, issue, records

from desktop.config import TerminalConfig
from ui.printing.controller import PrintController


class HangingBackend:
    """A printer that takes every job and then hangs until `release` is set."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Semaphore(0)
        self.jobs: list[str] = []

    def printer_names(self) -> list[str]:
        return ["Thermal-1"]

    def default_printer(self) -> str:
        return "Thermal-1"

    def page_sizes(self, printer_name: str) -> tuple[tuple[float, float], ...]:
        return ()

    def print_pdf(self, pdf: bytes, printer_name: str, title: str) -> None:
        self.started.release()
        assert self.release.wait(WAIT_MS / 1000), "the test never released the printer"
        self.jobs.append(title)


def test_hung_printer_does_not_stall_the_board(qtbot, services, tasks, host) -> None:  # type: ignore[no-untyped-def]
    backend = HangingBackend()
    controller = PrintController(services.printing, tasks,
                                 TerminalConfig(ticket_printer="Thermal-1"),
                                 backend=backend, parent_widget=host)
    tickets = [issue(services, seq) for seq in (1, 2, 3)]
    try:
        for ticket in tickets:  # more jobs than the ordinary runner has threads
            controller.print_ticket(ticket.visit_id)
        assert backend.started.acquire(timeout=WAIT_MS / 1000)  # the printer hangs now

        # The queue's (and the board's) refreshes still run through the ordinary runner,
        # at once and both at a time.
        loads: list[list[str]] = []
        for _ in range(2):
            tasks.run(services.tickets.list_queue,
                      lambda queue: loads.append([e.ticket_number for e in queue]))
        qtbot.waitUntil(lambda: len(loads) == 2, timeout=3000)
        assert loads == [["A1001", "A1002", "A1003"]] * 2
        assert backend.jobs == [] and records(services) == []
    finally:
        backend.release.set()
    qtbot.waitUntil(lambda: len(records(services)) == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=WAIT_MS)
    assert sorted(title[-5:] for title in backend.jobs) == ["A1001", "A1002", "A1003"]
