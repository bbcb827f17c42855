"""Meeting service (books 3–7, 三会一课): record, finalise, amend, delete to the recycle bin, search, and
the obligations the 工作台 shows."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session, selectinload

from models.attachments import store
from models.base import RecordState, utcnow
from models.branch import PartyGroup
from models.db import Workspace
from models.errors import FieldIssue, Finding, UserError, ValidationError
from models.i18n import aside, pick
from models.meeting import (
    KIND_NAMES,
    AttendanceStatus,
    Meeting,
    MeetingAttachment,
    MeetingAttendance,
    MeetingKind,
    Motion,
)
from models.member import Member, disciplined_on, roster_from
from models.meta import Amendment, Attachment
from models.rules.meetings import (
    AttendanceCounts,
    Span,
    committee_quorum,
    count_attendance,
    general_quorum,
    longest_recent_misses,
    motion_passes,
    obligation_state,
    span,
    vote_problem,
)
from models.rules.periods import Period
from models.services.committee import committee_ids_on
from models.services.live import get_row
from models.services.standards import StandardInForce, StandardsService

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def kind_name(kind: str) -> str:
    zh, en = KIND_NAMES.get(kind, (kind, kind))
    return pick(zh, en)


@dataclass
class AttendanceEntry:
    member_id: int
    status: str = AttendanceStatus.PRESENT.value
    reason: str = ""


@dataclass
class MotionInput:
    text: str
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None


@dataclass
class MeetingInput:
    kind: str
    held_on: date | None
    starts: str = ""
    ends: str = ""
    place: str = ""
    host: str = ""
    recorder: str = ""
    group_id: int | None = None
    lecturer: str = ""
    title: str = ""
    agenda: str = ""
    minutes: str = ""
    guests: str = ""
    attendance: list[AttendanceEntry] = field(default_factory=list)
    motions: list[MotionInput] = field(default_factory=list)


@dataclass(frozen=True)
class DueMember:
    """A member due at a meeting, as the roster stood that day."""

    member_id: int
    name: str
    group: str
    full: bool


@dataclass(frozen=True)
class AttendanceRow:
    member_id: int
    name: str
    group: str
    full: bool
    status: str
    reason: str


@dataclass(frozen=True)
class MotionRow:
    seq: int
    text: str
    yes: int | None
    no: int | None
    abstain: int | None
    passed: bool | None  # None where no vote was taken


@dataclass(frozen=True)
class RosterDrift:
    """A final meeting whose due list the roster would now draw differently (花名册变动涉及已定稿记录)."""

    meeting_id: int
    uuid: str
    held_on: date
    kind: str
    title: str
    added: list[str]  # due now, not in the stored list
    removed: list[str]  # in the stored list, not due now
    changed: list[str]  # full/probationary differs

    def text(self) -> str:
        parts = []
        if self.added:
            parts.append(pick(f"现应增加{'、'.join(self.added)}", f"now also due: {', '.join(self.added)}"))
        if self.removed:
            parts.append(pick(f"现不应包括{'、'.join(self.removed)}", f"no longer due: {', '.join(self.removed)}"))
        if self.changed:
            parts.append(pick(f"{'、'.join(self.changed)}的正式/预备身份不同", f"status differs: {', '.join(self.changed)}"))
        return pick(f"{self.held_on} {self.kind}《{self.title}》（已定稿）：花名册变动涉及本记录，" + "；".join(parts)
                    + "。记录保持定稿时的内容；如需改正，请用“更正”并写明原因。",
                    f"{self.held_on} {self.kind} “{self.title}” (final): the roster changed since; " + "; ".join(parts)
                    + ". The record keeps what was stored; amend it with a reason if needed.")


@dataclass(frozen=True)
class AmendmentRow:
    amended_at: datetime
    reason: str
    before: dict[str, object]


@dataclass(frozen=True)
class AttachmentRow:
    sha256: str
    extension: str
    name: str
    size: int
    caption: str


@dataclass(frozen=True)
class MeetingRow:
    """One meeting in a list."""

    id: int
    uuid: str
    kind: str
    held_on: date
    title: str
    group: str
    due: int
    present: int
    valid: bool | None  # quorum, where a rule applies
    state: str
    deleted: bool


@dataclass(frozen=True)
class MeetingDetail:
    row: MeetingRow
    input: MeetingInput
    attendance: list[AttendanceRow]
    counts: AttendanceCounts
    quorum: Finding
    motions: list[MotionRow]
    amendments: list[AmendmentRow]
    attachments: list[AttachmentRow]
    version: int


@dataclass(frozen=True)
class SearchHit:
    row: MeetingRow
    snippet: str  # matches wrapped in 【】


@dataclass(frozen=True)
class Obligation:
    """One duty of the rules for one period: done / due / overdue."""

    key: str
    kind: str
    name: str
    group_id: int | None
    span: Span
    state: str
    meeting_ids: tuple[int, ...]
    source: str


@dataclass(frozen=True)
class MemberAttendance:
    member_id: int
    name: str
    due: int
    present: int
    leave: int
    missed_in_a_row: int

    @property
    def rate(self) -> float:
        return self.present / self.due if self.due else 1.0


class MeetingService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    # -- who is due ------------------------------------------------------------------------------
    def due_members(self, kind: str, on: date, group_id: int | None = None) -> list[DueMember]:
        """The roster as it stood on the day: the whole branch, the committee (支委会) or one group (党小组会)."""
        with self.ws.session() as s:
            return self.due_in(s, kind, on, group_id)

    @staticmethod  # also used inside one unit of work for many meetings (the demo)
    def due_in(s: Session, kind: str, on: date, group_id: int | None) -> list[DueMember]:
        q = (select(Member.id, Member.name, Member.full_date, PartyGroup.name)  # columns, not entities: read often
             .outerjoin(PartyGroup, Member.group_id == PartyGroup.id)
             .where(Member.deleted_at.is_(None), roster_from() <= on,
                    (Member.left_on.is_(None)) | (Member.left_on > on))
             .order_by(PartyGroup.sort_order, Member.name_pinyin))
        if kind == MeetingKind.COMMITTEE:
            # the committee as it stood that day when terms are recorded (book 1), else the roster's posts
            seated = committee_ids_on(s, on)
            q = q.where(Member.committee_role != "") if seated is None else q.where(Member.id.in_(seated))
        elif kind == MeetingKind.GROUP:
            q = q.where(Member.group_id == group_id)
        rows = list(s.execute(q))
        # a full member under 留党察看 that day has no vote (党章第四十一条): not among the voting members due
        barred = disciplined_on(s, on, [mid for mid, _n, _f, _g in rows])
        return [DueMember(mid, name, g or "", bool(full and full <= on) and mid not in barred)
                for mid, name, full, g in rows]

    # -- validation ------------------------------------------------------------------------------
    def _check(self, s: Session, inp: MeetingInput, today: date,
               stored: list[DueMember] | None = None) -> list[DueMember]:
        issues: list[FieldIssue] = []

        def bad(field_: str, zh: str, en: str) -> None:
            issues.append(FieldIssue(field_, pick(zh, en)))

        if inp.kind not in {k.value for k in MeetingKind}:
            bad("kind", f"会议类型“{inp.kind}”无效", f"Unknown meeting kind “{inp.kind}”")
        if inp.held_on is None:
            bad("held_on", "会议日期：必填", "Date: required")
        elif inp.held_on > today:
            bad("held_on", "会议日期：不能晚于今天（会后再记录）", "Date: cannot be in the future")
        for f in ("starts", "ends"):
            v = getattr(inp, f)
            if v and not _TIME.match(v):
                bad(f, f"{'开始' if f == 'starts' else '结束'}时间：“{v}”应写作 09:30", f"Time “{v}”: write it as 09:30")
        if inp.starts and inp.ends and _TIME.match(inp.starts) and _TIME.match(inp.ends) and inp.ends <= inp.starts:
            bad("ends", "结束时间应晚于开始时间", "The end must be after the start")
        if inp.kind == MeetingKind.GROUP and not inp.group_id:
            bad("group_id", "党小组会：请选择党小组", "Group meeting: choose the party group")
        if inp.kind == MeetingKind.LESSON:
            if not inp.lecturer.strip():
                bad("lecturer", "党课：请填写主讲人", "Party lesson: who lectured?")
            if not inp.title.strip():
                bad("title", "党课：请填写题目", "Party lesson: the title")
        if inp.kind == MeetingKind.PARTYDAY and not inp.title.strip():
            bad("title", "主题党日：请填写主题", "Themed party day: the theme")
        if issues:
            raise ValidationError(issues)
        assert inp.held_on is not None
        due = stored if stored is not None else self.due_in(s, inp.kind, inp.held_on, inp.group_id)
        due_ids = {d.member_id for d in due}
        names = {d.member_id: d.name or str(d.member_id) for d in due}
        for a in inp.attendance:
            if a.member_id not in due_ids:
                bad("attendance", "出席名单中有当天不在本支部（或不属于本次会议范围）的人员",
                    "The attendance lists someone not due at this meeting on that day")
                break
            if a.status not in {x.value for x in AttendanceStatus}:
                bad("attendance", f"{names[a.member_id]}：出席情况无效", f"{names[a.member_id]}: unknown attendance")
            if a.status == AttendanceStatus.LEAVE and not a.reason.strip():
                bad("attendance", f"{names[a.member_id]}请假：请填写事由", f"{names[a.member_id]} on leave: give the reason")
        full = {d.member_id: d.full for d in due}
        c = count_attendance((a.status, full.get(a.member_id, False)) for a in inp.attendance)
        for i, mo in enumerate(inp.motions, start=1):
            if not mo.text.strip():
                bad("motions", f"第{i}项决议：内容为空", f"Motion {i}: empty")
            votes = (mo.yes, mo.no, mo.abstain)
            if any(v is not None for v in votes):
                problem = vote_problem(mo.yes or 0, mo.no or 0, mo.abstain or 0, c.present_full)
                if problem:
                    bad("motions", f"第{i}项决议：{problem}", f"Motion {i}: {problem}")
        if issues:
            raise ValidationError(issues)
        return due

    # -- writing ---------------------------------------------------------------------------------
    def create(self, inp: MeetingInput, today: date | None = None) -> MeetingDetail:
        today = today or date.today()
        with self.ws.session() as s:
            due = self._check(s, inp, today)
            m = Meeting()
            self.apply_input(m, inp, due)
            s.add(m)
            s.flush()
            mid = m.id
        return self.get(mid)

    def update(self, meeting_id: int, inp: MeetingInput, expected_version: int | None = None,
               today: date | None = None) -> MeetingDetail:
        with self.ws.session() as s:
            m = self._editable(s, meeting_id, expected_version)
            if m.state != RecordState.DRAFT:
                raise UserError(pick("该记录已定稿，不能直接修改；请用“更正”并写明原因。",
                                     "This record is final; make an amendment with a reason instead."))
            due = self._check(s, inp, today or date.today())
            self.apply_input(m, inp, due)
            m.version += 1
            m.updated_at = utcnow()
        return self.get(meeting_id)

    def finalise(self, meeting_id: int) -> MeetingDetail:
        """定稿: from now on read-only; changes are amendments. The quorum and vote results are judged now and kept."""
        judged = _judge(self.get(meeting_id))
        with self.ws.session() as s:
            m = self._editable(s, meeting_id, None)
            if m.state == RecordState.DRAFT:
                m.state = RecordState.FINAL.value
                m.finalised_at = utcnow()
                m.final_result = judged
                m.version += 1
        return self.get(meeting_id)

    def amend(self, meeting_id: int, inp: MeetingInput, reason: str, expected_version: int | None = None,
              today: date | None = None, follow_roster: bool = False) -> MeetingDetail:
        """更正 of a final record: the text as it was is kept with the reason and the date. The due list stays the one
        stored at 定稿 unless ``follow_roster`` (an amendment made because the roster of that day was corrected)."""
        if not reason.strip():
            raise ValidationError([FieldIssue("reason", pick("更正原因：必填", "Reason for the amendment: required"))])
        before = self.get(meeting_id)
        if before.row.state == RecordState.DRAFT:
            raise UserError(pick("草稿可以直接修改，不需要更正。", "A draft can be edited directly."))
        with self.ws.session() as s:
            m = self._editable(s, meeting_id, expected_version)
            # a final record keeps the due list stored at 定稿; only an amendment that says so takes today's roster
            stored = None if follow_roster else [DueMember(a.member_id, "", "", a.full_member) for a in m.attendance]
            due = self._check(s, inp, today or date.today(), stored)
            s.add(Amendment(record_type="meeting", record_uuid=m.uuid, reason=reason.strip(),
                            before=json.dumps(_snapshot(before), ensure_ascii=False, default=str)))
            self.apply_input(m, inp, due)
            m.final_result = ""  # judged anew below under the rules in force at the amendment
            m.version += 1
            m.updated_at = utcnow()
        judged = _judge(self.get(meeting_id))
        with self.ws.session() as s:
            s.get(Meeting, meeting_id).final_result = judged  # type: ignore[union-attr]
        return self.get(meeting_id)

    def delete(self, meeting_id: int) -> None:
        """To the recycle bin (回收站); ``restore`` brings it back."""
        with self.ws.session() as s:
            m = self._editable(s, meeting_id, None)
            m.deleted_at = utcnow()
            m.version += 1

    def restore(self, meeting_id: int) -> None:
        with self.ws.session() as s:
            m = s.get(Meeting, meeting_id)
            if m is None or m.deleted_at is None:
                raise UserError(pick("回收站里没有这条记录。", "That record is not in the recycle bin."))
            m.deleted_at = None
            m.version += 1

    def attach(self, meeting_id: int, path: Path, caption: str = "") -> None:
        sha = store(self.ws, Path(path))
        with self.ws.session() as s:
            m = self._editable(s, meeting_id, None)
            att_id = s.scalar(select(Attachment.id).where(Attachment.sha256 == sha))
            assert att_id is not None
            if not any(a.attachment_id == att_id for a in m.attachments):
                m.attachments.append(MeetingAttachment(attachment_id=att_id, caption=caption or Path(path).name))
                m.version += 1

    def _editable(self, s: Session, meeting_id: int, expected_version: int | None) -> Meeting:
        m = get_row(s, Meeting, meeting_id, version=expected_version)
        return m

    @staticmethod
    def apply_input(m: Meeting, inp: MeetingInput, due: list[DueMember]) -> None:
        m.kind, m.held_on, m.starts, m.ends = inp.kind, inp.held_on, inp.starts, inp.ends  # type: ignore[assignment]
        m.place, m.host, m.recorder = inp.place.strip(), inp.host.strip(), inp.recorder.strip()
        m.group_id = inp.group_id if inp.kind == MeetingKind.GROUP else None
        m.lecturer, m.title = inp.lecturer.strip(), inp.title.strip()
        m.agenda, m.minutes, m.guests = inp.agenda.strip(), inp.minutes.strip(), inp.guests.strip()
        given = {a.member_id: a for a in inp.attendance}
        m.attendance.clear()
        for d in due:  # everyone due gets a row: unticked means absent
            a = given.get(d.member_id)
            m.attendance.append(MeetingAttendance(
                member_id=d.member_id, status=a.status if a else AttendanceStatus.ABSENT.value,
                reason=(a.reason.strip() if a else ""), full_member=d.full))
        m.motions.clear()
        for i, mo in enumerate(inp.motions, start=1):
            m.motions.append(Motion(seq=i, text=mo.text.strip(), yes=mo.yes, no=mo.no, abstain=mo.abstain))

    def roster_drift(self) -> list[RosterDrift]:
        """Final meetings whose stored due list differs from what the roster now says for that day (a member entered
        later with an earlier join date, a back-dated transfer): the record is not changed — it is listed as
        “花名册变动涉及已定稿记录” so the secretary can make an amendment with a reason. One pass over the roster in
        memory (the same rule as ``due_in``), so the 工作台 can afford it on a ten-year branch."""
        from models.member import EventKind, MemberEvent

        out: list[RosterDrift] = []
        with self.ws.session() as s:
            finals = s.execute(select(Meeting.id, Meeting.uuid, Meeting.kind, Meeting.held_on, Meeting.title,
                                      Meeting.group_id).where(Meeting.state != RecordState.DRAFT.value,
                                                              Meeting.deleted_at.is_(None))
                               .order_by(Meeting.held_on)).all()
            if not finals:
                return []
            stored: dict[int, dict[int, bool]] = defaultdict(dict)
            for mid_, member_id, full in s.execute(
                    select(MeetingAttendance.meeting_id, MeetingAttendance.member_id, MeetingAttendance.full_member)
                    .join(Meeting, Meeting.id == MeetingAttendance.meeting_id)
                    .where(Meeting.state != RecordState.DRAFT.value, Meeting.deleted_at.is_(None))):
                stored[mid_][member_id] = bool(full)
            people = s.execute(select(Member.id, Member.name, Member.arrived_on, Member.join_date, Member.left_on,
                                      Member.full_date, Member.group_id, Member.committee_role)
                               .where(Member.deleted_at.is_(None))).all()
            names = {p.id: p.name for p in people}
            marks: dict[int, list[tuple[date, bool]]] = defaultdict(list)
            for member_id, kind, on in s.execute(
                    select(MemberEvent.member_id, MemberEvent.kind, MemberEvent.happened_on)
                    .where(MemberEvent.kind.in_((EventKind.PROBATION.value, EventKind.RIGHTS_RESTORED.value)))
                    .order_by(MemberEvent.happened_on, MemberEvent.id)):
                if on is not None:
                    marks[member_id].append((on, kind == EventKind.PROBATION.value))
            from models.branch import CommitteeSeat, CommitteeTerm

            terms = s.execute(select(CommitteeTerm.id, CommitteeTerm.elected_on).where(
                CommitteeTerm.deleted_at.is_(None)).order_by(CommitteeTerm.elected_on.desc())).all()
            all_seats = s.execute(select(CommitteeSeat.term_id, CommitteeSeat.member_id, CommitteeSeat.from_on,
                                         CommitteeSeat.to_on)).all()

            def seated_on(on: date) -> set[int] | None:  # as committee_ids_on, from the rows read once
                term = next((t for t in terms if t.elected_on <= on), None)
                if term is None:
                    return None
                return {x.member_id for x in all_seats if x.term_id == term.id and x.from_on <= on
                        and (x.to_on is None or x.to_on > on)}

            starts = [(p, p.arrived_on or p.join_date) for p in people]

            def barred(member_id: int, on: date) -> bool:
                under = False
                for d, probation in marks.get(member_id, ()):
                    if d > on:
                        break
                    under = probation
                return under

            for m in finals:
                on = m.held_on
                due = [p for p, start in starts if start is not None and start <= on
                       and (p.left_on is None or p.left_on > on)]
                if m.kind == MeetingKind.COMMITTEE:
                    seated = seated_on(on)
                    due = [p for p in due if (p.committee_role != "" if seated is None else p.id in seated)]
                elif m.kind == MeetingKind.GROUP:
                    due = [p for p in due if p.group_id == m.group_id]
                have = stored.get(m.id, {})
                # someone admitted by this very meeting (入党 dated that day) was not due at it
                now = {p.id: bool(p.full_date and p.full_date <= on) and not (p.id in marks and barred(p.id, on))
                       for p in due if p.id in have or not (p.join_date == on and p.arrived_on is None)}
                added = sorted(names[i] for i in now if i not in have)
                gone = sorted(names.get(i, "?") for i in have if i not in now)
                changed = sorted(names[i] for i, f in now.items() if i in have and have[i] != f)
                if added or gone or changed:
                    out.append(RosterDrift(m.id, m.uuid, m.held_on, kind_name(m.kind), m.title, added, gone, changed))
        return out

    # -- reading ---------------------------------------------------------------------------------
    def get(self, meeting_id: int) -> MeetingDetail:
        return self.details([meeting_id])[0]

    def details(self, meeting_ids: list[int]) -> list[MeetingDetail]:
        """The records ``meeting_ids`` in that order, each read whole (attendance with names and groups, motions,
        amendments, attachments) in a handful of reads for all of them — the yearly volume reads every meeting
        of a year. A record that is gone is refused (the recycle bin's records are read too)."""
        std = StandardsService(self.ws).in_force()
        share = float(std["general_motion_share"].value)
        with self.ws.session() as s:
            found = {m.id: m for chunk in _chunks(meeting_ids) for m in s.scalars(
                select(Meeting).where(Meeting.id.in_(chunk)).options(
                    selectinload(Meeting.motions), selectinload(Meeting.attachments)))}
            for mid in meeting_ids:
                if mid not in found:
                    get_row(s, Meeting, mid, live=False)  # refuses, naming the record
            meetings = [found[mid] for mid in meeting_ids]
            # attendance as plain rows (a year holds thousands; as mapped objects they cost most of the reading)
            due: dict[int, list[AttendanceEntry]] = defaultdict(list)
            full: dict[tuple[int, int], bool] = {}
            for chunk in _chunks(sorted(found)):
                for mid, member, status, reason, is_full in s.execute(
                        select(MeetingAttendance.meeting_id, MeetingAttendance.member_id, MeetingAttendance.status,
                               MeetingAttendance.reason, MeetingAttendance.full_member)
                        .where(MeetingAttendance.meeting_id.in_(chunk))
                        .order_by(MeetingAttendance.meeting_id, MeetingAttendance.member_id)):
                    due[mid].append(AttendanceEntry(member, status, reason))
                    full[mid, member] = is_full
            member_ids = sorted({a.member_id for m in meetings for a in due[m.id]})
            names: dict[int, str] = {}
            groups: dict[int, str] = {}
            for chunk in _chunks(member_ids):  # one read for names and groups
                for mid, name, g in s.execute(select(Member.id, Member.name, PartyGroup.name)
                                              .outerjoin(PartyGroup, Member.group_id == PartyGroup.id)
                                              .where(Member.id.in_(chunk))):
                    names[mid] = name
                    if g is not None:
                        groups[mid] = g
            group_ids = sorted({m.group_id for m in meetings if m.group_id})
            group_names = {gid: name for chunk in _chunks(group_ids) for gid, name in s.execute(
                select(PartyGroup.id, PartyGroup.name).where(PartyGroup.id.in_(chunk)))}
            amended: dict[str, list[AmendmentRow]] = defaultdict(list)
            for uuids in _chunks([m.uuid for m in meetings]):
                for a in s.scalars(select(Amendment).where(Amendment.record_uuid.in_(uuids)).order_by(Amendment.id)):
                    amended[a.record_uuid].append(AmendmentRow(a.amended_at, a.reason, json.loads(a.before)))
            file_ids = sorted({link.attachment_id for m in meetings for link in m.attachments})
            files = {a.id: a for chunk in _chunks(file_ids)
                     for a in s.scalars(select(Attachment).where(Attachment.id.in_(chunk)))}
            out = []
            for m in meetings:
                entries = due[m.id]
                attendance = sorted((AttendanceRow(a.member_id, names.get(a.member_id, "?"),
                                                   groups.get(a.member_id, ""), full[m.id, a.member_id], a.status,
                                                   a.reason) for a in entries), key=lambda r: (r.group, r.name))
                counts = count_attendance((a.status, full[m.id, a.member_id]) for a in entries)
                quorum = _stored_quorum(m) or _quorum(m.kind, counts, std)
                judged = _stored_votes(m)
                motions = [MotionRow(mo.seq, mo.text, mo.yes, mo.no, mo.abstain,
                                     judged[i] if judged is not None and i < len(judged) else
                                     motion_passes(mo.yes or 0, counts.due_full, share)
                                     if m.kind == MeetingKind.GENERAL and mo.yes is not None else None)
                           for i, mo in enumerate(m.motions)]
                atts = [AttachmentRow(att.sha256, att.extension, att.original_name, att.size, link.caption)
                        for link in m.attachments for att in [files.get(link.attachment_id)] if att]
                inp = MeetingInput(
                    m.kind, m.held_on, m.starts, m.ends, m.place, m.host, m.recorder, m.group_id, m.lecturer, m.title,
                    m.agenda, m.minutes, m.guests,
                    list(entries),
                    [MotionInput(mo.text, mo.yes, mo.no, mo.abstain) for mo in m.motions])
                row = _meeting_row(m, group_names.get(m.group_id, "") if m.group_id else "", counts, quorum)
                out.append(MeetingDetail(row, inp, attendance, counts, quorum, motions, amended[m.uuid], atts,
                                         m.version))
            return out

    def list_meetings(self, period: Period | None = None, kinds: tuple[str, ...] = (), deleted: bool = False,
                      ids: list[int] | None = None) -> list[MeetingRow]:
        std = StandardsService(self.ws).in_force()
        with self.ws.session() as s:
            q = select(Meeting, PartyGroup.name).outerjoin(PartyGroup, Meeting.group_id == PartyGroup.id)
            q = q.where(Meeting.deleted_at.is_not(None) if deleted else Meeting.deleted_at.is_(None))
            if ids is not None:
                q = q.where(Meeting.id.in_(ids))
            if period is not None:
                q = q.where(Meeting.held_on >= period.start, Meeting.held_on <= period.end)
            if kinds:
                q = q.where(Meeting.kind.in_(kinds))
            meetings = s.execute(q.order_by(Meeting.held_on.desc(), Meeting.id.desc())).all()
            per: dict[int, list[tuple[str, bool]]] = defaultdict(list)
            ids = [m.id for m, _ in meetings]
            for chunk in _chunks(ids):
                for mid, st, full in s.execute(select(MeetingAttendance.meeting_id, MeetingAttendance.status,
                                                      MeetingAttendance.full_member)
                                               .where(MeetingAttendance.meeting_id.in_(chunk))):
                    per[mid].append((st, full))
            out = []
            for m, g in meetings:
                c = count_attendance(per[m.id])
                out.append(_meeting_row(m, g or "", c, _stored_quorum(m) or _quorum(m.kind, c, std)))
            return out

    def ids_in(self, period: Period) -> list[int]:
        """The records held in ``period`` (not in the recycle bin), to be read whole with ``details``."""
        with self.ws.session() as s:
            return list(s.scalars(select(Meeting.id).where(Meeting.deleted_at.is_(None), Meeting.held_on >= period.start,
                                                           Meeting.held_on <= period.end).order_by(Meeting.id)))

    def find_uuid(self, uuid: str) -> int:
        with self.ws.session() as s:
            mid = s.scalar(select(Meeting.id).where(Meeting.uuid == uuid))
        if mid is None:
            raise UserError(pick(f"找不到编号为 {uuid} 的会议记录。", f"No meeting record {uuid}."))
        return mid

    # -- search ----------------------------------------------------------------------------------
    def search(self, query: str, period: Period | None = None, kinds: tuple[str, ...] = (),
               limit: int = 200) -> list[SearchHit]:
        """Full text over title, agenda and minutes, newest first: FTS5 trigram for 3+ characters, LIKE on the
        table for shorter terms (the trigram index cannot match them). Only the hits are read back."""
        q = query.strip()
        if not q:
            return []
        where = ["m.deleted_at IS NULL"]
        params: dict[str, object] = {"n": limit}
        if period is not None:
            where.append("m.held_on BETWEEN :start AND :end")
            params.update(start=period.start, end=period.end)
        if kinds:
            where.append("m.kind IN (" + ",".join(f":k{i}" for i in range(len(kinds))) + ")")
            params.update({f"k{i}": k for i, k in enumerate(kinds)})
        with self.ws.session() as s:
            if len(q) >= 3:
                params["q"] = '"' + q.replace('"', '""') + '"'
                sql = ("SELECT m.id, snippet(meeting_fts, -1, '【', '】', '…', 24) FROM meeting_fts "
                       "JOIN meeting m ON m.id = meeting_fts.rowid WHERE meeting_fts MATCH :q AND "
                       + " AND ".join(where) + " ORDER BY m.held_on DESC, m.id DESC LIMIT :n")
                found = [(mid, snip) for mid, snip in s.execute(text(sql), params)]
            else:
                params["like"] = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                cond = " OR ".join(f"m.{c} LIKE :like ESCAPE '\\'" for c in ("title", "agenda", "minutes"))
                sql = ("SELECT m.id, m.title, m.agenda, m.minutes FROM meeting m WHERE (" + cond + ") AND "
                       + " AND ".join(where) + " ORDER BY m.held_on DESC, m.id DESC LIMIT :n")
                found = [(mid, _snippet(" ".join((t, a, mi)), q)) for mid, t, a, mi in s.execute(text(sql), params)]
        rows = {r.id: r for r in self.list_meetings(ids=[mid for mid, _ in found])}
        return [SearchHit(rows[mid], snip) for mid, snip in found if mid in rows]

    # -- the 工作台 ------------------------------------------------------------------------------
    def obligations(self, today: date | None = None, periods: str = "current") -> list[Obligation]:
        """Each duty for the month, quarter and year containing ``today``, and the period before each
        (``periods='current'``); or for the spans inside one period (``periods`` = 'YYYY', 'YYYY-Qn', 'YYYY-MM')."""
        today = today or date.today()
        std = StandardsService(self.ws).in_force()
        kinds = (MeetingKind.GENERAL, MeetingKind.COMMITTEE, MeetingKind.GROUP, MeetingKind.LESSON,
                 MeetingKind.PARTYDAY, MeetingKind.ORGLIFE)
        with self.ws.session() as s:
            groups = s.execute(select(PartyGroup.id, PartyGroup.name).order_by(PartyGroup.sort_order)).all()
            held = s.execute(select(Meeting.id, Meeting.kind, Meeting.held_on, Meeting.group_id)
                             .where(Meeting.deleted_at.is_(None))).all()
        out: list[Obligation] = []
        for kind in kinds:
            st = std[f"meeting_every_{kind.value}"]
            every = str(st.value)
            for_kind = spans(every, today, periods)
            targets: list[tuple[int | None, str]] = ([(gid, f"{kind_name(kind)}{aside(name)}") for gid, name in groups]
                                                     if kind == MeetingKind.GROUP else [(None, kind_name(kind))])
            for sp in for_kind:
                for gid, name in targets:
                    ids = tuple(mid for mid, k, on, g in held
                                if k == kind and sp.start <= on <= sp.end and (gid is None or g == gid))
                    out.append(Obligation(f"{kind.value}:{gid or ''}:{sp.start}", kind.value, name, gid, sp,
                                          obligation_state(bool(ids), sp, today), ids, st.standard.source))
        return out

    def attendance_by_member(self, start: date, end: date, today: date | None = None) -> list[MemberAttendance]:
        """Per member: meetings due, attended, on leave, and how many in a row they missed up to now."""
        with self.ws.session() as s:
            rows = s.execute(select(MeetingAttendance.member_id, MeetingAttendance.status, Meeting.held_on)
                             .join(Meeting, Meeting.id == MeetingAttendance.meeting_id)
                             .where(Meeting.deleted_at.is_(None), Meeting.held_on >= start, Meeting.held_on <= end)
                             .order_by(Meeting.held_on, Meeting.id)).all()
            names = dict(s.execute(select(Member.id, Member.name).where(Member.left_on.is_(None))).all())
        by: dict[int, list[str]] = defaultdict(list)
        for mid, status, _on in rows:
            by[mid].append(status)
        out = [MemberAttendance(mid, names[mid], len(st), st.count("present"), st.count("leave"),
                                longest_recent_misses(st))
               for mid, st in by.items() if mid in names]
        return sorted(out, key=lambda a: (a.rate, a.name))

    def without_org_life(self, today: date, months: int) -> list[tuple[int, str, date | None]]:
        """党章第九条: current members who attended none of the meetings they were due at in the last ``months``
        months (and were due at some, and on the roster the whole time): (id, name, last attended or None)."""
        from models.rules.dates import add_months

        since = add_months(today, -months)
        with self.ws.session() as s:
            members = {m.id: m for m in s.scalars(select(Member).where(
                Member.deleted_at.is_(None), Member.left_on.is_(None), roster_from() <= since))}
            rows = s.execute(select(MeetingAttendance.member_id, MeetingAttendance.status, Meeting.held_on)
                             .join(Meeting, Meeting.id == MeetingAttendance.meeting_id)
                             .where(Meeting.deleted_at.is_(None), Meeting.held_on <= today)).all()
        due_since: dict[int, int] = defaultdict(int)
        last_present: dict[int, date] = {}
        for mid, status, on in rows:
            if on > since:
                due_since[mid] += 1
            if status == AttendanceStatus.PRESENT.value and (mid not in last_present or on > last_present[mid]):
                last_present[mid] = on
        out = [(mid, m.name, last_present.get(mid)) for mid, m in members.items()
               if due_since[mid] and (last_present.get(mid) is None or last_present[mid] <= since)]
        return sorted(out, key=lambda x: x[1])

    def tally_by_kind(self, start: date, end: date) -> dict[str, dict[str, int]]:
        """Per kind of meeting held from ``start`` to ``end`` (drafts too): how many, members due, members present."""
        due = func.count(MeetingAttendance.member_id)
        present = func.sum(case((MeetingAttendance.status == AttendanceStatus.PRESENT.value, 1), else_=0))
        with self.ws.session() as s:
            rows = s.execute(select(Meeting.kind, Meeting.id, due, present)
                             .outerjoin(MeetingAttendance, MeetingAttendance.meeting_id == Meeting.id)
                             .where(Meeting.deleted_at.is_(None), Meeting.held_on >= start, Meeting.held_on <= end)
                             .group_by(Meeting.id).order_by(Meeting.id)).all()
        out: dict[str, dict[str, int]] = {}
        for kind, _id, n_due, n_present in rows:
            m = out.setdefault(kind, {"count": 0, "due": 0, "present": 0})
            m["count"] += 1
            m["due"] += n_due
            m["present"] += int(n_present or 0)
        return out

    def counts_by_kind(self, start: date, end: date) -> dict[str, int]:
        with self.ws.session() as s:
            return dict(s.execute(select(Meeting.kind, func.count()).where(
                Meeting.deleted_at.is_(None), Meeting.held_on >= start, Meeting.held_on <= end)
                .group_by(Meeting.kind)).all())


def spans(every: str, today: date, periods: str) -> list[Span]:
    if periods == "current":
        cur = span(every, today)
        return [cur.previous(), cur]
    from models.rules.periods import parse_period

    p = parse_period(periods)
    out, on = [], p.start
    while on <= p.end:
        sp = span(every, on)
        out.append(sp)
        on = sp.end.fromordinal(sp.end.toordinal() + 1)
    return out


T = TypeVar("T")


def _chunks(items: list[T], size: int = 900) -> list[list[T]]:
    """``items`` in pieces small enough for one ``IN (…)`` (SQLite allows 999 parameters in older builds)."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def _meeting_row(m: Meeting, group: str, c: AttendanceCounts, quorum: Finding) -> MeetingRow:
    return MeetingRow(m.id, m.uuid, m.kind, m.held_on, m.title, group, c.due, c.present,
                      quorum.ok if quorum.applies else None, m.state, m.deleted_at is not None)


def _stored_quorum(m: Meeting) -> Finding | None:
    """The quorum as judged at 定稿 (None for a draft, or a final record from before results were kept)."""
    if m.state == RecordState.DRAFT.value or not m.final_result:
        return None
    q = json.loads(m.final_result).get("quorum")
    return Finding(str(q.get("key", "quorum")), bool(q["ok"]), str(q["message"]), str(q["source"]),
                   applies=bool(q["applies"])) if q else None


def _stored_votes(m: Meeting) -> list[bool | None] | None:
    if m.state == RecordState.DRAFT.value or not m.final_result:
        return None
    votes = json.loads(m.final_result).get("motions")
    return None if votes is None else [None if v is None else bool(v) for v in votes]


def _judge(detail: MeetingDetail) -> str:
    """What 定稿 keeps: the quorum and each motion's result under the rules in force that day."""
    q = detail.quorum
    return json.dumps({"quorum": {"applies": q.applies, "ok": q.ok, "message": q.message, "source": q.source},
                       "motions": [mo.passed for mo in detail.motions]}, ensure_ascii=False)


def _quorum(kind: str, c: AttendanceCounts, std: dict[str, StandardInForce]) -> Finding:
    if kind == MeetingKind.GENERAL:
        s = std["general_quorum_share"]
        return general_quorum(c, float(s.value), s.standard.source)
    if kind == MeetingKind.COMMITTEE:
        s = std["committee_quorum_share"]
        return committee_quorum(c, float(s.value), s.standard.source)
    return Finding("quorum", True, pick(f"应到{c.due}人，实到{c.present}人", f"{c.present} of {c.due} present"),
                   applies=False)


def _snippet(textv: str, q: str, width: int = 24) -> str:
    i = textv.find(q)
    if i < 0:
        return textv[: width * 2]
    start = max(0, i - width)
    end = min(len(textv), i + len(q) + width)
    return ("…" if start else "") + textv[start:i] + "【" + q + "】" + textv[i + len(q):end] + ("…" if end < len(textv) else "")


def _snapshot(d: MeetingDetail) -> dict[str, object]:
    snap = asdict(d.input)
    snap["attendance"] = [{"name": a.name, "status": a.status, "reason": a.reason} for a in d.attendance]
    return snap
