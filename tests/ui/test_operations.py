"""The operations helper: busy state, latest wins, first wins, deleted owners, errors at
their field, unexpected errors reported, changes announced."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import UserError
from ui.hub import PRINTS, QUEUE, SETTINGS
from ui.operations import FormErrors, Operation, is_running
from ui.tasks import TaskRunner
from ui.widgets import ErrorLabel


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    failures: list[BaseException] = []
    tasks = TaskRunner(failures.append, max_threads=4)  # room for jobs held at a gate
    tasks.failures = failures  # type: ignore[attr-defined]
    yield tasks
    qtbot.waitUntil(lambda: tasks.pending == 0)
    tasks.wait_for_done()
    shiboken6.delete(tasks)


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.save_button = QPushButton("save")
        self.error_label = ErrorLabel()
        for widget in (self.name_edit, self.phone_edit, self.save_button, self.error_label):
            layout.addWidget(widget)
        self.errors = FormErrors(self.error_label,
                                 {"name": self.name_edit, "phone": self.phone_edit})


def _idle(qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tasks.pending == 0)


def test_busy_targets_are_disabled_while_the_job_runs_and_before_callbacks_end(
        qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)
    action = QAction("save", form)
    states: list[bool] = []
    gate = threading.Event()
    seen: list[tuple[bool, bool]] = []

    def done(_result: object) -> None:
        seen.append((form.save_button.isEnabled(), action.isEnabled()))

    started = (Operation(form, runner, lambda: gate.wait(5))
               .busy(form.save_button, action, states.append).success(done).run())
    assert started
    assert not form.save_button.isEnabled()
    assert not action.isEnabled()
    assert states == [True]
    gate.set()
    _idle(qtbot, runner)
    assert form.save_button.isEnabled() and action.isEnabled()
    assert states == [True, False]
    assert seen == [(True, True)]  # busy ended before the callback ran


def test_a_target_disabled_before_stays_disabled(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)
    form.save_button.setEnabled(False)
    Operation(form, runner, lambda: 1).busy(form.save_button).run()
    _idle(qtbot, runner)
    assert not form.save_button.isEnabled()


def test_a_button_busy_for_two_operations_waits_for_both(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)
    first, second = threading.Event(), threading.Event()
    Operation(form, runner, lambda: first.wait(5)).busy(form.save_button).run()
    Operation(form, runner, lambda: second.wait(5)).busy(form.save_button).run()
    first.set()
    qtbot.waitUntil(lambda: runner.pending == 1)
    assert not form.save_button.isEnabled()
    second.set()
    _idle(qtbot, runner)
    assert form.save_button.isEnabled()


def test_latest_wins_drops_the_older_result_of_the_same_key(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)
    old_gate = threading.Event()
    results: list[str] = []
    failures: list[BaseException] = []

    def old_job() -> str:
        old_gate.wait(5)
        return "old"

    def old_failing() -> str:
        old_gate.wait(5)
        raise UserError("旧的错误")

    Operation(form, runner, old_job).key("load").success(results.append).run()
    Operation(form, runner, old_failing).key("load").failure(failures.append).run()
    Operation(form, runner, lambda: "new").key("load").success(results.append).run()
    qtbot.waitUntil(lambda: results == ["new"])
    assert is_running(form, "load")
    old_gate.set()
    _idle(qtbot, runner)
    assert results == ["new"]
    assert failures == []
    assert not is_running(form, "load")
    assert runner.failures == []


def test_keys_are_per_owner(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    one, two = Form(), Form()
    qtbot.addWidget(one)
    qtbot.addWidget(two)
    gate = threading.Event()
    results: list[str] = []
    Operation(one, runner, lambda: gate.wait(5) and "one").key("load").success(results.append).run()
    Operation(two, runner, lambda: "two").key("load").success(results.append).run()
    gate.set()
    _idle(qtbot, runner)
    assert sorted(results) == ["one", "two"]


def test_exclusive_does_not_start_a_second_while_the_first_runs(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)
    gate = threading.Event()
    calls: list[str] = []

    def save(name: str) -> str:
        calls.append(name)
        gate.wait(5)
        return name

    assert Operation(form, runner, lambda: save("first")).exclusive("save").run()
    assert not Operation(form, runner, lambda: save("second")).exclusive("save").run()
    gate.set()
    _idle(qtbot, runner)
    assert calls == ["first"]
    assert Operation(form, runner, lambda: save("third")).exclusive("save").run()
    _idle(qtbot, runner)
    assert calls == ["first", "third"]


def test_results_for_a_deleted_owner_are_dropped_and_busy_ends(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    outside = QPushButton()
    qtbot.addWidget(outside)
    gate = threading.Event()
    results: list[object] = []

    def failing() -> None:
        gate.wait(5)
        raise RuntimeError("nobody to tell")

    Operation(form, runner, lambda: gate.wait(5)).busy(outside).success(results.append).run()
    Operation(form, runner, failing).failure(results.append).run()
    shiboken6.delete(form)  # the page was closed while its work ran
    gate.set()
    _idle(qtbot, runner)
    assert results == []
    assert runner.failures == []
    assert outside.isEnabled()


def test_a_user_error_with_a_field_is_shown_at_that_field(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.phone_edit.setText("123")

    def save() -> None:
        raise UserError("电话号码不对，请填写 11 位手机号", field="phone")

    Operation(form, runner, save).errors(form.errors).run()
    _idle(qtbot, runner)
    assert form.error_label.text() == "电话号码不对，请填写 11 位手机号"
    assert form.error_label.isVisibleTo(form)
    assert form.phone_edit.property("invalid") is True
    assert form.name_edit.property("invalid") is not True
    assert form.phone_edit.hasFocus()
    assert form.phone_edit.selectedText() == "123"
    assert runner.failures == []

    # The next run clears the old message and mark first.
    Operation(form, runner, lambda: None).errors(form.errors).run()
    assert not form.error_label.isVisibleTo(form)
    assert form.phone_edit.property("invalid") is False
    _idle(qtbot, runner)


def test_a_user_error_without_a_field_goes_to_the_form_line_or_the_reporter(
        qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)

    def refuse() -> None:
        raise UserError("今天已经结束，请明天再来")

    Operation(form, runner, refuse).errors(form.errors).run()
    _idle(qtbot, runner)
    assert form.error_label.text() == "今天已经结束，请明天再来"
    assert runner.failures == []

    Operation(form, runner, refuse).run()  # no form: the reporter (a box) says it
    _idle(qtbot, runner)
    assert [type(error) for error in runner.failures] == [UserError]


def test_an_unexpected_error_is_reported_and_the_form_says_retry(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)

    def broken() -> None:
        raise RuntimeError("disk on fire")

    Operation(form, runner, broken).errors(form.errors).run()
    _idle(qtbot, runner)
    assert [str(error) for error in runner.failures] == ["disk on fire"]
    assert "请重试" in form.error_label.text()
    assert "disk on fire" not in form.error_label.text()


def test_an_unexpected_error_without_a_reporter_is_logged(
        qtbot, runner, caplog, expected_errors) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)
    expected_errors.append("unexpected error")

    def broken() -> None:
        raise RuntimeError("disk on fire")

    with caplog.at_level(logging.ERROR):
        Operation(form, runner, broken).report_to(None).run()
        _idle(qtbot, runner)
    assert runner.failures == []
    assert any(record.exc_info and str(record.exc_info[1]) == "disk on fire"
               for record in caplog.records)


def test_a_failure_callback_can_take_the_error_over(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)
    handled: list[BaseException] = []

    def take(error: BaseException) -> bool:
        handled.append(error)
        return isinstance(error, KeyError)

    def missing() -> None:
        raise KeyError("x")

    def refused() -> None:
        raise UserError("不行", field="name")

    Operation(form, runner, missing).failure(take).errors(form.errors).run()
    _idle(qtbot, runner)
    assert not form.error_label.isVisibleTo(form) and runner.failures == []
    Operation(form, runner, refused).failure(take).errors(form.errors).run()
    _idle(qtbot, runner)
    assert len(handled) == 2
    assert form.error_label.text() == "不行"


@dataclass(frozen=True)
class _Saved:
    changes: frozenset[str]


def test_success_announces_declared_and_returned_changes(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)
    heard: list[object] = []
    runner.hub.changed.connect(heard.append)
    order: list[str] = []
    runner.hub.changed.connect(lambda _topics: order.append("announced"))

    Operation(form, runner, lambda: _Saved(frozenset({PRINTS}))).announces(QUEUE) \
        .success(lambda _result: order.append("success")).run()
    _idle(qtbot, runner)
    assert heard == [frozenset({QUEUE, PRINTS})]
    assert order == ["announced", "success"]

    def broken() -> None:
        raise UserError("不行")

    Operation(form, runner, broken).announces(SETTINGS).errors(form.errors).run()
    _idle(qtbot, runner)
    assert heard == [frozenset({QUEUE, PRINTS})]  # nothing changed on failure
