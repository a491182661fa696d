"""What is printed: the kinds of documents, a rendered document (`PrintDocument`), a
print record as the UI shows it, and the small rules that shape a document's content.

PrintService (service.py) makes these from the database; devices print them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from desktop.cases.deadlines import ACCEPT_NOTICE_LABEL, HANDLING_LABEL
from desktop.domain import Paper, Route
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.printing import escpos
from desktop.printing.documents import (
    LAYOUTS,
    CaseNotice,
    CentreInfo,
    CheckPage,
    Deadline,
    TicketSlip,
    VisitReceipt,
)
from desktop.printing.targets import PdfFile, PrintTarget, target_from_record
from desktop.settings.reference import CentreSettings

# What was printed (PrintRecord.document). Values are stored: never rename them.
DOC_TICKET: Final = "ticket"
DOC_RECEIPT_A4: Final = "receipt_a4"  # 来访登记回执 (the registration receipt)
DOC_RECEIPT_ROLL: Final = "receipt_80mm"

KIND_TICKET: Final = "ticket"
KIND_RECEIPT: Final = "receipt"  # the registration receipt; every other paper is its own kind

# The document of each paper in each layout (PrintRecord.document, at most 24 characters).
PAPER_DOCUMENTS: Final[dict[tuple[Paper, str], str]] = {
    (Paper.REGISTRATION_RECEIPT, "a4"): DOC_RECEIPT_A4,
    (Paper.REGISTRATION_RECEIPT, "80mm"): DOC_RECEIPT_ROLL,
    (Paper.ACCEPTANCE_NOTICE, "a4"): "acceptance_a4",
    (Paper.ACCEPTANCE_NOTICE, "80mm"): "acceptance_80mm",
    (Paper.REFUSAL_NOTICE, "a4"): "refusal_a4",
    (Paper.REFUSAL_NOTICE, "80mm"): "refusal_80mm",
    (Paper.LEGAL_CHANNEL_NOTICE, "a4"): "legal_channel_a4",
    (Paper.LEGAL_CHANNEL_NOTICE, "80mm"): "legal_channel_80mm",
    (Paper.EXTENSION_NOTICE, "a4"): "extension_a4",
    (Paper.EXTENSION_NOTICE, "80mm"): "extension_80mm",
    (Paper.PROGRESS, "a4"): "progress_a4",
    (Paper.PROGRESS, "80mm"): "progress_80mm",
    (Paper.NO_LONGER_ACCEPTED, "a4"): "no_longer_a4",
    (Paper.NO_LONGER_ACCEPTED, "80mm"): "no_longer_80mm",
}
DOCUMENT_PAPER: Final[dict[str, Paper]] = {
    doc: paper for (paper, _), doc in PAPER_DOCUMENTS.items()
}


def paper_kind(paper: Paper) -> str:
    """The kind a paper's copies share (a second copy of the same kind is 补打)."""
    return KIND_RECEIPT if paper is Paper.REGISTRATION_RECEIPT else paper.value


DOCUMENT_KINDS: Final[dict[str, str]] = {
    DOC_TICKET: KIND_TICKET,
    **{doc: paper_kind(paper) for doc, paper in DOCUMENT_PAPER.items()},
}
# Literal texts, so lupdate collects them.
DOCUMENT_LABELS: Final[dict[str, str]] = {
    DOC_TICKET: QT_TRANSLATE_NOOP("Printing", "排队号票"),
    DOC_RECEIPT_A4: QT_TRANSLATE_NOOP("Printing", "来访回执（A4）"),
    DOC_RECEIPT_ROLL: QT_TRANSLATE_NOOP("Printing", "来访回执（80毫米）"),
    "acceptance_a4": QT_TRANSLATE_NOOP("Printing", "受理告知书（A4）"),
    "acceptance_80mm": QT_TRANSLATE_NOOP("Printing", "受理告知书（80毫米）"),
    "refusal_a4": QT_TRANSLATE_NOOP("Printing", "不予受理告知书（A4）"),
    "refusal_80mm": QT_TRANSLATE_NOOP("Printing", "不予受理告知书（80毫米）"),
    "legal_channel_a4": QT_TRANSLATE_NOOP("Printing", "依法分类处理告知书（A4）"),
    "legal_channel_80mm": QT_TRANSLATE_NOOP("Printing", "依法分类处理告知书（80毫米）"),
    "extension_a4": QT_TRANSLATE_NOOP("Printing", "延期办理告知书（A4）"),
    "extension_80mm": QT_TRANSLATE_NOOP("Printing", "延期办理告知书（80毫米）"),
    "progress_a4": QT_TRANSLATE_NOOP("Printing", "办理进展告知单（A4）"),
    "progress_80mm": QT_TRANSLATE_NOOP("Printing", "办理进展告知单（80毫米）"),
    "no_longer_a4": QT_TRANSLATE_NOOP("Printing", "不再受理告知书（A4）"),
    "no_longer_80mm": QT_TRANSLATE_NOOP("Printing", "不再受理告知书（80毫米）"),
}

_TICKET_NUMBER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


HANDLING_NOTE: Final = QT_TRANSLATE_NOOP("Printing", "情况复杂的可延长一次，最长 {days} 日")



# Shown before printing a document with characters no font can draw (UI and CLI).
UNPRINTABLE_WARNING: Final = QT_TRANSLATE_NOOP(
    "Printing", "以下字符无法打印：{chars}\n打印出来会是空白。请核对姓名，或手写补全。"
)


def describe_chars(chars: tuple[str, ...]) -> str:
    """"𠀀（U+20000）、…": the code point too, as the screen may lack the glyph as well."""
    return "、".join(f"{ch}（U+{ord(ch):04X}）" for ch in chars)


