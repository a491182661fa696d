from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from helpers import make_id_number
from sqlalchemy import func, select

from db.models import AuditEntry, CalendarDay, CalendarYear, Visit, VisitStatusChange
from desktop.cases.lifecycle import record_step, steps_of
from desktop.cases.registration import RegistrationInput
from desktop.cases.registration_steps import CORRECTION_NOTE
from desktop.domain import (
    CaseStatus,
    MatterSort,
    Paper,
    Purpose,
    QueueStatus,
    Route,
    StepKind,
    TicketCategory,
)
from desktop.queue.tickets import InvalidInput, TicketRequest


def issue(services, seq: int = 123):  # type: ignore[no-untyped-def]
    return services.tickets.issue_ticket(
        TicketRequest(name="王五", id_number=make_id_number(seq=seq),
                      category=TicketCategory.REGULAR)
    )


def form(**overrides: object) -> RegistrationInput:
    values: dict[str, object] = {
        "summary": "工地拖欠工资三个月", "demands": "请求支付拖欠工资",
        "content_category_code": "03", "area_code": "460105",
        "purpose": Purpose.SEEK_RESOLUTION, "route": Route.TRANSFERRED,
        "matter_sort": MatterSort.CLAIM, "route_unit_code": "HK-RSJ",
        "current_address": "海口市秀英区长滨路 1 号",
    }
    values.update(overrides)
    return RegistrationInput(**values)  # type: ignore[arg-type]


def steps(services, visit_id):  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return [(s.kind, s.on_date, s.due, s.unit_name, s.note)
                for s in steps_of(session, visit_id)]


def stored(services, visit_id) -> Visit:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        session.expunge(visit)
        return visit


def start_on(clock, day: date) -> None:  # type: ignore[no-untyped-def]
    clock.now = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)  # 09:00 Shanghai


def test_a_transfer_counts_the_units_fifteen_days_from_the_transfer_date(services, clock) -> None:  # type: ignore[no-untyped-def]
    start_on(clock, date(2026, 9, 16))
    ticket = issue(services)
    result = services.registration.register(
        ticket.visit_id, form(transfer_document_number="海信转〔2026〕12号",
                              respondent="某建筑公司", materials="工资欠条复印件 2 页",
                              flags=frozenset({"skip_level", "agree_public"})))
    assert result.case_number == "XF2026091610001"
    assert result.case_status is CaseStatus.REVIEWING  # a transfer is not an acceptance
    assert result.paper is Paper.REGISTRATION_RECEIPT
    assert result.is_repeat is False
    # Day 15 after 2026-09-16 is 10-01, 国庆: the limits end on Thursday 10-08.
    assert result.deadlines.sort_due == date(2026, 10, 8)
    assert result.deadlines.accept_notice_due == date(2026, 10, 8)
    assert result.deadlines.handling_due is None  # the unit accepts first
    assert result.deadlines.estimated is False
    visit = stored(services, ticket.visit_id)
    assert (visit.route, visit.route_unit_code, visit.route_unit) == (
        "transferred", "HK-RSJ", "海口市人力资源和社会保障局")
    assert visit.transferred_on == date(2026, 9, 16)
    assert visit.transfer_document_number == "海信转〔2026〕12号"
    assert visit.matter_sort == "claim"
    assert (visit.respondent, visit.materials) == ("某建筑公司", "工资欠条复印件 2 页")
    assert visit.flag_agree_public and visit.flag_skip_level and not visit.flag_group
    assert visit.accept_notice_due == date(2026, 10, 8) and visit.handling_due is None
    assert visit.next_due == date(2026, 10, 8) and visit.next_due_step == "transferred"
    assert visit.deadline_calendar is not None
    assert visit.deadline_calendar.startswith("chinese_calendar")
    assert steps(services, ticket.visit_id) == [
        ("registered", date(2026, 9, 16), date(2026, 10, 8), None, None),
        ("transferred", date(2026, 9, 16), date(2026, 10, 8), "海口市人力资源和社会保障局",
         None),
    ]
    reg = services.registration.visit_detail(ticket.visit_id).registration
    assert reg is not None and reg.matter_sort is MatterSort.CLAIM
    assert reg.route_unit_code == "HK-RSJ" and reg.transferred_on == date(2026, 9, 16)


