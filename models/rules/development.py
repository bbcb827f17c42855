"""The 25 steps of recruitment (发展党员) in five stages, the order they go in, and their time limits.
Pure functions; values and sources: resources/standards/development.json (《中国共产党发展党员工作细则》2014,
党章第五条、第七条).

Each step names the steps that must be recorded before it; a step's date cannot be before theirs, nor in the
future. Time limits: the talk within 1 month of the application; at least 1 year as an activist before becoming
a candidate, with an assessment every 6 months meanwhile; training of at least 3 days or 24 hours; the 公示 of
at least N working days (official holidays and make-up workdays counted) ending before the general meeting; the
superior's approval within 3 months of the meeting (6 at most, with a reason past 3); probation of 1 year from
the meeting, extendable once by 6–12 months; the approval of 转正 within 3 months of that meeting.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.rules.dates import add_months, add_years


@dataclass(frozen=True)
class StepSpec:
    no: int
    stage: int
    name: str
    after: tuple[int, ...] = ()
    repeat: bool = False  # may be recorded more than once (assessments, continued education)
    people: str = ""  # "talker" | "contacts" | "introducers" | "" — who the form names
    meeting: tuple[str, ...] = ()  # meeting kinds that decide this step
    training: bool = False
    posting: bool = False
    results: tuple[str, ...] = ()
    source: str = ""


STAGES = {1: "申请入党", 2: "入党积极分子的确定和培养教育", 3: "发展对象的确定和考察", 4: "预备党员的接收",
          5: "预备党员的教育考察和转正"}
#: who the person is while in each stage (for rosters and lists)
STAGE_ROLE = {1: "入党申请人", 2: "入党积极分子", 3: "发展对象", 4: "预备党员", 5: "预备党员"}
SRC = "《中国共产党发展党员工作细则》（2014）"
TURN_FULL, EXTEND, CANCEL = "按期转正", "延长预备期", "取消预备党员资格"
REVIEW_PASS = ("合格", "不合格")

STEPS: dict[int, StepSpec] = {s.no: s for s in (
    StepSpec(1, 1, "递交入党申请书", source=f"{SRC}第二章第六条；党章第一条"),
    StepSpec(2, 1, "党组织派人谈话", (1,), people="talker", source=f"{SRC}第二章第七条：一个月内派人谈话"),
    StepSpec(3, 2, "推荐和确定入党积极分子", (2,), meeting=("committee", "general"), source=f"{SRC}第二章第八条：支部委员会研究决定"),
    StepSpec(4, 2, "报上级党委备案（入党积极分子）", (3,), source=f"{SRC}第二章第八条"),
    StepSpec(5, 2, "指定培养联系人", (3,), people="contacts", source=f"{SRC}第二章第九条：一至两名正式党员作培养联系人"),
    StepSpec(6, 2, "培养教育考察（每半年一次）", (3,), repeat=True, source=f"{SRC}第二章第十一条：每半年考察一次"),
    StepSpec(7, 3, "确定发展对象", (4, 5, 6), meeting=("committee",), source=f"{SRC}第三章第十三条：一年以上培养教育和考察"),
    StepSpec(8, 3, "报上级党委备案（发展对象）", (7,), source=f"{SRC}第三章第十三条"),
    StepSpec(9, 3, "确定入党介绍人", (7,), people="introducers", source=f"{SRC}第三章第十四条：两名正式党员作入党介绍人"),
    StepSpec(10, 3, "进行政治审查", (7,), results=REVIEW_PASS, source=f"{SRC}第三章：未经政治审查或政治审查不合格的，不能发展入党"),
    StepSpec(11, 3, "开展集中培训", (7,), training=True, source=f"{SRC}第三章第十七条：不少于三天或24个学时"),
    StepSpec(12, 4, "支部委员会审查", (8, 9, 10, 11), meeting=("committee",), source=f"{SRC}第四章"),
    StepSpec(13, 4, "上级党委预审（含公示）", (12,), posting=True, source=f"{SRC}第四章：预审、公示"),
    StepSpec(14, 4, "填写入党志愿书", (13,), source=f"{SRC}第四章"),
    StepSpec(15, 4, "支部大会讨论（接收预备党员）", (14,), meeting=("general",), source=f"{SRC}第四章第二十条；党章第五条"),
    StepSpec(16, 4, "上级党委派人谈话", (15,), people="talker", source=f"{SRC}第四章第二十条；党章第五条"),
    StepSpec(17, 4, "上级党委审批", (16,), source=f"{SRC}第四章：三个月内审批，最长不超过六个月"),
    StepSpec(18, 4, "再上级党委组织部门备案", (17,), source=f"{SRC}第四章"),
    StepSpec(19, 5, "编入党支部和党小组", (17,), source=f"{SRC}第五章"),
    StepSpec(20, 5, "入党宣誓", (17,), source=f"{SRC}第五章；党章第六条"),
    StepSpec(21, 5, "继续教育考察", (17,), repeat=True, source=f"{SRC}第五章"),
    StepSpec(22, 5, "提出转正申请", (17,), source=f"{SRC}第五章"),
    StepSpec(23, 5, "支部大会讨论（转正）", (22,), meeting=("general",), results=(TURN_FULL, EXTEND, CANCEL),
             source=f"{SRC}第五章；党章第七条"),
    StepSpec(24, 5, "上级党委审批（转正）", (23,), source=f"{SRC}第五章：三个月内审批"),
    StepSpec(25, 5, "材料归档", (24,), source=f"{SRC}第五章"),
)}


def stage_of(done: set[int]) -> int:
    """The stage a person is in, from the steps recorded: the stage of the furthest step + 1 once that stage's
    last step is done (an activist after step 3, a candidate after step 7, probationary after step 15)."""
    if 15 in done:
        return 5 if 17 in done else 4
    if 7 in done:
        return 3
    if 3 in done:
        return 2
    return 1


@dataclass(frozen=True)
class Limit:
    """One computed time limit: what, by when (or not before when), and its state on a day."""

    step: int
    what: str
    due: date
    not_before: bool = False  # True: the step may not happen before ``due``
    done_on: date | None = None
    source: str = ""

    def state(self, today: date, soon_days: int = 30) -> str:
        """done | late (done after the limit) | early (done before it may) | overdue | soon | waiting | open"""
        if self.not_before:
            if self.done_on is None:
                return "open" if today >= self.due else "waiting"
            return "early" if self.done_on < self.due else "done"
        if self.done_on is not None:
            return "late" if self.done_on > self.due else "done"
        if today > self.due:
            return "overdue"
        return "soon" if (self.due - today).days <= soon_days else "waiting"


def probation_end(admitted: date, months: int = 12, extension: int = 0) -> date:
    """The day 预备期 ends and 转正 dates from: the meeting's date + 1 year (+ an extension)."""
    end = add_years(admitted, months // 12) if months % 12 == 0 else add_months(admitted, months)
    return add_months(end, extension) if extension else end


def next_assessment(activist_on: date, assessments: list[date], every: int) -> date:
    last = max([activist_on, *assessments])
    return add_months(last, every)
