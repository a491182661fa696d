"""The wording of each paper, filled from a case's `PaperFacts` (no database here).

Titles come from desktop.domain.PAPER_TITLES, fixed words from
desktop.printing.documents.notice_text (notices) and template (the registration
receipt). Dates are the case's saved ones; when one a paper prints was counted by
weekends only (a year whose holidays are not published), the paper says so.
"""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain import (
    CASE_STATUS_LABELS,
    PAPER_TITLES,
    ROUTE_LABELS,
    STEP_LABELS,
    Paper,
    Route,
    StepKind,
)
from desktop.printing.document import receipt_deadlines
from desktop.printing.documents import (
    CaseNotice,
    NoticeRow,
    TimelineRow,
    VisitReceipt,
    receipt_qr_text,
)
from desktop.printing.documents.notice_text import DUE_LABELS
from desktop.printing.documents.notice_text import NOTICE_TEXTS as N
from desktop.printing.papers import PaperFacts


def _d(day: date | None) -> str:
    return day.strftime(N.date_format) if day is not None else N.no_value


def _matter(facts: PaperFacts, limit: int | None = None) -> str:
    if facts.accusation:
        return N.matter_withheld
    text = " ".join(facts.summary.split())
    if limit is not None and len(text) > limit:
        text = text[:limit] + N.ellipsis
    return text or N.no_value


def compose_receipt(facts: PaperFacts, *, reprint_at: datetime | None,
                    accept_notice_days: int, extension_days: int) -> VisitReceipt:
    """来访登记回执: registered, and what happens next by the route (never 受理凭证)."""
    route = facts.route
    detail = {
        Route.LEGAL_CHANNEL: facts.channel.label if facts.channel else facts.channel_text,
        Route.NOT_ACCEPTED: facts.reason,
    }.get(route)
    deadlines = receipt_deadlines(route, facts.accept_notice_due, facts.handling_due,
                                  extension_days)
    return VisitReceipt(
        case_number=facts.case_number,
        enquiry_code=facts.enquiry_code,
        ticket_number=facts.ticket_number,
        received_at=facts.received_at,
        visitor_name=facts.visitor_name,
        masked_id_number=facts.masked_id_number,
        people_count=facts.people_count,
        representatives=facts.representatives,
        summary=_matter(facts),
        route_label=ROUTE_LABELS[route],
        receiving_unit=facts.unit_name or None if route is Route.TRANSFERRED else None,
        outcome=route.value,
        channel_or_reason=detail,
        deadlines=deadlines,
        qr_text=receipt_qr_text(facts.case_number, facts.enquiry_code),
        reprint_at=reprint_at,
        registered_on=facts.received_on,
        transferred_on=facts.transferred_on,
        accept_notice_due=facts.accept_notice_due,
        accepted_on=facts.accepted_on,
        accept_notice_days=accept_notice_days,
        estimated=bool(deadlines) and _estimated(facts, [d.due for d in deadlines]),
    )


def _estimated(facts: PaperFacts, printed: list[date | None]) -> bool:
    """A printed due date was counted by weekends only."""
    if not any(printed):
        return False
    if facts.deadline_estimated:
        return True
    return any(view.due_estimated and view.due in printed for view in facts.steps)