def test_the_transfer_date_is_checked(services, clock) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)  # received 2026-11-27
    for day in (date(2026, 11, 26), date(2026, 11, 28)):  # before receipt; tomorrow
        with pytest.raises(InvalidInput) as caught:
            services.registration.register(ticket.visit_id, form(transferred_on=day))
        assert caught.value.field == "transferred_on"
    services.registration.register(ticket.visit_id, form())
    clock.advance(days=3)  # the transfer went out on 11-29; corrected on Monday
    result = services.registration.register(ticket.visit_id,
                                            form(transferred_on=date(2026, 11, 29)))
    assert result.deadlines.received_on == date(2026, 11, 27)
    assert result.deadlines.sort_due == date(2026, 12, 14)  # Saturday 12-12 rolls over
    assert result.deadlines.accept_notice_due == date(2026, 12, 14)  # 11-29 + 15 = Mon
    assert [(s[0], s[1]) for s in steps(services, ticket.visit_id)] == [
        ("registered", date(2026, 11, 27)), ("transferred", date(2026, 11, 27)),
        ("correction", date(2026, 11, 27)), ("transferred", date(2026, 11, 29))]
    assert stored(services, ticket.visit_id).transferred_on == date(2026, 11, 29)
    with pytest.raises(InvalidInput) as caught:  # today is 11-30
        services.registration.register(ticket.visit_id, form(transferred_on=date(2026, 12, 1)))
    assert caught.value.field == "transferred_on"


def test_accepted_here_counts_sixty_days_on_the_administrators_calendar(services, clock) -> None:  # type: ignore[no-untyped-def]
    start_on(clock, date(2026, 11, 2))
    ticket = issue(services)
    # Without 2027's holidays, day 60 (Friday 2027-01-01) is counted by weekends only.
    guess = services.registration.register(ticket.visit_id, form(route=Route.ACCEPTED_HERE))
    assert guess.deadlines.handling_due == date(2027, 1, 1)
    assert guess.deadlines.estimated is True
    # The administrator enters 2027: 元旦 is a holiday, the weekend follows → Monday 01-04.
    with services.sessions.begin() as session:
        session.add(CalendarDay(day=date(2027, 1, 1), is_working=False, note="元旦"))
        session.add(CalendarYear(year=2027, entered_by="admin"))
    second = issue(services, seq=124)
    result = services.registration.register(second.visit_id, form(route=Route.ACCEPTED_HERE))
    assert result.case_status is CaseStatus.ACCEPTED
    assert result.paper is Paper.ACCEPTANCE_NOTICE
    assert result.deadlines.accepted_on == date(2026, 11, 2)
    assert result.deadlines.handling_due == date(2027, 1, 4)
    assert result.deadlines.accept_notice_due is None and result.deadlines.sort_due is None
    assert result.deadlines.estimated is False
    visit = stored(services, second.visit_id)
    assert (visit.accepted_on, visit.handling_due) == (date(2026, 11, 2), date(2027, 1, 4))
    assert visit.route_unit_code is None and visit.transferred_on is None
    assert visit.deadline_calendar is not None and "overrides" in visit.deadline_calendar
    assert [s[:3] for s in steps(services, second.visit_id)] == [
        ("registered", date(2026, 11, 2), date(2026, 11, 17)),
        ("accepted", date(2026, 11, 2), date(2027, 1, 4)),
    ]


