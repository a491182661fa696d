"""Operations: the one way a widget runs a service call (in the spirit of Anki's
CollectionOp/QueryOp), so widgets carry no busy flags and no `UserError` branches.

    Operation(self, self.tasks, lambda: tickets.issue(request)) \\
        .success(self._on_issued) \\
        .busy(self.issue_button) \\
        .exclusive("issue") \\
        .errors(self.form_errors) \\
        .announces(QUEUE) \\
        .run()

What it does, in this order:

- `run()` hands the job to the TaskRunner (ui/tasks.py): it runs on a worker thread and
  the callbacks come back on the GUI thread. With `.errors(sink)` the sink's old errors
  are cleared first.
- `.busy(target, ...)`: each target (a QWidget or QAction is disabled; a callable is
  called with True/False, e.g. to show "正在加载…") is busy while the job runs. Busy ends
  BEFORE the success/failure callbacks, so a callback that sets its buttons' state wins.
- `.key(name)`: latest wins. A newer operation of the same owner and key makes the
  older one's result (success or failure) be dropped — for loads and searches.
  `.exclusive(name)`: first wins. While one of that owner and key runs, `run()` starts
  nothing and returns False — for saves and other buttons a double click must not repeat.
- The owner (the widget that asked) was deleted while the job ran: the result is dropped.
- Success: `announces(...)` topics, and the result's own `changes` (a frozenset of topic
  names, when the result dataclass has one) go to the change hub (ui/hub.py); then the
  `.success(callback)` is called with the result.
- Failure: the `.failure(callback)` runs first; when it returns True the error is dealt
  with. Otherwise, in one place:
  - a `UserError` goes to the `.errors(sink)` (at its `field` when it has one, else the
    sink's general line); without a sink, to the reporter (a box);
  - any other error is unexpected: it goes to the reporter (which logs it with its
    traceback and tells the user), and the sink shows the generic "please retry" line.
  The reporter is the runner's default failure handler (the application's
  ErrorReporter) unless `.report_to(callback)` names another; `.report_to(None)` only
  logs (for widgets built without a reporter).

A `FieldErrorSink` is anything with `show_field_error(field, text)` and
`clear_field_errors()`: an `ErrorLabel` (ui/widgets.py) is one that ignores the field;
`FormErrors` below puts the message under a form and marks and focuses the field's input.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Mapping
from typing import Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

from desktop.i18n import UserError
from ui.i18n import error_text
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel, message_for, set_invalid

log = logging.getLogger(__name__)

T = TypeVar("T")

BusyTarget = QWidget | QAction | Callable[[bool], None]
FailureHandler = Callable[[BaseException], bool | None]
Report = Callable[[BaseException], None]


class FieldErrorSink(Protocol):
    """Where a form shows what went wrong: at an input (`field` is the UserError's field
    name) or, with `field` None, in its general error line."""

    def show_field_error(self, field: str | None, text: str) -> None: ...

    def clear_field_errors(self) -> None: ...


class FormErrors:
    """A FieldErrorSink for a form: the message goes to its ErrorLabel; the input named
    by the field is marked red, focused and selected, so the clerk can retype at once.

    `fields` maps field names to inputs, or is a function (for rows that come and go);
    an unknown field shows the message without marking anything."""

    def __init__(self, label: ErrorLabel,
                 fields: Mapping[str, QWidget] | Callable[[str], QWidget | None],
                 *, focus: bool = True) -> None:
        self.label = label
        self._fields = fields
        self._focus = focus
        self._marked: list[QWidget] = []

    def widget_for(self, field: str | None) -> QWidget | None:
        if field is None:
            return None
        if callable(self._fields):
            return self._fields(field)
        return self._fields.get(field)

    def show_field_error(self, field: str | None, text: str) -> None:
        self.label.show_error(text)
        widget = self.widget_for(field)
        if widget is None:
            return
        set_invalid(widget, True)
        self._marked.append(widget)
        if not self._focus:
            return
        widget.setFocus()
        if isinstance(widget, QLineEdit | QAbstractSpinBox):
            widget.selectAll()

    def clear_field_errors(self) -> None:
        self.label.clear_error()
        for widget in self._marked:
            if shiboken6.isValid(widget):
                set_invalid(widget, False)
        self._marked.clear()


# Running operations by (owner, key): the generation of the newest one, and how many
# run. GUI thread only. Entries go when the last one finishes, so nothing piles up.
_newest: dict[tuple[int, str], int] = {}
_running: dict[tuple[int, str], int] = {}
_generations = itertools.count(1)
# How many operations hold each busy target (a widget may be busy for two at once).
_busy_counts: dict[int, int] = {}


def is_running(owner: QObject, key: str) -> bool:
    """Whether an operation of `owner` with this key (or exclusive name) is running."""
    return _running.get((id(owner), key), 0) > 0


class Operation(Generic[T]):
    """One service call from a widget; configure with the chained methods, then `run()`.

    `owner` is the widget asking (its deletion drops the result); `tasks` the runner."""

    def __init__(self, owner: QObject, tasks: TaskRunner, job: Callable[[], T]) -> None:
        self._owner = owner
        self._tasks = tasks
        self._job = job
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: FailureHandler | None = None
        self._busy: list[BusyTarget] = []
        self._key: str | None = None
        self._exclusive = False
        self._sink: FieldErrorSink | None = None
        self._topics: frozenset[str] = frozenset()
        self._report: Report | None = tasks.report

    # ------------------------------------------------------------------ configuration

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: FailureHandler) -> Operation[T]:
        """Called first on failure; return True when it dealt with the error itself."""
        self._on_failure = callback
        return self

    def busy(self, *targets: BusyTarget) -> Operation[T]:
        self._busy.extend(targets)
        return self

    def key(self, name: str) -> Operation[T]:
        """Latest wins: a newer operation of this owner with this key drops this result."""
        self._key, self._exclusive = name, False
        return self

    def exclusive(self, name: str) -> Operation[T]:
        """First wins: `run()` does nothing while one of this owner and name runs."""
        self._key, self._exclusive = name, True
        return self

    def errors(self, sink: FieldErrorSink) -> Operation[T]:
        self._sink = sink
        return self

    def announces(self, *topics: str) -> Operation[T]:
        """After success, tell the change hub (ui/hub.py) that these changed."""
        self._topics = self._topics | frozenset(topics)
        return self

    def report_to(self, report: Report | None) -> Operation[T]:
        """Who hears unexpected errors (None: they are only logged)."""
        self._report = report
        return self

    # ------------------------------------------------------------------ running

    def run(self) -> bool:
        """Start the job; False when an exclusive operation of the same name still runs."""
        slot = (id(self._owner), self._key) if self._key is not None else None
        if slot is not None and self._exclusive and _running.get(slot, 0):
            return False
        generation = next(_generations)
        if slot is not None:
            _newest[slot] = generation
            _running[slot] = _running.get(slot, 0) + 1
        if self._sink is not None:
            self._sink.clear_field_errors()
        for target in self._busy:
            _set_busy(target, True)

        def finish() -> bool:
            """Ends busy and bookkeeping; True when the result is still wanted."""
            for target in self._busy:
                _set_busy(target, False)
            current = True
            if slot is not None:
                current = _newest.get(slot) == generation
                left = _running.get(slot, 0) - 1
                if left > 0:
                    _running[slot] = left
                else:
                    _running.pop(slot, None)
                    _newest.pop(slot, None)
            return current and shiboken6.isValid(self._owner)

        def succeeded(result: T) -> None:
            if not finish():
                return
            self._announce(result)
            if self._on_success is not None:
                self._on_success(result)

        def failed(error: BaseException) -> None:
            if not finish():
                return
            if self._on_failure is not None and self._on_failure(error):
                return
            self._show_failure(error)

        self._tasks.run(self._job, succeeded, failed)
        return True

    def _announce(self, result: object) -> None:
        topics = set(self._topics)
        changes = getattr(result, "changes", None)
        if isinstance(changes, frozenset):
            topics.update(topic for topic in changes if isinstance(topic, str))
        if topics:
            self._tasks.hub.announce(*sorted(topics))

    def _show_failure(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            if self._sink is not None:
                self._sink.show_field_error(error.field, error_text(error))
            elif self._report is not None:
                self._report(error)
            else:
                log.warning("unshown user error: %s", error.template)
            return
        if self._report is not None:
            self._report(error)
        else:
            log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        if self._sink is not None:
            self._sink.show_field_error(None, message_for(error))


def _set_busy(target: BusyTarget, busy: bool) -> None:
    if not isinstance(target, QWidget | QAction):
        target(busy)
        return
    if not shiboken6.isValid(target):
        _busy_counts.pop(id(target), None)
        return
    # Disable on the first holder, enable again when the last lets go; a target that
    # was disabled before (nothing to act on) is left disabled.
    count = _busy_counts.get(id(target), 0)
    if busy:
        if count == 0:
            target.setProperty("operationWasEnabled", target.isEnabled())
            target.setEnabled(False)
        _busy_counts[id(target)] = count + 1
        return
    if count <= 1:
        _busy_counts.pop(id(target), None)
        if target.property("operationWasEnabled") is not False:
            target.setEnabled(True)
    else:
        _busy_counts[id(target)] = count - 1

