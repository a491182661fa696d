"""The settings registry: every centre-wide setting (the `setting` table) declared once.

Each key has one spec here: its Python type, default, bounds, the Chinese label used in
messages, and the wings that read it. Nothing else reads or writes the table by key
name: values are read with `read_settings` / `read_value` and written with `store`
(inside the caller's transaction) or `SettingsService.update` (desktop.settings.service,
the one write path for what the centre edits in 系统设置).

A stored value that no longer parses (hand-edited, or written by an older version)
reads as its default; a shipped placeholder (the first version seeded a made-up address
and phone) reads as "", i.e. not filled in, so it never prints as if it were real.
An absent row reads as its default too: nothing is seeded into the table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Setting
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.text import clean_text

T = TypeVar("T")

MIN_DAYS = 1
MAX_DAYS = 365
MAX_RECALL_LIMIT = 9


class SettingsError(UserError):
    """A setting value the centre has to correct; `field` is the setting's key."""


class CentreDetailsMissing(UserError):
    """A document that would print the centre's details while some are not filled in."""


@dataclass(frozen=True, kw_only=True)
class SettingSpec(Generic[T]):
    """One key of the `setting` table. Subclasses say how a value is checked and stored."""

    key: str
    label: str  # QT_TRANSLATE_NOOP("Fields", ...): the setting's name in messages and lists
    default: T
    used_by: tuple[str, ...]  # the wings (desktop/<wing>) that read it
    # Bookkeeping written by its own wing (e.g. the last closed service day): not shown
    # in 系统设置 and not accepted by SettingsService.update.
    internal: bool = False

    def clean(self, value: object) -> T:
        """The value to store, or SettingsError(field=key) saying what is allowed."""
        raise NotImplementedError

    def parse(self, stored: str) -> T:
        """The stored text as a value; never raises (nonsense reads as the default)."""
        raise NotImplementedError

    def dump(self, value: T) -> str:
        return str(value)

    def is_missing(self, value: T) -> bool:
        """True while a detail the documents need is not filled in."""
        return False


@dataclass(frozen=True, kw_only=True)
class TextSetting(SettingSpec[str]):
    max_length: int
    multiline: bool = False
    # Set: an empty value is refused with this message (the name heads every slip).
    required_error: str | None = None
    # Set: the value must match (after strip, and upper-casing when `upper`).
    pattern: re.Pattern[str] | None = None
    pattern_error: str = ""
    upper: bool = False
    # The documents need it: empty means "not filled in" (see missing_centre_details).
    needed_on_documents: bool = False
    # Values shipped as stand-ins by earlier versions; they read as "" (not filled in).
    placeholders: frozenset[str] = field(default_factory=frozenset)

    def clean(self, value: object) -> str:
        if not isinstance(value, str):
            raise TypeError(f"{self.key} must be a string, not {type(value).__name__}")
        if self.pattern is not None:
            text = value.strip().upper() if self.upper else value.strip()
            if not self.pattern.fullmatch(text):
                raise SettingsError(self.pattern_error, field=self.key)
            return text
        text = clean_text(value, field=self.key, label=self.label, limit=self.max_length,
                          multiline=self.multiline, error=SettingsError)
        if not text and self.required_error is not None:
            raise SettingsError(self.required_error, field=self.key)
        return text

    def parse(self, stored: str) -> str:
        return "" if stored in self.placeholders else stored

    def is_missing(self, value: str) -> bool:
        return self.needed_on_documents and not value.strip()


@dataclass(frozen=True, kw_only=True)
class IntSetting(SettingSpec[int]):
    minimum: int
    maximum: int
    # Says the allowed range with {low} and {high}; names the setting in full, because a
    # label passed as a parameter would stay Chinese in the English UI.
    range_error: str

    def clean(self, value: object) -> int:
        number: int | None
        if isinstance(value, bool):
            number = None  # True is an int to Python, not a number of days to a person
        elif isinstance(value, int):
            number = value
        else:
            try:
                number = int(str(value).strip())
            except ValueError:
                number = None
        if number is None or not self.minimum <= number <= self.maximum:
            raise SettingsError(self.range_error, field=self.key, low=self.minimum,
                                high=self.maximum)
        return number

    def parse(self, stored: str) -> int:
        try:
            number = int(stored.strip())
        except ValueError:
            return self.default
        return min(max(number, self.minimum), self.maximum)


