from __future__ import annotations

from datetime import date

import pytest
from helpers import make_id_number

from desktop.cases.identity import IdType
from desktop.domain import QueueStatus, TicketCategory
from desktop.queue.tickets import InvalidInput, RepresentativeInput, TicketRequest


def request(**overrides: object) -> TicketRequest:
    values: dict[str, object] = {
        "name": "王五", "id_number": make_id_number(), "category": TicketCategory.REGULAR,
        "phone": "13800138000",
    }
    values.update(overrides)
    return TicketRequest(**values)  # type: ignore[arg-type]


def test_first_ticket_of_the_day(services) -> None:
    issued = services.tickets.issue_ticket(request())
    assert issued.ticket_number == "A1001"
    assert issued.service_day == date(2026, 11, 27)
    assert issued.people_ahead == 0
    assert not issued.returning_visitor
    [entry] = services.tickets.list_queue()
    assert entry.ticket_number == "A1001"
    assert entry.status is QueueStatus.WAITING
    assert entry.masked_id_number == "4601**********" + make_id_number()[-4:]


def test_sequence_is_per_category_and_counts_people_ahead(services) -> None:
    a1 = services.tickets.issue_ticket(request(id_number=make_id_number(seq=1)))
    a2 = services.tickets.issue_ticket(request(id_number=make_id_number(seq=2)))
    d1 = services.tickets.issue_ticket(
        request(id_number=make_id_number(seq=3), category=TicketCategory.PRIORITY)
    )
    c1 = services.tickets.issue_ticket(
        request(id_number=make_id_number(seq=4), category=TicketCategory.BOOKED)
    )
    assert [a1.ticket_number, a2.ticket_number, d1.ticket_number, c1.ticket_number] == [
        "A1001", "A1002", "D1001", "C1001"
    ]
    assert (a1.people_ahead, a2.people_ahead) == (0, 1)
    assert d1.people_ahead == 0  # priority goes before the waiting regular visitors
    assert c1.people_ahead == 1  # behind the priority ticket, before the regular ones
    order = [entry.ticket_number for entry in services.tickets.list_queue()]
    assert order == ["D1001", "C1001", "A1001", "A1002"]
    assert services.tickets.people_ahead(a2.visit_id) == 3


def test_numbers_reset_at_local_midnight(services, clock) -> None:
    services.tickets.issue_ticket(request())
    clock.advance(hours=14, minutes=59)  # 2026-11-27 23:59 Shanghai
    late = services.tickets.issue_ticket(request())
    assert late.service_day == date(2026, 11, 27)
    assert late.ticket_number == "A1002"
    clock.advance(minutes=2)  # past midnight in Shanghai (still 16:0x UTC on the 27th)
    next_day = services.tickets.issue_ticket(request())
    assert next_day.service_day == date(2026, 11, 28)
    assert next_day.ticket_number == "A1001"


def test_returning_visitor_is_recognised_and_prefilled(services) -> None:
    number = make_id_number()
    services.tickets.issue_ticket(request(id_number=number, phone="0898-66778899"))
    known = services.tickets.find_visitor(IdType.RESIDENT_ID, number.lower())
    assert known is not None
    assert (known.name, known.phone, known.visit_count) == ("王五", "0898-66778899", 1)
    assert known.sex == "男" and known.birth_date == date(1980, 1, 1)
    again = services.tickets.issue_ticket(request(id_number=number, phone=""))
    assert again.returning_visitor
    assert services.tickets.find_visitor(IdType.RESIDENT_ID, number).phone == "0898-66778899"


def test_unknown_or_malformed_number_finds_nobody(services) -> None:
    assert services.tickets.find_visitor(IdType.RESIDENT_ID, make_id_number(seq=9)) is None
    assert services.tickets.find_visitor(IdType.RESIDENT_ID, "12345") is None


def test_other_documents_are_registrable(services) -> None:
    issued = services.tickets.issue_ticket(
        request(id_type=IdType.PASSPORT, id_number=" e12345678 ", name="John Smith")
    )
    known = services.tickets.find_visitor(IdType.PASSPORT, "E12345678")
    assert known is not None and known.visitor_id == issued.visitor_id


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"name": "  "}, "name", "姓名"),
        ({"id_number": "46010519800101123"}, "id_number", "18位"),
        ({"id_number": make_id_number()[:-1] + "0"
          if make_id_number()[-1] != "0" else make_id_number()[:-1] + "1"}, "id_number", "校验"),
        ({"phone": "12345"}, "phone", ""),
        ({"category": TicketCategory.GROUP, "people_count": 3}, "people_count", "集体访"),
        ({"people_count": 6}, "category", "集体访"),
        ({"category": TicketCategory.GROUP, "people_count": 8}, "representatives", "代表"),
        ({"category": TicketCategory.GROUP, "people_count": 20,
          "representatives": tuple(RepresentativeInput(f"代表{i}") for i in range(6))},
         "representatives", "最多"),
        ({"people_count": 0}, "people_count", "人数"),
        ({"category": TicketCategory.GROUP, "people_count": 9,
          "representatives": (RepresentativeInput("甲", id_number="123"),)},
         "representative_1", "第 1 位代表"),
    ],
)
def test_bad_input_is_refused_with_a_chinese_message_and_nothing_is_saved(
    services, overrides: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValueError) as caught:
        services.tickets.issue_ticket(request(**overrides))
    error = caught.value
    assert getattr(error, "field", None) == field
    assert words in str(error)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(error))
    assert services.tickets.list_queue() == []


