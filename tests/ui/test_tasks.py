from __future__ import annotations

import threading

from ui.tasks import TaskRunner


def test_work_runs_off_the_gui_thread_and_reports_back_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    failures: list[BaseException] = []
    runner = TaskRunner(failures.append)
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["callback"] = threading.get_ident()
        seen["value"] = value

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, done)
    assert seen["value"] == 42
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread
    assert failures == []
    assert runner.pending == 0


def test_failures_go_to_the_given_or_default_handler(qtbot) -> None:  # type: ignore[no-untyped-def]
    default: list[BaseException] = []
    own: list[BaseException] = []
    runner = TaskRunner(default.append)

    def boom() -> None:
        raise ValueError("bad")

    runner.run(boom)
    runner.run(boom, on_failure=own.append)
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert [str(e) for e in default] == ["bad"]
    assert [str(e) for e in own] == ["bad"]


def test_signal_emits_do_not_leak_references_to_true(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 drops a reference to True on every emit from Python; a board that
    refreshes every second then aborts within minutes (pyproject pins it out)."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal(int)

    probe = Probe()
    probe.ping.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for value in range(200):
        probe.ping.emit(value)
    assert sys.getrefcount(True) >= before


def test_results_for_a_deleted_widget_are_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    import shiboken6
    from PySide6.QtWidgets import QLabel

    failures: list[BaseException] = []
    runner = TaskRunner(failures.append)
    label = QLabel()
    gate = threading.Event()
    runner.run(lambda: gate.wait(5) and "late", label.setText)
    shiboken6.delete(label)  # the page was closed while its load was running
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert failures == []
