"""What a ticket or a receipt shows, and what their QR codes carry.

QR payloads (plain ASCII, so any phone scanner shows them and the enquiry screen can
parse them; they never carry an ID number or a name):

* receipt: ``LFXF:<case_number>:<enquiry_code>`` e.g. ``LFXF:HK2024050600012:7Q3K9M``
* ticket:  ``LFQ:<YYYYMMDD service day>:<ticket_number>`` e.g. ``LFQ:20240506:A1023``

The parts may not contain ``:`` or whitespace; the prefix names the payload kind so
a ticket scanned at the enquiry desk is told apart from a receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

RECEIPT_QR_PREFIX = "LFXF"
TICKET_QR_PREFIX = "LFQ"

# The registration receipt's wording by route (Route values).
OUTCOMES = frozenset(
    {"transferred", "accepted_here", "answered", "legal_channel", "not_accepted"}
)


@dataclass(frozen=True)
class CentreInfo:
    """The reception centre as printed on every slip; filled from settings."""

    name: str
    address: str
    phone: str
    ticket_notice: str
    receipt_notice: str


@dataclass(frozen=True)
class Representative:
    """A representative (代表) of a group visit, as printed."""

    name: str
    masked_id_number: str | None = None  # already masked by the caller; None: not given

    @property
    def with_id(self) -> str:
        """"张三（1101**********002X）", or the name alone."""
        return f"{self.name}（{self.masked_id_number}）" if self.masked_id_number else self.name


@dataclass(frozen=True)
class TicketSlip:
    ticket_number: str
    category_label: str
    issued_at: datetime  # aware; printed in Asia/Shanghai
    people_ahead: int
    wait_estimate: str | None  # None: "暂无等候时间估计"
    qr_text: str  # queue lookup (see ticket_qr_text); never an ID number
    reprint_at: datetime | None = None  # set: the copy is marked 补打 with this time
    # A group visit (集体访): how many came, and their representatives (names only:
    # the ticket is shown around the hall).
    people_count: int = 1
    representatives: tuple[Representative, ...] = ()

    @property
    def is_group(self) -> bool:
        return self.people_count > 1 or bool(self.representatives)


@dataclass(frozen=True)
class CheckPage:
    """打印测试页: proves a printer prints this centre's documents (Chinese and rare
    characters included). Not a visit's document: nothing is recorded."""

    centre_name: str
    printer: str  # as the clerk knows it
    printed_at: datetime  # aware
    layout: str  # "80mm" | "a4"


@dataclass(frozen=True)
class Deadline:
    label: str
    due: date
    note: str = ""


@dataclass(frozen=True)
class VisitReceipt:
    case_number: str  # 信访件编号
    enquiry_code: str  # 查询码
    ticket_number: str
    received_at: datetime  # aware
    visitor_name: str
    masked_id_number: str  # already masked by the caller
    people_count: int
    summary: str  # may be very long: wraps and continues on further pages
    route_label: str
    receiving_unit: str | None
    outcome: str  # one of OUTCOMES
    channel_or_reason: str | None  # legal_channel: the channel; not_accepted: the reason
    deadlines: tuple[Deadline, ...]
    qr_text: str  # receipt_qr_text(case_number, enquiry_code)
    reprint_at: datetime | None = None
    representatives: tuple[Representative, ...] = ()  # a group visit's 代表
    # The case's saved dates the notice sentence names (None: not known: the day of
    # `received_at` stands in for the registration, the registration for the transfer).
    registered_on: date | None = None
    transferred_on: date | None = None
    accept_notice_due: date | None = None
    accepted_on: date | None = None
    accept_notice_days: int = 15
    # A printed date was counted by weekends only (that year's holidays not published).
    estimated: bool = False


@dataclass(frozen=True)
class NoticeRow:
    """A labelled line of a notice (受理日期：…)."""

    label: str
    value: str


@dataclass(frozen=True)
class TimelineRow:
    """One step of a case as a progress paper prints it."""

    on_date: date
    step: str  # the step's label (STEP_LABELS), Chinese source text
    unit: str = ""
    due: date | None = None


@dataclass(frozen=True)
class CaseNotice:
    """A notice given to the visitor (受理告知书, 不予受理告知书, 依法分类处理告知书,
    延期办理告知书, 办理进展告知单, 不再受理告知书): wording already composed from the
    case's saved dates (desktop.printing.papers). Never names the person or unit
    complained about."""

    paper: str  # desktop.domain.Paper value
    title: str
    case_number: str
    enquiry_code: str
    qr_text: str  # receipt_qr_text(case_number, enquiry_code)
    addressee: str  # the visitor's name: "王小明："
    paragraphs: tuple[str, ...]  # before the rows
    rows: tuple[NoticeRow, ...] = ()
    timeline: tuple[TimelineRow, ...] = ()
    after: tuple[str, ...] = ()  # after the rows and the timeline
    issued_on: date | None = None  # the date above the seal
    estimated: bool = False  # print the "counted by weekends only" warning
    reprint_at: datetime | None = None


def _check_part(name: str, value: str) -> None:
    if not value or ":" in value or any(ch.isspace() for ch in value):
        raise ValueError(f"{name} must be non-empty without ':' or whitespace: {value!r}")


def receipt_qr_text(case_number: str, enquiry_code: str) -> str:
    """QR payload of a receipt: ``LFXF:<case_number>:<enquiry_code>``."""
    _check_part("case_number", case_number)
    _check_part("enquiry_code", enquiry_code)
    return f"{RECEIPT_QR_PREFIX}:{case_number}:{enquiry_code}"


def parse_receipt_qr_text(text: str) -> tuple[str, str]:
    """(case_number, enquiry_code) from a scanned receipt QR; ValueError if not one."""
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0] != RECEIPT_QR_PREFIX or not parts[1] or not parts[2]:
        raise ValueError(f"not a receipt QR code: {text!r}")
    return parts[1], parts[2]


def ticket_qr_text(service_day: date, ticket_number: str) -> str:
    """QR payload of a queue ticket: ``LFQ:<YYYYMMDD>:<ticket_number>``.

    The service day is part of it because ticket numbers restart every day.
    """
    _check_part("ticket_number", ticket_number)
    return f"{TICKET_QR_PREFIX}:{service_day:%Y%m%d}:{ticket_number}"


def parse_ticket_qr_text(text: str) -> tuple[date, str]:
    """(service_day, ticket_number) from a scanned ticket QR; ValueError if not one."""
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0] != TICKET_QR_PREFIX or not parts[2]:
        raise ValueError(f"not a ticket QR code: {text!r}")
    try:
        day = datetime.strptime(parts[1], "%Y%m%d").date()
    except ValueError:
        raise ValueError(f"not a ticket QR code: {text!r}") from None
    return day, parts[2]