def test_a_legal_channel_names_the_body_and_old_labels_still_read(services) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    with pytest.raises(InvalidInput) as caught:  # 人社局 does not hear lawsuits
        services.registration.register(ticket.visit_id, form(
            route=Route.LEGAL_CHANNEL, route_channel="litigation", route_unit_code="HK-RSJ"))
    assert caught.value.field == "route_unit"
    with pytest.raises(InvalidInput) as caught:
        services.registration.register(ticket.visit_id, form(
            route=Route.LEGAL_CHANNEL, route_channel="", route_unit_code="HK-ZY"))
    assert caught.value.field == "route_channel"
    # The old form's label is accepted, and stored as the key.
    result = services.registration.register(ticket.visit_id, form(
        route=Route.LEGAL_CHANNEL, route_channel="向人民法院提起诉讼", route_unit_code="HK-ZY"))
    assert result.case_status is CaseStatus.NOT_ACCEPTED
    assert result.paper is Paper.LEGAL_CHANNEL_NOTICE
    assert result.deadlines.handling_due is None and result.deadlines.accept_notice_due is None
    visit = stored(services, ticket.visit_id)
    assert (visit.route_channel, visit.route_unit_code, visit.route_unit) == (
        "litigation", "HK-ZY", "海口市中级人民法院")
    assert [(s[0], s[4]) for s in steps(services, ticket.visit_id)] == [
        ("registered", None), ("refused", "向人民法院提起诉讼")]
    # An old row holding the label reads as the key.
    with services.sessions.begin() as session:
        row = session.get(Visit, ticket.visit_id)
        assert row is not None
        row.route_channel = "申请劳动人事争议仲裁"
    reg = services.registration.visit_detail(ticket.visit_id).registration
    assert reg is not None and reg.route_channel == "labour_arbitration"


def test_not_accepted_needs_reason_and_basis(services) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    with pytest.raises(InvalidInput) as caught:
        services.registration.register(ticket.visit_id, form(
            route=Route.NOT_ACCEPTED, route_reason="已经复核终结"))
    assert caught.value.field == "route_basis"
    result = services.registration.register(ticket.visit_id, form(
        route=Route.NOT_ACCEPTED, route_reason="已经复核终结",
        route_basis="《信访工作条例》第三十五条"))
    assert result.paper is Paper.REFUSAL_NOTICE
    visit = stored(services, ticket.visit_id)
    assert (visit.route_reason, visit.route_basis) == ("已经复核终结", "《信访工作条例》第三十五条")
    assert visit.route_unit_code is None and visit.next_due is None
    assert [(s[0], s[4]) for s in steps(services, ticket.visit_id)] == [
        ("registered", None), ("refused", "已经复核终结")]


def test_answered_on_the_spot_is_closed(services) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    result = services.registration.register(ticket.visit_id, form(route=Route.ANSWERED))
    assert result.case_status is CaseStatus.CLOSED
    assert result.paper is Paper.REGISTRATION_RECEIPT
    assert result.deadlines.labelled() == ()
    assert [s[0] for s in steps(services, ticket.visit_id)] == ["registered", "closed"]


def test_resaving_with_another_route_corrects_the_route_step(services, clock) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    first = services.registration.register(ticket.visit_id, form())
    # The same route again changes the fields only.
    services.registration.register(ticket.visit_id, form(summary="拖欠工资四个月"))
    assert [s[0] for s in steps(services, ticket.visit_id)] == ["registered", "transferred"]
    clock.advance(days=1)
    second = services.registration.register(ticket.visit_id, form(route=Route.ACCEPTED_HERE))
    assert second.case_number == first.case_number
    assert second.case_status is CaseStatus.ACCEPTED
    assert [(s[0], s[4]) for s in steps(services, ticket.visit_id)] == [
        ("registered", None), ("transferred", None), ("correction", CORRECTION_NOTE),
        ("accepted", None)]
    visit = stored(services, ticket.visit_id)
    assert visit.route_unit_code is None and visit.transferred_on is None
    assert visit.accept_notice_due is None
    assert visit.accepted_on == date(2026, 11, 27)  # accepted on the day received
    assert visit.handling_due == date(2027, 1, 26)
    with services.sessions() as session:
        changes = session.execute(
            select(VisitStatusChange.from_status, VisitStatusChange.to_status)
            .where(VisitStatusChange.visit_id == ticket.visit_id,
                   VisitStatusChange.kind == "case")
            .order_by(VisitStatusChange.at, VisitStatusChange.id)).all()
    assert [tuple(c) for c in changes] == [
        (None, "reviewing"), ("reviewing", "accepted")]
    # Once the case has moved on (answered), the registration page refuses a new route.
    from desktop.calendar import Calendar
    from desktop.cases.deadlines import DeadlineRules

    with services.sessions.begin() as session:
        case = session.get(Visit, ticket.visit_id)
        assert case is not None
        record_step(session, case, StepKind.ANSWERED, date(2026, 12, 1),
                    workstation=services.registration._workstation, now=clock(),
                    rules=DeadlineRules(), calendar=Calendar())
    with pytest.raises(InvalidInput) as caught:
        services.registration.register(ticket.visit_id, form(route=Route.ANSWERED))
    assert caught.value.field == "route" and "办理流程" in str(caught.value)
    # … but the matter's own fields can still be corrected.
    services.registration.register(ticket.visit_id, form(
        route=Route.ACCEPTED_HERE, summary="拖欠工资五个月"))
    assert stored(services, ticket.visit_id).summary == "拖欠工资五个月"


