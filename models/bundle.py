"""The branch's own record of the bundles it wrote (报送记录) and which version of each record went in each, so the
next bundle carries exactly what is new, changed or deleted since (docs/design.md §5)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class BundleSent(Base):
    """One bundle written: month, revision, its place in the chain, its file and hash, and the committee's
    answer once its receipt (回执) is imported."""

    __tablename__ = "bundle_sent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    period: Mapped[str] = mapped_column(String(7), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    previous_uuid: Mapped[str] = mapped_column(String(36), default="")
    file_name: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer, default=0)
    digest: Mapped[str] = mapped_column(String(64), default="")
    records: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="written")  # written / accepted / returned
    receipt_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    receipt_by: Mapped[str] = mapped_column(String(200), default="")
    receipt_comments: Mapped[str] = mapped_column(Text, default="")


class BundleRecord(Base):
    """A record as it went into a bundle: its UUID and content hash."""

    __tablename__ = "bundle_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("bundle_sent.id", ondelete="CASCADE"), index=True)
    uuid: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    hash: Mapped[str] = mapped_column(String(64))


class HeldReceipt(Base):
    """A committee's receipt whose signing key the secretary has not confirmed yet (未确认来源): kept, shown, and
    applied only once the key's fingerprint is confirmed; it changes nothing before."""

    __tablename__ = "held_receipt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the receipt file
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    bundle_uuid: Mapped[str] = mapped_column(String(36))
    period: Mapped[str] = mapped_column(String(7), default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    decision: Mapped[str] = mapped_column(String(10))
    committee: Mapped[str] = mapped_column(String(200), default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    body: Mapped[str] = mapped_column(Text)  # the receipt as it came, checked again when applied
