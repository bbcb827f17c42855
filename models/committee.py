"""The committee's receiving workspace (上级党委): branches and their keys, bundles received, the records they
carried, the receipts sent back (docs/design.md §5). Its own database — SQLite in the committee's folder, or
PostgreSQL when many staff share it — with its own migrations, which serve both."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, LargeBinary, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from models.base import NAMING, utcnow


class CommitteeBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CmMeta(CommitteeBase):
    """The committee's own facts: its name, its signing key, the benchmark indicator set it ranks by."""

    __tablename__ = "cm_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class CmBranch(CommitteeBase):
    """A branch known to the committee, with the key it signs with (trusted on first use, then only that key)."""

    __tablename__ = "cm_branch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    branch_type: Mapped[str] = mapped_column(String(20), default="")
    fingerprint: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)  # fingerprint read out by phone and checked
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_uuid: Mapped[str] = mapped_column(String(36), default="")
    last_sha256: Mapped[str] = mapped_column(String(64), default="")
    roster: Mapped[str] = mapped_column(Text, default="")  # the newest roster snapshot, JSON lines


class CmBundle(CommitteeBase):
    """A bundle received and applied."""

    __tablename__ = "cm_bundle"
    __table_args__ = (UniqueConstraint("branch_id", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("cm_branch.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(7), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    producer: Mapped[str] = mapped_column(String(60), default="")
    bagging_date: Mapped[str] = mapped_column(String(10), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    records: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="{}")
    status: Mapped[str] = mapped_column(String(10), default="received")  # received / accepted / returned
    comments: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class CmRecord(CommitteeBase):
    """The newest version of each record a branch sent."""

    __tablename__ = "cm_record"
    __table_args__ = (UniqueConstraint("branch_id", "uuid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("cm_branch.id", ondelete="CASCADE"), index=True)
    uuid: Mapped[str] = mapped_column(String(36))
    book: Mapped[str] = mapped_column(String(20), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    hash: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str | None] = mapped_column(Text, default=None)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("cm_bundle.id", ondelete="CASCADE"), index=True)


class CmDocument(CommitteeBase):
    """A file a bundle carried: its printed forms, spreadsheets and attachments, as received."""

    __tablename__ = "cm_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("cm_bundle.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class CmRejected(CommitteeBase):
    """A bundle refused, with its reasons, so staff can tell the branch what to fix."""

    __tablename__ = "cm_rejected"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), default="")
    branch_code: Mapped[str] = mapped_column(String(40), default="")
    period: Mapped[str] = mapped_column(String(7), default="")
    reasons: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CmHeld(CommitteeBase):
    """A bundle, verified, from a branch whose key no one has confirmed yet (待确认): kept as it came, listed, and
    applied in chain order once the branch's fingerprint is confirmed."""

    __tablename__ = "cm_held"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("cm_branch.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(7), default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(200), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    content: Mapped[bytes] = mapped_column(LargeBinary)
