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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from models.errors import FieldIssue
from models.i18n import aside, pick
from models.rules.dates import add_months, add_years, age_on
from models.rules.workdays import count_workdays


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


#: the steps and stages in English, for the English window (the printed record and the stored data stay Chinese)
STEP_EN = {
    1: "Application for membership handed in", 2: "Talk by someone the branch sends",
    3: "Recommended and chosen as an activist", 4: "Activist filed with the superior committee",
    5: "Contact persons named", 6: "Training and assessment (every six months)", 7: "Chosen as a candidate",
    8: "Candidate filed with the superior committee", 9: "Sponsors named", 10: "Political check",
    11: "Concentrated training", 12: "Review by the branch committee",
    13: "Preliminary review by the superior committee (with posting)", 14: "Application form filled in",
    15: "General meeting decides (admission as probationary member)", 16: "Talk by someone the superior committee sends",
    17: "Approval by the superior committee", 18: "Filed with the organisation department above",
    19: "Placed in the branch and a party group", 20: "Oath of admission", 21: "Continued education and assessment",
    22: "Application for full membership", 23: "General meeting decides (full membership)",
    24: "Approval by the superior committee (full membership)", 25: "Papers filed",
}
STAGE_EN = {1: "Applying for membership", 2: "Choosing and training activists", 3: "Choosing and assessing candidates",
            4: "Admitting probationary members", 5: "Educating probationary members and full membership"}


def step_name(no: int) -> str:
    """Step ``no`` by its name in the interface's language."""
    return pick(STEPS[no].name, STEP_EN[no])


def stage_name(no: int) -> str:
    return pick(STAGES[no], STAGE_EN[no])


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


#: the words for a limit's state, the same on the window, the command line and the printed record
LIMIT_WORDS: dict[str, tuple[str, str]] = {
    "done": ("按时", "on time"), "late": ("超期完成", "done late"), "early": ("早于期限", "done too early"),
    "overdue": ("已逾期", "overdue"), "soon": ("即将到期", "due soon"), "open": ("可办理", "due now"),
    "waiting": ("未到", "not yet"),
}


def limit_word(state: str) -> str:
    return pick(*LIMIT_WORDS[state])


@dataclass(frozen=True)
class Limit:
    """One computed time limit: what, by when (or not before when), and its state on a day."""

    step: int
    what: str
    due: date
    not_before: bool = False  # True: the step may not happen before ``due``
    done_on: date | None = None
    source: str = ""

    def words(self, today: date, short: bool = False) -> str:
        """“不晚于2026-12-01（即将到期）”, led by what the limit is about unless ``short``."""
        before = pick("不早于", "not before ") if self.not_before else pick("不晚于", "by ")
        when = f"{before}{self.due}{aside(limit_word(self.state(today)))}"
        return when if short else f"{self.what}{pick('：', ': ')}{when}"

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


# -- the checks of one step -----------------------------------------------------------------------------------------
STOPPED = "终止"


class RecordedStep(Protocol):
    @property
    def step(self) -> int: ...
    @property
    def done_on(self) -> date: ...
    @property
    def result(self) -> str: ...
    @property
    def posted_to(self) -> date | None: ...


class _Born(Protocol):
    @property
    def birth_date(self) -> date | None: ...


class Candidate(Protocol):
    """The person whose step is checked, as the services hold them (models/services/development.PersonRow)."""

    @property
    def name(self) -> str: ...
    @property
    def input(self) -> _Born: ...
    @property
    def outcome(self) -> str: ...
    @property
    def outcome_on(self) -> date | None: ...
    @property
    def extension_months(self) -> int: ...
    @property
    def steps(self) -> Sequence[RecordedStep]: ...
    @property
    def done(self) -> set[int]: ...
    def first(self, step: int) -> RecordedStep | None: ...
    def last(self, step: int) -> RecordedStep | None: ...
    def on(self, step: int) -> date | None: ...
    def probation_end(self, months: int = 12) -> date | None: ...


class StepEntry(Protocol):
    """What is being recorded for the step (models/services/development.StepInput)."""

    @property
    def done_on(self) -> date | None: ...
    @property
    def people(self) -> str: ...
    @property
    def member_ids(self) -> Sequence[int]: ...
    @property
    def result(self) -> str: ...
    @property
    def days(self) -> int | None: ...
    @property
    def hours(self) -> int | None: ...
    @property
    def months(self) -> int | None: ...
    @property
    def posted_from(self) -> date | None: ...
    @property
    def posted_to(self) -> date | None: ...
    @property
    def detail(self) -> str: ...


@dataclass
class _Check:
    """One step being checked: who, which step, what is entered, today, the standards in force; ``bad`` notes a
    refusal on a field."""

    person: Candidate
    spec: StepSpec
    inp: StepEntry
    on: date
    std: Mapping[str, Any]
    issues: list[FieldIssue]
    sources: Mapping[str, str]

    @property
    def name(self) -> str:
        return f"第{self.spec.no}步“{self.spec.name}”"

    def bad(self, field_: str, zh: str, en: str, rule: str = "") -> None:
        """A refusal of ``field_``, citing the standard ``rule`` it applies (its article, or the branch's own
        rule where the branch changed it) or else the step's own source."""
        self.issues.append(FieldIssue(field_, pick(zh, en), self.sources.get(rule) or self.spec.source))


