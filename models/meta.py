"""Workspace bookkeeping shared by every book: key/value facts such as when data last changed, stored attachments,
amendments (更正) of final records and the branch's own rule values."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
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


class Amendment(Base):
    """更正: a change to a final record, with the reason and the text as it was before."""

    __tablename__ = "amendment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(20))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    amended_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text)
    before: Mapped[str] = mapped_column(Text)  # JSON of the record as it was


class StandardOverride(Base):
    """A branch's own value for a rule in resources/standards, recorded with why and when."""

    __tablename__ = "standard_override"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    reason: Mapped[str] = mapped_column(Text, default="")
    set_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
