"""Book 8, 组织生活会: the preparation (talks held, problems collected), each member's criticism and
self-criticism, and the remediation list tracked to done (《中国共产党支部工作条例（试行）》第十七条:
会前认真学习，谈心谈话，听取意见；会上查摆问题，开展批评和自我批评，明确整改方向；会后制定整改措施，逐一整改落实).

The meeting itself (date, attendance, minutes) is kept by the meetings book (kind ``orglife``)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.db import Workspace
from models.errors import FieldIssue, Finding, UserError, ValidationError
from models.i18n import pick
from models.meeting import AttendanceStatus, Meeting, MeetingAttendance, MeetingKind
from models.member import Member
from models.orglife import OrgLifeProblem, OrgLifeSpeech, RemediationItem
from models.rules.periods import Period
from models.services.live import get_row, to_bin
from models.services.meetings import MeetingRow, MeetingService
from models.services.standards import StandardsService
from models.services.talks import TalkRow, TalkService

IN_PROGRESS, DONE, ONGOING = "整改中", "已完成", "长期坚持"


@dataclass
class ProblemInput:
    text: str
    source: str = ""
    member_id: int | None = None


@dataclass(frozen=True)
class ProblemRow:
    id: int
    uuid: str
    meeting_id: int
    text: str
    source: str
    member_id: int | None
    member: str


@dataclass(frozen=True)
class SpeechRow:
    """One member present at the meeting, with what they said (empty until recorded)."""

    member_id: int
    name: str
    group: str
    self_criticism: str
    criticism: str
    direction: str

    @property
    def recorded(self) -> bool:
        return bool(self.self_criticism.strip())


@dataclass
class ItemInput:
    issue: str
    measure: str
    deadline: date | None
    owner_member_id: int | None = None
    owner: str = ""  # when no member answers for it, e.g. 支部委员会
    meeting_id: int | None = None
    year: int | None = None
    progress: str = IN_PROGRESS
    done_on: date | None = None
    result: str = ""


@dataclass(frozen=True)
class ItemRow:
    id: int
    uuid: str
    meeting_id: int | None
    year: int
    issue: str
    measure: str
    owner_member_id: int | None
    owner: str
    deadline: date | None
    progress: str
    done_on: date | None
    result: str
    version: int

    def overdue(self, today: date) -> bool:
        return self.progress == IN_PROGRESS and self.deadline is not None and self.deadline < today


@dataclass(frozen=True)
class Preparation:
    talks: list[TalkRow]  # talks in the window before the meeting
    not_talked: list[str]  # members present at the meeting nobody talked with in that window
    problems: list[ProblemRow]
    window_days: int


@dataclass(frozen=True)
class OrgLifeRecord:
    meeting: MeetingRow
    preparation: Preparation
    speeches: list[SpeechRow]
    items: list[ItemRow]
    checks: list[Finding]


class OrgLifeService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # -- meetings --------------------------------------------------------------------------------
    def meetings(self, year: int | None = None) -> list[MeetingRow]:
        period = Period(str(year), date(year, 1, 1), date(year, 12, 31)) if year else None
        return MeetingService(self.ws).list_meetings(period, (MeetingKind.ORGLIFE.value,))

    def _meeting(self, s: Session, meeting_id: int) -> Meeting:
        m = s.get(Meeting, meeting_id)
        if m is None or m.deleted_at is not None or m.kind != MeetingKind.ORGLIFE:
            raise UserError(pick("找不到该组织生活会记录。", "That organisational life meeting does not exist."))
        return m

    def record(self, meeting_id: int, today: date | None = None) -> OrgLifeRecord:
        today = today or date.today()
        row = MeetingService(self.ws).list_meetings(ids=[meeting_id])
        if not row or row[0].kind != MeetingKind.ORGLIFE:
            raise UserError(pick("找不到该组织生活会记录。", "That organisational life meeting does not exist."))
        prep = self.preparation(meeting_id)
        speeches = self.speeches(meeting_id)
        items = self.items(meeting_id=meeting_id)
        return OrgLifeRecord(row[0], prep, speeches, items, self._checks(prep, speeches, items, today))

    def _checks(self, prep: Preparation, speeches: list[SpeechRow], items: list[ItemRow], today: date) -> list[Finding]:
        std = StandardsService(self.ws).in_force()
        prep_src = std["orglife_prep_days"].standard.source
        out = [
            Finding("orglife_talks", bool(prep.talks),
                      pick(f"会前{prep.window_days}天内谈心谈话{len(prep.talks)}次"
                           + (f"，{len(prep.not_talked)}名参会党员未谈：{'、'.join(prep.not_talked)}" if prep.not_talked else ""),
                           f"{len(prep.talks)} talks in the {prep.window_days} days before"
                           + (f"; {len(prep.not_talked)} present not talked with" if prep.not_talked else "")), prep_src),
            Finding("orglife_problems", bool(prep.problems),
                      pick(f"会前征求意见、查摆问题{len(prep.problems)}条", f"{len(prep.problems)} problems collected before"),
                      prep_src),
        ]
        if std["orglife_every_member_speaks"].value:
            missing = [x.name for x in speeches if not x.recorded]
            out.append(Finding("orglife_every_member_speaks", not missing and bool(speeches),
                                 pick("参会党员均已开展批评与自我批评" if not missing else
                                      f"{len(missing)}名参会党员尚未记录自我批评：{'、'.join(missing)}",
                                      "Everyone present spoke" if not missing else f"{len(missing)} present without a self-criticism"),
                                 std["orglife_every_member_speaks"].standard.source))
        if std["orglife_remediation_required"].value:
            late = [x for x in items if x.overdue(today)]
            open_ = [x for x in items if x.progress == IN_PROGRESS]
            ok = bool(items) and not late
            msg = (pick("尚未制定整改清单", "No remediation list yet") if not items else
                   pick(f"整改事项{len(items)}项，已完成{sum(1 for x in items if x.progress == DONE)}项，"
                        f"整改中{len(open_)}项" + (f"，逾期{len(late)}项" if late else ""),
                        f"{len(items)} items, {len(late)} overdue"))
            out.append(Finding("orglife_remediation_required", ok, msg,
                                 std["orglife_remediation_required"].standard.source))
        return out

    # -- preparation ------------------------------------------------------------------------------
    def preparation(self, meeting_id: int) -> Preparation:
        days = int(StandardsService(self.ws).value("orglife_prep_days"))
        with self.ws.session() as s:
            m = self._meeting(s, meeting_id)
            held = m.held_on
            present = dict(s.execute(select(Member.id, Member.name).join(MeetingAttendance, MeetingAttendance.member_id == Member.id)
                                     .where(MeetingAttendance.meeting_id == meeting_id,
                                            MeetingAttendance.status == AttendanceStatus.PRESENT.value)
                                     .order_by(Member.name_pinyin)).all())
        talks = TalkService(self.ws).list_talks(Period("", held - timedelta(days=days), held))
        talked = {t.member_id for t in talks}
        return Preparation(talks, [n for i, n in present.items() if i not in talked], self.problems(meeting_id), days)

    def problems(self, meeting_id: int, deleted: bool = False) -> list[ProblemRow]:
        with self.ws.session() as s:
            q = (select(OrgLifeProblem, Member.name).outerjoin(Member, Member.id == OrgLifeProblem.member_id)
                 .where(OrgLifeProblem.meeting_id == meeting_id,
                        OrgLifeProblem.deleted_at.is_not(None) if deleted else OrgLifeProblem.deleted_at.is_(None))
                 .order_by(OrgLifeProblem.id))
            return [ProblemRow(p.id, p.uuid, p.meeting_id, p.text, p.source, p.member_id, name or "")
                    for p, name in s.execute(q)]

    def add_problem(self, meeting_id: int, inp: ProblemInput) -> ProblemRow:
        if not inp.text.strip():
            raise ValidationError([FieldIssue("text", pick("问题或意见：必填", "The problem: required"))])
        with self.ws.session() as s:
            self._meeting(s, meeting_id)
            p = OrgLifeProblem(meeting_id=meeting_id, text=inp.text.strip(), source=inp.source.strip(),
                               member_id=inp.member_id)
            s.add(p)
            s.flush()
            pid = p.id
        return next(x for x in self.problems(meeting_id) if x.id == pid)

    def delete_problem(self, problem_id: int) -> None:
        """Into the recycle bin; ``restore_problem`` brings it back."""
        with self.ws.session() as s:
            to_bin(s, OrgLifeProblem, problem_id)

    def restore_problem(self, problem_id: int) -> None:
        with self.ws.session() as s:
            to_bin(s, OrgLifeProblem, problem_id, deleted=False)

    # -- criticism and self-criticism ---------------------------------------------------------------
    def speeches(self, meeting_id: int) -> list[SpeechRow]:
        """Everyone present, in the roster's order, with what was recorded for them."""
        from models.branch import PartyGroup

        with self.ws.session() as s:
            self._meeting(s, meeting_id)
            said = {x.member_id: x for x in s.scalars(select(OrgLifeSpeech).where(
                OrgLifeSpeech.meeting_id == meeting_id, OrgLifeSpeech.deleted_at.is_(None)))}
            q = (select(Member.id, Member.name, PartyGroup.name)
                 .join(MeetingAttendance, MeetingAttendance.member_id == Member.id)
                 .outerjoin(PartyGroup, PartyGroup.id == Member.group_id)
                 .where(MeetingAttendance.meeting_id == meeting_id,
                        MeetingAttendance.status == AttendanceStatus.PRESENT.value)
                 .order_by(PartyGroup.sort_order, Member.name_pinyin))
            out = []
            for mid, name, group in s.execute(q):
                x = said.get(mid)
                out.append(SpeechRow(mid, name, group or "", x.self_criticism if x else "", x.criticism if x else "",
                                     x.direction if x else ""))
            return out

    def set_speech(self, meeting_id: int, member_id: int, self_criticism: str, criticism: str = "",
                   direction: str = "") -> SpeechRow:
        with self.ws.session() as s:
            self._meeting(s, meeting_id)
            present = s.scalar(select(MeetingAttendance.member_id).where(
                MeetingAttendance.meeting_id == meeting_id, MeetingAttendance.member_id == member_id,
                MeetingAttendance.status == AttendanceStatus.PRESENT.value))
            if present is None:
                raise ValidationError([FieldIssue("member_id", pick("该党员未出席本次组织生活会（请先在会议记录中勾选出席）",
                                                                    "That member was not present at this meeting"))])
            if not self_criticism.strip():
                raise ValidationError([FieldIssue("self_criticism", pick("自我批评：必填", "Self-criticism: required"))])
            x = s.scalar(select(OrgLifeSpeech).where(OrgLifeSpeech.meeting_id == meeting_id,
                                                     OrgLifeSpeech.member_id == member_id))
            if x is None:
                x = OrgLifeSpeech(meeting_id=meeting_id, member_id=member_id)
                s.add(x)
            else:
                x.version += 1
                x.updated_at = utcnow()
            x.deleted_at = None
            x.self_criticism, x.criticism, x.direction = self_criticism.strip(), criticism.strip(), direction.strip()
        return next(r for r in self.speeches(meeting_id) if r.member_id == member_id)

    # -- remediation list ---------------------------------------------------------------------------
    def items(self, year: int | None = None, meeting_id: int | None = None, deleted: bool = False) -> list[ItemRow]:
        with self.ws.session() as s:
            q = select(RemediationItem).where(
                RemediationItem.deleted_at.is_not(None) if deleted else RemediationItem.deleted_at.is_(None))
            if year is not None:
                q = q.where(RemediationItem.year == year)
            if meeting_id is not None:
                q = q.where(RemediationItem.meeting_id == meeting_id)
            return [_item_row(x) for x in s.scalars(q.order_by(RemediationItem.deadline, RemediationItem.id))]

    def overdue(self, today: date | None = None) -> list[ItemRow]:
        today = today or date.today()
        with self.ws.session() as s:
            q = select(RemediationItem).where(RemediationItem.deleted_at.is_(None),
                                              RemediationItem.progress == IN_PROGRESS,
                                              RemediationItem.deadline < today)
            return [_item_row(x) for x in s.scalars(q.order_by(RemediationItem.deadline))]

    def _check_item(self, s: Session, inp: ItemInput, today: date) -> tuple[int, str]:
        states = list(StandardsService(self.ws).value("remediation_states"))
        issues: list[FieldIssue] = []

        def bad(f: str, zh: str, en: str) -> None:
            issues.append(FieldIssue(f, pick(zh, en)))

        if not inp.issue.strip():
            bad("issue", "问题：必填", "Issue: required")
        if not inp.measure.strip():
            bad("measure", "整改措施：必填", "Measure: required")
        if inp.owner_member_id is None and not inp.owner.strip():
            bad("owner", "责任人：必填", "Owner: required")
        if inp.deadline is None and inp.progress != ONGOING:
            bad("deadline", "完成时限：必填（长期坚持的事项可不填）", "Deadline: required (except for ongoing items)")
        if inp.progress not in states:
            bad("progress", f"整改状态应为{'、'.join(states)}之一", f"State must be one of {', '.join(states)}")
        if inp.progress == DONE:
            if inp.done_on is None:
                bad("done_on", "完成日期：已完成的事项必填", "Date done: required when done")
            elif inp.done_on > today:
                bad("done_on", "完成日期不能晚于今天", "Date done cannot be in the future")
            if not inp.result.strip():
                bad("result", "整改结果：已完成的事项请写明做了什么", "Result: say what was done")
        year = inp.year
        owner = inp.owner.strip()
        if inp.meeting_id is not None:
            m = s.get(Meeting, inp.meeting_id)
            if m is None or m.kind != MeetingKind.ORGLIFE:
                bad("meeting_id", "所属组织生活会无效", "Unknown meeting")
            else:
                year = m.held_on.year
                if inp.deadline is not None and inp.deadline < m.held_on:
                    bad("deadline", f"完成时限不能早于会议日期{m.held_on}", f"Deadline before the meeting ({m.held_on})")
                if inp.done_on is not None and inp.done_on < m.held_on:
                    bad("done_on", f"完成日期不能早于会议日期{m.held_on}", f"Done before the meeting ({m.held_on})")
        if inp.owner_member_id is not None:
            name = s.scalar(select(Member.name).where(Member.id == inp.owner_member_id))
            if name is None:
                bad("owner", "责任人不在花名册上", "The owner is not on the roster")
            owner = name or owner
        if issues:
            raise ValidationError(issues)
        return year or (inp.deadline or today).year, owner

    def add_item(self, inp: ItemInput, today: date | None = None) -> ItemRow:
        today = today or date.today()
        with self.ws.session() as s:
            year, owner = self._check_item(s, inp, today)
            x = RemediationItem(year=year)
            _apply_item(x, inp, owner)
            s.add(x)
            s.flush()
            return _item_row(x)

    def update_item(self, item_id: int, inp: ItemInput, expected_version: int | None = None,
                    today: date | None = None) -> ItemRow:
        today = today or date.today()
        with self.ws.session() as s:
            x = get_row(s, RemediationItem, item_id, version=expected_version)
            inp.meeting_id = x.meeting_id if inp.meeting_id is None else inp.meeting_id
            year, owner = self._check_item(s, inp, today)
            x.year = year
            _apply_item(x, inp, owner)
            x.version += 1
            x.updated_at = utcnow()
            s.flush()
            return _item_row(x)

    def item(self, item_id: int) -> ItemRow:
        with self.ws.session() as s:
            x = get_row(s, RemediationItem, item_id)
            return _item_row(x)

    def complete(self, item_id: int, done_on: date, result: str, today: date | None = None) -> ItemRow:
        row = self.item(item_id)
        inp = ItemInput(row.issue, row.measure, row.deadline, row.owner_member_id, row.owner, row.meeting_id,
                        row.year, DONE, done_on, result)
        return self.update_item(item_id, inp, row.version, today)

    def delete_item(self, item_id: int) -> None:
        """Into the recycle bin; ``restore_item`` brings it back."""
        with self.ws.session() as s:
            to_bin(s, RemediationItem, item_id)

    def restore_item(self, item_id: int) -> None:
        with self.ws.session() as s:
            to_bin(s, RemediationItem, item_id, deleted=False)


def _apply_item(x: RemediationItem, inp: ItemInput, owner: str) -> None:
    x.meeting_id, x.issue, x.measure = inp.meeting_id, inp.issue.strip(), inp.measure.strip()
    x.owner_member_id, x.owner, x.deadline = inp.owner_member_id, owner, inp.deadline
    x.progress, x.result = inp.progress, inp.result.strip()
    x.done_on = inp.done_on if inp.progress == DONE else None


def _item_row(x: RemediationItem) -> ItemRow:
    return ItemRow(x.id, x.uuid, x.meeting_id, x.year, x.issue, x.measure, x.owner_member_id, x.owner, x.deadline,
                   x.progress, x.done_on, x.result, x.version)
