"""Words of the reception wing: session kinds and states, sit-in roles, rule patterns,
holiday policies, and the wing's UserError subclasses. Labels are Chinese source texts
(context "Domain"); the UI translates them with tr_domain."""

from __future__ import annotations

from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP, UserError


class SessionKind(StrEnum):
    RECEPTION = "reception"  # 接访: at the centre
    DOWN = "down"  # 下访: the leader goes out to a district or town
    INVITED = "invited"  # 约访: visitors invited by appointment


class SessionStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class SitInRole(StrEnum):
    UNIT_HEAD = "unit_head"  # 责任单位负责人
    BUREAU_HEAD = "bureau_head"  # 信访局负责人
    LAWYER = "lawyer"  # 律师


class RulePattern(StrEnum):
    WEEKLY = "weekly"  # every <weekday>
    MONTHLY_WEEKDAY = "monthly_weekday"  # the nth (or last) <weekday> of each month
    MONTHLY_WORKING_DAY = "monthly_working_day"  # the nth working day of each month


class HolidayPolicy(StrEnum):
    MOVE = "move"  # to the next working day
    SKIP = "skip"  # no session that time


SESSION_KIND_LABELS: dict[SessionKind, str] = {
    SessionKind.RECEPTION: QT_TRANSLATE_NOOP("Domain", "接访"),
    SessionKind.DOWN: QT_TRANSLATE_NOOP("Domain", "下访"),
    SessionKind.INVITED: QT_TRANSLATE_NOOP("Domain", "约访"),
}
SESSION_STATUS_LABELS: dict[SessionStatus, str] = {
    SessionStatus.DRAFT: QT_TRANSLATE_NOOP("Domain", "草稿"),
    SessionStatus.PUBLISHED: QT_TRANSLATE_NOOP("Domain", "已发布"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("Domain", "已取消"),
}
SIT_IN_ROLE_LABELS: dict[SitInRole, str] = {
    SitInRole.UNIT_HEAD: QT_TRANSLATE_NOOP("Domain", "责任单位负责人"),
    SitInRole.BUREAU_HEAD: QT_TRANSLATE_NOOP("Domain", "信访局负责人"),
    SitInRole.LAWYER: QT_TRANSLATE_NOOP("Domain", "律师"),
}
RULE_PATTERN_LABELS: dict[RulePattern, str] = {
    RulePattern.WEEKLY: QT_TRANSLATE_NOOP("Domain", "每周固定星期"),
    RulePattern.MONTHLY_WEEKDAY: QT_TRANSLATE_NOOP("Domain", "每月第几个星期几"),
    RulePattern.MONTHLY_WORKING_DAY: QT_TRANSLATE_NOOP("Domain", "每月第几个工作日"),
}
HOLIDAY_POLICY_LABELS: dict[HolidayPolicy, str] = {
    HolidayPolicy.MOVE: QT_TRANSLATE_NOOP("Domain", "顺延到下一个工作日"),
    HolidayPolicy.SKIP: QT_TRANSLATE_NOOP("Domain", "当次取消"),
}
WEEKDAY_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Domain", "星期一"), QT_TRANSLATE_NOOP("Domain", "星期二"),
    QT_TRANSLATE_NOOP("Domain", "星期三"), QT_TRANSLATE_NOOP("Domain", "星期四"),
    QT_TRANSLATE_NOOP("Domain", "星期五"), QT_TRANSLATE_NOOP("Domain", "星期六"),
    QT_TRANSLATE_NOOP("Domain", "星期日"),
)
# The centre itself as a place (a 接访/约访 session with no area).
CENTRE_PLACE = QT_TRANSLATE_NOOP("Domain", "来访接待中心")


class ReceptionError(UserError):
    """Input the reception planner has to correct; `field` names the input."""


class SessionConflict(ReceptionError):
    """A leader or a place taken at that time, or a rest day not confirmed."""


class RestDayNotConfirmed(SessionConflict):
    """A session on a rest day: allowed only with `confirm_rest_day`."""


class PublishTooLate(ReceptionError):
    """Publishing less than the set number of days ahead without `confirm_short_notice`."""


class SessionHasBookings(ReceptionError):
    """Unpublishing, cancelling or moving a session that visitors have booked."""
