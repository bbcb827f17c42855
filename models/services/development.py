"""发展党员全程纪实 service (book 12): people on the way to membership, the 25 steps as they are done, every time
limit computed from them, and the roster changes they cause (预备党员 on approval, 正式党员 on 转正, leaving the
roster on cancellation). The rules (order, limits) are in models/rules/development.py."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.base import utcnow
from models.db import Workspace
from models.development import Applicant, DevStep
from models.errors import FieldIssue, UserError, ValidationError
from models.i18n import aside, pick
from models.meeting import Meeting
from models.member import EventKind, LeaveKind, Member, MemberEvent, MemberStatus, disciplined_on
from models.rules.dates import add_months, add_years
from models.rules.development import (
    CANCEL,
    EXTEND,
    SRC,
    STAGE_ROLE,
    STEPS,
    STOPPED,
    TURN_FULL,
    Limit,
    check_step,
    next_assessment,
    probation_end,
    second_round,
    stage_of,
)
from models.rules.roster import normalise, validate_member
from models.rules.workdays import count_workdays
from models.services.dto import MemberInput
from models.services.live import get_row
from models.services.meetings import kind_name
from models.services.roster import RosterService, pinyin_of
from models.services.standards import StandardsService

OUTCOME_FULL = "转正"


@dataclass
class PersonInput:
    name: str = ""
    gender: str = ""
    birth_date: date | None = None
    id_number: str = ""
    ethnicity: str = "汉族"
    education: str = ""
    job: str = ""
    category: str = "在职"
    group: str = ""
    phone: str = ""
    notes: str = ""
    leaving_on: date | None = None  # 拟离开本单位的日期 (《发展党员工作细则》第十九条)


@dataclass
class StepInput:
    step: int
    done_on: date | None
    people: str = ""  # names (talker, approver…) as typed
    member_ids: list[int] = field(default_factory=list)  # contact persons / introducers from the roster
    meeting_id: int | None = None
    result: str = ""
    days: int | None = None
    hours: int | None = None
    months: int | None = None
    posted_from: date | None = None
    posted_to: date | None = None
    documents: str = ""
    detail: str = ""


@dataclass(frozen=True)
class StepRow:
    id: int
    step: int
    name: str
    stage: int
    done_on: date
    people: str
    member_ids: tuple[int, ...]
    meeting_id: int | None
    meeting: str
    result: str
    days: int | None
    hours: int | None
    months: int | None
    posted_from: date | None
    posted_to: date | None
    documents: str
    detail: str
    workdays: int | None = None  # of the 公示
    workdays_note: str = ""
    warning: str = ""  # recorded, but against a rule that says "generally not" (细则第十九条)


@dataclass(frozen=True)
class PersonRow:
    id: int
    uuid: str
    input: PersonInput
    name_pinyin: str
    name_initials: str
    member_id: int | None
    extension_months: int
    outcome: str
    outcome_on: date | None
    outcome_reason: str
    version: int
    deleted: bool
    steps: tuple[StepRow, ...]

    @property
    def name(self) -> str:
        return self.input.name

    @property
    def done(self) -> set[int]:
        return {s.step for s in self.steps}

    @property
    def stage(self) -> int:
        return stage_of(self.done)

    @property
    def role(self) -> str:
        if self.outcome == OUTCOME_FULL:
            return "正式党员"
        if self.outcome:
            return self.outcome
        return STAGE_ROLE[self.stage]

    def first(self, step: int) -> StepRow | None:
        return next((s for s in self.steps if s.step == step), None)

    def last(self, step: int) -> StepRow | None:
        return next((s for s in reversed(self.steps) if s.step == step), None)

    def on(self, step: int) -> date | None:
        s = self.first(step)
        return s.done_on if s else None

    @property
    def latest(self) -> StepRow | None:
        return max(self.steps, key=lambda s: (s.done_on, s.step), default=None)

    def probation_end(self, months: int = 12) -> date | None:
        admitted = self.on(15)
        return probation_end(admitted, months, self.extension_months) if admitted else None


@dataclass(frozen=True)
class Deadline:
    person_id: int
    name: str
    role: str
    limit: Limit
    state: str


# the steps a 支部党员大会 decides by a vote on the person
DECIDING_MEETINGS = (15, 23)


class DevelopmentService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    def rules(self) -> dict[str, Any]:
        """The recruitment rules in force now (a branch's change applies at once)."""
        return {k: v.value for k, v in StandardsService(self.ws).in_force().items() if k.startswith("dev_")}

    def rule_sources(self) -> dict[str, str]:
        """Where each recruitment rule in force comes from: the article (resources/standards), or the branch's
        own rule and its reason where the branch changed it."""
        return {k: (pick(f"本支部规定：{v.reason}", f"The branch's own rule: {v.reason}") if v.overridden
                    else v.standard.source)
                for k, v in StandardsService(self.ws).in_force().items() if k.startswith("dev_")}

    # -- reading -----------------------------------------------------------------------------------
    def list_people(self, deleted: bool = False) -> list[PersonRow]:
        with self.ws.session() as s:
            q = (select(Applicant).options(selectinload(Applicant.steps))
                 .where(Applicant.deleted_at.is_not(None) if deleted else Applicant.deleted_at.is_(None))
                 .order_by(Applicant.name_pinyin))
            people = list(s.scalars(q))
            meetings = self._meeting_titles(s, {st.meeting_id for a in people for st in a.steps if st.meeting_id})
            return [_person(a, meetings) for a in people]

    def get(self, person_id: int) -> PersonRow:
        with self.ws.session() as s:
            a = get_row(s, Applicant, person_id, live=False)
            return _person(a, self._meeting_titles(s, {st.meeting_id for st in a.steps if st.meeting_id}))

    def find_uuid(self, uuid: str) -> PersonRow:
        with self.ws.session() as s:
            pid = s.scalar(select(Applicant.id).where(Applicant.uuid == uuid.strip()))
        if pid is None:
            raise UserError(pick(f"找不到编号为{uuid}的发展记录（见 list development）。",
                                 f"No recruitment record {uuid} (see: list development)."))
        return self.get(pid)

    @staticmethod
    def _meeting_titles(s: Session, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        q = select(Meeting.id, Meeting.kind, Meeting.held_on, Meeting.title).where(Meeting.id.in_(ids))
        return {i: f"{on} {kind_name(k)}" + (aside(t) if t else "") for i, k, on, t in s.execute(q)}

    def meetings(self, step: int, around: date | None = None) -> list[tuple[int, str, date]]:
        """Meetings of the kinds that decide ``step`` (latest first), for the step form's list."""
        kinds = STEPS[step].meeting
        if not kinds:
            return []
        with self.ws.session() as s:
            q = (select(Meeting.id, Meeting.kind, Meeting.held_on, Meeting.title)
                 .where(Meeting.kind.in_(kinds), Meeting.deleted_at.is_(None))
                 .order_by(Meeting.held_on.desc()).limit(60))
            return [(i, f"{on} {kind_name(k)}" + (aside(t) if t else ""), on) for i, k, on, t in s.execute(q)]

    # -- people ------------------------------------------------------------------------------------
    def _check_person(self, p: PersonInput, today: date) -> PersonInput:
        m = normalise(MemberInput(name=p.name, gender=p.gender, ethnicity=p.ethnicity, birth_date=p.birth_date,
                                  id_number=p.id_number, education=p.education, job=p.job,
                                  status=MemberStatus.PROBATIONARY.value, category=p.category, phone=p.phone))
        errors, _ = validate_member(m, today)
        errors = [e for e in errors if e.field not in ("join_date", "full_date")]
        if errors:
            raise ValidationError(errors)
        return replace(p, name=m.name, gender=m.gender, birth_date=m.birth_date, id_number=m.id_number,
                       ethnicity=m.ethnicity, phone=m.phone, group=p.group.strip(), notes=p.notes.strip())

    def add(self, p: PersonInput, applied_on: date | None = None, today: date | None = None) -> PersonRow:
        """A new person; with ``applied_on`` step 1 (递交入党申请书) is recorded at once."""
        today = today or date.today()
        p = self._check_person(p, today)
        with self.ws.session() as s:
            a = Applicant()
            _apply(a, p)
            s.add(a)
            s.flush()
            pid = a.id
        if applied_on is not None:
            try:
                self.record(pid, StepInput(1, applied_on), today)
            except ValidationError:
                with self.ws.session() as s:
                    s.delete(s.get(Applicant, pid))
                raise
        return self.get(pid)

    def update(self, person_id: int, p: PersonInput, expected_version: int | None = None,
               today: date | None = None) -> PersonRow:
        p = self._check_person(p, today or date.today())
        with self.ws.session() as s:
            a = self._editable(s, person_id, expected_version)
            _apply(a, p)
            a.version += 1
            a.updated_at = utcnow()
        return self.get(person_id)

    def _editable(self, s: Session, person_id: int, expected_version: int | None = None) -> Applicant:
        a = get_row(s, Applicant, person_id, live=False, version=expected_version)
        return a

    def delete(self, person_id: int) -> None:
        with self.ws.session() as s:
            a = self._editable(s, person_id)
            if a.member_id is not None:
                raise UserError(pick(f"{a.name}已列入花名册，发展记录须保留。",
                                     f"{a.name} is on the roster; the record must be kept."))
            a.deleted_at = utcnow()

    def restore(self, person_id: int) -> None:
        with self.ws.session() as s:
            a = self._editable(s, person_id)
            a.deleted_at = None

    def stop(self, person_id: int, on: date | None, reason: str, today: date | None = None) -> PersonRow:
        """终止: the person withdrew or is not taken further before admission (recorded, never deleted)."""
        today = today or date.today()
        issues = []
        if on is None or on > today:
            issues.append(FieldIssue("outcome_on", pick("日期无效（必填，不能晚于今天）", "Date: required, not in the future")))
        if not reason.strip():
            issues.append(FieldIssue("outcome_reason", pick("请写明原因", "Say why")))
        if issues:
            raise ValidationError(issues)
        with self.ws.session() as s:
            a = self._editable(s, person_id)
            if a.member_id is not None:
                raise UserError(pick("已接收为预备党员，须经支部大会讨论（第23步）决定转正、延长或取消。",
                                     "Already admitted: use step 23 (转正, extension or cancellation)."))
            if a.outcome:
                raise UserError(pick(f"已于{a.outcome_on}{a.outcome}。", f"Already {a.outcome} on {a.outcome_on}."))
            a.outcome, a.outcome_on, a.outcome_reason = STOPPED, on, reason.strip()
            a.version += 1
        return self.get(person_id)

    # -- steps -------------------------------------------------------------------------------------
    @staticmethod
    def leaving_warning(person: PersonRow, on: date) -> str:
        """《发展党员工作细则》第十九条: 发展对象……在三个月内将离开工作、学习单位的，一般不办理接收预备党员的手续."""
        leaving = person.input.leaving_on
        if leaving is None or leaving < on or leaving > add_months(on, 3):
            return ""
        return pick(f"{person.input.name}拟于{leaving}离开本单位，在支部大会后三个月内：一般不办理接收预备党员的手续"
                    "（《中国共产党发展党员工作细则》第十九条），请与上级党委沟通",
                    f"{person.input.name} leaves the workplace on {leaving}, within three months of the meeting: "
                    "generally not admitted (细则 Art. 19); consult the superior")

    def _check_deciding_meeting(self, name: str, step: int, meeting_id: int | None) -> list[FieldIssue]:
        """接收预备党员 (step 15) and 转正/延长/取消 (step 23) are decided by a 支部党员大会 that met its quorum —
        表决必须有半数以上有表决权的党员到会方可进行 — and where the motion about this person passed: 赞成人数超过
        应到会有表决权的党员的半数 (《支部工作条例》第十一条; 《发展党员工作细则》第二十条)."""
        from models.services.meetings import MeetingService

        what = pick("接收预备党员", "admission") if step == 15 else pick("转正", "full membership")
        if meeting_id is None:
            return [FieldIssue("meeting_id", pick(
                f"请选择讨论{name}{what}的支部党员大会（须在三会一课里先记录这次会议及其表决结果）",
                f"Choose the general meeting that decided on {name}'s {what} (record it with its vote first)"))]
        detail = MeetingService(self.ws).get(meeting_id)
        src = pick("（《中国共产党支部工作条例（试行）》第十一条；《中国共产党发展党员工作细则》第二十条）",
                   " (支部工作条例 Art. 11; 发展党员工作细则 Art. 20)")
        if not detail.quorum.ok:
            return [FieldIssue("meeting_id", pick(
                f"所选支部党员大会不符合召开条件：{detail.quorum.message}；表决必须有半数以上有表决权的党员到会方可进行{src}",
                f"The chosen general meeting had no quorum: {detail.quorum.message}{src}"))]
        about = [m for m in detail.motions if name and name in m.text]
        if not about:
            return [FieldIssue("meeting_id", pick(
                f"所选会议的表决事项中没有关于{name}的一项；请在会议记录的“表决”里写明（如“接收{name}为中共预备党员”）并填写票数",
                f"The meeting has no motion naming {name}; add it with its votes to the meeting's record"))]
        if not any(m.passed for m in about):
            m = about[0]
            return [FieldIssue("meeting_id", pick(
                f"关于{name}的表决未通过：赞成{m.yes or 0}票，未超过应到会有表决权党员{detail.counts.due_full}人的半数{src}",
                f"The vote on {name} did not pass: {m.yes or 0} yes is not more than half of the "
                f"{detail.counts.due_full} voting members due{src}"))]
        return []

    def record(self, person_id: int, inp: StepInput, today: date | None = None) -> StepRow:
        """Record one step. Refused, with the reason, when it is out of order, impossible, or breaks a limit the
        rules make absolute; a limit missed by the branch (a late talk) is recorded and shown as late."""
        today = today or date.today()
        std = self.rules()
        spec = STEPS.get(inp.step)
        if spec is None:
            raise ValidationError([FieldIssue("step", pick(f"没有第{inp.step}步", f"No step {inp.step}"))])
        person = self.get(person_id)
        issues = check_step(person, spec, inp, today, std, self.rule_sources())
        if inp.meeting_id is not None:
            with self.ws.session() as s:
                mt = s.get(Meeting, inp.meeting_id)
                if mt is None or mt.deleted_at is not None or mt.kind not in spec.meeting:
                    issues.append(FieldIssue("meeting_id", pick("所选会议不是决定这一步的会议", "Not a meeting that decides this step")))
                elif inp.done_on and mt.held_on != inp.done_on:
                    issues.append(FieldIssue("done_on", pick(f"日期应与所选会议的日期{mt.held_on}一致",
                                                             f"Should be the meeting's date, {mt.held_on}")))
        if spec.no in DECIDING_MEETINGS and not issues:
            issues += self._check_deciding_meeting(person.input.name, spec.no, inp.meeting_id)
        if inp.member_ids:
            issues += self._check_members(inp, spec.people)
        if issues:
            raise ValidationError(issues)
        assert inp.done_on is not None
        with self.ws.session() as s:
            a = self._editable(s, person_id)
            st = DevStep(applicant_id=a.id, step=inp.step, done_on=inp.done_on, people=inp.people.strip(),
                         member_ids=",".join(str(i) for i in inp.member_ids), meeting_id=inp.meeting_id,
                         result=inp.result, days=inp.days, hours=inp.hours, months=inp.months,
                         posted_from=inp.posted_from, posted_to=inp.posted_to, documents=inp.documents.strip(),
                         detail=inp.detail.strip())
            s.add(st)
            a.version += 1
            a.updated_at = utcnow()
            s.flush()
            if inp.step == 17:
                self._admit(s, a, person, today)
            elif inp.step == 19 and a.member_id is not None and a.group:
                self._place_in_group(s, a)
            elif inp.step == 24:
                self._decide(s, a, person, inp.done_on, std)
            s.flush()
            sid = st.id
        row = next(x for x in self.get(person_id).steps if x.id == sid)
        if inp.step in (14, 15):
            from dataclasses import replace as _replace

            row = _replace(row, warning=self.leaving_warning(person, inp.done_on))
        return row

    def _check_members(self, inp: StepInput, role: str) -> list[FieldIssue]:
        """Contact persons and introducers are full members (正式党员) on the roster on the day."""
        assert inp.done_on is not None
        day = inp.done_on
        full = {m.id: m for m in RosterService(self.ws).list_members(on=day)}
        with self.ws.session() as s:
            barred = disciplined_on(s, day, inp.member_ids)
        bad = []
        for mid in inp.member_ids:
            m = full.get(mid)
            if m is not None and mid in barred:
                what = pick("入党介绍人" if role == "introducers" else "培养联系人", "introducer" if role == "introducers" else "contact")
                bad.append(FieldIssue("member_ids", pick(
                    f"{m.name}在{day}受留党察看处分、尚未恢复党员权利，不能作{what}（党章第四十一条；《发展党员工作细则》第十四条）",
                    f"{m.name} was under 留党察看 on {day} and cannot be the {what}")))
            elif m is None or m.status != MemberStatus.FULL.value or (m.full_date and m.full_date > day):
                name = m.name if m else RosterService(self.ws).get(mid).name
                what = pick("入党介绍人" if role == "introducers" else "培养联系人", "introducer" if role == "introducers" else "contact")
                bad.append(FieldIssue("member_ids", pick(f"{name}在{day}不是本支部正式党员，不能作{what}",
                                                         f"{name} was not a full member on {day}; cannot be the {what}")))
        return bad

    def _admit(self, s: Session, a: Applicant, person: PersonRow, today: date) -> None:
        """Step 17 approved: the person is on the roster as a 预备党员 from the day the general meeting admitted them."""
        admitted = person.on(15)
        assert admitted is not None
        if a.member_id is not None:
            return
        m = MemberInput(name=a.name, gender=a.gender, ethnicity=a.ethnicity, birth_date=a.birth_date,
                        id_number=a.id_number, education=a.education, job=a.job, join_date=admitted,
                        status=MemberStatus.PROBATIONARY.value, category=a.category, phone=a.phone)
        member = RosterService(self.ws).add_in(s, m, today, EventKind.ADDED,
                                               pick("发展党员：上级党委批准接收为预备党员", "admitted as probationary member"))
        a.member_id = member.id

    def _place_in_group(self, s: Session, a: Applicant) -> None:
        member = s.get(Member, a.member_id)
        if member is None:
            return
        from models.branch import PartyGroup

        gid = s.scalar(select(PartyGroup.id).where(PartyGroup.name == a.group))
        if gid is not None and member.group_id != gid:
            member.group_id = gid
            member.version += 1

    def _decide(self, s: Session, a: Applicant, person: PersonRow, approved_on: date, std: dict[str, Any]) -> None:
        """Step 24 approved: 转正 (full member from the day probation ended), an extension, or cancellation."""
        meeting = person.last(23)
        assert meeting is not None
        member = s.get(Member, a.member_id) if a.member_id else None
        if meeting.result == EXTEND:
            a.extension_months = int(meeting.months or 0)
            if member is not None:
                s.add(MemberEvent(member_id=member.id, kind=EventKind.EDITED.value, happened_on=approved_on,
                                  detail=pick(f"延长预备期{a.extension_months}个月", f"probation extended {a.extension_months} months")))
        elif meeting.result == TURN_FULL:
            admitted = person.on(15)
            assert admitted is not None
            full_on = probation_end(admitted, int(std["dev_probation_months"]), a.extension_months)
            a.outcome, a.outcome_on = OUTCOME_FULL, full_on
            if member is not None:
                member.status = MemberStatus.FULL.value
                member.full_date = full_on
                member.version += 1
                s.add(MemberEvent(member_id=member.id, kind=EventKind.BECAME_FULL.value, happened_on=full_on,
                                  detail=pick(f"上级党委{approved_on}批准", f"approved {approved_on}")))
        elif meeting.result == CANCEL:
            a.outcome, a.outcome_on, a.outcome_reason = CANCEL, approved_on, meeting.detail
            if member is not None and member.left_on is None:
                member.left_on, member.left_kind = approved_on, LeaveKind.CANCELLED.value
                member.left_reason = meeting.detail or CANCEL
                member.committee_role = member.group_role = ""
                member.version += 1
                s.add(MemberEvent(member_id=member.id, kind=EventKind.LEFT.value, happened_on=approved_on,
                                  detail=f"{CANCEL}：{member.left_reason}"))
        a.version += 1

    def delete_step(self, step_id: int) -> None:
        """Take back the step recorded last (typed by mistake); a step that already changed the roster stays."""
        with self.ws.session() as s:
            st = get_row(s, DevStep, step_id, live=False)
            a = st.applicant
            newest = max(a.steps, key=lambda x: x.id)
            if newest.id != st.id:
                raise UserError(pick("只能撤回最后记录的一步。", "Only the step recorded last can be taken back."))
            if st.step in (17, 24):
                raise UserError(pick("这一步已写入花名册，不能撤回；请在花名册中更正。",
                                     "This step changed the roster and cannot be taken back; correct the roster."))
            s.delete(st)
            a.version += 1

    @staticmethod
    def next_steps(person: PersonRow) -> list[int]:
        """The steps that may be recorded now, in order (the first is the usual next one)."""
        done = person.done
        out = []
        for spec in STEPS.values():
            if person.outcome and not (spec.no == 25 and person.outcome != STOPPED and 25 not in done):
                continue
            count = sum(1 for x in person.steps if x.step == spec.no)
            if count and not spec.repeat and not second_round(person, spec.no, count):
                continue
            if all(n in done for n in spec.after):
                out.append(spec.no)
        repeats = [n for n in out if STEPS[n].repeat and n in done]
        return [n for n in out if n not in repeats] + repeats

    # -- limits ------------------------------------------------------------------------------------
    def limits(self, person: PersonRow, std: dict[str, Any] | None = None) -> list[Limit]:
        """Every time limit that applies to this person, from the steps recorded (``std``: the rules, when the
        caller has read them once for many people)."""
        std = std or self.rules()
        out: list[Limit] = []
        applied = person.on(1)
        if applied:
            out.append(Limit(2, pick("入党申请后谈话", "talk after the application"),
                             add_months(applied, int(std["dev_talk_within_months"])), done_on=person.on(2),
                             source=STEPS[2].source))
        activist = person.on(3)
        if activist:
            assessments = [x.done_on for x in person.steps if x.step == 6]
            if person.on(7) is None and not person.outcome:
                out.append(Limit(6, pick("入党积极分子半年考察", "half-yearly assessment"),
                                 next_assessment(activist, assessments, int(std["dev_assessment_every_months"])),
                                 source=STEPS[6].source))
            out.append(Limit(7, pick("培养满一年方可列为发展对象", "a year as activist before candidate"),
                             add_years(activist, int(std["dev_activist_min_years"])), not_before=True,
                             done_on=person.on(7), source=STEPS[7].source))
        admitted = person.on(15)
        if admitted:
            usual = int(std["dev_approval_within_months"][0])
            out.append(Limit(17, pick("上级党委审批接收预备党员", "superior's approval of admission"),
                             add_months(admitted, usual), done_on=person.on(17), source=STEPS[17].source))
            end = probation_end(admitted, int(std["dev_probation_months"]), person.extension_months)
            last23 = person.last(23)
            meetings23 = [x.done_on for x in person.steps if x.step == 23]
            round_ = 1 if person.extension_months else 0  # after an extension the second meeting counts
            held = meetings23[round_] if len(meetings23) > round_ else None
            if person.outcome in ("", OUTCOME_FULL) and person.on(17):
                out.append(Limit(23, pick("预备期满，支部大会讨论转正", "probation ends: meeting on full membership"), end,
                                 not_before=True, done_on=held, source=STEPS[23].source))
            if last23 is not None:
                out.append(Limit(24, pick("上级党委审批转正", "superior's approval of full membership"),
                                 add_months(last23.done_on, usual), done_on=_after(person, 24, last23.done_on),
                                 source=STEPS[24].source))
        return out

    def deadlines(self, today: date | None = None, soon_days: int = 30) -> list[Deadline]:
        """Steps due now, soon or overdue for everybody still on the way (for the 工作台 and ``status``)."""
        today = today or date.today()
        std = self.rules()
        out = []
        for p in self.list_people():
            if p.outcome and p.outcome != OUTCOME_FULL:
                continue
            for lim in self.limits(p, std):
                state = lim.state(today, soon_days)
                if state in ("overdue", "soon", "open"):
                    out.append(Deadline(p.id, p.name, p.role, lim, state))
            if p.stage in (3, 4) and 15 not in p.done and self.leaving_warning(p, today):
                out.append(Deadline(p.id, p.name, p.role, Limit(15, self.leaving_warning(p, today),
                                                                p.input.leaving_on or today,
                                                                source=f"{SRC}第四章第十九条"), "soon"))
        order = {"overdue": 0, "open": 1, "soon": 2}
        return sorted(out, key=lambda d: (order[d.state], d.limit.due, d.name))

    # -- yearly rosters ----------------------------------------------------------------------------
    def rosters(self, year: int) -> dict[str, list[PersonRow]]:
        """Who was an applicant, activist, candidate or on probation at some time in ``year``; who was admitted
        (新发展党员) and who became a full member in it."""
        start, end = date(year, 1, 1), date(year, 12, 31)
        out: dict[str, list[PersonRow]] = {"入党申请人": [], "入党积极分子": [], "发展对象": [], "新发展党员": [],
                                           "预备党员": [], "预备党员转正": []}
        for p in self.list_people():
            stop = p.outcome_on if p.outcome and p.outcome != OUTCOME_FULL else None
            for key, a, b in (("入党申请人", 1, 3), ("入党积极分子", 3, 7), ("发展对象", 7, 15), ("预备党员", 15, 0)):
                began = p.on(a)
                ended = (p.on(b) if b else p.outcome_on) or stop
                if began and began <= end and (ended is None or ended > start):
                    out[key].append(p)
            if (on := p.on(15)) and start <= on <= end:
                out["新发展党员"].append(p)
            if p.outcome == OUTCOME_FULL and p.outcome_on and start <= p.outcome_on <= end:
                out["预备党员转正"].append(p)
        return out


def _after(person: PersonRow, step: int, since: date) -> date | None:
    return next((x.done_on for x in person.steps if x.step == step and x.done_on >= since), None)


def _apply(a: Applicant, p: PersonInput) -> None:
    a.name, a.gender, a.birth_date, a.id_number = p.name, p.gender, p.birth_date, p.id_number or ""
    a.ethnicity, a.education, a.job, a.category = p.ethnicity, p.education, p.job, p.category
    a.group, a.phone, a.notes = p.group, p.phone, p.notes
    a.leaving_on = p.leaving_on
    a.name_pinyin, a.name_initials = pinyin_of(p.name)


def _person(a: Applicant, meetings: dict[int, str]) -> PersonRow:
    steps = []
    for st in sorted(a.steps, key=lambda x: (x.step, x.done_on, x.id)):
        wd, note = None, ""
        if st.posted_from and st.posted_to:
            c = count_workdays(st.posted_from, st.posted_to)
            wd, note = c.days, c.note()
        steps.append(StepRow(
            st.id, st.step, STEPS[st.step].name, STEPS[st.step].stage, st.done_on, st.people,
            tuple(int(x) for x in st.member_ids.split(",") if x), st.meeting_id, meetings.get(st.meeting_id or 0, ""),
            st.result, st.days, st.hours, st.months, st.posted_from, st.posted_to, st.documents, st.detail, wd, note))
    p = PersonInput(a.name, a.gender, a.birth_date, a.id_number, a.ethnicity, a.education, a.job, a.category, a.group,
                    a.phone, a.notes, a.leaving_on)
    return PersonRow(a.id, a.uuid, p, a.name_pinyin, a.name_initials, a.member_id, a.extension_months, a.outcome,
                     a.outcome_on, a.outcome_reason, a.version, a.deleted_at is not None, tuple(steps))
