"""Vocabulary of the reception centre: ticket categories, statuses, routes, purposes.

Labels are Chinese source texts marked for translation; the UI translates them with
QCoreApplication.translate("Domain", label).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP


class TicketCategory(StrEnum):
    REGULAR = "regular"
    GROUP = "group"
    BOOKED = "booked"
    PRIORITY = "priority"


@dataclass(frozen=True)
class CategoryInfo:
    category: TicketCategory
    letter: str
    label: str
    call_rank: int  # lower is called first (DESIGN.md: priority, then booked, then arrival)


CATEGORIES: dict[TicketCategory, CategoryInfo] = {
    TicketCategory.REGULAR: CategoryInfo(
        TicketCategory.REGULAR, "A", QT_TRANSLATE_NOOP("Domain", "普通来访"), 2
    ),
    TicketCategory.GROUP: CategoryInfo(
        TicketCategory.GROUP, "B", QT_TRANSLATE_NOOP("Domain", "集体访"), 2
    ),
    TicketCategory.BOOKED: CategoryInfo(
        TicketCategory.BOOKED, "C", QT_TRANSLATE_NOOP("Domain", "预约/领导接访"), 1
    ),
    TicketCategory.PRIORITY: CategoryInfo(
        TicketCategory.PRIORITY, "D", QT_TRANSLATE_NOOP("Domain", "优先"), 0
    ),
}
CATEGORY_BY_LETTER = {info.letter: info for info in CATEGORIES.values()}

GROUP_VISIT_MIN_PEOPLE = 5  # five or more together is a 集体访 (DOMAIN.md)
MAX_REPRESENTATIVES = 5


class QueueStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    PARKED = "parked"
    UNFINISHED = "unfinished"


QUEUE_STATUS_LABELS: dict[QueueStatus, str] = {
    QueueStatus.WAITING: QT_TRANSLATE_NOOP("Domain", "等候"),
    QueueStatus.CALLED: QT_TRANSLATE_NOOP("Domain", "已叫号"),
    QueueStatus.SERVING: QT_TRANSLATE_NOOP("Domain", "接谈中"),
    QueueStatus.DONE: QT_TRANSLATE_NOOP("Domain", "已办结"),
    QueueStatus.NO_SHOW: QT_TRANSLATE_NOOP("Domain", "未到"),
    QueueStatus.CANCELLED: QT_TRANSLATE_NOOP("Domain", "已取消"),
    QueueStatus.PARKED: QT_TRANSLATE_NOOP("Domain", "暂挂"),
    QueueStatus.UNFINISHED: QT_TRANSLATE_NOOP("Domain", "未办结"),
}


class CaseStatus(StrEnum):
    """Status chain of provincial systems (DOMAIN.md)."""

    REVIEWING = "reviewing"
    NOT_ACCEPTED = "not_accepted"
    ACCEPTED = "accepted"
    OPINION_ISSUED = "opinion_issued"
    REVIEW = "review"
    RE_REVIEW = "re_review"
    CLOSED = "closed"


CASE_STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.REVIEWING: QT_TRANSLATE_NOOP("Domain", "受理审查中"),
    CaseStatus.NOT_ACCEPTED: QT_TRANSLATE_NOOP("Domain", "不予受理"),
    CaseStatus.ACCEPTED: QT_TRANSLATE_NOOP("Domain", "受理"),
    CaseStatus.OPINION_ISSUED: QT_TRANSLATE_NOOP("Domain", "已出具处理意见"),
    CaseStatus.REVIEW: QT_TRANSLATE_NOOP("Domain", "复查"),
    CaseStatus.RE_REVIEW: QT_TRANSLATE_NOOP("Domain", "复核"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Domain", "办结"),
}
# A matter in one of these states is still "live": a new visit on it is a 重复访.
OPEN_CASE_STATUSES = frozenset(
    {CaseStatus.REVIEWING, CaseStatus.ACCEPTED, CaseStatus.OPINION_ISSUED,
     CaseStatus.REVIEW, CaseStatus.RE_REVIEW}
)


class Route(StrEnum):
    """办理方式 chosen at the window (DOMAIN.md "Sort by legal channel")."""

    ACCEPTED_HERE = "accepted_here"  # 受理: this organ itself handles it (受理告知书)
    ANSWERED = "answered"            # 当场答复: accepted here and answered on the spot
    TRANSFERRED = "transferred"      # 转送/交办 to a named unit, which decides in 15 days
    LEGAL_CHANNEL = "legal_channel"  # 依法分类处理: litigation, arbitration, 行政复议 …
    NOT_ACCEPTED = "not_accepted"    # 不予受理, with reason and basis


ROUTE_LABELS: dict[Route, str] = {
    Route.ACCEPTED_HERE: QT_TRANSLATE_NOOP("Domain", "本机关受理"),
    Route.ANSWERED: QT_TRANSLATE_NOOP("Domain", "当场答复"),
    Route.TRANSFERRED: QT_TRANSLATE_NOOP("Domain", "转送/交办"),
    Route.LEGAL_CHANNEL: QT_TRANSLATE_NOOP("Domain", "依法分类处理"),
    Route.NOT_ACCEPTED: QT_TRANSLATE_NOOP("Domain", "不予受理"),
}

# Case status each route leads to at registration. A transfer is not an acceptance:
# the receiving unit decides (受理审查中) within 15 days of receiving it.
ROUTE_CASE_STATUS: dict[Route, CaseStatus] = {
    Route.ACCEPTED_HERE: CaseStatus.ACCEPTED,
    Route.ANSWERED: CaseStatus.CLOSED,
    Route.TRANSFERRED: CaseStatus.REVIEWING,
    Route.LEGAL_CHANNEL: CaseStatus.NOT_ACCEPTED,
    Route.NOT_ACCEPTED: CaseStatus.NOT_ACCEPTED,
}


class MatterSort(StrEnum):
    """The 2022 three-way sort (《信访工作条例》第十七条), recorded on every matter."""

    SUGGESTION = "suggestion"  # 建议意见
    ACCUSATION = "accusation"  # 检举控告
    CLAIM = "claim"            # 申诉求决


MATTER_SORT_LABELS: dict[MatterSort, str] = {
    MatterSort.SUGGESTION: QT_TRANSLATE_NOOP("Domain", "建议意见"),
    MatterSort.ACCUSATION: QT_TRANSLATE_NOOP("Domain", "检举控告"),
    MatterSort.CLAIM: QT_TRANSLATE_NOOP("Domain", "申诉求决"),
}


class UnitKind(StrEnum):
    """What kind of body a unit in the directory (承办单位名录) is."""

    GOVERNMENT = "government"          # 政府部门
    DISTRICT = "district"              # 区（县）、乡镇街道
    DISCIPLINE = "discipline"          # 纪检监察机关: where 检举控告 about officials go
    POLITICAL_LEGAL = "political_legal"  # 政法部门: where 涉法涉诉 matters go
    COURT = "court"                    # 人民法院
    PROCURATORATE = "procuratorate"    # 人民检察院
    CONGRESS = "congress"              # 人民代表大会常务委员会
    ARBITRATION = "arbitration"        # 仲裁委员会 / 劳动人事争议仲裁委员会
    ADMIN_REVIEW = "admin_review"      # 行政复议机关
    OTHER = "other"


UNIT_KIND_LABELS: dict[UnitKind, str] = {
    UnitKind.GOVERNMENT: QT_TRANSLATE_NOOP("Domain", "政府部门"),
    UnitKind.DISTRICT: QT_TRANSLATE_NOOP("Domain", "区、乡镇（街道）"),
    UnitKind.DISCIPLINE: QT_TRANSLATE_NOOP("Domain", "纪检监察机关"),
    UnitKind.POLITICAL_LEGAL: QT_TRANSLATE_NOOP("Domain", "政法部门"),
    UnitKind.COURT: QT_TRANSLATE_NOOP("Domain", "人民法院"),
    UnitKind.PROCURATORATE: QT_TRANSLATE_NOOP("Domain", "人民检察院"),
    UnitKind.CONGRESS: QT_TRANSLATE_NOOP("Domain", "人大常委会"),
    UnitKind.ARBITRATION: QT_TRANSLATE_NOOP("Domain", "仲裁机构"),
    UnitKind.ADMIN_REVIEW: QT_TRANSLATE_NOOP("Domain", "行政复议机关"),
    UnitKind.OTHER: QT_TRANSLATE_NOOP("Domain", "其他"),
}


@dataclass(frozen=True)
class LegalChannel:
    """A legal channel (法定途径) a matter is sent to instead of being accepted as 信访.
    The notice names the body (a unit of `body_kinds` from the directory) and says how
    to apply (`how_to_apply`, printed on the 依法分类处理告知书)."""

    key: str
    label: str
    body_kinds: tuple[UnitKind, ...]
    how_to_apply: str


LEGAL_CHANNEL_LIST: tuple[LegalChannel, ...] = (
    LegalChannel(
        "litigation", QT_TRANSLATE_NOOP("Domain", "向人民法院提起诉讼"), (UnitKind.COURT,),
        QT_TRANSLATE_NOOP(
            "Domain",
            "请在法律规定的诉讼时效或起诉期限内，携带身份证件、起诉状及证据材料，"
            "到有管辖权的人民法院立案窗口办理立案，或通过人民法院在线服务平台提交。"),
    ),
    LegalChannel(
        "arbitration", QT_TRANSLATE_NOOP("Domain", "申请仲裁"), (UnitKind.ARBITRATION,),
        QT_TRANSLATE_NOOP(
            "Domain",
            "请依据仲裁协议，携带身份证件、仲裁申请书及证据材料，向约定的仲裁委员会"
            "提出仲裁申请。"),
    ),
    LegalChannel(
        "labour_arbitration", QT_TRANSLATE_NOOP("Domain", "申请劳动人事争议仲裁"),
        (UnitKind.ARBITRATION,),
        QT_TRANSLATE_NOOP(
            "Domain",
            "请自知道或者应当知道权利被侵害之日起一年内，携带身份证件、仲裁申请书及"
            "劳动关系证明材料，向劳动人事争议仲裁委员会申请仲裁。"),
    ),
    LegalChannel(
        "admin_review", QT_TRANSLATE_NOOP("Domain", "申请行政复议"),
        (UnitKind.ADMIN_REVIEW, UnitKind.GOVERNMENT),
        QT_TRANSLATE_NOOP(
            "Domain",
            "请自知道该行政行为之日起六十日内，携带身份证件、行政复议申请书及行政行为"
            "文书，向行政复议机关提出申请。"),
    ),
    LegalChannel(
        "procuratorate", QT_TRANSLATE_NOOP("Domain", "向人民检察院申请法律监督"),
        (UnitKind.PROCURATORATE,),
        QT_TRANSLATE_NOOP(
            "Domain",
            "对已经发生法律效力的判决、裁定不服的，请携带身份证件、裁判文书及申请书，"
            "向人民检察院控告申诉检察部门申请监督。"),
    ),
    LegalChannel(
        "congress", QT_TRANSLATE_NOOP("Domain", "向人民代表大会常务委员会反映"),
        (UnitKind.CONGRESS,),
        QT_TRANSLATE_NOOP(
            "Domain",
            "属于人民代表大会及其常务委员会职权范围的事项（如对人大代表、选举的意见），"
            "请以书面形式向人大常委会信访机构反映。"),
    ),
)
LEGAL_CHANNELS_BY_KEY: dict[str, LegalChannel] = {c.key: c for c in LEGAL_CHANNEL_LIST}
# The old form stored the channel's label; kept so old visits still read.
LEGAL_CHANNELS: tuple[str, ...] = tuple(channel.label for channel in LEGAL_CHANNEL_LIST)

# Where a matter of a kind must be *transferred* (a transfer, not a refusal):
# 检举控告 about officials → 纪检监察; 涉法涉诉 → 政法 (DOMAIN.md).
ACCUSATION_UNIT_KINDS = frozenset({UnitKind.DISCIPLINE})
LAW_RELATED_UNIT_KINDS = frozenset({UnitKind.POLITICAL_LEGAL, UnitKind.COURT,
                                    UnitKind.PROCURATORATE})


class StepKind(StrEnum):
    """One step of a case's timeline (案件流程)."""

    REGISTERED = "registered"                    # 登记 (by the centre)
    TRANSFERRED = "transferred"                  # 转送/交办 to a unit
    ACCEPTED = "accepted"                        # 受理 (here or by the receiving unit)
    REFUSED = "refused"                          # 不予受理 (by the receiving unit)
    ANSWERED = "answered"                        # 出具处理意见（书面答复）
    EXTENDED = "extended"                        # 延期 (approved, at most once)
    REVIEW_REQUESTED = "review_requested"        # 申请复查
    REVIEWED = "reviewed"                        # 复查意见
    RE_REVIEW_REQUESTED = "re_review_requested"  # 申请复核
    RE_REVIEWED = "re_reviewed"                  # 复核意见
    CLOSED = "closed"                            # 办结 / 终结
    VISIT_LINKED = "visit_linked"                # a repeat visit on the same matter
    NO_LONGER_ACCEPTED = "no_longer_accepted"    # 不再受理 notice given
    CORRECTION = "correction"                    # 更正: withdraws a mistaken step
    INSTRUCTION = "instruction"                  # 领导批示/交办 at a reception day
    UNIT_REPLIED = "unit_replied"                # the assigned unit's reply or result


