"""Issue 11 part 2 in the UI: the 接谈登记 page gives a front-desk user no case content
(a notice saying who may, the form empty and disabled, no call made) and a section
chief the whole registration."""

from __future__ import annotations

from accounts_setup import add_everyone, login_as
from helpers import make_id_number
from PySide6.QtCore import Qt

from desktop.accounts.permissions import Permission
from desktop.accounts.roles import Role
from desktop.cases.registration import RegistrationInput
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.queue.tickets import TicketRequest
from ui.cases.registration_form import RegistrationForm
from ui.permissions import may, refusal

SUMMARY = "举报小区物业挪用维修基金"


def _registered(services):  # type: ignore[no-untyped-def]
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="张三", id_number=make_id_number(seq=321), category=TicketCategory.REGULAR,
        phone="13812345678"))
    services.registration.register(ticket.visit_id, RegistrationInput(
        summary=SUMMARY, demands="要求追回资金", content_category_code="01",
        area_code="460105", purpose=Purpose.SEEK_RESOLUTION, route=Route.ACCEPTED_HERE,
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道1号"))
    return ticket.visit_id


def test_front_desk_gets_no_case_content_and_a_chief_does(  # type: ignore[no-untyped-def]
        qtbot, services, tasks, keyboard, idle, tmp_path) -> None:
    visit_id = _registered(services)
    add_everyone(services)
    login_as(services, Role.FRONT_DESK)
    assert may(services, Permission.ISSUE_TICKETS) and not may(services, Permission.VIEW_CASES)
    form = RegistrationForm(services, tasks)
    qtbot.addWidget(form)
    keyboard.show_active(form, 1366, 740)
    idle()
    form.load_visit(visit_id)
    idle()
    assert form.detail is None
    assert form.summary_edit.toPlainText() == ""
    assert not form.form_body.isEnabled() and not form.save_button.isEnabled()
    assert form.error_label.text() == (
        "当前用户（前台）无权查看信访事项内容；需要接谈员、科长登录后操作")
    assert form.error_label.isVisible()
    form.grab().save(str(tmp_path / "front_desk.png"))

    services.login.logout()
    login_as(services, Role.SECTION_CHIEF)
    assert refusal(services, Permission.VIEW_CASES) == ""
    form.load_visit(visit_id)
    idle()
    assert form.detail is not None and form.detail.visit_id == visit_id
    assert form.summary_edit.toPlainText() == SUMMARY
    assert form.detail.id_number == make_id_number(seq=321)  # a chief sees it in full
    assert form.form_body.isEnabled() and form.save_button.isEnabled()
    assert not form.error_label.isVisible()


def test_no_accounts_may_everything_and_locked_may_nothing(services) -> None:  # type: ignore[no-untyped-def]
    assert all(may(services, permission) for permission in Permission)
    add_everyone(services)  # ends logged out: the lock screen covers the window
    assert not may(services, Permission.ISSUE_TICKETS)
    assert refusal(services, Permission.ISSUE_TICKETS) == ""


def test_the_accounts_menu_offers_user_admin_and_the_audit_log_by_role(  # type: ignore[no-untyped-def]
        qtbot, services, tasks, idle) -> None:
    from desktop.config import TerminalConfig
    from ui.app import ErrorReporter
    from ui.main_window import MainWindow

    add_everyone(services)
    win = MainWindow(services, tasks, ErrorReporter(None, lambda: None),
                     TerminalConfig(auto_print_ticket=False))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.accounts.start(interactive=False)
    idle()
    actions = {action.text(): action for action in win.accounts.gated}
    users, audit_log = actions["用户管理…"], actions["审计日志…"]
    enquiry, watch = actions["进度查询…"], actions["期限监控…"]
    panel = win.accounts.lock_screen.panel
    seen = {}
    for username in ("clerk", "kezhang", "admin"):
        if username != "clerk":
            win.accounts.switch_user()
            idle()
        if panel.username_edit.isVisible():
            panel.username_edit.setText(username)
        panel.password_edit.setText("Laifang-2026!")
        qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
        idle()
        assert services.workstation.operator == username
        seen[username] = (users.isEnabled(), audit_log.isEnabled(), enquiry.isEnabled(),
                          watch.isEnabled())
    assert seen == {"clerk": (False, False, True, True), "kezhang": (False, True, True, True),
                    "admin": (True, True, False, False)}
    win.accounts.switch_user()
    idle()
    panel.username_edit.setText("qiantai")
    panel.password_edit.setText("Laifang-2026!")
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    idle()
    assert not users.isEnabled() and enquiry.isEnabled() and not watch.isEnabled()
    assert users.toolTip() == "当前用户（前台）无权管理用户；需要管理员登录后操作"
    assert watch.toolTip() == "当前用户（前台）无权查看信访事项内容；需要接谈员、科长登录后操作"


def test_the_front_desk_checks_in_without_the_follow_up_list(  # type: ignore[no-untyped-def]
        qtbot, services, tasks, idle, clock) -> None:
    from datetime import UTC, date, datetime

    from booking_setup import ZHANG_ID, booking_input, make_roster, published_session

    from ui.reception.day_panel import ReceptionDayPanel

    clock.now = datetime(2026, 9, 1, 1, 0, tzinfo=UTC)
    roster = make_roster(services)
    item = published_session(services, roster.wang, date(2026, 9, 10))
    services.reception_bookings.book(booking_input(item.session_id))
    clock.now = datetime(2026, 9, 10, 1, 5, tzinfo=UTC)
    add_everyone(services)
    login_as(services, Role.FRONT_DESK)
    panel = ReceptionDayPanel(services.ui_services(), tasks)
    qtbot.addWidget(panel)
    panel.resize(1366, 740)
    panel.show()
    panel.load()
    idle()
    assert panel.follow is None
    assert panel.follow_label.text() == (
        "当前用户（前台）无权查看信访事项内容；需要接谈员、科长登录后操作")
    assert panel.table.rowCount() == 1
    assert not panel.record_button.isEnabled() and panel.absent_button.isEnabled()
    assert panel.view is not None
    [booked] = panel.view.bookings
    assert (booked.id_number, booked.phone) == (ZHANG_ID[:4] + "*" * 10 + ZHANG_ID[-4:],
                                                "138****0001")
    panel.grab().save("/tmp/h16/day_panel_front.png")


def test_the_reception_page_plans_only_for_the_chief_and_admin(  # type: ignore[no-untyped-def]
        qtbot, services, tasks, idle) -> None:
    from datetime import date

    from booking_setup import make_roster, published_session

    from ui.reception.choices import qdate
    from ui.reception.reception_page import ReceptionPage

    roster = make_roster(services)
    published_session(services, roster.wang, date(2026, 12, 1))
    add_everyone(services)
    buttons: dict[Role, tuple[bool, bool, bool]] = {}
    for role in (Role.CLERK, Role.LEADER, Role.SECTION_CHIEF, Role.ADMIN):
        login_as(services, role)
        page = ReceptionPage(services.ui_services(), tasks)
        qtbot.addWidget(page)
        page.resize(1366, 740)
        page.show()
        qtbot.waitExposed(page)
        idle()
        page.calendar.setSelectedDate(qdate(date(2026, 12, 1)))
        idle()
        page.week.setCurrentCell(0, 1)  # Tuesday 12-01
        assert page.selected_session() is not None
        buttons[role] = (page.new_button.isEnabled(), page.cancel_button.isEnabled(),
                         page.excel_button.isEnabled())
        page.close()
        services.login.logout()
    assert buttons == {Role.CLERK: (False, False, False), Role.LEADER: (False, False, False),
                       Role.SECTION_CHIEF: (True, True, True), Role.ADMIN: (True, True, True)}
