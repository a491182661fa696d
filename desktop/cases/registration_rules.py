"""What 接谈登记 accepts: the input, its checks (one message per wrong input, naming the
field), and the sorting rules the form applies as the clerk chooses (which units come
first for a 检举控告 or a 涉法涉诉 matter, and when to warn before saving). Pure: no
database, no Qt."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from db.models import Area, ContentCategory, Visit, Visitor
from desktop.cases.units import UnitItem
from desktop.domain import (
    ACCUSATION_UNIT_KINDS,
    FLAG_LABELS,
    LAW_RELATED_UNIT_KINDS,
    LEGAL_CHANNEL_LIST,
    LEGAL_CHANNELS_BY_KEY,
    LegalChannel,
    MatterSort,
    Purpose,
    Route,
    UnitKind,
)
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.queue.tickets import InvalidInput
from desktop.text import clean_text, column_length

MAX_SUMMARY_LENGTH = 20_000
MAX_BASIS_LENGTH = 2_000
MAX_UNIT_LENGTH = column_length(Visit.route_unit)
MAX_CHANNEL_LENGTH = column_length(Visit.route_channel)
MAX_ADDRESS_LENGTH = column_length(Visitor.current_address)
MAX_CODE_LENGTH = column_length(ContentCategory.code)
MAX_RESPONDENT_LENGTH = column_length(Visit.respondent)
MAX_DOCUMENT_NUMBER_LENGTH = column_length(Visit.transfer_document_number)

# (field, label, limit, multiline) of every text the registration stores.
TEXT_FIELDS: dict[str, tuple[str, int, bool]] = {
    "summary": (QT_TRANSLATE_NOOP("Fields", "事项概况"), MAX_SUMMARY_LENGTH, True),
    "demands": (QT_TRANSLATE_NOOP("Fields", "诉求内容"), MAX_SUMMARY_LENGTH, True),
    "content_category_code": (QT_TRANSLATE_NOOP("Fields", "内容分类"), MAX_CODE_LENGTH, False),
    "area_code": (QT_TRANSLATE_NOOP("Fields", "问题属地"), column_length(Area.code), False),
    "route_unit_code": (QT_TRANSLATE_NOOP("Fields", "承办单位"),
                        column_length(Visit.route_unit_code), False),
    "route_channel": (QT_TRANSLATE_NOOP("Fields", "法定途径"), MAX_CHANNEL_LENGTH, False),
    "route_reason": (QT_TRANSLATE_NOOP("Fields", "不予受理理由"), MAX_SUMMARY_LENGTH, True),
    "route_basis": (QT_TRANSLATE_NOOP("Fields", "不予受理依据"), MAX_BASIS_LENGTH, True),
    "transfer_document_number": (QT_TRANSLATE_NOOP("Fields", "转送文号"),
                                 MAX_DOCUMENT_NUMBER_LENGTH, False),
    "respondent": (QT_TRANSLATE_NOOP("Fields", "被反映人或单位"), MAX_RESPONDENT_LENGTH,
                   False),
    "materials": (QT_TRANSLATE_NOOP("Fields", "提交材料"), MAX_SUMMARY_LENGTH, True),
    "current_address": (QT_TRANSLATE_NOOP("Fields", "现住址"), MAX_ADDRESS_LENGTH, False),
    "hukou_address": (QT_TRANSLATE_NOOP("Fields", "户籍地址"),
                      column_length(Visitor.hukou_address), False),
    "work_unit": (QT_TRANSLATE_NOOP("Fields", "工作单位"), column_length(Visitor.work_unit),
                  False),
}
# The form's names for some of them (the UI puts the cursor by these).
FORM_FIELD = {"content_category_code": "content_category", "area_code": "area",
              "route_unit_code": "route_unit"}
# The route's own details: only the chosen route's are kept (and checked).
_ROUTE_DETAILS: dict[str, frozenset[Route]] = {
    "route_unit_code": frozenset({Route.TRANSFERRED, Route.LEGAL_CHANNEL}),
    "route_channel": frozenset({Route.LEGAL_CHANNEL}),
    "route_reason": frozenset({Route.NOT_ACCEPTED}),
    "route_basis": frozenset({Route.NOT_ACCEPTED}),
    "transfer_document_number": frozenset({Route.TRANSFERRED}),
}


@dataclass(frozen=True)
class RegistrationInput:
    summary: str
    demands: str
    content_category_code: str
    area_code: str
    purpose: Purpose
    route: Route
    matter_sort: MatterSort | None = None  # 三分类: required
    # 转送/交办: the unit; 依法分类处理: the body the channel names. From the directory.
    route_unit_code: str = ""
    route_channel: str = ""  # a LEGAL_CHANNELS_BY_KEY key (an old row's label is accepted)
    route_reason: str = ""   # 不予受理: the reason …
    route_basis: str = ""    # … and the rule it rests on, e.g. 《信访工作条例》第三十二条
    transferred_on: date | None = None  # 转送日期: default the day received
    transfer_document_number: str = ""  # 转送文号 (optional)
    respondent: str = ""  # 被反映人或单位 (optional; never printed)
    materials: str = ""   # 来访人提交的材料 (optional)
    flags: frozenset[str] = frozenset()
    involved_count: int | None = None
    current_address: str = ""
    hukou_address: str = ""
    work_unit: str = ""
    finish: bool = False  # also mark the ticket 已办结


def legal_channel_for(stored: str | None) -> LegalChannel | None:
    """The channel a visit's `route_channel` names: its key, or (old rows) its label."""
    if not stored:
        return None
    channel = LEGAL_CHANNELS_BY_KEY.get(stored)
    if channel is not None:
        return channel
    return next((c for c in LEGAL_CHANNEL_LIST if c.label == stored), None)


