"""Statutory time limits (DOMAIN.md), counted by the official calendar (desktop/calendar.py):
the day received is not counted, and a last day that is a rest day moves to the next
working day when the centre's rules say so (`roll_over`, the default).

Which limits a registration starts depends on its route (办理方式):
- 转送/交办: the centre's 转送期限 (`sort_days` from the day received) and the unit's
  受理告知期限 (`accept_notice_days` from the transfer date — the unit decides);
- 本机关受理: the 办理期限 (`handling_days` from the day accepted, 受理之日);
- 依法分类处理, 不予受理, 当场答复: no handling deadline (nothing is left to handle here).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.calendar import DEFAULT_CALENDAR, Calendar, DueDate
from desktop.domain import Route
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.settings.registry import Settings

SORT_LABEL = QT_TRANSLATE_NOOP("Domain", "转送期限")
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


def deadline_rules(settings: Settings) -> DeadlineRules:
    """The centre's time limits as set under 系统设置 (roll-over: on unless switched off)."""
    return DeadlineRules(
        accept_notice_days=settings.accept_notice_days,
        handling_days=settings.handling_days,
        extension_days=settings.handling_extension_days,
        roll_over=settings.deadline_roll_over,
    )


@dataclass(frozen=True)
class StatutoryDeadlines:
    received_on: date
    # 转送期限: the centre transfers within `sort_days` (transfers only).
    sort_due: date | None = None
    # 受理告知期限: the receiving unit decides within 15 days of the transfer date.
    accept_notice_due: date | None = None
    # 办理期限: 60 days from acceptance (本机关受理 only); None when nothing is handled here.
    handling_due: date | None = None
    transferred_on: date | None = None
    accepted_on: date | None = None
    # True when a year the holiday schedule does not know was counted by weekends only:
    # the dates may move once the State Council publishes that year's holidays.
    estimated: bool = False
    calendar: str = ""

    def labelled(self) -> tuple[tuple[str, date], ...]:
        items: list[tuple[str, date]] = []
        if self.sort_due is not None:
            items.append((SORT_LABEL, self.sort_due))
        if self.accept_notice_due is not None:
            items.append((ACCEPT_NOTICE_LABEL, self.accept_notice_due))
        if self.handling_due is not None:
            items.append((HANDLING_LABEL, self.handling_due))
        return tuple(items)


def compute_deadlines(
    received_on: date,
    route: Route | None,
    rules: DeadlineRules,
    calendar: Calendar = DEFAULT_CALENDAR,
    *,
    transferred_on: date | None = None,
    accepted_on: date | None = None,
) -> StatutoryDeadlines:
    """The limits `route` starts. A transfer counts the unit's 15 days from
    `transferred_on` (default: the day received); acceptance here counts the 60 days
    from `accepted_on` (default: the day received — at the desk the same day)."""
    counted: list[DueDate] = []

    def add(start: date, days: int) -> date:
        due = calendar.add_days(start, days, roll_over=rules.roll_over)
        counted.append(due)
        return due.due

    sort_due = accept_due = handling_due = None
    if route is Route.TRANSFERRED:
        transferred_on = transferred_on or received_on
        sort_due = add(received_on, rules.sort_days)
        accept_due = add(transferred_on, rules.accept_notice_days)
    else:
        transferred_on = None
    if route is Route.ACCEPTED_HERE:
        accepted_on = accepted_on or received_on
        handling_due = add(accepted_on, rules.handling_days)
    else:
        accepted_on = None
    if not counted:  # nothing to count: still say which calendar would have counted it
        counted.append(calendar.add_days(received_on, 0, roll_over=False))
    return StatutoryDeadlines(
        received_on=received_on,
        sort_due=sort_due,
        accept_notice_due=accept_due,
        handling_due=handling_due,
        transferred_on=transferred_on,
        accepted_on=accepted_on,
        estimated=any(due.estimated for due in counted),
        calendar=max(counted, key=lambda due: due.estimated).calendar,
    )
