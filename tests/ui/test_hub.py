"""The change hub: announcements reach the subscribers of their topics, for as long as
the subscriber exists."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from ui.hub import PRINTS, QUEUE, SETTINGS, WINDOWS, ChangeHub


def test_subscribers_hear_only_their_topics(qtbot) -> None:  # type: ignore[no-untyped-def]
    hub = ChangeHub()
    queue_view, history = QWidget(), QWidget()
    qtbot.addWidget(queue_view)
    qtbot.addWidget(history)
    heard: list[str] = []
    hub.subscribe(queue_view, {QUEUE}, lambda: heard.append("queue view"))
    hub.subscribe(history, [PRINTS, SETTINGS], lambda: heard.append("history"))

    hub.announce(QUEUE)
    assert heard == ["queue view"]
    hub.announce(WINDOWS)
    assert heard == ["queue view"]
    hub.announce(QUEUE, PRINTS)
    assert heard == ["queue view", "queue view", "history"]


def test_a_deleted_subscriber_is_not_called(qtbot) -> None:  # type: ignore[no-untyped-def]
    hub = ChangeHub()
    page = QWidget()
    heard: list[str] = []
    hub.subscribe(page, {QUEUE}, lambda: heard.append("page"))
    shiboken6.delete(page)  # the page closed; its subscription goes with it
    hub.announce(QUEUE)
    assert heard == []


def test_unknown_topics_are_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    hub = ChangeHub()
    page = QWidget()
    qtbot.addWidget(page)
    with pytest.raises(ValueError, match="unknown change topics"):
        hub.announce("queu")
    with pytest.raises(ValueError, match="unknown change topics"):
        hub.subscribe(page, {"print"}, lambda: None)


def test_every_runner_carries_a_hub(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.tasks import TaskRunner

    runner = TaskRunner(lambda _error: None)
    assert isinstance(runner.hub, ChangeHub)
    shiboken6.delete(runner)