def validate(data: RegistrationInput) -> RegistrationInput:
    """The input cleaned and checked (the first problem raises InvalidInput naming the
    field); the details of routes not chosen are dropped."""
    kept: dict[str, Any] = {name: (getattr(data, name) if data.route in routes else "")
            for name, routes in _ROUTE_DETAILS.items()}
    data = dataclasses.replace(
        data, **kept,
        transferred_on=data.transferred_on if data.route is Route.TRANSFERRED else None,
    )
    text: dict[str, Any] = {
        name: clean_text(getattr(data, name), field=FORM_FIELD.get(name, name),
                         label=label, limit=limit, multiline=multiline,
                         error=InvalidInput)
        for name, (label, limit, multiline) in TEXT_FIELDS.items()
    }
    data = dataclasses.replace(data, **text)
    if data.matter_sort is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "请选择三分类（建议意见、检举控告或申诉求决）"),
            field="matter_sort")
    if not data.summary:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "请填写事项概况"), field="summary")
    if not data.demands:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "请填写诉求内容"), field="demands")
    if not data.content_category_code:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "请选择内容分类"),
                           field="content_category")
    if not data.area_code:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "请选择问题属地"), field="area")
    unknown = data.flags - FLAG_LABELS.keys()
    if unknown:
        raise ValueError(f"unknown flags: {sorted(unknown)}")
    if data.route is Route.TRANSFERRED and not data.route_unit_code:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "转送/交办请从承办单位名录中选择承办单位"),
            field="route_unit")
    if data.route is Route.LEGAL_CHANNEL:
        channel = legal_channel_for(data.route_channel)
        if channel is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "依法分类处理请选择应走的法定途径（如诉讼、仲裁、行政复议）"),
                field="route_channel")
        data = dataclasses.replace(data, route_channel=channel.key)
        if not data.route_unit_code:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "请选择受理该法定途径的机关（告知书上写明）"),
                field="route_unit")
    if data.route is Route.NOT_ACCEPTED:
        if not data.route_reason:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "不予受理请填写理由，告知书上会告知来访人"),
                field="route_reason")
        if not data.route_basis:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "不予受理请填写依据，如“《信访工作条例》第三十二条”"),
                field="route_basis")
    if data.involved_count is not None and not 1 <= data.involved_count <= 1_000_000:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "涉及人数应为正整数"), field="involved_count")
    return data


