"""Workspace bookkeeping: key/value facts such as when data last changed, and stored attachments."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class MetaEntry(Base):
    """A fact about the workspace (``last_change``, ``created_by``)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(400), default="")


class Attachment(Base):
    """A file stored by its SHA-256 under ``attachments/`` and verified whenever it is read."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    extension: Mapped[str] = mapped_column(String(16), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    original_name: Mapped[str] = mapped_column(String(255), default="")
    stored_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RowSeal(Base):
    """The content digest of one stored row (``models.seals``): ``check`` finds rows changed outside the program."""

    __tablename__ = "row_seal"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    rid: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
