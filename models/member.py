"""Book 2, 党员花名册 (member roster), and each member's history of joins and leaves."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Date, DateTime, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, RecordMixin, utcnow


class MemberStatus(StrEnum):
    """正式党员 (full) or 预备党员 (probationary). Only full members vote."""

    FULL = "正式党员"
    PROBATIONARY = "预备党员"


class MemberCategory(StrEnum):
    """党员类别."""

    EMPLOYED = "在职"
    RETIRED = "离退休"
    STUDENT = "学生"
    FARMER = "农民"
    UNEMPLOYED = "失业或无固定职业"
    OTHER = "其他"


class LeaveKind(StrEnum):
    """Why a member left the roster: 转出, 去世, 出党 (including 除名/开除), 停止党籍, 取消预备党员资格 (党章第七条)."""

    TRANSFER_OUT = "转出"
    DECEASED = "去世"
    EXPELLED = "出党"
    SUSPENDED = "停止党籍"
    CANCELLED = "取消预备党员资格"


class EventKind(StrEnum):
    """Entries in a member's history (党员变动记录)."""

    ADDED = "登记"
    TRANSFER_IN = "转入"
    BECAME_FULL = "转正"
    LEFT = "离开"
    RETURNED = "恢复"
    EDITED = "修改"
    STRUCK_OFF = "除名"  # after 停止党籍, when contact was never regained (党员教育管理工作条例第二十四条)
    PROBATION = "留党察看"  # 党内处分: while under it no vote, no election, no introducing (党章第四十一条)
    RIGHTS_RESTORED = "恢复党员权利"


GENDERS = ("男", "女")
EDUCATIONS = ("研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下")
# the 56 names of GB 3304-91《中国各民族名称的罗马字母拼写法和代码》, in the order of its numeric codes 01–56
ETHNIC_GROUPS = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族",
    "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族",
    "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族",
    "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
    "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)
GROUP_ROLES = ("组长", "副组长")
COMMITTEE_ROLES = ("书记", "副书记", "组织委员", "宣传委员", "纪检委员", "青年委员", "统战委员", "委员")


class Member(RecordMixin, Base):
    """党员: one row per person who is or was on this branch's roster; never hard-deleted."""

    __tablename__ = "member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), index=True)
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")
    name_initials: Mapped[str] = mapped_column(String(40), default="", index=True)
    gender: Mapped[str] = mapped_column(String(2))
    ethnicity: Mapped[str] = mapped_column(String(20), default="汉族")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    id_number: Mapped[str | None] = mapped_column(String(18), default=None, index=True)
    education: Mapped[str] = mapped_column(String(20), default="")
    job: Mapped[str] = mapped_column(String(100), default="")
    join_date: Mapped[date | None] = mapped_column(Date, default=None)
    full_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(10), default=MemberStatus.FULL.value)
    category: Mapped[str] = mapped_column(String(20), default=MemberCategory.EMPLOYED.value)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("party_group.id", ondelete="SET NULL"), default=None, index=True
    )
    committee_role: Mapped[str] = mapped_column(String(20), default="")
    group_role: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # 转入本支部日期: a member transferred in is on this roster from this day, not from the day they joined the Party
    arrived_on: Mapped[date | None] = mapped_column(Date, default=None)
    left_on: Mapped[date | None] = mapped_column(Date, default=None)
    left_kind: Mapped[str] = mapped_column(String(10), default="")
    left_reason: Mapped[str] = mapped_column(Text, default="")
    events: Mapped[list[MemberEvent]] = relationship(back_populates="member", order_by="MemberEvent.id",
                                                     cascade="all, delete-orphan", passive_deletes=True)


def on_roster_from(m: Member) -> date | None:
    """The first day the member is on this branch's roster: the transfer-in day, else the day they joined."""
    return m.arrived_on or m.join_date


def disciplined_on(s: Any, on: date, member_ids: Iterable[int] | None = None) -> set[int]:
    """Members under 留党察看 on ``on``: a 留党察看 entry on or before the day with no 恢复党员权利 between it and the day
    (党章第四十一条: 受留党察看处分期间，没有表决权、选举权和被选举权)."""
    from sqlalchemy import select as _select

    q = _select(MemberEvent.member_id, MemberEvent.kind, MemberEvent.happened_on).where(
        MemberEvent.kind.in_((EventKind.PROBATION.value, EventKind.RIGHTS_RESTORED.value)),
        MemberEvent.happened_on <= on).order_by(MemberEvent.happened_on, MemberEvent.id)
    if member_ids is not None:
        q = q.where(MemberEvent.member_id.in_(list(member_ids)))
    state: dict[int, bool] = {}
    for mid, kind, _d in s.execute(q):
        state[mid] = kind == EventKind.PROBATION.value
    return {mid for mid, under in state.items() if under}


def roster_from() -> ColumnElement[date]:
    """``on_roster_from`` as a SQL expression, for queries of who was on the roster on a day."""
    return func.coalesce(Member.arrived_on, Member.join_date)


class MemberEvent(Base):
    """One entry in a member's history: joined, became full, left (with date and reason), edited."""

    __tablename__ = "member_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    happened_on: Mapped[date | None] = mapped_column(Date, default=None)
    detail: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    member: Mapped[Member] = relationship(back_populates="events")
