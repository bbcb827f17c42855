"""Books 3–7, 三会一课 and the other meetings: 支部党员大会, 支部委员会, 党小组会, 党课, 主题党日,
组织生活会, 党员议事会, 集中学习. One shape for all kinds; attendance is ticked against the roster."""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, RecordMixin


class MeetingKind(StrEnum):
    GENERAL = "general"  # 支部党员大会
    COMMITTEE = "committee"  # 支部委员会
    GROUP = "group"  # 党小组会
    LESSON = "lesson"  # 党课
    PARTYDAY = "partyday"  # 主题党日
    ORGLIFE = "orglife"  # 组织生活会
    COUNCIL = "council"  # 党员议事会
    STUDY = "study"  # 集中学习


KIND_NAMES: dict[str, tuple[str, str]] = {
    MeetingKind.GENERAL: ("支部党员大会", "General meeting"),
    MeetingKind.COMMITTEE: ("支部委员会会议", "Committee meeting"),
    MeetingKind.GROUP: ("党小组会", "Party group meeting"),
    MeetingKind.LESSON: ("党课", "Party lesson"),
    MeetingKind.PARTYDAY: ("主题党日", "Themed party day"),
    MeetingKind.ORGLIFE: ("组织生活会", "Organisational life meeting"),
    MeetingKind.COUNCIL: ("党员议事会", "Members' council"),
    MeetingKind.STUDY: ("集中学习", "Group study"),
}


class AttendanceStatus(StrEnum):
    PRESENT = "present"  # 出席
    LEAVE = "leave"  # 请假
    ABSENT = "absent"  # 缺席


ATTENDANCE_NAMES = {AttendanceStatus.PRESENT: "出席", AttendanceStatus.LEAVE: "请假", AttendanceStatus.ABSENT: "缺席"}


class Meeting(RecordMixin, Base):
    """会议记录: one meeting of any kind."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts: Mapped[str] = mapped_column(String(5), default="")
    ends: Mapped[str] = mapped_column(String(5), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    host: Mapped[str] = mapped_column(String(40), default="")
    recorder: Mapped[str] = mapped_column(String(40), default="")
    group_id: Mapped[int | None] = mapped_column(ForeignKey("party_group.id", ondelete="SET NULL"), default=None)
    lecturer: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(200), default="")  # topic / lesson title / theme
    agenda: Mapped[str] = mapped_column(Text, default="")  # one item a line
    minutes: Mapped[str] = mapped_column(Text, default="")
    guests: Mapped[str] = mapped_column(Text, default="")  # 列席 (non-members), free text
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # the quorum and vote results as judged at 定稿 (JSON): a later change of a rule's value never rejudges a final record
    final_result: Mapped[str] = mapped_column(Text, default="")

    attendance: Mapped[list[MeetingAttendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True)
    motions: Mapped[list[Motion]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True, order_by="Motion.seq")
    attachments: Mapped[list[MeetingAttachment]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True)


class MeetingAttendance(Base):
    """One member due at a meeting: present, on leave or absent (with reason); full or probationary that day."""

    __tablename__ = "meeting_attendance"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True, index=True)
    status: Mapped[str] = mapped_column(String(8), default=AttendanceStatus.PRESENT.value)
    reason: Mapped[str] = mapped_column(String(200), default="")
    full_member: Mapped[bool] = mapped_column(Boolean, default=True)
    meeting: Mapped[Meeting] = relationship(back_populates="attendance")


class Motion(Base):
    """决议/表决事项 with the votes 赞成/反对/弃权."""

    __tablename__ = "motion"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    yes: Mapped[int | None] = mapped_column(Integer, default=None)
    no: Mapped[int | None] = mapped_column(Integer, default=None)
    abstain: Mapped[int | None] = mapped_column(Integer, default=None)
    meeting: Mapped[Meeting] = relationship(back_populates="motions")


class MeetingAttachment(Base):
    """签到表扫描件、照片: a stored attachment linked to a meeting."""

    __tablename__ = "meeting_attachment"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="RESTRICT"), primary_key=True)
    caption: Mapped[str] = mapped_column(String(200), default="")
    meeting: Mapped[Meeting] = relationship(back_populates="attachments")
