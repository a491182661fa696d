"""PrintService: documents made from the database, first print vs 补打, the print record."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import zxingcpp
from helpers import make_id_number
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select, update

from db.models import AuditEntry, PrintRecord, Visit
from desktop.cases.registration import RegistrationInput
from desktop.domain import MatterSort, Purpose, QueueStatus, Route, TicketCategory
from desktop.printing.service import (
    DOC_RECEIPT_A4,
    DOC_RECEIPT_ROLL,
    DOC_TICKET,
    DocumentNotFound,
    PrintDocument,
)
from desktop.printing.targets import PdfFile, SystemPrinter
from desktop.queue.tickets import TicketRequest

ROLL_WIDTH = 80 * 72 / 25.4
A4_SIZE = (595.2756, 841.8898)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def qr_codes(pdf: bytes, tmp_path: Path, name: str) -> list[str]:
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(source), str(tmp_path / name)],
                   check=True, timeout=60)
    found: list[str] = []
    for png in sorted(tmp_path.glob(f"{name}-*.png")):
        found += [result.text for result in zxingcpp.read_barcodes(Image.open(png))]
    return found


def issue(services, seq: int, category: TicketCategory = TicketCategory.REGULAR,  # type: ignore[no-untyped-def]
          name: str = "王小明"):
    return services.tickets.issue_ticket(
        TicketRequest(name=name, id_number=make_id_number(seq=seq), category=category)
    )


def register(services, visit_id, route: Route = Route.TRANSFERRED,  # type: ignore[no-untyped-def]
             summary: str = "商品房逾期一年未交付，开发商拒不支付违约金", **extra: str):
    values: dict[str, object] = {
        "summary": summary, "demands": "请求督促开发商尽快交房",
        "content_category_code": "01", "area_code": "460106",
        "purpose": Purpose.SEEK_RESOLUTION, "route": route,
        "matter_sort": MatterSort.CLAIM, "current_address": "海口市龙华区滨海大道 1 号",
    }
    if route is Route.TRANSFERRED:
        values["route_unit_code"] = "HK-ZJJ"
    if route is Route.LEGAL_CHANNEL:
        values["route_unit_code"] = "HK-ZY"
    if route is Route.NOT_ACCEPTED:
        values["route_basis"] = "《信访工作条例》第三十五条"
    values.update(extra)
    return services.registration.register(visit_id, RegistrationInput(**values))  # type: ignore[arg-type]


def count(services, model) -> int:  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


# --- Tickets ----------------------------------------------------------------------------


def test_ticket_slip_from_the_database(services, tmp_path: Path) -> None:
    issue(services, 1)
    issue(services, 2, TicketCategory.PRIORITY, "李四")
    ticket = issue(services, 3, name="张三")

    document = services.printing.ticket_slip(ticket.visit_id)

    assert isinstance(document, PrintDocument)
    assert document.document == DOC_TICKET
    assert document.kind == "ticket" and document.layout == "80mm" and document.is_roll
    assert not document.is_reprint
    assert document.ticket_number == "A1002" and document.service_day == date(2026, 11, 27)
    assert document.suggested_file_name == "ticket-20261127-A1002.pdf"
    [(width, _)] = page_sizes(document.pdf)
    assert width == pytest.approx(ROLL_WIDTH, abs=0.01)
    text = pdf_text(document.pdf)
    for expected in ("A1002", "普通来访", "取号时间：2026-11-27 09:00", "前面还有 2 人",
                     "暂无等候时间估计", "海口市人民来访接待中心"):
        assert expected in text
    assert "补打" not in text
    assert "张三" not in text  # a ticket carries no name
    assert qr_codes(document.pdf, tmp_path, "ticket") == ["LFQ:20261127:A1002"]


def test_ticket_by_number_and_day(services, clock) -> None:
    ticket = issue(services, 1)
    clock.advance(days=1)
    issue(services, 2)  # A1001 again, on the next day

    yesterday = services.printing.ticket_slip_for_number(" a1001 ", date(2026, 11, 27))
    today = services.printing.ticket_slip_for_number("A1001")

    assert yesterday.visit_id == ticket.visit_id
    assert today.visit_id != ticket.visit_id
    assert today.service_day == date(2026, 11, 28)


@pytest.mark.parametrize("number", ["A9999", "Z1", "A-1", "", "A10000000"])
def test_unknown_or_malformed_ticket_number_is_a_user_error(services, number: str) -> None:
    issue(services, 1)
    with pytest.raises(DocumentNotFound) as caught:
        services.printing.ticket_slip_for_number(number)
    assert caught.value.field == "ticket_number"
    assert "号票" in caught.value.message


def test_waiting_estimate_is_printed_when_there_is_data(services, clock) -> None:
    finished = [issue(services, n) for n in range(1, 5)]
    with services.sessions.begin() as session:
        for n, visit in enumerate(finished):
            start = clock.now - timedelta(minutes=60 - 12 * n)
            status = QueueStatus.DONE if n < 3 else QueueStatus.SERVING
            session.execute(update(Visit).where(Visit.id == visit.visit_id).values(
                queue_status=status.value, window_name="1号窗口", serving_started_at=start,
                finished_at=start + timedelta(minutes=10) if n < 3 else None,
            ))
    issue(services, 10)
    ticket = issue(services, 11)

    text = pdf_text(services.printing.ticket_slip(ticket.visit_id).pdf)

    assert "前面还有 1 人" in text
    assert re.search(r"预计等候：约 \d+–\d+ 分钟", text), text


def test_ticket_no_longer_waiting_has_nobody_ahead(services) -> None:
    issue(services, 1)
    ticket = issue(services, 2)
    with services.sessions.begin() as session:
        session.execute(update(Visit).where(Visit.id == ticket.visit_id)
                        .values(queue_status=QueueStatus.CALLED.value))

    text = pdf_text(services.printing.ticket_slip(ticket.visit_id).pdf)

    assert "前面还有 0 人" in text


# --- First print, reprint, records -----------------------------------------------------


def test_reprint_after_a_good_print_is_marked_with_its_time(services, clock) -> None:
    ticket = issue(services, 1)
    printing = services.printing
    first = printing.ticket_slip(ticket.visit_id)
    entry = printing.record_print(ticket.visit_id, first.document, SystemPrinter("Thermal-1"),
                                  ok=True)
    assert not entry.is_reprint and entry.ok and entry.printer == "Thermal-1"
    clock.advance(hours=2, minutes=30)

    copy = printing.ticket_slip(ticket.visit_id)

    assert copy.is_reprint
    assert copy.suggested_file_name.endswith("-reprint.pdf")
    text = pdf_text(copy.pdf)
    assert "补打" in text and "补打时间：2026-11-27 11:30" in text
    second = printing.record_print(ticket.visit_id, copy.document, SystemPrinter("Thermal-1"),
                                   ok=True,
                                   is_reprint=copy.is_reprint)
    assert second.is_reprint
    # The number is the same, and no visit was added by printing.
    assert copy.ticket_number == first.ticket_number
    assert count(services, Visit) == 1


def test_failed_print_is_recorded_and_does_not_make_the_next_copy_a_reprint(services) -> None:
    ticket = issue(services, 1)
    printing = services.printing

    failed = printing.record_print(ticket.visit_id, DOC_TICKET, SystemPrinter("Thermal-1"),
                                   ok=False,
                                   error="打印机缺纸")
    retry = printing.ticket_slip(ticket.visit_id)

    assert not failed.ok and failed.error == "打印机缺纸" and not failed.is_reprint
    assert not retry.is_reprint
    assert "补打" not in pdf_text(retry.pdf)
    with services.sessions() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "print_failed")
                                ).one()
        assert audit.subject_id == str(ticket.visit_id)
        assert "打印机缺纸" in (audit.detail or "")
        assert audit.actor == "测试前台" and audit.terminal == "FRONT-1"


def test_every_attempt_writes_a_print_record_and_an_audit_entry(services) -> None:
    ticket = issue(services, 1)
    result = register(services, ticket.visit_id)
    printing = services.printing

    printing.record_print(ticket.visit_id, DOC_TICKET, SystemPrinter("Thermal-1"), ok=True)
    printing.record_print(ticket.visit_id, DOC_RECEIPT_A4, SystemPrinter("HP LaserJet"),
                          ok=False, error="脱机")
    printing.record_print(ticket.visit_id, DOC_RECEIPT_A4, SystemPrinter("HP LaserJet"), ok=True)
    printing.record_print(ticket.visit_id, DOC_RECEIPT_ROLL, PdfFile("/tmp/r.pdf"),
                          ok=True)

    assert count(services, PrintRecord) == 4
    with services.sessions() as session:
        actions = list(session.scalars(
            select(AuditEntry.action).where(AuditEntry.subject_type == "visit")
            .order_by(AuditEntry.at)
        ))
        details = list(session.scalars(select(AuditEntry.detail)))
        record = session.scalars(select(PrintRecord).order_by(PrintRecord.at)).first()
    assert actions == ["print", "print_failed", "print", "export_pdf"]
    assert any(result.case_number in (detail or "") for detail in details)
    assert record is not None and record.origin_terminal == "FRONT-1"
    history = printing.print_history(ticket.visit_id)
    assert [(h.document, h.ok, h.is_reprint) for h in history] == [
        (DOC_TICKET, True, False),
        (DOC_RECEIPT_A4, False, False),
        (DOC_RECEIPT_A4, True, False),
        (DOC_RECEIPT_ROLL, True, True),  # a receipt was printed before, in A4
    ]
    assert [h.label for h in history][:2] == ["排队号票", "来访回执（A4）"]
    assert history[1].error == "脱机"
    assert history[3].to_file and not history[0].to_file
    assert all(h.actor == "测试前台" for h in history)
    assert history[0].at.tzinfo is not None


def test_record_print_rejects_unknown_documents_and_visits(services) -> None:
    import uuid

    ticket = issue(services, 1)
    with pytest.raises(ValueError, match="unknown document"):
        services.printing.record_print(ticket.visit_id, "letter", SystemPrinter("x"), ok=True)
    with pytest.raises(DocumentNotFound):
        services.printing.record_print(uuid.uuid4(), DOC_TICKET, SystemPrinter("x"), ok=True)
    assert count(services, PrintRecord) == 0
    # Only the fixture's audited settings changes; nothing of the refused prints.
    with services.sessions() as session:
        assert session.scalars(select(AuditEntry.action)).all() == [
            "setting_changed", "setting_changed"]


def test_long_printer_names_and_errors_are_cut_to_fit(services) -> None:
    ticket = issue(services, 1)
    entry = services.printing.record_print(ticket.visit_id, DOC_TICKET, SystemPrinter("P" * 500),
                                           ok=False,
                                           error="E" * 10_000)
    assert len(entry.printer) == 120
    assert entry.error is not None and len(entry.error) == 2000


# --- Receipts ---------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_receipt_from_the_database(services, tmp_path: Path, layout: str) -> None:
    ticket = issue(services, 7)
    result = register(services, ticket.visit_id)
    full_id = make_id_number(seq=7)

    document = services.printing.receipt(ticket.visit_id, layout)

    assert document.document == (DOC_RECEIPT_A4 if layout == "a4" else DOC_RECEIPT_ROLL)
    assert document.case_number == result.case_number and not document.is_reprint
    sizes = page_sizes(document.pdf)
    if layout == "a4":
        assert sizes == [pytest.approx(A4_SIZE, abs=0.01)]
    else:
        assert sizes[0][0] == pytest.approx(ROLL_WIDTH, abs=0.01)
    text = pdf_text(document.pdf)
    for expected in (
        result.case_number, result.enquiry_code, "A1001", "2026年11月27日 09:00", "王小明",
        full_id[:4] + "**********" + full_id[-4:], "1 人", "转送/交办",
        "海口市住房和城乡建设局", "受理告知期限：2026年12月14日",
        "存根", "0898-66668888",  # tests/conftest.py CENTRE_DETAILS
    ):
        assert expected in text, expected
    # A transfer is not an acceptance: the unit decides; no 办理期限 runs yet.
    assert "受理凭证" not in text and "办理期限" not in text
    assert "预计于2026年12月14日前" in flat(text)
    assert full_id not in text  # never the full ID number
    codes = qr_codes(document.pdf, tmp_path, f"receipt-{layout}")
    assert codes == [f"LFXF:{result.case_number}:{result.enquiry_code}"]
    assert full_id not in codes[0]


def test_receipt_by_case_number(services) -> None:
    ticket = issue(services, 1)
    result = register(services, ticket.visit_id)

    document = services.printing.receipt_for_case(f" {result.case_number.lower()} ", "80mm")

    assert document.visit_id == ticket.visit_id and document.layout == "80mm"
    assert document.suggested_file_name == f"receipt-{result.case_number}-80mm.pdf"


def test_unknown_case_number_and_unregistered_visit_are_user_errors(services) -> None:
    ticket = issue(services, 1)
    with pytest.raises(DocumentNotFound) as unknown:
        services.printing.receipt_for_case("XF0000")
    assert unknown.value.message == "找不到信访件编号“XF0000”，请核对后重新输入"
    with pytest.raises(DocumentNotFound) as unregistered:
        services.printing.receipt(ticket.visit_id)
    assert unregistered.value.message == "号票 A1001 还没有接谈登记，保存登记后才能打印回执"
    with pytest.raises(ValueError, match="layout"):
        services.printing.receipt(ticket.visit_id, "a5")


def test_not_accepted_receipt_gives_the_reason_and_no_time_limits(services) -> None:
    ticket = issue(services, 1)
    register(services, ticket.visit_id, Route.NOT_ACCEPTED,
             route_reason="该事项已经复核终结，不再受理。")

    document = services.printing.receipt(ticket.visit_id, "a4")
    text = flat(pdf_text(document.pdf))

    assert document.document == "refusal_a4"  # the route's paper: 不予受理告知书
    assert "不予受理告知书" in text
    assert "不予受理理由该事项已经复核终结，不再受理。" in text
    assert "依据《信访工作条例》第三十五条" in text
    assert "受理凭证" not in text
    assert "办理期限" not in text and "办理时限" not in text


def test_legal_channel_receipt_names_the_channel(services) -> None:
    ticket = issue(services, 1)
    register(services, ticket.visit_id, Route.LEGAL_CHANNEL,
             route_channel="向人民法院提起诉讼")

    for layout in ("a4", "80mm"):
        text = flat(pdf_text(services.printing.receipt(ticket.visit_id, layout).pdf))
        assert "依法分类处理告知书" in text
        assert "法定途径向人民法院提起诉讼" in text and "受理机关海口市中级人民法院" in text
        assert "申请方式请在法律规定的诉讼时效或起诉期限内" in text
        assert "受理凭证" not in text


def test_answered_receipt_has_no_receiving_unit(services) -> None:
    ticket = issue(services, 1)
    register(services, ticket.visit_id, Route.ANSWERED)

    document = services.printing.receipt(ticket.visit_id)

    assert document.receipt is not None
    assert document.receipt.outcome == "answered"
    assert document.receipt.receiving_unit is None and document.receipt.deadlines == ()
    assert "已当场答复" in flat(pdf_text(document.pdf))


def test_long_matter_continues_on_further_pages(services) -> None:
    ticket = issue(services, 1)
    summary = ("其所在小区物业公司擅自提高物业服务费标准，业主多次反映均未得到答复。" * 100)[:2990]
    summary += "SENTINEL-END"
    register(services, ticket.visit_id, summary=summary)

    a4 = services.printing.receipt(ticket.visit_id, "a4").pdf
    roll = services.printing.receipt(ticket.visit_id, "80mm").pdf

    assert len(page_sizes(a4)) >= 2
    assert "SENTINEL-END" in pdf_text(a4)
    assert "SENTINEL-END" in pdf_text(roll)


def test_receipt_reprint_is_marked_on_receipt_and_stub(services, clock) -> None:
    ticket = issue(services, 1)
    register(services, ticket.visit_id)
    printing = services.printing
    printing.record_print(ticket.visit_id, DOC_RECEIPT_A4, SystemPrinter("HP"), ok=True)
    clock.now = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)

    document = printing.receipt(ticket.visit_id, "a4")

    assert document.is_reprint
    assert pdf_text(document.pdf).count("补打时间：2026-11-30 10:00") == 2
    # A ticket printed later is still a first ticket: kinds are counted apart.
    assert not printing.ticket_slip(ticket.visit_id).is_reprint
