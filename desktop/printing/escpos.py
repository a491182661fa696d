"""ESC/POS output: tickets and roll receipts straight to a thermal printer, no driver.

Some counter printers have no system driver, or their driver prints a rasterised PDF
too slowly. For those, this module builds the printer's own byte stream: a handful of
standard ESC/POS commands (initialise, Chinese mode, alignment, character size, bold,
QR code, feed and cut) around GB18030-encoded text, and sends it to

* ``tcp://HOST:PORT`` or ``HOST:PORT`` — a network printer's raw port (usually 9100),
* a device path — ``/dev/usb/lp0``, ``COM3``, or a Windows shared printer
  ``\\\\PC\\Printer``; the device must exist (it is never created).

The wording comes from desktop.printing.documents.template (the one place for it); the layout
here is text lines, so it is close to, not identical with, the PDF. python-escpos is
not needed (its USB transport could be added later as an optional target).

Before sending to a network printer, the paper sensor is asked (DLE EOT 4); a printer
that answers "paper end" is reported as out of paper, one that does not answer is
printed to anyway.
"""

from __future__ import annotations

import os
import re
import socket
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Final
from urllib.parse import urlsplit

from desktop.clock import LOCAL_TZ
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.printing.documents import (
    CentreInfo,
    CheckPage,
    TicketSlip,
    VisitReceipt,
    check_page_lines,
)
from desktop.printing.documents.template import (
    NO_LINE_END,
    NO_LINE_START,
    TEXTS,
    receipt_notice_text,
)

ENCODING: Final = "gb18030"
DEFAULT_PORT: Final = 9100
COLUMNS_80MM: Final = 48  # font A (12 x 24 dots) on 576 dots; a Chinese character is 2
QR_MODULE_SIZE: Final = 6
SEND_TIMEOUT: Final = 10.0
STATUS_TIMEOUT: Final = 1.5

# --- Commands ---------------------------------------------------------------------------

ESC, GS, FS, DLE, EOT = b"\x1b", b"\x1d", b"\x1c", b"\x10", b"\x04"
INIT: Final = ESC + b"@"
CHINESE_ON: Final = FS + b"&"  # select Kanji (here: GB18030 Chinese) character mode
LF: Final = b"\n"
ALIGN_LEFT, ALIGN_CENTER = ESC + b"a\x00", ESC + b"a\x01"
BOLD_ON, BOLD_OFF = ESC + b"E\x01", ESC + b"E\x00"
REVERSE_ON, REVERSE_OFF = GS + b"B\x01", GS + b"B\x00"
PARTIAL_CUT: Final = GS + b"V\x42\x00"  # feed to the cutter, then cut (leaving a hinge)
PAPER_STATUS: Final = DLE + EOT + b"\x04"  # real-time status: roll paper sensor
PAPER_END_BITS: Final = 0x60


def size(width: int, height: int) -> bytes:
    """GS ! n: character size, 1–8 times in each direction (also for Chinese)."""
    if not (1 <= width <= 8 and 1 <= height <= 8):
        raise ValueError("character size is 1..8")
    return GS + b"!" + bytes([((width - 1) << 4) | (height - 1)])


def feed(lines: int) -> bytes:
    return ESC + b"d" + bytes([max(0, min(lines, 255))])


def qr_code(data: str, module_size: int = QR_MODULE_SIZE) -> bytes:
    """GS ( k: a model 2 QR code, error correction M, printed where the line starts."""
    payload = data.encode("ascii")
    store_len = len(payload) + 3
    return b"".join(
        (
            GS + b"(k\x04\x00\x31\x41\x32\x00",  # model 2
            GS + b"(k\x03\x00\x31\x43" + bytes([module_size]),  # module size in dots
            GS + b"(k\x03\x00\x31\x45\x31",  # error correction level M
            GS + b"(k" + bytes([store_len & 0xFF, store_len >> 8]) + b"\x31\x50\x30" + payload,
            GS + b"(k\x03\x00\x31\x51\x30",  # print the stored symbol
        )
    )


# --- Text -------------------------------------------------------------------------------


def char_columns(ch: str) -> int:
    """Columns a character takes on the printer: Chinese and full-width forms take 2."""
    return 2 if unicodedata.east_asian_width(ch) in "WFA" and not ch.isascii() else 1


def text_columns(text: str) -> int:
    return sum(char_columns(ch) for ch in text)


def _units(paragraph: str) -> list[str]:
    """Unbreakable pieces: an ASCII word or number stays whole, others break per char."""
    units: list[str] = []
    word = ""
    for ch in paragraph:
        if ch.isascii() and not ch.isspace():
            word += ch
            continue
        if word:
            units.append(word)
            word = ""
        units.append(ch)
    if word:
        units.append(word)
    return units


