"""What the UI gets: the services of one terminal, and nothing of the database under them.

The UI holds an `AppServices` and calls its services with plain values; it never sees the
engine or the session factory (desktop/app.py keeps those in its `ServiceHost`, which
main.py, the command line, the demo data and tests hold, and hands this class only a
`ServiceMaker` that closes over them). The import contracts in pyproject.toml keep ui/
from importing desktop.app at all, so it cannot reach them.

Each service is made at its first use, and its module imported then: the window's start
needs only the few the 取号 page uses (`load` them on a worker); the rest load after it is
ready (`load_all`). A service is made once per host, whichever thread asks first, and
`ServiceHost.ui_services()` shares the same ones.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from desktop.accounts.audit_view import AuditViewService
    from desktop.accounts.login import LoginService
    from desktop.accounts.privacy import PrivacyService
    from desktop.accounts.users import UserService
    from desktop.cases.case_service import CaseService
    from desktop.cases.deadline_watch import DeadlineWatchService
    from desktop.cases.enquiry import EnquiryService
    from desktop.cases.registration import RegistrationService
    from desktop.cases.repeat import RepeatService
    from desktop.cases.search import VisitSearchService
    from desktop.clock import Clock
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
    from desktop.reports.statistics import StatisticsService
    from desktop.settings.calendar_admin import CalendarAdminService
    from desktop.settings.reference import ReferenceService
    from desktop.settings.service import SettingsService
    from desktop.settings.units_admin import UnitsAdminService
    from desktop.storage.backup import BackupService
    from desktop.sync.service import SyncService
    from desktop.terminal import Workstation

__all__ = ["SERVICE_NAMES", "AppServices", "ServiceMaker"]

_S = TypeVar("_S")

# Every service an AppServices gives, in the order `load_all` makes them.
SERVICE_NAMES: tuple[str, ...] = (
    "tickets",
    "registration",
    "reference",
    "settings",
    "printing",
    "calling",
    "calling_settings",
    "windows",
    "board",
    "estimates",
    "timings",
    "day_close",
    "search",
    "enquiry",
    "repeat",
    "deadline_watch",
    "cases",
    "backups",
    "calendar_admin",
    "units_admin",
    "reception_roster",
    "reception",
    "reception_schedule",
    "reception_bookings",
    "reception_checkin",
    "reception_instructions",
    "reception_briefing",
    "users",
    "login",
    "audit_log",
    "privacy",
    "sync",
    "statistics",
)


class ServiceMaker(Protocol):
    """Makes services over one database (desktop/app.py holds the database part)."""

    def standard(self, service: Callable[[sessionmaker[Session], Workstation, Clock], _S]
                 ) -> _S: ...

    def reference(self, settings: SettingsService) -> ReferenceService: ...

    def backups(self) -> BackupService: ...


class _Shelf:
    """The services made so far; `get` makes a missing one once (thread-safe). A shelf
    with a `parent` holds replacements and asks the parent for the rest."""

    def __init__(self, parent: _Shelf | None = None,
                 replaced: Mapping[str, object] | None = None) -> None:
        self._parent = parent
        self._made: dict[str, object] = dict(replaced or {})
        self._lock = threading.RLock()  # reentrant: reference is made with settings

    def get(self, name: str, make: Callable[[], _S]) -> _S:
        made = self._made.get(name)
        if made is None:
            if self._parent is not None:
                return self._parent.get(name, make)
            with self._lock:
                made = self._made.get(name)
                if made is None:
                    made = self._made[name] = make()
        return cast(_S, made)

    def made(self) -> frozenset[str]:
        inherited = self._parent.made() if self._parent is not None else frozenset()
        return inherited | frozenset(self._made)


class AppServices:
    """The services of one terminal (`workstation`), each made at its first use."""

    def __init__(self, workstation: Workstation, maker: ServiceMaker,
                 *, _shelf: _Shelf | None = None) -> None:
        self.workstation = workstation
        self._maker = maker
        self._shelf = _shelf if _shelf is not None else _Shelf()

    def ui_view(self) -> AppServices:
        """The same services (made once, shared) as a plain AppServices."""
        return AppServices(self.workstation, self._maker, _shelf=self._shelf)

    def replace(self, **services: Any) -> AppServices:
        """The same services with some replaced by name (tests: a fake service)."""
        unknown = set(services) - set(SERVICE_NAMES)
        if unknown:
            raise TypeError(f"no such services: {', '.join(sorted(unknown))}")
        return AppServices(self.workstation, self._maker,
                           _shelf=_Shelf(self._shelf, services))

    def load(self, *names: str) -> None:
        """Make these services now (on a worker: their imports take time)."""
        for name in names:
            if name not in SERVICE_NAMES:
                raise ValueError(f"no such service: {name}")
            getattr(self, name)

    def load_all(self) -> None:
        """Make every service (a worker, after the window is ready)."""
        self.load(*SERVICE_NAMES)

    def loaded(self) -> frozenset[str]:
        """The names of the services made so far."""
        return self._shelf.made()

    def _standard(self, name: str,
                  service: Callable[[sessionmaker[Session], Workstation, Clock], _S]) -> _S:
        return self._shelf.get(name, lambda: self._maker.standard(service))

    @property
    def tickets(self) -> TicketService:
        from desktop.queue.tickets import TicketService

        return self._standard("tickets", TicketService)

    @property
    def registration(self) -> RegistrationService:
        from desktop.cases.registration import RegistrationService

        return self._standard("registration", RegistrationService)

    @property
    def reference(self) -> ReferenceService:
        """Reference lists (categories, areas, units) and the centre's details."""
        return self._shelf.get("reference", lambda: self._maker.reference(self.settings))

    @property
    def settings(self) -> SettingsService:
        from desktop.settings.service import SettingsService

        return self._standard("settings", SettingsService)

    @property
    def printing(self) -> PrintService:
        from desktop.printing.service import PrintService

        return self._standard("printing", PrintService)

    @property
    def calling(self) -> CallingService:
        from desktop.queue.calling import CallingService

        return self._standard("calling", CallingService)

    @property
    def calling_settings(self) -> CallingSettingsService:
        from desktop.queue.calling_settings import CallingSettingsService

        return self._standard("calling_settings", CallingSettingsService)

    @property
    def windows(self) -> WindowService:
        from desktop.queue.windows import WindowService

        return self._standard("windows", WindowService)

    @property
    def board(self) -> BoardService:
        from desktop.queue.board import BoardService

        return self._standard("board", BoardService)

    @property
    def estimates(self) -> EstimateService:
        from desktop.queue.estimates import EstimateService

        return self._standard("estimates", EstimateService)

    @property
    def timings(self) -> TimingService:
        from desktop.queue.timings import TimingService

        return self._standard("timings", TimingService)

    @property
    def day_close(self) -> DayCloseService:
        from desktop.queue.day_close import DayCloseService

        return self._standard("day_close", DayCloseService)

    @property
    def search(self) -> VisitSearchService:
        from desktop.cases.search import VisitSearchService

        return self._standard("search", VisitSearchService)

    @property
    def enquiry(self) -> EnquiryService:
        """进度查询 by case number + code or the receipt's QR"""
        from desktop.cases.enquiry import EnquiryService

        return self._standard("enquiry", EnquiryService)

    @property
    def repeat(self) -> RepeatService:
        """重复访: link a visit to an earlier case, or a new matter"""
        from desktop.cases.repeat import RepeatService

        return self._standard("repeat", RepeatService)

    @property
    def deadline_watch(self) -> DeadlineWatchService:
        """期限监控: open cases due soon or overdue"""
        from desktop.cases.deadline_watch import DeadlineWatchService

        return self._standard("deadline_watch", DeadlineWatchService)

    @property
    def cases(self) -> CaseService:
        """办理流程: a case's steps after registration"""
        from desktop.cases.case_service import CaseService

        return self._standard("cases", CaseService)

    @property
    def backups(self) -> BackupService:
        """Backups of this database (disabled for a server database)."""
        return self._shelf.get("backups", self._maker.backups)

    @property
    def calendar_admin(self) -> CalendarAdminService:
        """法定节假日 entries; recounts saved deadlines"""
        from desktop.settings.calendar_admin import CalendarAdminService

        return self._standard("calendar_admin", CalendarAdminService)

    @property
    def units_admin(self) -> UnitsAdminService:
        """承办单位名录 (系统设置)"""
        from desktop.settings.units_admin import UnitsAdminService

        return self._standard("units_admin", UnitsAdminService)

    @property
    def reception_roster(self) -> RosterService:
        """领导接访: leaders and sit-in people"""
        from desktop.reception.roster import RosterService

        return self._standard("reception_roster", RosterService)

    @property
    def reception(self) -> ReceptionService:
        """领导接访: sessions, rules, swaps, publishing"""
        from desktop.reception.planning import ReceptionService

        return self._standard("reception", ReceptionService)

    @property
    def reception_schedule(self) -> ScheduleService:
        """领导接访: exports and the board's sessions"""
        from desktop.reception.schedule import ScheduleService

        return self._standard("reception_schedule", ScheduleService)

    @property
    def reception_bookings(self) -> BookingService:
        """预约: book, cancel, move, settle a session's bookings"""
        from desktop.reception.booking import BookingService

        return self._standard("reception_bookings", BookingService)

    @property
    def reception_checkin(self) -> CheckInService:
        """到场: slip/ID check-in, the session on its day"""
        from desktop.reception.checkin import CheckInService

        return self._standard("reception_checkin", CheckInService)

    @property
    def reception_instructions(self) -> InstructionService:
        """批示与督办: instructions, follow-up list"""
        from desktop.reception.instructions import InstructionService

        return self._standard("reception_instructions", InstructionService)

    @property
    def reception_briefing(self) -> BriefingService:
        """the leader's briefing and the booking slip (PDF)"""
        from desktop.reception.briefing import BriefingService

        return self._standard("reception_briefing", BriefingService)

    @property
    def users(self) -> UserService:
        """用户管理, the first administrator, 安全设置"""
        from desktop.accounts.users import UserService

        return self._standard("users", UserService)

    @property
    def login(self) -> LoginService:
        """login, lock, unlock, 切换用户, logout"""
        from desktop.accounts.login import LoginService

        return self._standard("login", LoginService)

    @property
    def audit_log(self) -> AuditViewService:
        """审计日志: view, export, verify"""
        from desktop.accounts.audit_view import AuditViewService

        return self._standard("audit_log", AuditViewService)

    @property
    def privacy(self) -> PrivacyService:
        """full ID number and phone, revealed on purpose (audited)"""
        from desktop.accounts.privacy import PrivacyService

        return self._standard("privacy", PrivacyService)

    @property
    def sync(self) -> SyncService:
        """中心数据库: configuration, the background sync and its status, conflicts"""
        from desktop.sync.service import SyncService

        return self._standard("sync", SyncService)

    @property
    def statistics(self) -> StatisticsService:
        """统计与报表: figures of a period, the visits behind them, reports"""
        from desktop.reports.statistics import StatisticsService

        return self._standard("statistics", StatisticsService)