STEP_LABELS: dict[StepKind, str] = {
    StepKind.REGISTERED: QT_TRANSLATE_NOOP("Domain", "登记"),
    StepKind.TRANSFERRED: QT_TRANSLATE_NOOP("Domain", "转送/交办"),
    StepKind.ACCEPTED: QT_TRANSLATE_NOOP("Domain", "受理"),
    StepKind.REFUSED: QT_TRANSLATE_NOOP("Domain", "不予受理"),
    StepKind.ANSWERED: QT_TRANSLATE_NOOP("Domain", "出具处理意见"),
    StepKind.EXTENDED: QT_TRANSLATE_NOOP("Domain", "延期"),
    StepKind.REVIEW_REQUESTED: QT_TRANSLATE_NOOP("Domain", "申请复查"),
    StepKind.REVIEWED: QT_TRANSLATE_NOOP("Domain", "复查意见"),
    StepKind.RE_REVIEW_REQUESTED: QT_TRANSLATE_NOOP("Domain", "申请复核"),
    StepKind.RE_REVIEWED: QT_TRANSLATE_NOOP("Domain", "复核意见"),
    StepKind.CLOSED: QT_TRANSLATE_NOOP("Domain", "办结"),
    StepKind.VISIT_LINKED: QT_TRANSLATE_NOOP("Domain", "重复来访"),
    StepKind.NO_LONGER_ACCEPTED: QT_TRANSLATE_NOOP("Domain", "不再受理告知"),
    StepKind.CORRECTION: QT_TRANSLATE_NOOP("Domain", "更正"),
    StepKind.INSTRUCTION: QT_TRANSLATE_NOOP("Domain", "领导批示交办"),
    StepKind.UNIT_REPLIED: QT_TRANSLATE_NOOP("Domain", "承办单位回复"),
}

