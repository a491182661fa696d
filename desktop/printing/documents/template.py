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
    # Only an accepted matter gets a 受理凭证 (proof of acceptance); a refusal or a
    # redirection to a legal channel must not look like one.
    return MappingProxyType(
        {
            "accepted": "来访登记回执（受理凭证）",
            "answered": "来访登记回执",
            "legal_channel": "来访登记回执",
            "not_accepted": "来访登记回执",
        }
    )


def _outcome_notices() -> MappingProxyType[str, str]:
    # `{channel}` / `{reason}` are filled from VisitReceipt.channel_or_reason.
    return MappingProxyType(
        {
            "accepted": (
                "您反映的事项已登记受理，将依照《信访工作条例》在规定期限内办理并告知结果，"
                "期限见上表。可凭信访件编号和查询码查询办理进展。"
            ),
            "answered": (
                "您反映的事项已当场答复。如有新的情况，可凭信访件编号和查询码咨询，或再次来访反映。"
            ),
            "legal_channel": (
                "您反映的事项属于依法通过诉讼、仲裁、行政复议等法定途径解决的事项，"
                "请您向以下机关/途径提出：\n{channel}"
            ),
            "not_accepted": "不予受理告知：{reason}",
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
