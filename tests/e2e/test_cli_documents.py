"""`main.py receipt` and `main.py ticket-slip`: the counter's documents without a window."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from helpers import make_id_number
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from db.models import AuditEntry, PrintRecord
from desktop.cases.registration import RegistrationInput
from desktop.domain import MatterSort, Purpose, Route, TicketCategory
from desktop.queue.tickets import TicketRequest

ROOT = Path(__file__).resolve().parents[2]
ROLL_WIDTH = 80 * 72 / 25.4
A4_WIDTH = 595.2756


def run_main(db_url: str, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LAIFANG_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db_url, *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def widths(path: Path) -> list[float]:
    return [float(page.mediabox.width) for page in PdfReader(path).pages]


def qr_codes(path: Path, tmp_path: Path) -> list[str]:
    prefix = tmp_path / f"{path.stem}-png"
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(prefix)], check=True,
                   timeout=60)
    found: list[str] = []
    for png in sorted(tmp_path.glob(f"{prefix.name}-*.png")):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    return found


@pytest.fixture
def registered(services):  # type: ignore[no-untyped-def]
    """A database with one registered visit (and a second, unregistered ticket)."""
    ticket = services.tickets.issue_ticket(TicketRequest(
        name="王小明", id_number=make_id_number(seq=7), category=TicketCategory.REGULAR))
    services.tickets.issue_ticket(TicketRequest(
        name="李四", id_number=make_id_number(seq=9), category=TicketCategory.REGULAR))
    result = services.registration.register(ticket.visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="商品房逾期一年未交付，开发商拒不支付违约金", demands="请求督促交房",
        content_category_code="01", area_code="460106", purpose=Purpose.SEEK_RESOLUTION,
        route=Route.TRANSFERRED, route_unit_code="HK-ZJJ"))
    return ticket, result


def test_receipt_command_writes_the_receipt_and_records_it(
        services, registered, db_url: str, tmp_path: Path) -> None:
    ticket, result = registered
    out = tmp_path / "out" / "receipt.pdf"
    out.parent.mkdir()
    full_id = make_id_number(seq=7)

    run = run_main(db_url, tmp_path / "data", "receipt", result.case_number, "--out", str(out))

    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report == {
        "file": str(out), "document": "receipt_a4", "ticket_number": "A1001",
        "service_day": "2026-11-27", "case_number": result.case_number, "reprint": False,
        "bytes": out.stat().st_size,
    }
    assert widths(out) == [pytest.approx(A4_WIDTH, abs=0.01)]
    text = pdf_text(out)
    assert "受理凭证" not in text  # a transfer: registered, the unit decides
    for expected in (result.case_number, result.enquiry_code, "王小明", "来访登记回执", "存根",
                     full_id[:4] + "**********" + full_id[-4:], "海口市住房和城乡建设局",
                     "2026年12月14日"):  # day 15 is Saturday 12-12: rolled over
        assert expected in text
    assert full_id not in text
    assert qr_codes(out, tmp_path) == [f"LFXF:{result.case_number}:{result.enquiry_code}"]
    with services.sessions() as session:
        record = session.scalars(select(PrintRecord)).one()
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "export_pdf")
                                ).one()
    assert (record.document, record.status, record.printer) == (
        "receipt_a4", "ok", f"PDF:{out}")
    assert audit.subject_id == str(ticket.visit_id)


def test_second_receipt_is_a_reprint_and_80mm_layout_works(
        registered, db_url: str, tmp_path: Path) -> None:
    _ticket, result = registered
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    data = tmp_path / "data"

    assert run_main(db_url, data, "receipt", result.case_number, "--out", str(first)
                    ).returncode == 0
    run = run_main(db_url, data, "--terminal", "FRONT-1", "receipt",
                   result.case_number.lower(), "--layout", "80mm", "--out", str(second))

    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["reprint"] is True
    assert widths(second)[0] == pytest.approx(ROLL_WIDTH, abs=0.01)
    assert "补打" in pdf_text(second) and "补打" not in pdf_text(first)


def test_ticket_slip_command(registered, db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "ticket.pdf"

    run = run_main(db_url, tmp_path / "data", "ticket-slip", "a1002", "--date", "2026-11-27",
                   "--out", str(out))

    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert (report["document"], report["ticket_number"], report["case_number"]) == (
        "ticket", "A1002", None)
    assert widths(out) == [pytest.approx(ROLL_WIDTH, abs=0.01)]
    text = pdf_text(out)
    assert "A1002" in text and "普通来访" in text and "李四" not in text
    assert qr_codes(out, tmp_path) == ["LFQ:20261127:A1002"]


def test_unknown_numbers_are_reported_in_chinese(registered, db_url: str,
                                                 tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    data = tmp_path / "data"

    unknown_case = run_main(db_url, data, "receipt", "XF000", "--out", str(out))
    unknown_ticket = run_main(db_url, data, "ticket-slip", "A9999", "--date", "2026-11-27",
                              "--out", str(out))
    bad_date = run_main(db_url, data, "ticket-slip", "A1001", "--date", "27.11.2026",
                        "--out", str(out))
    ticket_as_case = run_main(db_url, data, "receipt", "A1002", "--out", str(out))

    assert unknown_case.returncode == 2
    assert "错误：找不到信访件编号“XF000”，请核对后重新输入" in unknown_case.stderr
    assert unknown_ticket.returncode == 2
    assert "找不到 2026-11-27 的号票 A9999" in unknown_ticket.stderr
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    assert ticket_as_case.returncode == 2
    assert not out.exists()


def test_pdf_text_survives_a_round_trip(registered, db_url: str, tmp_path: Path) -> None:
    """The bytes written are a complete PDF (a reader needs nothing else)."""
    _ticket, result = registered
    out = tmp_path / "r.pdf"
    assert run_main(db_url, tmp_path / "data", "receipt", result.case_number, "--out", str(out)
                    ).returncode == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.metadata is not None
    assert result.case_number in (reader.metadata.title or "")


NO_FONT = "\U0010fffd"  # private use, plane 16: in no font


def test_receipt_command_warns_about_characters_no_font_has(
        services, db_url: str, tmp_path: Path) -> None:
    ticket = services.tickets.issue_ticket(TicketRequest(
        name=f"王{NO_FONT}明", id_number=make_id_number(seq=5),
        category=TicketCategory.REGULAR))
    result = services.registration.register(ticket.visit_id, RegistrationInput(
        matter_sort=MatterSort.CLAIM, current_address="海口市龙华区滨海大道 1 号",
        summary="商品房逾期未交付", demands="请求督促交房", content_category_code="01",
        area_code="460106", purpose=Purpose.SEEK_RESOLUTION, route=Route.TRANSFERRED,
        route_unit_code="HK-ZJJ"))
    out = tmp_path / "r.pdf"

    run = run_main(db_url, tmp_path / "data", "receipt", result.case_number, "--out", str(out))

    assert run.returncode == 0, run.stderr  # still written: the clerk may complete it by hand
    assert "警告：以下字符无法打印" in run.stderr and "U+10FFFD" in run.stderr
    assert "请核对姓名，或手写补全" in run.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_a_full_disk_keeps_the_good_file_and_says_so_in_chinese(
        services, registered, db_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """In-process, with os.write failing midway as on a full disk (ENOSPC)."""
    import errno

    import main
    from desktop.config import TerminalConfig
    from desktop.storage import files

    _ticket, result = registered
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "receipt.pdf"
    out.write_bytes(b"%PDF-1.4 the good receipt written yesterday")
    real_write = os.write
    calls: list[int] = []

    def write(fd: int, data: bytes) -> int:
        calls.append(fd)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data)[: len(data) // 2])

    monkeypatch.setattr(files.os, "write", write)
    args = main.build_parser().parse_args(
        ["--db", db_url, "receipt", result.case_number, "--out", str(out)])

    code = main._write_document(args, TerminalConfig(), "receipt")

    assert code == 2
    assert calls  # the write started and failed midway
    err = capsys.readouterr().err
    assert "错误：磁盘空间不足" in err and "原有文件未改动" in err
    assert out.read_bytes() == b"%PDF-1.4 the good receipt written yesterday"
    assert os.listdir(folder) == ["receipt.pdf"]
    with services.sessions() as session:
        record = session.scalars(select(PrintRecord)).one()
    assert (record.status, record.printer) == ("failed", f"PDF:{out}")
    assert "磁盘空间不足" in (record.error or "")


def _can_mount_tmpfs(folder: Path) -> bool:
    """A private mount namespace with a tmpfs (user namespaces), or no real-disk test."""
    if sys.platform != "linux" or not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
         f"mount -t tmpfs -o size=64k tmpfs '{folder}'"],
        capture_output=True, timeout=30, check=False)
    return probe.returncode == 0


def test_a_really_full_disk_keeps_the_good_file(
        registered, db_url: str, tmp_path: Path) -> None:
    """The receipt command on a real, nearly full 64 KiB tmpfs (own mount namespace)."""
    _ticket, result = registered
    disk = tmp_path / "usb-stick"
    disk.mkdir()
    if not _can_mount_tmpfs(disk):
        pytest.skip("cannot mount a tmpfs in a user namespace here")
    good = tmp_path / "good.pdf"
    good.write_bytes(b"%PDF-1.4 good receipt " * 900)  # ~20 KB, and 40 KB of other files:
    out = disk / "receipt.pdf"  # even with the old copy gone a receipt (~40 KB) cannot fit
    env = {**os.environ, "LAIFANG_DATA_DIR": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    script = (
        f"mount -t tmpfs -o size=64k tmpfs '{disk}' && cp '{good}' '{out}' || exit 99\n"
        f"head -c 40000 /dev/zero > '{disk / 'other'}'\n"
        f"'{sys.executable}' '{ROOT / 'main.py'}' --db '{db_url}' receipt "
        f"'{result.case_number}' --out '{out}'\n"
        "echo \"rc=$?\"\n"
        f"cmp -s '{good}' '{out}' && echo unchanged\n"
        "echo files:\n"
        f"ls -A '{disk}'\n"
    )

    run = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                         check=False)

    lines = run.stdout.split()
    assert "rc=2" in lines, run.stdout + run.stderr
    assert "错误：磁盘空间不足" in run.stderr
    assert "unchanged" in lines
    assert lines[lines.index("files:") + 1 :] == ["other", "receipt.pdf"]  # no temp file


def test_receipt_command_prints_every_paper_of_the_case_headless(
        services, db_url: str, tmp_path: Path) -> None:
    from datetime import date

    from paper_cases import issue as issue_ticket
    from paper_cases import make_case

    from desktop.domain import Paper, StepKind

    ticket = issue_ticket(services)
    number = make_case(
        services, ticket.visit_id, Route.ACCEPTED_HERE, received=date(2026, 8, 3),
        steps=((StepKind.EXTENDED, date(2026, 9, 30),
                {"approved_by": "李局长", "note": "需要核查", "new_due": date(2026, 11, 9)}),))
    data = tmp_path / "data"
    titles = {
        None: "受理告知书",  # the route's paper
        Paper.REGISTRATION_RECEIPT: "来访登记回执",
        Paper.ACCEPTANCE_NOTICE: "受理告知书",
        Paper.EXTENSION_NOTICE: "延期办理告知书",
        Paper.PROGRESS: "信访事项办理进展告知单",
    }
    for paper, title in titles.items():
        out = tmp_path / f"{paper or 'default'}.pdf"
        extra = ("--paper", paper.value) if paper else ()
        run = run_main(db_url, data, "receipt", number, "--layout", "80mm", "--out", str(out),
                       *extra)
        assert run.returncode == 0, run.stderr
        assert title in pdf_text(out) and number in pdf_text(out)
        assert widths(out)[0] == pytest.approx(ROLL_WIDTH, abs=0.01)

    refused = run_main(db_url, data, "receipt", number, "--paper", "no_longer_accepted",
                       "--out", str(tmp_path / "no.pdf"))
    assert refused.returncode == 2
    assert "还没有办结或作出复核意见，不能出具不再受理告知书" in refused.stderr
    assert not (tmp_path / "no.pdf").exists()
    with services.sessions() as session:
        documents = [r.document for r in session.scalars(select(PrintRecord))]
    assert documents == ["acceptance_80mm", "receipt_80mm", "acceptance_80mm",
                         "extension_80mm", "progress_80mm"]
