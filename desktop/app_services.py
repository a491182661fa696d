"""What the UI gets: the services of one terminal, and nothing of the database under them.

The UI holds an `AppServices` and calls its services with plain values; it never sees the
engine or the session factory (desktop/app.py keeps those in its `ServiceHost`, which
main.py, the command line, the demo data and tests hold). The import contracts in
pyproject.toml keep ui/ from importing desktop.app at all, so it cannot reach them.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from desktop.settings.reference import ReferenceService
from desktop.settings.service import SettingsService
from desktop.settings.units_admin import UnitsAdminService
from desktop.storage.backup import BackupService
from desktop.terminal import Workstation


@dataclass(frozen=True)
class AppServices:
    workstation: Workstation
    tickets: TicketService
    registration: RegistrationService
    reference: ReferenceService
    settings: SettingsService
    printing: PrintService
    calling: CallingService
    calling_settings: CallingSettingsService
    windows: WindowService
    board: BoardService
    estimates: EstimateService
    timings: TimingService
    day_close: DayCloseService
    search: VisitSearchService
    enquiry: EnquiryService  # 进度查询 by case number + code or the receipt's QR
    repeat: RepeatService  # 重复访: link a visit to an earlier case, or a new matter
    cases: CaseService  # 办理流程: a case's steps after registration
    deadline_watch: DeadlineWatchService  # 期限监控: open cases due soon or overdue
    backups: BackupService  # of this database (disabled for a server database)
    calendar_admin: CalendarAdminService  # 法定节假日 entries; recounts saved deadlines
    units_admin: UnitsAdminService  # 承办单位名录 (系统设置)
    reception_roster: RosterService  # 领导接访: leaders and sit-in people
    reception: ReceptionService  # 领导接访: sessions, rules, swaps, publishing
    reception_schedule: ScheduleService  # 领导接访: exports and the board's sessions
    reception_bookings: BookingService  # 预约: book, cancel, move, settle a session's bookings
    reception_checkin: CheckInService  # 到场: slip/ID check-in, the session on its day
    reception_instructions: InstructionService  # 批示与督办: instructions, follow-up list
    reception_briefing: BriefingService  # the leader's briefing and the booking slip (PDF)
    # Accounts (desktop/accounts): who is working on this terminal, and the audit log.
    users: UserService  # 用户管理, the first administrator, 安全设置
    login: LoginService  # login, lock, unlock, 切换用户, logout
    audit_log: AuditViewService  # 审计日志: view, export, verify
    privacy: PrivacyService  # full ID number and phone, revealed on purpose (audited)