def second_round(person: Candidate, step: int, count: int) -> bool:
    """After an approved extension of probation, steps 22–24 happen a second time (once)."""
    meetings = sum(1 for s in person.steps if s.step == 23)
    if step in (22, 23):
        return person.extension_months > 0 and count == 1
    return step == 24 and meetings == 2 and count == 1


def _application(c: _Check) -> None:  # 党章第一条：年满十八岁
    born = c.person.input.birth_date
    if born and age_on(born, c.on) < 18:
        c.bad("done_on", "递交入党申请时未满18周岁（党章第一条：年满十八岁）",
              "Under 18 on the day of the application (Party Constitution, Art. 1)")


def _candidate(c: _Check) -> None:  # 细则第十三条：一年以上培养教育和考察
    activist = c.person.on(3)
    assert activist is not None  # step 3 comes before (checked first)
    first_ok = add_years(activist, int(c.std["dev_activist_min_years"]))
    if c.on < first_ok:
        c.bad("done_on", f"确定为入党积极分子（{activist}）未满一年，{first_ok}起方可列为发展对象",
              f"Not a year since becoming an activist ({activist}); possible from {first_ok}", rule="dev_activist_min_years")


def _review(c: _Check) -> None:
    if c.inp.result not in c.spec.results:
        c.bad("result", "请选择政治审查结论（合格/不合格）", "Choose the political review's conclusion")


def _training(c: _Check) -> None:  # 细则第十七条：不少于三天或24个学时
    days, hours = c.inp.days or 0, c.inp.hours or 0
    need_d, need_h = int(c.std["dev_training_min_days"]), int(c.std["dev_training_min_hours"])
    if days < need_d and hours < need_h:
        c.bad("days", f"集中培训不少于{need_d}天或{need_h}学时（现为{days}天、{hours}学时）",
              f"Training needs {need_d} days or {need_h} hours ({days} days, {hours} hours given)", rule="dev_training_min_days")


def _committee_review(c: _Check) -> None:  # 未经政治审查或政治审查不合格的，不能发展入党
    rv = c.person.last(10)
    if rv is not None and rv.result != "合格":
        c.bad("step", "政治审查结论不合格，不能发展入党", "The political review was not passed")


def _posting(c: _Check) -> None:
    a, b = c.inp.posted_from, c.inp.posted_to
    if a is None or b is None:
        c.bad("posted_from", "请填写公示起止日期", "Give the posting's first and last day")
    elif b < a:
        c.bad("posted_to", "公示结束日期早于开始日期", "The posting ends before it starts")
    else:
        need = int(c.std["dev_posting_workdays"])
        got = count_workdays(a, b)
        if got.days < need:
            c.bad("posted_to", f"公示{a}至{b}只有{got.days}个工作日，不少于{need}个工作日{got.note()}",
                  f"The posting has {got.days} working days; at least {need} are needed{got.note()}", rule="dev_posting_workdays")
        if a < (c.person.on(12) or a):
            c.bad("posted_from", "公示应在支部委员会审查之后", "The posting comes after the committee's review")


def _admission(c: _Check) -> None:
    post = c.person.first(13)
    if post is not None and post.posted_to and c.on <= post.posted_to:
        c.bad("done_on", f"公示至{post.posted_to}结束，支部大会应在公示期满后召开",
              f"The posting runs until {post.posted_to}; the meeting comes after it")


def _approval(c: _Check) -> None:  # 三个月内审批，最长不超过六个月
    meeting = c.person.first(15) if c.spec.no == 17 else c.person.last(23)
    assert meeting is not None  # the meeting comes before (checked first)
    decided = meeting.done_on
    usual, most = (int(x) for x in c.std["dev_approval_within_months"])
    if c.on > add_months(decided, most):
        c.bad("done_on", f"审批距支部大会（{decided}）已超过{most}个月，超出规定的最长审批时间，请重新履行程序",
              f"More than {most} months after the meeting ({decided}): beyond the longest approval time", rule="dev_approval_within_months")
    elif c.on > add_months(decided, usual) and not c.inp.detail.strip():
        c.bad("detail", f"审批距支部大会（{decided}）超过{usual}个月：须有特殊情况，请在说明中写明原因",
              f"More than {usual} months after the meeting ({decided}): say why in the details", rule="dev_approval_within_months")


def _application_full(c: _Check) -> None:
    last = c.person.last(22)
    if c.person.extension_months and last is not None and sum(1 for s in c.person.steps if s.step == 22) == 1 \
            and c.on <= last.done_on:
        c.bad("done_on", "延长预备期后的转正申请应晚于前一次", "The new application comes after the first")


