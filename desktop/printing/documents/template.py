"""Every fixed wording and layout number of tickets and receipts, in one place.

Wording is data: a change of a title or a notice is made here and nowhere else. What
differs per centre (name, address, phone, the two notices) comes from `CentreInfo`,
which the settings fill in. Sizes are PDF points (1 mm = 72 / 25.4 pt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from types import MappingProxyType
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .model import VisitReceipt

MM: Final = 72.0 / 25.4

LAYOUTS: Final = ("a4", "80mm")

try:
    _LOCAL_TZ: Any = ZoneInfo("Asia/Shanghai")
except ZoneInfoNotFoundError:  # Windows without the tzdata package
    # China has had no daylight saving since 1991, so a fixed offset is exact.
    _LOCAL_TZ = timezone(timedelta(hours=8), "CST")


def _local(moment: datetime, fmt: str) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        # A naive time could be UTC or local: refuse rather than print a wrong time.
        raise ValueError(f"naive datetime on a receipt: {moment!r}")
    return moment.astimezone(_LOCAL_TZ).strftime(fmt)

# --- Wording ---------------------------------------------------------------------------


def _outcome_titles() -> MappingProxyType[str, str]:
    # A registration receipt is never a 受理凭证 (proof of acceptance): a transfer is not
    # an acceptance, and a refusal or a legal channel must not look like one either.
    return MappingProxyType({outcome: "来访登记回执" for outcome in _outcome_notices()})


def _outcome_notices() -> MappingProxyType[str, str]:
    # Filled by `receipt_notice_text`: {registered} the day registered; {transferred},
    # {unit}, {days}, {due_clause} (transfer); {accepted}; {channel} / {reason}.
    return MappingProxyType(
        {
            "transferred": (
                "您反映的事项已于{registered}登记，并于{transferred}转送/交办{unit}办理。"
                "根据《信访工作条例》，{unit}应当自收到之日起{days}日内决定是否受理"
                "并书面告知您{due_clause}。可凭信访件编号和查询码查询办理进展。"
            ),
            "accepted_here": (
                "您反映的事项已于{registered}登记，本机关已于{accepted}依法受理，"
                "将在办理期限内办理并书面答复您。受理告知书另行出具。"
            ),
            "answered": (
                "您反映的事项已于{registered}登记，并已当场答复。如有新的情况，"
                "可凭信访件编号和查询码咨询，或再次来访反映。"
            ),
            "legal_channel": (
                "您反映的事项已于{registered}登记。该事项属于应当依法通过法定途径解决的事项"
                "（{channel}），受理机关和申请方式见依法分类处理告知书。"
            ),
            "not_accepted": (
                "您反映的事项已于{registered}登记，经审查不予受理，理由：{reason}。"
                "理由和依据见不予受理告知书。"
            ),
        }
    )


@dataclass(frozen=True)
class Texts:
    """All fixed words printed on tickets and receipts."""

    # Ticket (80 mm roll)
    ticket_caption: str = "您的排队号码"
    ticket_issued: str = "取号时间：{time}"
    ticket_people_ahead: str = "前面还有 {n} 人"
    ticket_wait: str = "预计等候：{estimate}"
    ticket_no_wait_estimate: str = "暂无等候时间估计"
    ticket_qr_caption: str = "扫码查询排队进度"
    ticket_people: str = "来访人数：{n} 人"
    ticket_representatives: str = "代表：{names}"

    # Receipt
    receipt_titles: MappingProxyType[str, str] = field(default_factory=_outcome_titles)
    outcome_notices: MappingProxyType[str, str] = field(default_factory=_outcome_notices)
    missing_channel_or_reason: str = "（请向接谈工作人员咨询）"
    due_clause: str = "（预计于{due}前）"
    unknown_unit: str = "有权处理的机关、单位"
    estimated_warning: str = (
        "注：以上日期所在年度的法定节假日尚未公布，暂按双休日推算，公布后可能调整。"
    )
    continued_suffix: str = "（续）"
    label_case_number: str = "信访件编号"
    label_enquiry_code: str = "查询码"
    label_received_at: str = "来访时间"
    label_ticket_number: str = "排队号"
    label_visitor: str = "来访人"
    label_id_number: str = "证件号码"
    label_people_count: str = "来访人数"
    people_count_value: str = "{n} 人"
    label_representatives: str = "代表"
    names_separator: str = "、"
    label_summary: str = "事项概况"
    label_route: str = "处理方式"
    label_receiving_unit: str = "承办单位"
    label_notice: str = "告知事项"
    label_deadlines: str = "办理时限"
    label_date: str = "来访日期"
    no_value: str = "—"
    deadline_due: str = "{label}：{due}"
    qr_hint: str = "扫描二维码，或凭信访件编号和查询码查询办理进展。"
    address: str = "地址：{address}"
    phone: str = "电话：{phone}"
    signature: str = "接待单位（盖章）：{centre}"
    page_number: str = "第 {page} 页 / 共 {pages} 页"

    # Stub (存根) kept by the centre after tearing along the dashed line
    stub_title: str = "存根"
    tear_line: str = "沿虚线裁开：以上交来访人收执，以下存根留存"
    stub_summary_chars: int = 60
    stub_ellipsis: str = "……"

    # Reprint
    reprint_mark: str = "补打"
    reprint_time: str = "补打时间：{time}"

    # Printer test page (打印测试页, print settings)
    check_title: str = "打印测试页"
    check_centre: str = "接待中心：{centre}"
    check_printer: str = "打印机：{printer}"
    check_time: str = "打印时间：{time}"
    check_sample_label: str = "中文样张："
    check_sample: str = "来访接待　排队取号　接谈登记　受理凭证　回执存根"
    check_rare_label: str = "生僻字："
    check_rare: str = "𠀀 𪚥 䶮 堃 喆 赟 昇 玥 珺"
    check_hint: str = "以上文字都清楚完整，这台打印机即可打印号票和回执。"

    # Date / time formats (always shown in Asia/Shanghai)
    datetime_format: str = "%Y-%m-%d %H:%M"
    receipt_datetime_format: str = "%Y年%m月%d日 %H:%M"
    date_format: str = "%Y年%m月%d日"


TEXTS: Final = Texts()


def receipt_notice_text(receipt: VisitReceipt) -> str:
    """The registration receipt's 告知事项 (a `VisitReceipt`), dates from the case."""
    detail = (receipt.channel_or_reason or "").strip() or TEXTS.missing_channel_or_reason
    registered = receipt.registered_on.strftime(TEXTS.date_format) if receipt.registered_on \
        else _local(receipt.received_at, TEXTS.date_format)
    due = receipt.accept_notice_due
    return TEXTS.outcome_notices[receipt.outcome].format(
        registered=registered,
        transferred=receipt.transferred_on.strftime(TEXTS.date_format)
        if receipt.transferred_on else registered,
        unit=receipt.receiving_unit or TEXTS.unknown_unit,
        days=receipt.accept_notice_days,
        due_clause=TEXTS.due_clause.format(due=due.strftime(TEXTS.date_format)) if due else "",
        accepted=receipt.accepted_on.strftime(TEXTS.date_format)
        if receipt.accepted_on else registered,
        channel=detail,
        reason=detail,
    )

