"""Tests for desktop.settings.registry and SettingsService: one spec per key, typed reads,
one checked write path in one transaction, and the centre's details still to fill in."""

from __future__ import annotations

import ast
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from db.models import Setting
from desktop.settings import registry
from desktop.settings.registry import (
    SPECS,
    CentreDetailsMissing,
    Settings,
    SettingsError,
    default_settings,
    missing_centre_details,
    require_centre_details,
)

ROOT = Path(__file__).resolve().parents[4]


@pytest.fixture
def settings(services):  # type: ignore[no-untyped-def]
    return services.settings


def commits(services) -> list[int]:  # type: ignore[no-untyped-def]
    """A list that grows by one per committed transaction on the services' engine."""
    seen: list[int] = []
    event.listen(services.engine, "commit", lambda _conn: seen.append(1))
    return seen


def store_raw(services, key: str, value: str) -> None:  # type: ignore[no-untyped-def]
    with services.sessions.begin() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value


# ---- the registry ------------------------------------------------------------------------


def test_every_key_has_one_spec_and_the_snapshot_has_every_user_key() -> None:
    assert all(key == spec.key for key, spec in SPECS.items())
    assert [f.name for f in fields(Settings)] == [
        key for key, spec in SPECS.items() if not spec.internal]
    assert SPECS["last_closed_service_day"].internal
    for spec in SPECS.values():
        assert spec.label and spec.used_by, spec.key
        # The default is a value the spec itself accepts (internal ones are not cleaned).
        if not spec.internal:
            assert spec.clean(spec.default) == spec.default, spec.key


def _setting_keys_named_in(path: Path) -> set[str]:
    """String constants compared with Setting.key or passed to Setting(key=…)."""
    keys: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Setting":
            keys |= {kw.value.value for kw in node.keywords
                     if kw.arg == "key" and isinstance(kw.value, ast.Constant)}
    return keys


def test_no_module_outside_the_registry_writes_a_setting_row() -> None:
    """One owner of the table: Setting(...) rows are made only in the registry."""
    writers = [
        path.relative_to(ROOT).as_posix()
        for folder in ("desktop", "ui", "db")
        for path in (ROOT / folder).rglob("*.py")
        if "Setting(key=" in path.read_text(encoding="utf-8")
    ]
    assert sorted(writers) == ["desktop/settings/registry.py"]
    # Every key any module names is declared.
    for folder in ("desktop",):
        for path in (ROOT / folder).rglob("*.py"):
            assert _setting_keys_named_in(path) <= set(SPECS), path


def test_defaults_are_the_statutory_limits_and_nothing_is_seeded(settings, services) -> None:  # type: ignore[no-untyped-def]
    defaults = default_settings()
    assert (defaults.accept_notice_days, defaults.handling_days,
            defaults.handling_extension_days) == (15, 60, 30)
    assert (defaults.calling_recall_limit, defaults.board_voice_enabled) == (3, True)
    assert defaults.centre_address == defaults.centre_phone == ""
    with services.sessions() as session:
        stored = {row.key for row in session.query(Setting)}
    # Only what the test fixture filled in (conftest CENTRE_DETAILS) is stored.
    assert stored == {"centre_address", "centre_phone"}
    assert settings.snapshot() == Settings(**{
        **{f.name: getattr(defaults, f.name) for f in fields(Settings)},
        "centre_address": "海口市美兰区海府路 1 号", "centre_phone": "0898-66668888",
    })


def test_typed_reads(settings) -> None:  # type: ignore[no-untyped-def]
    assert settings.get(registry.HANDLING_DAYS) == 60
    assert settings.get("board_voice_enabled") is True
    assert settings.get(registry.LAST_CLOSED_SERVICE_DAY) is None
    with pytest.raises(KeyError):
        settings.get("colour")


