"""Tests for desktop.queue.windows: the windows and what each one serves."""

from __future__ import annotations

import pytest
from queue_helpers import clerk, issue

from desktop.domain import TicketCategory
from desktop.queue.calling import CallingService


@pytest.fixture
def calling(services, clock) -> CallingService:  # type: ignore[no-untyped-def]
    return clerk(services, clock)


def test_window_category_filter(services, calling) -> None:  # type: ignore[no-untyped-def]
    services.windows.save_window(7, "7号窗口", [TicketCategory.GROUP], keep_builtin=False)
    regular = issue(services)
    group = issue(services, TicketCategory.GROUP)
    assert [w.name for w in services.windows.list_windows()] == ["7号窗口"]
    assert calling.call_next("7号窗口").visit_id == group.visit_id
    assert calling.call_next("1号窗口").visit_id == regular.visit_id


def test_a_fresh_database_offers_six_windows_and_keeps_them_when_one_is_saved(  # type: ignore[no-untyped-def]
    services,
) -> None:
    assert [(w.number, w.name) for w in services.windows.list_windows()] == [
        (n, f"{n}号窗口") for n in range(1, 7)]
    services.windows.save_window(3, "综合窗口", [TicketCategory.BOOKED])
    windows = services.windows.list_windows()
    assert [(w.number, w.name) for w in windows] == [
        (1, "1号窗口"), (2, "2号窗口"), (3, "综合窗口"), (4, "4号窗口"), (5, "5号窗口"),
        (6, "6号窗口")]
    assert windows[2].categories == (TicketCategory.BOOKED,)
    services.windows.save_window(7)  # once stored, a new window is just added
    assert len(services.windows.list_windows()) == 7
