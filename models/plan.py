"""Book 15, 工作计划、总结与对标考评 (plans, summaries and benchmark self-assessment): the branch's plans and
summaries by year or quarter, the committee's indicator set (aspects → indicators with target, score rule and
weight) as data, and the branch's monthly self-assessment against the set in force for that month."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, RecordMixin


class PlanDoc(RecordMixin, Base):
    """A plan (计划), summary (总结) or report upward (报告) for a year (quarter 0) or one quarter."""

    __tablename__ = "plan_doc"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    quarter: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))  # plan | summary | report
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    reported_to: Mapped[str] = mapped_column(String(100), default="")
    reported_on: Mapped[date | None] = mapped_column(Date, default=None)


class IndicatorSet(RecordMixin, Base):
    """对标考评指标体系 as the committee issued it, in force from a month on until the next set."""

    __tablename__ = "indicator_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    valid_from: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM
    issued_by: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(200), default="")


class Indicator(Base):
    """一项指标: its aspect (方面), code, name, target, score rule (达标/比例/扣分/评分) and weight (分值)."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("indicator_set.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    aspect: Mapped[str] = mapped_column(String(60))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    target: Mapped[str] = mapped_column(String(200), default="")
    rule: Mapped[str] = mapped_column(String(10), default="manual")  # met | ratio | deduct | manual
    target_value: Mapped[str] = mapped_column(String(20), default="")  # a number for met and ratio
    per: Mapped[str] = mapped_column(String(20), default="")  # points off per count for deduct
    weight: Mapped[str] = mapped_column(String(20))  # decimal text, e.g. "5" or "2.5"
    metric: Mapped[str] = mapped_column(String(40), default="")  # filled from the books, see rules/benchmark


class Assessment(RecordMixin, Base):
    """The branch's self-assessment (自评) for one month, against the set in force then."""

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    set_id: Mapped[int] = mapped_column(ForeignKey("indicator_set.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(Text, default="")


class AssessmentScore(Base):
    """One indicator's actual value, score (in hundredths of a point) and evidence (佐证) in one assessment."""

    __tablename__ = "assessment_score"
    __table_args__ = (UniqueConstraint("assessment_id", "indicator_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    actual: Mapped[str] = mapped_column(String(20), default="")
    score_x100: Mapped[int] = mapped_column(Integer, default=0)
    evidence: Mapped[str] = mapped_column(Text, default="")