def test_group_visit_with_representatives(services) -> None:
    issued = services.tickets.issue_ticket(request(
        category=TicketCategory.GROUP, people_count=12,
        representatives=(RepresentativeInput("甲", make_id_number(seq=11), "13900000000"),
                         RepresentativeInput("乙"), RepresentativeInput("  ")),
    ))
    assert issued.ticket_number == "B1001"
    detail = services.registration.visit_detail(issued.visit_id)
    assert detail.people_count == 12
    assert [rep.name for rep in detail.representatives] == ["甲", "乙"]
    assert detail.representatives[0].masked_id_number.startswith("4601****")


def test_failed_ticket_does_not_burn_a_number(services) -> None:
    with pytest.raises(InvalidInput):
        services.tickets.issue_ticket(request(people_count=0))
    assert services.tickets.issue_ticket(request()).ticket_number == "A1001"


def test_queue_filters(services) -> None:
    services.tickets.issue_ticket(request(name="李四", id_number=make_id_number(seq=5)))
    services.tickets.issue_ticket(request(id_number=make_id_number(seq=7),
                                          category=TicketCategory.PRIORITY))
    assert [e.ticket_number for e in services.tickets.list_queue(text="李")] == ["A1001"]
    assert [e.ticket_number for e in services.tickets.list_queue(text="d1001")] == ["D1001"]
    only = services.tickets.list_queue(category=TicketCategory.PRIORITY)
    assert [e.ticket_number for e in only] == ["D1001"]
    assert services.tickets.list_queue(statuses=frozenset({QueueStatus.DONE})) == []


def test_search_text_is_literal_not_a_like_pattern(services) -> None:
    services.tickets.issue_ticket(request(name="李四", id_number=make_id_number(seq=5)))
    services.tickets.issue_ticket(request(name="王_五", id_number=make_id_number(seq=6)))
    assert services.tickets.list_queue(text="%") == []
    assert [e.visitor_name for e in services.tickets.list_queue(text="_")] == ["王_五"]
    assert services.tickets.list_queue(text="\\") == []
    assert len(services.tickets.list_queue(text="")) == 2


def _name_audits(services) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from db.models import AuditEntry

    with services.sessions() as session:
        return [tuple(row) for row in session.execute(
            select(AuditEntry.subject_id, AuditEntry.actor, AuditEntry.detail)
            .where(AuditEntry.action == "change_visitor_name")
        )]


def test_known_visitors_name_changes_only_when_confirmed_and_audited(services) -> None:
    from desktop.queue.tickets import NameChangeNeeded

    number = make_id_number(seq=21)
    first = services.tickets.issue_ticket(request(name="王五", id_number=number))
    with pytest.raises(NameChangeNeeded) as caught:
        services.tickets.issue_ticket(request(name="王伍", id_number=number))
    asked = caught.value
    assert (asked.old_name, asked.new_name, asked.field) == ("王五", "王伍", "name")
    assert number not in asked.message and "王五" in asked.message
    assert len(services.tickets.list_queue()) == 1  # nothing issued, nothing renamed
    assert services.tickets.find_visitor(IdType.RESIDENT_ID, number).name == "王五"
    assert _name_audits(services) == []

    renamed = services.tickets.issue_ticket(
        request(name="王伍", id_number=number, confirm_name_change=True)
    )
    assert renamed.visitor_id == first.visitor_id and renamed.returning_visitor
    assert services.tickets.find_visitor(IdType.RESIDENT_ID, number).name == "王伍"
    [(subject, actor, detail)] = _name_audits(services)
    assert subject == str(first.visitor_id) and actor == "测试前台"
    assert "王五" in (detail or "") and "王伍" in (detail or "")


def test_zero_width_name_never_overwrites_a_known_visitor(services) -> None:
    number = make_id_number(seq=22)
    services.tickets.issue_ticket(request(name="王五", id_number=number))
    with pytest.raises(InvalidInput):
        services.tickets.issue_ticket(
            request(name="\u200b", id_number=number, confirm_name_change=True)
        )
    assert services.tickets.find_visitor(IdType.RESIDENT_ID, number).name == "王五"


def test_same_name_in_another_normal_form_is_not_a_change(services) -> None:
    number = make_id_number(seq=23)
    services.tickets.issue_ticket(request(name="Zoe\u0301", id_number=number))  # stored NFC
    again = services.tickets.issue_ticket(request(name="Zo\u00e9", id_number=number))
    assert again.returning_visitor
    assert _name_audits(services) == []
