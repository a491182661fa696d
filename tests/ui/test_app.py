from __future__ import annotations

from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from ui.app import ErrorReporter, parse_size


def test_user_errors_are_shown_as_they_are(qapp) -> None:  # type: ignore[no-untyped-def]
    reporter = ErrorReporter(Path("/var/log/laifang.log"), lambda: None)
    error = UserError(QT_TRANSLATE_NOOP("Errors", "请填写姓名"))
    assert reporter.message_for(error) == "请填写姓名"


def test_unexpected_errors_say_where_the_log_is_and_show_no_traceback(qapp) -> None:  # type: ignore[no-untyped-def]
    reporter = ErrorReporter(Path("/var/log/laifang.log"), lambda: None)
    text = reporter.message_for(KeyError("visit_id"))
    assert "/var/log/laifang.log" in text
    assert "意外错误" in text
    assert "Traceback" not in text and "KeyError" not in text


def test_parse_size() -> None:
    assert parse_size("1920x1080") == (1920, 1080)
    assert parse_size(None) is None
