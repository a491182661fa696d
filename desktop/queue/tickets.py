"""取号: issuing queue tickets, recognising returning visitors, listing today's queue."""

from __future__ import annotations

import json
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select

from db import fastpath, queries
from db.base import new_id
from db.models import Visit, Visitor
from desktop.accounts import audit
from desktop.accounts.permissions import Permission, require
from desktop.cases.identity import (
    IdType,
    InvalidIdNumber,
    InvalidPhone,
    mask_id_number,
    normalize_document_number,
    parse_id_number,
    validate_mobile_or_landline,
)
from desktop.domain import (
    GROUP_VISIT_MIN_PEOPLE,
    MAX_REPRESENTATIVES,
    QueueStatus,
    TicketCategory,
)
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.queue import order
from desktop.queue.day_close import service_day_after_close
from desktop.queue.numbering import allocate_ticket_number
from desktop.queue.states import record_issued
from desktop.service import TerminalService
from desktop.text import clean_text, column_length

MAX_NAME_LENGTH = column_length(Visitor.name)
MAX_PEOPLE = 9999
NAME_LABEL = QT_TRANSLATE_NOOP("Fields", "姓名")
ID_NUMBER_LABEL = QT_TRANSLATE_NOOP("Fields", "证件号码")
PHONE_LABEL = QT_TRANSLATE_NOOP("Fields", "联系电话")
REP_NAME_LABEL = QT_TRANSLATE_NOOP("Fields", "代表姓名")
REP_ID_LABEL = QT_TRANSLATE_NOOP("Fields", "代表证件号码")
REP_PHONE_LABEL = QT_TRANSLATE_NOOP("Fields", "代表电话")
MAX_ID_LENGTH = column_length(Visitor.id_number)
MAX_PHONE_LENGTH = column_length(Visitor.phone)


class InvalidInput(UserError, ValueError):
    pass


class NameChangeNeeded(InvalidInput):
    """The document number belongs to a visitor registered under another name: the desk
    must confirm the change (TicketRequest.confirm_name_change) or keep the old name."""

    def __init__(self, *, masked_id_number: str, old_name: str, new_name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "证件号码 {id_number} 已登记的姓名是“{old_name}”，本次填写的是“{new_name}”。"
                "请核对后选择更改姓名，或保留原名",
            ),
            field="name", id_number=masked_id_number, old_name=old_name, new_name=new_name,
        )
        self.masked_id_number = masked_id_number
        self.old_name = old_name
        self.new_name = new_name


@dataclass(frozen=True)
class RepresentativeInput:
    name: str
    id_number: str = ""
    phone: str = ""
    # Any document (permits, passports …); only a resident ID gets the GB 11643 checks.
    id_type: IdType = IdType.RESIDENT_ID


@dataclass(frozen=True)
class TicketRequest:
    name: str
    id_number: str
    category: TicketCategory
    id_type: IdType = IdType.RESIDENT_ID
    phone: str = ""
    people_count: int = 1
    representatives: tuple[RepresentativeInput, ...] = ()
    # A known visitor's stored name is only changed when the desk confirmed it.
    confirm_name_change: bool = False


@dataclass(frozen=True)
class IssuedTicket:
    visit_id: uuid.UUID
    ticket_number: str
    category: TicketCategory
    service_day: date
    issued_at: datetime
    people_ahead: int
    visitor_id: uuid.UUID
    visitor_name: str
    returning_visitor: bool


@dataclass(frozen=True)
class KnownVisitor:
    visitor_id: uuid.UUID
    id_type: IdType
    id_number: str
    name: str
    phone: str
    sex: str | None
    birth_date: date | None
    visit_count: int
    last_visit_day: date | None


@dataclass(frozen=True)
class QueueEntry:
    visit_id: uuid.UUID
    ticket_number: str
    category: TicketCategory
    status: QueueStatus
    issued_at: datetime
    visitor_name: str
    masked_id_number: str
    people_count: int
    window_name: str | None
    case_number: str | None


@dataclass(frozen=True)
class CleanRepresentative:
    name: str
    id_type: IdType | None
    id_number: str | None
    phone: str | None


