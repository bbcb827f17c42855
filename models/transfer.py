"""Book 13, 组织关系转接与流动党员 (transfers and members away): transfer letters out and in, and the register
of members away from the branch (流动党员), including those the branch has lost contact with
(《中国共产党党员教育管理工作条例》第五章)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, RecordMixin


class TransferLetter(RecordMixin, Base):
    """党员组织关系介绍信: out (转出) for a member leaving, in (转入) for one arriving. Issuing an out letter takes
    the member off the roster; registering an in letter puts them on it."""

    __tablename__ = "transfer_letter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(3), index=True)  # out | in
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), default=None,
                                                  index=True)
    name: Mapped[str] = mapped_column(String(40))
    member_status: Mapped[str] = mapped_column(String(10), default="正式党员")
    letter_no: Mapped[str] = mapped_column(String(40), default="")
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    other_org: Mapped[str] = mapped_column(String(200))  # 去往 (out) / 来自 (in)
    valid_days: Mapped[int] = mapped_column(Integer, default=90)
    dues_paid_to: Mapped[str] = mapped_column(String(7), default="")  # YYYY-MM
    receipt_on: Mapped[date | None] = mapped_column(Date, default=None)  # out: 回执退回; in: 报到
    reason: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class AwayMember(RecordMixin, Base):
    """流动党员登记: a member away from the branch — where, since when, the 流动党员活动证, the organisation they
    take part in there, how they pay dues, and when the branch last heard from them."""

    __tablename__ = "away_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True)
    place: Mapped[str] = mapped_column(String(200))
    since: Mapped[date] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    fixed_place: Mapped[bool] = mapped_column(Boolean, default=False)  # 有固定工作或居住地
    card_no: Mapped[str] = mapped_column(String(40), default="")
    host_org: Mapped[str] = mapped_column(String(200), default="")
    dues_how: Mapped[str] = mapped_column(String(100), default="")
    contact: Mapped[str] = mapped_column(String(60), default="")
    last_contact_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
