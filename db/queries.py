"""Statements on the hot paths (ticket issue, history lookup), built once per process
and run through db.fastpath: the busiest calls of the day pay only for the SQL itself.
"""

from __future__ import annotations

from sqlalchemy import bindparam, insert, select, update

from db.fastpath import FastStatement, PerDialect, dialect_insert
from db.models import Visit, Visitor, VisitRepresentative

find_visitor_by_document = FastStatement(
    select(Visitor.id, Visitor.name, Visitor.phone).where(
        Visitor.id_type == bindparam("id_type"),
        Visitor.id_number == bindparam("id_number"),
    )
)

_VISITOR_KEYS = [
    "id", "id_type", "id_number", "name", "sex", "birth_date", "phone", "origin_terminal",
]
# Two terminals may register the same new visitor at once (PostgreSQL; SQLite serialises
# writers): the second insert does nothing and the caller reads the winner's row.
insert_visitor_if_new = PerDialect(lambda dialect: FastStatement(
    dialect_insert(dialect)(Visitor).on_conflict_do_nothing(
        index_elements=["id_type", "id_number"]),
    column_keys=_VISITOR_KEYS,
))
update_visitor_contact = FastStatement(
    update(Visitor)
    .where(Visitor.id == bindparam("visitor_id"))
    .values(name=bindparam("new_name"), phone=bindparam("new_phone"), deleted_at=None)
)
insert_visit = FastStatement(insert(Visit), column_keys=[
    "id", "service_day", "ticket_number", "category", "queue_status", "issued_at",
    "issued_by", "visitor_id", "people_count", "origin_terminal",
])

# A group ticket's representatives (rare on the hot path: one statement each).
insert_representative = FastStatement(insert(VisitRepresentative), column_keys=[
    "visit_id", "position", "name", "id_type", "id_number", "phone", "origin_terminal",
])

_history_columns = (
    Visit.id, Visit.service_day, Visit.ticket_number, Visit.case_number, Visit.summary,
    Visit.case_status, Visit.queue_status, Visit.accept_notice_due, Visit.handling_due,
    Visit.route,
)

history_by_visitor = FastStatement(
    select(*_history_columns)
    .where(Visit.visitor_id == bindparam("visitor_id"), Visit.deleted_at.is_(None))
    .order_by(Visit.issued_at.desc())
)

history_by_document = FastStatement(
    select(*_history_columns)
    .join(Visitor, Visitor.id == Visit.visitor_id)
    .where(
        Visitor.id_type == bindparam("id_type"),
        Visitor.id_number == bindparam("id_number"),
        Visit.deleted_at.is_(None),
    )
    .order_by(Visit.issued_at.desc())
)

# --- Repeat matters (desktop/cases/repeat.py): the matters a person has been part of.

# Every visit of the person, with what became of it: a case of its own (case_number), a
# repeat visit linked to a case (case_visit_id), or neither (a ticket never registered).
visits_of_visitor = FastStatement(
    select(Visit.id, Visit.case_number, Visit.case_visit_id)
    .where(Visit.visitor_id == bindparam("visitor_id"), Visit.deleted_at.is_(None))
    .order_by(Visit.issued_at.desc())
)

# The group visits the person came to as one of the representatives (代表).
visits_represented = FastStatement(
    select(VisitRepresentative.visit_id).where(
        VisitRepresentative.id_type == bindparam("id_type"),
        VisitRepresentative.id_number == bindparam("id_number"),
        VisitRepresentative.deleted_at.is_(None),
    )
)

# What the clerk sees of an earlier matter (the case row: the visit that opened it).
matter_columns = (
    Visit.id, Visit.case_number, Visit.received_on, Visit.service_day, Visit.summary,
    Visit.demands, Visit.matter_sort, Visit.content_category_code, Visit.area_code,
    Visit.route, Visit.route_unit, Visit.case_status, Visit.next_due, Visit.next_due_step,
    Visit.accept_notice_due, Visit.handling_due, Visit.deadline_estimated, Visit.visit_count,
    Visit.visitor_id,
)
