"""Statements on the hot paths (ticket issue, history lookup), built once per process.

Building a SQLAlchemy statement costs more than running it on SQLite; these are built
at import and executed with bound parameters, so each call pays only for execution.
"""

from __future__ import annotations

from sqlalchemy import bindparam, insert, select, update

from db.models import Visit, Visitor, VisitStatusChange

find_visitor_by_document = select(Visitor.id, Visitor.name, Visitor.phone).where(
    Visitor.id_type == bindparam("id_type"),
    Visitor.id_number == bindparam("id_number"),
)

insert_visitor = insert(Visitor)
update_visitor_contact = (
    update(Visitor)
    .where(Visitor.id == bindparam("visitor_id"))
    .values(name=bindparam("new_name"), phone=bindparam("new_phone"), deleted_at=None)
)
insert_visit = insert(Visit)
insert_status_change = insert(VisitStatusChange)

_history_columns = (
    Visit.id, Visit.service_day, Visit.ticket_number, Visit.case_number, Visit.summary,
    Visit.case_status, Visit.queue_status, Visit.accept_notice_due, Visit.handling_due,
    Visit.route,
)

history_by_visitor = (
    select(*_history_columns)
    .where(Visit.visitor_id == bindparam("visitor_id"), Visit.deleted_at.is_(None))
    .order_by(Visit.issued_at.desc())
)

history_by_document = (
    select(*_history_columns)
    .join(Visitor, Visitor.id == Visit.visitor_id)
    .where(
        Visitor.id_type == bindparam("id_type"),
        Visitor.id_number == bindparam("id_number"),
        Visit.deleted_at.is_(None),
    )
    .order_by(Visit.issued_at.desc())
)