def wrap_columns(text: str, columns: int) -> list[str]:
    """Lines of at most `columns` printer columns, with Chinese line-breaking rules:
    closing punctuation never starts a line, opening punctuation never ends one."""
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = ""
        for unit in _units(paragraph):
            if text_columns(line) + text_columns(unit) <= columns:
                line += unit
                continue
            if unit.isspace():
                lines.append(line.rstrip())
                line = ""
                continue
            carry = ""
            if line and unit[0] in NO_LINE_START and len(line) > 1:
                carry, line = line[-1], line[:-1]  # take a character along with it
            while line and line[-1] in NO_LINE_END:
                carry, line = line[-1] + carry, line[:-1]
            if line.strip():
                lines.append(line.rstrip())
            line = carry
            if text_columns(line + unit) <= columns:
                line += unit
                continue
            for ch in unit:  # longer than a line: break it anywhere
                if line and text_columns(line + ch) > columns:
                    lines.append(line)
                    line = ""
                line += ch
        lines.append(line.rstrip())
    return lines


def _local(moment: datetime, fmt: str) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime on a slip: {moment!r}")
    return moment.astimezone(LOCAL_TZ).strftime(fmt)


class _Stream:
    """Collects commands and text for one print job."""

    def __init__(self, columns: int) -> None:
        self.columns = columns
        self.parts: list[bytes] = [INIT, CHINESE_ON]

    def raw(self, *commands: bytes) -> None:
        self.parts.extend(commands)

    def text(self, text: str, *, scale: int = 1, bold: bool = False, center: bool = False
             ) -> None:
        self.parts.append(ALIGN_CENTER if center else ALIGN_LEFT)
        self.parts.append(size(scale, scale))
        self.parts.append(BOLD_ON if bold else BOLD_OFF)
        for line in wrap_columns(text, max(2, self.columns // scale)):
            self.parts.append(line.encode(ENCODING, errors="replace") + LF)
        self.parts += [BOLD_OFF, size(1, 1), ALIGN_LEFT]

    def field(self, label: str, value: str, *, bold: bool = False) -> None:
        """"标签：内容" with continuation lines indented under the content."""
        head = f"{label}："
        indent = text_columns(head)
        if indent > self.columns // 2:
            self.text(head + value, bold=bold)
            return
        lines = wrap_columns(value, self.columns - indent) or [""]
        self.parts += [ALIGN_LEFT, size(1, 1), BOLD_ON if bold else BOLD_OFF]
        for n, line in enumerate(lines):
            prefix = head if n == 0 else " " * indent
            self.parts.append((prefix + line).encode(ENCODING, errors="replace") + LF)
        self.parts.append(BOLD_OFF)

    def rule(self, label: str = "") -> None:
        self.parts.append(ALIGN_LEFT + size(1, 1))
        if not label:
            self.parts.append(b"-" * self.columns + LF)
            return
        side = max(2, (self.columns - text_columns(label) - 2) // 2)
        line = "-" * side + f" {label} " + "-" * side
        self.parts.append(line.encode(ENCODING, errors="replace") + LF)

    def reprint(self, when: datetime) -> None:
        self.parts += [ALIGN_CENTER, size(2, 2), REVERSE_ON, BOLD_ON]
        self.parts.append(f" {TEXTS.reprint_mark} ".encode(ENCODING) + LF)
        self.parts += [REVERSE_OFF, BOLD_OFF, size(1, 1)]
        self.text(TEXTS.reprint_time.format(time=_local(when, TEXTS.datetime_format)),
                  center=True)

    def qr(self, data: str) -> None:
        self.parts += [ALIGN_CENTER, qr_code(data), LF, ALIGN_LEFT]

    def lines(self, texts: Iterable[str]) -> None:
        for line in texts:
            self.text(line)

    def cut(self) -> None:
        self.parts += [feed(4), PARTIAL_CUT]

    def bytes(self) -> bytes:
        return b"".join(self.parts)


def _contact(stream: _Stream, centre: CentreInfo) -> None:
    if centre.address:
        stream.text(TEXTS.address.format(address=centre.address))
    if centre.phone:
        stream.text(TEXTS.phone.format(phone=centre.phone))


def ticket_bytes(slip: TicketSlip, centre: CentreInfo, columns: int = COLUMNS_80MM) -> bytes:
    """The queue ticket as one ESC/POS job (ends with a cut)."""
    out = _Stream(columns)
    out.text(centre.name, scale=2, bold=True, center=True)
    out.rule()
    out.text(TEXTS.ticket_caption, center=True)
    out.text(slip.ticket_number, scale=4, bold=True, center=True)
    out.text(slip.category_label, scale=2, bold=True, center=True)
    if slip.is_group:
        out.text(TEXTS.ticket_people.format(n=slip.people_count), bold=True, center=True)
        if slip.representatives:
            names = TEXTS.names_separator.join(r.name for r in slip.representatives)
            out.text(TEXTS.ticket_representatives.format(names=names), center=True)
    if slip.reprint_at is not None:
        out.reprint(slip.reprint_at)
    out.rule()
    out.text(TEXTS.ticket_issued.format(time=_local(slip.issued_at, TEXTS.datetime_format)),
             center=True)
    out.text(TEXTS.ticket_people_ahead.format(n=max(0, slip.people_ahead)), scale=2,
             bold=True, center=True)
    wait = (
        TEXTS.ticket_wait.format(estimate=slip.wait_estimate)
        if slip.wait_estimate
        else TEXTS.ticket_no_wait_estimate
    )
    out.text(wait, center=True)
    out.qr(slip.qr_text)
    out.text(TEXTS.ticket_qr_caption, center=True)
    out.rule()
    out.text(centre.ticket_notice)
    _contact(out, centre)
    out.cut()
    return out.bytes()


def receipt_bytes(receipt: VisitReceipt, centre: CentreInfo, columns: int = COLUMNS_80MM
                  ) -> bytes:
    """The visit receipt for the visitor, a cut, then the stub the centre keeps."""
    out = _Stream(columns)
    out.text(centre.name, scale=1, bold=True, center=True)
    out.text(TEXTS.receipt_titles[receipt.outcome], scale=2, bold=True, center=True)
    if receipt.reprint_at is not None:
        out.reprint(receipt.reprint_at)
    out.rule()
    out.field(TEXTS.label_case_number, receipt.case_number, bold=True)
    out.field(TEXTS.label_enquiry_code, receipt.enquiry_code, bold=True)
    out.field(TEXTS.label_received_at,
              _local(receipt.received_at, TEXTS.receipt_datetime_format))
    out.field(TEXTS.label_ticket_number, receipt.ticket_number)
    out.field(TEXTS.label_visitor, receipt.visitor_name)
    out.field(TEXTS.label_id_number, receipt.masked_id_number)
    out.field(TEXTS.label_people_count, TEXTS.people_count_value.format(n=receipt.people_count))
    if receipt.representatives:
        out.field(TEXTS.label_representatives,
                  TEXTS.names_separator.join(r.with_id for r in receipt.representatives))
    out.field(TEXTS.label_summary, receipt.summary)
    out.field(TEXTS.label_route, receipt.route_label)
    out.field(TEXTS.label_receiving_unit, receipt.receiving_unit or TEXTS.no_value)
    if receipt.deadlines:
        lines = []
        for deadline in receipt.deadlines:
            line = TEXTS.deadline_due.format(
                label=deadline.label, due=deadline.due.strftime(TEXTS.date_format)
            )
            lines.append(f"{line}（{deadline.note}）" if deadline.note else line)
        out.field(TEXTS.label_deadlines, "\n".join(lines))
    out.field(TEXTS.label_notice, receipt_notice_text(receipt))
    if receipt.estimated and receipt.deadlines:
        out.text(TEXTS.estimated_warning)
    out.qr(receipt.qr_text)
    out.text(TEXTS.qr_hint, center=True)
    out.text(centre.receipt_notice)
    _contact(out, centre)
    out.text(TEXTS.signature.format(centre=centre.name))
    out.text(_local(receipt.received_at, TEXTS.date_format))
    out.cut()

    # The stub (存根), cut off and kept by the centre; never the enquiry code.
    out.text(TEXTS.stub_title, scale=2, bold=True, center=True)
    if receipt.reprint_at is not None:
        out.reprint(receipt.reprint_at)
    out.rule()
    out.field(TEXTS.label_case_number, receipt.case_number)
    out.field(TEXTS.label_ticket_number, receipt.ticket_number)
    out.field(TEXTS.label_visitor, f"{receipt.visitor_name}（{receipt.masked_id_number}）")
    out.field(TEXTS.label_date, _local(receipt.received_at, TEXTS.date_format))
    summary = " ".join(receipt.summary.split())
    if len(summary) > TEXTS.stub_summary_chars:
        summary = summary[: TEXTS.stub_summary_chars] + TEXTS.stub_ellipsis
    out.field(TEXTS.label_summary, summary)
    route = receipt.route_label
    if receipt.receiving_unit:
        route = f"{route}：{receipt.receiving_unit}"
    out.field(TEXTS.label_route, route)
    out.cut()
    return out.bytes()


def check_page_bytes(page: CheckPage, columns: int = COLUMNS_80MM) -> bytes:
    """打印测试页 as one ESC/POS job."""
    out = _Stream(columns)
    out.text(TEXTS.check_title, scale=2, bold=True, center=True)
    out.rule()
    out.lines(check_page_lines(page))
    out.rule()
    out.text(TEXTS.check_hint)
    out.cut()
    return out.bytes()


# --- Sending ----------------------------------------------------------------------------


class EscposError(UserError):
    """The ESC/POS printer could not be reached or reports a problem."""


@dataclass(frozen=True)
class EscposTarget:
    host: str | None = None
    port: int = DEFAULT_PORT
    path: str | None = None

    def __str__(self) -> str:
        if self.path is not None:
            return self.path
        host = f"[{self.host}]" if self.host and ":" in self.host else self.host
        return f"tcp://{host}:{self.port}"


def _bad_target(text: str) -> EscposError:
    return EscposError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "ESC/POS 打印机地址“{target}”无法识别。请填写 tcp://IP:端口（如 "
            "tcp://192.168.1.50:9100）或设备路径（如 /dev/usb/lp0、COM3）",
        ),
        field="escpos_target",
        target=text,
    )


# A device path: absolute Unix path, UNC or \\.\ path, drive path, or a COM/LPT port.
_DEVICE_PATH = re.compile(r"^(/|\\\\|[A-Za-z]:[\\/]|(COM|LPT)\d{1,3}:?$)", re.IGNORECASE)


def parse_target(text: str) -> EscposTarget:
    """``tcp://host[:port]``, ``host:port`` or a device path; EscposError otherwise."""
    value = text.strip()
    if not value:
        raise _bad_target(text)
    if value.lower().startswith("tcp://"):
        try:
            parts = urlsplit(value)
            port = parts.port or DEFAULT_PORT
        except ValueError:
            raise _bad_target(text) from None
        if not parts.hostname or parts.path not in ("", "/"):
            raise _bad_target(text)
        return EscposTarget(host=parts.hostname, port=port)
    host, sep, port_text = value.rpartition(":")
    if sep and host and port_text.isdigit() and "/" not in value and "\\" not in value:
        port = int(port_text)
        if not 0 < port < 65536:
            raise _bad_target(text)
        return EscposTarget(host=host.strip("[]"), port=port)
    if any(ch in value for ch in "\r\n\0") or not _DEVICE_PATH.match(value):
        raise _bad_target(text)
    return EscposTarget(path=value)


def send(data: bytes, target: EscposTarget | str, timeout: float = SEND_TIMEOUT) -> None:
    """Send one job; EscposError with a Chinese message if it cannot be delivered."""
    where = parse_target(target) if isinstance(target, str) else target
    if where.path is not None:
        _send_to_device(data, where.path)
    else:
        assert where.host is not None
        _send_to_socket(data, where.host, where.port, timeout)


def _send_to_device(data: bytes, path: str) -> None:
    flags = os.O_WRONLY | getattr(os, "O_BINARY", 0)  # never O_CREAT: a device must exist
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise EscposError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "找不到打印机设备 {target}：请检查打印机电源和连线，"
                "或在打印设置中改正设备路径",
            ),
            target=path,
        ) from None
    except PermissionError:
        raise EscposError(
            QT_TRANSLATE_NOOP("Errors", "没有权限写入打印机设备 {target}，请联系管理员"),
            target=path,
        ) from None
    except OSError as error:
        raise _io_error(path, error) from None
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except OSError as error:
        raise _io_error(path, error) from None
    finally:
        os.close(fd)


