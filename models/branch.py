"""Book 1, 支部基本情况 (branch profile), and the party groups (党小组)."""
from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, RecordMixin


class BranchType(StrEnum):
    """支部类型. Village and community branches elect their committee every 5 years, others every 3."""

    GOVERNMENT = "机关"
    STATE_ENTERPRISE = "国有企业"
    PRIVATE_ENTERPRISE = "非公企业"
    PUBLIC_INSTITUTION = "事业单位"
    SCHOOL = "学校"
    VILLAGE = "农村"
    COMMUNITY = "社区"
    SOCIAL_ORGANISATION = "社会组织"
    OTHER = "其他"


class Branch(RecordMixin, Base):
    """支部基本情况: one row per workspace."""

    __tablename__ = "branch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    branch_type: Mapped[str] = mapped_column(String(20), default=BranchType.GOVERNMENT.value)
    superior: Mapped[str] = mapped_column(String(100), default="")
    code: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    founded_on: Mapped[date | None] = mapped_column(Date, default=None)
    term_started_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    # 启用日期: the first day the branch keeps its books in this program; duties before it are 启用前（未记录）, never
    # 逾期, and dues fall due from it
    records_from: Mapped[date | None] = mapped_column(Date, default=None)


class PartyGroup(RecordMixin, Base):
    """党小组. Its leader (组长) is the member whose ``group_role`` says so."""

    __tablename__ = "party_group"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class CommitteeTerm(RecordMixin, Base):
    """One term (届) of the branch committee, or of the secretary where there is no committee: elected on a day
    for a number of years; the next election falls due when it ends (《中国共产党支部工作条例（试行）》第六章)."""

    __tablename__ = "committee_term"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    elected_on: Mapped[date] = mapped_column(Date, index=True)
    term_years: Mapped[int] = mapped_column(Integer, default=3)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), default=None)
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)  # 上级党组织批复
    approval_no: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CommitteeSeat(Base):
    """Who held which post (职务) with which duties (分工) from when to when, within a term. A by-election or a
    change of post closes one seat and opens another, so the committee on any past day is known."""

    __tablename__ = "committee_seat"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("committee_term.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    duty: Mapped[str] = mapped_column(Text, default="")
    from_on: Mapped[date] = mapped_column(Date)
    to_on: Mapped[date | None] = mapped_column(Date, default=None)
    change_note: Mapped[str] = mapped_column(String(200), default="")
