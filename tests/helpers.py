"""Helpers shared by tests (importable as `helpers`; tests/ is on pytest's pythonpath)."""

from __future__ import annotations


def make_id_number(area: str = "460105", birth: str = "19800101", seq: int = 123) -> str:
    """A valid (fake) resident ID number built with the real check character."""
    from desktop.identity import compute_check_character

    first17 = f"{area}{birth}{seq:03d}"
    return first17 + compute_check_character(first17)
