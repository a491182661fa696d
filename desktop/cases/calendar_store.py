"""The official calendar as this centre keeps it: the State Council schedule package plus
the administrator's entries (calendar_day, calendar_year). Every service that counts a
date builds its Calendar here, so the administrator's corrections reach every date."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CalendarDay, CalendarYear
from desktop.calendar import Calendar


def load_calendar(session: Session) -> Calendar:
    overrides = {row.day: row.is_working for row in session.scalars(select(CalendarDay))}
    entered = frozenset(session.scalars(select(CalendarYear.year)))
    return Calendar(overrides, entered_years=entered)