@dataclass(frozen=True)
class CleanTicketRequest:
    name: str
    id_type: IdType
    id_number: str
    phone: str | None
    sex: str | None
    birth_date: date | None
    category: TicketCategory
    people_count: int
    representatives: tuple[CleanRepresentative, ...]
    confirm_name_change: bool = False


def _clean_name(text: str, field: str, label: str = NAME_LABEL) -> str:
    name = clean_text(text, field=field, label=label, limit=MAX_NAME_LENGTH,
                      error=InvalidInput)
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "请填写姓名"), field=field)
    return name


def _clean_code(text: str, field: str, label: str, limit: int) -> str:
    """Document numbers and phones: refused like any text before their format check, so
    a control character gets the same message everywhere."""
    return clean_text(text, field=field, label=label, limit=limit, error=InvalidInput)


def _with_field(error: UserError, field: str) -> UserError:
    error.field = field
    return error


def validate_ticket_request(request: TicketRequest) -> CleanTicketRequest:
    """Check everything the front desk typed; raise InvalidInput naming the field."""
    name = _clean_name(request.name, "name")
    sex: str | None = None
    birth: date | None = None
    typed_id = _clean_code(request.id_number, "id_number", ID_NUMBER_LABEL, MAX_ID_LENGTH)
    try:
        if request.id_type is IdType.RESIDENT_ID:
            parsed = parse_id_number(typed_id)
            id_number, sex, birth = parsed.number, parsed.sex, parsed.birth_date
        else:
            id_number = normalize_document_number(request.id_type, typed_id)
    except InvalidIdNumber as error:
        raise _with_field(error, "id_number") from None
    phone: str | None = None
    typed_phone = _clean_code(request.phone, "phone", PHONE_LABEL, MAX_PHONE_LENGTH)
    if typed_phone:
        try:
            phone = validate_mobile_or_landline(typed_phone)
        except InvalidPhone as error:
            raise _with_field(error, "phone") from None
    if not 1 <= request.people_count <= MAX_PEOPLE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "来访人数应在 1 到 {limit} 之间"),
            field="people_count",
            limit=MAX_PEOPLE,
        )
    is_group = request.category is TicketCategory.GROUP
    if is_group and request.people_count < GROUP_VISIT_MIN_PEOPLE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "集体访指 {minimum} 人及以上同行；现在填的是 {count} 人。"
                "请改人数，或改选其他类别",
            ),
            field="people_count",
            minimum=GROUP_VISIT_MIN_PEOPLE,
            count=request.people_count,
        )
    # A booked group keeps its booking (预约/领导接访); the matter is marked 集体访 at
    # registration instead.
    if (not is_group and request.category is not TicketCategory.BOOKED
            and request.people_count >= GROUP_VISIT_MIN_PEOPLE):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "{count} 人同行按集体访办理，请选择“集体访”类别并填写代表"
            ),
            field="category",
            count=request.people_count,
        )
    reps = [
        RepresentativeInput(
            _clean_code(r.name, f"representative_{index}", REP_NAME_LABEL, MAX_NAME_LENGTH),
            _clean_code(r.id_number, f"representative_{index}", REP_ID_LABEL, MAX_ID_LENGTH),
            _clean_code(r.phone, f"representative_{index}", REP_PHONE_LABEL,
                        MAX_PHONE_LENGTH),
            r.id_type,
        )
        for index, r in enumerate(request.representatives, start=1)
    ]
    reps = [r for r in reps if r.name or r.id_number]
    if len(reps) > MAX_REPRESENTATIVES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "代表最多 {limit} 人（现在是 {count} 人），请删去多余的代表"
            ),
            field="representatives",
            limit=MAX_REPRESENTATIVES,
            count=len(reps),
        )
    if len(reps) > request.people_count:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "代表人数不能多于来访人数"), field="representatives"
        )
    if is_group and not reps:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "集体访请填写至少一名代表（最多 5 名）"),
            field="representatives",
        )
    clean_reps: list[CleanRepresentative] = []
    for index, rep in enumerate(reps, start=1):
        field = f"representative_{index}"
        rep_name = _clean_name(rep.name, field, REP_NAME_LABEL)
        rep_id: str | None = None
        if rep.id_number:
            try:
                rep_id = normalize_document_number(rep.id_type, rep.id_number)
            except InvalidIdNumber as error:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "第 {index} 位代表的证件号码有误：{detail}"),
                    field=field,
                    index=index,
                    detail=error.message,
                ) from None
        rep_phone: str | None = None
        if rep.phone:
            try:
                rep_phone = validate_mobile_or_landline(rep.phone)
            except InvalidPhone as error:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "第 {index} 位代表的电话有误：{detail}"),
                    field=field,
                    index=index,
                    detail=error.message,
                ) from None
        clean_reps.append(
            CleanRepresentative(
                rep_name, rep.id_type if rep_id else None, rep_id, rep_phone
            )
        )
    return CleanTicketRequest(
        name=name,
        id_type=request.id_type,
        id_number=id_number,
        phone=phone,
        sex=sex,
        birth_date=birth,
        category=request.category,
        people_count=request.people_count,
        representatives=tuple(clean_reps),
        confirm_name_change=request.confirm_name_change,
    )




