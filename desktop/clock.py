"""Time: stored in UTC, shown and counted in Asia/Shanghai (the service day)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Shanghai")

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def service_day(moment: datetime) -> date:
    """The Asia/Shanghai calendar date: queue numbers reset at local midnight."""
    return moment.astimezone(LOCAL_TZ).date()


def local_time(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)