_TRUE = frozenset({"1", "true", "on", "yes"})
_FALSE = frozenset({"0", "false", "off", "no"})


@dataclass(frozen=True, kw_only=True)
class BoolSetting(SettingSpec[bool]):
    def clean(self, value: object) -> bool:
        if not isinstance(value, bool):
            raise TypeError(f"{self.key} must be a bool, not {type(value).__name__}")
        return value

    def parse(self, stored: str) -> bool:
        text = stored.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        return self.default

    def dump(self, value: bool) -> str:
        return "1" if value else "0"


@dataclass(frozen=True, kw_only=True)
class DateSetting(SettingSpec[date | None]):
    def clean(self, value: object) -> date | None:
        if value is not None and not isinstance(value, date):
            raise TypeError(f"{self.key} must be a date, not {type(value).__name__}")
        return value

    def parse(self, stored: str) -> date | None:
        try:
            return date.fromisoformat(stored.strip())
        except ValueError:
            return self.default

    def dump(self, value: date | None) -> str:
        return value.isoformat() if value is not None else ""


# ---- the settings -----------------------------------------------------------------------

CENTRE_NAME = TextSetting(
    key="centre_name", label=QT_TRANSLATE_NOOP("Fields", "中心名称"),
    default="海口市人民来访接待中心", used_by=("printing", "queue"), max_length=64,
    required_error=QT_TRANSLATE_NOOP("Errors", "请填写中心名称，它印在号票和回执的抬头上"),
    needed_on_documents=True,
)
CENTRE_ADDRESS = TextSetting(
    key="centre_address", label=QT_TRANSLATE_NOOP("Fields", "地址"), default="",
    used_by=("printing",), max_length=200, needed_on_documents=True,
    placeholders=frozenset({"海口市美兰区（地址请在设置中填写）"}),
)
CENTRE_PHONE = TextSetting(
    key="centre_phone", label=QT_TRANSLATE_NOOP("Fields", "联系电话"), default="",
    used_by=("printing",), max_length=32, needed_on_documents=True,
    placeholders=frozenset({"0898-12345"}),
)
CASE_NUMBER_PREFIX = TextSetting(
    key="case_number_prefix", label=QT_TRANSLATE_NOOP("Fields", "信访件编号前缀"),
    default="XF", used_by=("cases",), max_length=4, pattern=re.compile(r"[A-Z]{1,4}"),
    upper=True,
    pattern_error=QT_TRANSLATE_NOOP(
        "Errors", "信访件编号前缀应为 1 到 4 个英文字母（如 XF），不能有数字、汉字或空格"),
)
ACCEPT_NOTICE_DAYS = IntSetting(
    key="accept_notice_days", label=QT_TRANSLATE_NOOP("Fields", "受理告知时限"), default=15,
    used_by=("cases", "printing"), minimum=MIN_DAYS, maximum=MAX_DAYS,
    range_error=QT_TRANSLATE_NOOP(
        "Errors", "受理告知时限应为 {low} 到 {high} 之间的整天数（法定 15 天）"),
)
HANDLING_DAYS = IntSetting(
    key="handling_days", label=QT_TRANSLATE_NOOP("Fields", "办理时限"), default=60,
    used_by=("cases", "printing"), minimum=MIN_DAYS, maximum=MAX_DAYS,
    range_error=QT_TRANSLATE_NOOP(
        "Errors", "办理时限应为 {low} 到 {high} 之间的整天数（法定 60 天）"),
)
HANDLING_EXTENSION_DAYS = IntSetting(
    key="handling_extension_days", label=QT_TRANSLATE_NOOP("Fields", "延期时限"), default=30,
    used_by=("cases", "printing"), minimum=MIN_DAYS, maximum=MAX_DAYS,
    range_error=QT_TRANSLATE_NOOP(
        "Errors", "延期时限应为 {low} 到 {high} 之间的整天数（法定最多 30 天）"),
)
DEADLINE_ROLL_OVER = BoolSetting(
    key="deadline_roll_over", label=QT_TRANSLATE_NOOP("Fields", "期限末日遇休息日顺延"),
    default=True, used_by=("cases", "printing"),
)
TICKET_NOTICE = TextSetting(
    key="ticket_notice", label=QT_TRANSLATE_NOOP("Fields", "号票提示语"),
    default="请妥善保管本号票，留意大厅叫号；过号请到前台重新取号。",
    used_by=("printing",), max_length=300, multiline=True,
)
RECEIPT_NOTICE = TextSetting(
    key="receipt_notice", label=QT_TRANSLATE_NOOP("Fields", "回执提示语"),
    default="凭信访件编号和查询码可查询办理进展。请妥善保管本凭证。",
    used_by=("printing",), max_length=300, multiline=True,
)
CALLING_RECALL_LIMIT = IntSetting(
    key="calling_recall_limit", label=QT_TRANSLATE_NOOP("Fields", "重呼次数上限"), default=3,
    used_by=("queue",), minimum=0, maximum=MAX_RECALL_LIMIT,
    range_error=QT_TRANSLATE_NOOP(
        "Errors", "重呼次数上限应为 {low} 到 {high} 之间的整数（0 表示不能重呼）"),
)
BOARD_VOICE_ENABLED = BoolSetting(
    key="board_voice_enabled", label=QT_TRANSLATE_NOOP("Fields", "大厅语音播报"),
    default=True, used_by=("queue",),
)
RECEPTION_PUBLISH_DAYS = IntSetting(
    key="reception_publish_days", label=QT_TRANSLATE_NOOP("Fields", "接访日程提前公布天数"),
    default=3, used_by=("reception",), minimum=0, maximum=30,
    range_error=QT_TRANSLATE_NOOP(
        "Errors", "接访日程提前公布天数应为 {low} 到 {high} 之间的整数（通常为 3 天）"),
)
RECEPTION_BOOKING_CUTOFF = TextSetting(
    key="reception_booking_cutoff", label=QT_TRANSLATE_NOOP("Fields", "预约截止时间"),
    default="17:00", used_by=("reception",), max_length=5,
    pattern=re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]"),
    pattern_error=QT_TRANSLATE_NOOP(
        "Errors", "预约截止时间应写成 时:分（如 17:00），指接访日前一个工作日的该时刻"),
)
RECEPTION_BOOKING_RULES = TextSetting(
    key="reception_booking_rules", label=QT_TRANSLATE_NOOP("Fields", "领导接访预约须知"),
    default=("来访群众请于接访日前一个工作日 17:00 前预约，来访时携带本人身份证件和书面材料。"
             "反映的问题应属于接访领导的分管领域；已受理或正在办理的事项、已办结或已过复查复核期限的"
             "事项不予预约。集体访请推选不超过 5 名代表。"),
    used_by=("reception",), max_length=600, multiline=True,
)
RECEPTION_REPLY_DAYS = IntSetting(
    key="reception_reply_days", label=QT_TRANSLATE_NOOP("Fields", "领导批示书面回复期限（天）"),
    default=15, used_by=("reception",), minimum=1, maximum=90,
    range_error=QT_TRANSLATE_NOOP(
        "Errors", "领导批示书面回复期限应为 {low} 到 {high} 之间的整数（通常为 15 天）"),
)
RECEPTION_FINISH_DAYS = IntSetting(
    key="reception_finish_days", label=QT_TRANSLATE_NOOP("Fields", "领导批示办结期限（天）"),
    default=30, used_by=("reception",), minimum=1, maximum=180,
    range_error=QT_TRANSLATE_NOOP(
        "Errors", "领导批示办结期限应为 {low} 到 {high} 之间的整数（通常为 30 天）"),
)
LAST_CLOSED_SERVICE_DAY = DateSetting(
    key="last_closed_service_day", label=QT_TRANSLATE_NOOP("Fields", "最后关闭的服务日"),
    default=None, used_by=("queue",), internal=True,
)

