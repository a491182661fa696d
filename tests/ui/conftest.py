"""Fixtures for the Qt tests: a TaskRunner whose unexpected failures fail the test, and a
way to wait until every background call has reported back."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.tasks import TaskRunner

WAIT_MS = 10_000


@pytest.fixture
def task_errors() -> list[BaseException]:
    """Failures that reached the runner's default handler (none expected by default).

    A test that provokes one asserts on it and then clears the list."""
    return []


def wait_idle(qtbot, tasks: TaskRunner, timeout: int = WAIT_MS) -> None:  # type: ignore[no-untyped-def]
    """Wait until every background call has finished and its callback has run."""
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=timeout)


@pytest.fixture
def tasks(qtbot, services, task_errors):  # type: ignore[no-untyped-def]
    """The one TaskRunner of a test; depends on `services` so it is torn down first."""
    runner = TaskRunner(task_errors.append)
    yield runner
    # Let every job finish and report while the widgets and the database still exist.
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=WAIT_MS)
    runner.wait_for_done()
    qtbot.wait(20)
    # Free the runner on the GUI thread; left to the garbage collector it may be collected
    # on a worker thread of a later test, which crashes Qt.
    shiboken6.delete(runner)
    if task_errors:
        pytest.fail(f"unexpected background failures: {task_errors!r}")


@pytest.fixture
def idle(qtbot, tasks):  # type: ignore[no-untyped-def]
    """`idle()` waits until all background calls of the test's runner are done."""
    return lambda timeout=WAIT_MS: wait_idle(qtbot, tasks, timeout)


class Keyboard:
    """Typing like a person at the counter: keys go to whichever widget has the focus."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self._qtbot = qtbot

    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
              ) -> None:
        self._qtbot.keyClick(self.focused(), key, modifier)

    def type(self, text: str) -> None:
        """Type into the focused widget. Chinese arrives as an input-method commit, the
        way a pinyin IME delivers it (QTest.keyClicks cannot send non-Latin-1 text)."""
        widget = self.focused()
        if text.isascii():
            self._qtbot.keyClicks(widget, text)
            return
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    def show_active(self, widget: QWidget, width: int = 1366, height: int = 740) -> None:
        """Show `widget` as the active window, so keyboard focus and shortcuts work."""
        widget.resize(width, height)
        widget.show()
        self._qtbot.waitExposed(widget)
        widget.activateWindow()
        self._qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


@pytest.fixture
def keyboard(qtbot) -> Keyboard:  # type: ignore[no-untyped-def]
    return Keyboard(qtbot)