def test_the_address_is_required_unless_anonymous(services) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    with pytest.raises(InvalidInput) as caught:
        services.registration.register(ticket.visit_id, form(current_address=""))
    assert caught.value.field == "current_address"
    assert "现住址" in str(caught.value)
    services.registration.register(ticket.visit_id, form(
        current_address="", flags=frozenset({"anonymous"})))
    # Once written down, a later registration need not type it again.
    services.registration.register(issue(services).visit_id, form(current_address="海口市"))
    services.registration.register(issue(services).visit_id, form(current_address=""))


def test_five_booked_visitors_keep_the_booking_and_the_matter_is_a_group_visit(services) -> None:  # type: ignore[no-untyped-def]
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="王五", id_number=make_id_number(seq=5), category=TicketCategory.BOOKED,
        people_count=5))
    assert ticket.category is TicketCategory.BOOKED
    services.registration.register(ticket.visit_id, form())
    visit = stored(services, ticket.visit_id)
    assert visit.category == "booked" and visit.flag_group
    reg = services.registration.visit_detail(ticket.visit_id).registration
    assert reg is not None and "group" in reg.flags
    # A regular ticket of five still goes to 集体访 (the desk picks the category).
    with pytest.raises(InvalidInput) as caught:
        services.tickets.issue_ticket(TicketRequest(
            name="王五", id_number=make_id_number(seq=6), category=TicketCategory.REGULAR,
            people_count=5))
    assert caught.value.field == "category"


def test_representatives_with_any_document(services) -> None:  # type: ignore[no-untyped-def]
    from desktop.cases.identity import IdType
    from desktop.queue.tickets import RepresentativeInput

    ticket = services.tickets.issue_ticket(TicketRequest(
        name="王五", id_number=make_id_number(seq=8), category=TicketCategory.GROUP,
        people_count=6, representatives=(
            RepresentativeInput("陈大文", "h12345678", id_type=IdType.HK_MACAU_PERMIT),
            RepresentativeInput("林美玲", "M87654321", id_type=IdType.HK_MACAU_PERMIT),
            RepresentativeInput("李四", make_id_number(seq=9)),
        )))
    detail = services.registration.visit_detail(ticket.visit_id)
    assert [(r.name, r.id_type) for r in detail.representatives] == [
        ("陈大文", IdType.HK_MACAU_PERMIT), ("林美玲", IdType.HK_MACAU_PERMIT),
        ("李四", IdType.RESIDENT_ID)]
    with services.sessions() as session:
        visit = session.get(Visit, ticket.visit_id)
        assert visit is not None
        assert [r.id_number for r in visit.representatives][:2] == ["H12345678", "M87654321"]
    # A resident ID is still checked.
    with pytest.raises(InvalidInput) as caught:
        services.tickets.issue_ticket(TicketRequest(
            name="王五", id_number=make_id_number(seq=10), category=TicketCategory.GROUP,
            people_count=5,
            representatives=(RepresentativeInput("赵六", "460105198001011231"),)))
    assert caught.value.field == "representative_1"