# Steps that move the case along its chain; the others sit beside it.
CHAIN_STEPS: dict[StepKind, frozenset[StepKind]] = {
    StepKind.REGISTERED: frozenset({StepKind.TRANSFERRED, StepKind.ACCEPTED,
                                    StepKind.REFUSED, StepKind.CLOSED}),
    StepKind.TRANSFERRED: frozenset({StepKind.ACCEPTED, StepKind.REFUSED}),
    StepKind.ACCEPTED: frozenset({StepKind.ANSWERED, StepKind.EXTENDED}),
    StepKind.EXTENDED: frozenset({StepKind.ANSWERED}),  # one extension only
    StepKind.ANSWERED: frozenset({StepKind.REVIEW_REQUESTED, StepKind.CLOSED}),
    StepKind.REVIEW_REQUESTED: frozenset({StepKind.REVIEWED}),
    StepKind.REVIEWED: frozenset({StepKind.RE_REVIEW_REQUESTED, StepKind.CLOSED}),
    StepKind.RE_REVIEW_REQUESTED: frozenset({StepKind.RE_REVIEWED}),
    StepKind.RE_REVIEWED: frozenset({StepKind.CLOSED}),
    StepKind.REFUSED: frozenset(),
    StepKind.CLOSED: frozenset(),
}
SIDE_STEPS = frozenset({StepKind.VISIT_LINKED, StepKind.NO_LONGER_ACCEPTED,
                        StepKind.CORRECTION, StepKind.INSTRUCTION, StepKind.UNIT_REPLIED})

