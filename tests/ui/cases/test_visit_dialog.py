"""既往来访 (read-only visit dialog): a registered visit offers 办理流程…, which names the
visit; a visit never registered does not."""

from __future__ import annotations

from datetime import date

from case_setup import open_case
from helpers import make_id_number
from PySide6.QtCore import Qt

from desktop.domain import TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.cases.visit_dialog import EarlierVisitDialog


def test_a_registered_visit_opens_its_timeline(qtbot, services, clock) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, clock, date(2026, 11, 27))
    detail = services.registration.visit_detail(case.visit_id)
    dialog = EarlierVisitDialog(detail, lambda code: code, lambda code: code)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.timeline_button.isVisible()
    with qtbot.waitSignal(dialog.timeline_requested) as signal:
        qtbot.mouseClick(dialog.timeline_button, Qt.MouseButton.LeftButton)
    assert signal.args == [case.visit_id]


def test_an_unregistered_visit_has_no_timeline(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="李四", id_number=make_id_number(seq=131), category=TicketCategory.REGULAR))
    dialog = EarlierVisitDialog(services.registration.visit_detail(ticket.visit_id),
                                lambda code: code, lambda code: code)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.timeline_button.isVisible()
