"""Alembic environment: always run with a connection handed in by db.migrate."""

from __future__ import annotations

from alembic import context

from db import models  # noqa: F401  (registers the tables on Base.metadata)
from db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through db.migrate.upgrade_to_head(engine)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
