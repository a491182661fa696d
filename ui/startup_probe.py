"""LAIFANG_STARTUP_PROBE=1 (for bench/bench_startup.py): note when the main window is
first painted and when it is ready for a card swipe, print both as wall-clock times with
the process's peak memory to stderr, and quit.

    startup-probe first_paint=<time.time()> ready=<time.time()> peak_kib=<VmHWM>
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

PROBE_ENV = "LAIFANG_STARTUP_PROBE"


def probe_requested() -> bool:
    return os.environ.get(PROBE_ENV, "") not in ("", "0")


def peak_memory_kib() -> int:
    """The peak resident set so far (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class StartupProbe(QObject):
    """Watches `window` for its first paint; `ready()` reports and quits."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.first_paint: float | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.first_paint is None and event.type() == QEvent.Type.Paint:
            self.first_paint = time.time()
        return False

    def ready(self) -> None:
        ready = time.time()
        painted = self.first_paint if self.first_paint is not None else ready
        print(f"startup-probe first_paint={painted:.6f} ready={ready:.6f} "
              f"peak_kib={peak_memory_kib()}", file=sys.stderr, flush=True)
        QCoreApplication.quit()
