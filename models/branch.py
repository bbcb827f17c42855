"""Book 1, 支部基本情况 (branch profile), and the party groups (党小组)."""
from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import Date, Integer, String, Text
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


class PartyGroup(RecordMixin, Base):
    """党小组. Its leader (组长) is the member whose ``group_role`` says so."""

    __tablename__ = "party_group"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
