"""search_visits: a visit from any day by case number, enquiry code, ID number or name."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import make_id_number

from desktop.cases.registration import RegistrationInput
from desktop.cases.search import VisitSearchService
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.queue.tickets import TicketRequest


def issue(services, name: str, seq: int):  # type: ignore[no-untyped-def]
    return services.tickets.issue_ticket(TicketRequest(
        name=name, id_number=make_id_number(seq=seq), category=TicketCategory.REGULAR))


def register(services, visit_id):  # type: ignore[no-untyped-def]
    return services.registration.register(visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="工地拖欠工资三个月", demands="请求支付拖欠工资",
        content_category_code="03", area_code="460105",
        purpose=Purpose.SEEK_RESOLUTION, route=Route.ANSWERED))


@pytest.fixture
def search(services, clock) -> VisitSearchService:  # type: ignore[no-untyped-def]
    return VisitSearchService(services.sessions, services.workstation, clock)


@pytest.fixture
def history(services, clock):  # type: ignore[no-untyped-def]
    """Two days: 王小明 came on 27 Nov (registered) and again on 28 Nov; 李四 on 28 Nov."""
    first = issue(services, "王小明", 101)
    registered = register(services, first.visit_id)
    clock.advance(days=1)
    again = issue(services, "王小明", 101)
    other = issue(services, "李四", 102)
    return first, registered, again, other


def test_empty_text_finds_nothing(search, history) -> None:  # type: ignore[no-untyped-def]
    assert search.search_visits("") == []
    assert search.search_visits("   ") == []


def test_by_case_number_any_case(search, history) -> None:  # type: ignore[no-untyped-def]
    first, registered, _again, _other = history
    for text in (registered.case_number, registered.case_number.lower(),
                 f"  {registered.case_number} "):
        [hit] = search.search_visits(text)
        assert hit.visit_id == first.visit_id
        assert hit.matched == "case_number"
        assert hit.case_number == registered.case_number
        assert hit.service_day == date(2026, 11, 27)


def test_by_enquiry_code(search, history) -> None:  # type: ignore[no-untyped-def]
    first, registered, _again, _other = history
    [hit] = search.search_visits(registered.enquiry_code.lower())
    assert hit.visit_id == first.visit_id
    assert hit.matched == "enquiry_code"


def test_by_id_number_all_visits_newest_first_masked(search, history) -> None:  # type: ignore[no-untyped-def]
    first, _registered, again, _other = history
    number = make_id_number(seq=101)
    hits = search.search_visits(number)
    assert [hit.visit_id for hit in hits] == [again.visit_id, first.visit_id]
    assert {hit.matched for hit in hits} == {"id_number"}
    for hit in hits:
        assert hit.masked_id_number == number[:4] + "*" * 10 + number[-4:]
        assert number not in repr(hit)
    # Part of a number is not an ID-number match (no scan of every visitor's number).
    assert search.search_visits(number[:10]) == []


def test_by_name_contains(search, history) -> None:  # type: ignore[no-untyped-def]
    first, _registered, again, other = history
    assert [hit.visit_id for hit in search.search_visits("小明")] == [
        again.visit_id, first.visit_id]
    assert [hit.visit_id for hit in search.search_visits("王")] == [
        again.visit_id, first.visit_id]
    [hit] = search.search_visits("李四")
    assert hit.visit_id == other.visit_id and hit.matched == "name"


def test_wildcards_are_literal(search, services, history) -> None:  # type: ignore[no-untyped-def]
    assert search.search_visits("%") == []
    assert search.search_visits("_") == []
    odd = issue(services, "张_三%", 103)
    [hit] = search.search_visits("_三%")
    assert hit.visit_id == odd.visit_id


def test_limit_and_excluded_day(search, services, clock, history) -> None:  # type: ignore[no-untyped-def]
    first, _registered, _again, _other = history
    for seq in range(110, 120):
        issue(services, f"王{seq}", seq)
    assert len(search.search_visits("王", limit=5)) == 5
    assert len(search.search_visits("王")) == 12
    today = date(2026, 11, 28)
    [hit] = search.search_visits("王小明", exclude_day=today)
    assert hit.visit_id == first.visit_id
