"""What the sync tests share: the central database of a test and its terminals."""

from __future__ import annotations

import dataclasses
import itertools
import time
from dataclasses import dataclass

from helpers import make_id_number
from sqlalchemy import Engine, text

from desktop.app import ServiceHost
from desktop.domain import TicketCategory
from desktop.queue.tickets import IssuedTicket, TicketRequest
from desktop.sync.engine import SyncEngine, SyncReport

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
            name=f"访客{n}", id_number=make_id_number(
                seq=n % 999 + 1, birth=f"19{70 + n // 999 % 30}0101"),
            category=TicketCategory.REGULAR))

    def scalar(self, sql: str, **params: object) -> object:
        with self.host.engine.connect() as connection:
            return connection.execute(text(sql), params).scalar()

    def execute(self, sql: str, **params: object) -> None:
        with self.host.engine.begin() as connection:
            connection.execute(text(sql), params)

    def catch_up(self, central: Central, timeout: float = 60.0) -> SyncReport:
        """Sync until this terminal has pulled everything committed centrally. The pull
        waits for the oldest running write transaction of the whole PostgreSQL server,
        and other tests share it: a round may hand out nothing for a moment."""
        deadline = time.monotonic() + timeout
        pushed = pulled = conflicts = 0
        while True:
            report = self.sync.sync_once()
            assert report.online, report.error
            pushed, pulled = pushed + report.pushed, pulled + report.pulled
            conflicts += report.conflicts
            newest = central.rows("SELECT xid, seq FROM sync_change_log"
                                  " ORDER BY xid DESC, seq DESC LIMIT 1")
            cursor = self.rows("SELECT cursor_xid, cursor_seq FROM sync_state")[0]
            if report.pending == 0 and (not newest or tuple(cursor) >= newest[0]):
                return dataclasses.replace(report, pushed=pushed, pulled=pulled,
                                           conflicts=conflicts)
            assert time.monotonic() < deadline, "the pull did not catch up"
            time.sleep(0.05)

    def rows(self, sql: str, **params: object) -> list[tuple[object, ...]]:
        with self.host.engine.connect() as connection:
            return [tuple(r) for r in connection.execute(text(sql), params)]
