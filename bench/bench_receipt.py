"""Receipt PDF benchmark: render_receipt_pdf against a bare ReportLab canvas (the floor).

The floor draws exactly the text runs the receipt draws (recorded from one rendering:
same strings, sizes and positions, same embedded font registered once) and the same QR
code (encoded with qrcode and drawn as one path, as the receipt does), on a canvas with
the same settings. What the ratio measures is therefore our layout work: measuring and
wrapping text, planning pages, rules, the stub. DESIGN.md target: <= 1.5x.

    .venv/bin/python bench/bench_receipt.py [repetitions]
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.printing.documents import (
    CentreInfo,
    Deadline,
    VisitReceipt,
    cjk_font_name,
    receipt_qr_text,
    render_receipt_pdf,
)
from desktop.printing.documents import layout as receipt_layout
from desktop.printing.documents import render as receipt_render
from desktop.printing.documents.layout import draw_qr, new_canvas, qr_matrix
from desktop.printing.documents.template import A4

TARGET = 1.5

CENTRE = CentreInfo(
    name="海口市人民来访接待中心",
    address="海南省海口市龙华区滨海大道89号",
    phone="0898-66668888",
    ticket_notice="请妥善保管本号票，留意叫号，过号请到前台重新排队。",
    receipt_notice="本回执是您来访登记的凭证，请妥善保管。查询办理进展请拨打上述电话或扫描二维码。",
)

RECEIPT = VisitReceipt(
    case_number="HK2024050600012",
    enquiry_code="7Q3K9M",
    ticket_number="A1023",
    received_at=datetime(2024, 5, 6, 2, 30, tzinfo=UTC),
    visitor_name="王小明",
    masked_id_number="4601**********123X",
    people_count=1,
    summary=(
        "来访人反映：其于2021年3月在龙华区某小区购买商品房一套（合同编号HK-2021-0034567），"
        "开发商承诺2022年底交房，至今仍未交付，也未办理不动产权证书。业主多次与开发商协商，"
        "开发商以资金困难为由拖延。来访人请求：一、督促开发商尽快交房；二、依合同支付逾期交房违约金。"
    ),
    route_label="转送",
    receiving_unit="海口市住房和城乡建设局",
    outcome="transferred",
    channel_or_reason=None,
    deadlines=(
        Deadline("受理告知期限", date(2024, 5, 21)),
        Deadline("办理期限", date(2024, 7, 5), "可延长一次，最长30日"),
    ),
    qr_text=receipt_qr_text("HK2024050600012", "7Q3K9M"),
)


@dataclass(frozen=True)
class TextRun:
    page: int
    x: float
    y: float
    size: float
    text: str


def record_text_runs() -> list[TextRun]:
    """Render once with draw_text wrapped, to learn every string the receipt draws."""
    runs: list[TextRun] = []
    page = [0]
    original_draw = receipt_layout.draw_text

    def recording(c: Any, style: receipt_layout.Style, x: float, y: float, text: str) -> None:
        page[0] = c.getPageNumber()
        runs.append(TextRun(page[0], x, y, style.size, text))
        original_draw(c, style, x, y, text)

    # render.py imports draw_text by name, so both module globals are swapped.
    for module in (receipt_layout, receipt_render):
        setattr(module, "draw_text", recording)  # noqa: B010
    try:
        render_receipt_pdf(RECEIPT, CENTRE, "a4")
    finally:
        for module in (receipt_layout, receipt_render):
            setattr(module, "draw_text", original_draw)  # noqa: B010
    return runs


def floor_pdf(runs: list[TextRun], qr_text: str, font: str) -> bytes:
    """The same text and QR on a bare canvas: no measuring, wrapping or planning."""
    buffer = io.BytesIO()
    c = new_canvas(buffer, (A4.width, A4.height), font, "floor", CENTRE.name)
    matrix = qr_matrix(qr_text)
    pages = max(run.page for run in runs)
    for page in range(1, pages + 1):
        for run in runs:
            if run.page == page:
                c.setFont(font, run.size)
                c.drawString(run.x, run.y, run.text)
        if page == 1:
            draw_qr(c, matrix, A4.margin_x, A4.height / 2, A4.qr_size)
        c.showPage()
    c.save()
    return buffer.getvalue()


def median_ms(action: Callable[[], bytes], repetitions: int, warmup: int = 5) -> float:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repetitions):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> int:
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    font = cjk_font_name()  # registers the font once, outside the timing
    runs = record_text_runs()

    def receipt() -> bytes:
        return render_receipt_pdf(RECEIPT, CENTRE, "a4")

    def floor() -> bytes:
        return floor_pdf(runs, RECEIPT.qr_text, font)

    # Alternate the two so machine noise hits both alike.
    receipt_ms: list[float] = []
    floor_ms: list[float] = []
    for _ in range(3):
        receipt_ms.append(median_ms(receipt, repetitions // 3 or 1))
        floor_ms.append(median_ms(floor, repetitions // 3 or 1))
    ours, bare = statistics.median(receipt_ms), statistics.median(floor_ms)
    ratio = ours / bare
    print(
        f"receipt_pdf: median {ours:.1f} ms; floor (bare canvas) median {bare:.1f} ms; "
        f"ratio {ratio:.2f}x (target <= {TARGET}x); {len(runs)} text runs, "
        f"{len(receipt())} bytes vs {len(floor())} bytes"
    )
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