def test_saving_again_keeps_case_number(services) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    first = services.registration.register(ticket.visit_id, form())
    services.calling.call_ticket(ticket.visit_id, "1号窗口")
    second = services.registration.register(
        ticket.visit_id, form(route=Route.ANSWERED, route_unit_code="HK-ZJJ", finish=True)
    )
    assert second.case_number == first.case_number
    assert second.enquiry_code == first.enquiry_code
    assert second.case_status is CaseStatus.CLOSED
    detail = services.registration.visit_detail(ticket.visit_id)
    assert detail.queue_status is QueueStatus.DONE
    assert detail.registration is not None and detail.registration.route_unit == ""


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"matter_sort": None}, "matter_sort"),
        ({"summary": "   "}, "summary"),
        ({"demands": ""}, "demands"),
        ({"content_category_code": ""}, "content_category"),
        ({"content_category_code": "ZZ"}, "content_category"),
        ({"area_code": "999999"}, "area"),
        ({"route_unit_code": " "}, "route_unit"),
        ({"route_unit_code": "NO-SUCH"}, "route_unit"),
        ({"route": Route.LEGAL_CHANNEL, "route_unit_code": "HK-ZY"}, "route_channel"),
        ({"route": Route.LEGAL_CHANNEL, "route_channel": "litigation",
          "route_unit_code": ""}, "route_unit"),
        ({"route": Route.NOT_ACCEPTED}, "route_reason"),
        ({"involved_count": 0}, "involved_count"),
        ({"respondent": "某" * 201}, "respondent"),
        ({"transfer_document_number": "号" * 65}, "transfer_document_number"),
    ],
)
def test_invalid_registration_changes_nothing(services, overrides, field) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    with pytest.raises(InvalidInput) as caught:
        services.registration.register(ticket.visit_id, form(**overrides))
    assert caught.value.field == field
    with services.sessions() as session:
        visit = session.get(Visit, ticket.visit_id)
        assert visit is not None
        assert visit.case_number is None and visit.summary is None
        assert steps_of(session, ticket.visit_id) == []


def test_a_second_matter_of_the_person_is_not_marked_repeat_here(services, clock) -> None:  # type: ignore[no-untyped-def]
    first = issue(services)
    services.registration.register(first.visit_id, form())
    clock.advance(days=10)
    second = issue(services)
    history = services.registration.visitor_history(second.visitor_id, second.visit_id)
    assert [e.visit_id for e in history.entries] == [first.visit_id]
    assert len(history.open_matters) == 1
    result = services.registration.register(second.visit_id, form())
    assert result.is_repeat is False  # repeat is decided by linking (repeat.py)
    assert stored(services, second.visit_id).is_repeat is False


def test_answered_or_not_accepted_matters_are_not_open(services, clock) -> None:  # type: ignore[no-untyped-def]
    first = issue(services)
    services.registration.register(first.visit_id, form(route=Route.ANSWERED))
    clock.advance(days=1)
    second = issue(services)
    assert services.registration.visitor_history(second.visitor_id, second.visit_id
                                                 ).open_matters == ()


def test_viewing_full_personal_data_is_audited(services) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    services.registration.visit_detail(ticket.visit_id)
    with services.sessions() as session:
        count = session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "view_personal_data"))
    assert count == 1


def test_history_by_document_number(services) -> None:  # type: ignore[no-untyped-def]
    from desktop.cases.identity import IdType

    issue(services)
    history = services.registration.history_by_document(IdType.RESIDENT_ID, make_id_number())
    assert [e.ticket_number for e in history.entries] == ["A1001"]


def test_finish_follows_the_calling_transitions(services) -> None:  # type: ignore[no-untyped-def]
    ticket = issue(services)
    with pytest.raises(InvalidInput) as caught:
        services.registration.register(ticket.visit_id, form(finish=True))
    assert "等候" in str(caught.value) and "叫号" in str(caught.value)
    assert services.registration.visit_detail(ticket.visit_id).registration is None
    services.calling.call_ticket(ticket.visit_id, "2号窗口")
    services.registration.register(ticket.visit_id, form(finish=True))
    with services.sessions() as session:
        changes = session.execute(
            select(VisitStatusChange.from_status, VisitStatusChange.to_status)
            .where(VisitStatusChange.visit_id == ticket.visit_id,
                   VisitStatusChange.kind == "queue")
            .order_by(VisitStatusChange.at, VisitStatusChange.id)
        ).all()
    assert [tuple(step) for step in changes] == [
        (None, "waiting"), ("waiting", "called"), ("called", "serving"), ("serving", "done"),
    ]
