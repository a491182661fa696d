"""Words of the booking wing (预约, 到场, 批示与督办): booking states and channels, the
refusals a section chief may override, instruction states, the QR text of a booking
slip, and the wing's UserError subclasses. Labels are Chinese source texts (context
"Domain"); messages are context "Errors"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.reception.domain import ReceptionError

# The QR code on a booking slip; a keyboard-wedge scanner types it followed by Enter.
SLIP_QR_PREFIX = "LFYY:"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_LENGTH = 8
_SLIP_TEXT = re.compile(rf"^\s*(?:{SLIP_QR_PREFIX})?([{CODE_ALPHABET}]{{{CODE_LENGTH}}})\s*$",
                        re.IGNORECASE)
MAX_REPRESENTATIVES_BOOKED = 5  # a group sends at most five (DOMAIN.md), the lead included
RECENT_MONTHS = 2  # a matter accepted or in progress within this many months is not booked


def slip_qr_text(code: str) -> str:
    return f"{SLIP_QR_PREFIX}{code}"


def parse_slip_text(text: str) -> str | None:
    """The booking code in a scanned slip (`LFYY:XXXXXXXX`) or a typed code; else None."""
    found = _SLIP_TEXT.match(text or "")
    return found.group(1).upper() if found else None


class BookingStatus(StrEnum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"  # arrived: a booked ticket was issued
    RECEIVED = "received"  # the leader's decision recorded
    ABSENT = "absent"
    CANCELLED = "cancelled"


LIVE_STATUSES = (BookingStatus.BOOKED.value, BookingStatus.CHECKED_IN.value,
                 BookingStatus.RECEIVED.value, BookingStatus.ABSENT.value)


class BookingChannel(StrEnum):
    DESK = "desk"  # at the front desk / booking screen
    PHONE = "phone"  # taken by phone
    CASE = "case"  # from a case


class DayState(StrEnum):
    """Where a booked visitor is on the session's day (the session view)."""

    BOOKED = "booked"
    ARRIVED = "arrived"
    IN_RECEPTION = "in_reception"
    DONE = "done"
    ABSENT = "absent"
    CANCELLED = "cancelled"


class Refusal(StrEnum):
    """A booking rule (DOMAIN.md) a matter breaks; a section chief may override it."""

    OUTSIDE_PORTFOLIO = "outside_portfolio"
    RECENT_IN_PROGRESS = "recent_in_progress"
    CLOSED = "closed"
    REVIEWED = "reviewed"


class InstructionStatus(StrEnum):
    OPEN = "open"  # assigned, waiting for the unit's written reply
    REPLIED = "replied"  # the unit replied, the result is awaited
    DONE = "done"  # the result recorded


class FollowUpState(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    DONE = "done"


BOOKING_STATUS_LABELS: dict[BookingStatus, str] = {
    BookingStatus.BOOKED: QT_TRANSLATE_NOOP("Domain", "已预约"),
    BookingStatus.CHECKED_IN: QT_TRANSLATE_NOOP("Domain", "已到场"),
    BookingStatus.RECEIVED: QT_TRANSLATE_NOOP("Domain", "已接谈"),
    BookingStatus.ABSENT: QT_TRANSLATE_NOOP("Domain", "未到"),
    BookingStatus.CANCELLED: QT_TRANSLATE_NOOP("Domain", "已取消"),
}
DAY_STATE_LABELS: dict[DayState, str] = {
    DayState.BOOKED: QT_TRANSLATE_NOOP("Domain", "已预约"),
    DayState.ARRIVED: QT_TRANSLATE_NOOP("Domain", "已到场"),
    DayState.IN_RECEPTION: QT_TRANSLATE_NOOP("Domain", "接谈中"),
    DayState.DONE: QT_TRANSLATE_NOOP("Domain", "已接谈"),
    DayState.ABSENT: QT_TRANSLATE_NOOP("Domain", "未到"),
    DayState.CANCELLED: QT_TRANSLATE_NOOP("Domain", "已取消"),
}
CHANNEL_LABELS: dict[BookingChannel, str] = {
    BookingChannel.DESK: QT_TRANSLATE_NOOP("Domain", "现场预约"),
    BookingChannel.PHONE: QT_TRANSLATE_NOOP("Domain", "电话预约"),
    BookingChannel.CASE: QT_TRANSLATE_NOOP("Domain", "案件预约"),
}
REFUSAL_MESSAGES: dict[Refusal, str] = {
    Refusal.OUTSIDE_PORTFOLIO: QT_TRANSLATE_NOOP(
        "Errors", "反映的问题（{category}）不属于{leader}的分管领域（{portfolio}），不予预约；"
        "请改约分管该领域的领导"),
    Refusal.RECENT_IN_PROGRESS: QT_TRANSLATE_NOOP(
        "Errors", "该事项（{case}）于 {day} 登记，两个月内已受理或正在办理，不予预约；"
        "请等待办理结果"),
    Refusal.CLOSED: QT_TRANSLATE_NOOP(
        "Errors", "该事项（{case}）已办结（终结），不予预约"),
    Refusal.REVIEWED: QT_TRANSLATE_NOOP(
        "Errors", "该事项（{case}）已经过复查或复核，不予预约"),
}
INSTRUCTION_STATUS_LABELS: dict[InstructionStatus, str] = {
    InstructionStatus.OPEN: QT_TRANSLATE_NOOP("Domain", "待回复"),
    InstructionStatus.REPLIED: QT_TRANSLATE_NOOP("Domain", "已回复待办结"),
    InstructionStatus.DONE: QT_TRANSLATE_NOOP("Domain", "已办结"),
}
FOLLOW_UP_LABELS: dict[FollowUpState, str] = {
    FollowUpState.ON_TIME: QT_TRANSLATE_NOOP("Domain", "办理中"),
    FollowUpState.DUE_SOON: QT_TRANSLATE_NOOP("Domain", "即将到期"),
    FollowUpState.OVERDUE: QT_TRANSLATE_NOOP("Domain", "已超期"),
    FollowUpState.DONE: QT_TRANSLATE_NOOP("Domain", "已办结"),
}


class BookingError(ReceptionError):
    """Booking input to correct (field names it)."""


class SessionFull(BookingError):
    """No place left in the session (or the slot is taken); never overridable."""


class BookingClosed(BookingError):
    """Past the session's booking cut-off, or the session is not published."""


class BookingRefused(BookingError):
    """The matter breaks one or more booking rules; the message is the first, `found`
    holds each with its parameters. A section chief may override them with a recorded
    reason (`override_reason`, `override_by`)."""

    def __init__(self, found: tuple[FoundRefusal, ...]) -> None:
        first = found[0]
        super().__init__(REFUSAL_MESSAGES[first.refusal], field="override_reason",
                         **first.params)
        self.found = found

    @property
    def refusals(self) -> tuple[Refusal, ...]:
        return tuple(item.refusal for item in self.found)


@dataclass(frozen=True)
class FoundRefusal:
    """One rule broken, with what its message needs ({category}, {case}, …)."""

    refusal: Refusal
    params: dict[str, str]

    @property
    def message(self) -> str:
        return REFUSAL_MESSAGES[self.refusal].format(**self.params)


class CheckInError(ReceptionError):
    """A slip or ID that checks nobody in (unknown, another day, cancelled, twice)."""
