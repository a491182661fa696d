"""Tests for desktop.queue.estimates: a range from today's service times, or no estimate."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.domain import TicketCategory
from desktop.queue.estimates import (
    MAX_SERVICE_SECONDS,
    MIN_SAMPLES,
    ServiceStats,
    WaitEstimate,
    day_start_utc,
    estimate_text,
    estimate_wait,
    service_stats,
)

R, P, G = TicketCategory.REGULAR, TicketCategory.PRIORITY, TicketCategory.GROUP


def test_no_data_no_estimate() -> None:
    assert estimate_wait({R: 5}, ServiceStats(), windows_open=3) is None
    few = service_stats([(R, 600.0)] * (MIN_SAMPLES - 1))
    assert estimate_wait({R: 5}, few, windows_open=3) is None


def test_no_open_window_no_estimate() -> None:
    stats = service_stats([(R, 600.0)] * 5)
    assert estimate_wait({R: 5}, stats, windows_open=0) is None


def test_range_brackets_the_expected_wait() -> None:
    stats = service_stats([(R, 600.0)] * 4)  # 10 minutes each
    estimate = estimate_wait({R: 6}, stats, windows_open=2)  # 6 × 10 / 2 = 30 minutes
    assert estimate == WaitEstimate(people_ahead=6, low_minutes=20, high_minutes=40)
    assert estimate.low_minutes % 5 == 0 and estimate.high_minutes % 5 == 0


def test_more_windows_shorter_wait() -> None:
    stats = service_stats([(R, 600.0)] * 4)
    one = estimate_wait({R: 6}, stats, windows_open=1)
    three = estimate_wait({R: 6}, stats, windows_open=3)
    assert one is not None and three is not None
    assert three.high_minutes < one.high_minutes


def test_per_category_means_with_overall_fallback() -> None:
    stats = service_stats([(R, 600.0), (R, 600.0), (G, 1800.0), (G, 1800.0)])
    assert stats.mean_for(R) == 600.0
    assert stats.mean_for(G) == 1800.0
    assert stats.mean_for(P) == pytest.approx(1200.0)  # no priority visit finished yet
    regular_only = estimate_wait({R: 3}, stats, 1)
    with_groups = estimate_wait({R: 3, G: 1}, stats, 1)
    assert regular_only is not None and with_groups is not None
    assert with_groups.people_ahead == 4
    assert with_groups.high_minutes > regular_only.high_minutes


def test_forgotten_visits_do_not_swamp_the_average() -> None:
    stats = service_stats([(R, 600.0), (R, 600.0), (R, 8 * 3600.0)])
    assert stats.mean_for(R) == pytest.approx((1200 + MAX_SERVICE_SECONDS) / 3)


def test_nobody_ahead() -> None:
    stats = service_stats([(R, 600.0)] * 3)
    estimate = estimate_wait({}, stats, 2)
    assert estimate == WaitEstimate(0, 0, 5)
    assert estimate_text(estimate) == "即将叫号"


def test_text() -> None:
    assert estimate_text(None) == ""
    assert estimate_text(WaitEstimate(6, 20, 40)) == "约 20–40 分钟"


def test_service_day_starts_at_local_midnight() -> None:
    assert day_start_utc(date(2026, 11, 27)).astimezone(UTC) == datetime(
        2026, 11, 26, 16, 0, tzinfo=UTC)
