"""重复访: earlier matters in full, the suggestion, and the clerk's link / new / unlink."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import make_id_number
from repeat_cases import issue, open_case
from sqlalchemy import select

from db.models import CaseStep, Visit
from desktop.cases.lifecycle import steps_of
from desktop.cases.registration import RegistrationInput
from desktop.cases.repeat import RepeatNotAllowed
from desktop.cases.repeat_views import MatterRole, suggested, summary_similarity
from desktop.domain import (
    CaseStatus,
    MatterSort,
    Paper,
    QueueStatus,
    RepeatDecision,
    StepKind,
    TicketCategory,
)
from desktop.i18n import UserError
from desktop.queue.tickets import RepresentativeInput


def steps(services, case_id):  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return [(StepKind(s.kind), s.visit_id, s.corrects_id, s.note)
                for s in steps_of(session, case_id)]


def row(services, visit_id) -> Visit:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        visit = session.get(Visit, visit_id)
        session.expunge(visit)
        return visit


def test_earlier_matter_shown_in_full(services) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, issue(services).visit_id, "XF20261127-1-001")
    again = issue(services)
    view = services.repeat.earlier_matters(again.visit_id)
    [matter] = view.matters
    assert matter.case_number == "XF20261127-1-001"
    assert matter.received_on == date(2026, 11, 27)
    assert matter.summary == "反映单位拖欠工资三个月"
    assert matter.demands == "要求支付"
    assert matter.matter_sort is MatterSort.CLAIM
    assert matter.case_status is CaseStatus.ACCEPTED
    # Accepted 2026-11-27: 60 days → 2027-01-26 (办理期限), the deadline it waits on.
    assert matter.next_due == date(2027, 1, 26)
    assert matter.next_due_step is StepKind.ACCEPTED
    assert matter.visit_count == 1
    assert matter.within_time_limit and matter.is_open and not matter.final
    assert matter.role is MatterRole.OWN
    assert view.candidates == (matter,)
    assert view.decision is None and view.linked is None and view.can_decide
    assert case.visit_id == matter.case_visit_id


def test_link_records_the_visit_on_the_case(services) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, issue(services).visit_id, "XF20261127-1-001")
    again = issue(services)
    result = services.repeat.link_to_case(again.visit_id, case.visit_id)
    assert result.visit_count == 2
    assert result.paper is Paper.PROGRESS
    assert not result.final
    assert result.case_number == "XF20261127-1-001"
    visit = row(services, again.visit_id)
    assert visit.case_visit_id == case.visit_id
    assert visit.repeat_decision == RepeatDecision.SAME_MATTER.value
    assert visit.is_repeat
    assert visit.case_number is None  # no case number of its own
    assert row(services, case.visit_id).visit_count == 2
    assert steps(services, case.visit_id)[-1] == (StepKind.VISIT_LINKED, again.visit_id,
                                                  None, None)
    # The status stays: a side step does not move the case along.
    assert row(services, case.visit_id).case_status == CaseStatus.ACCEPTED.value
    # Reopened: the link and the choice are there.
    view = services.repeat.earlier_matters(again.visit_id)
    assert view.linked is not None and view.linked.case_number == "XF20261127-1-001"
    assert view.visit_number == 2
    assert view.decision is RepeatDecision.SAME_MATTER
    assert not view.can_decide
    assert result.view == view


def test_register_refuses_a_linked_visit(services) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain import Purpose, Route

    case = open_case(services, issue(services).visit_id, "XF20261127-1-001")
    again = issue(services)
    services.repeat.link_to_case(again.visit_id, case.visit_id)
    fields = {name for name in RegistrationInput.__dataclass_fields__}
    data = {"summary": "又来反映拖欠工资", "demands": "要求支付",
            "content_category_code": "03", "area_code": "460106",
            "purpose": Purpose.SEEK_RESOLUTION, "route": Route.ACCEPTED_HERE,
            "matter_sort": MatterSort.CLAIM, "current_address": "海口市龙华区滨海大道1号"}
    with pytest.raises(UserError) as error:
        services.registration.register(
            again.visit_id, RegistrationInput(**{k: v for k, v in data.items() if k in fields}))
    assert "已关联到原信访件" in error.value.message
    assert row(services, again.visit_id).case_number is None


def test_link_to_a_closed_case_gives_the_no_longer_accepted_notice(services) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, issue(services).visit_id, "XF20261127-1-001",
                     steps=(StepKind.ACCEPTED, StepKind.ANSWERED, StepKind.CLOSED))
    again = issue(services)
    view = services.repeat.earlier_matters(again.visit_id)
    [matter] = view.matters
    assert matter.final and not matter.is_open and not matter.within_time_limit
    assert view.candidates == (matter,)  # still offered: linking gives 不再受理
    result = services.repeat.link_to_case(again.visit_id, case.visit_id)
    assert result.final
    assert result.paper is Paper.NO_LONGER_ACCEPTED
    kinds = [kind for kind, *_ in steps(services, case.visit_id)]
    assert kinds[-2:] == [StepKind.VISIT_LINKED, StepKind.NO_LONGER_ACCEPTED]
    assert row(services, case.visit_id).case_status == CaseStatus.CLOSED.value


def test_new_matter_is_recorded_and_kept_on_reopening(services) -> None:  # type: ignore[no-untyped-def]
    open_case(services, issue(services).visit_id, "XF20261127-1-001")
    again = issue(services)
    view = services.repeat.mark_new_matter(again.visit_id)
    assert view.decision is RepeatDecision.NEW_MATTER
    visit = row(services, again.visit_id)
    assert visit.repeat_decision == "new_matter" and not visit.is_repeat
    assert visit.case_visit_id is None
    assert services.repeat.earlier_matters(again.visit_id).decision is RepeatDecision.NEW_MATTER
    # Changing one's mind before the registration is saved: still possible.
    result = services.repeat.link_to_case(again.visit_id, again_case := view.matters[0]
                                          .case_visit_id)
    assert result.visit_count == 2 and result.case_visit_id == again_case


def test_unlink_is_a_correction_never_a_deletion(services) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, issue(services).visit_id, "XF20261127-1-001",
                     steps=(StepKind.ACCEPTED, StepKind.ANSWERED, StepKind.CLOSED))
    again = issue(services)
    linked = services.repeat.link_to_case(again.visit_id, case.visit_id)
    with pytest.raises(RepeatNotAllowed) as error:
        services.repeat.unlink(again.visit_id, "  ")
    assert error.value.field == "reason"
    result = services.repeat.unlink(again.visit_id, "关联错了，是另一件事")
    assert result.visit_count == 1
    visit = row(services, again.visit_id)
    assert visit.case_visit_id is None and visit.repeat_decision is None
    assert not visit.is_repeat
    assert row(services, case.visit_id).visit_count == 1
    recorded = steps(services, case.visit_id)
    link = next(s for s in recorded if s[0] is StepKind.VISIT_LINKED)
    assert link[1] == again.visit_id  # still there
    corrections = [s for s in recorded if s[0] is StepKind.CORRECTION]
    assert len(corrections) == 2  # the link and its 不再受理 notice
    assert all(note == "关联错了，是另一件事" for *_, note in corrections)
    with services.sessions() as session:
        link_id = session.scalar(select(CaseStep.id).where(
            CaseStep.kind == StepKind.VISIT_LINKED.value))
    assert link_id in {corrects for _, _, corrects, _ in corrections}
    assert linked.step_id == link_id
    # The case is where it was: closed, not reopened by the correction.
    assert row(services, case.visit_id).case_status == CaseStatus.CLOSED.value
    view = result.view
    assert view.linked is None and view.can_decide and view.decision is None
    with pytest.raises(RepeatNotAllowed):
        services.repeat.unlink(again.visit_id, "再撤一次")


def test_refuses_a_case_of_another_person(services) -> None:  # type: ignore[no-untyped-def]
    other = open_case(services, issue(services, "李四", 2).visit_id, "XF20261127-1-001")
    mine = issue(services, "张三", 1)
    assert services.repeat.earlier_matters(mine.visit_id).matters == ()
    with pytest.raises(RepeatNotAllowed) as error:
        services.repeat.link_to_case(mine.visit_id, other.visit_id)
    assert "不是这位来访人的事项" in error.value.message
    assert row(services, other.visit_id).visit_count == 1
    assert row(services, mine.visit_id).case_visit_id is None
    assert [k for k, *_ in steps(services, other.visit_id)] == [StepKind.REGISTERED,
                                                               StepKind.ACCEPTED]


def test_refuses_a_visit_with_a_case_number_of_its_own(services) -> None:  # type: ignore[no-untyped-def]
    first = open_case(services, issue(services).visit_id, "XF20261127-1-001")
    second = open_case(services, issue(services).visit_id, "XF20261127-1-002")
    with pytest.raises(RepeatNotAllowed) as error:
        services.repeat.link_to_case(second.visit_id, first.visit_id)
    assert "已登记为信访件 XF20261127-1-002" in error.value.message
    assert row(services, first.visit_id).visit_count == 1


def test_refuses_linking_twice(services) -> None:  # type: ignore[no-untyped-def]
    first = open_case(services, issue(services).visit_id, "XF20261127-1-001")
    second = open_case(services, issue(services).visit_id, "XF20261127-1-002")
    again = issue(services)
    services.repeat.link_to_case(again.visit_id, first.visit_id)
    with pytest.raises(RepeatNotAllowed) as error:
        services.repeat.link_to_case(again.visit_id, second.visit_id)
    assert "已关联到信访件 XF20261127-1-001" in error.value.message
    with pytest.raises(RepeatNotAllowed):
        services.repeat.mark_new_matter(again.visit_id)
    assert row(services, second.visit_id).visit_count == 1
    assert row(services, first.visit_id).visit_count == 2


def test_representative_who_comes_alone_is_the_same_matter(services) -> None:  # type: ignore[no-untyped-def]
    rep_id = make_id_number(seq=77)
    group = issue(services, "王五", 5, category=TicketCategory.GROUP, people=6,
                  representatives=(RepresentativeInput("赵六", rep_id),))
    case = open_case(services, group.visit_id, "XF20261127-1-001",
                     summary="小区业主反映物业违规收费")
    alone = issue(services, "赵六", 77)  # the representative, by the same ID number
    view = services.repeat.earlier_matters(alone.visit_id)
    [matter] = view.matters
    assert matter.case_number == "XF20261127-1-001"
    assert matter.role is MatterRole.REPRESENTATIVE
    result = services.repeat.link_to_case(alone.visit_id, case.visit_id)
    assert result.visit_count == 2
    # Once linked, the next visit of the same representative still finds the matter.
    later = issue(services, "赵六", 77)
    [matter] = services.repeat.earlier_matters(later.visit_id).matters
    assert matter.role is MatterRole.REPRESENTATIVE and matter.visit_count == 2
    assert services.repeat.link_to_case(later.visit_id, case.visit_id).visit_count == 3
    assert services.repeat.earlier_matters(later.visit_id).visit_number == 3


def test_earlier_visit_linked_elsewhere_counts_once(services) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, issue(services).visit_id, "XF20261127-1-001")
    second = issue(services)
    services.repeat.link_to_case(second.visit_id, case.visit_id)
    issue(services)  # a ticket never registered
    third = issue(services)
    view = services.repeat.earlier_matters(third.visit_id)
    assert [m.case_number for m in view.matters] == ["XF20261127-1-001"]
    assert view.matters[0].visit_count == 2
    assert view.unregistered_visits == 1


def test_finish_a_linked_visit(services) -> None:  # type: ignore[no-untyped-def]
    case = open_case(services, issue(services).visit_id, "XF20261127-1-001")
    again = issue(services)
    with pytest.raises(RepeatNotAllowed):
        services.repeat.finish_linked_visit(again.visit_id)  # not linked yet
    services.repeat.link_to_case(again.visit_id, case.visit_id)
    with pytest.raises(RepeatNotAllowed):
        services.repeat.finish_linked_visit(again.visit_id)  # still waiting in the queue
    services.calling.call_ticket(again.visit_id, "1号窗口")
    assert services.repeat.finish_linked_visit(again.visit_id) is QueueStatus.DONE
    assert row(services, again.visit_id).queue_status == QueueStatus.DONE.value


def test_suggestion_by_category_and_area_or_similar_summary(services) -> None:  # type: ignore[no-untyped-def]
    wages = open_case(services, issue(services).visit_id, "XF20261127-1-001",
                      summary="反映单位拖欠工资三个月", category="03", area="460106")
    lift = open_case(services, issue(services).visit_id, "XF20261127-1-002",
                     summary="反映小区电梯长期停运", category="01", area="460105")
    done = open_case(services, issue(services).visit_id, "XF20261127-1-003",
                     summary="反映单位拖欠工资", steps=(StepKind.REFUSED,))
    matters = services.repeat.earlier_matters(issue(services).visit_id).matters
    assert suggested(matters, "", "", "") == frozenset()
    assert suggested(matters, "03", "460106", "") == {wages.visit_id}
    assert suggested(matters, "01", "460105", "") == {lift.visit_id}
    # A refused matter is not offered (nothing is being handled, nothing closed).
    assert suggested(matters, "", "", "又来反映拖欠工资的事") == {wages.visit_id}
    assert done.visit_id not in suggested(matters, "03", "460106", "反映单位拖欠工资")
    assert summary_similarity("反映拖欠工资", "反映单位拖欠工资三个月") > 0.5
    assert summary_similarity("反映拖欠工资", "反映小区电梯停运") < 0.2
