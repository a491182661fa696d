"""Shared by the printing UI tests: a fake printer backend and small helpers."""

from __future__ import annotations

import io

from helpers import make_id_number
from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy import func, select

from db.models import PrintRecord, Visit
from desktop.cases.registration import RegistrationInput
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.queue.tickets import TicketRequest

WAIT_MS = 15_000


class FakeBackend:
    """Two printers; `fail_with` makes the next prints fail like a real printer would."""

    def __init__(self) -> None:
        self.printers = ["Thermal-1", "HP A4"]
        self.default = "HP A4"
        self.jobs: list[tuple[str, str, bytes]] = []
        self.fail_with: BaseException | None = None
        self.sizes: dict[str, tuple[tuple[float, float], ...]] = {}  # none: a generic driver

    def printer_names(self) -> list[str]:
        return list(self.printers)

    def default_printer(self) -> str:
        return self.default

    def page_sizes(self, printer_name: str) -> tuple[tuple[float, float], ...]:
        return self.sizes.get(printer_name, ())

    def print_pdf(self, pdf: bytes, printer_name: str, title: str) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.jobs.append((printer_name, title, pdf))


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def issue(services, seq: int = 1):  # type: ignore[no-untyped-def]
    return services.tickets.issue_ticket(TicketRequest(
        name="王小明", id_number=make_id_number(seq=seq), category=TicketCategory.REGULAR))


def register(services, visit_id):  # type: ignore[no-untyped-def]
    return services.registration.register(visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="商品房逾期未交付", demands="请求督促交房", content_category_code="01",
        area_code="460106", purpose=Purpose.SEEK_RESOLUTION, route=Route.TRANSFERRED,
        route_unit_code="HK-ZJJ"))


def records(services) -> list[PrintRecord]:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return list(session.scalars(select(PrintRecord).order_by(PrintRecord.at)))


def visit_count(services) -> int:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return int(session.scalar(select(func.count(Visit.id))) or 0)


def button(widget: QWidget, name: str) -> QPushButton:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


