"""Book 8, 组织生活会 (organisational life meeting): what the meeting itself does not hold — the problems collected
before it, each member's self-criticism and the criticism received at it, and the remediation list (整改清单)
tracked to done after it (《中国共产党支部工作条例（试行）》第十七条). The meeting (date, attendance, minutes) is
a ``Meeting`` of kind ``orglife``."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, RecordMixin


class OrgLifeProblem(RecordMixin, Base):
    """会前征求意见、查摆问题: one problem or opinion collected before the meeting, about the branch (班子) or a
    member."""

    __tablename__ = "orglife_problem"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), default=None)
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(40), default="")  # 群众 / 党员 / 上级 / 自查


class OrgLifeSpeech(RecordMixin, Base):
    """批评与自我批评: one member at one meeting — what they said about themselves, what others said to them,
    and the direction they will take (整改方向)."""

    __tablename__ = "orglife_speech"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    self_criticism: Mapped[str] = mapped_column(Text, default="")
    criticism: Mapped[str] = mapped_column(Text, default="")
    direction: Mapped[str] = mapped_column(Text, default="")


class RemediationItem(RecordMixin, Base):
    """整改清单 item: the issue, the measure, who answers for it, by when, its state and what was done."""

    __tablename__ = "remediation_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), default=None,
                                                   index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    issue: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text, default="")
    owner_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), default=None)
    owner: Mapped[str] = mapped_column(String(60), default="")  # 责任人 as printed (a member's name or 支部委员会)
    deadline: Mapped[date | None] = mapped_column(Date, default=None)
    progress: Mapped[str] = mapped_column(String(10), default="整改中")  # 整改中 | 已完成 | 长期坚持
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    result: Mapped[str] = mapped_column(Text, default="")
