"""Laifang Desk (来访接待台): wiring only — parse arguments, build services, start Qt or a
subcommand.

    python main.py [--db URL] [--terminal CODE] [--lang zh|en] [--screenshot PNG [--view NAME]]
    python main.py [global options] ticket --name NAME --id-number ID --category regular
    python main.py [global options] demo --visits N
    python main.py [global options] board
    python main.py [global options] receipt CASE_NO --out FILE.pdf [--layout a4|80mm] [--paper KIND]
    python main.py [global options] ticket-slip TICKET_NO [--date YYYY-MM-DD] --out FILE.pdf
    python main.py [global options] backup [--out FILE]
    python main.py [global options] restore FILE
    python main.py [--db URL] due-date --from YYYY-MM-DD (--days N | --working-days N)
        [--no-roll-over]   (with a database: its calendar entries and roll-over setting)
    python main.py [global options] deadlines [--within N] [--out FILE.xlsx|FILE.pdf]
    python main.py [global options] schedule --from YYYY-MM-DD --to YYYY-MM-DD --out FILE
    python main.py [global options] briefing --date YYYY-MM-DD [--leader NAME] --out FILE.pdf
    python main.py [global options] report --period YYYY-MM|YYYY-MM-DD|YYYY --out FILE.pdf|.xlsx
    python main.py [global options] user add --username NAME --display-name NAME --role ROLE
    python main.py [global options] user passwd|disable|enable NAME | user list
    python main.py [global options] audit verify
  With user accounts in the database, commands act as `--user NAME`; the password comes
  from LAIFANG_PASSWORD or standard input (a new password: the next line), never an
  argument.
    python main.py central init --url URL [--schema S] [--role NAME]
    python main.py [global options] sync [--once] [--central URL] [--central-schema S]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cases.identity import IdType
from desktop.config import (
    TerminalConfig,
    default_database_url,
    load_terminal_config,
    save_terminal_config,
    setup_logging,
)
from desktop.domain import Paper, StepKind, TicketCategory
from desktop.i18n import UserError

# Nothing here imports SQLAlchemy: the main window shows first (see _run_window), and
# the database code loads while it is on screen.

log = logging.getLogger("laifang")

VIEWS = ("ticket", "queue", "registration", "calling", "reception", "board")
_PAPER_CHOICES = tuple(paper.value for paper in Paper)  # `receipt --paper`


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="来访接待台 Laifang Desk")
    parser.add_argument("--db", help="database URL (default: local SQLite in the data directory)")
    parser.add_argument("--terminal", help="this terminal's code (default from settings)")
    parser.add_argument("--terminal-slot", type=_terminal_slot,
                        help="slot digit 1-9 for a new terminal")
    parser.add_argument("--operator", help="name of the person at this terminal")
    parser.add_argument("--user", help="act as this user (commands; the password from "
                        "LAIFANG_PASSWORD or standard input, never an argument)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--central", dest="central_url", metavar="URL",
                        help="central PostgreSQL to sync with (as LAIFANG_CENTRAL_URL; "
                        "overrides 系统设置 → 中心数据库)")
    parser.add_argument("--screenshot", type=Path, help="render the window to PNG and exit")
    parser.add_argument("--view", choices=VIEWS, help="which view to open (with --screenshot)")
    parser.add_argument("--size", help="window size, e.g. 1920x1080")
    sub = parser.add_subparsers(dest="command")

    ticket = sub.add_parser("ticket", help="issue a queue ticket and print it as JSON")
    ticket.add_argument("--name", required=True)
    ticket.add_argument("--id-number", required=True)
    ticket.add_argument("--id-type", default="resident_id", choices=[t.value for t in IdType])
    ticket.add_argument(
        "--category", default="regular", choices=[c.value for c in TicketCategory]
    )
    ticket.add_argument("--phone", default="")
    ticket.add_argument("--people", type=int, default=1)
    ticket.add_argument("--representative", action="append", default=[],
                        help="a representative's name (group visits; repeat up to 5 times)")
    ticket.add_argument("--confirm-name-change", action="store_true",
                        help="the ID number is known under another name: change the name")

    sub.add_parser("board", help="the waiting-hall display board, full-screen (叫号显示屏)")

    demo = sub.add_parser("demo", help="fill the database with clearly fake demo data")
    demo.add_argument("--visits", type=int, default=200)
    demo.add_argument("--days", type=int, default=30)
    demo.add_argument("--seed", type=int, default=1)

    receipt = sub.add_parser(
        "receipt", help="write the visit receipt of a case as PDF (recorded like a print)"
    )
    receipt.add_argument("case_number", metavar="CASE_NO")
    receipt.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    receipt.add_argument("--layout", choices=("a4", "80mm"),
                         help="receipt layout (default from the terminal's settings)")
    receipt.add_argument(
        "--paper", choices=_PAPER_CHOICES,
        help="which paper of the case (default: the one its route prints)")

    slip = sub.add_parser(
        "ticket-slip", help="write a queue ticket as PDF (recorded like a print)"
    )
    slip.add_argument("ticket_number", metavar="TICKET_NO")
    slip.add_argument("--date", type=_service_date, help="service day (default: today)")
    slip.add_argument("--out", type=Path, required=True, help="the PDF file to write")

    backup = sub.add_parser(
        "backup", help="back up the local database (checked copy) and print it as JSON"
    )
    backup.add_argument("--out", type=Path,
                        help="the backup file (default: the backups folder of the data directory)")
    restore = sub.add_parser(
        "restore", help="replace the local database with a backup (keeps a safety copy first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")

    due = sub.add_parser(
        "due-date", help="a time limit's last day by the official calendar, as JSON"
    )
    due.add_argument("--from", dest="start", required=True, type=_service_date,
                     help="the day the period starts (not counted)")
    length = due.add_mutually_exclusive_group(required=True)
    length.add_argument("--days", type=_day_count, help="calendar days")
    length.add_argument("--working-days", type=_day_count, help="working days (工作日)")
    due.add_argument("--no-roll-over", action="store_true",
                     help="keep a last day that is a rest day (--days only; default: roll "
                          "over, or as the database's settings say)")

    watch = sub.add_parser(
        "deadlines", help="open cases due within N days and the overdue (期限监控), as JSON"
    )
    watch.add_argument("--within", type=int, default=7, metavar="N",
                       help="calendar days from today (default 7)")
    watch.add_argument("--no-overdue", action="store_true", help="leave out overdue cases")
    watch.add_argument("--step", choices=[k.value for k in StepKind],
                       help="only cases waiting on this step")
    watch.add_argument("--unit", help="only cases with this 承办单位 (\"\" for this organ's own)")
    watch.add_argument("--out", type=Path,
                       help="write an Excel (.xlsx) or PDF (.pdf) file instead (audited)")

    schedule = sub.add_parser(
        "schedule", help="export the published leader reception schedule (.pdf, .xlsx, .ics)")
    schedule.add_argument("--from", dest="first", required=True, type=_service_date,
                          help="the first day (YYYY-MM-DD)")
    schedule.add_argument("--to", dest="last", required=True, type=_service_date,
                          help="the last day (YYYY-MM-DD)")
    schedule.add_argument("--out", type=Path, required=True,
                          help="FILE.pdf (A4 notice), FILE.xlsx or FILE.ics (calendars)")
    briefing = sub.add_parser(
        "briefing", help="the leader's briefing on the day's booked visitors (PDF, audited)")
    briefing.add_argument("--date", dest="day", required=True, type=_service_date,
                          help="the sessions' day (YYYY-MM-DD)")
    briefing.add_argument("--leader", default="", help="only this leader's sessions (name)")
    briefing.add_argument("--out", type=Path, required=True, help="FILE.pdf")
    report = sub.add_parser(
        "report", help="the daily (日报), monthly or yearly statistics report (audited)")
    report.add_argument("--period", required=True,
                        help="YYYY-MM-DD (日报), YYYY-MM (月报) or YYYY (年报)")
    report.add_argument("--out", type=Path, required=True, help="FILE.pdf or FILE.xlsx")
    central = sub.add_parser("central", help="the central PostgreSQL database of sync")
    central_sub = central.add_subparsers(dest="central_command", required=True)
    central_init = central_sub.add_parser(
        "init", help="create or upgrade the central schema (and grant a terminals' role)")
    central_init.add_argument("--url", required=True, help="postgresql+psycopg://…")
    central_init.add_argument("--schema", help="schema (default: the server's search path)")
    central_init.add_argument("--role", help="the role terminals connect as: created when "
                              "missing (password from LAIFANG_CENTRAL_ROLE_PASSWORD), granted")

    from desktop.accounts.cli import add_parsers as add_account_parsers

    add_account_parsers(sub)  # user add|passwd|disable|enable|list, audit verify
    sync = sub.add_parser("sync", help="sync with the central database (headless)")
    sync.add_argument("--once", action="store_true", help="one round, print it as JSON")
    sync.add_argument("--central", help="central URL (default: LAIFANG_CENTRAL_URL)")
    sync.add_argument("--central-schema", help="schema of the central database")
    return parser


def _terminal_slot(text: str) -> int:
    from desktop.queue.numbering import MAX_SLOT, MIN_SLOT

    try:
        slot = int(text)
    except ValueError:
        slot = 0
    if not MIN_SLOT <= slot <= MAX_SLOT:
        raise argparse.ArgumentTypeError(f"终端序号应为 {MIN_SLOT}–{MAX_SLOT} 的整数：{text}")
    return slot


def _service_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = f"日期应写成 YYYY-MM-DD（如 2026-11-27）：{text}"
        raise argparse.ArgumentTypeError(message) from None


def _day_count(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= 36500:  # a hundred years: beyond that is a typing slip
        raise argparse.ArgumentTypeError(f"天数应为 0–36500 的整数：{text}")
    return days


def _configured_database(args: argparse.Namespace) -> str | None:
    """The database `due-date` counts with: --db, or the local database when it exists.
    A SQLite file that does not exist is no database (nothing is created for a query)."""
    from desktop.config import data_dir_path

    if args.db is None:
        local = data_dir_path() / "laifang.sqlite3"
        return f"sqlite:///{local}" if local.is_file() else None
    if args.db.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        path = make_url(args.db).database
        return args.db if path and path != ":memory:" and Path(path).is_file() else None
    return str(args.db)


def _cmd_due_date(args: argparse.Namespace, config: TerminalConfig | None = None) -> int:
    """With a database (`config` given): the centre's calendar, i.e. the State Council
    schedule plus the administrator's entries, and its roll-over setting. Without one:
    pure date arithmetic on the schedule, no data folder, no database."""
    from desktop.calendar import DueDate, add_days, add_working_days

    result: dict[str, Any] = {"from": args.start.isoformat()}
    if args.working_days is not None:
        result["working_days"] = args.working_days
    else:
        result["days"] = args.days
    try:
        due: DueDate
        if config is not None:
            services = _open(args, config)
            try:
                due = services.calendar_admin.due_date(
                    args.start, days=args.days, working_days=args.working_days,
                    roll_over=False if args.no_roll_over else None)
            finally:
                services.close()
        elif args.working_days is not None:
            due = add_working_days(args.start, args.working_days)
        else:
            due = add_days(args.start, args.days, roll_over=not args.no_roll_over)
    except OverflowError:
        print("错误：期限超出了 9999 年，请检查起算日期和天数", file=sys.stderr)
        return 2
    result.update(due=due.due.isoformat(), calendar=due.calendar, estimated=due.estimated)
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _open(args: argparse.Namespace, config: TerminalConfig):  # type: ignore[no-untyped-def]
    from desktop.app import open_services
    from desktop.storage.backup import check_database_integrity
    from desktop.storage.startup import check_database_file, connect_timeout

    url = args.db or default_database_url()
    # A folder, a missing folder or a file that is no database: said before anything
    # (even the integrity check) opens it.
    check_database_file(url)
    # Before anything writes: a damaged file must not take more tickets (fast at any size;
    # the GUI runs the full check in the background).
    check_database_integrity(url, quick=True)
    code = args.terminal if args.terminal is not None else config.terminal_code
    # The remembered slot belongs to the terminal code it was saved with.
    remembered = config.terminal_slot if code == config.terminal_code else None
    host = open_services(
        url,
        code,
        args.operator if args.operator is not None else config.operator,
        preferred_slot=args.terminal_slot if args.terminal_slot is not None else remembered,
        connect_timeout=connect_timeout(config.connect_timeout_seconds),
        backup_keep_days=config.backup_keep_days,
    )
    if args.command not in (None, "board"):  # the window asks for a login itself
        from desktop.accounts.cli import sign_in

        try:
            args.password_input = sign_in(args.user, host)
        except BaseException:
            host.close()
            raise
    return host


def _cmd_ticket(args: argparse.Namespace, config: TerminalConfig) -> int:
    from desktop.queue.tickets import NameChangeNeeded, RepresentativeInput, TicketRequest

    services = _open(args, config)
    try:
        issued = services.tickets.issue_ticket(
            TicketRequest(
                name=args.name,
                id_number=args.id_number,
                id_type=IdType(args.id_type),
                category=TicketCategory(args.category),
                phone=args.phone,
                people_count=args.people,
                representatives=tuple(RepresentativeInput(n) for n in args.representative),
                confirm_name_change=args.confirm_name_change,
            )
        )
    except NameChangeNeeded as error:
        print(f"错误：{error.message}", file=sys.stderr)
        print("如确认更改姓名，请加上 --confirm-name-change 重新取号；"
              "如保留原名，请用原来的姓名取号。", file=sys.stderr)
        return 2
    finally:
        services.close()
    print(json.dumps({
        "ticket_number": issued.ticket_number,
        "category": issued.category.value,
        "service_day": issued.service_day.isoformat(),
        "issued_at": issued.issued_at.isoformat(),
        "people_ahead": issued.people_ahead,
        "visit_id": str(issued.visit_id),
        "visitor_name": issued.visitor_name,
        "returning_visitor": issued.returning_visitor,
    }, ensure_ascii=False))
    return 0


def _cmd_demo(args: argparse.Namespace, config: TerminalConfig) -> int:
    from desktop.demo import fill_demo_data

    services = _open(args, config)
    try:
        made = fill_demo_data(services, visits=args.visits, days=args.days, seed=args.seed)
    finally:
        services.close()
    print(json.dumps({"visits": made.visits, "visitors": made.visitors}, ensure_ascii=False))
    return 0


def _write_document(args: argparse.Namespace, config: TerminalConfig, kind: str) -> int:
    """`receipt` / `ticket-slip`: the same PDF the counter prints, written to --out.

    Recorded as a print to a file (PrintRecord + audit), so a later copy says 补打.
    """
    from desktop.printing.devices import PdfFileDevice
    from desktop.printing.outcome import PrintOutcome
    from desktop.printing.service import UNPRINTABLE_WARNING, describe_chars
    from desktop.printing.targets import PdfFile

    out: Path = args.out.expanduser().resolve()
    services = _open(args, config)
    try:
        if kind == "receipt":
            layout = args.layout or (
                config.receipt_layout if config.receipt_layout in ("a4", "80mm") else "a4"
            )
            paper = Paper(args.paper) if args.paper else None
            document = services.printing.receipt_for_case(args.case_number, layout, paper)
        else:
            document = services.printing.ticket_slip_for_number(args.ticket_number, args.date)
        if document.unprintable:
            warning = UNPRINTABLE_WARNING.format(chars=describe_chars(document.unprintable))
            print("警告：" + warning.replace("\n", ""), file=sys.stderr)
        # Print, then record, as the counter does: the file device writes a temporary
        # file and renames it, so a full disk never leaves half a PDF or destroys a
        # good file of the same name. Warned above, so the document is not held.
        outcome = services.printing.print_document(
            document, PdfFile(str(out)), PdfFileDevice(), confirmed=True
        )
        assert isinstance(outcome, PrintOutcome)
        if outcome.error is not None:
            message = outcome.error.message if isinstance(outcome.error, UserError) else (
                str(outcome.error))
            print(f"错误：{message}", file=sys.stderr)
            return 2
    finally:
        services.close()
    print(json.dumps({
        "file": str(out),
        "document": document.document,
        "ticket_number": document.ticket_number,
        "service_day": document.service_day.isoformat(),
        "case_number": document.case_number,
        "reprint": document.is_reprint,
        "bytes": len(document.pdf),
    }, ensure_ascii=False))
    return 0


def _cmd_deadlines(args: argparse.Namespace, config: TerminalConfig) -> int:
    """期限监控 without a window: the rows as JSON (names masked like the screen), or
    the Excel/PDF file the view exports."""
    step = StepKind(args.step) if args.step else None
    services = _open(args, config)
    try:
        if args.out is not None:
            made = services.deadline_watch.export(args.out, args.within, step, args.unit,
                                                  not args.no_overdue)
            print(json.dumps({"file": str(made.path), "kind": made.kind, "rows": made.rows,
                              "bytes": made.bytes}, ensure_ascii=False))
            return 0
        report = services.deadline_watch.watch(args.within, step, args.unit,
                                               not args.no_overdue)
    finally:
        services.close()
    print(json.dumps({
        "today": report.today.isoformat(),
        "within_days": report.within_days,
        "until": report.until.isoformat(),
        "count": len(report.rows),
        "overdue": report.overdue_count,
        "rows": [{
            "case_number": row.case_number,
            "name": row.masked_name,
            "sort": row.sort_label,
            "step": row.step.value if row.step else None,
            "step_label": row.step_label,
            "unit": row.unit,
            "due": row.due.isoformat(),
            "days_left": row.days_left,
            "working_days_left": row.working_days_left,
            "estimated": row.estimated,
            "status": row.status.value,
            "status_label": row.status_label,
        } for row in report.rows],
        "by_step": [{"step": c.step.value if c.step else None, "label": c.label,
                     "count": c.count, "overdue": c.overdue} for c in report.by_step],
        "by_unit": [{"unit": c.unit, "count": c.count, "overdue": c.overdue}
                    for c in report.by_unit],
    }, ensure_ascii=False))
    return 0


def _cmd_schedule(args: argparse.Namespace, config: TerminalConfig) -> int:
    services = _open(args, config)
    try:
        made = services.reception_schedule.export(args.out, args.first, args.last)
    finally:
        services.close()
    print(json.dumps({"file": str(made.path), "kind": made.kind, "sessions": made.sessions,
                      "bytes": made.bytes}, ensure_ascii=False))
    return 0


def _cmd_briefing(args: argparse.Namespace, config: TerminalConfig) -> int:
    services = _open(args, config)
    try:
        made = services.reception_briefing.day_briefing(args.day, args.leader)
    finally:
        services.close()
    out: Path = args.out
    partial = out.with_name(out.name + ".part")
    partial.write_bytes(made.pdf)
    partial.replace(out)
    print(json.dumps({"file": str(out), "sessions": made.sessions, "bookings": made.bookings,
                      "bytes": len(made.pdf)}, ensure_ascii=False))
    return 0


def _cmd_report(args: argparse.Namespace, config: TerminalConfig) -> int:
    from desktop.reports.periods import parse_period

    period = parse_period(args.period)
    services = _open(args, config)
    try:
        made = services.statistics.export_report(args.out, period.first, period.last,
                                                 period.kind)
    finally:
        services.close()
    print(json.dumps({"file": str(made.path), "kind": made.kind, "period": period.title,
                      "first": period.first.isoformat(), "last": period.last.isoformat(),
                      "visits": made.rows, "bytes": made.bytes}, ensure_ascii=False))
    return 0


def _cmd_accounts(args: argparse.Namespace, config: TerminalConfig) -> int:
    from desktop.accounts.cli import run_audit, run_user

    services = _open(args, config)
    try:
        if args.command == "user":
            return run_user(args, services, args.password_input)
        return run_audit(args, services)
    finally:
        services.close()


def _cmd_backup(args: argparse.Namespace, config: TerminalConfig) -> int:
    from desktop.storage.backup import BackupService

    service = BackupService(args.db or default_database_url(), keep_days=config.backup_keep_days)
    made = service.take_backup(args.out)
    print(json.dumps({"file": str(made.path), "bytes": made.bytes, "checked": True},
                     ensure_ascii=False))
    return 0


def _cmd_central(args: argparse.Namespace) -> int:
    from desktop.sync.central import init_central

    info = init_central(args.url, schema=args.schema, role=args.role)
    print(json.dumps({"central_id": info.central_id, "revision": info.revision,
                      "role": info.role}, ensure_ascii=False))
    return 0


def _cmd_sync(args: argparse.Namespace, config: TerminalConfig) -> int:
    """Sync headless: one round (--once, exit 1 when offline), or until interrupted."""
    import threading

    from desktop.sync.central import central_engine
    from desktop.sync.engine import SyncEngine, SyncReport

    url = args.central or os.environ.get("LAIFANG_CENTRAL_URL")
    if not url:
        print("错误：未配置中心数据库，请用 --central 或环境变量 LAIFANG_CENTRAL_URL 指定",
              file=sys.stderr)
        return 2
    host = _open(args, config)
    central = central_engine(url, args.central_schema)

    def show(report: SyncReport) -> None:
        print(json.dumps({
            "online": report.online, "pushed": report.pushed, "pulled": report.pulled,
            "conflicts": report.conflicts, "open_conflicts": report.open_conflicts,
            "pending": report.pending, "error": report.error,
            "last_success": report.last_success.isoformat() if report.last_success else None,
        }, ensure_ascii=False), flush=True)

    try:
        engine = SyncEngine(host.engine, central, host.workstation.terminal_code)
        if args.once:
            report = engine.sync_once()
            show(report)
            return 0 if report.online else 1
        stop = threading.Event()
        try:
            engine.run(stop, on_report=show)
        except KeyboardInterrupt:
            stop.set()
        return 0
    finally:
        central.dispose()
        host.close()


def _cmd_restore(args: argparse.Namespace, config: TerminalConfig) -> int:
    from desktop.storage.backup import BackupService

    service = BackupService(args.db or default_database_url(), keep_days=config.backup_keep_days)
    done = service.restore(args.file)
    print(json.dumps({
        "database": str(done.database),
        "restored_from": str(done.restored_from),
        "revision": done.revision,
        "safety_backup": str(done.safety_backup),
    }, ensure_ascii=False))
    return 0


def _prepare() -> tuple[Path, TerminalConfig]:
    """Data folder, logging and this terminal's settings, or StartupError."""
    from desktop.config import data_dir_path, log_dir_path, make_data_private
    from desktop.storage.startup import DATA_DIR_UNUSABLE, StartupError, check_folder

    check_folder(data_dir_path())
    check_folder(log_dir_path())
    try:
        # Private by default: the database, its -wal/-shm, logs, backups and settings
        # hold full ID numbers. Files made by older versions are fixed too.
        make_data_private()
        log_file = setup_logging()
    except OSError as error:
        raise StartupError(DATA_DIR_UNUSABLE, path=str(error.filename or data_dir_path()),
                           reason=error.strerror or str(error)) from error
    return log_file, load_terminal_config()


