"""The paper each route prints, from the database: wording, the case's saved dates on the
2026 calendar, the QR, no 受理凭证 on a transfer, and never the respondent."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from paper_cases import (
    RESPONDENT,
    SUMMARY,
    case_visit_id,
    issue,
    link_visit,
    make_case,
    set_unit_contact,
)
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from db.models import PrintRecord
from desktop.domain import MatterSort, Paper, Route, StepKind
from desktop.printing.devices import PdfFileDevice
from desktop.printing.service import PaperNotAvailable, PrintDocument
from desktop.printing.targets import PdfFile

ROLL_WIDTH = 80 * 72 / 25.4
CENTRE = "海口市人民来访接待中心"
WARNING = "暂按双休日推算"


def text_of(pdf: bytes) -> str:
    raw = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", "", raw)


def qr_codes(pdf: bytes, tmp_path: Path, name: str) -> list[str]:
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(source), str(tmp_path / name)],
                   check=True, timeout=60)
    found: list[str] = []
    for png in sorted(tmp_path.glob(f"{name}-*.png")):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    return found


def both(services, visit_id, paper: Paper | None = None):  # type: ignore[no-untyped-def]
    """The paper in A4 and on the roll, with the text of each."""
    for layout in ("a4", "80mm"):
        document = services.printing.case_paper(visit_id, paper, layout)
        yield layout, document, text_of(document.pdf)


def assert_common(document: PrintDocument, text: str, number: str) -> None:
    """Every paper: case number, enquiry code, the centre's details, a seal line, and
    never the person or unit complained about."""
    assert document.case_number == number
    for expected in (number, document.notice.enquiry_code if document.notice else
                     document.receipt.enquiry_code if document.receipt else "?",
                     "海口市美兰区海府路1号", "0898-66668888", "（盖章）"):
        assert expected in text
    assert RESPONDENT not in text


def test_transfer_prints_a_registration_receipt_never_a_proof_of_acceptance(
        services, tmp_path: Path) -> None:
    ticket = issue(services)
    number = make_case(services, ticket.visit_id, Route.TRANSFERRED, unit_code="HK-ZJJ",
                       received=date(2026, 9, 16))

    for layout, document, text in both(services, ticket.visit_id):
        assert document.paper is Paper.REGISTRATION_RECEIPT
        assert document.document == ("receipt_a4" if layout == "a4" else "receipt_80mm")
        assert_common(document, text, number)
        assert "来访登记回执" in text and "受理凭证" not in text
        # Registered and transferred on the 16th; the unit decides in 15 days: 10-01 is
        # 国庆, so the notice is due on the first working day after, 2026-10-08.
        assert ("您反映的事项已于2026年09月16日登记，并于2026年09月16日转送/交办"
                "海口市住房和城乡建设局办理。") in text
        assert "海口市住房和城乡建设局应当自收到之日起15日内决定是否受理" in text
        assert "预计于2026年10月08日前" in text
        assert "受理告知期限：2026年10月08日" in text
        assert "办理期限" not in text  # starts only when the unit accepts
        assert WARNING not in text
    a4 = services.printing.case_paper(ticket.visit_id, None, "a4")
    assert qr_codes(a4.pdf, tmp_path, "transfer") == [
        f"LFXF:{number}:{a4.receipt.enquiry_code}"]  # type: ignore[union-attr]


def test_a_transfer_counted_into_an_unpublished_year_says_it_is_an_estimate(services) -> None:
    ticket = issue(services)
    make_case(services, ticket.visit_id, Route.TRANSFERRED, unit_code="HK-ZJJ",
              received=date(2026, 12, 20))

    for _layout, _document, text in both(services, ticket.visit_id):
        assert "预计于2027年01月04日前" in text
        assert WARNING in text


def test_answered_on_the_spot_gets_a_registration_receipt_saying_so(services) -> None:
    ticket = issue(services)
    number = make_case(services, ticket.visit_id, Route.ANSWERED)

    for _layout, document, text in both(services, ticket.visit_id):
        assert document.paper is Paper.REGISTRATION_RECEIPT
        assert_common(document, text, number)
        assert "已于2026年11月27日登记，并已当场答复" in text
        assert "受理凭证" not in text


def test_accepted_here_prints_the_acceptance_notice_with_its_handling_limit(
        services, tmp_path: Path) -> None:
    ticket = issue(services)
    number = make_case(services, ticket.visit_id, Route.ACCEPTED_HERE,
                       received=date(2026, 8, 3))

    for layout, document, text in both(services, ticket.visit_id):
        assert document.paper is Paper.ACCEPTANCE_NOTICE
        assert document.document == f"acceptance_{layout}"
        assert_common(document, text, number)
        assert text.startswith(CENTRE + "受理告知书") or "受理告知书" in text
        assert "王小明：" in text
        assert "本机关已于2026年08月03日依法受理" in text
        # 60 days from 08-03 is 10-02, in 国庆: the limit ends on 2026-10-08.
        assert "自受理之日起60日内办结" in text and "办理期限至2026年10月08日" in text
        assert "延长期限不超过30日" in text
        assert WARNING not in text
    a4 = services.printing.case_paper(ticket.visit_id, Paper.ACCEPTANCE_NOTICE)
    assert qr_codes(a4.pdf, tmp_path, "acceptance") == [
        f"LFXF:{number}:{a4.notice.enquiry_code}"]  # type: ignore[union-attr]


def test_acceptance_into_an_unpublished_year_warns(services) -> None:
    ticket = issue(services)
    make_case(services, ticket.visit_id, Route.ACCEPTED_HERE, received=date(2026, 11, 2))

    for _layout, _document, text in both(services, ticket.visit_id):
        assert "办理期限至2027年01月01日" in text  # 2027's holidays: not published
        assert WARNING in text


def test_refusal_notice_gives_the_reason_and_its_basis(services) -> None:
    ticket = issue(services)
    number = make_case(services, ticket.visit_id, Route.NOT_ACCEPTED,
                       reason="反映的事项已由人民法院作出生效判决",
                       basis="《信访工作条例》第三十一条")

    for _layout, document, text in both(services, ticket.visit_id):
        assert document.paper is Paper.REFUSAL_NOTICE
        assert_common(document, text, number)
        assert "不予受理告知书" in text and "本机关决定不予受理" in text
        assert "不予受理理由反映的事项已由人民法院作出生效判决" in text
        assert "依据《信访工作条例》第三十一条" in text
        assert "决定日期2026年11月27日" in text


@pytest.mark.parametrize("saved", ["labour_arbitration", "申请劳动人事争议仲裁"])
def test_legal_channel_notice_names_the_body_and_how_to_apply(services, saved: str) -> None:
    set_unit_contact(services, "HK-LDZC", "海口市龙华区滨海大道 123 号", "0898-12345678")
    ticket = issue(services)
    number = make_case(services, ticket.visit_id, Route.LEGAL_CHANNEL, channel=saved,
                       unit_code="HK-LDZC")

    for _layout, document, text in both(services, ticket.visit_id):
        assert document.paper is Paper.LEGAL_CHANNEL_NOTICE
        assert_common(document, text, number)
        assert "依法分类处理告知书" in text
        assert "法定途径申请劳动人事争议仲裁" in text
        assert "受理机关海口市劳动人事争议仲裁委员会" in text
        assert "海口市龙华区滨海大道123号" in text and "0898-12345678" in text
        assert "申请方式请自知道或者应当知道权利被侵害之日起一年内" in text


def test_extension_notice_has_the_approval_reason_and_the_new_limit(services) -> None:
    ticket = issue(services)
    number = make_case(
        services, ticket.visit_id, Route.ACCEPTED_HERE, received=date(2026, 8, 3),
        steps=((StepKind.EXTENDED, date(2026, 9, 30),
                {"approved_by": "李局长", "note": "需要多个部门现场核查",
                 "new_due": date(2026, 11, 9)}),))

    for layout, document, text in both(services, ticket.visit_id, Paper.EXTENSION_NOTICE):
        assert document.document == f"extension_{layout}"
        assert_common(document, text, number)
        assert "延期办理告知书" in text
        assert "办理期限延长至2026年11月09日" in text
        assert "延期理由需要多个部门现场核查" in text and "批准人李局长" in text
        assert "原办理期限2026年10月08日" in text
        assert "批准日期2026年09月30日" in text
    # The acceptance notice keeps the limit as accepted.
    acceptance = text_of(services.printing.case_paper(ticket.visit_id,
                                                      Paper.ACCEPTANCE_NOTICE).pdf)
    assert "办理期限至2026年10月08日" in acceptance and "2026年11月09日" not in acceptance


def test_a_linked_repeat_visit_gets_the_progress_of_its_case(services) -> None:
    first = issue(services)
    number = make_case(services, first.visit_id, Route.TRANSFERRED, unit_code="HK-ZJJ",
                       received=date(2026, 9, 16))
    again = issue(services, seq=7)
    link_visit(services, again.visit_id, number, date(2026, 11, 27))

    for layout, document, text in both(services, again.visit_id):
        assert document.paper is Paper.PROGRESS
        assert document.document == f"progress_{layout}"
        assert document.visit_id == again.visit_id and document.case_number == number
        assert_common(document, text, number)
        assert "信访事项办理进展告知单" in text
        assert "截至2026年11月27日" in text
        assert f"与信访件{number}（2026年09月16日登记）为同一事项" in text
        assert "累计来访2次" in text
        assert "办理状态受理审查中" in text
        assert "受理告知期限：2026年10月08日" in text
        for step in ("登记", "转送/交办", "重复来访"):
            assert step in text
    assert services.printing.case_paper(again.visit_id, None).is_reprint is False


def test_a_repeat_visit_on_a_re_reviewed_case_is_no_longer_accepted(services) -> None:
    first = issue(services)
    number = make_case(
        services, first.visit_id, Route.ACCEPTED_HERE, received=date(2026, 6, 1),
        steps=((StepKind.ANSWERED, date(2026, 7, 1), {}),
               (StepKind.REVIEW_REQUESTED, date(2026, 7, 10), {}),
               (StepKind.REVIEWED, date(2026, 8, 3), {}),
               (StepKind.RE_REVIEW_REQUESTED, date(2026, 8, 10), {}),
               (StepKind.RE_REVIEWED, date(2026, 9, 7), {})))
    again = issue(services, seq=7)
    link_visit(services, again.visit_id, number, date(2026, 11, 27))

    for _layout, document, text in both(services, again.visit_id):
        assert document.paper is Paper.NO_LONGER_ACCEPTED
        assert_common(document, text, number)
        assert "不再受理告知书" in text
        assert f"与信访件{number}（2026年06月01日登记）反映的事实和理由相同" in text
        assert "已于2026年09月07日作出复核意见" in text
        assert "第三十五条" in text and "不再受理" in text
        assert "如有新的事实和理由" in text


def test_a_repeat_visit_on_a_closed_case_is_no_longer_accepted(services) -> None:
    first = issue(services)
    number = make_case(services, first.visit_id, Route.ANSWERED, received=date(2026, 10, 9))
    again = issue(services, seq=7)
    link_visit(services, again.visit_id, number, date(2026, 11, 27))

    document = services.printing.receipt(again.visit_id)
    text = text_of(document.pdf)
    assert document.paper is Paper.NO_LONGER_ACCEPTED
    assert "已于2026年10月09日办结" in text and "对已经办结的信访事项" in text


@pytest.mark.parametrize(("route", "paper", "why"), [
    (Route.TRANSFERRED, Paper.ACCEPTANCE_NOTICE, "不是本机关受理的事项"),
    (Route.TRANSFERRED, Paper.REFUSAL_NOTICE, "不是不予受理的事项"),
    (Route.ACCEPTED_HERE, Paper.LEGAL_CHANNEL_NOTICE, "不是依法分类处理的事项"),
    (Route.ACCEPTED_HERE, Paper.EXTENSION_NOTICE, "没有批准延期"),
    (Route.ACCEPTED_HERE, Paper.NO_LONGER_ACCEPTED, "还没有办结或作出复核意见"),
])
def test_a_paper_the_case_cannot_have_is_refused_with_the_reason(
        services, route: Route, paper: Paper, why: str) -> None:
    ticket = issue(services)
    make_case(services, ticket.visit_id, route, unit_code="HK-ZJJ")

    with pytest.raises(PaperNotAvailable, match=why) as raised:
        services.printing.case_paper(ticket.visit_id, paper)
    assert raised.value.field == "paper"


def test_every_paper_of_a_case_can_be_printed_and_none_names_the_respondent(services) -> None:
    ticket = issue(services)
    make_case(services, ticket.visit_id, Route.ACCEPTED_HERE, received=date(2026, 8, 3),
              summary=f"反映{RESPONDENT}拖欠工程款" * 3,  # the summary is the visitor's
              sort=MatterSort.ACCUSATION,
              steps=((StepKind.EXTENDED, date(2026, 9, 30),
                      {"approved_by": "李局长", "note": "需要核查",
                       "new_due": date(2026, 11, 9)}),))

    for paper in (Paper.REGISTRATION_RECEIPT, Paper.ACCEPTANCE_NOTICE,
                  Paper.EXTENSION_NOTICE, Paper.PROGRESS):
        for _layout, _document, text in both(services, ticket.visit_id, paper):
            assert RESPONDENT not in text
            assert "检举控告事项（内容依法保密" in text


def test_printing_a_paper_records_it_and_the_next_copy_is_a_reprint(
        services, tmp_path: Path) -> None:
    ticket = issue(services)
    make_case(services, ticket.visit_id, Route.ACCEPTED_HERE, received=date(2026, 8, 3))
    printing = services.printing
    out = tmp_path / "notice.pdf"

    first = printing.print_document(lambda: printing.case_paper(ticket.visit_id, None),
                                    PdfFile(str(out)), PdfFileDevice())
    again = printing.case_paper(ticket.visit_id, Paper.ACCEPTANCE_NOTICE)
    other = printing.case_paper(ticket.visit_id, Paper.REGISTRATION_RECEIPT)

    assert first.ok  # type: ignore[union-attr]
    assert "补打" not in text_of(out.read_bytes())
    assert again.is_reprint and "补打" in text_of(again.pdf)
    assert "补打时间：2026-11-2709:00" in text_of(again.pdf)  # marked as today
    assert not other.is_reprint  # another paper: its own first copy
    with services.sessions() as session:
        records = session.scalars(select(PrintRecord)).all()
    assert [(r.document, r.visit_id) for r in records] == [("acceptance_a4", ticket.visit_id)]
    assert again.suggested_file_name.startswith("acceptance-notice-HK")


def test_roll_notices_print_on_escpos_and_fit_the_roll(services) -> None:
    ticket = issue(services)
    make_case(services, ticket.visit_id, Route.NOT_ACCEPTED, reason="不属于信访事项",
              basis="《信访工作条例》第三十一条")

    document = services.printing.case_paper(ticket.visit_id, None, "80mm")
    data = document.escpos_bytes()

    assert data is not None
    assert "不予受理告知书".encode("gb18030") in data
    assert "《信访工作条例》第三十一条".encode("gb18030") in data
    assert RESPONDENT.encode("gb18030") not in data
    widths = [float(p.mediabox.width) for p in PdfReader(io.BytesIO(document.pdf)).pages]
    assert widths == [pytest.approx(ROLL_WIDTH, abs=0.01)]
    assert services.printing.case_paper(ticket.visit_id, None, "a4").escpos_bytes() is None


def test_the_case_number_finds_the_paper_too(services) -> None:
    ticket = issue(services)
    number = make_case(services, ticket.visit_id, Route.ACCEPTED_HERE)
    assert case_visit_id(services, number) == ticket.visit_id

    document = services.printing.receipt_for_case(number.lower(), "a4", Paper.PROGRESS)

    assert document.paper is Paper.PROGRESS and SUMMARY[:10] in text_of(document.pdf)
