"""ESC/POS output: the byte stream a thermal printer gets, and sending it."""

from __future__ import annotations

import re
import socket
import threading
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.printing import escpos
from desktop.printing.documents import (
    CentreInfo,
    Deadline,
    TicketSlip,
    VisitReceipt,
    receipt_qr_text,
    ticket_qr_text,
)

CENTRE = CentreInfo(
    name="海口市人民来访接待中心",
    address="海口市美兰区某某路1号",
    phone="0898-12345",
    ticket_notice="请妥善保管本号票，留意大厅叫号；过号请到前台重新取号。",
    receipt_notice="凭信访件编号和查询码可查询办理进展。",
)
SLIP = TicketSlip(
    ticket_number="A1023",
    category_label="普通来访",
    issued_at=datetime(2026, 11, 27, 1, 15, tzinfo=UTC),
    people_ahead=7,
    wait_estimate="约 10–20 分钟",
    qr_text=ticket_qr_text(date(2026, 11, 27), "A1023"),
)
FULL_ID = "46010519800101123X"
RECEIPT = VisitReceipt(
    case_number="XF2026112710001",
    enquiry_code="7Q3K9M",
    ticket_number="A1023",
    received_at=datetime(2026, 11, 27, 2, 30, tzinfo=UTC),
    visitor_name="王小明",
    masked_id_number="4601**********123X",
    people_count=3,
    summary="来访人反映其购买的商品房逾期未交付，开发商拒不支付违约金，请求督促开发商尽快交房。"
    * 3,
    route_label="转送/交办",
    receiving_unit="海口市住房和城乡建设局",
    outcome="transferred",
    channel_or_reason=None,
    deadlines=(Deadline("受理告知期限", date(2026, 12, 12)),
               Deadline("办理期限", date(2027, 1, 26), "可延长一次")),
    qr_text=receipt_qr_text("XF2026112710001", "7Q3K9M"),
)


def without_qr(data: bytes) -> bytes:
    """Drop every GS ( k command (QR code): GS ( k pL pH, then pL + 256 * pH bytes."""
    out = bytearray()
    i = 0
    while i < len(data):
        if data.startswith(b"\x1d(k", i):
            length = data[i + 3] + 256 * data[i + 4]
            i += 5 + length
            continue
        out.append(data[i])
        i += 1
    return bytes(out)


def printed_text(data: bytes) -> str:
    """What the printer prints as text: commands removed, GB18030 decoded."""
    data = re.sub(rb"\x1b@|\x1c&|\x1ba.|\x1d!.|\x1bE.|\x1dB.|\x1bd.|\x1dV\x42\x00", b"",
                  without_qr(data), flags=re.DOTALL)
    return data.decode("gb18030")


def qr_payloads(data: bytes) -> list[str]:
    """Data stored with GS ( k <pL pH> 1 P 0 (function 180)."""
    found = []
    for match in re.finditer(rb"\x1d\(k(.)(.)\x31\x50\x30", data, re.DOTALL):
        length = match.group(1)[0] + 256 * match.group(2)[0] - 3
        start = match.end()
        found.append(data[start:start + length].decode("ascii"))
    return found


def lines(data: bytes) -> list[str]:
    return printed_text(data).split("\n")


# --- Ticket -----------------------------------------------------------------------------


def test_ticket_stream_has_init_chinese_mode_text_qr_and_cut() -> None:
    data = escpos.ticket_bytes(SLIP, CENTRE)

    assert data.startswith(escpos.INIT + escpos.CHINESE_ON)
    assert data.endswith(escpos.PARTIAL_CUT)
    assert data.count(escpos.PARTIAL_CUT) == 1
    assert "A1023".encode("gb18030") in data
    assert "海口市人民来访接待中心".encode("gb18030") in data
    assert escpos.size(4, 4) + escpos.BOLD_ON + b"A1023" in data  # the number, very large
    assert qr_payloads(data) == ["LFQ:20261127:A1023"]
    text = printed_text(data)
    for expected in ("您的排队号码", "普通来访", "取号时间：2026-11-27 09:15", "前面还有 7 人",
                     "预计等候：约 10–20 分钟", "扫码查询排队进度", "电话：0898-12345"):
        assert expected in text
    assert "补打" not in text


