"""The change hub: one signal tells the views what this terminal just changed.

A successful operation announces its topics (`Operation.announces("queue")`, or a
service result with a `changes` field); every view that shows those data subscribes and
reloads at once, instead of waiting for its poll timer. Polling stays only for what
other processes and terminals change.

    tasks.hub.subscribe(self, {QUEUE, WINDOWS}, self.refresh)   # in a view's __init__
    Operation(self, tasks, call_next).announces(QUEUE).run()      # anywhere

A subscription lives as long as its owner widget: it is a child QObject of the owner,
so Qt disconnects it when the owner is deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal, Slot

# The topics. Plain strings, so a service result can name them without importing Qt.
QUEUE = "queue"  # tickets issued, called, parked, finished; the day closed
SETTINGS = "settings"  # centre settings, time limits, categories, areas
PRINTS = "prints"  # print records (history, reprints)
WINDOWS = "windows"  # the reception windows (names, which are open)
TOPICS = frozenset({QUEUE, SETTINGS, PRINTS, WINDOWS})


class _Subscription(QObject):
    """Filters the hub's signal for one owner; deleted (and disconnected) with it."""

    def __init__(self, owner: QObject, topics: frozenset[str],
                 callback: Callable[[], None]) -> None:
        super().__init__(owner)
        self._topics = topics
        self._callback = callback

    @Slot(object)
    def deliver(self, topics: object) -> None:
        if isinstance(topics, frozenset) and topics & self._topics:
            self._callback()


class ChangeHub(QObject):
    """`changed(frozenset[str])` after this terminal changed something."""

    changed = Signal(object)

    def announce(self, *topics: str) -> None:
        """Tell every subscriber of any of `topics`; unknown topics are a programming
        error (a typo would silently leave a view stale)."""
        announced = frozenset(topics)
        unknown = announced - TOPICS
        if unknown:
            raise ValueError(f"unknown change topics {sorted(unknown)}; known: {sorted(TOPICS)}")
        if announced:
            self.changed.emit(announced)

    def subscribe(self, owner: QObject, topics: Iterable[str],
                  callback: Callable[[], None]) -> None:
        """Call `callback` (usually the owner's reload) whenever one of `topics` changes,
        for as long as `owner` exists."""
        wanted = frozenset(topics)
        unknown = wanted - TOPICS
        if unknown:
            raise ValueError(f"unknown change topics {sorted(unknown)}; known: {sorted(TOPICS)}")
        subscription = _Subscription(owner, wanted, callback)
        self.changed.connect(subscription.deliver)