# --- Layout ----------------------------------------------------------------------------

LINE_SPACING: Final = 1.45  # leading / font size for body text


@dataclass(frozen=True)
class RollLayout:
    """80 mm thermal roll: fixed width, the page grows with its content."""

    width: float = 80 * MM
    margin_x: float = 4 * MM  # most 80 mm printers print 72 mm of the 80
    margin_top: float = 4 * MM
    margin_bottom: float = 6 * MM  # room for the cutter
    # A roll page is capped so viewers and drivers cope; further content goes to
    # another page of the same width.
    max_height: float = 2000 * MM
    centre_size: float = 11.0
    title_size: float = 13.0
    body_size: float = 9.0
    small_size: float = 7.5
    ticket_number_size: float = 48.0
    ticket_number_min_size: float = 18.0  # a longer number shrinks, then wraps
    ticket_category_size: float = 15.0
    ticket_ahead_size: float = 13.0
    label_width: float = 16 * MM
    qr_size: float = 30 * MM
    mark_size: float = 12.0


@dataclass(frozen=True)
class A4Layout:
    width: float = 210 * MM
    height: float = 297 * MM
    margin_x: float = 18 * MM
    margin_top: float = 16 * MM
    margin_bottom: float = 12 * MM
    footer_height: float = 8 * MM  # page numbers
    centre_size: float = 13.0
    title_size: float = 20.0
    body_size: float = 10.5
    value_size: float = 10.5
    key_value_size: float = 12.0  # case number and enquiry code stand out
    small_size: float = 8.5
    label_width: float = 24 * MM
    qr_size: float = 32 * MM
    mark_size: float = 13.0
    stub_title_size: float = 14.0


ROLL: Final = RollLayout()
A4: Final = A4Layout()

# Line breaking (GB/T 15834 / JIS X 4051 style): these may not start a line ...
NO_LINE_START: Final = frozenset("，。、；：？！）」』》〉】〕〗〙〛］｝”’…—·％‰℃,.;:?!)]}%")
# ... and these may not end one.
NO_LINE_END: Final = frozenset("（「『《〈【〔〖〘〚［｛“‘([{")
