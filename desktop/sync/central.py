"""The central database: create or upgrade it (`python main.py central init`), check
that a terminal may sync with it, and the least-privilege role terminals connect as."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select, text, update

from db.engine import make_engine, make_session_factory
from db.migrate import head_revision, known_revisions, read_revision, startup_lock, upgrade_to_head
from db.sync.tables import sync_central, sync_state
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.sync.rows import synced_tables

ROLE_PASSWORD_ENV = "LAIFANG_CENTRAL_ROLE_PASSWORD"
# Reference data terminals read and (part 2) the registry tables.
READ_ONLY_TABLES = ("alembic_version", "content_category", "area", "handling_unit",
                    "calendar_day", "calendar_year", "setting", "sync_central")
LOG_TABLES = ("sync_inbox", "sync_change_log", "sync_conflict")


class CentralError(UserError):
    pass


@dataclass(frozen=True)
class CentralInfo:
    central_id: str
    revision: str | None
    role: str | None


def init_central(url: str, *, schema: str | None = None, role: str | None = None
                 ) -> CentralInfo:
    """Create or upgrade the central schema (Alembic: the shared tables, the sync
    tables and the change-log triggers), seed the reference data, and grant `role`
    what terminals need (created when missing)."""
    from desktop.settings.reference import seed_reference_data

    if not url.startswith("postgresql"):
        raise CentralError(QT_TRANSLATE_NOOP(
            "Errors", "中心数据库须为 PostgreSQL（地址以 postgresql:// 开头）"), field="url")
    engine = make_engine(url, schema=schema)
    try:
        with startup_lock(engine, schema):
            upgrade_to_head(engine)
            with make_session_factory(engine).begin() as session:
                seed_reference_data(session)
            with engine.begin() as connection:
                if role:
                    grant_role(connection, role, schema or "public")
                central_id = str(connection.execute(select(sync_central.c.id)).scalar_one())
                revision = read_revision(connection)
        return CentralInfo(central_id, revision, role)
    finally:
        engine.dispose()


def role_grants(role: str, schema: str) -> list[str]:
    """The least privilege a terminal needs: rows of the synced tables, reading the
    reference data, appending to the inbox, the change log and the conflicts. No DDL,
    no TRUNCATE, no other schema."""
    quoted = f'"{role}"'
    synced = ", ".join(f'"{schema}"."{name}"' for name in synced_tables())
    read_only = ", ".join(f'"{schema}"."{name}"' for name in READ_ONLY_TABLES)
    logs = ", ".join(f'"{schema}"."{name}"' for name in LOG_TABLES)
    return [
        f'GRANT USAGE ON SCHEMA "{schema}" TO {quoted}',
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {synced} TO {quoted}",
        f"GRANT SELECT ON {read_only} TO {quoted}",
        f"GRANT SELECT, INSERT ON {logs} TO {quoted}",
        f'GRANT UPDATE ON "{schema}"."sync_conflict" TO {quoted}',
        f'GRANT USAGE ON SEQUENCE "{schema}"."sync_change_log_seq_seq" TO {quoted}',
    ]


def grant_role(connection: Connection, role: str, schema: str) -> None:
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                {"r": role}).first()
    if exists is None:
        password = os.environ.get(ROLE_PASSWORD_ENV)
        if password:
            literal = connection.execute(text("SELECT quote_literal(:p)"),
                                         {"p": password}).scalar_one()
            connection.execute(text(f'CREATE ROLE "{role}" LOGIN PASSWORD {literal}'))
        else:
            connection.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))
    for statement in role_grants(role, schema):
        connection.execute(text(statement))


def check_central(connection: Connection) -> str:
    """Refuse a central database this program cannot sync with; return its id."""
    revision = read_revision(connection)
    if revision is None:
        raise CentralError(QT_TRANSLATE_NOOP(
            "Errors", "中心数据库尚未建立，请管理员运行 python main.py central init"))
    if revision != head_revision():
        if revision not in known_revisions():
            raise CentralError(QT_TRANSLATE_NOOP(
                "Errors", "中心数据库的版本比本程序新，请先更新本程序；在此之前本机照常离线工作"))
        raise CentralError(QT_TRANSLATE_NOOP(
            "Errors", "中心数据库的版本较旧，请管理员运行 python main.py central init 升级"))
    return str(connection.execute(select(sync_central.c.id)).scalar_one())


def follow_central(local: Engine, central_id: str) -> bool:
    """Remember which central database this terminal syncs with; pointed at another
    one, the pull starts from its beginning. True when it changed."""
    with local.begin() as connection:
        known = connection.execute(
            select(sync_state.c.central_id).where(sync_state.c.id == 1)).scalar_one()
        if known == central_id:
            return False
        connection.execute(update(sync_state).where(sync_state.c.id == 1).values(
            central_id=central_id, cursor_xid=0, cursor_seq=0))
        return True


def central_engine(url: str, schema: str | None = None) -> Engine:
    return make_engine(url, schema=schema)