def _start_failed(args: argparse.Namespace, error: BaseException, log_file: Path | None) -> int:
    """Say why the program cannot start: on stderr, and for the GUI in a dialog (there
    is no window yet to show it in)."""
    if isinstance(error, UserError):
        log.warning("start-up refused: %s", error.message)
        print(f"错误：{error.message}", file=sys.stderr)
    else:
        log.error("start-up failed", exc_info=error)
        where = f"，详情见日志：{log_file}" if log_file else ""
        print(f"程序遇到意外错误{where}", file=sys.stderr)
    if args.command in (None, "board"):
        from ui.app import show_startup_error

        show_startup_error(error, args.lang, log_file, screenshot=args.screenshot)
    return 2 if isinstance(error, UserError) else 1


def _remember_slot(args: argparse.Namespace, config: TerminalConfig, slot: int,
                   terminal_code: str) -> None:
    """Remember the slot this terminal got, so its numbers stay its own (replace keeps
    every other setting, e.g. the printers)."""
    same_terminal = args.terminal in (None, config.terminal_code)
    if same_terminal and config.terminal_slot != slot:
        save_terminal_config(dataclasses.replace(
            config, terminal_code=terminal_code, terminal_slot=slot))


def _run_window(args: argparse.Namespace) -> int:
    """The main window, on screen before the database code loads: the data folder's
    checks, the database's checks and the services run on a worker meanwhile. Whatever
    stops the start there ends as before: a dialog, a message on stderr, exit 2."""
    from desktop.config import log_dir_path
    from ui.pyside_setup import skip_pyside_source_scan

    skip_pyside_source_scan()  # before ui.app's imports: PySide6 would read their source
    from ui.app import parse_size, run_window

    hosts: list[Any] = []
    log_files: list[Path | None] = [None]

    def open_in_background() -> tuple[Any, TerminalConfig]:
        log_file, config = _prepare()
        log_files[0] = log_file
        host = _open(args, config)
        hosts.append(host)
        _remember_slot(args, config, host.workstation.slot, host.workstation.terminal_code)
        # The window gets the services only, never the engine or the sessions.
        return host.ui_services(), config

    try:
        return run_window(open_in_background, lambda error: _start_failed(
            args, error, log_files[0]), args.lang, log_dir_path() / "laifang.log",
            args.screenshot, args.view, parse_size(args.size))
    except Exception as error:
        return _start_failed(args, error, log_files[0])
    finally:
        for host in hosts:
            host.close()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    os.umask(0o077)
    if args.screenshot is not None and not os.environ.get("QT_QPA_PLATFORM"):
        # A screenshot needs no screen: on a server without a display it still draws.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.central_url:  # read by the sync service (desktop/sync/central_config.py)
        os.environ["LAIFANG_CENTRAL_URL"] = args.central_url
    if args.command is None and args.view != "board":
        return _run_window(args)
    if args.command == "due-date" and _configured_database(args) is None:
        return _cmd_due_date(args)
    from desktop.storage.startup import StartupError

    try:
        log_file, config = _prepare()
    except Exception as error:
        return _start_failed(args, error, None)
    try:
        if args.command == "ticket":
            return _cmd_ticket(args, config)
        if args.command == "demo":
            return _cmd_demo(args, config)
        if args.command in ("receipt", "ticket-slip"):
            return _write_document(args, config, args.command)
        if args.command == "due-date":
            return _cmd_due_date(args, config)
        if args.command == "backup":
            return _cmd_backup(args, config)
        if args.command == "schedule":
            return _cmd_schedule(args, config)
        if args.command == "briefing":
            return _cmd_briefing(args, config)
        if args.command == "deadlines":
            return _cmd_deadlines(args, config)
        if args.command == "report":
            return _cmd_report(args, config)
        if args.command == "restore":
            return _cmd_restore(args, config)
        if args.command == "central":
            return _cmd_central(args)
        if args.command == "sync":
            return _cmd_sync(args, config)
        if args.command in ("user", "audit"):
            return _cmd_accounts(args, config)
        services = _open(args, config)
        _remember_slot(args, config, services.workstation.slot,
                       services.workstation.terminal_code)
        from ui.app import parse_size, run_gui

        try:
            view = "board" if args.command == "board" else args.view
            # The window gets the services only, never the engine or the sessions.
            return run_gui(services.ui_services(), config, args.lang, log_file,
                           args.screenshot, view, parse_size(args.size))
        finally:
            services.close()
    except StartupError as error:
        return _start_failed(args, error, log_file)
    except UserError as error:
        if args.command in (None, "board"):
            return _start_failed(args, error, log_file)
        print(f"错误：{error.message}", file=sys.stderr)
        return 2
    except Exception as error:
        if args.command in (None, "board"):
            return _start_failed(args, error, log_file)
        log.exception("fatal error")
        print(f"程序遇到意外错误，详情见日志：{log_file}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