# The case status after each chain step.
STEP_CASE_STATUS: dict[StepKind, CaseStatus] = {
    StepKind.REGISTERED: CaseStatus.REVIEWING,
    StepKind.TRANSFERRED: CaseStatus.REVIEWING,
    StepKind.ACCEPTED: CaseStatus.ACCEPTED,
    StepKind.EXTENDED: CaseStatus.ACCEPTED,
    StepKind.REFUSED: CaseStatus.NOT_ACCEPTED,
    StepKind.ANSWERED: CaseStatus.OPINION_ISSUED,
    StepKind.REVIEW_REQUESTED: CaseStatus.REVIEW,
    StepKind.REVIEWED: CaseStatus.REVIEW,
    StepKind.RE_REVIEW_REQUESTED: CaseStatus.RE_REVIEW,
    StepKind.RE_REVIEWED: CaseStatus.RE_REVIEW,
    StepKind.CLOSED: CaseStatus.CLOSED,
}

# After these the same facts and reasons are not accepted again (不再受理).
FINAL_STEPS = frozenset({StepKind.RE_REVIEWED, StepKind.CLOSED})


class RepeatDecision(StrEnum):
    """The clerk's answer to "is this the same matter as an earlier one?"."""

    SAME_MATTER = "same_matter"  # linked to the open case: visit count +1, no new case
    NEW_MATTER = "new_matter"    # a different matter: a new case


