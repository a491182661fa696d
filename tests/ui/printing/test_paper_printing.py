"""PrintController.print_paper / preview_paper: the papers of a case, printed and
recorded for the visit; a paper the case cannot have is refused in a box (real widgets,
a fake printer backend)."""

from __future__ import annotations

from datetime import date

from paper_cases import issue, link_visit, make_case
from print_fakes import WAIT_MS, pdf_text, records

from desktop.domain import Paper, Route, StepKind


def test_print_paper_prints_the_extension_notice_and_records_it(
        qtbot, services, controller, backend) -> None:
    ticket = issue(services)
    number = make_case(
        services, ticket.visit_id, Route.ACCEPTED_HERE, received=date(2026, 8, 3),
        steps=((StepKind.EXTENDED, date(2026, 9, 30),
                {"approved_by": "李局长", "note": "需要核查", "new_due": date(2026, 11, 9)}),))
    messages: list[str] = []
    controller.message.connect(messages.append)

    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        controller.print_paper(ticket.visit_id, Paper.EXTENSION_NOTICE)

    [(printer, title, pdf)] = backend.jobs
    assert printer == "HP A4" and title == f"extension-notice-{number}-a4"
    assert "延期办理告知书" in pdf_text(pdf) and "2026年11月09日" in pdf_text(pdf)
    assert [(r.document, r.visit_id) for r in records(services)] == [
        ("extension_a4", ticket.visit_id)]
    assert messages == [f"延期办理告知书（A4） {number} 已送打印机 HP A4"]

    # 补打 from the print records: the same paper again, marked as a reprint.
    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        controller.reprint(ticket.visit_id, Paper.EXTENSION_NOTICE.value)
    assert "补打" in pdf_text(backend.jobs[1][2])
    assert [r.is_reprint for r in records(services)] == [False, True]


def test_a_paper_the_case_cannot_have_is_refused_in_a_box(
        qtbot, services, controller, backend) -> None:
    ticket = issue(services)
    make_case(services, ticket.visit_id, Route.TRANSFERRED, unit_code="HK-ZJJ")

    controller.print_paper(ticket.visit_id, Paper.ACCEPTANCE_NOTICE)

    qtbot.waitUntil(lambda: controller.failure_box is not None, timeout=WAIT_MS)
    assert "不是本机关受理的事项" in controller.failure_box.text()
    assert backend.jobs == [] and records(services) == []


def test_preview_paper_shows_the_progress_of_a_linked_visit_and_prints_it(
        qtbot, services, controller, backend) -> None:
    first = issue(services)
    number = make_case(services, first.visit_id, Route.TRANSFERRED, unit_code="HK-ZJJ")
    again = issue(services, seq=7)
    link_visit(services, again.visit_id, number, date(2026, 11, 27))

    controller.preview_paper(again.visit_id, Paper.PROGRESS)
    qtbot.waitUntil(lambda: controller.preview_dialog is not None, timeout=WAIT_MS)
    assert controller.preview_dialog.isVisible() and records(services) == []

    with qtbot.waitSignal(controller.printed, timeout=WAIT_MS):
        controller.preview_dialog.print_button.click()
    assert "信访事项办理进展告知单" in pdf_text(backend.jobs[0][2])
    assert [(r.document, r.visit_id) for r in records(services)] == [
        ("progress_a4", again.visit_id)]