def _full_membership(c: _Check) -> None:  # 党章第七条
    end = c.person.probation_end(int(c.std["dev_probation_months"]))
    assert end is not None  # admitted at step 15, checked first
    if c.on < end:
        c.bad("done_on", f"预备期至{end}届满，届满后方可讨论转正", f"Probation ends on {end}; discuss 转正 after that", rule="dev_probation_months")
    if c.inp.result not in c.spec.results:
        c.bad("result", "请选择支部大会的决议：" + "、".join(c.spec.results), "Choose the meeting's decision")
    if c.inp.result == EXTEND:
        lo, hi = (int(x) for x in c.std["dev_extension_months"])
        if c.person.extension_months:
            c.bad("result", f"预备期已延长过{c.person.extension_months}个月，只能延长一次",
                  f"Probation was already extended ({c.person.extension_months} months); only once")
        elif c.inp.months is None or not lo <= c.inp.months <= hi:
            c.bad("months", f"延长预备期不少于{lo}个月、不超过{hi}个月", f"Extend by {lo} to {hi} months", rule="dev_extension_months")
    if c.inp.result == CANCEL and not c.inp.detail.strip():
        c.bad("detail", "取消预备党员资格须写明理由", "Say why the probationary membership is cancelled")


def _archive(c: _Check) -> None:
    if not c.person.outcome:
        c.bad("step", "转正或取消资格经上级党委审批后方可归档", "Archive after the superior's decision")


#: what each step asks beyond the order and dates every step keeps (its StepSpec's source says why)
STEP_CHECKS: dict[int, Callable[[_Check], None]] = {
    1: _application, 7: _candidate, 10: _review, 11: _training, 12: _committee_review, 13: _posting,
    15: _admission, 17: _approval, 22: _application_full, 23: _full_membership, 24: _approval, 25: _archive,
}


def check_step(person: Candidate, spec: StepSpec, inp: StepEntry, today: date,
               std: Mapping[str, Any], sources: Mapping[str, str] | None = None) -> list[FieldIssue]:
    """Order, dates, who is named and the absolute limits of one step (see the module docstring); a refusal per
    field, each citing the standard it applies (``sources``: the standards' sources in force, by key) or else the
    step's source."""
    issues: list[FieldIssue] = []
    if inp.done_on is None:
        return [FieldIssue("done_on", pick(f"第{spec.no}步“{spec.name}”：日期必填", f"Step {spec.no}: the date is required"),
                           spec.source)]
    c = _Check(person, spec, inp, inp.done_on, std, issues, sources or {})
    if c.on > today:
        c.bad("done_on", f"{c.name}：日期不能晚于今天", f"Step {spec.no}: the date cannot be in the future")
    if person.outcome and not (spec.no == 25 and person.outcome != STOPPED):
        c.bad("step", f"{person.name}已于{person.outcome_on}{person.outcome}，不能再记录{c.name}",
              f"{person.name}: {person.outcome} on {person.outcome_on}; no further steps")
        return issues
    count = sum(1 for s in person.steps if s.step == spec.no)
    first = person.first(spec.no)
    if first is not None and not spec.repeat and not second_round(person, spec.no, count):
        c.bad("step", f"{c.name}已记录（{first.done_on}）", f"Step {spec.no} is already recorded")
        return issues
    missing = [n for n in spec.after if n not in person.done]
    if missing:
        c.bad("step", f"{c.name}之前须先完成：" + "、".join(f"第{n}步{STEPS[n].name}" for n in missing),
              f"Step {spec.no} needs first: " + ", ".join(f"step {n}" for n in missing))
        return issues
    for n in spec.after:
        prior = max(s.done_on for s in person.steps if s.step == n)
        if c.on < prior:
            c.bad("done_on", f"{c.name}的日期{c.on}早于第{n}步“{STEPS[n].name}”的{prior}",
                  f"Step {spec.no} ({c.on}) is before step {n} ({prior})")
    if spec.people == "talker" and not inp.people.strip():
        c.bad("people", f"{c.name}：请填写谈话人", f"Step {spec.no}: who talked with the person")
    if spec.people == "contacts":
        lo, hi = (int(x) for x in std["dev_contacts"])
        if not lo <= len(inp.member_ids) <= hi:
            c.bad("member_ids", f"培养联系人应为{lo}至{hi}名正式党员（现选{len(inp.member_ids)}名）",
                  f"{lo} to {hi} full members as contact persons ({len(inp.member_ids)} chosen)", rule="dev_contacts")
    if spec.people == "introducers":
        need = int(std["dev_introducers"])
        if len(set(inp.member_ids)) != need:
            c.bad("member_ids", f"入党介绍人应为{need}名正式党员（现选{len(set(inp.member_ids))}名）",
                  f"{need} full members as introducers ({len(set(inp.member_ids))} chosen)", rule="dev_introducers")
    extra = STEP_CHECKS.get(spec.no)
    if extra is not None:
        extra(c)
    return issues