SPECS: Mapping[str, SettingSpec[Any]] = {
    spec.key: spec
    for spec in (
        CENTRE_NAME, CENTRE_ADDRESS, CENTRE_PHONE, CASE_NUMBER_PREFIX,
        ACCEPT_NOTICE_DAYS, HANDLING_DAYS, HANDLING_EXTENSION_DAYS, DEADLINE_ROLL_OVER,
        TICKET_NOTICE, RECEIPT_NOTICE, CALLING_RECALL_LIMIT, BOARD_VOICE_ENABLED,
        RECEPTION_PUBLISH_DAYS, RECEPTION_BOOKING_CUTOFF, RECEPTION_BOOKING_RULES,
        RECEPTION_REPLY_DAYS, RECEPTION_FINISH_DAYS, LAST_CLOSED_SERVICE_DAY,
    )
}
# The centre's details every document prints, in the order messages list them.
CENTRE_DETAILS: tuple[TextSetting, ...] = (CENTRE_NAME, CENTRE_ADDRESS, CENTRE_PHONE)


@dataclass(frozen=True)
class Settings:
    """Every setting the centre edits, typed; field names are the registry keys."""

    centre_name: str
    centre_address: str
    centre_phone: str
    case_number_prefix: str
    accept_notice_days: int
    handling_days: int
    handling_extension_days: int
    # 民法典 §203: a period whose last day is a rest day ends on the next working day.
    deadline_roll_over: bool
    ticket_notice: str
    receipt_notice: str
    calling_recall_limit: int
    board_voice_enabled: bool
    # 领导接访日 (desktop/reception); defaults so snapshots built by hand may leave them out.
    reception_publish_days: int = RECEPTION_PUBLISH_DAYS.default
    reception_booking_cutoff: str = RECEPTION_BOOKING_CUTOFF.default
    reception_booking_rules: str = RECEPTION_BOOKING_RULES.default
    reception_reply_days: int = RECEPTION_REPLY_DAYS.default  # 批示: written reply
    reception_finish_days: int = RECEPTION_FINISH_DAYS.default  # 批示: finished


