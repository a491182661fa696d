"""Builds the application's services over one database (called from main.py).

`open_services` returns a `ServiceHost`: the services (`AppServices`) together with the
engine and session factory they run on. Only the host's owner — main.py, the command
line, the demo data, tests — may use those; the UI is given `host.ui_services()`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from db.engine import DEFAULT_CONNECT_TIMEOUT_S, make_engine, make_session_factory
from db.migrate import startup_lock, upgrade_to_head
from db.models import Area, ContentCategory, HandlingUnit, Terminal, User
from desktop.accounts.audit_view import AuditViewService
from desktop.accounts.login import LoginService
from desktop.accounts.privacy import PrivacyService
from desktop.accounts.roles import ActingUser
from desktop.accounts.users import UserService
from desktop.app_services import AppServices
from desktop.cases.case_service import CaseService
from desktop.cases.deadline_watch import DeadlineWatchService
from desktop.cases.enquiry import EnquiryService
from desktop.cases.registration import RegistrationService
from desktop.cases.repeat import RepeatService
from desktop.cases.search import VisitSearchService
from desktop.clock import Clock, system_clock
from desktop.config import DEFAULT_BACKUP_KEEP_DAYS
from desktop.printing.service import PrintService
from desktop.queue.board import BoardService
from desktop.queue.calling import CallingService
from desktop.queue.calling_settings import CallingSettingsService
from desktop.queue.day_close import DayCloseService
from desktop.queue.estimates import EstimateService
from desktop.queue.tickets import TicketService
from desktop.queue.timings import TimingService
from desktop.queue.windows import WindowService
from desktop.reception.booking import BookingService
from desktop.reception.briefing import BriefingService
from desktop.reception.checkin import CheckInService
from desktop.reception.instructions import InstructionService
from desktop.reception.planning import ReceptionService
from desktop.reception.roster import RosterService
from desktop.reception.schedule import ScheduleService
from desktop.settings.calendar_admin import CalendarAdminService
from desktop.settings.reference import ReferenceService, seed_reference_data
from desktop.settings.service import SettingsService
from desktop.settings.units_admin import UnitsAdminService
from desktop.storage.backup import BackupService
from desktop.storage.startup import check_database_file, check_schema, explain_database_errors
from desktop.terminal import Workstation, clean_terminal_code, register_terminal

__all__ = ["AppServices", "ServiceHost", "open_services"]


@dataclass(frozen=True)
class ServiceHost(AppServices):
    """The services and the database they run on; closing it closes the database."""

    engine: Engine
    sessions: sessionmaker[Session]

    def ui_services(self) -> AppServices:
        """The same services without the engine and the session factory, for the UI."""
        return AppServices(**{f.name: getattr(self, f.name) for f in fields(AppServices)})

    def close(self) -> None:
        self.engine.dispose()


# Seeded (the reference tables have rows) and the terminal registered: one plain
# statement, where the ORM statements of seeding and registration cost ~10-50 ms of
# cold compiles at every start.
_SET_UP = text(
    f"SELECT (SELECT 1 FROM {ContentCategory.__tablename__} LIMIT 1),"
    f" (SELECT 1 FROM {Area.__tablename__} LIMIT 1),"
    f" (SELECT 1 FROM {HandlingUnit.__tablename__} LIMIT 1),"
    f" (SELECT slot FROM {Terminal.__tablename__} WHERE code = :code),"
    f" (SELECT 1 FROM {User.__tablename__} WHERE deleted_at IS NULL LIMIT 1)"
)


def _registered_slot(session: Session, terminal_code: str) -> tuple[int | None, bool]:
    """This terminal's slot when nothing is left to seed or register, else None; and
    whether user accounts exist (then someone has to log in)."""
    code = clean_terminal_code(terminal_code)
    categories, areas, units, slot, user = session.execute(_SET_UP, {"code": code}).one()
    if not code or categories is None or areas is None or units is None or slot is None:
        return None, user is not None
    return int(slot), user is not None


def open_services(
    url: str,
    terminal_code: str,
    operator: str,
    *,
    preferred_slot: int | None = None,
    schema: str | None = None,
    clock: Clock = system_clock,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT_S,
    backup_keep_days: int = DEFAULT_BACKUP_KEEP_DAYS,
) -> ServiceHost:
    """Check the database, upgrade it to the current schema, seed it, register this
    terminal. A database that cannot be used raises StartupError with nothing changed."""
    check_database_file(url)  # SQLite: before anything opens (or creates) the file
    engine = make_engine(url, schema=schema, connect_timeout=connect_timeout)
    try:
        # One process at a time from check to registration: simultaneous first starts
        # on an empty server database would otherwise create the same tables and slots.
        with explain_database_errors(url, connect_timeout), startup_lock(engine, schema):
            check_schema(url, engine, schema)
            upgrade_to_head(engine)
            sessions = make_session_factory(engine)
            with sessions.begin() as session:
                slot, have_users = _registered_slot(session, terminal_code)
                if slot is None:  # a first start (of the database or of this terminal)
                    seed_reference_data(session)
                    slot = register_terminal(session, terminal_code, preferred_slot)
    except BaseException:
        engine.dispose()
        raise
    # Who acts: set at login (LoginService), read by every service on every call.
    acting = ActingUser(users_exist=have_users)
    workstation = Workstation(terminal_code=terminal_code.strip(), slot=slot,
                              terminal_operator=operator, acting=acting)
    settings = SettingsService(sessions, workstation, clock)
    return ServiceHost(
        engine=engine,
        sessions=sessions,
        workstation=workstation,
        tickets=TicketService(sessions, workstation, clock),
        registration=RegistrationService(sessions, workstation, clock),
        reference=ReferenceService(sessions, settings),
        settings=settings,
        printing=PrintService(sessions, workstation, clock),
        calling=CallingService(sessions, workstation, clock),
        calling_settings=CallingSettingsService(sessions, workstation, clock),
        windows=WindowService(sessions, workstation, clock),
        board=BoardService(sessions, workstation, clock),
        estimates=EstimateService(sessions, workstation, clock),
        timings=TimingService(sessions, workstation, clock),
        day_close=DayCloseService(sessions, workstation, clock),
        search=VisitSearchService(sessions, workstation, clock),
        enquiry=EnquiryService(sessions, workstation, clock),
        repeat=RepeatService(sessions, workstation, clock),
        cases=CaseService(sessions, workstation, clock),
        deadline_watch=DeadlineWatchService(sessions, workstation, clock),
        backups=BackupService(url, keep_days=backup_keep_days, clock=clock),
        calendar_admin=CalendarAdminService(sessions, workstation, clock),
        units_admin=UnitsAdminService(sessions, workstation, clock),
        reception_roster=RosterService(sessions, workstation, clock),
        reception=ReceptionService(sessions, workstation, clock),
        reception_schedule=ScheduleService(sessions, workstation, clock),
        reception_bookings=BookingService(sessions, workstation, clock),
        reception_checkin=CheckInService(sessions, workstation, clock),
        reception_instructions=InstructionService(sessions, workstation, clock),
        reception_briefing=BriefingService(sessions, workstation, clock),
        users=UserService(sessions, workstation, clock),
        login=LoginService(sessions, workstation, clock),
        audit_log=AuditViewService(sessions, workstation, clock),
        privacy=PrivacyService(sessions, workstation, clock),
    )
