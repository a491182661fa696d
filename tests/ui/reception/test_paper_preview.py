"""The reception papers through the preview: the leader's briefing from the 领导接访
page and the 接访当日 panel, printed to the terminal's A4 printer (from the window's
print settings) or saved as PDF; the booking slip on an 80 mm roll to the ticket
printer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace

from booking_setup import booking_input, make_roster, published_session
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.config import TerminalConfig
from ui.reception.choices import qdate
from ui.reception.day_panel import ReceptionDayPanel
from ui.reception.paper_preview import PaperPreviewDialog, open_preview, slip_paper
from ui.reception.reception_page import ReceptionPage
from ui.widgets import ErrorLabel

DAY = date(2026, 11, 27)  # the FakeClock's day


@dataclass
class FakeBackend:
    jobs: list[tuple[str, str, bytes]] = field(default_factory=list)

    def default_printer(self) -> str:
        return "默认打印机"

    def print_pdf(self, pdf: bytes, printer_name: str, title: str) -> None:
        self.jobs.append((printer_name, title, pdf))


def book_before_cutoff(services, clock, session_id):  # type: ignore[no-untyped-def]
    today = clock.now
    clock.now = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # the booking was made earlier
    booked = services.reception_bookings.book(booking_input(session_id)).booking
    clock.now = today
    return booked


def fake_printing(tasks) -> SimpleNamespace:  # type: ignore[no-untyped-def]
    config = TerminalConfig(a4_printer="A4-前台", ticket_printer="票据机")
    return SimpleNamespace(config=config, backend=FakeBackend(), devices=tasks)


def test_the_briefing_is_previewed_printed_and_saved_from_the_page(
        qtbot, services, tasks, idle, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    held = published_session(services, roster.wang, DAY)
    book_before_cutoff(services, clock, held.session_id)
    page = ReceptionPage(services.ui_services(), tasks)
    qtbot.addWidget(page)
    printing = fake_printing(tasks)
    page.printing = printing  # type: ignore[assignment]
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)
    idle()
    page.calendar.setSelectedDate(qdate(DAY))
    idle()
    page.select_session(held.session_id)
    assert page.briefing_button.isEnabled()
    qtbot.mouseClick(page.briefing_button, Qt.MouseButton.LeftButton)
    idle()
    dialog = page.preview_dialog
    assert isinstance(dialog, PaperPreviewDialog) and dialog.isVisible()
    assert "王建国" in dialog.windowTitle()
    assert dialog.page_labels and dialog.page_labels[0].pixmap().width() > 500
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    idle()
    [(printer, title, pdf)] = printing.backend.jobs
    assert printer == "A4-前台" and "领导接访预约情况" in title
    assert "A4-前台" in dialog.status_label.text()
    out = tmp_path / "briefing.pdf"
    dialog.save_to(str(out))
    idle()
    assert out.read_bytes() == pdf
    assert "张海" in PdfReader(out).pages[0].extract_text()
    assert dialog.saved_to == out


def test_the_day_panel_previews_today_s_briefing_and_a_slip_goes_to_the_roll(
        qtbot, services, tasks, idle, clock) -> None:  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    held = published_session(services, roster.wang, DAY, start="14:30", end="17:00")
    booked = book_before_cutoff(services, clock, held.session_id)
    panel = ReceptionDayPanel(services.ui_services(), tasks)
    qtbot.addWidget(panel)
    printing = fake_printing(tasks)
    panel.printing = printing  # type: ignore[assignment]
    panel.resize(1366, 740)
    panel.show()
    qtbot.waitExposed(panel)
    idle()
    qtbot.mouseClick(panel.briefing_button, Qt.MouseButton.LeftButton)
    idle()
    assert isinstance(panel.preview_dialog, PaperPreviewDialog)
    assert panel.preview_dialog.paper.layout == "a4"

    shown: list[PaperPreviewDialog] = []
    errors = ErrorLabel()
    briefing = services.reception_briefing
    open_preview(panel, tasks, lambda: slip_paper(briefing, booked.booking_id, booked.code,
                                                  "80mm"), printing, errors, shown.append)  # type: ignore[arg-type]
    idle()
    [slip] = shown
    qtbot.mouseClick(slip.print_button, Qt.MouseButton.LeftButton)
    idle()
    assert [job[0] for job in printing.backend.jobs] == ["票据机"]
    assert booked.code in slip.windowTitle()