class DocumentNotFound(UserError):
    """Unknown case number or ticket number, or a visit not registered yet."""


def document_for_receipt(layout: str) -> str:
    return document_for_paper(Paper.REGISTRATION_RECEIPT, layout)


def document_for_paper(paper: Paper, layout: str) -> str:
    if layout not in LAYOUTS:
        raise ValueError(f"unknown receipt layout {layout!r}; expected one of {LAYOUTS}")
    return PAPER_DOCUMENTS[(paper, layout)]


@dataclass(frozen=True)
class PrintDocument:
    """A rendered ticket or paper (receipt, notice): the PDF and what the printing side
    needs to know."""

    visit_id: uuid.UUID
    document: str  # DOC_TICKET or a PAPER_DOCUMENTS value
    layout: str  # "80mm" | "a4"
    ticket_number: str
    service_day: date
    case_number: str | None
    is_reprint: bool
    made_at: datetime  # when rendered; a reprint shows this as its 补打 time
    pdf: bytes
    centre: CentreInfo
    slip: TicketSlip | None = None  # tickets (for ESC/POS output)
    receipt: VisitReceipt | None = None  # registration receipts (for ESC/POS output)
    notice: CaseNotice | None = None  # the other papers (for ESC/POS output)
    # Characters no font can draw: they print blank, so the clerk is warned first.
    unprintable: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return DOCUMENT_KINDS[self.document]

    @property
    def paper(self) -> Paper | None:
        """The paper printed (None for a ticket)."""
        return DOCUMENT_PAPER.get(self.document)

    @property
    def label(self) -> str:
        """Chinese source text (translate with context "Printing")."""
        return DOCUMENT_LABELS[self.document]

    @property
    def is_roll(self) -> bool:
        """An 80 mm roll document: goes to the ticket (thermal) printer."""
        return self.layout == "80mm"

    @property
    def title(self) -> str:
        """The print job's name: the file name without ".pdf" (no personal data)."""
        return self.suggested_file_name.removesuffix(".pdf")

    def escpos_bytes(self) -> bytes | None:
        """The ESC/POS job: tickets and 80 mm papers only."""
        if self.slip is not None:
            return escpos.ticket_bytes(self.slip, self.centre)
        if self.receipt is not None and self.is_roll:
            return escpos.receipt_bytes(self.receipt, self.centre)
        if self.notice is not None and self.is_roll:
            from desktop.printing.escpos_papers import notice_bytes

            return notice_bytes(self.notice, self.centre)
        return None

    @property
    def suggested_file_name(self) -> str:
        """ASCII file name for "save as PDF" (the visitor's name is never in it)."""
        suffix = "-reprint" if self.is_reprint else ""
        if self.kind == KIND_TICKET:
            return f"ticket-{self.service_day:%Y%m%d}-{self.ticket_number}{suffix}.pdf"
        paper = self.paper
        name = "receipt" if paper in (None, Paper.REGISTRATION_RECEIPT) else str(paper)
        return f"{name.replace('_', '-')}-{self.case_number}-{self.layout}{suffix}.pdf"


@dataclass(frozen=True)
class PrintHistoryEntry:
    record_id: uuid.UUID
    visit_id: uuid.UUID
    document: str
    is_reprint: bool
    printer: str
    actor: str
    at: datetime
    ok: bool
    error: str | None

    @property
    def label(self) -> str:
        """Chinese source text (translate with context "Printing")."""
        return DOCUMENT_LABELS.get(self.document, self.document)

    @property
    def target(self) -> PrintTarget:
        return target_from_record(self.printer)

    @property
    def to_file(self) -> bool:
        return isinstance(self.target, PdfFile)


@dataclass(frozen=True)
class CheckPageDocument:
    """打印测试页, rendered for one printer (a Printable for the devices)."""

    page: CheckPage
    pdf: bytes

    @property
    def layout(self) -> str:
        return self.page.layout

    @property
    def title(self) -> str:
        return "printer-test-page"

    def escpos_bytes(self) -> bytes | None:
        return escpos.check_page_bytes(self.page) if self.page.layout == "80mm" else None


def centre_info(settings: CentreSettings) -> CentreInfo:
    return CentreInfo(
        name=settings.centre_name,
        address=settings.centre_address,
        phone=settings.centre_phone,
        ticket_notice=settings.ticket_notice,
        receipt_notice=settings.receipt_notice,
    )


def receipt_deadlines(
    route: Route, accept_notice_due: date | None, handling_due: date | None, extension_days: int
) -> tuple[Deadline, ...]:
    """The statutory limits the registration receipt shows after this route.

    A transfer is not an acceptance: the receiving unit decides within 15 days (受理告知);
    its 办理期限 starts only when it accepts, so none is printed here. A matter accepted
    here has its 办理期限. One answered on the spot is closed, and one not accepted or sent
    to a legal channel was decided on the spot (its own notice says so): no limit runs.
    """
    deadlines: list[Deadline] = []
    if route is Route.TRANSFERRED and accept_notice_due is not None:
        deadlines.append(Deadline(ACCEPT_NOTICE_LABEL, accept_notice_due))
    if route is Route.ACCEPTED_HERE and handling_due is not None:
        note = HANDLING_NOTE.format(days=extension_days) if extension_days > 0 else ""
        deadlines.append(Deadline(HANDLING_LABEL, handling_due, note))
    return tuple(deadlines)


def normalize_ticket_number(text: str) -> str:
    number = text.strip().upper()
    if not number or len(number) > 8 or not set(number) <= _TICKET_NUMBER_CHARS:
        raise DocumentNotFound(
            QT_TRANSLATE_NOOP("Errors", "号票号码“{ticket}”格式不对，应为字母加数字，如 A023"),
            field="ticket_number",
            ticket=text.strip(),
        )
    return number
