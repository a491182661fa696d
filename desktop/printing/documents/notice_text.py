"""Every fixed wording of the notices a visitor is given (受理告知书, 不予受理告知书,
依法分类处理告知书, 延期办理告知书, 办理进展告知单, 不再受理告知书), in one place.

Wording is data, as in template.py (the registration receipt's): desktop.printing.papers
fills the fields from the case's saved dates and steps. Neutral, as an office signs it:
the notices say what was decided, when, on what basis, and what the visitor may do; they
never name the person or unit complained about.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class NoticeTexts:
    # Shared
    addressee: str = "{name}："
    label_case_number: str = "信访件编号"
    label_enquiry_code: str = "查询码"
    label_matter: str = "反映事项"
    matter_withheld: str = "检举控告事项（内容依法保密，不在本文书载明）"
    matter_chars: int = 80
    ellipsis: str = "……"
    closing: str = "　　特此告知。"
    enquiry_hint: str = "可凭信访件编号和查询码（或扫描二维码）查询办理进展。"
    seal: str = "{centre}（盖章）"
    no_value: str = "—"
    continued_suffix: str = "（续）"
    page_number: str = "第 {page} 页 / 共 {pages} 页"
    estimated_warning: str = (
        "注：以上日期所在年度的法定节假日尚未公布，暂按双休日推算，公布后可能调整。"
    )

    # 受理告知书
    acceptance_body: str = (
        "　　您于{received}反映的事项，经审查，本机关已于{accepted}依法受理。"
        "根据《信访工作条例》的规定，本机关将自受理之日起{days}日内办结，"
        "并书面答复您，办理期限至{due}。"
    )
    acceptance_extension: str = (
        "　　情况复杂的，经批准可以适当延长办理期限，但延长期限不超过{days}日，"
        "并将延期理由书面告知您。"
    )
    label_accepted_on: str = "受理日期"
    label_handling_due: str = "办理期限"

    # 不予受理告知书
    refusal_body: str = (
        "　　您于{received}反映的事项，经审查，不符合受理条件，本机关决定不予受理。"
        "理由和依据如下："
    )
    refusal_after: str = "　　如有新的事实和理由，您可以依法另行提出。"
    label_refusal_reason: str = "不予受理理由"
    label_refusal_basis: str = "依据"
    label_decided_on: str = "决定日期"

    # 依法分类处理告知书
    legal_body: str = (
        "　　您于{received}反映的事项，经审查，属于应当依法通过法定途径解决的事项，"
        "不作为信访事项受理。根据《信访工作条例》的规定，请您依照法律、法规规定的程序，"
        "向下列机关提出："
    )
    legal_after: str = (
        "　　请注意法律规定的时效和期限。本告知不影响您依法行使诉讼、仲裁、"
        "行政复议等权利。"
    )
    label_channel: str = "法定途径"
    label_body: str = "受理机关"
    label_body_address: str = "地址"
    label_body_phone: str = "电话"
    label_how_to_apply: str = "申请方式"
    body_unknown: str = "请向接谈工作人员咨询具体受理机关"
    how_unknown: str = "请向受理机关或接谈工作人员咨询"

    # 延期办理告知书
    extension_body: str = (
        "　　您于{received}反映的事项，本机关已于{accepted}受理。因情况复杂，"
        "经批准，办理期限延长至{new_due}。本机关将在延长后的期限内办结并书面答复您。"
    )
    label_extension_reason: str = "延期理由"
    label_approved_by: str = "批准人"
    label_approved_on: str = "批准日期"
    label_old_due: str = "原办理期限"
    label_new_due: str = "延长后的办理期限"

    # 信访事项办理进展告知单
    progress_body: str = "　　截至{today}，您反映的事项办理情况如下："
    progress_linked: str = (
        "　　您{visit_day}来访反映的事项，与信访件 {case}（{received}登记）为同一事项，"
        "已记入该件办理，不另行登记新件。该事项累计来访 {count} 次。"
    )
    label_status: str = "办理状态"
    label_next_due: str = "下一期限"
    next_due_value: str = "{label}：{due}"
    label_visit_count: str = "来访次数"
    visit_count_value: str = "{count} 次"
    timeline_heading: str = "办理过程"
    col_date: str = "日期"
    col_step: str = "办理步骤"
    col_unit: str = "承办单位"
    col_due: str = "期限"
    no_steps: str = "（暂无办理记录）"

    # 不再受理告知书
    no_longer_body: str = (
        "　　您{visit_day}来访反映的事项，与信访件 {case}（{received}登记）"
        "反映的事实和理由相同。该事项已于{final_on}{final_what}。"
    )
    no_longer_rule_re_review: str = (
        "　　根据《信访工作条例》第三十五条的规定，信访人对复核意见不服，"
        "仍然以同一事实和理由提出信访请求的，不再受理。本机关对该事项不再受理。"
    )
    no_longer_rule_closed: str = (
        "　　根据《信访工作条例》的有关规定，对已经办结的信访事项，"
        "仍然以同一事实和理由提出信访请求的，不再受理。本机关对该事项不再受理。"
    )
    no_longer_after: str = "　　如有新的事实和理由，您可以依法另行提出。"
    final_re_reviewed: str = "作出复核意见"
    final_closed: str = "办结"
    label_earlier_case: str = "原信访件编号"
    label_final_on: str = "办结日期"

    # Dates
    date_format: str = "%Y年%m月%d日"


NOTICE_TEXTS: Final = NoticeTexts()

# The deadline each step starts (desktop.domain.StepKind values), for 下一期限.
DUE_LABELS: Final[dict[str, str]] = {
    "registered": "转送期限",
    "transferred": "受理告知期限",
    "accepted": "办理期限",
    "extended": "办理期限（已延期）",
    "review_requested": "复查答复期限",
    "re_review_requested": "复核答复期限",
}
