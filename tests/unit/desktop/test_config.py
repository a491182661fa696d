"""terminal.json: every field is checked; a bad value is reported with the file, the field
and what is allowed, and never reaches a ticket number."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.config import TerminalConfig, load_terminal_config, save_terminal_config
from desktop.domain import TicketCategory
from desktop.queue.numbering import format_ticket_number
from desktop.storage.startup import StartupError
from desktop.terminal import TerminalSetupError, register_terminal


def _write(tmp_path: Path, content: Any) -> Path:
    path = tmp_path / "terminal.json"
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ({"terminal_slot": 2.5}, ("terminal_slot", "2.5", "1–9 的整数")),
        ({"terminal_slot": True}, ("terminal_slot", "true", "1–9 的整数")),
        ({"terminal_slot": "2"}, ("terminal_slot", '"2"', "1–9 的整数")),
        ({"terminal_slot": 0}, ("terminal_slot", "0", "1–9 的整数")),
        ({"terminal_slot": 10}, ("terminal_slot", "10", "1–9 的整数")),
        ({"terminal_code": 7}, ("terminal_code", "7", "文字")),
        ({"terminal_code": "  "}, ("terminal_code", "不能为空")),
        ({"operator": None}, ("operator", "null", "文字")),
        ({"auto_print_ticket": "yes"}, ("auto_print_ticket", "true 或 false")),
        ({"auto_print_ticket": 1}, ("auto_print_ticket", "true 或 false")),
        ({"receipt_layout": "a5"}, ("receipt_layout", '"a4"', '"80mm"')),
        ({"connect_timeout_seconds": 0}, ("connect_timeout_seconds", "秒数")),
        ({"connect_timeout_seconds": "5"}, ("connect_timeout_seconds", "秒数")),
        ([1, 2], ("JSON 对象",)),
        ('{"terminal_slot": 2,', ("不是有效的 JSON", "第 1 行")),
    ],
    ids=lambda value: json.dumps(value, ensure_ascii=False)[:30],
)
def test_bad_settings_are_reported_with_file_field_and_what_is_allowed(
    tmp_path: Path, content: Any, words: tuple[str, ...]
) -> None:
    path = _write(tmp_path, content)
    before = path.read_bytes()
    with pytest.raises(StartupError) as raised:
        load_terminal_config(path)
    message = raised.value.message
    assert str(path) in message
    for word in words:
        assert word in message, message
    assert "请改正或删除该文件后重新启动" in message
    assert path.read_bytes() == before


def test_good_settings_load_and_unknown_keys_are_ignored(tmp_path: Path) -> None:
    path = _write(tmp_path, {
        "terminal_code": "FRONT-2", "terminal_slot": 3, "operator": "王五",
        "auto_print_ticket": False, "receipt_layout": "80mm", "connect_timeout_seconds": 2.5,
        "from_a_newer_version": {"x": 1},
    })
    config = load_terminal_config(path)
    assert (config.terminal_code, config.terminal_slot, config.operator) == ("FRONT-2", 3, "王五")
    assert config.auto_print_ticket is False and config.receipt_layout == "80mm"
    assert config.connect_timeout_seconds == 2.5


def test_saved_settings_load_back(tmp_path: Path) -> None:
    path = tmp_path / "terminal.json"
    config = TerminalConfig(terminal_code="FRONT-9", terminal_slot=None, window_name="3号窗口")
    save_terminal_config(config, path)
    assert load_terminal_config(path) == config


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_terminal_config(tmp_path / "none.json") == TerminalConfig()


# ------------------------------------------------------------------ last line of defence


@pytest.mark.parametrize("slot", [2.5, True, "2", 0, 10, None])
def test_a_bad_slot_never_makes_a_number(slot: Any) -> None:
    with pytest.raises(ValueError):
        format_ticket_number(TicketCategory.REGULAR, slot, 1)


@pytest.mark.parametrize("slot", [2.5, True, 0, 10])
def test_a_bad_preferred_slot_is_refused_at_registration(services, slot: Any) -> None:  # type: ignore[no-untyped-def]
    with services.sessions() as session, pytest.raises(TerminalSetupError):
        register_terminal(session, "FRONT-7", slot)


def test_a_bad_slot_never_reaches_the_counter(services) -> None:  # type: ignore[no-untyped-def]
    from desktop.queue.numbering import allocate_ticket_number

    with services.sessions.begin() as session, pytest.raises(ValueError):
        allocate_ticket_number(session, date(2026, 11, 27), TicketCategory.REGULAR, 2.5)  # type: ignore[arg-type]