@pytest.mark.parametrize(
    ("key", "stored", "read"),
    [
        ("handling_days", "abc", 60),
        ("handling_days", "400", 365),  # clamped into the bounds
        ("calling_recall_limit", "12", 9),
        ("calling_recall_limit", "-1", 0),
        ("board_voice_enabled", "0", False),
        ("board_voice_enabled", "off", False),
        ("board_voice_enabled", "maybe", True),
        ("last_closed_service_day", "2026-11-30", date(2026, 11, 30)),
        ("last_closed_service_day", "yesterday", None),
        # The stand-ins seeded by the first version count as not filled in.
        ("centre_address", "海口市美兰区（地址请在设置中填写）", ""),
        ("centre_phone", "0898-12345", ""),
    ],
)
def test_stored_text_reads_as_a_typed_value(settings, services, key, stored, read) -> None:  # type: ignore[no-untyped-def]
    store_raw(services, key, stored)
    assert settings.get(key) == read
    if not SPECS[key].internal:
        assert getattr(settings.snapshot(), key) == read


# ---- the one write path ------------------------------------------------------------------


def test_update_saves_every_change_in_one_transaction(settings, services) -> None:  # type: ignore[no-untyped-def]
    seen = commits(services)
    change = settings.update({
        "centre_name": "  海口市人民来访接待中心（新址）  ",
        "centre_address": "海口市美兰区海府路 1 号",  # as before: not a change
        "centre_phone": "12345",
        "case_number_prefix": "hk",
        "accept_notice_days": 10,
        "handling_days": "45",
        "handling_extension_days": 20,
        "deadline_roll_over": False,
        "ticket_notice": "请留意叫号。\r\n过号请重新取号。",
        "receipt_notice": "",
        "calling_recall_limit": 5,
        "board_voice_enabled": False,
    })
    assert len(seen) == 1
    assert change.settings == Settings(
        centre_name="海口市人民来访接待中心（新址）",
        centre_address="海口市美兰区海府路 1 号",
        centre_phone="12345",
        case_number_prefix="HK",
        accept_notice_days=10,
        handling_days=45,
        handling_extension_days=20,
        deadline_roll_over=False,
        ticket_notice="请留意叫号。\n过号请重新取号。",
        receipt_notice="",
        calling_recall_limit=5,
        board_voice_enabled=False,
    )
    # The reception settings (desktop/reception) are not in this update.
    assert change.changed == set(SPECS) - {"centre_address", "last_closed_service_day"} - {
        key for key in SPECS if key.startswith("reception_")}
    assert settings.snapshot() == change.settings
    # The other wings read the same rows.
    assert services.registration.deadline_rules().handling_days == 45
    assert services.reference.centre_settings() == change.settings


def test_saving_the_same_values_changes_nothing(settings) -> None:  # type: ignore[no-untyped-def]
    before = settings.snapshot()
    change = settings.update({"handling_days": before.handling_days, "centre_name": " "
                              + before.centre_name})
    assert change.changed == frozenset()
    assert change.settings == before


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"centre_name": "   "}, "centre_name", "请填写中心名称"),
        ({"centre_name": "中" * 65}, "centre_name", "最多 64 个字"),
        ({"centre_address": "路" * 201}, "centre_address", "最多 200 个字"),
        ({"centre_phone": "1" * 33}, "centre_phone", "最多 32 个字"),
        ({"case_number_prefix": ""}, "case_number_prefix", "1 到 4 个英文字母"),
        ({"case_number_prefix": "XFABC"}, "case_number_prefix", "1 到 4 个英文字母"),
        ({"case_number_prefix": "X1"}, "case_number_prefix", "不能有数字"),
        ({"case_number_prefix": "信访"}, "case_number_prefix", "1 到 4 个英文字母"),
        ({"accept_notice_days": 0}, "accept_notice_days", "1 到 365"),
        ({"handling_days": 366}, "handling_days", "办理时限应为 1 到 365"),
        ({"handling_days": "六十"}, "handling_days", "办理时限"),
        ({"handling_extension_days": -1}, "handling_extension_days", "延期时限"),
        ({"handling_extension_days": True}, "handling_extension_days", "延期时限"),
        ({"ticket_notice": "字" * 301}, "ticket_notice", "最多 300 个字"),
        ({"receipt_notice": "字" * 301}, "receipt_notice", "回执提示语太长"),
        ({"calling_recall_limit": 10}, "calling_recall_limit", "重呼次数上限应为 0 到 9"),
        ({"calling_recall_limit": -1}, "calling_recall_limit", "0 表示不能重呼"),
    ],
)
def test_bounds_are_refused_with_the_field(settings, changes, field, text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SettingsError) as caught:
        settings.update(changes)
    assert caught.value.field == field
    assert text in caught.value.message


