"""Waiting-time estimates: people ahead and a range of minutes, or nothing at all.

The estimate uses what happened today only: the average service time (开始接谈 → 办结)
per category, and the number of windows working now. With too little data there is
no estimate — the board and the ticket then show only the people ahead, never a
made-up number. The result is a range (e.g. 15–25 minutes), rounded to 5 minutes.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from db.models import CallEvent, Visit
from desktop.clock import LOCAL_TZ
from desktop.domain import QueueStatus, TicketCategory
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.queue import order
from desktop.queue.day_close import service_day_after_close
from desktop.service import TerminalService

MIN_SAMPLES = 3                  # finished visits today before any estimate is shown
MAX_SERVICE_SECONDS = 90 * 60    # a visit left open over lunch must not swamp the average
MIN_SERVICE_SECONDS = 30
LOW_FACTOR, HIGH_FACTOR = 0.75, 1.25
STEP_MINUTES = 5
ACTIVE_WINDOW_MINUTES = 60       # a window that called someone this recently counts as open
ACTIVE_STATUSES = (QueueStatus.CALLED.value, QueueStatus.SERVING.value, QueueStatus.PARKED.value)


@dataclass(frozen=True)
class ServiceStats:
    """Today's mean service time in seconds, per category and overall."""

    mean_by_category: Mapping[TicketCategory, float] = field(default_factory=dict)
    overall_mean: float | None = None
    samples: int = 0

    def mean_for(self, category: TicketCategory) -> float | None:
        return self.mean_by_category.get(category, self.overall_mean)


@dataclass(frozen=True)
class WaitEstimate:
    people_ahead: int
    low_minutes: int
    high_minutes: int


def service_stats(durations: Iterable[tuple[TicketCategory, float]]) -> ServiceStats:
    """Average service seconds per category; each sample clamped to a plausible span."""
    by_category: dict[TicketCategory, list[float]] = {}
    for category, seconds in durations:
        clamped = min(max(seconds, MIN_SERVICE_SECONDS), MAX_SERVICE_SECONDS)
        by_category.setdefault(category, []).append(clamped)
    everything = [value for values in by_category.values() for value in values]
    if not everything:
        return ServiceStats()
    return ServiceStats(
        mean_by_category={cat: sum(v) / len(v) for cat, v in by_category.items()},
        overall_mean=sum(everything) / len(everything),
        samples=len(everything),
    )


def _round_down(minutes: float) -> int:
    return int(math.floor(minutes / STEP_MINUTES) * STEP_MINUTES)


def _round_up(minutes: float) -> int:
    return int(math.ceil(minutes / STEP_MINUTES) * STEP_MINUTES)


def estimate_wait(
    ahead: Mapping[TicketCategory, int], stats: ServiceStats, windows_open: int
) -> WaitEstimate | None:
    """Range of minutes until a ticket with `ahead` people before it is called.

    The work ahead (each person at their category's mean service time) is shared by
    the open windows. None when today has fewer than MIN_SAMPLES finished visits or
    no window is working.
    """
    people = sum(max(0, count) for count in ahead.values())
    if stats.samples < MIN_SAMPLES or stats.overall_mean is None or windows_open < 1:
        return None
    work_seconds = 0.0
    for category, count in ahead.items():
        mean = stats.mean_for(category)
        work_seconds += max(0, count) * (mean if mean is not None else stats.overall_mean)
    expected = work_seconds / windows_open / 60
    low = max(0, _round_down(expected * LOW_FACTOR))
    high = max(low + STEP_MINUTES, _round_up(expected * HIGH_FACTOR))
    return WaitEstimate(people_ahead=people, low_minutes=low, high_minutes=high)


def estimate_text(estimate: WaitEstimate | None) -> str:
    """Chinese text for a ticket or the board: "约 15–25 分钟"; "" when there is none."""
    if estimate is None:
        return ""
    if estimate.high_minutes <= STEP_MINUTES:
        return QT_TRANSLATE_NOOP("Estimates", "即将叫号")
    template = QT_TRANSLATE_NOOP("Estimates", "约 {low}–{high} 分钟")
    return template.format(low=estimate.low_minutes, high=estimate.high_minutes)


def day_start_utc(day: date) -> datetime:
    """The first instant of the Asia/Shanghai service day, as an aware datetime."""
    return datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ)


def load_service_stats(session: Session, day: date) -> ServiceStats:
    rows = session.execute(
        select(Visit.category, Visit.serving_started_at, Visit.finished_at).where(
            Visit.service_day == day,
            Visit.queue_status == QueueStatus.DONE.value,
            Visit.serving_started_at.is_not(None),
            Visit.finished_at.is_not(None),
            Visit.deleted_at.is_(None),
        )
    ).all()
    samples: list[tuple[TicketCategory, float]] = []
    for category, started, finished in rows:
        if started is None or finished is None or finished < started:
            continue
        try:
            samples.append((TicketCategory(category), (finished - started).total_seconds()))
        except ValueError:
            continue
    return service_stats(samples)


def count_windows_open(session: Session, day: date, now: datetime) -> int:
    """Windows working now: those with a ticket at them or a call in the last hour.

    When none qualifies (everyone at lunch) the windows that called anyone today are
    counted, so the estimate reflects a normal day rather than disappearing.
    """
    busy = set(
        session.scalars(
            select(Visit.window_name).distinct().where(
                Visit.service_day == day,
                Visit.queue_status.in_(ACTIVE_STATUSES),
                Visit.window_name.is_not(None),
                Visit.deleted_at.is_(None),
            )
        )
    )
    since = max(day_start_utc(day), now - timedelta(minutes=ACTIVE_WINDOW_MINUTES))
    recent = set(
        session.scalars(select(CallEvent.window_name).distinct().where(CallEvent.at >= since))
    )
    open_now = {name for name in busy | recent if name}
    if open_now:
        return len(open_now)
    today = session.scalar(
        select(func.count(distinct(CallEvent.window_name))).where(
            CallEvent.at >= day_start_utc(day),
            CallEvent.at < day_start_utc(day + timedelta(days=1)),
        )
    )
    return int(today or 0)


def estimate_for_waiting_visit(
    session: Session, visit: Visit, now: datetime
) -> tuple[int, WaitEstimate | None]:
    """People called before a waiting visit (desktop.queue.order) and its estimate."""
    if visit.queue_status != QueueStatus.WAITING.value:
        return 0, None
    ahead = order.ahead_by_category(session, visit.id, now)
    estimate = estimate_wait(
        ahead,
        load_service_stats(session, visit.service_day),
        count_windows_open(session, visit.service_day, now),
    )
    return sum(ahead.values()), estimate


class EstimateService(TerminalService):
    def estimate_for_category(self, category: TicketCategory) -> WaitEstimate | None:
        """For the ticket form before issuing: the wait of a new ticket of `category`."""
        with self._sessions() as session:
            now = self._clock()
            day = service_day_after_close(session.connection(), now)
            ahead = order.ahead_of_new_by_category(session, day, category, now)
            return estimate_wait(
                ahead, load_service_stats(session, day), count_windows_open(session, day, now)
            )

    def estimate_for_visit(self, visit_id: uuid.UUID) -> WaitEstimate | None:
        """For an issued ticket (printed on it): the wait of that ticket, if waiting."""
        with self._sessions() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                return None
            return estimate_for_waiting_visit(session, visit, self._clock())[1]