def _send_to_socket(data: bytes, host: str, port: int, timeout: float) -> None:
    where = f"{host}:{port}"
    try:
        with socket.create_connection((host, port), timeout=timeout) as conn:
            if _paper_out(conn):
                raise EscposError(
                    QT_TRANSLATE_NOOP("Errors", "打印机 {target} 缺纸，请装纸后重试"),
                    target=where,
                )
            conn.settimeout(timeout)
            conn.sendall(data)
            conn.shutdown(socket.SHUT_WR)
    except EscposError:
        raise
    except TimeoutError:
        raise EscposError(
            QT_TRANSLATE_NOOP(
                "Errors", "打印机 {target} 没有响应（可能脱机或地址有误），请检查后重试"
            ),
            target=where,
        ) from None
    except OSError as error:
        raise _io_error(where, error) from None


def _paper_out(conn: socket.socket) -> bool:
    """Ask the paper sensor; a printer that does not answer is taken to have paper."""
    try:
        conn.settimeout(STATUS_TIMEOUT)
        conn.sendall(PAPER_STATUS)
        reply = conn.recv(1)
    except TimeoutError:
        return False
    return bool(reply) and bool(reply[0] & PAPER_END_BITS)


def _io_error(target: str, error: OSError) -> EscposError:
    return EscposError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "无法把单据发送到打印机 {target}（{detail}）。请检查打印机是否开机、联网后重试",
        ),
        target=target,
        detail=error.strerror or type(error).__name__,
    )
