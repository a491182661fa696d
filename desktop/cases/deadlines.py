"""Statutory time limits (DOMAIN.md), counted by the official calendar (desktop/calendar.py):
the day received is not counted, and a last day that is a rest day moves to the next
working day when the centre's rules say so (`roll_over`, the default)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.calendar import DEFAULT_CALENDAR, Calendar
from desktop.domain import Route
from desktop.i18n import QT_TRANSLATE_NOOP

ACCEPT_NOTICE_LABEL = QT_TRANSLATE_NOOP("Domain", "受理告知期限")
HANDLING_LABEL = QT_TRANSLATE_NOOP("Domain", "办理期限")


@dataclass(frozen=True)
class DeadlineRules:
    accept_notice_days: int = 15
    handling_days: int = 60
    extension_days: int = 30
    roll_over: bool = True  # 民法典 §203: a period ending on a rest day ends the next working day
    # The centre registers and sorts (转送/交办, 依法分类) within this many days.
    sort_days: int = 15
    # 复查/复核: the visitor asks within, and the organ answers within, this many days.
    review_days: int = 30


@dataclass(frozen=True)
class StatutoryDeadlines:
    received_on: date
    accept_notice_due: date
    handling_due: date | None  # None when the matter is not accepted as 信访
    # True when a year the holiday schedule does not know was counted by weekends only:
    # the dates may move once the State Council publishes that year's holidays.
    estimated: bool = False
    calendar: str = ""

    def labelled(self) -> tuple[tuple[str, date], ...]:
        items: list[tuple[str, date]] = [(ACCEPT_NOTICE_LABEL, self.accept_notice_due)]
        if self.handling_due is not None:
            items.append((HANDLING_LABEL, self.handling_due))
        return tuple(items)


def compute_deadlines(
    received_on: date,
    route: Route | None,
    rules: DeadlineRules,
    calendar: Calendar = DEFAULT_CALENDAR,
) -> StatutoryDeadlines:
    accepted = route not in (Route.LEGAL_CHANNEL, Route.NOT_ACCEPTED)
    accept = calendar.add_days(received_on, rules.accept_notice_days, roll_over=rules.roll_over)
    # The 60 days run from acceptance (受理之日); at the desk the matter is received and
    # accepted on the same day, so the day received is the start.
    handling = (
        calendar.add_days(received_on, rules.handling_days, roll_over=rules.roll_over)
        if accepted else None
    )
    counted = (accept, handling) if handling is not None else (accept,)
    return StatutoryDeadlines(
        received_on=received_on,
        accept_notice_due=accept.due,
        handling_due=handling.due if handling is not None else None,
        estimated=any(due.estimated for due in counted),
        calendar=max(counted, key=lambda due: due.estimated).calendar,
    )
