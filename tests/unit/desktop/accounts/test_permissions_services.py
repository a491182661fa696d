"""Issue 11 part 2: each role's allowed and refused actions in every service (tickets,
registration, case steps, extensions, bookings and their overrides, exports, reception
planning, briefings, case content, reference data), table-driven at the service layer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts_setup import PASSWORD, add_everyone, login_as
from booking_setup import booking_input, published_session
from case_setup import open_case, set_day
from helpers import make_id_number
from reception_setup import make_roster, session_input

from desktop.accounts.permissions import PermissionDenied
from desktop.accounts.roles import Role
from desktop.accounts.users import NewUser
from desktop.cases.identity import IdType
from desktop.cases.registration_rules import RegistrationInput
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.queue.tickets import TicketRequest
from desktop.reception.domain import ReceptionError

FRONT, CLERK, CHIEF = Role.FRONT_DESK, Role.CLERK, Role.SECTION_CHIEF
LEADER, ADMIN = Role.LEADER, Role.ADMIN
DESK = {FRONT, CLERK, CHIEF}
HANDLERS = {CLERK, CHIEF}
PLANNERS = {CHIEF, ADMIN}


@dataclass(frozen=True)
class World:
    case_visit_id: uuid.UUID
    case_number: str
    enquiry_code: str
    session_id: uuid.UUID  # 王建国's published session (portfolio 01, 02)
    leader_id: uuid.UUID


def _world(services: Any, clock: Any) -> World:
    """Made by the operator of a database without accounts (everything allowed)."""
    case = open_case(services, clock, date(2026, 9, 1), Route.ACCEPTED_HERE)
    set_day(clock, date(2026, 10, 20))
    roster = make_roster(services)
    item = published_session(services, roster.wang, date(2026, 10, 27))
    return World(case.visit_id, case.case_number, case.enquiry_code, item.session_id,
                 roster.wang)


def _registration() -> RegistrationInput:
    return RegistrationInput(summary="小区噪音扰民", demands="请求整改", content_category_code="01",
                             area_code="460105", purpose=Purpose.SEEK_RESOLUTION,
                             route=Route.ACCEPTED_HERE, matter_sort=MatterSort.CLAIM,
                             current_address="海口市龙华区滨海大道1号")


def _ticket(seq: int) -> TicketRequest:
    return TicketRequest(name="李四", id_number=make_id_number(seq=seq),
                         category=TicketCategory.REGULAR)


def _actions(services: Any, world: World, tmp_path: Path
             ) -> dict[str, tuple[set[Role], Callable[[], object]]]:
    s = services
    seq = iter(range(400, 500))

    return {
        "取号": (DESK, lambda: s.tickets.issue_ticket(_ticket(next(seq)))),
        "按证件查来访人": (DESK, lambda: s.tickets.find_visitor(IdType.RESIDENT_ID,
                                                               make_id_number(seq=101))),
        "查找来访": (DESK, lambda: s.search.search_visits("王小明")),
        "进度查询": (DESK, lambda: s.enquiry.look_up(world.case_number, world.enquiry_code)),
        "接谈登记": (HANDLERS, lambda: s.registration.register(world.case_visit_id,
                                                          _registration())),
        "打开接谈登记": (HANDLERS, lambda: s.registration.open_visit(world.case_visit_id)),
        "来访历史": (HANDLERS, lambda: s.registration.visitor_history(
            s.registration.visit_detail(world.case_visit_id).visitor_id)),
        "办理流程": (HANDLERS, lambda: s.cases.case_detail(world.case_visit_id)),
        "延期": (HANDLERS & {CHIEF}, lambda: s.cases.record_extension(
            world.case_visit_id, approved_by="张局长", reason="需要调查取证",
            new_due=date(2026, 12, 2))),
        "期限监控": (HANDLERS, lambda: s.deadline_watch.watch(90)),
        "导出期限监控": (HANDLERS & {CHIEF}, lambda: s.deadline_watch.export(
            tmp_path / "watch.xlsx", 90)),
        "重复访": (HANDLERS, lambda: s.repeat.earlier_matters(world.case_visit_id)),
        "批示督办": (HANDLERS, lambda: s.reception_instructions.follow_up()),
        "回执": (HANDLERS, lambda: s.printing.receipt(world.case_visit_id)),
        "号票": (DESK, lambda: s.printing.ticket_slip(world.case_visit_id)),
        "预约": (DESK, lambda: s.reception_bookings.book(booking_input(world.session_id))),
        "破例预约": ({CHIEF}, lambda: s.reception_bookings.book(booking_input(
            world.session_id, name="刘洋", id_number=make_id_number(seq=777),
            category_code="03", override_reason="领导同意", override_by="科长丁"))),
        "安排接访": (PLANNERS, lambda: s.reception.create_session(
            session_input(world.leader_id, date(2026, 11, 3)))),
        "导出接访安排": (PLANNERS, lambda: s.reception_schedule.export(
            tmp_path / "schedule.xlsx", date(2026, 10, 1), date(2026, 10, 31))),
        "接访简报": (HANDLERS, lambda: s.reception_briefing.briefing(world.session_id)),
        "内容分类": ({ADMIN}, lambda: s.reference.add_content_category("T18", "测试分类")),
    }


@pytest.mark.parametrize("role", list(Role))
def test_each_role_at_the_service_layer(services, clock, tmp_path, role: Role) -> None:  # type: ignore[no-untyped-def]
    world = _world(services, clock)
    add_everyone(services)
    login_as(services, role)
    done, refused = [], []
    for name, (roles, call) in _actions(services, world, tmp_path).items():
        if role in roles:
            call()
            done.append(name)
        else:
            with pytest.raises(PermissionDenied) as caught:
                call()
            assert caught.value.message.startswith("当前用户（"), caught.value.message
            assert "登录后操作" in caught.value.message or "只能查看本人" in caught.value.message
            refused.append(name)
    expected_done = {
        FRONT: ["取号", "按证件查来访人", "查找来访", "进度查询", "号票", "预约"],
        LEADER: [],
        ADMIN: ["安排接访", "导出接访安排", "内容分类"],
    }
    if role in expected_done:
        assert done == expected_done[role]
    assert len(done) + len(refused) == 21


def test_refusals_name_the_action_and_who_may(services, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = _world(services, clock)
    add_everyone(services)
    login_as(services, Role.CLERK)
    with pytest.raises(PermissionDenied) as caught:
        services.cases.record_extension(world.case_visit_id, approved_by="张局长",
                                        reason="需要调查取证", new_due=date(2026, 12, 2))
    assert caught.value.message == "当前用户（接谈员）无权批准延期；需要科长登录后操作"
    services.login.logout()
    login_as(services, Role.FRONT_DESK)
    with pytest.raises(PermissionDenied) as caught:
        services.registration.open_visit(world.case_visit_id)
    assert caught.value.message == (
        "当前用户（前台）无权查看信访事项内容；需要接谈员、科长登录后操作")


def test_without_accounts_everything_is_allowed(services, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = _world(services, clock)
    for _roles, call in _actions(services, world, tmp_path).values():
        call()


def test_a_leader_reads_the_briefings_of_their_own_sessions_only(services, clock) -> None:  # type: ignore[no-untyped-def]
    world = _world(services, clock)
    roster_li = services.reception_roster.roster().leaders
    li = next(leader for leader in roster_li if leader.name == "李秀英")
    other = published_session(services, li.leader_id, date(2026, 10, 29))
    add_everyone(services)
    login_as(services, Role.ADMIN)
    # The roster's 王建国 logs in as himself: display name = roster name.
    services.users.add_user(NewUser("wangjg", "王建国", Role.LEADER, PASSWORD))
    services.login.logout()
    services.login.login("wangjg", PASSWORD)
    briefing = services.reception_briefing.briefing(world.session_id)
    assert briefing.session.leader_name == "王建国"
    with pytest.raises(PermissionDenied) as caught:
        services.reception_briefing.briefing(other.session_id)
    assert caught.value.message == (
        "当前用户（领导）只能查看本人接访场次的简报；这一场不是“王建国”的接访")
    # The day's briefing: his own sessions without naming himself; nothing of others.
    assert services.reception_briefing.day_briefing(date(2026, 10, 27)).sessions == 1
    with pytest.raises(ReceptionError) as none:
        services.reception_briefing.day_briefing(date(2026, 10, 29))
    assert none.value.message == (
        "2026-10-29 没有王建国的已发布接访场次；请核对日期和领导姓名")
    with pytest.raises(PermissionDenied):
        services.reception_briefing.day_briefing(date(2026, 10, 29), leader="李秀英")
    # Read-only: no planning, no bookings, no case content.
    with pytest.raises(PermissionDenied):
        services.reception.cancel(world.session_id, "临时有事")
    with pytest.raises(PermissionDenied):
        services.cases.case_detail(world.case_visit_id)


def test_visit_detail_has_no_case_content_for_the_front_desk_leader_admin(  # type: ignore[no-untyped-def]
        services, clock) -> None:
    world = _world(services, clock)
    add_everyone(services)
    for role in Role:
        login_as(services, role)
        detail = services.registration.visit_detail(world.case_visit_id)
        services.login.logout()
        if role in HANDLERS:
            assert detail.registration is not None
            assert detail.registration.summary == "工地拖欠工资三个月"
        else:
            assert detail.registration is None, role
            assert "*" in detail.id_number
