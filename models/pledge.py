"""Book 14, 党员承诺践诺 (member pledges): the yearly cycle 承诺 → 审核 → 公示 → 践诺 → 评诺.

A pledge belongs to one member, or to the branch itself (``member_id`` is None: 支部集体承诺). The branch
reviews it (approved or returned with a comment, linked to the meeting that decided), posts the year's
approved pledges publicly (``PledgePosting``), records progress through the year with evidence
(``PledgeProgress``), and concludes each pledge at the year's end; 定稿 (``state`` final) freezes the
conclusion, after which it changes only as an amendment with a reason.
"""
from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, RecordMixin


class Review(StrEnum):
    PENDING = "pending"  # 待审核
    APPROVED = "approved"  # 审核通过
    RETURNED = "returned"  # 退回修改


REVIEW_NAMES = {Review.PENDING: "待审核", Review.APPROVED: "已通过", Review.RETURNED: "已退回"}


class Pledge(RecordMixin, Base):
    __tablename__ = "pledge"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True,
                                                  default=None)  # None: the branch's collective pledge
    seq: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)  # 承诺内容
    target: Mapped[str] = mapped_column(Text, default="")  # 可衡量的目标
    deadline: Mapped[date | None] = mapped_column(Date, default=None)  # 完成时限
    review: Mapped[str] = mapped_column(String(10), default=Review.PENDING.value)
    review_comment: Mapped[str] = mapped_column(Text, default="")
    reviewed_on: Mapped[date | None] = mapped_column(Date, default=None)
    review_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), default=None)
    self_assessment: Mapped[str] = mapped_column(Text, default="")  # 个人自评
    member_assessment: Mapped[str] = mapped_column(Text, default="")  # 党员评议
    masses_assessment: Mapped[str] = mapped_column(Text, default="")  # 群众评议
    conclusion: Mapped[str] = mapped_column(String(10), default="")  # 组织评定：兑现 / 基本兑现 / 未兑现
    concluded_on: Mapped[date | None] = mapped_column(Date, default=None)

    progress: Mapped[list[PledgeProgress]] = relationship(
        back_populates="pledge", cascade="all, delete-orphan", passive_deletes=True,
        order_by="[PledgeProgress.done_on, PledgeProgress.id]")


class PledgeProgress(RecordMixin, Base):
    """践诺: one thing done towards a pledge, with who confirmed it and the evidence."""

    __tablename__ = "pledge_progress"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pledge_id: Mapped[int] = mapped_column(ForeignKey("pledge.id", ondelete="CASCADE"), index=True)
    done_on: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
    confirmed_by: Mapped[str] = mapped_column(String(40), default="")
    pledge: Mapped[Pledge] = relationship(back_populates="progress")
    evidence: Mapped[list[PledgeEvidence]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class PledgeEvidence(Base):
    """A stored attachment (photo, certificate, scan) proving a progress entry."""

    __tablename__ = "pledge_evidence"

    progress_id: Mapped[int] = mapped_column(ForeignKey("pledge_progress.id", ondelete="CASCADE"), primary_key=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="RESTRICT"), primary_key=True)
    caption: Mapped[str] = mapped_column(String(200), default="")


class PledgePosting(RecordMixin, Base):
    """公示: where and how long the year's approved pledges were posted for members and the masses to see."""

    __tablename__ = "pledge_posting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    posted_on: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer, default=7)
    place: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
