"""打印: queue tickets and visit receipts made from the database, and the print record.

`PrintService` turns a visit into the document a visitor takes away (PDF bytes from
desktop.printing.documents, plus what the ESC/POS output and the UI need) and records every
print attempt. `print_document` is the one use case "print, then record": it renders the
document, sends it through a `PrintDevice` (desktop.printing.devices; the GUI's system
printers are ui.printing.qt_printer) to a typed target (desktop.printing.targets) and
records the outcome. The GUI and the command line both call it.

First print or reprint (补打): a document is a reprint when the same visit already
has a *successful* print of the same kind (ticket, or receipt in either layout). A
failed attempt does not count, so a retry after a jammed printer is still the first
copy; the copy that follows a good one is marked 补打 with the time it was made.

Every attempt, good or failed, writes a PrintRecord and an AuditEntry in one
transaction. Nothing here touches a ticket number or a case number: printing can
fail any number of times without burning or duplicating one.
"""

from __future__ import annotations

import importlib
import logging
import threading
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import PrintRecord, Visit
from desktop.accounts import audit
from desktop.accounts.permissions import Permission, require
from desktop.cases.identity import mask_id_number
from desktop.clock import service_day
from desktop.domain import CATEGORIES, Paper, QueueStatus, TicketCategory
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.printing.devices import PrintDevice
from desktop.printing.document import (
    DOC_RECEIPT_A4,
    DOC_RECEIPT_ROLL,
    DOC_TICKET,
    DOCUMENT_KINDS,
    DOCUMENT_LABELS,
    HANDLING_NOTE,
    KIND_RECEIPT,
    KIND_TICKET,
    UNPRINTABLE_WARNING,
    CheckPageDocument,
    DocumentNotFound,
    PrintDocument,
    PrintHistoryEntry,
    centre_info,
    describe_chars,
    document_for_paper,
    document_for_receipt,
    normalize_ticket_number,
    receipt_deadlines,
)
from desktop.printing.documents import (
    LAYOUTS,
    CaseNotice,
    CheckPage,
    Representative,
    TicketSlip,
    VisitReceipt,
    cjk_font_name,
    notice_unprintable,
    receipt_unprintable,
    render_check_page_pdf,
    render_notice_pdf,
    render_receipt_pdf,
    render_ticket_pdf,
    ticket_qr_text,
    ticket_unprintable,
)
from desktop.printing.outcome import HeldForConfirmation, PrintOutcome, error_message
from desktop.printing.paper_compose import compose_notice, compose_receipt
from desktop.printing.papers import PaperNotAvailable, check_available, default_paper, load_facts
from desktop.printing.targets import PdfFile, PrintTarget, SystemPrinter
from desktop.queue import order
from desktop.queue.estimates import (
    count_windows_open,
    estimate_text,
    estimate_wait,
    load_service_stats,
)
from desktop.service import TerminalService
from desktop.settings.reference import load_centre_settings
from desktop.settings.registry import require_centre_details

STATUS_OK: Final = "ok"
STATUS_FAILED: Final = "failed"

log = logging.getLogger(__name__)

# Re-exported: callers import the document side from here too.
__all__ = [
    "DOCUMENT_KINDS",
    "DOCUMENT_LABELS",
    "DOC_RECEIPT_A4",
    "DOC_RECEIPT_ROLL",
    "DOC_TICKET",
    "HANDLING_NOTE",
    "KIND_RECEIPT",
    "KIND_TICKET",
    "STATUS_FAILED",
    "STATUS_OK",
    "UNPRINTABLE_WARNING",
    "CheckPageDocument",
    "DocumentNotFound",
    "PaperNotAvailable",
    "PrintDocument",
    "PrintHistoryEntry",
    "PrintService",
    "centre_info",
    "describe_chars",
    "document_for_receipt",
    "normalize_ticket_number",
    "receipt_deadlines",
]

MAX_PRINTER_LENGTH: Final = 120  # PrintRecord.printer
MAX_ERROR_LENGTH: Final = 2000

# Rendering runs on worker threads (two at a time in the GUI). One at a time keeps the
# font found and registered exactly once per process and ReportLab's shared font state
# out of races; a document takes well under a second, so nobody waits noticeably.
_RENDER_LOCK = threading.Lock()

