"""Helpers shared by tests (importable as `helpers`; tests/ is on pytest's pythonpath)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    """A clock the test moves by hand; starts at 09:00 Asia/Shanghai on 2026-11-27.

    Lives here rather than in conftest.py: with more than one conftest.py (tests/ui has
    its own), `from conftest import …` may pick up the wrong one."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 27, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        # Each reading moves on a millisecond so arrival order is strict.
        self.now += timedelta(milliseconds=1)
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_id_number(area: str = "460105", birth: str = "19800101", seq: int = 123) -> str:
    """A valid (fake) resident ID number built with the real check character."""
    from desktop.cases.identity import compute_check_character

    first17 = f"{area}{birth}{seq:03d}"
    return first17 + compute_check_character(first17)
