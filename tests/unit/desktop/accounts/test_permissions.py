"""Each role's allowed and refused actions at the service layer, for what is gated
today: settings, calendar, units, the audit log and full personal data."""

from __future__ import annotations

from datetime import date

import pytest
from accounts_setup import add_everyone, login_as
from helpers import make_id_number
from sqlalchemy import select

from db.models import AuditEntry
from desktop.accounts.audit_view import AuditFilter
from desktop.accounts.permissions import PERMISSIONS, Permission, PermissionDenied, allowed
from desktop.accounts.roles import Actor, Role
from desktop.domain import TicketCategory, UnitKind
from desktop.queue.tickets import TicketRequest
from desktop.settings.units_admin import UnitInput

ALLOWED = {
    "settings": {Role.ADMIN},
    "calendar": {Role.ADMIN},
    "units": {Role.ADMIN},
    "audit": {Role.SECTION_CHIEF, Role.ADMIN},
    "reveal": {Role.CLERK, Role.SECTION_CHIEF},
}


def _calls(services, tmp_path):  # type: ignore[no-untyped-def]
    return {
        "settings": lambda: services.settings.update({"handling_days": 45}),
        "calendar": lambda: services.calendar_admin.set_day(date(2026, 12, 5), True, "调休"),
        "units": lambda: services.units_admin.add_unit(
            UnitInput("T1", "测试局", UnitKind.GOVERNMENT)),
        "audit": lambda: (services.audit_log.entries(AuditFilter()),
                          services.audit_log.export(tmp_path / "a.csv", AuditFilter()),
                          services.audit_log.verify()),
        "reveal": lambda: services.privacy.reveal(_visit(services)),
    }


_VISITS: dict[int, object] = {}


def _visit(services):  # type: ignore[no-untyped-def]
    key = id(services)
    if key not in _VISITS:
        acting = services.workstation.acting
        actor = acting.current
        acting.set(Actor(None, "setup", "setup", Role.FRONT_DESK))
        try:
            _VISITS[key] = services.tickets.issue_ticket(TicketRequest(
                name="王五", id_number=make_id_number(), phone="13800138000",
                category=TicketCategory.REGULAR)).visit_id
        finally:
            acting.set(actor) if actor else acting.clear()
    return _VISITS[key]


@pytest.mark.parametrize("role", list(Role))
def test_roles_at_the_service_layer(services, tmp_path, role: Role) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    login_as(services, role)
    _visit(services)
    for name, call in _calls(services, tmp_path).items():
        if role in ALLOWED[name]:
            call()
        else:
            with pytest.raises(PermissionDenied) as refused:
                call()
            assert refused.value.message.startswith("当前用户（")


def test_no_accounts_means_no_restriction(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for call in _calls(services, tmp_path).values():
        call()
    assert all(allowed(Actor(None, "op", "op", None), p) for p in Permission)
    assert set(PERMISSIONS) == set(Permission)


def test_visit_detail_masks_for_roles_that_do_not_handle_visits(services) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    login_as(services, Role.FRONT_DESK)
    visit_id = _visit(services)
    number = make_id_number()
    detail = services.registration.visit_detail(visit_id)
    assert detail.id_number == number[:4] + "*" * 10 + number[-4:]
    assert detail.phone == "138****8000"
    services.login.logout()
    login_as(services, Role.CLERK)
    detail = services.registration.visit_detail(visit_id)
    assert (detail.id_number, detail.phone) == (number, "13800138000")
    revealed = services.privacy.reveal(visit_id)
    assert (revealed.id_number, revealed.phone) == (number, "13800138000")
    with services.sessions() as session:
        entries = [(e.action, e.actor) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.subject_type == "visitor")
            .order_by(AuditEntry.seq))]
    # The front desk's masked view is not a view of personal data; the clerk's are.
    assert entries == [("view_personal_data", "clerk"), ("reveal_personal_data", "clerk")]


def test_settings_changes_are_audited_old_to_new(services) -> None:  # type: ignore[no-untyped-def]
    add_everyone(services)
    login_as(services, Role.ADMIN)
    services.settings.update({"handling_days": 45, "centre_name": "某市来访接待中心"})
    with services.sessions() as session:
        entries = [(e.subject_id, e.detail, e.actor) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "setting_changed")
            .order_by(AuditEntry.seq))]
    assert ("handling_days", "60 -> 45", "admin") in entries
    assert ("centre_name", "海口市人民来访接待中心 -> 某市来访接待中心", "admin") in entries
