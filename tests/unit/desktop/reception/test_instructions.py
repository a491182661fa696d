"""批示与督办: the leader's instruction with the unit assigned and its deadlines on the
2026 calendar, on the case timeline as side steps; the follow-up list (open, due soon,
overdue) and the unit's reply and result."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from booking_setup import LIU_ID, add_case, booking_input, make_roster, published_session
from helpers import FakeClock

from desktop.cases.lifecycle import current_step, steps_of
from desktop.domain import StepKind
from desktop.reception.booking_domain import (
    BookingStatus,
    DayState,
    FollowUpState,
    InstructionStatus,
)
from desktop.reception.domain import ReceptionError
from desktop.reception.instructions import InstructionInput

DAY = date(2026, 9, 10)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 9, 1, 1, 0, tzinfo=UTC))


@pytest.fixture
def received(services, clock):  # type: ignore[no-untyped-def]
    roster = make_roster(services)
    item = published_session(services, roster.wang, DAY)
    case_id = add_case(services, LIU_ID, "刘芳", "XF202604010001", date(2026, 4, 1), "accepted")
    booking = services.reception_bookings.book(booking_input(
        item.session_id, name="刘芳", id_number=LIU_ID, case_number="XF202604010001")).booking
    clock.now = datetime(2026, 9, 10, 1, 30, tzinfo=UTC)
    services.reception_checkin.check_in(booking.code)
    return item, booking, case_id


def unit_code(services) -> str:  # type: ignore[no-untyped-def]
    return services.cases.units()[0].code


def test_an_instruction_assigns_a_unit_with_deadlines_and_goes_on_the_case(
        services, received) -> None:  # type: ignore[no-untyped-def]
    item, booking, case_id = received
    with pytest.raises(ReceptionError) as empty:
        services.reception_instructions.record(
            InstructionInput("  ", booking_id=booking.booking_id))
    assert empty.value.field == "decision"
    code = unit_code(services)
    done = services.reception_instructions.record(InstructionInput(
        "请住建局会同街道核查噪音问题，依法处理并答复来访人", unit_code=code,
        booking_id=booking.booking_id))
    # 15 days from Thursday 09-10 end on Friday 09-25, 中秋节: rolled over to Monday
    # 09-28; 30 days end on 10-10, the 国庆 make-up Saturday, a working day.
    assert (done.given_on, done.reply_due, done.finish_due) == (
        DAY, date(2026, 9, 28), date(2026, 10, 10))
    assert done.status is InstructionStatus.OPEN and done.case_number == "XF202604010001"
    assert done.leader_name == "王建国" and done.unit_name
    view = services.reception_checkin.day_view(item.session_id)
    assert view.bookings[0].status is BookingStatus.RECEIVED
    assert view.bookings[0].day_state is DayState.DONE
    with services.sessions() as session:
        steps = steps_of(session, case_id)
        kinds = [StepKind(s.kind) for s in steps]
        assert kinds == [StepKind.REGISTERED, StepKind.INSTRUCTION]
        assert steps[-1].unit_name == done.unit_name and "噪音" in (steps[-1].note or "")
        assert current_step(steps) is StepKind.REGISTERED  # a side step moves nothing


def test_the_follow_up_list_shows_due_soon_and_overdue_until_the_result(
        services, received, clock) -> None:  # type: ignore[no-untyped-def]
    _item, booking, case_id = received
    done = services.reception_instructions.record(InstructionInput(
        "限期答复", unit_code=unit_code(services), booking_id=booking.booking_id))
    listed = services.reception_instructions.follow_up(within_days=3)
    assert [i.follow_up for i in listed.items] == [FollowUpState.ON_TIME] and listed.open == 1
    clock.now = datetime(2026, 9, 26, 1, 0, tzinfo=UTC)  # two days before 09-28
    assert services.reception_instructions.follow_up().items[0].follow_up \
        is FollowUpState.DUE_SOON
    clock.now = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)
    late = services.reception_instructions.follow_up()
    assert late.overdue == 1 and late.items[0].days_left == -3
    with pytest.raises(ReceptionError) as future:
        services.reception_instructions.record_reply(done.instruction_id, date(2026, 10, 2),
                                                     "已答复")
    assert future.value.field == "on_date"
    replied = services.reception_instructions.record_reply(
        done.instruction_id, date(2026, 9, 30), "已书面答复来访人，正在整改")
    assert replied.status is InstructionStatus.REPLIED
    assert replied.waiting_due == date(2026, 10, 10) and replied.follow_up \
        is FollowUpState.ON_TIME
    result = services.reception_instructions.record_result(
        done.instruction_id, date(2026, 10, 1), "施工时间已调整，来访人表示满意")
    assert result.status is InstructionStatus.DONE
    assert services.reception_instructions.follow_up().items == ()
    assert len(services.reception_instructions.follow_up(include_done=True).items) == 1
    with services.sessions() as session:
        notes = [s.note for s in steps_of(session, case_id)
                 if s.kind == StepKind.UNIT_REPLIED.value]
    assert notes == ["书面回复：已书面答复来访人，正在整改",
                     "办理结果：施工时间已调整，来访人表示满意"]