def check_transfer_date(transferred_on: date, received_on: date, today: date) -> None:
    if transferred_on < received_on:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "转送日期 {day} 早于收到日期 {received}，请核对"),
            field="transferred_on", day=transferred_on.isoformat(),
            received=received_on.isoformat())
    if transferred_on > today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "转送日期 {day} 还没到，请填写实际转送的日期"),
            field="transferred_on", day=transferred_on.isoformat())


def check_unit(unit: UnitItem | None, code: str, route: Route, channel_key: str,
               previous_code: str | None) -> UnitItem:
    """The directory unit a route names: it must exist, be in use (unless the case
    already named it), and for a legal channel be a body of that channel's kind."""
    if unit is None or (not unit.active and code != previous_code):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "承办单位“{code}”不在名录中或已停用，请从列表中选择"),
            field="route_unit", code=code)
    if route is Route.LEGAL_CHANNEL:
        channel = LEGAL_CHANNELS_BY_KEY[channel_key]
        if unit.kind not in channel.body_kinds:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "“{unit}”不受理“{channel}”，请选择相应的机关"),
                field="route_unit", unit=unit.name, channel=channel.label)
    return unit


def preferred_kinds(sort: MatterSort | None, flags: frozenset[str]) -> tuple[UnitKind, ...]:
    """Where a transfer of this matter belongs first: 检举控告 → 纪检监察, 涉法涉诉 → 政法
    (DOMAIN.md "Sort by legal channel"). Empty: no preference."""
    kinds: list[UnitKind] = []
    if sort is MatterSort.ACCUSATION:
        kinds += sorted(ACCUSATION_UNIT_KINDS)
    if "law_related" in flags:
        kinds += [UnitKind.POLITICAL_LEGAL,
                  *sorted(LAW_RELATED_UNIT_KINDS - {UnitKind.POLITICAL_LEGAL})]
    return tuple(kinds)


def units_for_route(units: Sequence[UnitItem], route: Route | None, channel_key: str,
                    sort: MatterSort | None, flags: frozenset[str]
                    ) -> tuple[tuple[UnitItem, ...], UnitItem | None]:
    """The units the route's list offers, in order, and the one to preselect when the
    clerk has not chosen: a transfer lists every unit with the preferred kinds first (and
    preselects the first of them); a legal channel lists only the bodies of its kinds."""
    if route is Route.LEGAL_CHANNEL:
        channel = LEGAL_CHANNELS_BY_KEY.get(channel_key)
        if channel is None:
            return (), None
        bodies = tuple(u for u in units if u.kind in channel.body_kinds)
        return bodies, bodies[0] if len(bodies) == 1 else None
    kinds = preferred_kinds(sort, flags)
    if not kinds:
        return tuple(units), None
    rank = {kind: index for index, kind in enumerate(kinds)}
    ordered = tuple(sorted(units, key=lambda u: rank.get(u.kind, len(kinds))))
    first = ordered[0] if ordered and ordered[0].kind in rank else None
    return ordered, first


ACCUSATION_WARNING = QT_TRANSLATE_NOOP(
    "Errors",
    "这是一件检举控告。检举控告公职人员的事项应由信访部门转送有管辖权的纪检监察机关处理，"
    "一般不作依法分类处理或不予受理。确实要按现在的办理方式登记吗？")


def route_warning(sort: MatterSort | None, route: Route | None) -> str | None:
    """A question to confirm before saving (the service does not refuse it)."""
    if sort is MatterSort.ACCUSATION and route in (Route.LEGAL_CHANNEL, Route.NOT_ACCEPTED):
        return ACCUSATION_WARNING
    return None
