"""Book 12, 发展党员全程纪实 (recruitment record): a person who is not yet a member, and every step of the 25
they go through, with its date, the people involved, the deciding meeting and the documents.

Once the superior approves the admission (step 17) the person is on the roster as a 预备党员 (``member_id``);
转正 (step 24) makes them a full member there; an extension or a cancellation is recorded as the result of
step 23 and takes effect with step 24.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, RecordMixin


class Applicant(RecordMixin, Base):
    __tablename__ = "applicant"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), index=True)
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")
    name_initials: Mapped[str] = mapped_column(String(40), default="")
    gender: Mapped[str] = mapped_column(String(2), default="")
    ethnicity: Mapped[str] = mapped_column(String(20), default="汉族")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    id_number: Mapped[str] = mapped_column(String(18), default="")
    education: Mapped[str] = mapped_column(String(20), default="")
    job: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(20), default="在职")
    group: Mapped[str] = mapped_column(String(40), default="")  # party group to join (编入党小组)
    phone: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # 拟离开本单位的日期: leaving within three months of the admitting meeting, one is generally not admitted
    # (《发展党员工作细则》第十九条)
    leaving_on: Mapped[date | None] = mapped_column(Date, default=None)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"), default=None)
    extension_months: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(20), default="")  # "" | 转正 | 取消预备党员资格 | 终止
    outcome_on: Mapped[date | None] = mapped_column(Date, default=None)
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[list[DevStep]] = relationship(back_populates="applicant", cascade="all, delete-orphan",
                                                passive_deletes=True, order_by="[DevStep.step, DevStep.done_on]")


class DevStep(RecordMixin, Base):
    """One of the 25 steps as done: date, people (names; contact persons and introducers are roster members),
    deciding meeting, result (政审结论, 转正 decision), training days/hours, 公示 period, and what was done."""

    __tablename__ = "dev_step"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id", ondelete="CASCADE"), index=True)
    step: Mapped[int] = mapped_column(Integer)
    done_on: Mapped[date] = mapped_column(Date)
    people: Mapped[str] = mapped_column(Text, default="")  # names, 、-separated
    member_ids: Mapped[str] = mapped_column(String(200), default="")  # roster ids of contacts/introducers, comma-separated
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), default=None)
    result: Mapped[str] = mapped_column(String(20), default="")
    days: Mapped[int | None] = mapped_column(Integer, default=None)
    hours: Mapped[int | None] = mapped_column(Integer, default=None)
    months: Mapped[int | None] = mapped_column(Integer, default=None)  # extension of probation
    posted_from: Mapped[date | None] = mapped_column(Date, default=None)
    posted_to: Mapped[date | None] = mapped_column(Date, default=None)
    documents: Mapped[str] = mapped_column(Text, default="")  # 材料: application, assessment forms, …
    detail: Mapped[str] = mapped_column(Text, default="")
    applicant: Mapped[Applicant] = relationship(back_populates="steps")