class Purpose(StrEnum):
    """信访目的."""

    SEEK_RESOLUTION = "seek_resolution"
    SUGGESTION = "suggestion"
    APPEAL = "appeal"
    REPORT = "report"
    OTHER = "other"


PURPOSE_LABELS: dict[Purpose, str] = {
    Purpose.SEEK_RESOLUTION: QT_TRANSLATE_NOOP("Domain", "求决"),
    Purpose.SUGGESTION: QT_TRANSLATE_NOOP("Domain", "意见建议"),
    Purpose.APPEAL: QT_TRANSLATE_NOOP("Domain", "申诉"),
    Purpose.REPORT: QT_TRANSLATE_NOOP("Domain", "揭发控告"),
    Purpose.OTHER: QT_TRANSLATE_NOOP("Domain", "其他"),
}

FLAG_LABELS: dict[str, str] = {
    "skip_level": QT_TRANSLATE_NOOP("Domain", "越级访"),
    "cross_region": QT_TRANSLATE_NOOP("Domain", "三跨三分离"),
    "law_related": QT_TRANSLATE_NOOP("Domain", "涉法涉诉"),
    "urgent": QT_TRANSLATE_NOOP("Domain", "重大紧急"),
    "anonymous": QT_TRANSLATE_NOOP("Domain", "匿名"),
    "agree_public": QT_TRANSLATE_NOOP("Domain", "同意公开"),
    "group": QT_TRANSLATE_NOOP("Domain", "集体访"),
}


class Paper(StrEnum):
    """The papers a visitor gets (DOMAIN.md "Papers the visitor gets"). Each carries the
    case number and the enquiry code; none names the person or unit complained about."""

    REGISTRATION_RECEIPT = "registration_receipt"  # 登记回执 (transfer, 当场答复)
    ACCEPTANCE_NOTICE = "acceptance_notice"        # 受理告知书 (accepted by this organ)
    REFUSAL_NOTICE = "refusal_notice"              # 不予受理告知书 (reason and basis)
    LEGAL_CHANNEL_NOTICE = "legal_channel_notice"  # 依法分类处理告知书 (body, how to apply)
    EXTENSION_NOTICE = "extension_notice"          # 延期告知书
    PROGRESS = "progress"                          # 办理进展告知单 (a linked repeat visit, 查询)
    NO_LONGER_ACCEPTED = "no_longer_accepted"      # 不再受理告知书 (after 复核 or 办结)


PAPER_TITLES: dict[Paper, str] = {
    Paper.REGISTRATION_RECEIPT: QT_TRANSLATE_NOOP("Domain", "来访登记回执"),
    Paper.ACCEPTANCE_NOTICE: QT_TRANSLATE_NOOP("Domain", "受理告知书"),
    Paper.REFUSAL_NOTICE: QT_TRANSLATE_NOOP("Domain", "不予受理告知书"),
    Paper.LEGAL_CHANNEL_NOTICE: QT_TRANSLATE_NOOP("Domain", "依法分类处理告知书"),
    Paper.EXTENSION_NOTICE: QT_TRANSLATE_NOOP("Domain", "延期办理告知书"),
    Paper.PROGRESS: QT_TRANSLATE_NOOP("Domain", "信访事项办理进展告知单"),
    Paper.NO_LONGER_ACCEPTED: QT_TRANSLATE_NOOP("Domain", "不再受理告知书"),
}

# The paper a registration prints, by route.
ROUTE_PAPER: dict[Route, Paper] = {
    Route.ACCEPTED_HERE: Paper.ACCEPTANCE_NOTICE,
    Route.ANSWERED: Paper.REGISTRATION_RECEIPT,
    Route.TRANSFERRED: Paper.REGISTRATION_RECEIPT,
    Route.LEGAL_CHANNEL: Paper.LEGAL_CHANNEL_NOTICE,
    Route.NOT_ACCEPTED: Paper.REFUSAL_NOTICE,
}