def test_reprinted_ticket_says_so() -> None:
    data = escpos.ticket_bytes(replace(SLIP, reprint_at=datetime(2026, 11, 28, 3, 0, tzinfo=UTC)),
                               CENTRE)
    text = printed_text(data)
    assert "补打" in text and "补打时间：2026-11-28 11:00" in text
    assert escpos.REVERSE_ON in data


def test_no_line_is_wider_than_the_paper() -> None:
    for data in (escpos.ticket_bytes(SLIP, CENTRE), escpos.receipt_bytes(RECEIPT, CENTRE)):
        for line in lines(data):
            assert escpos.text_columns(line) <= escpos.COLUMNS_80MM, line


# --- Receipt ----------------------------------------------------------------------------


def test_receipt_stream_has_the_receipt_then_the_stub() -> None:
    data = escpos.receipt_bytes(RECEIPT, CENTRE)

    assert data.count(escpos.PARTIAL_CUT) == 2
    receipt, stub = data.split(escpos.PARTIAL_CUT)[:2]
    text = printed_text(receipt)
    assert "受理凭证" not in text  # a transfer is registered, not accepted
    for expected in ("来访登记回执", "信访件编号：XF2026112710001", "查询码：7Q3K9M",
                     "来访时间：2026年11月27日 10:30", "证件号码：4601**********123X",
                     "来访人数：3 人", "承办单位：海口市住房和城乡建设局",
                     "受理告知期限：2026年12月12日", "办理期限：2027年01月26日（可延长一次）",
                     "接待单位（盖章）：海口市人民来访接待中心"):
        assert expected in text, expected
    assert re.sub(r"\s+", "", RECEIPT.summary) in re.sub(r"\s+|事项概况：", "", text)
    assert qr_payloads(receipt) == ["LFXF:XF2026112710001:7Q3K9M"]
    stub_text = printed_text(stub)
    assert "存根" in stub_text and "XF2026112710001" in stub_text
    assert b"7Q3K9M" not in stub  # the enquiry code stays with the visitor
    assert FULL_ID.encode() not in data


def test_not_accepted_receipt_prints_the_reason() -> None:
    refused = replace(RECEIPT, outcome="not_accepted", channel_or_reason="已复核终结，不再受理。",
                      receiving_unit=None, deadlines=())
    text = re.sub(r"\s+", "", printed_text(escpos.receipt_bytes(refused, CENTRE)))
    assert "经审查不予受理，理由：已复核终结，不再受理。" in text
    assert "受理凭证" not in text


def test_continuation_lines_are_indented_under_the_value() -> None:
    data = escpos.receipt_bytes(RECEIPT, CENTRE)
    summary_lines = []
    seen = False
    for line in lines(data):
        if line.startswith("事项概况："):
            seen = True
        elif seen and not line.startswith(" "):
            break
        if seen:
            summary_lines.append(line)
    assert len(summary_lines) > 2
    indent = " " * escpos.text_columns("事项概况：")
    assert all(line.startswith(indent) for line in summary_lines[1:])


# --- Text wrapping ------------------------------------------------------------------------


def test_wrap_counts_chinese_as_two_columns_and_keeps_words_whole() -> None:
    wrapped = escpos.wrap_columns("信访件编号XF2026112710001请妥善保管", 16)
    assert all(escpos.text_columns(line) <= 16 for line in wrapped)
    assert "XF2026112710001" in wrapped
    assert "".join(wrapped) == "信访件编号XF2026112710001请妥善保管"


def test_closing_punctuation_never_starts_a_line() -> None:
    text = "一二三四五六七，八九十。（甲乙）"
    for width in range(4, 20):
        wrapped = escpos.wrap_columns(text, width)
        assert "".join(wrapped) == text
        for line in wrapped:
            assert escpos.text_columns(line) <= width
            assert not line or line[0] not in "，。）"
            assert not line or line[-1] != "（"


