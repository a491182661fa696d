"""PySide6 settings for the program's start, kept apart from ui.app so that main.py can
apply them before ui.app's own imports (nothing of ours is imported here)."""

from __future__ import annotations

import linecache

__all__ = ["skip_pyside_source_scan"]

_PYSIDE_SCAN: list[object] = []  # PySide6's own scanner, once replaced (for tests)


def _uses_no_feature(_module: object) -> bool:
    return False


def skip_pyside_source_scan() -> None:
    """PySide6 reads the source of every module imported after it, to see whether it
    names PySide6 (such a module may switch `from __feature__ import …` on); the lines
    stay in linecache: ~265,000 lines and ~24 MiB once SQLAlchemy and the services are in,
    and time at every import. Nothing here uses __feature__, so every later module is
    taken as one without PySide6 ("ignore": the default feature set, as it is anyway).
    What it read until now (PySide6's own modules, ~25,000 lines, ~2 MiB) leaves the
    cache; a traceback reads the files again when it needs them. Imports PySide6 (its
    support modules come with it) if it is not in yet."""
    import PySide6  # noqa: F401 — loads shibokensupport

    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return
    scan = getattr(feature, "_mod_uses_pyside", None)
    if callable(scan) and scan is not _uses_no_feature:
        _PYSIDE_SCAN[:] = [scan]
        feature._mod_uses_pyside = _uses_no_feature
        linecache.clearcache()
