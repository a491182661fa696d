"""ESC/POS output of the notices (CaseNotice) on an 80 mm roll: the same wording as the
PDF (desktop.printing.documents.notice_text), laid out as text lines (see escpos.py)."""

from __future__ import annotations

from datetime import date

from desktop.printing.documents import CaseNotice, CentreInfo
from desktop.printing.documents.notice_text import NOTICE_TEXTS as N
from desktop.printing.escpos import COLUMNS_80MM, _contact, _Stream


def _date(value: date | None) -> str:
    return value.strftime(N.date_format) if value is not None else N.no_value


def notice_bytes(notice: CaseNotice, centre: CentreInfo, columns: int = COLUMNS_80MM) -> bytes:
    """One notice for the visitor, then a cut (no stub: the centre keeps the record)."""
    out = _Stream(columns)
    out.text(centre.name, bold=True, center=True)
    out.text(notice.title, scale=2, bold=True, center=True)
    if notice.reprint_at is not None:
        out.reprint(notice.reprint_at)
    out.rule()
    out.field(N.label_case_number, notice.case_number, bold=True)
    out.field(N.label_enquiry_code, notice.enquiry_code, bold=True)
    out.rule()
    out.text(N.addressee.format(name=notice.addressee), bold=True)
    out.lines(notice.paragraphs)
    for row in notice.rows:
        out.field(row.label, row.value)
    if notice.paper == "progress":
        out.text(N.timeline_heading, bold=True)
        if not notice.timeline:
            out.text(N.no_steps)
        for step in notice.timeline:
            head = f"{_date(step.on_date)} {step.step}"
            out.text(f"{head} {step.unit}" if step.unit else head)
            if step.due:
                out.text(f"    {N.col_due}：{_date(step.due)}")
    out.lines(notice.after)
    out.text(N.closing)
    if notice.estimated:
        out.text(N.estimated_warning)
    out.qr(notice.qr_text)
    out.text(N.enquiry_hint, center=True)
    _contact(out, centre)
    out.text(N.seal.format(centre=centre.name))
    if notice.issued_on is not None:
        out.text(_date(notice.issued_on))
    out.cut()
    return out.bytes()