# --- Targets and sending ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("tcp://192.168.1.50:9100", escpos.EscposTarget(host="192.168.1.50", port=9100)),
    ("tcp://printer.local", escpos.EscposTarget(host="printer.local", port=9100)),
    ("192.168.1.50:9101", escpos.EscposTarget(host="192.168.1.50", port=9101)),
    ("tcp://[::1]:9100", escpos.EscposTarget(host="::1", port=9100)),
    ("/dev/usb/lp0", escpos.EscposTarget(path="/dev/usb/lp0")),
    ("COM3", escpos.EscposTarget(path="COM3")),
    (r"\\PC\Thermal", escpos.EscposTarget(path=r"\\PC\Thermal")),
    (r"C:\printers\out.bin", escpos.EscposTarget(path=r"C:\printers\out.bin")),
])
def test_parse_target(text: str, expected: escpos.EscposTarget) -> None:
    assert escpos.parse_target(text) == expected


@pytest.mark.parametrize("text", ["", "  ", "tcp://", "tcp://host:99999", "host:70000",
                                  "tcp://host/path", "printer", "not a printer:", "lp0"])
def test_bad_targets_are_user_errors(text: str) -> None:
    with pytest.raises(escpos.EscposError) as caught:
        escpos.parse_target(text)
    assert caught.value.field == "escpos_target"
    assert "tcp://" in caught.value.message


class _Printer:
    """A one-job raw-port printer on 127.0.0.1 (answers the paper status if told to)."""

    def __init__(self, status_reply: bytes | None = b"\x12") -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(10)
        self.port = self.server.getsockname()[1]
        self.received = b""
        self._reply = status_reply
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            conn.settimeout(10)
            chunks = []
            status = conn.recv(len(escpos.PAPER_STATUS))
            if self._reply is not None:
                conn.sendall(self._reply)
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
            self.received = status + b"".join(chunks)

    def join(self) -> None:
        self._thread.join(10)
        self.server.close()


def test_send_over_tcp_after_asking_for_paper() -> None:
    printer = _Printer()
    data = escpos.ticket_bytes(SLIP, CENTRE)

    escpos.send(data, f"tcp://127.0.0.1:{printer.port}", timeout=5)
    printer.join()

    assert printer.received == escpos.PAPER_STATUS + data


def test_printer_that_does_not_answer_the_status_still_prints(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(escpos, "STATUS_TIMEOUT", 0.2)
    printer = _Printer(status_reply=None)
    data = escpos.receipt_bytes(RECEIPT, CENTRE)

    escpos.send(data, f"127.0.0.1:{printer.port}", timeout=5)
    printer.join()

    assert printer.received.endswith(data)


def test_paper_out_is_reported_and_nothing_is_printed() -> None:
    printer = _Printer(status_reply=b"\x72")  # fixed bits + paper end
    with pytest.raises(escpos.EscposError, match="缺纸"):
        escpos.send(escpos.ticket_bytes(SLIP, CENTRE), f"tcp://127.0.0.1:{printer.port}")
    printer.join()
    assert printer.received == escpos.PAPER_STATUS


def test_unreachable_printer_is_a_clear_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    with pytest.raises(escpos.EscposError) as caught:
        escpos.send(b"x", f"tcp://127.0.0.1:{port}", timeout=2)
    assert "127.0.0.1" in caught.value.message
    assert "请检查" in caught.value.message


def test_send_to_a_device_path(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    data = escpos.ticket_bytes(SLIP, CENTRE)

    escpos.send(data, str(device))

    assert device.read_bytes() == data


def test_missing_device_is_reported_and_never_created(tmp_path: Path) -> None:
    device = tmp_path / "lp9"
    with pytest.raises(escpos.EscposError, match="找不到打印机设备"):
        escpos.send(b"x", str(device))
    assert not device.exists()
