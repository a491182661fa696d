"""Fuzzing the services (issue 11 part 2): very long text, control characters, emoji,
lone surrogates, SQL-looking text and dates from year 1 to 9999 through ticket issue,
registration, settings, user add, session planning and booking, on SQLite and on
PostgreSQL. Each call is refused with a UserError (naming the field) or stores the text
as the shared cleaner gives it (NFC, stripped); never any other exception."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from accounts_setup import PASSWORD
from booking_setup import booking_input, published_session
from helpers import FakeClock, make_id_number
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reception_setup import make_roster, session_input
from sqlalchemy import select

from db.models import ReceptionBooking, User, Visit, Visitor
from desktop.accounts.roles import Role
from desktop.accounts.users import NewUser
from desktop.cases.registration_rules import RegistrationInput
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.i18n import UserError
from desktop.queue.tickets import TicketRequest
from desktop.text import clean_text

NASTY = [
    "'; DROP TABLE visit; --", "Robert'); DROP TABLE app_user;--", "1 OR 1=1", "%_\\",
    "\x00", "a\x00b", "\x1b[31m红\x1b[0m", "\x7f", "\u202e反转", "\ud800", "张\udfff三",
    "😀", "👨‍👩‍👧‍👦 一家人", "𠀀𪚥", "e\u0301", "\u3000", " ", "\t\n", "\r\n多行\r\n",
    "<script>alert(1)</script>", "${jndi:ldap://x}", "{name}", "%s%s%s", "..\\..\\x",
]
TEXT = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.builds(lambda piece, n: piece * n, st.sampled_from(["长", "a", "😀", "'"]),
              st.integers(60, 5000)),
)
# Modest counts: the whole suite stays within its 10 minutes on two cores.
FUZZ = settings(max_examples=int(os.environ.get("LAIFANG_FUZZ_EXAMPLES", "20")),
                deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def fuzzed(request, tmp_path: Path, clock: FakeClock, centre_details,  # type: ignore[no-untyped-def]
           monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from desktop.app import open_services

    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))
    if request.param == "sqlite":
        url, schema = f"sqlite:///{tmp_path / 'fuzz.db'}", None
    else:
        url, schema = request.getfixturevalue("pg_schema")
    host = open_services(url, "FRONT-1", "测试前台", schema=schema, clock=clock)
    host.settings.update(centre_details)
    try:
        yield host
    finally:
        host.close()


def _refused_or(call: Callable[[], Any]) -> Any:
    """The call's result, or None when it was refused with a UserError naming a field
    or with a message (never another exception)."""
    try:
        return call()
    except UserError as refused:
        assert refused.message.strip()
        return None


def _one_line(value: str, limit: int = 100_000) -> str:
    return clean_text(value, field="x", label="x", limit=limit)


_seq = itertools.count(1000)


@given(field=st.sampled_from(["name", "phone"]), value=TEXT)
@FUZZ
def test_ticket_issue(fuzzed, field: str, value: str) -> None:  # type: ignore[no-untyped-def]
    values = {"name": "王五", "phone": "13800138000", field: value}
    issued = _refused_or(lambda: fuzzed.tickets.issue_ticket(TicketRequest(
        id_number=make_id_number(seq=next(_seq) % 1000), category=TicketCategory.REGULAR,
        **values)))
    if issued is not None:
        with fuzzed.sessions() as session:
            stored = session.scalar(select(Visitor.name).join(Visit).where(
                Visit.id == issued.visit_id))
        assert stored == _one_line(values["name"])


@given(field=st.sampled_from(["summary", "demands", "respondent", "transfer_document_number"]),
       value=TEXT, transferred_on=st.one_of(st.dates(), st.dates(date(2026, 11, 20),
                                                                  date(2026, 11, 27))))
@FUZZ
def test_registration(fuzzed, field: str, value: str, transferred_on: date) -> None:  # type: ignore[no-untyped-def]
    ticket = fuzzed.tickets.issue_ticket(TicketRequest(
        name="王五", id_number=make_id_number(seq=next(_seq) % 1000),
        category=TicketCategory.REGULAR))
    values = {"summary": "工地拖欠工资", "demands": "请求支付", "respondent": "某公司",
              "transfer_document_number": "", field: value}
    data = RegistrationInput(
        content_category_code="01", area_code="460105", purpose=Purpose.SEEK_RESOLUTION,
        route=Route.TRANSFERRED, route_unit_code="HK-RSJ", transferred_on=transferred_on,
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道1号", **values)
    saved = _refused_or(lambda: fuzzed.registration.register(ticket.visit_id, data))
    with fuzzed.sessions() as session:
        visit = session.get(Visit, ticket.visit_id)
        if saved is None:  # nothing half-written
            assert visit.case_number is None and visit.summary is None
        else:
            assert visit.summary == clean_text(values["summary"], field="x", label="x",
                                               limit=10**6, multiline=True)
            assert visit.transferred_on == transferred_on


@given(field=st.sampled_from(["centre_name", "centre_address", "handling_days"]),
       value=TEXT, days=st.one_of(st.integers(-10**12, 10**12), st.integers(1, 365)))
@FUZZ
def test_settings_update(fuzzed, field: str, value: str, days: int) -> None:  # type: ignore[no-untyped-def]
    before = fuzzed.settings.snapshot()
    change: dict[str, object] = {"handling_days": days} if field == "handling_days" \
        else {field: value}
    changed = _refused_or(lambda: fuzzed.settings.update(change))
    after = fuzzed.settings.snapshot()
    if changed is None:
        assert after == before  # all or nothing
    elif field == "handling_days":
        assert after.handling_days == days
    else:
        assert getattr(after, field) == _one_line(value)


USERNAMES = st.one_of(TEXT, st.from_regex(r"[a-z0-9][a-z0-9._-]{1,31}", fullmatch=True))


@given(field=st.sampled_from(["username", "display", "password"]), value=TEXT,
       username=USERNAMES, role=st.sampled_from(list(Role)))
@FUZZ
def test_user_add(fuzzed, field: str, value: str, username: str, role: Role) -> None:  # type: ignore[no-untyped-def]
    if not fuzzed.workstation.acting.users_exist:  # the administrator adds the others
        fuzzed.users.add_user(NewUser("admin", "管理员", Role.ADMIN, PASSWORD))
        fuzzed.login.login("admin", PASSWORD)
    values = {"username": username, "display": "张三", "password": "Laifang-2026!x",
              field: value}
    made = _refused_or(lambda: fuzzed.users.add_user(NewUser(
        values["username"], values["display"], role, values["password"])))
    if made is not None:
        with fuzzed.sessions() as session:
            names = set(session.scalars(select(User.display_name)))
        assert _one_line(values["display"]) in names


@given(day=st.one_of(st.dates(), st.dates(date(2026, 11, 27), date(2027, 3, 1))),
       start=st.times(), place=TEXT, field=st.sampled_from(["name", "summary"]), value=TEXT,
       slot=st.one_of(st.none(), st.none(), st.times()))
@FUZZ
def test_planning_and_booking(fuzzed, day: date, start: time, place: str, field: str,  # type: ignore[no-untyped-def]
                              value: str, slot: time | None) -> None:
    ready = getattr(fuzzed, "_fuzz_roster", None)
    if ready is None:
        roster = make_roster(fuzzed)
        ready = (roster, published_session(fuzzed, roster.wang, date(2026, 12, 8)))
        object.__setattr__(fuzzed, "_fuzz_roster", ready)
    roster, item = ready
    _refused_or(lambda: fuzzed.reception.create_session(session_input(
        roster.li, day, start=start.isoformat(), end="23:59:59", place=place)))
    values = {"name": "张海", "summary": "小区改造噪音扰民", field: value}
    booked = _refused_or(lambda: fuzzed.reception_bookings.book(booking_input(
        item.session_id, slot=slot, id_number=make_id_number(seq=next(_seq) % 1000),
        **values)))
    if booked is not None:
        with fuzzed.sessions() as session:
            stored = session.get(ReceptionBooking, booked.booking.booking_id)
            assert stored.summary == clean_text(values["summary"], field="x", label="x",
                                                limit=10**6)
