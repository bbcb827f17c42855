"""Alembic environment of the committee's database (SQLite or PostgreSQL); batch mode for SQLite ALTER."""
from __future__ import annotations

from alembic import context

from models.committee import CommitteeBase

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    assert connection is not None, "the committee store hands over its connection"
    context.configure(connection=connection, target_metadata=CommitteeBase.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