def test_a_failing_second_value_leaves_the_first_unchanged(settings, services) -> None:  # type: ignore[no-untyped-def]
    before = settings.snapshot()
    seen = commits(services)
    with pytest.raises(SettingsError) as caught:
        settings.update({"centre_name": "新名称", "calling_recall_limit": 3,
                         "handling_days": 0})
    assert caught.value.field == "handling_days"
    assert seen == []
    assert settings.snapshot() == before


def test_a_failing_write_rolls_back_every_value(settings, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Checked values that fail while being stored (e.g. the disk) leave all unchanged."""
    before = settings.snapshot()
    real_store = registry.store
    calls: list[str] = []

    def store(session, spec, value):  # type: ignore[no-untyped-def]
        calls.append(spec.key)
        if len(calls) == 2:
            raise OSError("disk full")
        real_store(session, spec, value)

    monkeypatch.setattr("desktop.settings.service.store", store)
    with pytest.raises(OSError):
        settings.update({"centre_name": "新名称", "handling_days": 30})
    assert len(calls) == 2
    assert settings.snapshot() == before


def test_limits_are_accepted_at_the_edges(settings) -> None:  # type: ignore[no-untyped-def]
    new = settings.update({
        "centre_name": "中" * 64, "accept_notice_days": 1, "handling_days": 365,
        "case_number_prefix": "ABCD", "ticket_notice": "字" * 300, "calling_recall_limit": 0,
    }).settings
    assert new.centre_name == "中" * 64
    assert (new.accept_notice_days, new.handling_days, new.calling_recall_limit) == (1, 365, 0)


def test_pasted_line_breaks_become_spaces_in_one_line_fields(settings) -> None:  # type: ignore[no-untyped-def]
    change = settings.update({"centre_address": "海口市\n美兰区\t海府路"})
    assert change.settings.centre_address == "海口市 美兰区 海府路"


def test_unknown_wrongly_typed_and_internal_keys_are_programming_errors(settings) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError, match="colour"):
        settings.update({"colour": "red"})
    with pytest.raises(TypeError):
        settings.update({"board_voice_enabled": "yes"})
    with pytest.raises(TypeError):
        settings.update({"centre_name": 5})
    with pytest.raises(ValueError, match="last_closed_service_day"):
        settings.update({"last_closed_service_day": date(2026, 11, 30)})


def test_reference_service_keeps_its_settings_calls_on_the_same_path(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SettingsError):
        services.reference.update_centre_settings(handling_days=0)
    assert services.reference.update_centre_settings(handling_days=30).handling_days == 30
    assert services.settings.get(registry.HANDLING_DAYS) == 30


# ---- the centre's details ------------------------------------------------------------------


def test_missing_centre_details(settings) -> None:  # type: ignore[no-untyped-def]
    assert settings.missing_centre_details() == ()
    settings.update({"centre_address": "", "centre_phone": " "})
    assert settings.missing_centre_details() == ("centre_address", "centre_phone")
    assert missing_centre_details(default_settings()) == ("centre_address", "centre_phone")


def test_require_centre_details_says_where_to_fill_them_in() -> None:
    with pytest.raises(CentreDetailsMissing) as caught:
        require_centre_details(default_settings())
    assert caught.value.message == (
        "中心地址和电话尚未填写，不能打印回执：请在 工具 → 系统设置 → 中心信息 中填写后再打印")
    assert caught.value.field == "centre_address"
    filled = Settings(**{**default_settings().__dict__, "centre_address": "海府路 1 号",
                         "centre_phone": "12345"})
    require_centre_details(filled)  # nothing missing: no error
