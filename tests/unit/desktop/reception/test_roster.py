"""The reception roster: leaders and sit-in people, with Chinese validation."""

from __future__ import annotations

from datetime import date

import pytest
from reception_setup import make_roster, session_input

from desktop.reception.domain import ReceptionError, SitInRole
from desktop.reception.roster import LeaderInput, SitInInput


def test_leaders_keep_their_order_and_portfolio(services) -> None:  # type: ignore[no-untyped-def]
    make_roster(services)
    roster = services.reception_roster.roster()
    assert [(x.name, x.post, x.portfolio_text) for x in roster.leaders] == [
        ("王建国", "副市长", "城乡建设、国土资源"), ("李秀英", "副市长", "劳动社保、民政"),
        ("赵明", "副市长", "教育")]
    assert [(p.name, p.role) for p in roster.sit_ins] == [
        ("周局长", SitInRole.BUREAU_HEAD), ("陈律师", SitInRole.LAWYER)]


@pytest.mark.parametrize(("data", "field", "text"), [
    (LeaderInput(" ", "副市长", ("01",)), "name", "请填写姓名"),
    (LeaderInput("王建国", "", ("01",)), "post", "请填写职务"),
    (LeaderInput("王建国", "副市长", ()), "portfolio", "请至少选择一个分管领域"),
    (LeaderInput("王建国", "副市长", ("ZZ",)), "portfolio", "“ZZ”不存在"),
    (LeaderInput("王\x07建国", "副市长", ("01",)), "name", "控制字符"),
])
def test_bad_leader_input_says_what_to_fix(services, data, field, text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReceptionError) as refused:
        services.reception_roster.save_leader(data)
    assert refused.value.field == field and text in refused.value.message
    assert services.reception_roster.roster().leaders == ()


def test_a_unit_head_needs_a_unit(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReceptionError) as refused:
        services.reception_roster.save_sit_in(SitInInput("钱处长", SitInRole.UNIT_HEAD))
    assert refused.value.field == "unit"


def test_an_inactive_leader_leaves_the_pickers_and_cannot_get_new_sessions(services) -> None:  # type: ignore[no-untyped-def]
    ids = make_roster(services)
    item = services.reception.create_session(session_input(ids.zhao, date(2026, 12, 7)))
    services.reception_roster.save_leader(
        LeaderInput("赵明", "副市长", ("09",), "海口市人民政府", active=False), ids.zhao)
    assert [x.name for x in services.reception_roster.roster(active_only=True).leaders] == [
        "王建国", "李秀英"]
    with pytest.raises(ReceptionError) as refused:
        services.reception.create_session(session_input(ids.zhao, date(2026, 12, 8)))
    assert refused.value.field == "leader_id" and "已停用" in refused.value.message
    # The session already planned keeps its leader and can still be edited.
    changed = services.reception.update_session(item.session_id, session_input(
        ids.zhao, date(2026, 12, 7), topics="教育"))
    assert changed.leader_name == "赵明"
