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
    """办理方式 chosen at the window."""

    ANSWERED = "answered"            # 当场答复
    TRANSFERRED = "transferred"      # 转送/交办 to a named unit
    LEGAL_CHANNEL = "legal_channel"  # 依法分类处理: litigation, arbitration, 行政复议 …
    NOT_ACCEPTED = "not_accepted"    # 不予受理, with reason


ROUTE_LABELS: dict[Route, str] = {
    Route.ANSWERED: QT_TRANSLATE_NOOP("Domain", "当场答复"),
    Route.TRANSFERRED: QT_TRANSLATE_NOOP("Domain", "转送/交办"),
    Route.LEGAL_CHANNEL: QT_TRANSLATE_NOOP("Domain", "依法分类处理"),
    Route.NOT_ACCEPTED: QT_TRANSLATE_NOOP("Domain", "不予受理"),
}

# Case status each route leads to at registration.
ROUTE_CASE_STATUS: dict[Route, CaseStatus] = {
    Route.ANSWERED: CaseStatus.CLOSED,
    Route.TRANSFERRED: CaseStatus.ACCEPTED,
    Route.LEGAL_CHANNEL: CaseStatus.NOT_ACCEPTED,
    Route.NOT_ACCEPTED: CaseStatus.NOT_ACCEPTED,
}

LEGAL_CHANNELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Domain", "向人民法院提起诉讼"),
    QT_TRANSLATE_NOOP("Domain", "申请仲裁"),
    QT_TRANSLATE_NOOP("Domain", "申请行政复议"),
    QT_TRANSLATE_NOOP("Domain", "向人民检察院反映"),
    QT_TRANSLATE_NOOP("Domain", "向人民代表大会及其常委会反映"),
    QT_TRANSLATE_NOOP("Domain", "向纪检监察机关反映"),
)


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
}