USER_KEYS: tuple[str, ...] = tuple(key for key, spec in SPECS.items() if not spec.internal)
if tuple(item.name for item in fields(Settings)) != USER_KEYS:  # pragma: no cover
    raise RuntimeError("Settings must have one field per non-internal registry key, in order")


def spec_for(key: str) -> SettingSpec[Any]:
    try:
        return SPECS[key]
    except KeyError:
        raise KeyError(f"unknown setting: {key}") from None


def default_settings() -> Settings:
    return Settings(**{key: SPECS[key].default for key in USER_KEYS})


def settings_from(stored: Mapping[str, str]) -> Settings:
    """The snapshot for the stored texts (absent keys take their defaults)."""
    values: dict[str, Any] = {}
    for key in USER_KEYS:
        spec = SPECS[key]
        text = stored.get(key)
        values[key] = spec.default if text is None else spec.parse(text)
    return Settings(**values)


def missing_centre_details(settings: Settings) -> tuple[str, ...]:
    """Keys of the centre's details (name, address, phone) not filled in yet."""
    return tuple(spec.key for spec in CENTRE_DETAILS
                 if spec.is_missing(getattr(settings, spec.key)))


def require_centre_details(settings: Settings) -> None:
    """Refuse a receipt that would print without the centre's address or phone."""
    missing = missing_centre_details(settings)
    if missing:
        raise CentreDetailsMissing(
            QT_TRANSLATE_NOOP(
                "Errors",
                "中心地址和电话尚未填写，不能打印回执：请在 工具 → 系统设置 → 中心信息 中填写后再打印",  # noqa: E501
            ),
            field=missing[0],
        )


def clean_changes(changes: Mapping[str, object]) -> dict[str, Any]:
    """Every value checked against its spec (first refusal raises, field=key).

    Unknown or internal keys are programming errors (KeyError / ValueError)."""
    cleaned: dict[str, Any] = {}
    for key, value in changes.items():
        spec = spec_for(key)
        if spec.internal:
            raise ValueError(f"{key} is bookkeeping of its own wing, not a user setting")
        cleaned[key] = spec.clean(value)
    return cleaned


# ---- the table (inside the caller's transaction) ------------------------------------------


def read_settings(session: Session) -> Settings:
    """All user settings in one query."""
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(USER_KEYS)))
    return settings_from({key: value for key, value in rows})


def read_value(session: Session, spec: SettingSpec[T]) -> T:
    row = session.get(Setting, spec.key)
    return spec.default if row is None else spec.parse(row.value)


def store(session: Session, spec: SettingSpec[T], value: T) -> None:
    """Write one (already checked) value; the only place that writes the table."""
    text = spec.dump(value)
    row = session.get(Setting, spec.key)
    if row is None:
        session.add(Setting(key=spec.key, value=text))
    else:
        row.value = text
