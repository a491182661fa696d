"""What the sync tests share: the central database of a test and its terminals."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from helpers import make_id_number
from sqlalchemy import Engine, text

from desktop.app import ServiceHost
from desktop.domain import TicketCategory
from desktop.queue.tickets import IssuedTicket, TicketRequest
from desktop.sync.engine import SyncEngine

_people = itertools.count(1)


@dataclass
class Central:
    url: str
    schema: str
    engine: Engine

    def scalar(self, sql: str, **params: object) -> object:
        with self.engine.connect() as connection:
            return connection.execute(text(sql), params).scalar()

    def rows(self, sql: str, **params: object) -> list[tuple[object, ...]]:
        with self.engine.connect() as connection:
            return [tuple(r) for r in connection.execute(text(sql), params)]


@dataclass
class Terminal:
    code: str
    host: ServiceHost
    sync: SyncEngine

    def issue(self) -> IssuedTicket:
        n = next(_people)
        return self.host.tickets.issue_ticket(TicketRequest(
            name=f"访客{n}", id_number=make_id_number(seq=n % 999 + 1, birth="19700101"),
            category=TicketCategory.REGULAR))

    def scalar(self, sql: str, **params: object) -> object:
        with self.host.engine.connect() as connection:
            return connection.execute(text(sql), params).scalar()

    def execute(self, sql: str, **params: object) -> None:
        with self.host.engine.begin() as connection:
            connection.execute(text(sql), params)