class TicketService(TerminalService):
    def find_visitor(self, id_type: IdType, id_number: str) -> KnownVisitor | None:
        """Returning visitor by document number, or None (also for a malformed number)."""
        require(self._actor(), Permission.ISSUE_TICKETS)
        try:
            if id_type is IdType.RESIDENT_ID:
                number = parse_id_number(id_number).number
            else:
                number = normalize_document_number(id_type, id_number)
        except InvalidIdNumber:
            return None
        with self._sessions() as session:
            visitor = session.scalar(
                select(Visitor).where(
                    Visitor.id_type == id_type.value,
                    Visitor.id_number == number,
                    Visitor.deleted_at.is_(None),
                )
            )
            if visitor is None:
                return None
            count, last_day = session.execute(
                select(func.count(Visit.id), func.max(Visit.service_day)).where(
                    Visit.visitor_id == visitor.id, Visit.deleted_at.is_(None)
                )
            ).one()
            return KnownVisitor(
                visitor_id=visitor.id,
                id_type=IdType(visitor.id_type),
                id_number=visitor.id_number,
                name=visitor.name,
                phone=visitor.phone or "",
                sex=visitor.sex,
                birth_date=visitor.birth_date,
                visit_count=int(count),
                last_visit_day=last_day,
            )

    def issue_ticket(self, request: TicketRequest) -> IssuedTicket:
        """Number + visitor + ticket in one transaction: all of it is saved, or nothing.

        Statements built once (db.queries) in a DB-API transaction of its own
        (db.fastpath.transaction): this is the busiest call of the day.
        """
        require(self._actor(), Permission.ISSUE_TICKETS)
        clean = validate_ticket_request(request)
        now = self._clock()
        ws = self._workstation
        with fastpath.transaction(self._engine) as conn:
            # Read inside the transaction that takes the number: never a closed day.
            day = service_day_after_close(conn, now)
            document = {"id_type": clean.id_type.value, "id_number": clean.id_number}
            found = queries.find_visitor_by_document.first(conn, document)
            returning = found is not None
            if found is None:
                visitor_id = new_id()
                inserted = queries.insert_visitor_if_new[conn.dialect.name].execute(conn, {
                    "id": visitor_id, **document, "name": clean.name, "sex": clean.sex,
                    "birth_date": clean.birth_date, "phone": clean.phone,
                    "origin_terminal": ws.terminal_code,
                })
                if inserted == 0:
                    # Another terminal registered this visitor a moment ago: use its row.
                    found = queries.find_visitor_by_document.first(conn, document)
                    assert found is not None
            if found is not None:
                visitor_id = self._update_known_visitor(conn, clean, *found)
            visit_id = new_id()
            # Counted before the ticket is saved, in the one queue order.
            ahead = order.count_ahead_of_new(conn, day, clean.category, now, visit_id)
            number = allocate_ticket_number(conn, day, clean.category, ws.slot)
            queries.insert_visit.execute(conn, {
                "id": visit_id, "service_day": day, "ticket_number": number,
                "category": clean.category.value, "queue_status": QueueStatus.WAITING.value,
                "issued_at": now, "issued_by": ws.operator, "visitor_id": visitor_id,
                "people_count": clean.people_count, "origin_terminal": ws.terminal_code,
            })
            for position, rep in enumerate(clean.representatives, start=1):
                queries.insert_representative.execute(conn, {
                    "visit_id": visit_id, "position": position, "name": rep.name,
                    "id_type": rep.id_type.value if rep.id_type else None,
                    "id_number": rep.id_number, "phone": rep.phone,
                    "origin_terminal": ws.terminal_code,
                })
            record_issued(conn, visit_id, now, ws)
        return IssuedTicket(
            visit_id=visit_id,
            ticket_number=number,
            category=clean.category,
            service_day=day,
            issued_at=now,
            people_ahead=ahead,
            visitor_id=visitor_id,
            visitor_name=clean.name,
            returning_visitor=returning,
        )

    def _update_known_visitor(
        self,
        conn: fastpath.Executor,
        clean: CleanTicketRequest,
        visitor_id: uuid.UUID,
        old_name: str,
        old_phone: str | None,
    ) -> uuid.UUID:
        """A returning visitor: today's phone is the freshest (an old one stays if none
        is given); the name changes only when the desk confirmed it, and is audited."""
        name = old_name
        if unicodedata.normalize("NFC", old_name) != clean.name:
            if not clean.confirm_name_change:
                raise NameChangeNeeded(
                    masked_id_number=mask_id_number(clean.id_number),
                    old_name=old_name,
                    new_name=clean.name,
                )
            audit.record_on(
                conn, self._workstation, "change_visitor_name", "visitor", str(visitor_id),
                json.dumps({"old_name": old_name, "new_name": clean.name},
                           ensure_ascii=False),
            )
        if old_name != clean.name:
            name = clean.name  # confirmed above, or the same name in its NFC form
        phone = clean.phone or old_phone
        if (old_name, old_phone) != (name, phone):
            queries.update_visitor_contact.execute(conn, {
                "visitor_id": visitor_id, "new_name": name, "new_phone": phone,
            })
        return visitor_id

    def people_ahead(self, visit_id: uuid.UUID) -> int:
        """How many are called before this ticket now (0 when it is not waiting)."""
        with self._sessions() as session:
            return order.people_ahead(session, visit_id, self._clock())

    def today(self) -> date:
        """Today's service day: the clock's, but never a day already closed."""
        now = self._clock()
        with self._engine.connect() as conn:
            return service_day_after_close(conn, now)

    def list_queue(
        self,
        day: date | None = None,
        statuses: frozenset[QueueStatus] | None = None,
        category: TicketCategory | None = None,
        text: str = "",
    ) -> list[QueueEntry]:
        """Today's tickets (or `day`'s) in call order within each status."""
        day = day or self.today()
        query = (
            select(Visit, Visitor.name, Visitor.id_number)
            .join(Visitor, Visitor.id == Visit.visitor_id)
            .where(Visit.service_day == day, Visit.deleted_at.is_(None))
        )
        if statuses:
            query = query.where(Visit.queue_status.in_([s.value for s in statuses]))
        if category is not None:
            query = query.where(Visit.category == category.value)
        needle = text.strip()
        if needle:
            # autoescape: "%" or "_" typed in the search box are literal characters.
            query = query.where(
                or_(
                    Visit.ticket_number.icontains(needle, autoescape=True),
                    Visitor.name.contains(needle, autoescape=True),
                    Visitor.id_number.contains(needle.upper(), autoescape=True),
                )
            )
        query = query.order_by(*order.call_order(self._clock()))
        with self._sessions() as session:
            rows = session.execute(query.execution_options(populate_existing=False)).all()
            return [
                QueueEntry(
                    visit_id=visit.id,
                    ticket_number=visit.ticket_number,
                    category=TicketCategory(visit.category),
                    status=QueueStatus(visit.queue_status),
                    issued_at=visit.issued_at,
                    visitor_name=name,
                    masked_id_number=mask_id_number(id_number),
                    people_count=visit.people_count,
                    window_name=visit.window_name,
                    case_number=visit.case_number,
                )
                for visit, name, id_number in rows
            ]
