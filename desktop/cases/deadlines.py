"""Statutory time limits (DOMAIN.md), counted in calendar days from the day received."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain import Route
from desktop.i18n import QT_TRANSLATE_NOOP

ACCEPT_NOTICE_LABEL = QT_TRANSLATE_NOOP("Domain", "受理告知期限")
HANDLING_LABEL = QT_TRANSLATE_NOOP("Domain", "办理期限")


@dataclass(frozen=True)
class DeadlineRules:
    accept_notice_days: int = 15
    handling_days: int = 60
    extension_days: int = 30


@dataclass(frozen=True)
class StatutoryDeadlines:
    received_on: date
    accept_notice_due: date
    handling_due: date | None  # None when the matter is not accepted as 信访

    def labelled(self) -> tuple[tuple[str, date], ...]:
        items: list[tuple[str, date]] = [(ACCEPT_NOTICE_LABEL, self.accept_notice_due)]
        if self.handling_due is not None:
            items.append((HANDLING_LABEL, self.handling_due))
        return tuple(items)


def compute_deadlines(
    received_on: date, route: Route | None, rules: DeadlineRules
) -> StatutoryDeadlines:
    accepted = route not in (Route.LEGAL_CHANNEL, Route.NOT_ACCEPTED)
    return StatutoryDeadlines(
        received_on=received_on,
        accept_notice_due=received_on + timedelta(days=rules.accept_notice_days),
        handling_due=received_on + timedelta(days=rules.handling_days) if accepted else None,
    )
