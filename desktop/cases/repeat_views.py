"""What the clerk sees to decide whether a visit is about an earlier matter (重复访), and
the program's suggestion. Frozen views, never live ORM rows; `suggested` is pure (the
form asks it again as the clerk types the summary, on the GUI thread: it is cheap).

Repeat is a property of the matter, not the person (DOMAIN.md "Repeat matters"): the
program suggests, the clerk decides, one matter at a time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain import (
    OPEN_CASE_STATUSES,
    CaseStatus,
    MatterSort,
    Paper,
    RepeatDecision,
    Route,
    StepKind,
)
from desktop.i18n import QT_TRANSLATE_NOOP

# Two summaries sharing at least this share of their character pairs (Dice coefficient
# over bigrams of letters and digits) are "similar": 反映拖欠工资 / 反映单位拖欠工资三个月
# share 0.53, 反映拖欠工资 / 反映小区电梯停运 0.17.
SIMILAR_SUMMARY = 0.4


class MatterRole(StrEnum):
    """How the person is part of an earlier matter."""

    OWN = "own"                        # the person's own case (信访人 / 主访人)
    REPRESENTATIVE = "representative"  # a representative (代表) of that group visit
    LINKED = "linked"                  # came on it before as a linked repeat visit


MATTER_ROLE_LABELS: dict[MatterRole, str] = {
    MatterRole.OWN: QT_TRANSLATE_NOOP("Domain", "本人"),
    MatterRole.REPRESENTATIVE: QT_TRANSLATE_NOOP("Domain", "集体访代表"),
    MatterRole.LINKED: QT_TRANSLATE_NOOP("Domain", "曾重复来访"),
}

REPEAT_DECISION_LABELS: dict[RepeatDecision, str] = {
    RepeatDecision.SAME_MATTER: QT_TRANSLATE_NOOP("Domain", "同一事项"),
    RepeatDecision.NEW_MATTER: QT_TRANSLATE_NOOP("Domain", "新事项"),
}


@dataclass(frozen=True)
class EarlierMatter:
    """An earlier matter (case) of the person, in full."""

    case_visit_id: uuid.UUID
    case_number: str
    received_on: date
    summary: str
    demands: str
    matter_sort: MatterSort | None
    content_category_code: str | None
    area_code: str | None
    route: Route | None
    route_unit: str
    case_status: CaseStatus | None
    next_due: date | None  # the deadline the case waits on now (None: none)
    next_due_step: StepKind | None
    due_estimated: bool
    visit_count: int
    within_time_limit: bool  # still being handled and its deadline not passed
    final: bool  # after 复核 or 办结: the same facts get a 不再受理 notice
    role: MatterRole

    @property
    def is_open(self) -> bool:
        """Still being handled (a new visit on it is a 重复访)."""
        return self.case_status is not None and self.case_status in OPEN_CASE_STATUSES

    @property
    def paper(self) -> Paper:
        """What a visit linked to it takes home."""
        return Paper.NO_LONGER_ACCEPTED if self.final else Paper.PROGRESS


@dataclass(frozen=True)
class RepeatView:
    """One visit seen against the person's earlier matters."""

    visit_id: uuid.UUID
    matters: tuple[EarlierMatter, ...]  # newest first; not the visit's own case
    decision: RepeatDecision | None
    linked: EarlierMatter | None  # the case this visit is linked to
    visit_number: int | None  # linked: this visit is the case's N-th visit (第 N 次来访)
    own_case_number: str | None  # registered as a case of its own
    unregistered_visits: int  # earlier tickets of the person with no matter

    @property
    def candidates(self) -> tuple[EarlierMatter, ...]:
        """The matters a visit could be linked to: open ones and closed (final) ones
        (linking to a final one gives the 不再受理 notice); open first."""
        usable = [m for m in self.matters if m.is_open or m.final]
        return tuple(sorted(usable, key=lambda m: not m.is_open))

    @property
    def can_decide(self) -> bool:
        """The clerk may still choose (no case of its own, not linked)."""
        return self.own_case_number is None and self.linked is None


@dataclass(frozen=True)
class LinkResult:
    visit_id: uuid.UUID
    case_visit_id: uuid.UUID
    case_number: str
    visit_count: int  # of the case, this visit included
    case_status: CaseStatus | None
    next_due: date | None
    final: bool
    paper: Paper  # PROGRESS, or NO_LONGER_ACCEPTED when the case is final
    step_id: uuid.UUID  # the VISIT_LINKED step
    view: RepeatView  # the visit as the form shows it now


@dataclass(frozen=True)
class UnlinkResult:
    visit_id: uuid.UUID
    case_visit_id: uuid.UUID
    case_number: str
    visit_count: int
    view: RepeatView


def within_time_limit(status: CaseStatus | None, next_due: date | None,
                      handling_due: date | None, accept_due: date | None, today: date
                      ) -> bool:
    if status is None or status not in OPEN_CASE_STATUSES:
        return False
    due = next_due or handling_due or accept_due
    return due is not None and due >= today


def _pairs(text: str) -> set[str]:
    chars = "".join(ch for ch in text.lower() if ch.isalnum())
    if len(chars) < 2:
        return {chars} if chars else set()
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


def summary_similarity(first: str, second: str) -> float:
    """Dice coefficient of the character pairs of two texts (0 … 1)."""
    a, b = _pairs(first), _pairs(second)
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def suggested(matters: Iterable[EarlierMatter], content_category_code: str | None,
              area_code: str | None, summary: str) -> frozenset[uuid.UUID]:
    """The matters that may be the same one (可能是同一事项): open (or final) matters with
    the same content category and area, or a similar summary. Only a suggestion."""
    found = set()
    for matter in matters:
        if not (matter.is_open or matter.final):
            continue
        same_place = (bool(content_category_code) and bool(area_code)
                      and matter.content_category_code == content_category_code
                      and matter.area_code == area_code)
        similar = bool(summary.strip()) and (
            summary_similarity(summary, matter.summary) >= SIMILAR_SUMMARY)
        if same_place or similar:
            found.add(matter.case_visit_id)
    return frozenset(found)
