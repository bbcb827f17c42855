"""Book 9, 民主评议党员 (democratic appraisal): per member per year, the self-appraisal, the mutual appraisal,
the measurement (测评) votes, the committee's grade, and the follow-up for the lower grades."""
from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, RecordMixin


class Appraisal(RecordMixin, Base):
    __tablename__ = "appraisal"
    __table_args__ = (UniqueConstraint("year", "member_id", name="uq_appraisal_year_member"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True)
    self_appraisal: Mapped[str] = mapped_column(Text, default="")  # 个人自评
    mutual_appraisal: Mapped[str] = mapped_column(Text, default="")  # 党员互评
    votes_excellent: Mapped[int | None] = mapped_column(Integer, default=None)  # 测评票：优秀
    votes_qualified: Mapped[int | None] = mapped_column(Integer, default=None)  # 合格
    votes_basic: Mapped[int | None] = mapped_column(Integer, default=None)  # 基本合格
    votes_unqualified: Mapped[int | None] = mapped_column(Integer, default=None)  # 不合格
    grade: Mapped[str] = mapped_column(String(10), default="")  # 组织评定
    follow_up: Mapped[str] = mapped_column(Text, default="")  # 对基本合格、不合格党员的处置或帮扶