def compose_notice(paper: Paper, facts: PaperFacts, *, today: date,
                   reprint_at: datetime | None, handling_days: int,
                   extension_days: int) -> CaseNotice:
    """A notice other than the registration receipt (check_available first)."""
    received = _d(facts.received_on)
    paragraphs: list[str] = []
    rows: list[NoticeRow] = []
    after: list[str] = []
    timeline: list[TimelineRow] = []
    issued_on: date | None = today
    printed: list[date | None] = []
    matter = NoticeRow(N.label_matter, _matter(facts, N.matter_chars))
    if paper is Paper.ACCEPTANCE_NOTICE:
        # The limit as accepted (an extension later has its own notice).
        accepted = facts.step(StepKind.ACCEPTED)
        due = accepted.due if accepted and accepted.due else facts.handling_due
        paragraphs.append(N.acceptance_body.format(
            received=received, accepted=_d(facts.accepted_on), days=handling_days,
            due=_d(due)))
        if extension_days > 0:
            paragraphs.append(N.acceptance_extension.format(days=extension_days))
        rows += [matter, NoticeRow(N.label_accepted_on, _d(facts.accepted_on)),
                 NoticeRow(N.label_handling_due, _d(due))]
        issued_on, printed = facts.accepted_on, [due]
    elif paper is Paper.REFUSAL_NOTICE:
        paragraphs.append(N.refusal_body.format(received=received))
        refused = facts.step(StepKind.REFUSED)
        issued_on = refused.on_date if refused else facts.received_on
        rows += [matter, NoticeRow(N.label_refusal_reason, facts.reason or N.no_value),
                 NoticeRow(N.label_refusal_basis, facts.basis or N.no_value),
                 NoticeRow(N.label_decided_on, _d(issued_on))]
        after.append(N.refusal_after)
    elif paper is Paper.LEGAL_CHANNEL_NOTICE:
        paragraphs.append(N.legal_body.format(received=received))
        channel = facts.channel
        refused = facts.step(StepKind.REFUSED)
        issued_on = refused.on_date if refused else facts.received_on
        rows += [matter,
                 NoticeRow(N.label_channel, channel.label if channel else
                           facts.channel_text or N.no_value),
                 NoticeRow(N.label_body, facts.unit_name or N.body_unknown)]
        if facts.unit_address:
            rows.append(NoticeRow(N.label_body_address, facts.unit_address))
        if facts.unit_phone:
            rows.append(NoticeRow(N.label_body_phone, facts.unit_phone))
        rows.append(NoticeRow(N.label_how_to_apply,
                              channel.how_to_apply if channel else N.how_unknown))
        after.append(N.legal_after)
    elif paper is Paper.EXTENSION_NOTICE:
        extended = facts.step(StepKind.EXTENDED)
        accepted = facts.step(StepKind.ACCEPTED)
        assert extended is not None  # check_available
        old_due = accepted.due if accepted else None
        paragraphs.append(N.extension_body.format(
            received=received, accepted=_d(facts.accepted_on), new_due=_d(extended.due)))
        rows += [matter, NoticeRow(N.label_extension_reason, extended.note or N.no_value),
                 NoticeRow(N.label_approved_by, extended.approved_by or N.no_value),
                 NoticeRow(N.label_approved_on, _d(extended.on_date)),
                 NoticeRow(N.label_old_due, _d(old_due)),
                 NoticeRow(N.label_new_due, _d(extended.due))]
        issued_on, printed = extended.on_date, [old_due, extended.due]
    elif paper is Paper.PROGRESS:
        paragraphs.append(N.progress_body.format(today=_d(today)))
        if facts.linked:
            paragraphs.append(N.progress_linked.format(
                visit_day=_d(facts.visit_day), case=facts.case_number, received=received,
                count=facts.visit_count))
        rows += [matter, NoticeRow(N.label_status, CASE_STATUS_LABELS[facts.case_status]
                                   if facts.case_status else N.no_value)]
        if facts.next_due is not None:
            step = facts.next_due_step
            label = DUE_LABELS.get(step.value, N.label_next_due) if step else N.label_next_due
            rows.append(NoticeRow(N.label_next_due, N.next_due_value.format(
                label=label, due=_d(facts.next_due))))
        rows.append(NoticeRow(N.label_visit_count,
                              N.visit_count_value.format(count=facts.visit_count)))
        timeline = [
            TimelineRow(view.on_date, STEP_LABELS[view.kind], view.unit_name, view.due)
            for view in facts.steps
        ]
        printed = [facts.next_due, *(row.due for row in timeline)]
    elif paper is Paper.NO_LONGER_ACCEPTED:
        final = facts.step(StepKind.RE_REVIEWED) or facts.step(StepKind.CLOSED)
        final_on = final.on_date if final else facts.received_on
        what = N.final_re_reviewed if final and final.kind is StepKind.RE_REVIEWED \
            else N.final_closed
        paragraphs.append(N.no_longer_body.format(
            visit_day=_d(facts.visit_day) if facts.linked else received,
            case=facts.case_number, received=received, final_on=_d(final_on),
            final_what=what))
        paragraphs.append(N.no_longer_rule_re_review if what == N.final_re_reviewed
                          else N.no_longer_rule_closed)
        rows += [NoticeRow(N.label_earlier_case, facts.case_number), matter,
                 NoticeRow(N.label_final_on, _d(final_on))]
        after.append(N.no_longer_after)
        given = [view for view in facts.steps if view.kind is StepKind.NO_LONGER_ACCEPTED]
        issued_on = given[-1].on_date if given else (facts.visit_day if facts.linked
                                                      else today)
    else:  # pragma: no cover - the registration receipt is composed by compose_receipt
        raise ValueError(f"not a notice: {paper!r}")
    return CaseNotice(
        paper=paper.value,
        title=PAPER_TITLES[paper],
        case_number=facts.case_number,
        enquiry_code=facts.enquiry_code,
        qr_text=receipt_qr_text(facts.case_number, facts.enquiry_code),
        addressee=facts.visitor_name,
        paragraphs=tuple(paragraphs),
        rows=tuple(rows),
        timeline=tuple(timeline),
        after=tuple(after),
        issued_on=issued_on,
        estimated=_estimated(facts, printed),
        reprint_at=reprint_at,
    )