class PrintService(TerminalService):
    # ------------------------------------------------------------------ documents

    @staticmethod
    def warm_up() -> str:
        """Find and register the receipt font now (call off the GUI thread at start-up),
        so the first ticket of the day prints without the font search."""
        with _RENDER_LOCK:
            # The renderers (ReportLab, qrcode) load on first use: load them now too.
            importlib.import_module("desktop.printing.documents.render")
            return cjk_font_name()

    def ticket_slip(self, visit_id: uuid.UUID) -> PrintDocument:
        """The 80 mm queue ticket of a visit, with today's people ahead and wait."""
        require(self._actor(), Permission.ISSUE_TICKETS)
        with self._sessions() as session:
            visit = self._visit(session, visit_id)
            return self._ticket_document(session, visit)

    def ticket_slip_for_number(self, ticket_number: str, day: date | None = None
                               ) -> PrintDocument:
        """The ticket `ticket_number` of service day `day` (default: today)."""
        require(self._actor(), Permission.ISSUE_TICKETS)
        number = normalize_ticket_number(ticket_number)
        day = day or service_day(self._clock())
        with self._sessions() as session:
            visit = session.scalar(
                select(Visit).where(
                    Visit.service_day == day,
                    Visit.ticket_number == number,
                    Visit.deleted_at.is_(None),
                )
            )
            if visit is None:
                raise DocumentNotFound(
                    QT_TRANSLATE_NOOP("Errors", "找不到 {day} 的号票 {ticket}，请核对号码和日期"),
                    field="ticket_number",
                    day=day.isoformat(),
                    ticket=number,
                )
            return self._ticket_document(session, visit)

    def receipt(self, visit_id: uuid.UUID, layout: str = "a4") -> PrintDocument:
        """The paper a registration prints, in `layout` "a4" or "80mm": the route's paper
        (ROUTE_PAPER), or for a linked repeat visit the case's progress (不再受理告知书
        once the case is final)."""
        require(self._actor(), Permission.REGISTER_VISITS)
        return self.case_paper(visit_id, None, layout)

    def case_paper(self, visit_id: uuid.UUID, paper: Paper | None, layout: str = "a4"
                   ) -> PrintDocument:
        """`paper` of the case of `visit_id` (None: the visit's default paper), marked
        补打 with today's time when a copy of it was printed for this visit before.
        Refuses (PaperNotAvailable) a paper the case cannot have."""
        require(self._actor(), Permission.REGISTER_VISITS)
        if layout not in LAYOUTS:
            raise ValueError(f"unknown receipt layout {layout!r}; expected one of {LAYOUTS}")
        with self._sessions() as session:
            visit = self._visit(session, visit_id)
            return self._paper_document(session, visit, paper, layout)

    def receipt_for_case(self, case_number: str, layout: str = "a4",
                         paper: Paper | None = None) -> PrintDocument:
        """`paper` (default: the route's) of the case numbered `case_number`."""
        require(self._actor(), Permission.REGISTER_VISITS)
        if layout not in LAYOUTS:
            raise ValueError(f"unknown receipt layout {layout!r}; expected one of {LAYOUTS}")
        number = case_number.strip().upper()
        with self._sessions() as session:
            visit = session.scalar(
                select(Visit).where(Visit.case_number == number, Visit.deleted_at.is_(None))
            ) if number else None
            if visit is None:
                raise DocumentNotFound(
                    QT_TRANSLATE_NOOP("Errors", "找不到信访件编号“{case}”，请核对后重新输入"),
                    field="case_number",
                    case=case_number.strip(),
                )
            return self._paper_document(session, visit, paper, layout)

    # ------------------------------------------------------------------ printing

    def print_document(
        self,
        source: PrintDocument | Callable[[], PrintDocument],
        target: PrintTarget | Callable[[PrintDocument], PrintTarget],
        device: PrintDevice,
        *,
        confirmed: bool = False,
    ) -> PrintOutcome | HeldForConfirmation:
        """Print, then record: render `source` (if a callable), send it through `device`
        to `target` (or to the target chosen for the rendered document), and record the
        attempt, good or failed (补打 decided as the copy was rendered).

        A receipt with characters no font can draw is held, unrecorded, until the clerk
        confirms (`confirmed`); tickets print anyway (the queue cannot wait for them).
        A failed send is recorded and returned with its error, never raised.
        """
        document = source() if callable(source) else source
        if document.unprintable and not confirmed and document.kind != KIND_TICKET:
            return HeldForConfirmation(document)
        wanted = target(document) if callable(target) else target
        used = wanted
        try:
            used = device.resolve(wanted)
            device.send(document, used)
        except Exception as error:
            if not isinstance(error, UserError | OSError):
                log.warning("print failed unexpectedly", exc_info=True)
            entry = self.record_print(
                document.visit_id, document.document, used, ok=False,
                error=error_message(error), is_reprint=document.is_reprint,
            )
            return PrintOutcome(document, used, entry, error)
        entry = self.record_print(
            document.visit_id, document.document, used, ok=True,
            is_reprint=document.is_reprint,
        )
        return PrintOutcome(document, used, entry)

    def check_page(self, printer: str, layout: str) -> CheckPageDocument:
        """打印测试页 for `printer` (as the clerk knows it) on `layout` paper."""
        with self._sessions() as session:
            settings = load_centre_settings(session)
        page = CheckPage(settings.centre_name, printer, self._clock(), layout)
        with _RENDER_LOCK:
            return CheckPageDocument(page, render_check_page_pdf(page))

    def print_check_page(
        self, target: PrintTarget, device: PrintDevice, layout: str, printer_label: str
    ) -> PrintTarget:
        """Send a test page; returns the target used. Not a visit's print: nothing is
        recorded. Raises PrintFailed (or OSError) when it does not print."""
        used = device.resolve(target)
        label = printer_label or (used.name if isinstance(used, SystemPrinter) else "")
        device.send(self.check_page(label or used.recorded, layout), used)
        return used

    # ------------------------------------------------------------------ records

    def record_print(
        self,
        visit_id: uuid.UUID,
        document: str,
        target: PrintTarget,
        *,
        ok: bool,
        error: str | None = None,
        is_reprint: bool | None = None,
    ) -> PrintHistoryEntry:
        """Record one print attempt (PrintRecord + AuditEntry in one transaction).

        `is_reprint` is what the printed copy said; None decides it from the records,
        the same way the document was rendered. A failed attempt keeps its error text.
        """
        if document not in DOCUMENT_KINDS:
            raise ValueError(f"unknown document {document!r}; expected {list(DOCUMENT_KINDS)}")
        # Recorded as a human string: the printer's name, "ESC/POS …" or "PDF:…".
        printer = target.recorded.strip()[:MAX_PRINTER_LENGTH]
        error_text = (error or "").strip()[:MAX_ERROR_LENGTH] or None
        ws = self._workstation
        now = self._clock()
        with self._sessions.begin() as session:
            visit = self._visit(session, visit_id)
            if is_reprint is None:
                is_reprint = self._printed_before(session, visit.id, DOCUMENT_KINDS[document])
            record = PrintRecord(
                visit_id=visit.id,
                document=document,
                is_reprint=is_reprint,
                printer=printer,
                actor=ws.operator,
                at=now,
                status=STATUS_OK if ok else STATUS_FAILED,
                error=None if ok else (error_text or ""),
                origin_terminal=ws.terminal_code,
            )
            session.add(record)
            session.flush()
            if not ok:
                action = "print_failed"
            elif isinstance(target, PdfFile):
                action = "export_pdf"
            else:
                action = "reprint" if is_reprint else "print"
            subject = visit.case_number if DOCUMENT_KINDS[document] != KIND_TICKET else None
            detail = f"{document} {visit.service_day:%Y-%m-%d} {visit.ticket_number}"
            if subject:
                detail += f" {subject}"
            detail += f" -> {printer or '?'}"
            if not ok and error_text:
                detail += f": {error_text}"
            audit.record(session, ws, action, "visit", str(visit.id), detail)
            return _history_entry(record)

    def print_history(self, visit_id: uuid.UUID) -> tuple[PrintHistoryEntry, ...]:
        """Every print attempt of the visit's documents, oldest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(PrintRecord)
                .where(PrintRecord.visit_id == visit_id, PrintRecord.deleted_at.is_(None))
                .order_by(PrintRecord.at, PrintRecord.id)
            )
            return tuple(_history_entry(row) for row in rows)

    # ------------------------------------------------------------------ internals

    @staticmethod
    def _visit(session: Session, visit_id: uuid.UUID) -> Visit:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise DocumentNotFound(QT_TRANSLATE_NOOP("Errors", "找不到这张号票，可能已被删除"))
        return visit

    @staticmethod
    def _printed_before(session: Session, visit_id: uuid.UUID, kind: str) -> bool:
        documents = [doc for doc, doc_kind in DOCUMENT_KINDS.items() if doc_kind == kind]
        found = session.scalar(
            select(PrintRecord.id)
            .where(
                PrintRecord.visit_id == visit_id,
                PrintRecord.document.in_(documents),
                PrintRecord.status == STATUS_OK,
                PrintRecord.deleted_at.is_(None),
            )
            .limit(1)
        )
        return found is not None

    def _ticket_document(self, session: Session, visit: Visit) -> PrintDocument:
        now = self._clock()
        settings = load_centre_settings(session)
        reprint = self._printed_before(session, visit.id, KIND_TICKET)
        ahead, wait = self._queue_position(session, visit, now)
        category = TicketCategory(visit.category)
        slip = TicketSlip(
            ticket_number=visit.ticket_number,
            category_label=CATEGORIES[category].label,
            issued_at=visit.issued_at,
            people_ahead=ahead,
            wait_estimate=wait,
            qr_text=ticket_qr_text(visit.service_day, visit.ticket_number),
            reprint_at=now if reprint else None,
            people_count=visit.people_count,
            representatives=_representatives(visit),
        )
        visit_id, number, day = visit.id, visit.ticket_number, visit.service_day
        case_number = visit.case_number
        session.close()  # the rendering below needs no database
        centre = centre_info(settings)
        with _RENDER_LOCK:
            pdf = render_ticket_pdf(slip, centre)
            unprintable = ticket_unprintable(slip, centre)
        return PrintDocument(
            visit_id=visit_id,
            document=DOC_TICKET,
            layout="80mm",
            ticket_number=number,
            service_day=day,
            case_number=case_number,
            is_reprint=reprint,
            made_at=now,
            pdf=pdf,
            centre=centre,
            slip=slip,
            unprintable=unprintable,
        )

    def _paper_document(
        self, session: Session, visit: Visit, paper: Paper | None, layout: str
    ) -> PrintDocument:
        facts = load_facts(session, visit)  # refuses an unregistered visit
        chosen = paper or default_paper(facts)
        check_available(chosen, facts)
        now = self._clock()
        settings = load_centre_settings(session)
        require_centre_details(settings)  # never a paper with a blank or stand-in address
        document = document_for_paper(chosen, layout)
        # A progress paper is a snapshot "as of today": every copy is a new one.
        reprint = chosen is not Paper.PROGRESS and self._printed_before(
            session, visit.id, DOCUMENT_KINDS[document])
        reprint_at = now if reprint else None
        receipt: VisitReceipt | None = None
        notice: CaseNotice | None = None
        if chosen is Paper.REGISTRATION_RECEIPT:
            receipt = compose_receipt(
                facts, reprint_at=reprint_at, accept_notice_days=settings.accept_notice_days,
                extension_days=settings.handling_extension_days)
        else:
            notice = compose_notice(
                chosen, facts, today=service_day(now), reprint_at=reprint_at,
                handling_days=settings.handling_days,
                extension_days=settings.handling_extension_days)
        session.close()  # the rendering below needs no database
        centre = centre_info(settings)
        with _RENDER_LOCK:
            if receipt is not None:
                pdf = render_receipt_pdf(receipt, centre, layout)
                unprintable = receipt_unprintable(receipt, centre)
            else:
                assert notice is not None
                pdf = render_notice_pdf(notice, centre, layout)
                unprintable = notice_unprintable(notice, centre)
        return PrintDocument(
            visit_id=facts.visit_id,
            document=document,
            layout=layout,
            ticket_number=facts.ticket_number,
            service_day=facts.visit_day,
            case_number=facts.case_number,
            is_reprint=reprint,
            made_at=now,
            pdf=pdf,
            centre=centre,
            receipt=receipt,
            notice=notice,
            unprintable=unprintable,
        )

    @staticmethod
    def _queue_position(session: Session, visit: Visit, now: datetime) -> tuple[int, str | None]:
        """People called before this ticket, and the wait estimate text (or None)."""
        if visit.queue_status != QueueStatus.WAITING.value:
            return 0, None
        # The one queue order (desktop.queue.order), as the ticket, board and calls use.
        ahead = order.ahead_by_category(session, visit.id, now)
        people = sum(ahead.values())
        estimate = estimate_wait(
            ahead,
            load_service_stats(session, visit.service_day),
            count_windows_open(session, visit.service_day, now),
        )
        return people, estimate_text(estimate) or None


def _representatives(visit: Visit) -> tuple[Representative, ...]:
    """A group visit's representatives as printed: ID numbers masked, never in full."""
    return tuple(
        Representative(r.name, mask_id_number(r.id_number) if r.id_number else None)
        for r in visit.representatives
        if r.deleted_at is None
    )


def _history_entry(record: PrintRecord) -> PrintHistoryEntry:
    return PrintHistoryEntry(
        record_id=record.id,
        visit_id=record.visit_id,
        document=record.document,
        is_reprint=record.is_reprint,
        printer=record.printer,
        actor=record.actor,
        at=record.at,
        ok=record.status == STATUS_OK,
        error=record.error,
    )
