"""Alembic environment: runs on the connection Branch Desk hands over; batch mode for SQLite ALTER."""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from models.all import Base, include_name

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url")
        assert url, "give a connection or sqlalchemy.url"
        with create_engine(url).begin() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection: object) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()


run()
