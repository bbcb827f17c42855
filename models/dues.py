"""Book 11, 党费收缴登记 (dues register): each member's yearly base and monthly amount, the payments month by
month, and the hand-ups to the superior committee (上缴). Money is stored in integer 分 (fen), never floats."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, RecordMixin


class DuesAccount(RecordMixin, Base):
    """核定: a member's dues for a year — category, base (税后月工资收入/离退休费), share and monthly amount. Set at
    the start of the year and kept for the year; an amount below what the rule proposes needs the approval's
    reason (少交或免交)."""

    __tablename__ = "dues_account"
    __table_args__ = (UniqueConstraint("year", "member_id", name="uq_dues_account_year_member"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # 在职 / 离退休 / 农民 / 学生 / …
    base_fen: Mapped[int | None] = mapped_column(Integer, default=None)
    rate: Mapped[str] = mapped_column(String(10), default="")  # "0.015"; "" for a flat amount
    proposed_fen: Mapped[int] = mapped_column(Integer)
    monthly_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")  # why the amount differs from the proposal
    set_on: Mapped[date | None] = mapped_column(Date, default=None)
    # the base changed during the year: each part of the year with its own amount (empty: one amount all year)
    changes: Mapped[list[DuesBaseChange]] = relationship(order_by="DuesBaseChange.from_month",
                                                         cascade="all, delete-orphan", passive_deletes=True)


class DuesBaseChange(Base):
    """党费基数的变动: from ``from_month`` of the account's year the member pays this amount — 党员工资收入发生变化
    后，从按新工资标准领取工资的当月起 (中组发〔2008〕3号); months before keep their amount and stay paid."""

    __tablename__ = "dues_base_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("dues_account.id", ondelete="CASCADE"), index=True)
    from_month: Mapped[int] = mapped_column(Integer)
    base_fen: Mapped[int | None] = mapped_column(Integer, default=None)
    rate: Mapped[str] = mapped_column(String(10), default="")
    monthly_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    set_on: Mapped[date | None] = mapped_column(Date, default=None)


class DuesPayment(RecordMixin, Base):
    """One payment towards one month's dues (several make a partial month whole; a month ahead is 预交)."""

    __tablename__ = "dues_payment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    month: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    collector: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class DuesHandUp(RecordMixin, Base):
    """上缴: dues collected in some months handed to the superior committee, with its receipt."""

    __tablename__ = "dues_handup"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    from_month: Mapped[int] = mapped_column(Integer)
    to_month: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)
    handed_on: Mapped[date] = mapped_column(Date)
    receiver: Mapped[str] = mapped_column(String(60), default="")
    receipt_no: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
