"""ui.pyside_setup: PySide6 no longer reads every later module's source at the start."""

from __future__ import annotations

import sys
from pathlib import Path


def test_modules_imported_after_the_start_are_not_read_into_linecache(
    tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    """PySide6 reads each later module's source to look for PySide6 in it (the lines stay
    in linecache: ~24 MiB with SQLAlchemy's); the window's start turns that off."""
    import importlib
    import linecache

    from shibokensupport import feature

    import ui.pyside_setup

    # PySide6's scanner (an earlier start in this process may have replaced it).
    pyside_scan = (ui.pyside_setup._PYSIDE_SCAN or [feature._mod_uses_pyside])[0]
    monkeypatch.setattr(feature, "_mod_uses_pyside", pyside_scan)
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("h17_scanned", "h17_not_scanned"):
        (tmp_path / f"{name}.py").write_text("from PySide6 import QtCore\nVALUE = 1\n",
                                             encoding="utf-8")
        monkeypatch.delitem(sys.modules, name, raising=False)
    importlib.invalidate_caches()

    # PySide6's own check reads the module's source into linecache.
    scanned = __import__("h17_scanned")
    linecache.clearcache()
    assert pyside_scan(scanned) is True
    assert str(tmp_path / "h17_scanned.py") in linecache.cache

    ui.pyside_setup.skip_pyside_source_scan()
    assert feature._mod_uses_pyside is not pyside_scan
    assert str(tmp_path / "h17_scanned.py") not in linecache.cache  # what it had read
    # An import statement (PySide6 hooks builtins.__import__; import_module passes by).
    module = __import__("h17_not_scanned")
    assert module.VALUE == 1
    assert feature._mod_uses_pyside(module) is False
    assert str(tmp_path / "h17_not_scanned.py") not in linecache.cache
