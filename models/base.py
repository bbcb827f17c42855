"""Declarative base and what every record book shares (docs/design.md §3).

Every record has a stable UUID, created/updated times, a version counter, a state
(草稿 draft → 定稿 final → 已报送 submitted) and soft deletion (回收站, the recycle bin).
"""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class RecordState(StrEnum):
    """草稿 / 定稿 / 已报送."""

    DRAFT = "draft"
    FINAL = "final"
    SUBMITTED = "submitted"


STATE_WORDS: dict[str, tuple[str, str]] = {"draft": ("草稿", "draft"), "final": ("定稿", "final"),
                                           "submitted": ("已报送", "submitted"), "": ("未评定", "not yet")}


def state_name(state: str) -> str:
    """A record's state in the interface language, as lists and forms say it (草稿 / 定稿 / 已报送)."""
    from models.i18n import pick

    zh, en = STATE_WORDS.get(state, (state, state))
    return pick(zh, en)


class RecordMixin:
    """Columns every record in the fifteen books carries."""

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(16), default=RecordState.DRAFT.value)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
