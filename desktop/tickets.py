"""取号: issuing queue tickets, recognising returning visitors, listing today's queue."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    bindparam,
    case,
    func,
    insert,
    or_,
    select,
)

from db import queries
from db.base import new_id
from db.fastpath import FastStatement
from db.models import Visit, Visitor, VisitRepresentative
from desktop.clock import service_day
from desktop.domain import (
    CATEGORIES,
    GROUP_VISIT_MIN_PEOPLE,
    MAX_REPRESENTATIVES,
    QueueStatus,
    TicketCategory,
)
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.identity import (
    IdType,
    InvalidIdNumber,
    InvalidPhone,
    mask_id_number,
    normalize_document_number,
    parse_id_number,
    validate_mobile_or_landline,
)
from desktop.numbering import allocate_ticket_number
from desktop.service import TerminalService

MAX_NAME_LENGTH = 64
MAX_PEOPLE = 9999


class InvalidInput(UserError, ValueError):
    pass


@dataclass(frozen=True)
class RepresentativeInput:
    name: str
    id_number: str = ""
    phone: str = ""


@dataclass(frozen=True)
class TicketRequest:
    name: str
    id_number: str
    category: TicketCategory
    id_type: IdType = IdType.RESIDENT_ID
    phone: str = ""
    people_count: int = 1
    representatives: tuple[RepresentativeInput, ...] = ()


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


def call_rank_expression() -> ColumnElement[int]:
    """SQL expression ordering waiting tickets: priority, then booked, then the rest."""
    return case(
        {info.category.value: info.call_rank for info in CATEGORIES.values()},
        value=Visit.category,
        else_=9,
    )


def _clean_name(text: str, field: str) -> str:
    name = text.strip()
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "请填写姓名"), field=field)
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "姓名太长（最多 {limit} 个字），请核对"),
            field=field,
            limit=MAX_NAME_LENGTH,
        )
    return name


def _with_field(error: UserError, field: str) -> UserError:
    error.field = field
    return error


def validate_ticket_request(request: TicketRequest) -> CleanTicketRequest:
    """Check everything the front desk typed; raise InvalidInput naming the field."""
    name = _clean_name(request.name, "name")
    sex: str | None = None
    birth: date | None = None
    try:
        if request.id_type is IdType.RESIDENT_ID:
            parsed = parse_id_number(request.id_number)
            id_number, sex, birth = parsed.number, parsed.sex, parsed.birth_date
        else:
            id_number = normalize_document_number(request.id_type, request.id_number)
    except InvalidIdNumber as error:
        raise _with_field(error, "id_number") from None
    phone: str | None = None
    if request.phone.strip():
        try:
            phone = validate_mobile_or_landline(request.phone)
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
    if not is_group and request.people_count >= GROUP_VISIT_MIN_PEOPLE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "{count} 人同行按集体访办理，请选择“集体访”类别并填写代表"
            ),
            field="category",
            count=request.people_count,
        )
    reps = [r for r in request.representatives if r.name.strip() or r.id_number.strip()]
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
        rep_name = _clean_name(rep.name, field)
        rep_id: str | None = None
        if rep.id_number.strip():
            try:
                rep_id = parse_id_number(rep.id_number).number
            except InvalidIdNumber as error:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "第 {index} 位代表的证件号码有误：{detail}"),
                    field=field,
                    index=index,
                    detail=error.message,
                ) from None
        rep_phone: str | None = None
        if rep.phone.strip():
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
                rep_name, IdType.RESIDENT_ID if rep_id else None, rep_id, rep_phone
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
    )


def _count_ahead_statement(category: TicketCategory) -> FastStatement:
    """Waiting tickets called before a new one of `category`: every lower call rank, and
    the same rank issued earlier. One count per category, summed, so each is a range
    scan of the ix_visit_queue index and no table row is read."""
    rank = CATEGORIES[category].call_rank

    def waiting(value: str) -> Select[int]:
        return select(func.count()).select_from(Visit).where(
            Visit.service_day == bindparam("day"),
            Visit.queue_status == QueueStatus.WAITING.value,
            Visit.category == value,
            Visit.deleted_at.is_(None),
        )

    parts = [
        waiting(info.category.value).scalar_subquery()
        if info.call_rank < rank
        else waiting(info.category.value)
        .where(Visit.issued_at <= bindparam("issued_at"))
        .scalar_subquery()
        for info in CATEGORIES.values()
        if info.call_rank <= rank
    ]
    return FastStatement(select(sum(parts[1:], parts[0])))


COUNT_AHEAD = {category: _count_ahead_statement(category) for category in TicketCategory}


class TicketService(TerminalService):
    def find_visitor(self, id_type: IdType, id_number: str) -> KnownVisitor | None:
        """Returning visitor by document number, or None (also for a malformed number)."""
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

        Core statements built once (db.queries): this is the busiest call of the day.
        """
        clean = validate_ticket_request(request)
        now = self._clock()
        day = service_day(now)
        ws = self._workstation
        with self._engine.begin() as conn:
            found = queries.find_visitor_by_document.first(
                conn, {"id_type": clean.id_type.value, "id_number": clean.id_number}
            )
            if found is None:
                visitor_id = new_id()
                queries.insert_visitor.execute(conn, {
                    "id": visitor_id, "id_type": clean.id_type.value,
                    "id_number": clean.id_number, "name": clean.name, "sex": clean.sex,
                    "birth_date": clean.birth_date, "phone": clean.phone,
                    "origin_terminal": ws.terminal_code,
                })
            else:
                visitor_id, old_name, old_phone = found
                # What the desk typed today is the freshest; keep an old phone if none given.
                phone = clean.phone or old_phone
                if (old_name, old_phone) != (clean.name, phone):
                    queries.update_visitor_contact.execute(conn, {
                        "visitor_id": visitor_id, "new_name": clean.name, "new_phone": phone,
                    })
            ahead = self._count_ahead(conn, day, clean.category, now)
            number = allocate_ticket_number(conn, day, clean.category, ws.slot)
            visit_id = new_id()
            queries.insert_visit.execute(conn, {
                "id": visit_id, "service_day": day, "ticket_number": number,
                "category": clean.category.value, "queue_status": QueueStatus.WAITING.value,
                "issued_at": now, "issued_by": ws.operator, "visitor_id": visitor_id,
                "people_count": clean.people_count, "origin_terminal": ws.terminal_code,
            })
            if clean.representatives:
                conn.execute(insert(VisitRepresentative), [
                    {"visit_id": visit_id, "position": position, "name": rep.name,
                     "id_type": rep.id_type.value if rep.id_type else None,
                     "id_number": rep.id_number, "phone": rep.phone,
                     "origin_terminal": ws.terminal_code}
                    for position, rep in enumerate(clean.representatives, start=1)
                ])
            queries.insert_status_change.execute(conn, {
                "visit_id": visit_id, "kind": "queue", "from_status": None,
                "to_status": QueueStatus.WAITING.value, "at": now, "actor": ws.operator,
                "origin_terminal": ws.terminal_code,
            })
        return IssuedTicket(
            visit_id=visit_id,
            ticket_number=number,
            category=clean.category,
            service_day=day,
            issued_at=now,
            people_ahead=ahead,
            visitor_id=visitor_id,
            visitor_name=clean.name,
            returning_visitor=found is not None,
        )

    @staticmethod
    def _count_ahead(
        conn: Connection, day: date, category: TicketCategory, issued_at: datetime
    ) -> int:
        """Counts the waiting tickets ahead; call it before the ticket itself is saved."""
        row = COUNT_AHEAD[category].first(conn, {"day": day, "issued_at": issued_at})
        return int(row[0]) if row else 0

    def people_ahead(self, visit_id: uuid.UUID) -> int:
        with self._sessions() as session:
            visit = session.get(Visit, visit_id)
            if visit is None or visit.queue_status != QueueStatus.WAITING.value:
                return 0
            counted = self._count_ahead(
                session.connection(),
                visit.service_day,
                TicketCategory(visit.category),
                visit.issued_at,
            )
            return max(0, counted - 1)  # the ticket itself is among those counted

    def today(self) -> date:
        return service_day(self._clock())

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
            like = f"%{needle}%"
            query = query.where(
                or_(
                    Visit.ticket_number.ilike(like),
                    Visitor.name.like(like),
                    Visitor.id_number.like(like.upper()),
                )
            )
        query = query.order_by(call_rank_expression(), Visit.issued_at)
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
